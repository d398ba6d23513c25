//! Fetches the data pack once, validates it with the same code as the `validate` command, and
//! provides it as context. Files are fetched with `no-cache` so that "Try again" after a zone
//! officer fixes a file sees the new version.

use std::sync::Arc;

use leptos::prelude::*;
use shared::expected::{Expected, Found, Unreachable};
use shared::geo::{Basemap, BASEMAP};
use shared::load::{parse_manifest, Assembler, MANIFEST};
use shared::model::{FileEntry, Manifest};
use shared::{Catalog, Glance, Problem, ProblemKind};
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

/// What the home page needs of the data, before the pack is read: the manifest, the pack's
/// glance that the build put into index.html (`#huaihe-glance`, app/prerender) when it is of
/// the manifest's pack version, and the base map.
#[derive(Debug)]
pub struct Front {
    pub manifest: Manifest,
    pub glance: Glance,
    pub basemap: Option<Result<Basemap, String>>,
    /// Set (before the pack is provided) when the pack has problems or differs from the
    /// glance: the pack is then shown as it is, and "Try again" never shows the glance.
    withdrawn: std::sync::atomic::AtomicBool,
}

impl Front {
    fn shown(&self) -> bool {
        !self.withdrawn.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// The loaded pack, shared by every page.
#[derive(Clone, Copy)]
pub struct DataContext {
    pub resource: LocalResource<Result<Arc<Catalog>, LoadError>>,
    /// Set when a visit to the home page is drawn from the glance: until the visitor leaves
    /// the home page, it stays drawn from it after the pack is read (the same figures; a page
    /// rebuilt under the reader would lose their focus and place), unless the pack turns out
    /// to differ from it ([`Front`]).
    pub front: RwSignal<Option<Arc<Front>>>,
    /// Set when the user chose to browse the valid records of a pack with errors.
    pub accept_partial: RwSignal<bool>,
}

/// What the app can show right now.
#[derive(Clone)]
pub enum DataState {
    Loading,
    /// The home page can be drawn ([`Front`]); other pages wait for the pack (read in the
    /// background, `DataContext::resource`).
    Front(Arc<Front>),
    Ready(Arc<Catalog>),
    Failed(LoadError),
}

/// The same state: the app's shell is drawn again only when this changes.
impl PartialEq for DataState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (DataState::Loading, DataState::Loading) => true,
            (DataState::Front(a), DataState::Front(b)) => Arc::ptr_eq(a, b),
            (DataState::Ready(a), DataState::Ready(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl DataContext {
    pub fn state(&self) -> DataState {
        let front = self.front.get().filter(|f| f.shown());
        match (self.resource.get(), front) {
            (None | Some(Ok(_)), Some(front)) => DataState::Front(front),
            (None, None) => DataState::Loading,
            (Some(Ok(l)), None) => DataState::Ready(l),
            (Some(Err(LoadError::Invalid(l))), _) if self.accept_partial.get() => {
                DataState::Ready(l)
            }
            (Some(Err(e)), _) => DataState::Failed(e),
        }
    }

    /// The pack once it has been read and can be browsed.
    pub fn ready(&self) -> Option<Arc<Catalog>> {
        match self.resource.get()? {
            Ok(l) => Some(l),
            Err(LoadError::Invalid(l)) if self.accept_partial.get() => Some(l),
            Err(_) => None,
        }
    }
}

/// `at_home`: the visit starts on the home page, which may then be drawn from the glance.
pub fn provide_data(at_home: bool) -> DataContext {
    let base = data_base();
    let front = RwSignal::new(None);
    // The glance serves the first load of a visit only: "Try again" reads the pack.
    let first = StoredValue::new(at_home);
    if !at_home {
        preload_reader();
    }
    let resource = LocalResource::new(move || {
        let glance = first.get_value();
        first.set_value(false);
        load(base.clone(), glance.then_some(front))
    });
    let ctx = DataContext {
        resource,
        front,
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

/// The glance index.html carries (app/prerender), if it is of `manifest`'s pack version.
fn current_glance(manifest: &Manifest) -> Option<Glance> {
    let script = document().get_element_by_id("huaihe-glance")?;
    let glance = Glance::parse(&script.text_content()?)?;
    (glance.pack_version == manifest.pack_version).then_some(glance)
}

/// Resolves when the browser is next idle (at most `at_most_ms` later).
async fn idle(at_most_ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(at_most_ms);
        if window()
            .request_idle_callback_with_options(&resolve, &options)
            .is_err()
        {
            let _ = window().set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

async fn basemap_of(url: &str, request: js_sys::Promise) -> Result<Basemap, String> {
    text_of(url, request)
        .await
        .map_err(|why| Found::Unreachable(why).to_string())
        .and_then(|text| Basemap::parse(&text))
}

/// Reads and checks the record files as they arrive (`files`: each file's entry, URL and started
/// request), with the same code as the `validate` command. A split point: the home page drawn
/// from its glance needs none of it, so its first load does not carry it; any other first view
/// fetches it beside the data files (`preload_reader`).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn read_records(
    manifest: Manifest,
    files: Vec<(FileEntry, String, js_sys::Promise)>,
    basemap: Result<Basemap, String>,
) -> Arc<Catalog> {
    // Each file is read in a task of its own as it arrives (a phone would otherwise be
    // unresponsive while the whole pack is read at once), the whole pack checked in a last one.
    let mut pack = Assembler::new(manifest);
    for (entry, url, request) in files {
        let text = text_of(&url, request).await;
        next_task().await;
        // `make bench` adds these up: the time spent reading and checking the pack.
        timed(&format!("huaihe:read:{}", entry.path), || {
            pack.add(entry, text)
        });
    }
    mark("huaihe:pack-fetched");
    next_task().await;
    let loaded = timed("huaihe:check", || pack.finish());
    let loaded = Arc::new(Catalog::new(loaded, Some(basemap)));
    mark("huaihe:pack-ready");
    loaded
}

/// Starts fetching the pack's reader (a split point, [`read_records`]) when the first view
/// needs it: any visit but one to the home page drawn from its glance.
fn preload_reader() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(__preload_read_records());
}

/// Reads the pack. With `front` (a visit that starts on the home page), when index.html
/// carries the glance of the manifest's pack version, the home page is drawn from it and the
/// base map first, and the record files are fetched and checked once the browser is idle
/// after that: for the next page, and so that every problem is still reported.
async fn load(
    base: String,
    front: Option<RwSignal<Option<Arc<Front>>>>,
) -> Result<Arc<Catalog>, LoadError> {
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
    // The base map travels with the pack (one load, one state), fetched in parallel.
    let map_url = format!("{base}{BASEMAP}");
    let map_request = start_fetch(&map_url);
    let glance = front.and_then(|f| Some((f, current_glance(&manifest)?)));
    let mut basemap = None;
    if let Some((front, glance)) = &glance {
        let map = basemap_of(&map_url, map_request.clone()).await;
        front.set(Some(Arc::new(Front {
            manifest: manifest.clone(),
            glance: glance.clone(),
            basemap: Some(map.clone()),
            withdrawn: Default::default(),
        })));
        basemap = Some(map);
        mark("huaihe:front-ready");
        // The home page is drawn in the next frame; the records are for later.
        idle(1000).await;
    }
    let files: Vec<(FileEntry, String, js_sys::Promise)> = manifest
        .files
        .iter()
        .map(|f| {
            let url = format!("{base}{}", f.path);
            let request = start_fetch(&url);
            (f.clone(), url, request)
        })
        .collect();
    let basemap = match basemap {
        Some(map) => map,
        None => basemap_of(&map_url, map_request).await,
    };
    let loaded = read_records(manifest, files, basemap).await;
    // A pack with problems, or not what its glance says (files replaced under the same
    // version), is shown as it is, not as the glance has it.
    if let Some((front, glance)) = glance {
        if !loaded.is_valid() || loaded.pack.glance() != glance {
            if let Some(f) = front.get_untracked() {
                f.withdrawn
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }
    // The first page is drawn in a task of its own, not after the check in the same one.
    next_task().await;
    if loaded.is_valid() {
        Ok(loaded)
    } else {
        Err(LoadError::Invalid(loaded))
    }
}
