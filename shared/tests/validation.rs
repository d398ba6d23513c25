//! One test per kind of problem the validator reports, each on a copy of the bundled pack with
//! one thing broken, checking the file, the JSON path and the words a zone officer reads.

use std::path::PathBuf;

use serde_json::{json, Value};
use shared::load::{assemble, load_dir, parse_manifest};
use shared::model::FileEntry;
use shared::RecordKind;
use shared::{Loaded, Problem, ProblemKind, Severity};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/data")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(data_dir().join(name)).expect("bundled data file")
}

/// The bundled pack with `edit` applied to the JSON of `file` (e.g. "scenarios.json").
fn pack_with(file: &str, edit: impl FnOnce(&mut Value)) -> Loaded {
    let manifest = parse_manifest(&read("manifest.json")).expect("bundled manifest is valid");
    let mut edit = Some(edit);
    let texts = manifest
        .files
        .iter()
        .map(|f: &FileEntry| {
            let mut text = read(&f.path);
            if let Some(edit) = edit.take_if(|_| f.path == file) {
                let mut value: Value = serde_json::from_str(&text).unwrap();
                edit(&mut value);
                text = value.to_string();
            }
            (f.clone(), Ok(text))
        })
        .collect();
    assemble(manifest, texts)
}

fn only_error(loaded: &Loaded) -> &Problem {
    let errors: Vec<&Problem> = loaded.errors().collect();
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got {errors:#?}"
    );
    errors[0]
}

#[test]
fn bundled_pack_is_clean_and_complete() {
    let loaded = load_dir(&data_dir()).expect("manifest");
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    let p = &loaded.pack;
    assert_eq!(p.zones.len(), 18);
    assert!(p.scenarios.len() >= 120);
    assert!(p.projects.len() >= 40);
    assert!(p.parcels.len() >= 80);
    assert!(p.incentives.len() >= 50);
    for kind in [
        RecordKind::Scenarios,
        RecordKind::Projects,
        RecordKind::Parcels,
        RecordKind::Incentives,
    ] {
        assert!(p.is_sample(kind), "{kind:?} must be flagged as sample data");
    }
    assert!(
        !p.is_sample(RecordKind::Zones),
        "zone facts are real, not samples"
    );
}

#[test]
fn every_zone_has_listings_of_every_kind() {
    let loaded = load_dir(&data_dir()).unwrap();
    for z in &loaded.pack.zones {
        let counts = loaded.pack.zone_counts(&z.id);
        assert!(
            counts
                .iter()
                .all(|(kind, c)| *c > 0 || kind == RecordKind::Projects),
            "{}: {counts:?}",
            z.id
        );
    }
}

#[test]
fn syntax_error_names_line_and_column() {
    let manifest = parse_manifest(&read("manifest.json")).unwrap();
    let texts = manifest
        .files
        .iter()
        .map(|f| {
            let text = if f.kind == RecordKind::Parcels {
                "[\n  {\"id\": }\n]".into()
            } else {
                read(&f.path)
            };
            (f.clone(), Ok(text))
        })
        .collect();
    let loaded = assemble(manifest, texts);
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::Syntax);
    assert_eq!(p.file, "parcels.json");
    assert_eq!(p.path, "line 2, column 10");
    assert_eq!(p.place(shared::Lang::Zh), "第 2 行第 10 列");
    assert_eq!(
        p.text(shared::Lang::Zh),
        "错误：parcels.json 第 2 行第 10 列：不是有效的 JSON；应为 有效的 JSON（此处应有一个值）"
    );
    assert!(
        p.expected.to_string().starts_with("valid JSON"),
        "{}",
        p.expected.to_string()
    );
}

#[test]
fn missing_file_is_reported_with_the_reason() {
    let manifest = parse_manifest(&read("manifest.json")).unwrap();
    let texts = manifest
        .files
        .iter()
        .map(|f| {
            let text = if f.kind == RecordKind::Projects {
                Err(shared::expected::Unreachable::Status(
                    404,
                    "Not Found".into(),
                ))
            } else {
                Ok(read(&f.path))
            };
            (f.clone(), text)
        })
        .collect();
    let loaded = assemble(manifest, texts);
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::FileMissing);
    assert_eq!(p.file, "projects.json");
    assert!(p.found.to_string().contains("404"));
}

#[test]
fn a_file_that_is_not_a_list() {
    let loaded = pack_with("incentives.json", |v| *v = json!({"records": []}));
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::NotAList);
    assert_eq!(p.path, "$");
}

#[test]
fn missing_field() {
    let loaded = pack_with("scenarios.json", |v| {
        v[2].as_object_mut().unwrap().remove("deadline");
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::MissingField);
    assert_eq!(
        (p.file.as_str(), p.path.as_str()),
        ("scenarios.json", "$[2].deadline")
    );
    assert_eq!(p.expected.to_string(), "a date like 2026-03-31");
}

#[test]
fn unknown_field_suggests_the_closest_name() {
    let loaded = pack_with("parcels.json", |v| {
        let area = v[0]["area_mu"].clone();
        let obj = v[0].as_object_mut().unwrap();
        obj.remove("area_mu");
        obj.insert("area_muu".into(), area);
    });
    let problems: Vec<&Problem> = loaded.errors().collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    let unknown = problems
        .iter()
        .find(|p| p.kind == ProblemKind::UnknownField)
        .unwrap();
    assert_eq!(unknown.path, "$[0].area_muu");
    assert_eq!(
        unknown.expected.to_string(),
        "no such field; did you mean \"area_mu\"?"
    );
    let missing = problems
        .iter()
        .find(|p| p.kind == ProblemKind::MissingField)
        .unwrap();
    assert_eq!(missing.path, "$[0].area_mu");
}

#[test]
fn bad_enum_value_lists_the_allowed_ones() {
    let loaded = pack_with("scenarios.json", |v| v[0]["status"] = json!("opened"));
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::InvalidValue);
    assert_eq!(p.path, "$[0].status");
    assert_eq!(p.found.to_string(), "\"opened\"");
    assert_eq!(
        p.expected.to_string(),
        "one of: open, matching, awarded, closed"
    );
}

#[test]
fn wrong_type_says_what_was_expected() {
    let loaded = pack_with("projects.json", |v| v[1]["investment"] = json!("5000万"));
    let p = only_error(&loaded);
    assert_eq!(p.path, "$[1].investment");
    assert_eq!(
        p.expected.to_string(),
        "an amount in 万元 (units of 10,000 yuan), zero or more"
    );
}

#[test]
fn duplicate_ids() {
    let loaded = pack_with("incentives.json", |v| {
        let first = v[0]["id"].clone();
        v[5]["id"] = first;
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::DuplicateId);
    assert_eq!(p.path, "$[5].id");
    assert!(
        p.expected.to_string().contains("already used at $[0]"),
        "{}",
        p.expected.to_string()
    );
}

#[test]
fn unknown_zone_reference() {
    let loaded = pack_with("parcels.json", |v| v[3]["zone"] = json!("atlantis"));
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::UnknownReference);
    assert_eq!(
        (
            p.file.as_str(),
            p.path.as_str(),
            p.found.to_string().as_str()
        ),
        ("parcels.json", "$[3].zone", "\"atlantis\"")
    );
}

#[test]
fn unknown_zone_in_eligibility() {
    let loaded = pack_with("incentives.json", |v| {
        v[0]["eligibility"]["zones"] = json!(["xuzhou", "nowhere"])
    });
    let p = only_error(&loaded);
    assert_eq!(p.path, "$[0].eligibility.zones[1]");
}

#[test]
fn coordinates_out_of_range() {
    let loaded = pack_with("zones.json", |v| v[0]["lat"] = json!(133.35));
    let p = only_error(&loaded);
    assert_eq!(p.path, "$[0].lat");
    assert!(
        p.expected.to_string().contains("-90 to 90"),
        "{}",
        p.expected.to_string()
    );
}

#[test]
fn negative_money_and_area() {
    let loaded = pack_with("parcels.json", |v| {
        v[0]["price_wan_per_mu"] = json!(-3);
        v[1]["area_mu"] = json!(-50);
    });
    let paths: Vec<&str> = loaded.errors().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$[0].price_wan_per_mu", "$[1].area_mu"]);
    assert!(loaded
        .errors()
        .all(|p| p.expected.to_string().contains("must not be negative")));
}

#[test]
fn min_larger_than_max() {
    let loaded = pack_with("scenarios.json", |v| {
        v[4]["budget"] = json!({"min": 800, "max": 300})
    });
    let p = only_error(&loaded);
    assert_eq!(p.path, "$[4].budget");
    assert!(
        p.expected
            .to_string()
            .contains("min (800) must not be larger than max (300)"),
        "{}",
        p.expected.to_string()
    );
}

#[test]
fn deadline_before_publication() {
    let loaded = pack_with("scenarios.json", |v| {
        v[0]["published"] = json!("2026-05-01");
        v[0]["deadline"] = json!("2026-04-01");
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::DateOrder);
    assert_eq!(p.path, "$[0].deadline");
    assert!(p.expected.to_string().contains("2026-05-01"));
}

#[test]
fn impossible_date() {
    let loaded = pack_with("incentives.json", |v| {
        v[0]["valid_until"] = json!("2027-02-30")
    });
    let p = only_error(&loaded);
    assert_eq!(p.path, "$[0].valid_until");
    assert!(p.expected.to_string().contains("YYYY-MM-DD"));
}

#[test]
fn only_safe_link_schemes() {
    let loaded = pack_with("zones.json", |v| {
        v[1]["sources"][0]["url"] = json!("javascript:alert(1)")
    });
    let p = only_error(&loaded);
    assert_eq!(p.path, "$[1].sources[0].url");
    assert!(
        p.expected.to_string().contains("https://"),
        "{}",
        p.expected.to_string()
    );
}

/// The index of the first bundled zone and of its first source that matches `f`.
fn zone_source(f: impl Fn(&Value, &Value) -> bool) -> (usize, usize) {
    let zones: Value = serde_json::from_str(&read("zones.json")).unwrap();
    zones
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .find_map(|(i, z)| {
            let sources = z["sources"].as_array()?;
            let j = sources.iter().position(|s| f(z, s))?;
            Some((i, j))
        })
        .expect("a bundled zone with such a source")
}

#[test]
fn a_fact_no_source_supports_is_an_error() {
    // A zone keeps a fact that only an unfit citation supported: drop the citation, keep the fact.
    let (i, _) = zone_source(|z, _| {
        let n = z["sources"].as_array().unwrap();
        z["national_since"].is_number()
            && n.iter()
                .filter(|s| {
                    s["supports"]
                        .as_array()
                        .unwrap()
                        .contains(&json!("national_since"))
                })
                .count()
                == 1
    });
    let loaded = pack_with("zones.json", |v| {
        for s in v[i]["sources"].as_array_mut().unwrap() {
            s["supports"]
                .as_array_mut()
                .unwrap()
                .retain(|f| f != "national_since");
        }
        v[i]["sources"]
            .as_array_mut()
            .unwrap()
            .retain(|s| !s["supports"].as_array().unwrap().is_empty());
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::Sourcing);
    assert_eq!(p.path, format!("$[{i}].national_since"));
    assert!(p.to_string().contains("supports"), "{p}");
}

#[test]
fn a_source_supporting_a_fact_the_zone_does_not_show_is_an_error() {
    let (i, j) = zone_source(|z, _| z.get("low_altitude_notes").is_none());
    let loaded = pack_with("zones.json", |v| {
        v[i]["sources"][j]["supports"] = json!(["industries", "low_altitude_notes"]);
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::Sourcing);
    assert_eq!(p.path, format!("$[{i}].sources[{j}].supports[1]"));
    assert!(p.to_string().contains("industries"), "{p}");
}

#[test]
fn a_source_address_matches_its_kind() {
    let (i, j) = zone_source(|_, s| s["kind"] == "none");
    let loaded = pack_with("zones.json", |v| {
        v[i]["sources"][j]["url"] = json!("https://example.org/mirror");
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::Sourcing);
    assert_eq!(p.path, format!("$[{i}].sources[{j}].url"));
    let (i, j) = zone_source(|_, s| s["kind"] == "copy");
    let loaded = pack_with("zones.json", |v| {
        v[i]["sources"][j].as_object_mut().unwrap().remove("url");
    });
    assert_eq!(only_error(&loaded).path, format!("$[{i}].sources[{j}].url"));
}

#[test]
fn a_publication_month_is_a_date_but_not_a_thirteenth_month() {
    let (i, j) = zone_source(|_, s| s.get("published").is_some());
    let loaded = pack_with("zones.json", |v| {
        v[i]["sources"][j]["published"] = json!("2025-11")
    });
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    let loaded = pack_with("zones.json", |v| {
        v[i]["sources"][j]["published"] = json!("2025-13")
    });
    let p = only_error(&loaded);
    assert_eq!(p.path, format!("$[{i}].sources[{j}].published"));
    assert!(p.to_string().contains("YYYY-MM"), "{p}");
}

#[test]
fn contact_needs_a_way_to_reach_someone() {
    let loaded = pack_with("projects.json", |v| {
        v[0]["contact"] = json!({"name": {"zh": "招商局", "en": "Bureau"}});
    });
    let p = only_error(&loaded);
    assert_eq!(p.kind, ProblemKind::NoContactMeans);
    assert_eq!(p.path, "$[0].contact");
}

#[test]
fn missing_translation_is_a_warning_not_an_error() {
    let loaded = pack_with("scenarios.json", |v| v[0]["title"]["en"] = json!(""));
    assert!(loaded.is_valid());
    let w: Vec<&Problem> = loaded.warnings().collect();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].severity, Severity::Warning);
    assert_eq!(w[0].kind, ProblemKind::MissingTranslation);
    assert_eq!(w[0].path, "$[0].title.en");
}

#[test]
fn all_problems_are_reported_not_just_the_first() {
    let loaded = pack_with("scenarios.json", |v| {
        v[0]["status"] = json!("opened");
        v[0]["budget"] = json!({"min": 9, "max": 1});
        v[0].as_object_mut().unwrap().remove("deadline");
        v[7]["industry"] = json!("mining");
        v[9]["contact"]["url"] = json!("ftp://example.org");
    });
    let paths: Vec<&str> = loaded.errors().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$[0].budget",
            "$[0].status",
            "$[0].deadline",
            "$[7].industry",
            "$[9].contact.url"
        ]
    );
    // The other records stay usable.
    assert_eq!(loaded.pack.scenarios.len(), 126 - 3);
}

#[test]
fn manifest_problems_are_all_listed() {
    let mut manifest: Value = serde_json::from_str(&read("manifest.json")).unwrap();
    manifest["updated"] = json!("yesterday");
    manifest["files"][1]["path"] = json!("../secrets.json");
    manifest["files"].as_array_mut().unwrap().remove(4);
    let problems = parse_manifest(&manifest.to_string()).unwrap_err();
    assert_eq!(
        problems.len(),
        1,
        "field errors stop before file checks: {problems:#?}"
    );
    assert_eq!(problems[0].path, "$.updated");
    manifest["updated"] = json!("2026-11-27");
    let problems = parse_manifest(&manifest.to_string()).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.files[1].path"]);
}

#[test]
fn a_pack_may_leave_out_a_kind_with_a_warning() {
    // A zone that publishes only some kinds: the others are empty lists, and the officer is
    // told, in case the entry was forgotten; nothing else changes.
    let mut manifest: Value = serde_json::from_str(&read("manifest.json")).unwrap();
    manifest["files"]
        .as_array_mut()
        .unwrap()
        .retain(|f| f["kind"] != "incentives" && f["kind"] != "projects");
    let manifest = parse_manifest(&manifest.to_string()).expect("a manifest without two kinds");
    let texts = manifest
        .files
        .iter()
        .map(|f| (f.clone(), Ok(read(&f.path))))
        .collect();
    let loaded = assemble(manifest, texts);
    assert!(
        loaded.is_valid(),
        "{:#?}",
        loaded.errors().collect::<Vec<_>>()
    );
    assert!(loaded.pack.incentives.is_empty() && loaded.pack.projects.is_empty());
    assert_eq!(
        loaded.pack.scenarios.len(),
        load_dir(&data_dir()).unwrap().pack.scenarios.len()
    );
    let warned: Vec<String> = loaded
        .warnings()
        .filter(|p| p.path == "$.files")
        .map(|p| p.expected.to_string())
        .collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert!(warned.iter().any(|w| w.contains("incentives")));
    assert!(warned.iter().any(|w| w.contains("projects")));
}

#[test]
fn problems_read_as_one_line_each() {
    let loaded = pack_with("scenarios.json", |v| v[0]["status"] = json!("opened"));
    assert_eq!(
        only_error(&loaded).to_string(),
        "error: scenarios.json $[0].status: invalid value; found \"opened\"; expected one of: open, matching, awarded, closed"
    );
}
