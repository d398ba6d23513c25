//! A problem found in a data pack: where it is (file, JSON path), what was found and what would
//! be accepted, as facts ([`crate::expected`]) that read in Chinese or English.

use std::fmt;

use crate::expected::{Expected, Found, Unreachable};
use crate::lang::Lang;

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
    /// A fact without a source, a source naming a fact not shown, an address unlike its kind.
    Sourcing,
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
    /// For syntax errors: the line and column, so that the place reads in either language.
    pub at: Option<(usize, usize)>,
    /// The offending value as written, or why the file could not be had.
    pub found: Found,
    /// What would be accepted.
    pub expected: Expected,
}

impl Problem {
    pub fn error(kind: ProblemKind, file: &str, path: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            kind,
            file: file.to_string(),
            path: path.into(),
            at: None,
            found: Found::Nothing,
            expected: Expected::Nothing,
        }
    }

    /// The value found, as written in the file.
    pub fn found(mut self, found: impl Into<String>) -> Self {
        self.found = Found::Value(found.into());
        self
    }

    /// Why the file could not be fetched or read.
    pub fn unreachable(mut self, why: Unreachable) -> Self {
        self.found = Found::Unreachable(why);
        self
    }

    pub fn expected(mut self, expected: Expected) -> Self {
        self.expected = expected;
        self
    }

    pub(crate) fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// A syntax error at `line`, `column` of the file.
    pub fn syntax(file: &str, line: usize, column: usize) -> Self {
        Problem {
            at: Some((line, column)),
            ..Problem::error(
                ProblemKind::Syntax,
                file,
                format!("line {line}, column {column}"),
            )
        }
    }

    /// Where in the file, in `lang`: the JSON path, or the line and column of a syntax error.
    pub fn place(&self, lang: Lang) -> String {
        match (self.at, lang) {
            (Some((line, column)), Lang::Zh) => format!("第 {line} 行第 {column} 列"),
            _ => self.path.clone(),
        }
    }

    /// A short headline for the kind of problem.
    pub fn headline(&self, lang: Lang) -> &'static str {
        let (zh, en) = match self.kind {
            ProblemKind::FileMissing => ("文件无法读取", "file could not be read"),
            ProblemKind::Syntax => ("不是有效的 JSON", "not valid JSON"),
            ProblemKind::NotAList => ("文件不是记录列表", "file is not a list of records"),
            ProblemKind::MissingField => ("缺少字段", "missing field"),
            ProblemKind::UnknownField => ("未知字段", "unknown field"),
            ProblemKind::InvalidValue => ("取值无效", "invalid value"),
            ProblemKind::DuplicateId => ("编号重复", "duplicate id"),
            ProblemKind::UnknownReference => {
                ("引用的记录不存在", "refers to a record that does not exist")
            }
            ProblemKind::DateOrder => ("日期先后有误", "dates in the wrong order"),
            ProblemKind::NoContactMeans => (
                "联系方式缺少电话、邮箱或网址",
                "contact has no phone, email or website",
            ),
            ProblemKind::MissingTranslation => ("缺少译文", "missing translation"),
            ProblemKind::Sourcing => ("来源与信息不符", "sources do not match the facts"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The problem on one line, in `lang`, as the `validate` command prints it.
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let level = match (self.severity, zh) {
            (Severity::Error, false) => "error",
            (Severity::Warning, false) => "warning",
            (Severity::Error, true) => "错误",
            (Severity::Warning, true) => "提示",
        };
        let colon = if zh { "：" } else { ": " };
        let mut line = format!(
            "{level}{colon}{} {}{colon}{}",
            self.file,
            self.place(lang),
            self.headline(lang)
        );
        let (found, expected) = (self.found.text(lang), self.expected.text(lang));
        let (found_word, expected_word) = if zh {
            ("；实际为 ", "；应为 ")
        } else {
            ("; found ", "; expected ")
        };
        if !found.is_empty() {
            line.push_str(found_word);
            line.push_str(&found);
        }
        if !expected.is_empty() {
            line.push_str(expected_word);
            line.push_str(&expected);
        }
        line
    }
}

/// In English, as logs and tests read it.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}
