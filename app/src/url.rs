//! Thin adapter between the browser's location fragment and [`shared::route::AppUrl`].
//!
//! leptos_router matches the path, which a plain static host cannot rewrite (leptos issue 2184,
//! no hash routing). The fragment is never sent to the server, so `#/…` links reload anywhere:
//! under a sub-path, from `file`-like static hosts, and inside another site's iframe.

use leptos::prelude::*;
use shared::route::{AppUrl, Route};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The current URL, updated on every `hashchange` (links, back/forward, typed edits).
#[derive(Clone, Copy)]
pub struct UrlContext(pub ReadSignal<AppUrl>);

fn current() -> AppUrl {
    let hash = window().location().hash().unwrap_or_default();
    AppUrl::parse(&hash)
}

pub fn provide_url() -> UrlContext {
    let (url, set_url) = signal(current());
    let on_change = Closure::<dyn Fn()>::new(move || set_url.set(current()));
    let _ =
        window().add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
    // The listener lives as long as the page: the app is never unmounted.
    on_change.forget();
    let ctx = UrlContext(url);
    provide_context(ctx);
    ctx
}

pub fn use_url() -> ReadSignal<AppUrl> {
    expect_context::<UrlContext>().0
}

/// Reactive `href` for a link to `route`, keeping the current language.
pub fn link(route: Route) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let url = use_url();
    move || url.with(|u| u.goto(route.clone()).to_fragment())
}
