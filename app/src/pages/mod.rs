//! One file per route; `page_for` picks the page for a URL.

pub mod alliance;
pub mod detail;
pub mod embed;
pub mod embed_builder;
pub mod explorer;
pub mod home;
pub mod not_found;
pub mod river_air;
pub mod skeleton;

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::UiStrings as _;
use shared::route::Route;
use shared::RecordKind;
use shared::{Catalog, Lang};

pub fn page_for(route: Route, loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    // Every page but home is a split point: its view (and what only it draws) is a wasm module
    // of its own, fetched the first time that page opens (README "Size"). Home is the first
    // view of most visits, so it stays in the main module.
    match route {
        Route::Home => {
            home::home_page(&loaded.pack.glance(), loaded.basemap.as_ref(), lang).into_any()
        }
        Route::List(section) => lazily(explorer_page(section, loaded, lang), lang),
        Route::Detail(section, id) => lazily(detail_page(section, id, loaded, lang), lang),
        Route::RiverAir => lazily(river_air_page(loaded, lang), lang),
        Route::Alliance => lazily(alliance_page(loaded, lang), lang),
        Route::EmbedBuilder => lazily(embed_builder_page(loaded, lang), lang),
        Route::NotFound(path) => {
            view! { <not_found::NotFoundPage path=path lang=lang/> }.into_any()
        }
    }
}

/// Starts fetching the module of the page `route` shows, while the data pack loads: a deep
/// link's page is then there when the data is, instead of a round trip later. The split point
/// loads once, whoever asks first (wasm_split_helpers); without splitting there is nothing to
/// fetch.
pub fn preload(route: &Route) {
    #[cfg(feature = "split")]
    {
        let route = route.clone();
        leptos::task::spawn_local(async move {
            match route {
                Route::List(_) => __preload_explorer_page().await,
                Route::Detail(..) => __preload_detail_page().await,
                Route::RiverAir => __preload_river_air_page().await,
                Route::Alliance => __preload_alliance_page().await,
                Route::EmbedBuilder => __preload_embed_builder_page().await,
                Route::Home | Route::NotFound(_) => {}
            }
        });
    }
    #[cfg(not(feature = "split"))]
    let _ = route;
}

/// Shows the page a split point draws once its module has arrived, and "loading" until then
/// (a module already fetched is there at once, without the loading line). A module that cannot
/// be fetched offers "Try again" in place (index.html, `huaiheFetchChunk`).
pub fn lazily(
    page: impl std::future::Future<Output = AnyView> + Send + 'static,
    lang: Lang,
) -> AnyView {
    suspended(Box::pin(page), lang)
}

/// One `Suspense` for every split point: a generic one would be a copy of its machinery in the
/// main module per page (about 1 KB gzip each).
fn suspended(
    page: std::pin::Pin<Box<dyn std::future::Future<Output = AnyView> + Send>>,
    lang: Lang,
) -> AnyView {
    let loading = lang.strings().loading_page;
    view! {
        <Suspense fallback=move || view! { <p class="loading" role="status">{loading}</p> }>
            {Suspend::new(page)}
        </Suspense>
    }
    .into_any()
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn explorer_page(section: RecordKind, loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    view! { <explorer::ExplorerPage section=section loaded=loaded lang=lang/> }.into_any()
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn detail_page(section: RecordKind, id: String, loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    view! { <detail::DetailPage section=section id=id loaded=loaded lang=lang/> }.into_any()
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn river_air_page(loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    view! { <river_air::RiverAirPage loaded=loaded lang=lang/> }.into_any()
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn alliance_page(loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    view! { <alliance::AlliancePage loaded=loaded lang=lang/> }.into_any()
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn embed_builder_page(loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    view! { <embed_builder::EmbedBuilderPage loaded=loaded lang=lang/> }.into_any()
}

/// An embed's frame (README "Embedding"), from a module of its own: the explorer's visitors never
/// fetch it, and a zone website's visitors fetch it beside the data.
pub fn embed(lang: Lang) -> AnyView {
    lazily(embed_frame(lang), lang)
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn embed_frame(lang: Lang) -> AnyView {
    view! { <embed::EmbedFrame lang=lang/> }.into_any()
}
