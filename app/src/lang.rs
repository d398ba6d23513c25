//! The language on screen: the URL's `lang` (fragment, then page query), else the choice stored
//! in this browser, else Chinese. The switch writes both the URL and the stored choice.
//!
//! Storage is read through web-sys, not gloo-storage: `LocalStorage::raw()` throws when the
//! browser blocks storage (a third-party iframe on a zone's site, private modes), which would
//! stop the app before its first paint. Blocked or junk storage here just means "no choice".

use leptos::prelude::*;
use shared::route::{lang_in_search, resolve_lang};
use shared::Lang;

use crate::url::use_url;

const STORAGE_KEY: &str = "huaihe.lang";

#[derive(Clone, Copy)]
pub struct LangContext(pub Memo<Lang>);

/// The language stored in this browser, kept in a signal so that a choice made now applies to
/// the next page without a reload.
#[derive(Clone, Copy)]
struct StoredLang(RwSignal<Option<Lang>>);

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn stored() -> Option<Lang> {
    storage()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::parse(&code))
}

/// Remembers the user's choice of language (for this browser, when storage is allowed).
pub fn remember(lang: Lang) {
    if let Some(s) = use_context::<StoredLang>() {
        s.0.set(Some(lang));
    }
    let saved = storage().map(|s| s.set_item(STORAGE_KEY, lang.code()).is_ok());
    if saved != Some(true) {
        leptos::logging::warn!("language choice not stored: storage unavailable");
    }
}

pub fn provide_lang() -> LangContext {
    let url = use_url();
    let search = window().location().search().unwrap_or_default();
    let from_search = lang_in_search(&search);
    let from_storage = StoredLang(RwSignal::new(stored()));
    provide_context(from_storage);
    let lang =
        Memo::new(move |_| url.with(|u| resolve_lang(u.lang(), from_search, from_storage.0.get())));
    let ctx = LangContext(lang);
    provide_context(ctx);
    ctx
}

pub fn use_lang() -> Memo<Lang> {
    expect_context::<LangContext>().0
}
