//! Chart figures add up to the records they are made of.

mod common;
use common::pack;

use shared::chart::{
    budgets_by_industry, incentives_by_category, investment_by_kind, land_by_zone,
    offers_by_zone_and_track, Tone,
};
use shared::model::{ParcelStatus, ProjectStatus, ScenarioStatus};
use shared::Lang;

fn total(values: &[f64]) -> f64 {
    values.iter().sum()
}

#[test]
fn offers_by_zone_and_track_count_open_offers_with_a_track() {
    let p = pack();
    let c = offers_by_zone_and_track(&p.glance(), Lang::Zh);
    let open_projects = p
        .projects
        .iter()
        .filter(|x| x.status == ProjectStatus::Open)
        .count();
    let open_tracked = p
        .scenarios
        .iter()
        .filter(|s| s.status == ScenarioStatus::Open && s.track.is_some())
        .count();
    let sum = total(&c.series[0].values) + total(&c.series[1].values);
    assert_eq!(sum as usize, open_projects + open_tracked);
    assert_eq!(
        (c.series[0].tone, c.series[1].tone),
        (Tone::River, Tone::Air)
    );
    assert_eq!(c.table.len(), c.rows.len());
    for i in 0..c.rows.len() {
        assert!(
            c.series[0].values[i] + c.series[1].values[i] > 0.0,
            "empty rows are left out"
        );
    }
}

#[test]
fn land_charts_follow_the_parcels_given() {
    let p = pack();
    let all: Vec<_> = p.parcels.iter().collect();
    let (area, price) = land_by_zone(p, &all, Lang::En);
    let available: f64 = p
        .parcels
        .iter()
        .filter(|x| x.status == ParcelStatus::Available)
        .map(|x| x.area_mu.0)
        .sum();
    assert!((total(&area.series[0].values) - available).abs() < 1e-6);
    assert_eq!(price.series[0].tone, Tone::Hidden);
    for (i, row) in price.rows.iter().enumerate() {
        let z = p.zones.iter().find(|z| z.short_name.en == *row).unwrap();
        let prices: Vec<f64> = p
            .parcels
            .iter()
            .filter(|x| x.zone == z.id && x.status == ParcelStatus::Available)
            // In English, in thousand yuan per mu, as the lists show prices.
            .map(|x| x.price_wan_per_mu.0 * 10.0)
            .collect();
        let lo = prices.iter().cloned().fold(f64::INFINITY, f64::min);
        let hi = prices.iter().cloned().fold(0.0, f64::max);
        assert_eq!(price.series[0].values[i], lo);
        assert!((price.series[1].values[i] - (hi - lo)).abs() < 1e-9);
        // Every row of the table has a bar that shows, a zone of one price too.
        let drawn = price.bars(i);
        assert!(drawn[1].2 > 0.0, "{row}: its price is drawn");
        if lo == hi {
            assert_eq!(drawn[1].2, shared::chart::POINT_SHARE);
        }
    }
    let one_price = price
        .rows
        .iter()
        .enumerate()
        .filter(|(i, _)| price.series[1].values[*i] == 0.0)
        .count();
    assert!(
        one_price > 0,
        "the bundled pack has a zone of one price (Bengbu's)"
    );
    // Fewer parcels, fewer rows: a chart in the explorer follows its filters.
    let (some, _) = land_by_zone(p, &all[..5], Lang::En);
    assert!(some.rows.len() <= 5 && some.rows.len() < area.rows.len());
}

#[test]
fn budgets_and_incentives_add_up() {
    let p = pack();
    let scenarios: Vec<_> = p.scenarios.iter().collect();
    let c = budgets_by_industry(&scenarios, Lang::Zh);
    let sum: f64 = p.scenarios.iter().map(|s| s.budget.max).sum();
    assert!((total(&c.series[0].values) - sum).abs() < 1e-6);
    assert!(
        c.series[0].values.windows(2).all(|w| w[0] >= w[1]),
        "largest first"
    );
    let incentives: Vec<_> = p.incentives.iter().collect();
    let c = incentives_by_category(&incentives, Lang::Zh);
    assert_eq!(total(&c.series[0].values) as usize, p.incentives.len());
    assert!(incentives_by_category(&[], Lang::Zh).is_empty());
}

#[test]
fn the_two_tracks_side_by_side_hold_every_project_once() {
    let p = pack();
    let projects: Vec<_> = p.projects.iter().collect();
    let c = investment_by_kind(&projects, Lang::Zh);
    let sum: f64 = p.projects.iter().map(|x| x.investment.0).sum();
    assert!((total(&c.series[0].values) + total(&c.series[1].values) - sum).abs() < 1e-6);
    for i in 0..c.rows.len() {
        let in_both = c.series[0].values[i] > 0.0 && c.series[1].values[i] > 0.0;
        assert!(!in_both, "a type belongs to one track");
    }
}

#[test]
fn a_zone_chart_counts_its_open_offers() {
    let p = pack();
    let z = &p.zones[0];
    let c = shared::chart::zone_offers(p, z, Lang::Zh);
    let total: f64 = c.series.iter().map(|s| s.values.iter().sum::<f64>()).sum();
    let layers = p.open_now(&z.id);
    let open = shared::geo::chosen_offers(&layers, &shared::geo::Layer::ALL)
        + p.incentives
            .iter()
            .filter(|i| i.zone == z.id && i.status == shared::model::IncentiveStatus::Active)
            .count();
    assert_eq!(total as usize, open);
    assert_eq!(c.rows.len(), 5);
    // Its rows name each kind: no legend, whose river swatch would claim the scenarios' bars.
    assert!(c.series.iter().all(|s| s.name.is_empty()));
}

proptest::proptest! {
    /// The axis always holds the longest bar, in a few round steps, and no bar runs past it.
    #[test]
    fn the_axis_holds_every_bar(values in proptest::collection::vec((0.0f64..1e9, 0.0f64..1e9), 1..20)) {
        let c = shared::chart::Chart {
            title: String::new(),
            unit: String::new(),
            rows: values.iter().map(|_| String::new()).collect(),
            series: vec![
                shared::chart::Series { name: "a".into(), tone: Tone::River, values: values.iter().map(|v| v.0).collect() },
                shared::chart::Series { name: "b".into(), tone: Tone::Air, values: values.iter().map(|v| v.1).collect() },
            ],
            table_head: vec![],
            table: vec![],
        };
        let (end, ticks) = c.axis();
        proptest::prop_assert!(end >= c.max());
        proptest::prop_assert!(end <= c.max() * 2.5 + 1.0);
        proptest::prop_assert!((2..=11).contains(&ticks.len()), "{} ticks", ticks.len());
        proptest::prop_assert_eq!(*ticks.last().unwrap(), end);
        for row in 0..c.rows.len() {
            let shares: f64 = c.bars(row).iter().map(|b| b.2).sum();
            proptest::prop_assert!(shares <= 100.0 + 1e-9);
        }
        // A floating bar of no length is still drawn, and stays in its track.
        let mut floating = c.clone();
        floating.series[0].tone = Tone::Hidden;
        floating.series[1].values = vec![0.0; values.len()];
        for row in 0..floating.rows.len() {
            let bars = floating.bars(row);
            if bars[0].1 > 0.0 {
                proptest::prop_assert!(bars[1].2 > 0.0);
            }
            proptest::prop_assert!(bars.iter().map(|b| b.2).sum::<f64>() <= 100.0 + 1e-9);
        }
    }
}
