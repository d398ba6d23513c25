//! The Huaihe investment explorer: `App` lays out the shell and picks the page for the URL.
//!
//! Two floors: `web` is the Leptos runtime every page of the product shares (boot, data
//! context, location, language, hooks, shared components); `pages` are the explorer's routes,
//! one file each, on top of it. Dependencies point down: pages use web, web never uses pages.

// Natively, without `erase_components`, the home page's view is one deeply nested type; the
// prerender (`app/prerender`) renders it to HTML with Leptos's `ssr` feature.
#![recursion_limit = "256"]

pub mod pages;
pub mod web;

use leptos::prelude::*;

use crate::web::components::layout::{footer, sample_notice, Header};
use crate::web::data::{provide_data, DataState};
use crate::web::lang::provide_lang;
use crate::web::url::provide_url;
use shared::i18n::UiStrings as _;
use shared::model::Manifest;
use shared::route::Route;
use shared::Lang;

/// Mounts the explorer into `#app` (see [`web::boot::start`]).
pub fn mount() {
    if web::embed::requested() {
        web::boot::start("app", Embedded);
    } else {
        web::boot::start("app", App);
    }
}

/// An embed: the explorer in a zone website's frame (`?embed=1`, README "Embedding"). The same
/// URL, language and data as the explorer, never the glance (it shows only its zones' records);
/// the frame itself is a split point (`pages::embed`).
#[component]
fn Embedded() -> impl IntoView {
    provide_url();
    let lang = provide_lang().0;
    provide_data(false);
    pages::embed(lang.get_untracked())
}

#[component]
pub fn App() -> impl IntoView {
    let url = provide_url();
    let lang = provide_lang().0;
    let data = provide_data(url.0.with_untracked(|u| u.route == Route::Home));

    // The document's language and title follow the language on screen (screen readers,
    // browser translation, tab titles).
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.html_tag());
        }
        document().set_title(l.strings().app_name);
    });

    // A deep link's page module is fetched alongside the data, not after it.
    pages::preload(&url.0.get_untracked().route);

    // A prerendered page (index.html) gives way once the app has something else to show.
    Effect::new(move |_| {
        if !matches!(data.state(), DataState::Loading) {
            web::boot::reveal();
        }
    });

    // The page is rebuilt only when the route changes, not on every change of its query
    // (a keystroke in a search box must not remount the explorer).
    let route = Memo::new(move |_| url.0.with(|u| u.route.clone()));

    // The whole shell is drawn again when the language or the data state changes; inside it
    // every text is a plain string of that language. Reactive text in every view would cost
    // one effect per text node, and the wasm size of one closure type each.
    let state = Memo::new(move |_| data.state());
    move || {
        let l = lang.get();
        let state = state.get();
        let manifest = match &state {
            DataState::Ready(loaded) => Some(loaded.pack.manifest.clone()),
            DataState::Front(front) => Some(front.manifest.clone()),
            _ => None,
        };
        let loading = matches!(state, DataState::Loading);
        let body = match state {
            DataState::Loading => pages::skeleton::skeleton(l).into_any(),
            DataState::Ready(loaded) => {
                web::data::mark_first_content();
                (move || pages::page_for(route.get(), loaded.clone(), l)).into_any()
            }
            // The home page from the glance; any other page once the pack has been read.
            DataState::Front(front) => {
                web::data::mark_first_content();
                (move || match route.get() {
                    Route::Home => {
                        pages::home::home_page(&front.glance, front.basemap.as_ref(), l).into_any()
                    }
                    other => match data.ready() {
                        Some(loaded) => pages::page_for(other, loaded, l),
                        None => pages::skeleton::skeleton(l).into_any(),
                    },
                })
                .into_any()
            }
            // A split point too: most visits never see it (README "Size").
            DataState::Failed(error) => {
                pages::lazily(web::components::error_panel::error_panel(error, l), l)
            }
        };
        shell(body, manifest.as_ref(), l, loading)
    }
}

/// The page around `body`: skip link, header, the sample notice and the body in `<main>`, and
/// the footer once there is a page (`loading` is false). The app and the build-time prerender
/// (`app/prerender`) both draw it, so the HTML shown before the wasm runs is the app's own.
pub fn shell(
    body: AnyView,
    manifest: Option<&Manifest>,
    lang: Lang,
    loading: bool,
) -> impl IntoView {
    let s = lang.strings();
    // Nothing above the page's content appears late: the notice is drawn inside <main>
    // together with the page, and the footer only once there is a page to sit under (a
    // footer seen while loading would jump down; that is layout shift on every visit).
    view! {
        <a class="skip" href="#main" on:click=web::boot::focus_main>{s.skip_to_content}</a>
        <Header lang=lang/>
        <main id="main" tabindex="-1">{sample_notice(manifest, lang)} {body}</main>
        {(!loading).then(|| footer(manifest, lang))}
    }
}
