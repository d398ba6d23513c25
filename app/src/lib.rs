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
use crate::components::layout::{Footer, Header, SampleNotice};
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
    let s = move || lang.get().strings();

    // The document's language and title follow the language on screen (screen readers,
    // browser translation, tab titles).
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.html_tag());
        }
        document().set_title(l.strings().app_name);
    });

    let page = move || {
        let route = url.0.with(|u| u.route.clone());
        match data.state() {
            DataState::Loading => {
                view! { <p class="loading" role="status">{move || s().loading}</p> }.into_any()
            }
            DataState::Ready(loaded) => pages::page_for(route, loaded),
            DataState::Failed(error) => view! { <ErrorPanel error=error/> }.into_any(),
        }
    };

    view! {
        <a class="skip" href="#main" on:click=focus_main>{move || s().skip_to_content}</a>
        <Header/>
        <SampleNotice/>
        <main id="main" tabindex="-1">{page}</main>
        <Footer/>
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
