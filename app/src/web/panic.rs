//! A panic must never leave a frozen page. The release build aborts on panic, so after logging
//! the message the hook reveals the bilingual `#crash` panel that `index.html` holds in plain
//! HTML (it needs no Rust to show) and offers a reload; the URL, and with it the view, is kept.

use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_panel();
    }));
}

/// Reveals the `#crash` panel of `index.html` and moves focus to it.
pub fn show_crash_panel() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(panel) = doc
        .get_element_by_id("crash")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        panel.set_hidden(false);
        let _ = panel.focus();
    }
}
