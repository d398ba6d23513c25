//! The investor's shortlist (issue 14): its written form in a link and in storage, migration and
//! reset of values it cannot trust, and records that are no longer listed.

mod common;
use common::pack;

use proptest::prelude::*;
use shared::shortlist::{Item, Notice, Shortlist, MAX_ITEMS, MAX_STORED};
use shared::RecordKind;

fn list(items: &[(RecordKind, &str)]) -> Shortlist {
    let mut s = Shortlist::default();
    for (kind, id) in items {
        s.add(Item::new(*kind, *id));
    }
    s
}

#[test]
fn a_link_and_a_stored_value_say_the_same_items_in_order() {
    let s = list(&[
        (RecordKind::Parcels, "pa-bengbu-003"),
        (RecordKind::Scenarios, "sc-yancheng-001"),
    ]);
    assert_eq!(
        s.to_param(),
        "parcels:pa-bengbu-003,scenarios:sc-yancheng-001"
    );
    assert_eq!(
        s.to_stored(),
        "v1|parcels:pa-bengbu-003,scenarios:sc-yancheng-001"
    );
    let read = Shortlist::from_stored(&s.to_stored());
    assert_eq!((read.shortlist, read.notices), (s.clone(), vec![]));
    let read = Shortlist::from_param(&s.to_param());
    assert_eq!((read.shortlist, read.notices), (s, vec![]));
}

#[test]
fn each_record_is_kept_once_and_toggles() {
    let mut s = Shortlist::default();
    let item = Item::new(RecordKind::Zones, "xuzhou");
    assert!(s.add(item.clone()));
    assert!(!s.add(item.clone()));
    assert_eq!(s.len(), 1);
    assert!(!s.toggle(item.clone()));
    assert!(s.is_empty());
    assert!(s.toggle(item.clone()));
    assert!(s.contains(&item));
    s.clear();
    assert!(s.is_empty());
}

#[test]
fn a_shared_link_merges_into_the_local_list_without_losing_either() {
    let local = list(&[(RecordKind::Parcels, "pa-1"), (RecordKind::Zones, "bengbu")]);
    let shared = list(&[
        (RecordKind::Zones, "bengbu"),
        (RecordKind::Incentives, "in-9"),
    ]);
    let merged = local.merged(&shared);
    assert_eq!(
        merged.to_param(),
        "parcels:pa-1,zones:bengbu,incentives:in-9"
    );
}

#[test]
fn an_older_value_is_migrated_and_said_so() {
    let read = Shortlist::from_stored("scenarios:sc-yancheng-001,zones:xuzhou");
    assert_eq!(read.notices, vec![Notice::Migrated]);
    assert_eq!(
        read.shortlist.to_param(),
        "scenarios:sc-yancheng-001,zones:xuzhou"
    );
}

#[test]
fn values_it_cannot_trust_start_afresh_with_a_notice() {
    for (value, notice) in [
        ("v2|scenarios:sc-1", Notice::Newer),
        ("v1x|scenarios:sc-1", Notice::Corrupt),
        ("{\"items\": [1, 2]}", Notice::Corrupt),
        ("\u{0}\u{1}garbage", Notice::Corrupt),
    ] {
        let read = Shortlist::from_stored(value);
        assert!(read.shortlist.is_empty(), "{value}");
        assert_eq!(read.notices, vec![notice], "{value}");
    }
    let huge = format!("v1|{}", "scenarios:sc-1,".repeat(MAX_STORED / 10));
    let read = Shortlist::from_stored(&huge);
    assert!(read.shortlist.is_empty());
    assert_eq!(read.notices, vec![Notice::Oversized]);
    // Nothing stored yet is an empty list, and nothing to say.
    assert_eq!(Shortlist::from_stored("").notices, vec![]);
}

#[test]
fn unreadable_items_are_dropped_and_counted_and_a_list_never_grows_past_its_limit() {
    let read =
        Shortlist::from_param("scenarios:sc-1,planets:mars,zones:,parcels:pa 2,zones:xuzhou");
    assert_eq!(read.shortlist.to_param(), "scenarios:sc-1,zones:xuzhou");
    assert_eq!(read.notices, vec![Notice::Dropped(3)]);
    let many: Vec<String> = (0..MAX_ITEMS + 5)
        .map(|i| format!("parcels:pa-{i}"))
        .collect();
    let read = Shortlist::from_param(&many.join(","));
    assert_eq!(read.shortlist.len(), MAX_ITEMS);
    assert_eq!(read.notices, vec![Notice::Truncated(5)]);
    let mut full = read.shortlist;
    assert!(!full.add(Item::new(RecordKind::Zones, "xuzhou")));
}

#[test]
fn records_no_longer_in_the_pack_are_shown_as_such_grouped_by_kind() {
    let pack = pack();
    let scenario = pack.scenarios[0].id.to_string();
    let zone = pack.zones[0].id.to_string();
    let s = list(&[
        (RecordKind::Zones, zone.as_str()),
        (RecordKind::Scenarios, "sc-gone-404"),
        (RecordKind::Scenarios, scenario.as_str()),
    ]);
    let groups = s.grouped(pack);
    let shape: Vec<(RecordKind, Vec<(String, bool)>)> = groups
        .into_iter()
        .map(|(k, items)| {
            (
                k,
                items
                    .into_iter()
                    .map(|(i, listed)| (i.id.clone(), listed))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        vec![
            (RecordKind::Zones, vec![(zone, true)]),
            (
                RecordKind::Scenarios,
                vec![("sc-gone-404".to_string(), false), (scenario, true)]
            ),
        ]
    );
}

fn shortlist() -> impl Strategy<Value = Shortlist> {
    let kind = prop::sample::select(RecordKind::ALL.to_vec());
    prop::collection::vec((kind, "[a-z0-9][a-z0-9._-]{0,20}"), 0..30).prop_map(|items| {
        let mut s = Shortlist::default();
        for (kind, id) in items {
            s.add(Item::new(kind, id));
        }
        s
    })
}

proptest! {
    #[test]
    fn any_shortlist_round_trips_through_storage_and_links(s in shortlist()) {
        let read = Shortlist::from_stored(&s.to_stored());
        prop_assert_eq!(read.notices, vec![]);
        prop_assert_eq!(&read.shortlist, &s);
        let read = Shortlist::from_param(&s.to_param());
        prop_assert_eq!(&read.shortlist, &s);
    }

    #[test]
    fn no_stored_value_breaks_the_reader(text in "\\PC{0,200}") {
        let read = Shortlist::from_stored(&text);
        prop_assert!(read.shortlist.len() <= MAX_ITEMS);
        // What it kept is written back as it reads.
        let again = Shortlist::from_stored(&read.shortlist.to_stored());
        prop_assert_eq!(again.shortlist, read.shortlist);
    }
}
