//! Rules of the model and the home page's figures, on the bundled pack and on small examples.

use std::path::PathBuf;

use proptest::prelude::*;
use shared::i18n::Lang;
use shared::load::load_dir;
use shared::model::{Membership, ProjectKind, ProjectStatus, ScenarioStatus, Track};
use shared::route::{AppUrl, Route};
use shared::values::{Date, Mu, Text};
use shared::RecordKind;

fn pack() -> shared::Pack {
    load_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/data"))
        .unwrap()
        .pack
}

#[test]
fn headline_figures_follow_the_records() {
    let mut p = pack();
    let h = p.headline();
    assert_eq!(h.member_zones, 17);
    assert_eq!(h.guest_zones, 1);
    assert_eq!(
        h.provinces, 5,
        "members span Jiangsu, Anhui, Shandong, Henan, Hubei"
    );
    let open = p
        .scenarios
        .iter()
        .filter(|s| s.status == ScenarioStatus::Open)
        .count();
    assert_eq!(h.open_scenarios, open);
    // Closing one open scenario changes the figures by exactly its share.
    let i = p
        .scenarios
        .iter()
        .position(|s| s.status == ScenarioStatus::Open)
        .unwrap();
    let max = p.scenarios[i].budget.max;
    p.scenarios[i].status = ScenarioStatus::Closed;
    let after = p.headline();
    assert_eq!(after.open_scenarios, h.open_scenarios - 1);
    assert!((h.open_scenario_budget - after.open_scenario_budget - max).abs() < 1e-9);
    // The tracks' figures are of open projects too: one rule for every home figure.
    let open_projects = p
        .projects
        .iter()
        .filter(|x| x.status == ProjectStatus::Open)
        .count();
    assert_eq!(h.river_projects + h.air_projects, open_projects);
    assert!(
        open_projects < p.projects.len(),
        "the pack has projects that are not open"
    );
}

#[test]
fn a_glance_is_the_packs_figures_and_reads_back_unchanged() {
    let mut p = pack();
    let g = p.glance();
    assert_eq!(g.pack_version, p.manifest.pack_version);
    assert_eq!(g.headline, p.headline());
    assert_eq!(g.zones.len(), p.zones.len());
    for (zg, z) in g.zones.iter().zip(&p.zones) {
        assert_eq!(zg.id, z.id.as_str());
        assert_eq!(zg.open, p.open_now(&z.id));
        assert_eq!((zg.lon, zg.lat), (z.lon.0, z.lat.0));
    }
    assert_eq!(shared::Glance::parse(&g.to_json()), Some(g.clone()));
    assert_eq!(shared::Glance::parse("{}"), None);
    // A record that changes under the same version changes the glance: the app then shows
    // the pack, not the glance (app/src/web/data.rs).
    let i = p
        .scenarios
        .iter()
        .position(|s| s.status == ScenarioStatus::Open)
        .unwrap();
    p.scenarios[i].status = ScenarioStatus::Closed;
    assert_ne!(p.glance(), g);
}

#[test]
fn guest_zone_is_not_counted_as_a_member() {
    let p = pack();
    let sanyuan = p.zone("sanyuan").unwrap();
    assert_eq!(sanyuan.membership, Membership::Guest);
    assert!(sanyuan.national_since.is_none());
}

#[test]
fn every_project_kind_belongs_to_one_track() {
    let river = ProjectKind::ALL
        .iter()
        .filter(|k| k.track() == Track::InlandRiver)
        .count();
    let air = ProjectKind::ALL
        .iter()
        .filter(|k| k.track() == Track::LowAltitude)
        .count();
    assert_eq!((river, air), (5, 5));
}

#[test]
fn hectares_are_derived_from_mu() {
    assert!((Mu(150.0).hectares() - 10.0).abs() < 1e-12);
}

#[test]
fn text_falls_back_to_the_other_language() {
    let t = Text::new("低空物流", "");
    let en = t.get(Lang::En);
    assert_eq!((en.text, en.fallback), ("低空物流", true));
    assert_eq!(t.missing(), Some(Lang::En));
    assert!(!Text::new("a", "b").get(Lang::Zh).fallback);
}

#[test]
fn days_between_dates() {
    let a = Date::parse("2026-11-27").unwrap();
    let b = Date::parse("2027-01-01").unwrap();
    assert_eq!(a.days_until(b), 35);
    assert_eq!(b.days_until(a), -35);
    assert!(Date::parse("2026-2-1").is_none());
    assert!(Date::parse("2026-02-29").is_none());
    assert_eq!(Date::parse("2028-02-29").unwrap().to_string(), "2028-02-29");
}

fn route_strategy() -> impl Strategy<Value = Route> {
    let section = prop::sample::select(RecordKind::ALL.to_vec());
    prop_oneof![
        Just(Route::Home),
        Just(Route::RiverAir),
        Just(Route::Alliance),
        Just(Route::EmbedBuilder),
        section.clone().prop_map(Route::List),
        (section, "[a-z0-9\\-]{1,20}|\\PC{1,12}").prop_map(|(s, id)| Route::Detail(s, id)),
    ]
}

proptest! {
    #[test]
    fn every_url_survives_a_round_trip(
        route in route_strategy(),
        query in prop::collection::vec(("[a-z]{1,8}", "\\PC{0,12}"), 0..4),
    ) {
        let url = AppUrl { route, query };
        let parsed = AppUrl::parse(&url.to_fragment());
        prop_assert_eq!(parsed, url);
    }

    #[test]
    fn any_fragment_parses_without_panicking(fragment in "\\PC{0,40}") {
        let url = AppUrl::parse(&fragment);
        // Whatever was typed, what we write back parses to the same thing.
        prop_assert_eq!(AppUrl::parse(&url.to_fragment()), url);
    }
}
