//! One file per route; `page_for` picks the page for a URL.

pub mod alliance;
pub mod detail;
pub mod explorer;
pub mod home;
pub mod not_found;
pub mod river_air;

use std::sync::Arc;

use leptos::prelude::*;
use shared::route::Route;
use shared::RecordKind;
use shared::{Catalog, Lang};

pub fn page_for(route: Route, loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    match route {
        Route::Home => view! { <home::HomePage loaded=loaded lang=lang/> }.into_any(),
        Route::List(section) => {
            view! { <explorer::ExplorerPage section=section loaded=loaded lang=lang/> }.into_any()
        }
        // A split point: the detail pages (and what only they draw) are a module of their own,
        // fetched the first time one opens (README "Size").
        Route::Detail(section, id) => {
            view! { {Suspend::new(async move { detail_page(section, id, loaded, lang).await })} }
                .into_any()
        }
        Route::RiverAir => view! { <river_air::RiverAirPage loaded=loaded lang=lang/> }.into_any(),
        Route::Alliance => view! { <alliance::AlliancePage loaded=loaded lang=lang/> }.into_any(),
        Route::NotFound(path) => {
            view! { <not_found::NotFoundPage path=path lang=lang/> }.into_any()
        }
    }
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn detail_page(section: RecordKind, id: String, loaded: Arc<Catalog>, lang: Lang) -> AnyView {
    view! { <detail::DetailPage section=section id=id loaded=loaded lang=lang/> }.into_any()
}
