//! The rules that hold across the records of a pack: unique ids, references to zones, date
//! order, reachable contacts, translations. Field-level checks live in [`crate::schema`].

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::expected::Expected;
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::model::{Contact, Source, SourceKind, Zone};
use crate::pack::{Pack, Record};
use crate::problem::{Problem, ProblemKind};
use crate::values::Id;

/// Warns about every bilingual text in `value` with one side empty.
/// Fields quoted from sources in one language (zones' river and low-altitude notes).
const QUOTED: [&str; 1] = ["publisher"];

pub(crate) fn check_translations(file: &str, value: &Value, path: &str, out: &mut Vec<Problem>) {
    match value {
        Value::Object(map) => {
            let is_text = !map.is_empty() && map.keys().all(|k| k == "zh" || k == "en");
            if is_text {
                for (lang, other) in [("zh", "en"), ("en", "zh")] {
                    let empty = |k: &str| {
                        map.get(k)
                            .and_then(Value::as_str)
                            .is_none_or(|s| s.trim().is_empty())
                    };
                    if empty(lang) && !empty(other) {
                        out.push(
                            Problem::error(
                                ProblemKind::MissingTranslation,
                                file,
                                format!("{path}.{lang}"),
                            )
                            .found(crate::schema::show_value(&map[other]))
                            .expected(Expected::Translation(if lang == "zh" {
                                Lang::Zh
                            } else {
                                Lang::En
                            }))
                            .warning(),
                        );
                    }
                }
            } else {
                for (k, v) in map {
                    // A publisher's name is given as it is known: a website or a WeChat account
                    // may have no English name, and none is made up.
                    if QUOTED.contains(&k.as_str()) {
                        continue;
                    }
                    check_translations(file, v, &format!("{path}.{k}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_translations(file, v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Rules that hold across records. `files` maps each kind to its file name for messages.
/// `declared_zones` holds the ids of zones that failed their own checks, so that listings
/// referring to them are not reported twice.
pub(crate) fn check_pack(
    pack: &Pack,
    files: &HashMap<RecordKind, String>,
    declared_zones: &[String],
    out: &mut Vec<Problem>,
) {
    let name = |kind: RecordKind| {
        files
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| format!("{}.json", kind.as_str()))
    };
    let zones_file = name(RecordKind::Zones);
    let zone_ids: HashSet<&str> = pack
        .zones
        .iter()
        .map(|z| z.id.as_str())
        .chain(declared_zones.iter().map(String::as_str))
        .collect();

    if !zone_ids.contains(pack.manifest.alliance.secretariat.as_str()) {
        out.push(
            Problem::error(
                ProblemKind::UnknownReference,
                "manifest.json",
                "$.alliance.secretariat",
            )
            .found(format!("\"{}\"", pack.manifest.alliance.secretariat))
            .expected(Expected::ZoneId {
                file: zones_file.to_string(),
            }),
        );
    }
    source_addresses(
        "manifest.json",
        "$.alliance",
        &pack.manifest.alliance.sources,
        out,
    );
    zone_sourcing(&zones_file, &pack.zones, out);
    // Every kind: unique ids, a zone that exists, a contact that can be reached.
    for kind in RecordKind::ALL {
        let file = name(*kind);
        crate::with_kind!(*kind, T => common_rules(&file, T::list(pack), &zone_ids, &zones_file, out));
    }

    let file = name(RecordKind::Scenarios);
    for (i, s) in pack.scenarios.iter().enumerate() {
        if s.deadline < s.published {
            out.push(
                Problem::error(ProblemKind::DateOrder, &file, format!("$[{i}].deadline"))
                    .found(format!("\"{}\"", s.deadline))
                    .expected(Expected::DeadlineAfter {
                        published: s.published.to_string(),
                    }),
            );
        }
    }
    let file = name(RecordKind::Incentives);
    for (i, inc) in pack.incentives.iter().enumerate() {
        if inc.valid_until < inc.valid_from {
            out.push(
                Problem::error(ProblemKind::DateOrder, &file, format!("$[{i}].valid_until"))
                    .found(format!("\"{}\"", inc.valid_until))
                    .expected(Expected::ValidAfter {
                        valid_from: inc.valid_from.to_string(),
                    }),
            );
        }
        for (j, z) in inc.eligibility.zones.iter().enumerate() {
            if !zone_ids.contains(z.as_str()) {
                out.push(
                    Problem::error(
                        ProblemKind::UnknownReference,
                        &file,
                        format!("$[{i}].eligibility.zones[{j}]"),
                    )
                    .found(format!("\"{z}\""))
                    .expected(Expected::ZoneId {
                        file: zones_file.to_string(),
                    }),
                );
            }
        }
    }
}

fn common_rules<T: Record>(
    file: &str,
    records: &[T],
    zone_ids: &HashSet<&str>,
    zones_file: &str,
    out: &mut Vec<Problem>,
) {
    unique_ids(file, records.iter().map(|r| r.id()), out);
    for (i, r) in records.iter().enumerate() {
        if T::KIND != RecordKind::Zones && !zone_ids.contains(r.zone().as_str()) {
            out.push(
                Problem::error(ProblemKind::UnknownReference, file, format!("$[{i}].zone"))
                    .found(format!("\"{}\"", r.zone()))
                    .expected(Expected::ZoneId {
                        file: zones_file.to_string(),
                    }),
            );
        }
        if let Some(c) = r.contact() {
            contact_means(file, &format!("$[{i}].contact"), c, out);
        }
        source_addresses(file, &format!("$[{i}]"), r.sources(), out);
    }
}

/// A source without an address (`none`) has no `url`; a copy has the copy's.
pub(crate) fn source_addresses(file: &str, path: &str, list: &[Source], out: &mut Vec<Problem>) {
    for (j, src) in list.iter().enumerate() {
        let fits = match src.kind {
            SourceKind::Unlinked => src.url.is_none(),
            SourceKind::Copy => src.url.is_some(),
            SourceKind::Official | SourceKind::News => true,
        };
        if !fits {
            out.push(
                Problem::error(
                    ProblemKind::Sourcing,
                    file,
                    format!("{path}.sources[{j}].url"),
                )
                .found(
                    src.url
                        .as_ref()
                        .map_or_else(String::new, |u| format!("\"{}\"", u.as_str())),
                )
                .expected(Expected::UrlForKind),
            );
        }
    }
}

/// A zone shows a fact only while one of its sources supports it, and a source names only facts
/// the zone shows (a citation "supporting" something absent misleads the reader).
pub(crate) fn zone_sourcing(file: &str, zones: &[Zone], out: &mut Vec<Problem>) {
    for (i, z) in zones.iter().enumerate() {
        let shown: Vec<&'static str> = [
            ("name_en", true),
            ("industries", !z.industries.is_empty()),
            ("national_since", z.national_since.is_some()),
            ("river_notes", z.river_notes.is_some()),
            ("low_altitude_notes", z.low_altitude_notes.is_some()),
            ("key_figures", z.key_figures.is_some()),
        ]
        .into_iter()
        .filter_map(|(k, on)| on.then_some(k))
        .collect();
        for (j, src) in z.sources.iter().enumerate() {
            for (k, f) in src.supports.iter().enumerate() {
                if !shown.contains(&f.as_str()) {
                    out.push(
                        Problem::error(
                            ProblemKind::Sourcing,
                            file,
                            format!("$[{i}].sources[{j}].supports[{k}]"),
                        )
                        .found(format!("\"{f}\""))
                        .expected(Expected::ShownFact(shown.clone())),
                    );
                }
            }
        }
        for fact in shown.iter().filter(|f| **f != "name_en") {
            if !z
                .sources
                .iter()
                .any(|s| s.supports.iter().any(|f| f == fact))
            {
                out.push(
                    Problem::error(ProblemKind::Sourcing, file, format!("$[{i}].{fact}"))
                        .expected(Expected::SourceFor),
                );
            }
        }
    }
}

fn contact_means(file: &str, path: &str, c: &Contact, out: &mut Vec<Problem>) {
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&c.phone) && blank(&c.email) && c.url.is_none() {
        out.push(
            Problem::error(ProblemKind::NoContactMeans, file, path)
                .expected(Expected::ContactMeans),
        );
    }
}

fn unique_ids<'a>(file: &str, ids: impl Iterator<Item = &'a Id>, out: &mut Vec<Problem>) {
    let mut seen: HashMap<&Id, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id, i) {
            seen.insert(id, first);
            out.push(
                Problem::error(ProblemKind::DuplicateId, file, format!("$[{i}].id"))
                    .found(format!("\"{id}\""))
                    .expected(Expected::NewId { first }),
            );
        }
    }
}
