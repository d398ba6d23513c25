//! Figures that agree (issue 12): every home figure that links to a list counts, or adds up,
//! exactly the results that list shows, in both languages.

#[allow(dead_code)]
mod common;

use shared::i18n::UiStrings as _;
use shared::i18n::{format_number, format_wan, Lang};
use shared::load::load_dir;
use shared::present::{home_figures, Ctx, Links};
use shared::query::ListQuery;
use shared::route::{AppUrl, Route};
use shared::searchable::Vocabulary as _;
use shared::values::Date;
use shared::{Catalog, RecordKind};

fn catalog() -> Catalog {
    Catalog::new(load_dir(&common::data_dir()).unwrap(), None)
}

fn today() -> Date {
    Date::parse("2026-11-27").unwrap()
}

/// The presenters' context for a page at `fragment`.
fn ctx<'a>(catalog: &'a Catalog, lang: Lang, fragment: &str) -> Ctx<'a> {
    Ctx {
        pack: &catalog.pack,
        lang,
        links: Links::here(&AppUrl::parse(fragment)),
        today: today(),
    }
}

/// How many results the list at `href` shows; `label` names the figure when it is not a list.
fn listed(catalog: &Catalog, href: &str, label: &str) -> usize {
    let url = AppUrl::parse(href);
    let Route::List(kind) = url.route else {
        panic!("{label} links to a list")
    };
    let pack = &catalog.pack;
    let (q, ignored) = ListQuery::parse(kind, &url.query, |facet, v| pack.knows(kind, facet, v));
    assert!(ignored.is_empty(), "{label}: the link says {ignored:?}");
    catalog.index(kind, today()).run(&q).hits.len()
}

#[test]
fn every_home_figure_counts_what_its_link_lists() {
    let catalog = catalog();
    let pack = &catalog.pack;
    for lang in Lang::ALL {
        let s = lang.strings();
        let figures = home_figures(&pack.headline(), lang);
        let mut lists = 0;
        for f in &figures {
            let Route::List(kind) = f.target.route else {
                continue;
            };
            lists += 1;
            let (q, ignored) =
                ListQuery::parse(kind, &f.target.query, |facet, v| pack.knows(kind, facet, v));
            assert!(ignored.is_empty(), "{}: the link says {ignored:?}", f.label);
            assert!(
                q.is_filtered(),
                "{}: a figure of what is open links to just that",
                f.label
            );
            assert_eq!(
                q.to_pairs(),
                f.target.query,
                "{}: written as the explorer writes it",
                f.label
            );
            let hits = catalog.index(kind, today()).run(&q).hits;
            let sum = |value: &dyn Fn(usize) -> f64| hits.iter().map(|&i| value(i)).sum::<f64>();
            let expected = if f.label == s.fig_scenario_budget {
                assert_eq!(kind, RecordKind::Scenarios);
                format_wan(sum(&|i| pack.scenarios[i].budget.max), lang)
            } else if f.label == s.fig_project_investment {
                assert_eq!(kind, RecordKind::Projects);
                format_wan(sum(&|i| pack.projects[i].investment.0), lang)
            } else if f.label == s.fig_parcel_area {
                assert_eq!(kind, RecordKind::Parcels);
                let area = sum(&|i| pack.parcels[i].area_mu.0);
                format!("{} {}", format_number(area, 0), s.unit_mu)
            } else {
                format_number(hits.len() as f64, 0)
            };
            assert_eq!(f.value, expected, "{} ({lang:?})", f.label);
            assert!(!hits.is_empty(), "{}: the bundled pack has some", f.label);
        }
        // Everything but the provinces (the alliance page) is a list.
        assert_eq!(lists, figures.len() - 1);
    }
}

#[test]
fn a_zone_page_counts_what_is_open_now_as_its_card_does_and_links_to_just_that() {
    let catalog = catalog();
    let pack = &catalog.pack;
    for lang in Lang::ALL {
        let ctx = ctx(&catalog, lang, "#/zones");
        for zone in &pack.zones {
            let detail = ctx.detail(RecordKind::Zones, zone.id.as_str()).unwrap();
            let offers = &detail.related[0].items;
            assert_eq!(offers.len(), 4, "one line per kind of offer");
            let mut total = 0;
            for item in offers {
                // "场景开放（征集中 3）", "Application scenarios (3 open)".
                let shown: usize = item
                    .name
                    .text
                    .rsplit(['(', '（'])
                    .next()
                    .and_then(|n| {
                        n.split(|c: char| !c.is_ascii_digit())
                            .find(|d| !d.is_empty())
                    })
                    .and_then(|n| n.parse().ok())
                    .expect("the line ends with its count");
                let hits = listed(&catalog, &item.href, &item.name.text);
                assert_eq!(shown, hits, "{} of {}", item.name.text, zone.id.as_str());
                total += shown;
            }
            // The same figure as the zone's card in the directory.
            assert_eq!(total, pack.open_offers(&zone.id), "{}", zone.id.as_str());
        }
    }
}

#[test]
fn the_alliance_pages_figures_count_what_their_links_list() {
    let catalog = catalog();
    for lang in Lang::ALL {
        let linked: Vec<_> = ctx(&catalog, lang, "#/alliance")
            .directions()
            .into_iter()
            .filter_map(|(_, i)| i)
            .collect();
        assert_eq!(linked.len(), 5);
        for item in linked {
            let hits = listed(&catalog, &item.href, &item.name.text);
            // The numbers in the text ("12 个招商中的内河项目 · 9 个招商中的低空项目") add up to the list.
            let shown: usize = item
                .name
                .text
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<usize>().ok())
                .sum();
            assert_eq!(shown, hits, "{}", item.name.text);
        }
    }
}
