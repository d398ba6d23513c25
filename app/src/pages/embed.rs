//! An embed: the explorer inside a zone's website (README "Embedding"), asked for in the frame's
//! own query string (`?embed=1&zone=yancheng&section=scenarios&lang=en`). A compact title line
//! instead of the site's header and footer; the section's pages drawn by the explorer's own
//! components over only the chosen zones' records; detail pages of the section open inside the
//! frame (with their own way back to the list), every other link opens the full explorer in a
//! new tab; the content
//! height is posted to the host page, which sizes the frame to it (`public/embed.js`).
//!
//! A split point of its own: an investor's visit to the explorer never fetches it.

use std::sync::Arc;

use leptos::prelude::*;
use shared::embed::{only_zones, EmbedOptions, EmbedSection};
use shared::i18n::embed::Embed;
use shared::i18n::section_title;
use shared::i18n::UiStrings as _;
use shared::query::Ignored;
use shared::route::AppUrl;
use shared::{Catalog, Lang, Loaded};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::web::components::ignored::ignored_notice;
use crate::web::components::layout::sample_notice;
use crate::web::data::{use_data, DataState};
use crate::web::embed::{explorer_address, Framed};
use crate::web::url::{navigate, start_at, use_url};

#[component]
pub fn EmbedFrame(
    /// The frame's language (its `lang=`, else the explorer's usual choice).
    lang: Lang,
) -> impl IntoView {
    let search = window().location().search().unwrap_or_default();
    let (asked, ignored) = EmbedOptions::parse(&search).unwrap_or_default();
    // The section's page module is fetched while the data loads, not after it.
    super::preload(&asked.start(lang).route);
    let root = document().document_element();
    if let Some(root) = &root {
        let _ = root.class_list().add_1("embed");
    }
    crate::web::embed::link_stylesheet();
    report_height(asked.id.clone());
    let data = use_data();
    let state = Memo::new(move |_| data.state());
    move || match state.get() {
        DataState::Ready(catalog) => frame(asked.clone(), ignored.clone(), catalog, lang),
        DataState::Failed(error) => super::lazily(
            crate::web::components::error_panel::error_panel(error, lang),
            lang,
        ),
        DataState::Loading | DataState::Front(_) => {
            let loading = lang.strings().loading_page;
            view! { <p class="loading" role="status">{loading}</p> }.into_any()
        }
    }
}

/// The frame once the pack is read: the options checked against it, the accent set, the first
/// page shown.
fn frame(
    asked: EmbedOptions,
    mut ignored: Vec<Ignored>,
    catalog: Arc<Catalog>,
    lang: Lang,
) -> AnyView {
    let e = Embed::of(lang);
    let (o, more) = asked.resolve(&catalog.pack);
    ignored.extend(more);
    // Made readable on the page's background (the builder tells the editor when it had to be).
    if let Some(accent) = o.accent {
        if let Some(root) = document()
            .document_element()
            .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = root
                .style()
                .set_property("--brand", &accent.readable().0.hex());
        }
    }
    provide_context(Framed { per_page: o.limit });
    let scoped = if o.scoped() {
        Arc::new(Catalog::new(
            Loaded {
                pack: only_zones(&catalog.pack, &o.zones),
                problems: Vec::new(),
            },
            catalog.basemap.clone(),
        ))
    } else {
        catalog.clone()
    };

    // The section asked for, unless the frame already shows one of its pages (a reload).
    let url = use_url();
    if !o.in_frame(&url.get_untracked().route) {
        start_at(o.start(lang));
    }
    let base = explorer_address();
    decorate_links(o.clone(), base.clone());

    let title = title_line(&o, &catalog, lang);
    let full = o.clone();
    let full_href = move || url.with(|u| format!("{base}{}", full.full_view(u).to_fragment()));
    let notes = ignored_notice(e.ignored_notice, &ignored, lang, "embed-note");
    let route = Memo::new(move |_| url.with(|u| u.route.clone()));
    let page = move || {
        let r = route.get();
        if o.in_frame(&r) {
            super::page_for(r, scoped.clone(), lang)
        } else {
            // Never reached by a link (those open the full explorer); a hand-edited address.
            navigate(o.start(lang), true);
            ().into_any()
        }
    };
    view! {
        <div class="embed-bar">
            <p class="embed-title">{title}</p>
            <a class="embed-full" href=full_href target="_blank" rel="noopener">
                {e.full_explorer} <span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">{e.new_tab}</span>
            </a>
        </div>
        {notes}
        {sample_notice(Some(&catalog.pack.manifest), lang)}
        <main id="main" tabindex="-1">{page}</main>
    }
    .into_any()
}

/// The zones shown and the section: "盐城高新区 · 场景开放".
fn title_line(o: &EmbedOptions, catalog: &Catalog, lang: Lang) -> String {
    let e = Embed::of(lang);
    let zones: Vec<String> = o
        .zones
        .iter()
        .filter_map(|z| catalog.pack.zone(z))
        .map(|z| shared::present::Shown::of(&z.name, lang).text)
        .collect();
    let who = if zones.is_empty() {
        lang.strings().app_name.to_string()
    } else {
        zones.join("、")
    };
    let what = match &o.section {
        EmbedSection::List(kind) | EmbedSection::Record(Some(kind), _) => {
            section_title(*kind, lang).to_string()
        }
        EmbedSection::RiverAir => lang.strings().nav_river_air.to_string(),
        EmbedSection::Map => e.map.to_string(),
        EmbedSection::Record(None, _) => String::new(),
    };
    if what.is_empty() {
        who
    } else {
        format!("{who} · {what}")
    }
}

/// Every link the frame draws to a page outside it (another section, a zone's page) opens the
/// full explorer in a new tab: its `#/…` address is made absolute (without the embed's query)
/// and given `target=_blank rel=noopener`, whenever one appears or changes.
fn decorate_links(o: EmbedOptions, base: String) {
    let Some(body) = document().body() else {
        return;
    };
    let fix = move || {
        let Ok(links) = document().query_selector_all("a[href^='#/']") else {
            return;
        };
        for i in 0..links.length() {
            let Some(a) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let href = a.get_attribute("href").unwrap_or_default();
            if !o.in_frame(&AppUrl::parse(&href).route) {
                let _ = a.set_attribute("href", &format!("{base}{href}"));
                let _ = a.set_attribute("target", "_blank");
                let _ = a.set_attribute("rel", "noopener");
            }
        }
    };
    fix();
    let callback = Closure::<dyn FnMut()>::new(fix);
    if let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of1(&"href".into()));
        let _ = observer.observe_with_options(&body, &options);
        // The frame lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}

/// Posts the content's height to the host page whenever it changes, at most once a frame:
/// `{type: "huaihe:resize", height, id}` (`public/embed.js` sizes the frame to it). Nothing else
/// is ever posted, and nothing at all outside a frame.
fn report_height(id: Option<String>) {
    if !crate::web::embed::in_a_frame() {
        return;
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let post = move || {
        if pending.replace(true) {
            return;
        }
        let pending = pending.clone();
        let id = id.clone();
        request_animation_frame(move || {
            pending.set(false);
            let Some(root) = document().document_element() else {
                return;
            };
            let height = root.get_bounding_client_rect().height().ceil();
            let message = js_sys::Object::new();
            let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &k.into(), &v);
            let _ = set("type", "huaihe:resize".into());
            let _ = set("height", height.into());
            let _ = set("id", id.as_deref().map_or(JsValue::NULL, JsValue::from));
            if let Ok(Some(parent)) = window().parent() {
                let _ = parent.post_message(&message, "*");
            }
        });
    };
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        std::mem::forget(observer);
    }
    callback.forget();
}
