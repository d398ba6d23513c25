//! Field-by-field checking of raw JSON against the record types.
//!
//! serde alone stops at the first problem and says nothing a zone officer can act on. Every type
//! that can appear in a data file implements [`Checked`]: it says in plain words what it expects
//! and reports *every* problem under a JSON path. The `record!` and `str_enum!` macros declare a
//! type and its checks in one place, so the field list can never drift from the struct.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// What went wrong at one place of a file, before it is tied to a file name.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub kind: IssueKind,
    /// JSON path such as `$[3].contact.phone`.
    pub path: String,
    /// The offending value, shortened for display (empty for a missing field).
    pub found: String,
    /// What would have been accepted, in plain words.
    pub expected: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    Missing,
    Unknown,
    Invalid,
}

/// A type that can be checked against raw JSON, reporting every problem it finds.
pub trait Checked: DeserializeOwned {
    /// Plain-language description of an acceptable value.
    fn expected() -> String;

    /// Whether the field may be left out.
    fn optional() -> bool {
        false
    }

    /// Pushes an [`Issue`] for every problem in `value`.
    fn check(value: &Value, path: &str, out: &mut Vec<Issue>) {
        if let Err(err) = Self::deserialize(value) {
            out.push(invalid(path, value, Self::expected(), Some(&err.to_string())));
        }
    }
}

/// An [`Issue`] of kind `Invalid`; `detail` is serde's or a newtype's own reason.
pub fn invalid(path: &str, value: &Value, expected: String, detail: Option<&str>) -> Issue {
    let expected = match detail {
        // serde's "invalid type: …, expected …" repeats what `expected` says better.
        Some(d) if !d.starts_with("invalid type") && !d.starts_with("unknown variant") => {
            format!("{expected} ({})", strip_position(d))
        }
        _ => expected,
    };
    Issue {
        kind: IssueKind::Invalid,
        path: path.to_string(),
        found: show_value(value),
        expected,
    }
}

fn strip_position(detail: &str) -> &str {
    detail.split(" at line ").next().unwrap_or(detail)
}

/// A short rendering of a JSON value for messages.
pub fn show_value(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// One field of a record, as the checker sees it.
pub struct FieldSpec {
    pub name: &'static str,
    pub optional: fn() -> bool,
    pub expected: fn() -> String,
    pub check: fn(&Value, &str, &mut Vec<Issue>),
}

/// A record type: a JSON object with a fixed set of fields.
pub trait Record {
    fn fields() -> &'static [FieldSpec];
}

/// Checks an object field by field: missing, unknown (with a suggestion) and invalid fields.
pub fn check_record<R: Record>(value: &Value, path: &str, what: &str, out: &mut Vec<Issue>) {
    let Some(obj) = value.as_object() else {
        out.push(invalid(path, value, what.to_string(), None));
        return;
    };
    for field in R::fields() {
        let field_path = format!("{path}.{}", field.name);
        match obj.get(field.name) {
            None if (field.optional)() => {}
            None => out.push(Issue {
                kind: IssueKind::Missing,
                path: field_path,
                found: String::new(),
                expected: (field.expected)(),
            }),
            Some(v) => (field.check)(v, &field_path, out),
        }
    }
    for key in obj.keys() {
        if R::fields().iter().all(|f| f.name != key) {
            out.push(Issue {
                kind: IssueKind::Unknown,
                path: format!("{path}.{key}"),
                found: show_value(&obj[key]),
                expected: suggest(key, R::fields().iter().map(|f| f.name)),
            });
        }
    }
}

fn suggest<'a>(key: &str, known: impl Iterator<Item = &'a str> + Clone) -> String {
    let closest = known
        .clone()
        .map(|k| (strsim::levenshtein(key, k), k))
        .filter(|(d, _)| *d <= 3)
        .min();
    match closest {
        Some((_, k)) => format!("no such field; did you mean \"{k}\"?"),
        None => format!(
            "no such field; known fields are {}",
            known.collect::<Vec<_>>().join(", ")
        ),
    }
}

impl<T: Checked> Checked for Option<T> {
    fn expected() -> String {
        T::expected()
    }
    fn optional() -> bool {
        true
    }
    fn check(value: &Value, path: &str, out: &mut Vec<Issue>) {
        if !value.is_null() {
            T::check(value, path, out);
        }
    }
}

impl<T: Checked> Checked for Vec<T> {
    fn expected() -> String {
        format!("a list of {}", T::expected())
    }
    fn check(value: &Value, path: &str, out: &mut Vec<Issue>) {
        match value.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    T::check(item, &format!("{path}[{i}]"), out);
                }
            }
            None => out.push(invalid(path, value, Self::expected(), None)),
        }
    }
}

macro_rules! checked_scalar {
    ($($ty:ty => $what:literal),* $(,)?) => {
        $(impl Checked for $ty {
            fn expected() -> String {
                $what.to_string()
            }
        })*
    };
}

checked_scalar! {
    String => "a text",
    f64 => "a number",
    u16 => "a whole number",
    u32 => "a whole number",
    bool => "true or false",
}

/// Declares a record struct (serde, `deny_unknown_fields`) together with its field checks.
///
/// The first argument describes the record for messages ("a contact", "a land parcel").
#[macro_export]
macro_rules! record {
    (
        $what:literal,
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $( $(#[$fmeta])* pub $field: $ty, )* }

        impl $crate::schema::Record for $name {
            fn fields() -> &'static [$crate::schema::FieldSpec] {
                &[ $( $crate::schema::FieldSpec {
                    name: stringify!($field),
                    optional: <$ty as $crate::schema::Checked>::optional,
                    expected: <$ty as $crate::schema::Checked>::expected,
                    check: <$ty as $crate::schema::Checked>::check,
                }, )* ]
            }
        }

        impl $crate::schema::Checked for $name {
            fn expected() -> String {
                $what.to_string()
            }
            fn check(value: &serde_json::Value, path: &str, out: &mut Vec<$crate::schema::Issue>) {
                let before = out.len();
                $crate::schema::check_record::<$name>(value, path, $what, out);
                if out.len() == before {
                    // Cross-field rules (min ≤ max, …) live in `TryFrom`/`validate` impls.
                    if let Err(err) = <$name as serde::Deserialize>::deserialize(value) {
                        out.push($crate::schema::invalid(path, value, $what.to_string(), Some(&err.to_string())));
                    }
                }
            }
        }
    };
}

/// Declares a closed vocabulary serialised as snake_case strings, with `ALL` and `as_str()`.
#[macro_export]
macro_rules! str_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )* }

        impl $name {
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )* ];

            /// The value as written in data files and URLs; also the CSS class suffix.
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $text, )* }
            }

            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text)
            }
        }

        impl $crate::schema::Checked for $name {
            fn expected() -> String {
                let all: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                format!("one of: {}", all.join(", "))
            }
        }
    };
}
