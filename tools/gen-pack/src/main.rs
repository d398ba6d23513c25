//! Deterministic generator of the illustrative sample listings of the data pack.
//!
//! ```text
//! cargo run -p gen-pack -- public/data                  # the bundled sample listings
//! cargo run -p gen-pack -- --records 10000 /tmp/pack10k # a complete larger pack for benchmarks
//! ```
//!
//! The bundled mode reads `zones.json` from the folder and writes scenarios.json, projects.json,
//! parcels.json and incentives.json next to it (never touching zones.json or manifest.json).
//! The `--records` mode copies manifest.json, zones.json and basemap.json from `public/data` (or `--from DIR`)
//! into the output folder and writes about that many listing records over the four kinds.
//! Every record is built from the typed model in `shared::model`, so the output always fits it.
//! No randomness comes from the OS or the clock: the same inputs give byte-identical files.

mod checks;
mod incentives;
mod parcels;
mod profiles;
mod projects;
mod scenarios;
mod util;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;
use shared::model::Zone;

use crate::util::Ctx;

/// Records of each kind per zone, in zones.json order.
struct Counts {
    scenarios: Vec<usize>,
    projects: Vec<usize>,
    parcels: Vec<usize>,
    incentives: Vec<usize>,
}

pub struct Generated {
    pub scenarios: Vec<shared::model::Scenario>,
    pub projects: Vec<shared::model::Project>,
    pub parcels: Vec<shared::model::LandParcel>,
    pub incentives: Vec<shared::model::Incentive>,
}

const USAGE: &str = "usage: gen-pack [--records N] [--from DATA_DIR] OUT_DIR";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-pack: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut records: Option<usize> = None;
    let mut from: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--records" => {
                let n = it.next().ok_or(USAGE)?;
                let n: usize = n
                    .parse()
                    .map_err(|_| format!("--records wants a number, got {n:?}"))?;
                records = Some(n);
            }
            "--from" => from = Some(PathBuf::from(it.next().ok_or(USAGE)?)),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if out.is_none() && !arg.starts_with('-') => out = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    let out = out.ok_or(USAGE)?;

    let source = match (&records, from) {
        (_, Some(dir)) => dir,
        (Some(_), None) => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data"),
        (None, None) => out.clone(),
    };
    let zones = read_zones(&source.join("zones.json"))?;
    let ctxs: Vec<Ctx> = zones
        .iter()
        .enumerate()
        .map(|(index, zone)| {
            let profile = profiles::profile(zone.id.as_str()).ok_or_else(|| {
                format!(
                    "no profile for zone {:?} in src/profiles.rs",
                    zone.id.as_str()
                )
            })?;
            Ok(Ctx {
                zone,
                profile,
                index,
                sectors: profiles::sample_sectors(zone),
            })
        })
        .collect::<Result<_, String>>()?;

    if let Some(n) = records {
        // Projects get the smallest share (15%); every zone needs at least one of each kind.
        if n * 15 / 100 < ctxs.len() {
            let least = (ctxs.len() * 100).div_ceil(15);
            return Err(format!(
                "--records must be at least {least} for {} zones",
                ctxs.len()
            ));
        }
    }
    let counts = match records {
        None => bundled_counts(&ctxs),
        Some(n) => spread(n, ctxs.len()),
    };
    let pack = generate(&ctxs, &zones, &counts);
    let problems = checks::check(&ctxs, &pack, records.is_none());
    if !problems.is_empty() {
        return Err(format!(
            "generated pack breaks its own rules:\n  {}",
            problems.join("\n  ")
        ));
    }

    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    if records.is_some() {
        for name in ["manifest.json", "zones.json", "basemap.json"] {
            let (src, dst) = (source.join(name), out.join(name));
            if src.canonicalize().ok() != dst.canonicalize().ok() {
                std::fs::copy(&src, &dst).map_err(|e| format!("copying {}: {e}", src.display()))?;
            }
        }
    }
    write(&out.join("scenarios.json"), &pack.scenarios)?;
    write(&out.join("projects.json"), &pack.projects)?;
    write(&out.join("parcels.json"), &pack.parcels)?;
    write(&out.join("incentives.json"), &pack.incentives)?;
    report(&ctxs, &pack, &out);
    Ok(())
}

fn read_zones(path: &Path) -> Result<Vec<Zone>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The bundled pack: 7 scenarios, 2–3 projects (3 where both tracks fit), 5 parcels and 4
/// incentives per zone.
fn bundled_counts(ctxs: &[Ctx]) -> Counts {
    let projects = ctxs
        .iter()
        .map(|c| {
            let tracks: std::collections::BTreeSet<_> =
                c.profile.kinds.iter().map(|k| k.track()).collect();
            if tracks.len() > 1 {
                3
            } else {
                2
            }
        })
        .collect();
    Counts {
        scenarios: vec![7; ctxs.len()],
        projects,
        parcels: vec![5; ctxs.len()],
        incentives: vec![4; ctxs.len()],
    }
}

/// `total` records: 40% scenarios, 15% projects, 25% parcels, 20% incentives, spread evenly
/// over the zones.
fn spread(total: usize, zones: usize) -> Counts {
    let projects = total * 15 / 100;
    let parcels = total * 25 / 100;
    let incentives = total * 20 / 100;
    let scenarios = total - projects - parcels - incentives;
    let per_zone = |n: usize| {
        (0..zones)
            .map(|i| n / zones + usize::from(i < n % zones))
            .collect()
    };
    Counts {
        scenarios: per_zone(scenarios),
        projects: per_zone(projects),
        parcels: per_zone(parcels),
        incentives: per_zone(incentives),
    }
}

fn generate(ctxs: &[Ctx], zones: &[Zone], counts: &Counts) -> Generated {
    let width = |v: &[usize]| v.iter().copied().max().unwrap_or(0);
    let mut pack = Generated {
        scenarios: Vec::new(),
        projects: Vec::new(),
        parcels: Vec::new(),
        incentives: Vec::new(),
    };
    for (i, ctx) in ctxs.iter().enumerate() {
        pack.scenarios.extend(scenarios::generate(
            ctx,
            counts.scenarios[i],
            width(&counts.scenarios),
        ));
        pack.projects.extend(projects::generate(
            ctx,
            counts.projects[i],
            width(&counts.projects),
        ));
        pack.parcels.extend(parcels::generate(
            ctx,
            counts.parcels[i],
            width(&counts.parcels),
        ));
        pack.incentives.extend(incentives::generate(
            ctx,
            counts.incentives[i],
            width(&counts.incentives),
            zones,
        ));
    }
    pack
}

/// Pretty JSON, UTF-8 with Chinese unescaped, ending in a newline.
fn write<T: Serialize>(path: &Path, records: &[T]) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(records).map_err(|e| e.to_string())?;
    text.push('\n');
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Counts per kind and zone; output errors (such as a closed pipe) are ignored.
fn report(ctxs: &[Ctx], pack: &Generated, out: &Path) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let total =
        pack.scenarios.len() + pack.projects.len() + pack.parcels.len() + pack.incentives.len();
    let _ = writeln!(
        stdout,
        "{}: {} scenarios, {} projects, {} parcels, {} incentives ({total} records)",
        out.display(),
        pack.scenarios.len(),
        pack.projects.len(),
        pack.parcels.len(),
        pack.incentives.len(),
    );
    for ctx in ctxs {
        let z = &ctx.zone.id;
        let _ = writeln!(
            stdout,
            "  {:<13} sc {:>4}  pj {:>4}  lp {:>4}  in {:>4}",
            z.as_str(),
            pack.scenarios.iter().filter(|r| &r.zone == z).count(),
            pack.projects.iter().filter(|r| &r.zone == z).count(),
            pack.parcels.iter().filter(|r| &r.zone == z).count(),
            pack.incentives.iter().filter(|r| &r.zone == z).count(),
        );
    }
}
