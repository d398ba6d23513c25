//! The site's navigation and the home page's headline figures.

use crate::i18n::UiStrings as _;
use crate::i18n::{format_number, format_wan, section_title};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::pack::Pack;
use crate::route::Route;

/// The site's navigation in order: route and label. The app's header and the static floor page
/// (the prerender, app/prerender) both draw it.
pub fn nav_items(lang: Lang) -> Vec<(Route, &'static str)> {
    let s = lang.strings();
    let list = |section| (Route::List(section), section_title(section, lang));
    vec![
        (Route::Home, s.nav_home),
        list(RecordKind::Scenarios),
        (Route::RiverAir, s.nav_river_air),
        list(RecordKind::Projects),
        list(RecordKind::Parcels),
        list(RecordKind::Incentives),
        list(RecordKind::Zones),
        (Route::Alliance, s.nav_alliance),
    ]
}

/// One headline figure of the home page: its value as shown, what it counts, and the page that
/// lists what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: String,
    pub label: &'static str,
    pub route: Route,
}

/// The home page's headline figures, computed from the pack ([`Pack::headline`]).
pub fn home_figures(pack: &Pack, lang: Lang) -> Vec<Figure> {
    let s = lang.strings();
    let h = pack.headline();
    let count = |n: usize| format_number(n as f64, 0);
    let fig = |value: String, label: &'static str, route: Route| Figure {
        value,
        label,
        route,
    };
    let scenarios = Route::List(RecordKind::Scenarios);
    let parcels = Route::List(RecordKind::Parcels);
    vec![
        fig(
            count(h.member_zones),
            s.fig_zones,
            Route::List(RecordKind::Zones),
        ),
        fig(count(h.provinces), s.fig_provinces, Route::Alliance),
        fig(
            count(h.open_scenarios),
            s.fig_open_scenarios,
            scenarios.clone(),
        ),
        fig(
            format_wan(h.open_scenario_budget, lang),
            s.fig_scenario_budget,
            scenarios,
        ),
        fig(
            count(h.river_projects),
            s.fig_river_projects,
            Route::RiverAir,
        ),
        fig(count(h.air_projects), s.fig_air_projects, Route::RiverAir),
        fig(
            format_wan(h.project_investment, lang),
            s.fig_project_investment,
            Route::List(RecordKind::Projects),
        ),
        fig(count(h.available_parcels), s.fig_parcels, parcels.clone()),
        fig(
            format!("{} {}", format_number(h.available_area_mu, 0), s.unit_mu),
            s.fig_parcel_area,
            parcels,
        ),
        fig(
            count(h.active_incentives),
            s.fig_incentives,
            Route::List(RecordKind::Incentives),
        ),
    ]
}
