//! Home: what the explorer holds, with headline figures computed from the pack.

use std::sync::Arc;

use leptos::prelude::*;
use shared::chart::offers_by_zone_and_track;
use shared::i18n::{format_number, format_wan};
use shared::route::{Route, Section};
use shared::{Lang, Loaded};

use crate::components::chart::ChartView;
use crate::components::map::BeltMap;
use crate::url::href;

#[component]
pub fn HomePage(
    /// The loaded pack.
    loaded: Arc<Loaded>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let h = loaded.pack.headline();
    let count = |n: usize| format_number(n as f64, 0);
    let figures = [
        (
            count(h.member_zones),
            s.fig_zones,
            Route::List(Section::Zones),
        ),
        (count(h.provinces), s.fig_provinces, Route::Alliance),
        (
            count(h.open_scenarios),
            s.fig_open_scenarios,
            Route::List(Section::Scenarios),
        ),
        (
            format_wan(h.open_scenario_budget, lang),
            s.fig_scenario_budget,
            Route::List(Section::Scenarios),
        ),
        (
            count(h.river_projects),
            s.fig_river_projects,
            Route::RiverAir,
        ),
        (count(h.air_projects), s.fig_air_projects, Route::RiverAir),
        (
            format_wan(h.project_investment, lang),
            s.fig_project_investment,
            Route::List(Section::Projects),
        ),
        (
            count(h.available_parcels),
            s.fig_parcels,
            Route::List(Section::Parcels),
        ),
        (
            format!("{} {}", format_number(h.available_area_mu, 0), s.unit_mu),
            s.fig_parcel_area,
            Route::List(Section::Parcels),
        ),
        (
            count(h.active_incentives),
            s.fig_incentives,
            Route::List(Section::Incentives),
        ),
    ];
    let items: Vec<_> = figures
        .into_iter()
        .map(|(value, label, route)| {
            view! {
                <li class="figure">
                    <a href=href(route)>
                        <span class="figure-value">{value}</span>
                        <span class="figure-label">{label}</span>
                    </a>
                </li>
            }
        })
        .collect();
    view! {
        <section class="hero">
            <h1>{s.home_title}</h1>
            <p class="lead">{s.home_lead}</p>
        </section>
        <BeltMap loaded=loaded.clone() lang=lang/>
        <ul class="figures" aria-label=s.home_title>{items}</ul>
        <ChartView chart=offers_by_zone_and_track(&loaded.pack, lang) lang=lang/>
    }
}
