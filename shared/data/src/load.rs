//! Loading a data pack: `manifest.json` names the data files; each file is a JSON list of records.
//! The same code runs in the browser (files fetched) and in the `validate` command (files read).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::expected::{Expected, Unreachable, Why};
use crate::kind::RecordKind;
use crate::model::{FileEntry, Manifest};
use crate::pack::Pack;
use crate::problem::{Problem, ProblemKind, Severity};
use crate::schema::{Checked, Issue, IssueKind};
use crate::validate::{check_pack, check_translations};

/// The name of the manifest inside a data folder.
pub const MANIFEST: &str = "manifest.json";

/// A pack with every problem found while loading it. Records that failed their checks are left
/// out of `pack`, so a caller may still show the valid ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub pack: Pack,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
    }

    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }
}

/// Reads `manifest.json`. On failure every problem found in it is returned.
pub fn parse_manifest(text: &str) -> Result<Manifest, Vec<Problem>> {
    let value = parse_json(MANIFEST, text).map_err(|p| vec![*p])?;
    let mut issues = Vec::new();
    let read = Manifest::read(&value, "$", &mut issues);
    let mut problems: Vec<Problem> = issues
        .into_iter()
        .map(|i| problem_of(MANIFEST, i))
        .collect();
    let Some(manifest) = read else {
        return Err(problems);
    };
    let mut seen = HashSet::new();
    for (i, f) in manifest.files.iter().enumerate() {
        if !seen.insert(f.kind) {
            problems.push(
                Problem::error(
                    ProblemKind::DuplicateId,
                    MANIFEST,
                    format!("$.files[{i}].kind"),
                )
                .found(format!("\"{}\"", f.kind.as_str()))
                .expected(Expected::KindOnce),
            );
        }
        if !is_plain_relative(&f.path) {
            problems.push(
                Problem::error(
                    ProblemKind::InvalidValue,
                    MANIFEST,
                    format!("$.files[{i}].path"),
                )
                .found(format!("\"{}\"", f.path))
                .expected(Expected::PlainPath),
            );
        }
    }
    if problems.is_empty() {
        Ok(manifest)
    } else {
        Err(problems)
    }
}

/// A path that stays inside the data folder: no scheme, no leading slash, no `..`.
fn is_plain_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(':')
        && !path.contains('\\')
        && path.split('/').all(|seg| !seg.is_empty() && seg != "..")
}

/// Builds the pack from the manifest and each file's text (or the reason it could not be read).
pub fn assemble(
    manifest: Manifest,
    texts: Vec<(FileEntry, Result<String, Unreachable>)>,
) -> Loaded {
    let mut pack = Assembler::new(manifest);
    for (entry, text) in texts {
        pack.add(entry, text);
    }
    pack.finish()
}

/// [`assemble`] one file at a time, so that the browser can read each file in a task of its
/// own (one long task would block input while a large pack is read) and check the whole pack
/// in a last one.
pub struct Assembler {
    pack: Pack,
    problems: Vec<Problem>,
    names: HashMap<RecordKind, String>,
    /// Ids of every zone written in zones.json, valid or not: a zone with a typo in one field
    /// must not turn every listing that refers to it into a second error.
    declared_zones: Vec<String>,
}

impl Assembler {
    pub fn new(manifest: Manifest) -> Assembler {
        // A pack may leave out a kind (a zone that publishes only scenarios): its list is
        // empty, and the officer is told, in case the entry was forgotten.
        let listed: HashSet<RecordKind> = manifest.files.iter().map(|f| f.kind).collect();
        let problems = RecordKind::ALL
            .iter()
            .filter(|k| !listed.contains(k))
            .map(|k| {
                Problem::error(ProblemKind::MissingField, MANIFEST, "$.files")
                    .expected(Expected::ManifestEntry(k.as_str()))
                    .warning()
            })
            .collect();
        Assembler {
            pack: Pack::empty(manifest),
            problems,
            names: HashMap::new(),
            declared_zones: Vec::new(),
        }
    }

    /// Reads one file listed in the manifest: its text, or why it could not be fetched.
    pub fn add(&mut self, entry: FileEntry, text: Result<String, Unreachable>) {
        self.names.insert(entry.kind, entry.path.clone());
        let text = match text {
            Ok(t) => t,
            Err(reason) => {
                self.problems.push(
                    Problem::error(ProblemKind::FileMissing, &entry.path, "")
                        .unreachable(reason)
                        .expected(Expected::ListedFile(entry.kind.as_str())),
                );
                return;
            }
        };
        let file = entry.path.as_str();
        let (pack, problems) = (&mut self.pack, &mut self.problems);
        // Zones keep the ids of every zone written, valid or not (see `declared_zones`).
        let mut scratch = Vec::new();
        let ids = if entry.kind == RecordKind::Zones {
            &mut self.declared_zones
        } else {
            &mut scratch
        };
        crate::with_kind!(entry.kind, T => *T::list_mut(pack) = parse_records(file, &text, problems, ids));
    }

    /// Checks the pack as a whole (references between files, translations) and hands it over.
    pub fn finish(mut self) -> Loaded {
        check_pack(
            &self.pack,
            &self.names,
            &self.declared_zones,
            &mut self.problems,
        );
        Loaded {
            pack: self.pack,
            problems: self.problems,
        }
    }
}

/// Reads a data folder from disk (the `validate` command and native tests).
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Problem>> {
    let manifest_text = std::fs::read_to_string(dir.join(MANIFEST)).map_err(|e| {
        vec![Problem::error(ProblemKind::FileMissing, MANIFEST, "")
            .unreachable(Unreachable::Io(e.to_string()))
            .expected(Expected::ManifestIn(dir.display().to_string()))]
    })?;
    let manifest = parse_manifest(&manifest_text)?;
    let texts = manifest
        .files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(dir.join(&f.path))
                .map_err(|e| Unreachable::Io(e.to_string()));
            (f.clone(), text)
        })
        .collect();
    Ok(assemble(manifest, texts))
}

fn parse_json(file: &str, text: &str) -> Result<Value, Box<Problem>> {
    serde_json::from_str(text).map_err(|e| {
        Box::new(
            Problem::syntax(file, e.line(), e.column())
                .expected(Expected::Json(Why::of_json_error(&e.to_string()))),
        )
    })
}

/// A field-level [`Issue`] of `file` as a problem.
fn problem_of(file: &str, issue: Issue) -> Problem {
    let kind = match issue.kind {
        IssueKind::Missing => ProblemKind::MissingField,
        IssueKind::Unknown => ProblemKind::UnknownField,
        IssueKind::Invalid => ProblemKind::InvalidValue,
    };
    let problem = Problem::error(kind, file, issue.path).expected(issue.expected);
    if issue.found.is_empty() {
        problem
    } else {
        problem.found(issue.found)
    }
}

/// Checks every record of a file and returns those that passed; `ids` receives the `id` of
/// every record, valid or not.
fn parse_records<T: Checked>(
    file: &str,
    text: &str,
    out: &mut Vec<Problem>,
    ids: &mut Vec<String>,
) -> Vec<T> {
    let value = match parse_json(file, text) {
        Ok(v) => v,
        Err(p) => {
            out.push(*p);
            return Vec::new();
        }
    };
    let Value::Array(items) = value else {
        out.push(
            Problem::error(ProblemKind::NotAList, file, "$")
                .found(crate::schema::show_value(&value))
                .expected(Expected::ListOf(T::expected())),
        );
        return Vec::new();
    };
    let mut records = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("$[{i}]");
        let mut issues = Vec::new();
        if let Some(id) = item.get("id").and_then(Value::as_str) {
            ids.push(id.to_string());
        }
        check_translations(file, &item, &path, out);
        match T::read(&item, &path, &mut issues) {
            Some(record) if issues.is_empty() => records.push(record),
            _ => out.extend(issues.into_iter().map(|i| problem_of(file, i))),
        }
    }
    records
}
