//! Starting a page: replace the static "loading" text of the HTML page with the app.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts `app` into the element `root_id`, replacing what the HTML page shows until the wasm
/// runs, and marks the document as started (the page's own script shows the crash panel when
/// that mark never comes). A prerendered page (`data-pack-version` on the root, app/prerender)
/// stays on screen while the app builds its own hidden beside it, until [`reveal`].
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
    hold_prerender(&root);
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

/// Moves a prerendered page out of `root` into `#prerendered` just before it, still shown, and
/// hides `root` for the app to draw into; anything else in `root` (the loading line, the
/// skeleton, which the app draws the same) is simply replaced.
fn hold_prerender(root: &web_sys::HtmlElement) {
    let Some(version) = root.get_attribute("data-pack-version") else {
        root.set_inner_html("");
        return;
    };
    let Ok(held) = document().create_element("div") else {
        root.set_inner_html("");
        return;
    };
    held.set_id("prerendered");
    let _ = held.set_attribute("data-pack-version", &version);
    while let Some(child) = root.first_child() {
        let _ = held.append_child(&child);
    }
    let _ = root.before_with_node_1(&held);
    let _ = root.remove_attribute("data-pack-version");
    root.set_hidden(true);
}

/// Shows the app in place of a prerendered page (the page with data is drawn, or there is an
/// error to show), with the keyboard focus on the same element of the app's page when it was
/// inside the prerender (both are drawn by the same components). Does nothing when there was no
/// prerender, or the second time.
pub fn reveal() {
    let Some(held) = document().get_element_by_id("prerendered") else {
        return;
    };
    let path = document()
        .active_element()
        .and_then(|active| path_from(&held, &active));
    // The app's root is the element the prerender was held beside (`hold_prerender`).
    let root = held
        .next_element_sibling()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    held.remove();
    let Some(root) = root else {
        return;
    };
    root.set_hidden(false);
    if let Some(el) = path
        .and_then(|p| follow(&root, &p))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The element-child indexes that lead from `top` down to `el`, if `el` is inside `top`.
fn path_from(top: &web_sys::Element, el: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = el.clone();
    while &at != top {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
}

/// The element reached from `top` by the element-child indexes of `path`.
fn follow(top: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(top.clone(), |at, &i| at.children().item(i))
}
