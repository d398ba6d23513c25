//! Thin adapter between the browser's location fragment and [`shared::route::AppUrl`].
//!
//! leptos_router matches the path, which a plain static host cannot rewrite (leptos issue 2184,
//! no hash routing). The fragment is never sent to the server, so `#/…` links reload anywhere:
//! under a sub-path, from `file`-like static hosts, and inside another site's iframe.

use leptos::prelude::*;
use shared::route::{AppUrl, Route};
use wasm_bindgen::JsCast;

use crate::web::hooks::in_browser;
use crate::web::place;

/// The current URL, updated on every `hashchange` (links, back/forward, typed edits) and by
/// [`navigate`].
#[derive(Clone, Copy)]
pub struct UrlContext(pub ReadSignal<AppUrl>, WriteSignal<AppUrl>);

/// The location in the browser's address bar (natively: the home page).
fn current() -> AppUrl {
    if !in_browser() {
        return AppUrl::parse("");
    }
    let hash = window().location().hash().unwrap_or_default();
    AppUrl::parse(&hash)
}

pub fn provide_url() -> UrlContext {
    let (url, set_url) = signal(current());
    if in_browser() {
        place::start(&url.get_untracked());
        // Lives as long as the page: the app is never unmounted.
        let _listener = window_event_listener(leptos::ev::hashchange, move |_| {
            let focused = focused_id();
            let old = url.get_untracked();
            let mut next = current();
            let traversal = place::arrived(&next);
            // An address without a language (typed, or a plain link) keeps the one on screen,
            // so that the links drawn for it, and a copy of it, name it too.
            if next.lang().is_none() {
                if let Some(lang) = old.lang() {
                    next = next.with("lang", Some(lang.code()));
                    if let Ok(h) = window().history() {
                        let _ = h.replace_state_with_url(
                            &place::state(),
                            "",
                            Some(&next.to_fragment()),
                        );
                    }
                    place::replaced(&next);
                }
            }
            set_url.set(next.clone());
            place::settle(&old, &next, traversal);
            // A control that redraws the region it sits in (a facet box, the sort menu, the
            // language switch) gets the focus back, so a keyboard user stays where they were.
            if let Some(id) = focused {
                refocus(id);
            }
        });
    }
    let ctx = UrlContext(url, set_url);
    provide_context(ctx);
    ctx
}

pub fn use_url() -> ReadSignal<AppUrl> {
    expect_context::<UrlContext>().0
}

/// Shows `url`. A new history entry (`replace = false`) for clicks, so back/forward walk
/// through them; the same entry for typing in a search box, so each letter is not a step back.
///
/// Written with the History API, which fires no `hashchange`: the signal is set here, in the
/// same task as the user's input, so the page redraws before the next frame instead of a task
/// later (`make bench`: part of an interaction's time to next paint). Back/forward and typed
/// edits still arrive as `hashchange`.
pub fn navigate(url: AppUrl, replace: bool) {
    let ctx = expect_context::<UrlContext>();
    let fragment = url.to_fragment();
    let old = ctx.0.get_untracked();
    let written = window().history().and_then(|h| {
        if replace {
            place::replaced(&url);
            h.replace_state_with_url(&place::state(), "", Some(&fragment))
        } else {
            h.push_state_with_url(&place::push(&url), "", Some(&fragment))
        }
    });
    if written.is_err() {
        let _ = window().location().set_hash(&fragment);
        return;
    }
    let focused = focused_id();
    ctx.1.set(url.clone());
    if let Some(id) = focused {
        refocus(id);
    }
    place::settle(&old, &url, false);
}

/// Shows `url` as if the visit had started there: the same history entry, and nothing scrolled
/// or focused (an embed's first view, which is not a step the reader took).
pub fn start_at(url: AppUrl) {
    let ctx = expect_context::<UrlContext>();
    if let Ok(h) = window().history() {
        place::replaced(&url);
        let _ = h.replace_state_with_url(&place::state(), "", Some(&url.to_fragment()));
    }
    ctx.1.set(url);
}

/// `href` for a link to `route`, keeping the current language. Read once: pages are rebuilt
/// when the route or the language changes, which is all a plain link depends on.
pub fn href(route: Route) -> String {
    use_url().with_untracked(|u| shared::present::Links::here(u).route(&route))
}

/// `href` for a link to `url` (route and query), keeping the current language.
pub fn href_to(url: &AppUrl) -> String {
    use_url().with_untracked(|u| shared::present::Links::here(u).url(url))
}

/// The id of the focused element, if it has one.
fn focused_id() -> Option<String> {
    document()
        .active_element()
        .map(|e| e.id())
        .filter(|id| !id.is_empty())
}

/// Puts the keyboard focus on the element with `id` once the redrawn page is on screen,
/// unless the focus is already somewhere (the user moved on, or the element stayed).
fn refocus(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let lost = document()
                .active_element()
                .is_none_or(|a| a.tag_name() == "BODY");
            if lost {
                let _ = el.focus();
            }
        }
    });
}
