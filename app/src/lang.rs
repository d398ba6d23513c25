//! The language on screen: the URL's `lang` (fragment, then page query), else the choice stored
//! in this browser, else Chinese. The switch writes both the URL and the stored choice.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use shared::route::{lang_in_search, resolve_lang};
use shared::Lang;

use crate::url::use_url;

const STORAGE_KEY: &str = "huaihe.lang";

#[derive(Clone, Copy)]
pub struct LangContext(pub Memo<Lang>);

/// The stored choice; storage that is blocked (private mode, sandboxed iframe) or holds junk
/// simply means "no choice".
fn stored() -> Option<Lang> {
    LocalStorage::raw()
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::parse(&code))
}

pub fn remember(lang: Lang) {
    if LocalStorage::raw()
        .set_item(STORAGE_KEY, lang.code())
        .is_err()
    {
        leptos::logging::warn!("language choice not stored: storage unavailable");
    }
}

pub fn provide_lang() -> LangContext {
    let url = use_url();
    let search = window().location().search().unwrap_or_default();
    let from_search = lang_in_search(&search);
    let from_storage = stored();
    let lang = Memo::new(move |_| url.with(|u| resolve_lang(u.lang(), from_search, from_storage)));
    let ctx = LangContext(lang);
    provide_context(ctx);
    ctx
}

pub fn use_lang() -> Memo<Lang> {
    expect_context::<LangContext>().0
}
