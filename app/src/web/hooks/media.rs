//! Whether a CSS media query matches when the page is shown.

use leptos::prelude::*;

/// Whether `query` (e.g. `(min-width: 760px)`) matches when the view is on screen; `false`
/// natively. The browser is read in an effect, not while the view is built, so the view also
/// renders where there is no browser. Read once: a view that must follow rotation uses CSS.
pub fn use_media(query: &'static str) -> Signal<bool> {
    let matches = RwSignal::new(false);
    Effect::new(move |_| {
        if super::in_browser() {
            let now = window()
                .match_media(query)
                .ok()
                .flatten()
                .is_some_and(|list| list.matches());
            matches.set(now);
        }
    });
    matches.into()
}
