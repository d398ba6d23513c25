//! The site's navigation and the home page's headline figures.

use crate::i18n::UiStrings as _;
use crate::i18n::{format_number, format_wan, section_title};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::pack::{open_status, Headline};
use crate::query::Facet;
use crate::route::{AppUrl, Route};

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

/// One headline figure of the home page: its value as shown, what it counts, and the address
/// that lists exactly what it counts (a count is the number of results that list shows; a sum
/// adds up a field of those results).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: String,
    pub label: &'static str,
    pub target: AppUrl,
}

/// The list of `kind` narrowed to `picks` (one value each, in `Facet` order), written as
/// `ListQuery` writes it (tests/figures.rs reads every figure's link back), without its codec
/// or a sort: the home page is in the main module.
fn list_of(kind: RecordKind, picks: &[(Facet, &str)]) -> AppUrl {
    let mut url = AppUrl::new(Route::List(kind));
    url.query = picks
        .iter()
        .map(|(f, v)| (f.key().to_string(), v.to_string()))
        .collect();
    url
}

/// The list of what of `kind` is open now, of `track` if given.
fn open_list(kind: RecordKind, track: Option<crate::model::Track>) -> AppUrl {
    // Track comes before Status in `Facet` order.
    let mut picks: Vec<(Facet, &str)> = track
        .map(|t| (Facet::Track, t.as_str()))
        .into_iter()
        .collect();
    picks.extend(open_status(kind).map(|v| (Facet::Status, v)));
    list_of(kind, &picks)
}

/// The home page's headline figures, from the pack's headline ([`crate::Pack::headline`], carried
/// by its glance). One rule for all of them: what is open now (the word each label uses), and
/// each links to the list of just that.
pub fn home_figures(h: &Headline, lang: Lang) -> Vec<Figure> {
    use crate::model::{Membership, Track};
    let s = lang.strings();
    let count = |n: usize| format_number(n as f64, 0);
    let fig = |value: String, label: &'static str, target: AppUrl| Figure {
        value,
        label,
        target,
    };
    let members = list_of(
        RecordKind::Zones,
        &[(Facet::Membership, Membership::Member.as_str())],
    );
    let scenarios = open_list(RecordKind::Scenarios, None);
    let projects = |track| open_list(RecordKind::Projects, track);
    let parcels = open_list(RecordKind::Parcels, None);
    let incentives = open_list(RecordKind::Incentives, None);
    vec![
        fig(count(h.member_zones), s.fig_zones, members),
        fig(
            count(h.provinces),
            s.fig_provinces,
            AppUrl::new(Route::Alliance),
        ),
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
            projects(Some(Track::InlandRiver)),
        ),
        fig(
            count(h.air_projects),
            s.fig_air_projects,
            projects(Some(Track::LowAltitude)),
        ),
        fig(
            format_wan(h.project_investment, lang),
            s.fig_project_investment,
            projects(None),
        ),
        fig(count(h.available_parcels), s.fig_parcels, parcels.clone()),
        fig(
            format!("{} {}", format_number(h.available_area_mu, 0), s.unit_mu),
            s.fig_parcel_area,
            parcels,
        ),
        fig(count(h.active_incentives), s.fig_incentives, incentives),
    ]
}

/// How many page links stand on each side of the current one.
const PAGE_REACH: usize = 2;

/// The page links an explorer shows for page `page` of `pages`: the first, the last, and the
/// pages within two of the current one, in order; `None` marks a gap between them. A list of
/// 10,000 records has 500 pages: a link to each would be a wall on a phone, and 500 links to
/// rebuild on every keystroke.
pub fn page_window(page: usize, pages: usize) -> Vec<Option<usize>> {
    let page = page.clamp(1, pages.max(1));
    let near = page.saturating_sub(PAGE_REACH).max(1)..=(page + PAGE_REACH).min(pages);
    let mut shown: Vec<usize> = std::iter::once(1)
        .chain(near)
        .chain(std::iter::once(pages))
        .filter(|p| (1..=pages).contains(p))
        .collect();
    shown.dedup();
    let mut out = Vec::with_capacity(shown.len() + 2);
    for (i, p) in shown.iter().enumerate() {
        if i > 0 && *p > shown[i - 1] + 1 {
            out.push(None);
        }
        out.push(Some(*p));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::page_window;

    fn shown(page: usize, pages: usize) -> String {
        page_window(page, pages)
            .iter()
            .map(|p| p.map_or("…".to_string(), |p| p.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn few_pages_are_all_shown() {
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(2, 5), "1 2 3 4 5");
        assert_eq!(shown(1, 0), "");
    }

    #[test]
    fn many_pages_keep_the_ends_and_the_current_ones_neighbours() {
        assert_eq!(shown(1, 500), "1 2 3 … 500");
        assert_eq!(shown(250, 500), "1 … 248 249 250 251 252 … 500");
        assert_eq!(shown(500, 500), "1 … 498 499 500");
        // A gap of one page is shown as that page only when it is a neighbour.
        assert_eq!(shown(4, 7), "1 2 3 4 5 6 7");
        assert_eq!(shown(5, 9), "1 … 3 4 5 6 7 … 9");
    }

    #[test]
    fn a_page_beyond_the_last_is_read_as_the_last() {
        assert_eq!(shown(900, 6), "1 … 4 5 6");
    }
}
