//! Where the reader is on each history entry: a new page starts at its top with the focus on
//! its heading, another page of a list at the top of its results, and back/forward put the
//! reader where they left that entry (`shared::route::place_after` says which).
//!
//! The browser's own scroll restoration is off: it would scroll before the page is drawn. Each
//! entry instead carries a key in `history.state`; the scroll position of the entry being left
//! is kept under its key, together with the entry it was opened from, so that "back to the
//! list" can return to the very list the reader came from.

use std::cell::RefCell;

use leptos::prelude::*;
use shared::route::{place_after, AppUrl, Place, Route};
use wasm_bindgen::{JsCast, JsValue};

/// One history entry this page load has seen.
struct Entry {
    key: u64,
    /// Its address, as written after `#`.
    fragment: String,
    /// The entry it was opened from.
    from: Option<u64>,
    /// How far down the reader was when they left it.
    y: Option<f64>,
}

/// A session's entries: a few dozen at most, so a list (a map type would cost the main module
/// more code than it saves time).
#[derive(Default)]
struct Places {
    /// The key of the entry on screen.
    current: Option<u64>,
    /// Keys made by this page load; a key from before a reload is simply unknown.
    made: u64,
    entries: Vec<Entry>,
}

impl Places {
    fn entry(&mut self, key: u64) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.key == key)
    }

    fn add(&mut self, key: u64, url: &AppUrl, from: Option<u64>) {
        self.entries.retain(|e| e.key != key);
        // A very long visit forgets its oldest entries, not its memory.
        if self.entries.len() >= 500 {
            self.entries.remove(0);
        }
        self.entries.push(Entry {
            key,
            fragment: url.to_fragment(),
            from,
            y: None,
        });
    }

    /// Keeps where the reader is on the entry on screen, which they are leaving.
    fn leave(&mut self) -> Option<u64> {
        let key = self.current?;
        let y = scroll_y();
        if let Some(e) = self.entry(key) {
            e.y = Some(y);
        }
        Some(key)
    }
}

thread_local! {
    static PLACES: RefCell<Places> = RefCell::new(Places::default());
}

fn history() -> Option<web_sys::History> {
    window().history().ok()
}

/// A key no entry of this tab has had: a time stamp and a counter, as a number that
/// `history.state` keeps exactly.
fn new_key(places: &mut Places) -> u64 {
    places.made += 1;
    (js_sys::Date::now() as u64) * 1000 + places.made % 1000
}

fn key_of(state: &JsValue) -> Option<u64> {
    state
        .as_f64()
        .filter(|k| k.is_finite() && *k >= 0.0)
        .map(|k| k as u64)
}

/// What `history.state` holds for the entry on screen.
pub fn state() -> JsValue {
    PLACES.with_borrow(|p| p.current.map_or(JsValue::NULL, |k| JsValue::from(k as f64)))
}

fn scroll_y() -> f64 {
    window().scroll_y().unwrap_or(0.0)
}

/// Takes over from the browser's scroll restoration and gives the first entry its key.
pub fn start(url: &AppUrl) {
    let Some(h) = history() else { return };
    let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    PLACES.with_borrow_mut(|p| {
        let key = h
            .state()
            .ok()
            .as_ref()
            .and_then(key_of)
            .unwrap_or_else(|| new_key(p));
        p.current = Some(key);
        p.add(key, url, None);
    });
    let _ = h.replace_state(&state(), "");
}

/// Before the app opens a new entry (`History.pushState`): keeps where the reader is on the one
/// they leave, and returns the new entry's state.
pub fn push(url: &AppUrl) -> JsValue {
    PLACES.with_borrow_mut(|p| {
        let from = p.leave();
        let key = new_key(p);
        p.current = Some(key);
        p.add(key, url, from);
        JsValue::from(key as f64)
    })
}

/// The entry on screen now shows `url` (typing in a search box replaces the entry).
pub fn replaced(url: &AppUrl) {
    PLACES.with_borrow_mut(|p| {
        if let Some(e) = p.current.and_then(|k| p.entry(k)) {
            e.fragment = url.to_fragment();
        }
    });
}

/// The browser moved to another entry (`hashchange`: a link, back/forward, a typed address),
/// showing `url`. Returns whether it was back or forward to an entry this page load knows.
pub fn arrived(url: &AppUrl) -> bool {
    let Some(h) = history() else { return false };
    let key = h.state().ok().as_ref().and_then(key_of);
    let (traversal, fresh) = PLACES.with_borrow_mut(|p| {
        // Still the old page's position: nothing has been drawn or scrolled yet.
        let from = p.leave();
        match key {
            Some(k) => {
                p.current = Some(k);
                match p.entry(k) {
                    Some(e) => e.fragment = url.to_fragment(),
                    // An entry from before a reload: back or forward too, but where it came
                    // from and where the reader was are not known.
                    None => p.add(k, url, None),
                }
                (true, false)
            }
            // A new entry (a link, a typed address), opened from the one left.
            None => {
                let k = new_key(p);
                p.current = Some(k);
                p.add(k, url, from);
                (false, true)
            }
        }
    });
    if fresh {
        let _ = h.replace_state(&state(), "");
    }
    traversal
}

/// Puts the reader where `place_after(old, new, traversal)` says, once the new view is drawn
/// (a page module or the data may still be on their way: it waits up to a few seconds).
pub fn settle(old: &AppUrl, new: &AppUrl, traversal: bool) {
    match place_after(old, new, traversal) {
        // The reader acts on this page: whatever was still waiting to place them stops.
        Place::Keep => {
            SETTLED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Place::Restore => {
            let y = PLACES.with_borrow_mut(|p| p.current.and_then(|k| p.entry(k)?.y));
            match y {
                Some(y) => restore(y),
                None => top(),
            }
        }
        Place::Top => top(),
        Place::Results => results(),
    }
}

/// Counts the places asked for: a wait for the page before gives up once the reader has gone
/// on (a list still being scrolled back to must not scroll the record opened next).
static SETTLED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Runs `step` on each of the next animation frames until it says it is done, at most `frames`,
/// unless another place has been asked for meanwhile.
fn each_frame(frames: u32, step: impl FnMut(bool) -> bool + 'static) {
    use std::sync::atomic::Ordering;
    let ticket = SETTLED.fetch_add(1, Ordering::Relaxed) + 1;
    fn go(ticket: u64, frames: u32, mut step: impl FnMut(bool) -> bool + 'static) {
        request_animation_frame(move || {
            if SETTLED.load(Ordering::Relaxed) != ticket {
                return;
            }
            let last = frames <= 1;
            if !step(last) && !last {
                go(ticket, frames - 1, step);
            }
        });
    }
    go(ticket, frames, step);
}

/// About three seconds at 60 frames a second.
const WAIT_FRAMES: u32 = 180;

fn scroll_to(y: f64) {
    window().scroll_to_with_x_and_y(0.0, y);
}

fn focus_quietly(el: &web_sys::HtmlElement) {
    // In another site's frame (an embed) the focus moves only once the reader is in the frame:
    // taking it when the frame loads would pull the host page's reader (and screen reader) in.
    if crate::web::embed::in_a_frame() && !document().has_focus().unwrap_or(false) {
        return;
    }
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

fn main_heading() -> Option<web_sys::HtmlElement> {
    document()
        .query_selector("#main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// The top of the new page, with the focus on its heading (screen readers read it out, and
/// the next Tab goes on into the page) once the new page has one.
fn top() {
    let old = main_heading();
    scroll_to(0.0);
    each_frame(WAIT_FRAMES, move |_| match main_heading() {
        Some(h) if Some(&h) != old.as_ref() => {
            focus_quietly(&h);
            scroll_to(0.0);
            true
        }
        _ => false,
    });
}

/// The top of the results of a list, with the focus on their count.
fn results() {
    each_frame(WAIT_FRAMES, |_| {
        let Some(count) = document()
            .query_selector("#main .result-count")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return false;
        };
        let y = document()
            .query_selector("#main .results")
            .ok()
            .flatten()
            .map(|r| r.get_bounding_client_rect().top() + scroll_y())
            .unwrap_or(0.0);
        focus_quietly(&count);
        if y < scroll_y() {
            scroll_to(y.max(0.0));
        }
        true
    });
}

/// Back at `y` once the new page is drawn and tall enough to be there (or when waiting is over).
fn restore(y: f64) {
    let mut drawn_frames = 0;
    each_frame(WAIT_FRAMES, move |last| {
        let loading = document()
            .query_selector("#main .loading")
            .ok()
            .flatten()
            .is_some();
        if loading && !last {
            return false;
        }
        scroll_to(y);
        drawn_frames += 1;
        // The page may still be shorter than it will be (a chunk, a chart): try again for a
        // few frames, then settle for its end, so that the reader's own scrolling is theirs.
        let bottom = document()
            .document_element()
            .map(|e| f64::from(e.scroll_height()) - f64::from(e.client_height()))
            .unwrap_or(0.0);
        (scroll_y() - y).abs() < 1.0 || (drawn_frames >= 10 && scroll_y() >= bottom - 1.0) || last
    });
}

/// The list of `section` the reader opened the page on screen from, following the entries
/// back (a list, then a record, then a related record…): its address and how many steps back
/// it is. `None` when the reader did not come from one (a deep link, another tab).
pub fn list_came_from(section: shared::RecordKind) -> Option<(AppUrl, u32)> {
    PLACES.with_borrow_mut(|p| {
        let mut at = p.entry(p.current?)?.from;
        for steps in 1..=50 {
            let e = p.entry(at?)?;
            let url = AppUrl::parse(&e.fragment);
            if url.route == Route::List(section) {
                return Some((url, steps));
            }
            at = e.from;
        }
        None
    })
}

/// Goes `steps` entries back, as the browser's back button would (the place is then restored).
pub fn go_back(steps: u32) {
    if let Some(h) = history() {
        let _ = h.go_with_delta(-(steps as i32));
    }
}
