//! The explorer engine on generated packs: what one search keystroke, facet click, sort change
//! and incentive match cost, and how that grows with the pack.
//!
//! `make bench` generates the packs (tools/gen-pack, deterministic) and runs this with
//! `HUAIHE_PACKS=target/pack10k,target/pack100k`. The budget a keystroke has is one frame
//! (16 ms) of computation in the browser; wasm runs these loops roughly 1.5–2× slower than
//! native, so the native figures should stay well under 8 ms.

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::Bencher;
use shared::matching::Related as _;
use shared::query::{Bounds, Facet, ListQuery, Measure, Sort};
use shared::search::{Context, Index};
use shared::values::Date;
use shared::Pack;

fn main() {
    divan::main();
}

/// The packs to measure, smallest first, as (records, pack).
fn packs() -> &'static [(usize, Pack)] {
    static PACKS: OnceLock<Vec<(usize, Pack)>> = OnceLock::new();
    PACKS.get_or_init(|| {
        let dirs = std::env::var("HUAIHE_PACKS").unwrap_or_else(|_| "target/pack10k".into());
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut packs: Vec<(usize, Pack)> = dirs
            .split(',')
            .map(|d| {
                let dir = root.join(d.trim());
                let loaded = shared::load::load_dir(&dir)
                    .unwrap_or_else(|p| panic!("{}: {p:?} (run `make pack10k`)", dir.display()));
                let p = loaded.pack;
                let n = shared::RecordKind::listings().map(|k| p.len(k)).sum();
                (n, p)
            })
            .collect();
        packs.sort_by_key(|(n, _)| *n);
        packs
    })
}

fn today() -> Date {
    Date::parse("2026-11-27").expect("a valid date")
}

/// The benches' argument: the number of records of each pack (scenarios, projects, parcels
/// and incentives together).
fn sizes() -> Vec<usize> {
    packs().iter().map(|(n, _)| *n).collect()
}

fn pack(records: usize) -> &'static Pack {
    &packs()
        .iter()
        .find(|(n, _)| *n == records)
        .expect("a measured pack")
        .1
}

fn scenario_index(records: usize) -> Index {
    let pack = pack(records);
    let ctx = Context::new(pack, today());
    Index::build(&pack.scenarios, &ctx)
}

/// Building the scenario index (once per pack load).
#[divan::bench(args = sizes(), sample_count = 10)]
fn build_scenario_index(b: Bencher, i: usize) {
    b.bench(|| scenario_index(i));
}

/// A search keystroke: the text grows by one character, facets stay.
#[divan::bench(args = sizes())]
fn search_keystroke(b: Bencher, i: usize) {
    let index = scenario_index(i);
    let mut q = ListQuery::default();
    q.toggle(Facet::Province, "anhui", true);
    q.text = "低空物".into();
    let mut next = q.clone();
    next.text = "低空物流".into();
    b.bench(|| index.run(divan::black_box(&next)));
}

/// An English keystroke (word-prefix matching).
#[divan::bench(args = sizes())]
fn search_keystroke_english(b: Bencher, i: usize) {
    let index = scenario_index(i);
    let q = ListQuery {
        text: "drone insp".into(),
        ..ListQuery::default()
    };
    b.bench(|| index.run(divan::black_box(&q)));
}

/// A facet click with a range active: the results and every facet's counts.
#[divan::bench(args = sizes())]
fn facet_click(b: Bencher, i: usize) {
    let index = scenario_index(i);
    let mut q = ListQuery::default();
    q.set_range(
        Measure::Budget,
        Bounds {
            min: Some(500.0),
            max: None,
        },
    );
    q.toggle(Facet::Track, "low_altitude", true);
    q.toggle(Facet::Status, "open", true);
    b.bench(|| index.run(divan::black_box(&q)));
}

/// A sort change on the whole list.
#[divan::bench(args = sizes())]
fn sort_change(b: Bencher, i: usize) {
    let index = scenario_index(i);
    let q = ListQuery {
        sort: Some(Sort::Desc(Measure::Budget)),
        ..ListQuery::default()
    };
    b.bench(|| index.run(divan::black_box(&q)));
}

/// The incentives that apply to one parcel (a parcel's detail page).
#[divan::bench(args = sizes())]
fn incentives_for_a_parcel(b: Bencher, i: usize) {
    let pack = pack(i);
    let parcel = &pack.parcels[pack.parcels.len() / 2];
    b.bench(|| pack.incentives_for(divan::black_box(parcel)).len());
}

/// Loading and validating the pack from its JSON texts (what the browser does at start-up).
#[divan::bench(args = sizes(), sample_count = 5)]
fn load_and_validate(b: Bencher, i: usize) {
    let dirs = std::env::var("HUAIHE_PACKS").unwrap_or_else(|_| "target/pack10k".into());
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    // Same order as `packs()`: by size.
    let mut all: Vec<PathBuf> = dirs.split(',').map(|d| root.join(d.trim())).collect();
    all.sort_by_key(|d| {
        std::fs::read_dir(d)
            .map(|r| {
                r.filter_map(|e| e.ok()?.metadata().ok())
                    .map(|m| m.len())
                    .sum::<u64>()
            })
            .unwrap_or(0)
    });
    let rank = sizes()
        .iter()
        .position(|n| *n == i)
        .expect("a measured pack");
    let dir = all[rank].clone();
    b.bench(|| {
        shared::load::load_dir(&dir)
            .map(|l| l.pack.scenarios.len())
            .unwrap_or(0)
    });
}
