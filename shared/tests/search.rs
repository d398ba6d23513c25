//! Search, facets, ranges, sorting, paging and the URL codec of the explorers: examples on the
//! bundled pack, and property tests against a plain reference filter.

use shared::matching::Related as _;
use shared::searchable::Vocabulary as _;

mod common;
use common::pack;

use proptest::prelude::*;
use shared::model::Scenario;
use shared::query::{Bounds, Facet, IgnoreReason, ListQuery, Measure, Sort, PAGE_SIZE};
use shared::route::{AppUrl, Route};
use shared::search::{Context, Index, Searchable};
use shared::values::Date;
use shared::RecordKind;
use std::sync::OnceLock;

fn today() -> Date {
    Date::parse("2026-11-27").unwrap()
}

fn scenario_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let ctx = Context::new(pack(), today());
        Index::build(&pack().scenarios, &ctx)
    })
}

fn query(pairs: &[(&str, &str)]) -> ListQuery {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let (q, ignored) = ListQuery::parse(RecordKind::Scenarios, &pairs, |_, _| true);
    assert!(ignored.is_empty(), "{ignored:?}");
    q
}

fn titles(hits: &[usize]) -> Vec<&'static str> {
    hits.iter()
        .map(|i| pack().scenarios[*i].title.zh.as_str())
        .collect()
}

#[test]
fn chinese_search_finds_substrings() {
    let r = scenario_index().run(&query(&[("q", "低空物流")]));
    assert!(!r.hits.is_empty());
    for i in &r.hits {
        let s = &pack().scenarios[*i];
        assert!(
            [&s.title, &s.need]
                .iter()
                .any(|t| t.zh.contains("低空物流"))
                || s.requirements.iter().any(|t| t.zh.contains("低空物流")),
            "{}",
            s.title.zh
        );
    }
}

#[test]
fn english_search_matches_word_prefixes_case_insensitively() {
    let r = scenario_index().run(&query(&[("q", "DRON")]));
    assert!(titles(&r.hits).len() >= 3);
    let none = scenario_index().run(&query(&[("q", "rone")]));
    assert!(
        none.hits.is_empty(),
        "'rone' is inside words only: {:?}",
        titles(&none.hits)
    );
}

#[test]
fn an_id_finds_exactly_its_record_first() {
    let id = pack().scenarios[17].id.to_string();
    let r = scenario_index().run(&query(&[("q", &id)]));
    assert_eq!(r.hits[0], 17);
}

#[test]
fn title_matches_rank_above_body_matches() {
    let r = scenario_index().run(&query(&[("q", "无人机")]));
    let first_body_only = r
        .hits
        .iter()
        .position(|i| !pack().scenarios[*i].title.zh.contains("无人机"));
    let last_title = r
        .hits
        .iter()
        .rposition(|i| pack().scenarios[*i].title.zh.contains("无人机"));
    if let (Some(body), Some(title)) = (first_body_only, last_title) {
        assert!(title < body, "title matches must come first");
    }
}

#[test]
fn the_investor_story_open_low_altitude_anhui_over_500() {
    let q = query(&[
        ("track", "low_altitude"),
        ("status", "open"),
        ("province", "anhui"),
        ("budget", "500-"),
    ]);
    let r = scenario_index().run(&q);
    assert!(!r.hits.is_empty());
    for i in &r.hits {
        let s = &pack().scenarios[*i];
        assert_eq!(s.track.map(|t| t.as_str()), Some("low_altitude"));
        assert_eq!(s.status.as_str(), "open");
        assert_eq!(
            pack().zone(s.zone.as_str()).unwrap().province.as_str(),
            "anhui"
        );
        assert!(s.budget.max >= 500.0);
    }
}

#[test]
fn values_of_one_facet_are_ored_and_facets_anded() {
    let one = scenario_index()
        .run(&query(&[("zone", "bengbu")]))
        .hits
        .len();
    let other = scenario_index()
        .run(&query(&[("zone", "xuzhou")]))
        .hits
        .len();
    let both = scenario_index()
        .run(&query(&[("zone", "bengbu,xuzhou")]))
        .hits
        .len();
    assert_eq!(both, one + other);
    let and = scenario_index()
        .run(&query(&[("zone", "bengbu,xuzhou"), ("status", "open")]))
        .hits
        .len();
    assert!(and <= both);
}

#[test]
fn sorting_orders_by_the_chosen_number() {
    let r = scenario_index().run(&query(&[("sort", "budget-desc")]));
    let maxes: Vec<f64> = r
        .hits
        .iter()
        .map(|i| pack().scenarios[*i].budget.max)
        .collect();
    assert!(maxes.windows(2).all(|w| w[0] >= w[1]));
    let r = scenario_index().run(&query(&[("sort", "deadline")]));
    let first: &Scenario = &pack().scenarios[r.hits[0]];
    assert!(first.deadline >= today());
}

#[test]
fn pages_hold_page_size_records_and_clamp() {
    let r = scenario_index().run(&query(&[("page", "2")]));
    assert_eq!(r.page, 2);
    assert_eq!(r.page_hits.len(), PAGE_SIZE.min(r.hits.len() - PAGE_SIZE));
    let far = scenario_index().run(&query(&[("page", "999")]));
    assert_eq!(far.page, far.pages);
}

#[test]
fn malformed_links_are_cleaned_and_reported() {
    let pairs: Vec<(String, String)> = [
        ("q", "港口"),
        ("status", "open,opened"),
        ("budget", "abc"),
        ("colour", "red"),
        ("page", "-3"),
        ("sort", "price-asc"),
        ("lang", "en"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let valid = |f: Facet, v: &str| {
        f != Facet::Status || ["open", "matching", "awarded", "closed"].contains(&v)
    };
    let (q, ignored) = ListQuery::parse(RecordKind::Scenarios, &pairs, valid);
    assert_eq!(q.text, "港口");
    assert_eq!(q.selected(Facet::Status), ["open"]);
    assert!(q.ranges.is_empty());
    assert_eq!(q.page, 1);
    assert_eq!(
        q.sort, None,
        "parcels' price sort means nothing for scenarios"
    );
    let what: Vec<(&str, IgnoreReason)> =
        ignored.iter().map(|i| (i.key.as_str(), i.reason)).collect();
    assert_eq!(
        what,
        [
            ("status", IgnoreReason::BadValue),
            ("budget", IgnoreReason::BadValue),
            ("colour", IgnoreReason::UnknownKey),
            ("page", IgnoreReason::BadValue),
            ("sort", IgnoreReason::BadValue),
        ]
    );
}

#[test]
fn parcels_story_fifty_mu_industrial() {
    let ctx = Context::new(pack(), today());
    let index = Index::build(&pack().parcels, &ctx);
    let pairs = vec![
        ("use".to_string(), "industrial".to_string()),
        ("area".to_string(), "40-60".to_string()),
    ];
    let (q, _) = ListQuery::parse(RecordKind::Parcels, &pairs, |_, _| true);
    let r = index.run(&q);
    assert!(!r.hits.is_empty());
    for i in &r.hits {
        let p = &pack().parcels[*i];
        assert!((40.0..=60.0).contains(&p.area_mu.0));
        let incentives = pack().incentives_for(p);
        assert!(!incentives.is_empty(), "{} has no incentive", p.id);
    }
}

// ---- Property tests ----------------------------------------------------------------------

const WORDS: [&str; 12] = [
    "低空",
    "无人机",
    "港",
    "巡检",
    "drone",
    "port",
    "inspection",
    "智能",
    "AI",
    "platform",
    "淮",
    "x",
];

fn query_strategy() -> impl Strategy<Value = ListQuery> {
    let universe: Vec<(Facet, Vec<String>)> = scenario_index()
        .run(&ListQuery::default())
        .facet_counts
        .into_iter()
        .map(|(f, v)| (f, v.into_iter().map(|(v, _)| v).collect()))
        .collect();
    let picks = prop::collection::vec((0..universe.len(), 0..20usize), 0..4);
    let text = prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..3);
    let budget = (prop::option::of(0u32..3000), prop::option::of(0u32..3000));
    let sorts = Sort::for_section(RecordKind::Scenarios);
    (picks, text, budget, prop::sample::select(sorts), 1usize..8).prop_map(
        move |(picks, text, (lo, hi), sort, page)| {
            let mut q = ListQuery {
                text: text.join(" "),
                page,
                sort: Some(sort),
                ..Default::default()
            };
            for (f, v) in picks {
                let (facet, values) = &universe[f];
                if let Some(value) = values.get(v % values.len().max(1)) {
                    q.toggle(*facet, value, true);
                }
            }
            let (lo, hi) = (lo.map(f64::from), hi.map(f64::from));
            if lo.zip(hi).is_none_or(|(a, b)| a <= b) {
                q.set_range(Measure::Budget, Bounds { min: lo, max: hi });
            }
            q
        },
    )
}

/// The rules written plainly, to check the engine against.
fn reference_match(s: &Scenario, q: &ListQuery) -> bool {
    let ctx = Context::new(pack(), today());
    let zone = pack().zone(s.zone.as_str()).unwrap();
    let mut hay = String::new();
    for t in s.texts().into_iter().chain([&zone.short_name]) {
        hay.push_str(&format!(
            "\n{}\n{}",
            t.zh.to_lowercase(),
            t.en.to_lowercase()
        ));
    }
    let text_ok = shared::search::terms(&q.text).iter().all(|t| {
        if t.is_ascii() {
            hay.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w.starts_with(t.as_str()))
                || hay
                    .match_indices(t.as_str())
                    .any(|(i, _)| hay[..i].chars().next_back().is_some_and(|c| !c.is_ascii()))
        } else {
            hay.contains(t.as_str())
        }
    });
    let facets_ok = q
        .facets
        .iter()
        .all(|(f, vals)| s.facet_values(*f, &ctx).iter().any(|v| vals.contains(v)));
    let b = q.range(Measure::Budget);
    let range_ok =
        b.min.is_none_or(|m| s.budget.max >= m) && b.max.is_none_or(|m| s.budget.min <= m);
    text_ok && facets_ok && range_ok
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn results_are_exactly_the_records_that_pass_every_filter(q in query_strategy()) {
        let r = scenario_index().run(&q);
        let mut got = r.hits.clone();
        got.sort();
        let want: Vec<usize> = (0..pack().scenarios.len()).filter(|i| reference_match(&pack().scenarios[*i], &q)).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn a_facet_count_is_the_result_count_after_picking_that_value(q in query_strategy()) {
        let r = scenario_index().run(&q);
        for (facet, values) in &r.facet_counts {
            for (value, count) in values {
                let mut picked = q.clone();
                for v in q.selected(*facet) {
                    picked.toggle(*facet, v, false);
                }
                picked.toggle(*facet, value, true);
                prop_assert_eq!(scenario_index().run(&picked).hits.len(), *count, "{:?}={}", facet, value);
            }
        }
    }

    #[test]
    fn every_query_survives_a_round_trip_through_the_url(q in query_strategy()) {
        let url = AppUrl { route: Route::List(RecordKind::Scenarios), query: q.to_pairs() };
        let back = AppUrl::parse(&url.to_fragment());
        let (parsed, ignored) = ListQuery::parse(RecordKind::Scenarios, &back.query, |_, _| true);
        prop_assert!(ignored.is_empty());
        prop_assert_eq!(parsed, q);
    }

    /// A bound typed with up to six decimals (`12.5`, `0.125`) comes back from the URL as typed.
    #[test]
    fn a_typed_fractional_bound_survives_the_url(micros in 0u64..10_000_000_000_000, hi in proptest::option::of(0u64..1000)) {
        let typed = micros as f64 / 1e6;
        let typed: f64 = format!("{typed}").parse().unwrap();
        let mut q = ListQuery { page: 1, ..ListQuery::default() };
        let max = hi.map(|h| typed + h as f64);
        q.set_range(Measure::Budget, Bounds { min: Some(typed), max });
        let url = AppUrl { route: Route::List(RecordKind::Scenarios), query: q.to_pairs() };
        let back = AppUrl::parse(&url.to_fragment());
        let (parsed, ignored) = ListQuery::parse(RecordKind::Scenarios, &back.query, |_, _| true);
        prop_assert!(ignored.is_empty());
        prop_assert_eq!(parsed, q);
    }
}

#[test]
fn highlight_marks_every_match() {
    use shared::search::highlight;
    let parts = highlight(
        "城乡低空物流配送 Drone delivery",
        &["低空物流".into(), "drone".into()],
    );
    let marked: Vec<&str> = parts
        .iter()
        .filter(|(_, m)| *m)
        .map(|(s, _)| s.as_str())
        .collect();
    assert_eq!(marked, ["低空物流", "Drone"]);
    assert_eq!(
        parts.iter().map(|(s, _)| s.as_str()).collect::<String>(),
        "城乡低空物流配送 Drone delivery"
    );
}

#[test]
fn links_are_checked_against_the_pack() {
    let p = pack();
    assert!(p.knows(RecordKind::Scenarios, Facet::Zone, "bengbu"));
    assert!(!p.knows(RecordKind::Scenarios, Facet::Zone, "atlantis"));
    assert!(p.knows(RecordKind::Parcels, Facet::Status, "available"));
    assert!(!p.knows(RecordKind::Scenarios, Facet::Status, "available"));
}

#[test]
fn similar_offers_come_from_other_zones_closest_first() {
    let p = pack();
    let s = p.scenarios.iter().find(|s| s.track.is_some()).unwrap();
    let similar = p.similar_scenarios(s, 6);
    assert!(!similar.is_empty() && similar.len() <= 6);
    assert!(similar.iter().all(|o| o.zone != s.zone));
    let score = |o: &Scenario| u8::from(o.industry == s.industry) + u8::from(o.track == s.track);
    assert!(similar.windows(2).all(|w| score(w[0]) >= score(w[1])));
    let pj = &p.projects[0];
    let similar = p.similar_projects(pj, 6);
    assert!(similar
        .iter()
        .all(|o| o.zone != pj.zone && o.kind.track() == pj.kind.track()));
}
