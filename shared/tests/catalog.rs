//! The catalog: one value per load, whose indexes belong to that load and to one day.

mod common;

use shared::load::load_dir;
use shared::query::ListQuery;
use shared::values::Date;
use shared::{Catalog, RecordKind};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn a_reloaded_pack_never_sees_the_indexes_of_the_one_before() {
    // "Try again" after a zone officer fixed a file: the first pack had every scenario, the
    // second only the first ten. Each catalog answers from its own records.
    let full = Catalog::new(load_dir(&common::data_dir()).unwrap(), None);
    let today = day("2026-11-27");
    let before = full.index(RecordKind::Scenarios, today);
    assert_eq!(before.len(), common::pack().scenarios.len());
    drop(before);
    let mut smaller = load_dir(&common::data_dir()).unwrap();
    smaller.pack.scenarios.truncate(10);
    drop(full);
    let reloaded = Catalog::new(smaller, None);
    let after = reloaded.index(RecordKind::Scenarios, today);
    assert_eq!(after.len(), 10);
    assert_eq!(after.run(&ListQuery::default()).hits.len(), 10);
}

#[test]
fn an_index_is_built_once_per_day_and_again_the_next_day() {
    let catalog = Catalog::new(load_dir(&common::data_dir()).unwrap(), None);
    let monday = day("2026-11-30");
    let first = catalog.index(RecordKind::Scenarios, monday);
    let again = catalog.index(RecordKind::Scenarios, monday);
    assert!(std::sync::Arc::ptr_eq(&first, &again), "kept for the day");
    // A kiosk left running overnight: deadline windows move with the day.
    let tuesday = day("2026-12-01");
    let next = catalog.index(RecordKind::Scenarios, tuesday);
    assert!(
        !std::sync::Arc::ptr_eq(&first, &next),
        "built again for a new day"
    );
    let due = |index: &shared::search::Index| {
        index
            .run(&ListQuery::default())
            .facet_counts
            .into_iter()
            .find(|(f, _)| *f == shared::query::Facet::Due)
            .map(|(_, values)| values)
            .unwrap()
    };
    let far_apart = catalog.index(RecordKind::Scenarios, day("2027-06-01"));
    assert_ne!(
        due(&first),
        due(&far_apart),
        "windows follow the day asked for"
    );
    let _ = next;
}

#[test]
fn every_kind_has_its_index_and_its_place_in_the_navigation() {
    let catalog = Catalog::new(load_dir(&common::data_dir()).unwrap(), None);
    let nav = shared::present::nav_items(shared::Lang::Zh);
    for kind in RecordKind::ALL {
        let index = catalog.index(*kind, day("2026-11-27"));
        assert_eq!(index.len(), catalog.pack.len(*kind), "{kind:?}");
        assert!(
            nav.iter()
                .any(|(route, _)| *route == shared::route::Route::List(*kind)),
            "{kind:?} has no place in the navigation"
        );
    }
}
