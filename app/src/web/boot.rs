//! Starting a page: replace the static "loading" text of the HTML page with the app.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts `app` into the element `root_id`, replacing the static "loading" text the HTML page
/// shows until the wasm runs, and marks the document as started (the page's own script shows
/// the crash panel when that mark never comes).
pub fn start<F, V>(root_id: &str, app: F)
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let Some(root) = document()
        .get_element_by_id(root_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::logging::error!("the page has no #{root_id} element");
        return;
    };
    root.set_inner_html("");
    let _ = document()
        .document_element()
        .map(|e| e.set_attribute("data-started", ""));
    leptos::mount::mount_to(root, app).forget();
}

/// A fragment link would change the route, so the skip link moves focus itself.
pub fn focus_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
