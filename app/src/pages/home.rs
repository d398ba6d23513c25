//! Home: what the explorer holds: headline figures, the map and the chart, all drawn from the
//! pack's glance (`shared::glance`). The same page whether the pack has been read, or only its
//! glance that the build put into index.html (a visit to the home page then fetches no record
//! file before it is drawn; `web::data`).

use leptos::prelude::*;
use shared::chart::offers_by_zone_and_track;
use shared::geo::Basemap;
use shared::present::home_figures;
use shared::{Glance, Lang};

use crate::web::components::chart::ChartView;
use crate::web::components::map::belt_map;
use crate::web::url::href_to;

pub fn home_page(
    glance: &Glance,
    basemap: Option<&Result<Basemap, String>>,
    lang: Lang,
) -> impl IntoView {
    let sh = shared::i18n::home::Home::of(lang);
    let items: Vec<_> = home_figures(&glance.headline, lang)
        .into_iter()
        .map(|f| {
            view! {
                <li class="figure">
                    <a href=href_to(&f.target)>
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
        {belt_map(glance, basemap, lang)}
        <ul class="figures" aria-label=sh.home_title>{items}</ul>
        <ChartView chart=offers_by_zone_and_track(glance, lang) lang=lang/>
    }
}
