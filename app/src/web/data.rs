//! Fetches the data pack once, validates it with the same code as the `validate` command, and
//! provides it as context. Files are fetched with `no-cache` so that "Try again" after a zone
//! officer fixes a file sees the new version.

use std::sync::Arc;

use leptos::prelude::*;
use shared::expected::{Expected, Found, Unreachable};
use shared::geo::{Basemap, BASEMAP};
use shared::load::{parse_manifest, Assembler, MANIFEST};
use shared::{Catalog, Problem, ProblemKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::RequestCache;

/// Why the pack is not (fully) usable.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The manifest could not be fetched or understood; nothing else can be loaded.
    #[error("the data manifest could not be used")]
    Manifest(Vec<Problem>),
    /// Some files are missing or hold invalid records; the valid ones are kept.
    #[error("the data files have problems")]
    Invalid(Arc<Catalog>),
}

impl LoadError {
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Manifest(p) => p,
            LoadError::Invalid(l) => &l.problems,
        }
    }
}

/// The loaded pack, shared by every page.
#[derive(Clone, Copy)]
pub struct DataContext {
    pub resource: LocalResource<Result<Arc<Catalog>, LoadError>>,
    /// Set when the user chose to browse the valid records of a pack with errors.
    pub accept_partial: RwSignal<bool>,
}

/// What the app can show right now.
pub enum DataState {
    Loading,
    Ready(Arc<Catalog>),
    Failed(LoadError),
}

impl DataContext {
    pub fn state(&self) -> DataState {
        match self.resource.get() {
            None => DataState::Loading,
            Some(Ok(l)) => DataState::Ready(l),
            Some(Err(LoadError::Invalid(l))) if self.accept_partial.get() => DataState::Ready(l),
            Some(Err(e)) => DataState::Failed(e),
        }
    }
}

pub fn provide_data() -> DataContext {
    let base = data_base();
    let resource = LocalResource::new(move || load(base.clone()));
    let ctx = DataContext {
        resource,
        accept_partial: RwSignal::new(false),
    };
    provide_context(ctx);
    ctx
}

pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

/// Today's date in the browser's time zone: the one clock of the app. Presenters (days left)
/// and search indexes (deadline windows, `Catalog::index`) both read it, so they never disagree.
pub fn today() -> shared::values::Date {
    let d = js_sys::Date::new_0();
    shared::values::Date::from_ymd(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
    .unwrap_or_else(|| shared::values::Date::from_ymd(2026, 1, 1).expect("a valid constant date"))
}

/// What the presenters of `shared::present` need: the pack, the page's language, links that
/// keep the current URL's language, and today's date.
pub fn present(pack: &shared::Pack, lang: shared::Lang) -> shared::present::Ctx<'_> {
    shared::present::Ctx {
        pack,
        lang,
        links: crate::web::url::use_url().with_untracked(shared::present::Links::here),
        today: today(),
    }
}

/// A performance mark, read by `make bench` (fetching vs. parsing and validating the pack).
fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Marks, once per visit, `huaihe:first-content` when the first page with data has been
/// painted (after the next frame), and `huaihe:interactive` when the main thread is next idle
/// (handlers are attached while drawing, so that is when a tap is answered at once).
/// `make bench` reads both, and the static floor page (app/prerender, `floor`) sets the same marks.
pub fn mark_first_content() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static DONE: AtomicBool = AtomicBool::new(false);
    if DONE.swap(true, Ordering::Relaxed) {
        return;
    }
    request_animation_frame(|| {
        set_timeout(
            || {
                mark("huaihe:first-content");
                let idle =
                    wasm_bindgen::closure::Closure::once_into_js(|| mark("huaihe:interactive"));
                if window()
                    .request_idle_callback(idle.unchecked_ref())
                    .is_err()
                {
                    mark("huaihe:interactive");
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// Runs `f` and leaves its duration as the performance measure `name` (only the latest one is
/// kept, so a long session does not fill the timeline). `make bench` reads it to tell the
/// engine's share of an interaction from the drawing's.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = window().performance() else {
        return f();
    };
    let start = format!("{name}:start");
    p.clear_marks_with_mark_name(&start);
    p.clear_measures_with_measure_name(name);
    let _ = p.mark(&start);
    let out = f();
    let _ = p.measure_with_start_mark(name, &start);
    out
}

/// Where the data folder is: `<meta name="huaihe-data" content="…">` lets a host page point
/// at its own copy; the default is `data/` beside `index.html`.
fn data_base() -> String {
    if !crate::web::hooks::in_browser() {
        return "data/".into();
    }
    let meta = document()
        .query_selector("meta[name=huaihe-data]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlMetaElement>().ok())
        .map(|m| m.content())
        .filter(|c| !c.trim().is_empty());
    let mut base = meta.unwrap_or_else(|| "data/".into());
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// Starts fetching `url` at once (the browser's `fetch` begins when called, so several
/// requests run in parallel even when awaited one after the other).
/// A request that `index.html` started before the app ran (`window.huaiheEarly`, keyed by URL)
/// is taken instead, once: "Try again" fetches anew.
fn start_fetch(url: &str) -> js_sys::Promise {
    if let Ok(early) = js_sys::Reflect::get(&window(), &"huaiheEarly".into()) {
        if let Ok(request) = js_sys::Reflect::get(&early, &url.into()) {
            if let Ok(promise) = request.dyn_into::<js_sys::Promise>() {
                let _ = js_sys::Reflect::delete_property(
                    early.unchecked_ref::<js_sys::Object>(),
                    &url.into(),
                );
                return promise;
            }
        }
    }
    let init = web_sys::RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    window().fetch_with_str_and_init(url, &init)
}

/// The text of a started fetch, or what went wrong (said to the user in their language).
async fn text_of(url: &str, request: js_sys::Promise) -> Result<String, Unreachable> {
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(|e| {
            leptos::logging::error!("fetch {url}: {e:?}");
            Unreachable::Network
        })?
        .unchecked_into();
    if !response.ok() {
        return Err(Unreachable::Status(
            response.status(),
            response.status_text(),
        ));
    }
    let text = response
        .text()
        .map_err(|_| Unreachable::UnreadableResponse)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(Unreachable::UnreadableResponse)
}

/// Resolves in a later task (a zero-delay timer), letting the browser handle input and paint
/// in between.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

async fn load(base: String) -> Result<Arc<Catalog>, LoadError> {
    let manifest_url = format!("{base}{MANIFEST}");
    let manifest_text = text_of(&manifest_url, start_fetch(&manifest_url))
        .await
        .map_err(|reason| {
            LoadError::Manifest(vec![Problem::error(ProblemKind::FileMissing, MANIFEST, "")
                .unreachable(reason)
                .expected(Expected::ManifestIn(base.clone()))])
        })?;
    let manifest = parse_manifest(&manifest_text).map_err(LoadError::Manifest)?;
    // index.html may still be starting the files' requests: wait, not to fetch them twice.
    if let Ok(ready) = js_sys::Reflect::get(&window(), &"huaiheEarlyReady".into()) {
        if let Ok(ready) = ready.dyn_into::<js_sys::Promise>() {
            let _ = JsFuture::from(ready).await;
        }
    }
    let entries = manifest.files.clone();
    let urls: Vec<String> = entries
        .iter()
        .map(|f| format!("{base}{}", f.path))
        .collect();
    let started: Vec<_> = urls.iter().map(|u| start_fetch(u)).collect();
    // The base map travels with the pack (one load, one state), fetched in parallel.
    let map_url = format!("{base}{BASEMAP}");
    let map_request = start_fetch(&map_url);
    // Each file is read in a task of its own as it arrives (a phone would otherwise be
    // unresponsive while the whole pack is read at once), the whole pack checked in a last one.
    let mut pack = Assembler::new(manifest);
    for ((url, request), entry) in urls.iter().zip(started).zip(entries) {
        let text = text_of(url, request).await;
        next_task().await;
        // `make bench` adds these up: the time spent reading and checking the pack.
        timed(&format!("huaihe:read:{}", entry.path), || {
            pack.add(entry, text)
        });
    }
    mark("huaihe:pack-fetched");
    next_task().await;
    let loaded = timed("huaihe:check", || pack.finish());
    let basemap = text_of(&map_url, map_request)
        .await
        .map_err(|why| Found::Unreachable(why).to_string())
        .and_then(|text| Basemap::parse(&text));
    let loaded = Arc::new(Catalog::new(loaded, Some(basemap)));
    mark("huaihe:pack-ready");
    // The first page is drawn in a task of its own, not after the check in the same one.
    next_task().await;
    if loaded.is_valid() {
        Ok(loaded)
    } else {
        Err(LoadError::Invalid(loaded))
    }
}
