//! A problem found in a data pack: where it is (file, JSON path), what was found and what
//! would be accepted, with everything a zone officer needs to find and fix it.

use std::fmt;

use crate::schema::{Issue, IssueKind};

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

    pub(crate) fn warning(mut self) -> Self {
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
