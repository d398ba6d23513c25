//! Home: what the explorer holds, with headline figures computed from the pack.

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::{format_number, format_wan};
use shared::route::{Route, Section};
use shared::Loaded;

use crate::lang::use_lang;
use crate::url::link;

#[component]
pub fn HomePage(
    /// The loaded pack.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let lang = use_lang();
    let h = loaded.pack.headline();
    let s = move || lang.get().strings();
    let figure = move |value: String,
                       label: fn(&'static shared::i18n::Strings) -> &'static str,
                       route: Route| {
        view! {
            <li class="figure">
                <a href=link(route)>
                    <span class="figure-value">{value}</span>
                    <span class="figure-label">{move || label(s())}</span>
                </a>
            </li>
        }
    };
    let count = |n: usize| format_number(n as f64, 0);
    let budget = h.open_scenario_budget;
    let invest = h.project_investment;
    let area = h.available_area_mu;
    view! {
        <section class="hero">
            <h1>{move || s().home_title}</h1>
            <p class="lead">{move || s().home_lead}</p>
        </section>
        <ul class="figures" aria-label=move || s().home_title>
            {figure(count(h.member_zones), |s| s.fig_zones, Route::List(Section::Zones))}
            {figure(count(h.provinces), |s| s.fig_provinces, Route::Alliance)}
            {figure(count(h.open_scenarios), |s| s.fig_open_scenarios, Route::List(Section::Scenarios))}
            <li class="figure">
                <a href=link(Route::List(Section::Scenarios))>
                    <span class="figure-value">{move || format_wan(budget, lang.get())}</span>
                    <span class="figure-label">{move || s().fig_scenario_budget}</span>
                </a>
            </li>
            {figure(count(h.river_projects), |s| s.fig_river_projects, Route::RiverAir)}
            {figure(count(h.air_projects), |s| s.fig_air_projects, Route::RiverAir)}
            <li class="figure">
                <a href=link(Route::List(Section::Projects))>
                    <span class="figure-value">{move || format_wan(invest, lang.get())}</span>
                    <span class="figure-label">{move || s().fig_project_investment}</span>
                </a>
            </li>
            {figure(count(h.available_parcels), |s| s.fig_parcels, Route::List(Section::Parcels))}
            <li class="figure">
                <a href=link(Route::List(Section::Parcels))>
                    <span class="figure-value">
                        {format_number(area, 0)} " " {move || s().unit_mu}
                    </span>
                    <span class="figure-label">{move || s().fig_parcel_area}</span>
                </a>
            </li>
            {figure(count(h.active_incentives), |s| s.fig_incentives, Route::List(Section::Incentives))}
        </ul>
    }
}
