//! Whether the app runs as an embed (README "Embedding"): inside a zone website's iframe, asked
//! for by `embed=1` in the frame's own query string. The frame itself is a page
//! (`pages::embed`); what other pages need to know of it lives here.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::web::hooks::in_browser;

/// Provided by an embed's frame: pages drop what makes no sense inside it (the "embed these
/// results" link) and list as many items a page as the host asked for.
#[derive(Clone, Copy, Debug)]
pub struct Framed {
    /// Items per page (`limit=`), when the host chose it.
    pub per_page: Option<usize>,
}

/// The embed's settings, when the page is drawn inside one.
pub fn framed() -> Option<Framed> {
    use_context::<Framed>()
}

/// Whether the page's query string asks for an embed (`embed=1`). Only this is read before the
/// embed's own module arrives; every option is checked there (`shared::embed`).
pub fn requested() -> bool {
    if !in_browser() {
        return false;
    }
    let search = window().location().search().unwrap_or_default();
    shared::route::parse_query(&search)
        .iter()
        .any(|(k, v)| k == "embed" && v == "1")
}

/// Whether this page is inside another page's frame.
pub fn in_a_frame() -> bool {
    in_browser()
        && window()
            .parent()
            .ok()
            .flatten()
            .is_some_and(|p| JsValue::from(p) != JsValue::from(window()))
}

/// The explorer's own address, without query or fragment (`https://…/explorer/`): where the
/// full explorer opens from an embed, and the base of the snippets the builder writes.
pub fn explorer_address() -> String {
    let l = window().location();
    format!(
        "{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default()
    )
}

/// Links the embed's and the builder's styles (`embed.css`, beside index.html), once: the
/// explorer's own stylesheet does not carry them, so an investor's first load never fetches them.
pub fn link_stylesheet() {
    if document().get_element_by_id("embed-css").is_some() {
        return;
    }
    let (Ok(link), Ok(Some(head))) = (
        document().create_element("link"),
        document().query_selector("head"),
    ) else {
        return;
    };
    link.set_id("embed-css");
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "embed.css");
    let _ = head.append_child(&link);
}
