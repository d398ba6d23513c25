//! The Huaihe investment explorer: `App` lays out the shell and picks the page for the URL.

pub mod components;
pub mod data;
pub mod lang;
pub mod pages;
pub mod panic;
pub mod url;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::error_panel::ErrorPanel;
use crate::components::layout::{footer, sample_notice, Header};
use crate::data::{provide_data, DataState};
use crate::lang::provide_lang;
use crate::url::provide_url;

/// Mounts the app into `#app`, replacing the static "loading" text that `index.html` shows
/// until the wasm is running.
pub fn mount() {
    let Some(root) = document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::logging::error!("index.html has no #app element");
        return;
    };
    root.set_inner_html("");
    let _ = document()
        .document_element()
        .map(|e| e.set_attribute("data-started", ""));
    leptos::mount::mount_to(root, App).forget();
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
                data::mark_first_content();
                (move || pages::page_for(route.get(), loaded.clone(), l)).into_any()
            }
            DataState::Failed(error) => view! { <ErrorPanel error=error lang=l/> }.into_any(),
        };
        // Nothing above the page's content appears late: the notice is drawn inside <main>
        // together with the page, and the footer only once there is a page to sit under (a
        // footer seen while loading would jump down; that is layout shift on every visit).
        view! {
            <a class="skip" href="#main" on:click=focus_main>{s.skip_to_content}</a>
            <Header lang=l/>
            <main id="main" tabindex="-1">{sample_notice(loaded.as_deref(), l)} {body}</main>
            {(!loading).then(|| footer(loaded.as_deref(), l))}
        }
    }
}

/// A fragment link would change the route, so the skip link moves focus itself.
fn focus_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
