//! The language on screen: the URL's `lang` (fragment, then page query), else the choice stored
//! in this browser, else the browser's preferred languages, else Chinese
//! (`shared::route::resolve_lang`). The switch writes both the URL and the stored choice, and
//! the address always names the language shown, so that a copied link opens in it.
//!
//! Storage goes through the guarded hook (`hooks::storage`): blocked or junk storage just means
//! "no choice", and a choice that cannot be kept still applies to this visit.

use leptos::prelude::*;
use shared::route::{lang_in_search, preferred_lang, resolve_lang};
use shared::Lang;

use crate::web::hooks::{in_browser, storage};
use crate::web::url::{navigate, use_url};

const STORAGE_KEY: &str = "huaihe.lang";

#[derive(Clone, Copy)]
pub struct LangContext(pub Memo<Lang>);

/// The language stored in this browser, kept in a signal so that a choice made now applies to
/// the next page without a reload.
#[derive(Clone, Copy)]
struct StoredLang(RwSignal<Option<Lang>>);

fn stored() -> Option<Lang> {
    storage::read(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::parse(&code))
}

/// Remembers the user's choice of language (for this browser, when storage is allowed).
pub fn remember(lang: Lang) {
    if let Some(s) = use_context::<StoredLang>() {
        s.0.set(Some(lang));
    }
    if let Err(e) = storage::write(STORAGE_KEY, lang.code()) {
        leptos::logging::warn!("language choice not stored: {e}");
    }
}

pub fn provide_lang() -> LangContext {
    let url = use_url();
    let search = if in_browser() {
        window().location().search().unwrap_or_default()
    } else {
        String::new()
    };
    let from_search = lang_in_search(&search);
    let from_storage = StoredLang(RwSignal::new(stored()));
    provide_context(from_storage);
    let from_browser = browser_preference();
    let lang = Memo::new(move |_| {
        url.with(|u| resolve_lang(u.lang(), from_search, from_storage.0.get(), from_browser))
    });
    // An address without `lang` (a first visit, a hand-typed link) is given the language on
    // screen, in place and before any page is drawn: every link the app makes copies it from
    // the address, and later addresses keep it (`web::url`).
    if in_browser() {
        let u = url.get_untracked();
        if u.lang().is_none() {
            navigate(u.with("lang", Some(lang.get_untracked().code())), true);
        }
    }
    let ctx = LangContext(lang);
    provide_context(ctx);
    ctx
}

/// What the browser's preferred languages say (`navigator.languages`); natively, nothing.
fn browser_preference() -> Option<Lang> {
    if !in_browser() {
        return None;
    }
    let languages: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    preferred_lang(&languages)
}

pub fn use_lang() -> Memo<Lang> {
    expect_context::<LangContext>().0
}
