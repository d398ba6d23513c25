//! Problems found in a data pack, and the rules that hold across records (unique ids, references,
//! date order, contacts, translations). Field-level checks live in [`crate::schema`].

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;

use crate::model::{Contact, FileKind, Listing};
use crate::pack::Pack;
use crate::schema::{Issue, IssueKind};
use crate::values::Id;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// What kind of problem, so that tests and the UI can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    FileMissing,
    Syntax,
    NotAList,
    MissingField,
    UnknownField,
    InvalidValue,
    DuplicateId,
    UnknownReference,
    DateOrder,
    NoContactMeans,
    MissingTranslation,
}

/// One problem, with everything a zone officer needs to find and fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: ProblemKind,
    /// File name relative to the data folder, e.g. `scenarios.json`.
    pub file: String,
    /// JSON path (`$[3].budget.max`) or, for syntax errors, `line 4, column 17`.
    pub path: String,
    /// The offending value as written (empty when something is missing).
    pub found: String,
    /// What would be accepted, in plain words.
    pub expected: String,
}

impl Problem {
    pub fn error(kind: ProblemKind, file: &str, path: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            kind,
            file: file.to_string(),
            path: path.into(),
            found: String::new(),
            expected: String::new(),
        }
    }

    pub fn found(mut self, found: impl Into<String>) -> Self {
        self.found = found.into();
        self
    }

    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = expected.into();
        self
    }

    fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// A short headline for the kind of problem.
    pub fn headline(&self) -> &'static str {
        match self.kind {
            ProblemKind::FileMissing => "file could not be read",
            ProblemKind::Syntax => "not valid JSON",
            ProblemKind::NotAList => "file is not a list of records",
            ProblemKind::MissingField => "missing field",
            ProblemKind::UnknownField => "unknown field",
            ProblemKind::InvalidValue => "invalid value",
            ProblemKind::DuplicateId => "duplicate id",
            ProblemKind::UnknownReference => "refers to a record that does not exist",
            ProblemKind::DateOrder => "dates in the wrong order",
            ProblemKind::NoContactMeans => "contact cannot be reached",
            ProblemKind::MissingTranslation => "missing translation",
        }
    }

    pub(crate) fn from_issue(file: &str, issue: Issue) -> Problem {
        let kind = match issue.kind {
            IssueKind::Missing => ProblemKind::MissingField,
            IssueKind::Unknown => ProblemKind::UnknownField,
            IssueKind::Invalid => ProblemKind::InvalidValue,
        };
        Problem::error(kind, file, issue.path)
            .found(issue.found)
            .expected(issue.expected)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{level}: {} {}: {}",
            self.file,
            self.path,
            self.headline()
        )?;
        if !self.found.is_empty() {
            write!(f, "; found {}", self.found)?;
        }
        if !self.expected.is_empty() {
            write!(f, "; expected {}", self.expected)?;
        }
        Ok(())
    }
}

/// Warns about every bilingual text in `value` with one side empty.
/// Fields quoted from sources in one language (zones' river and low-altitude notes).
const QUOTED: [&str; 2] = ["river_notes", "low_altitude_notes"];

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
                            .expected(format!(
                                "the same text in {}",
                                if lang == "zh" { "Chinese" } else { "English" }
                            ))
                            .warning(),
                        );
                    }
                }
            } else {
                for (k, v) in map {
                    // Research notes are quoted in the language they were written in, and the
                    // app marks them as such: not a translation to chase.
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
    files: &HashMap<FileKind, String>,
    declared_zones: &[String],
    out: &mut Vec<Problem>,
) {
    let name = |kind: FileKind| {
        files
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| format!("{}.json", kind.as_str()))
    };
    let zones_file = name(FileKind::Zones);
    let zone_ids: HashSet<&str> = pack
        .zones
        .iter()
        .map(|z| z.id.as_str())
        .chain(declared_zones.iter().map(String::as_str))
        .collect();

    unique_ids(&zones_file, pack.zones.iter().map(|z| &z.id), out);
    if !zone_ids.contains(pack.manifest.alliance.secretariat.as_str()) {
        out.push(
            Problem::error(
                ProblemKind::UnknownReference,
                "manifest.json",
                "$.alliance.secretariat",
            )
            .found(format!("\"{}\"", pack.manifest.alliance.secretariat))
            .expected(format!("the id of a zone in {zones_file}")),
        );
    }

    listings(
        &name(FileKind::Scenarios),
        &pack.scenarios,
        &zone_ids,
        &zones_file,
        out,
    );
    listings(
        &name(FileKind::Projects),
        &pack.projects,
        &zone_ids,
        &zones_file,
        out,
    );
    listings(
        &name(FileKind::Parcels),
        &pack.parcels,
        &zone_ids,
        &zones_file,
        out,
    );
    listings(
        &name(FileKind::Incentives),
        &pack.incentives,
        &zone_ids,
        &zones_file,
        out,
    );

    let file = name(FileKind::Scenarios);
    for (i, s) in pack.scenarios.iter().enumerate() {
        if s.deadline < s.published {
            out.push(
                Problem::error(ProblemKind::DateOrder, &file, format!("$[{i}].deadline"))
                    .found(format!("\"{}\"", s.deadline))
                    .expected(format!(
                        "a deadline on or after the publication date {}",
                        s.published
                    )),
            );
        }
    }
    let file = name(FileKind::Incentives);
    for (i, inc) in pack.incentives.iter().enumerate() {
        if inc.valid_until < inc.valid_from {
            out.push(
                Problem::error(ProblemKind::DateOrder, &file, format!("$[{i}].valid_until"))
                    .found(format!("\"{}\"", inc.valid_until))
                    .expected(format!("a date on or after valid_from {}", inc.valid_from)),
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
                    .expected(format!("the id of a zone in {zones_file}")),
                );
            }
        }
    }
    for (i, z) in pack.zones.iter().enumerate() {
        if let Some(c) = &z.contact {
            contact_means(&zones_file, &format!("$[{i}].contact"), c, out);
        }
    }
}

fn listings<T: Listing>(
    file: &str,
    records: &[T],
    zone_ids: &HashSet<&str>,
    zones_file: &str,
    out: &mut Vec<Problem>,
) {
    unique_ids(file, records.iter().map(|r| r.id()), out);
    for (i, r) in records.iter().enumerate() {
        if !zone_ids.contains(r.zone().as_str()) {
            out.push(
                Problem::error(ProblemKind::UnknownReference, file, format!("$[{i}].zone"))
                    .found(format!("\"{}\"", r.zone()))
                    .expected(format!("the id of a zone in {zones_file}")),
            );
        }
        contact_means(file, &format!("$[{i}].contact"), r.contact(), out);
    }
}

fn contact_means(file: &str, path: &str, c: &Contact, out: &mut Vec<Problem>) {
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&c.phone) && blank(&c.email) && c.url.is_none() {
        out.push(
            Problem::error(ProblemKind::NoContactMeans, file, path)
                .expected("at least one of phone, email or url"),
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
                    .expected(format!(
                        "an id not used before (already used at $[{first}])"
                    )),
            );
        }
    }
}
