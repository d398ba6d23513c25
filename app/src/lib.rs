//! The Huaihe investment explorer: `App` lays out the shell and picks the page for the URL.
//!
//! Two floors: `web` is the Leptos runtime every page of the product shares (boot, data
//! context, location, language, hooks, shared components); `pages` are the explorer's routes,
//! one file each, on top of it. Dependencies point down: pages use web, web never uses pages.

pub mod pages;
pub mod web;

use leptos::prelude::*;

use crate::web::components::layout::{footer, sample_notice, Header};
use crate::web::data::{provide_data, DataState};
use crate::web::lang::provide_lang;
use crate::web::url::provide_url;
use shared::i18n::UiStrings as _;

/// Mounts the explorer into `#app` (see [`web::boot::start`]).
pub fn mount() {
    web::boot::start("app", App);
}

#[component]
pub fn App() -> impl IntoView {
    let url = provide_url();
    let lang = provide_lang().0;
    let data = provide_data();

    // The document's language and title follow the language on screen (screen readers,
    // browser translation, tab titles).
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.html_tag());
        }
        document().set_title(l.strings().app_name);
    });

    // The page is rebuilt only when the route changes, not on every change of its query
    // (a keystroke in a search box must not remount the explorer).
    let route = Memo::new(move |_| url.0.with(|u| u.route.clone()));

    // The whole shell is drawn again when the language or the data state changes; inside it
    // every text is a plain string of that language. Reactive text in every view would cost
    // one effect per text node, and the wasm size of one closure type each.
    move || {
        let l = lang.get();
        let s = l.strings();
        let state = data.state();
        let loaded = match &state {
            DataState::Ready(loaded) => Some(loaded.clone()),
            _ => None,
        };
        let loading = matches!(state, DataState::Loading);
        let body = match state {
            DataState::Loading => {
                view! { <p class="loading" role="status">{s.loading}</p> }.into_any()
            }
            DataState::Ready(loaded) => {
                web::data::mark_first_content();
                (move || pages::page_for(route.get(), loaded.clone(), l)).into_any()
            }
            // A split point too: most visits never see it (README "Size").
            DataState::Failed(error) => {
                pages::lazily(web::components::error_panel::error_panel(error, l), l)
            }
        };
        // Nothing above the page's content appears late: the notice is drawn inside <main>
        // together with the page, and the footer only once there is a page to sit under (a
        // footer seen while loading would jump down; that is layout shift on every visit).
        view! {
            <a class="skip" href="#main" on:click=web::boot::focus_main>{s.skip_to_content}</a>
            <Header lang=l/>
            <main id="main" tabindex="-1">{sample_notice(loaded.as_deref(), l)} {body}</main>
            {(!loading).then(|| footer(loaded.as_deref(), l))}
        }
    }
}
