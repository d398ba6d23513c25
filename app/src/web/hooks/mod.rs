//! Browser features as small hooks, one per file: each reports failure instead of panicking and
//! reads nothing from the browser while a view is being built (so that the views can also be
//! rendered natively, where there is no browser).

pub mod media;
pub mod storage;

/// Whether the code runs in a browser (the wasm build) rather than natively (tests, a
/// prerender): hooks read the browser only then.
pub fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}
