//! Home: what the explorer holds, with headline figures computed from the pack.

use std::sync::Arc;

use leptos::prelude::*;
use shared::chart::offers_by_zone_and_track;
use shared::present::home_figures;
use shared::{Catalog, Lang};

use crate::web::components::chart::ChartView;
use crate::web::components::map::BeltMap;
use crate::web::url::href;

#[component]
pub fn HomePage(
    /// The loaded pack.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let sh = shared::i18n::home::Home::of(lang);
    let items: Vec<_> = home_figures(&loaded.pack, lang)
        .into_iter()
        .map(|f| {
            view! {
                <li class="figure">
                    <a href=href(f.route)>
                        <span class="figure-value">{f.value}</span>
                        <span class="figure-label">{f.label}</span>
                    </a>
                </li>
            }
        })
        .collect();
    view! {
        <section class="hero">
            <h1>{sh.home_title}</h1>
            <p class="lead">{sh.home_lead}</p>
        </section>
        <BeltMap loaded=loaded.clone() lang=lang/>
        <ul class="figures" aria-label=sh.home_title>{items}</ul>
        <ChartView chart=offers_by_zone_and_track(&loaded.pack, lang) lang=lang/>
    }
}
