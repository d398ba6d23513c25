//! Field-by-field checking of raw JSON against the record types.
//!
//! serde alone stops at the first problem and says nothing a zone officer can act on. Every type
//! that can appear in a data file implements [`Checked`]: it says in plain words what it expects
//! and reports *every* problem under a JSON path. The `record!` and `str_enum!` macros declare a
//! type and its checks in one place, so the field list can never drift from the struct.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::expected::{Expected, Want, Why};

/// What went wrong at one place of a file, before it is tied to a file name.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub kind: IssueKind,
    /// JSON path such as `$[3].contact.phone`.
    pub path: String,
    /// The offending value, shortened for display (empty for a missing field).
    pub found: String,
    /// What would have been accepted.
    pub expected: Expected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    Missing,
    Unknown,
    Invalid,
}

/// A type that can be read from raw JSON, reporting every problem it finds on the way.
pub trait Checked: DeserializeOwned {
    /// What an acceptable value is.
    fn expected() -> Want;

    /// The value of a field that was left out, for types that may be left out.
    fn absent() -> Option<Self> {
        None
    }

    /// Reads `value`; on failure pushes an [`Issue`] for every problem and returns `None`.
    fn read(value: &Value, path: &str, out: &mut Vec<Issue>) -> Option<Self> {
        match Self::deserialize(value) {
            Ok(v) => Some(v),
            // serde's own words ("invalid type: …, expected …") say less than `expected`.
            Err(_) => {
                out.push(invalid(path, value, Self::expected(), None));
                None
            }
        }
    }
}

/// An [`Issue`] of kind `Invalid`: `why`, when known, says what was wrong with the value.
pub fn invalid(path: &str, value: &Value, expected: Want, why: Option<Why>) -> Issue {
    Issue {
        kind: IssueKind::Invalid,
        path: path.to_string(),
        found: show_value(value),
        expected: match why {
            Some(why) => Expected::Refused(expected, why),
            None => Expected::Value(expected),
        },
    }
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

/// Reads field `name` of `obj`: a missing field is an issue unless its type may be left out.
pub fn read_field<T: Checked>(
    obj: &Map<String, Value>,
    name: &str,
    path: &str,
    out: &mut Vec<Issue>,
) -> Option<T> {
    match obj.get(name) {
        Some(v) => T::read(v, &format!("{path}.{name}"), out),
        None => T::absent().or_else(|| {
            out.push(Issue {
                kind: IssueKind::Missing,
                path: format!("{path}.{name}"),
                found: String::new(),
                expected: Expected::Value(T::expected()),
            });
            None
        }),
    }
}

/// Reports every key of `obj` that is not one of `known`, suggesting the closest known name.
pub fn unknown_fields(
    obj: &Map<String, Value>,
    path: &str,
    known: &'static [&'static str],
    out: &mut Vec<Issue>,
) {
    for (key, value) in obj {
        if !known.contains(&key.as_str()) {
            let closest = known
                .iter()
                .map(|k| (strsim::levenshtein(key, k), *k))
                .filter(|(d, _)| *d <= 3)
                .min()
                .map(|(_, k)| k);
            out.push(Issue {
                kind: IssueKind::Unknown,
                path: format!("{path}.{key}"),
                found: show_value(value),
                expected: Expected::Field { closest, known },
            });
        }
    }
}

impl<T: Checked> Checked for Option<T> {
    fn expected() -> Want {
        T::expected()
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
    fn read(value: &Value, path: &str, out: &mut Vec<Issue>) -> Option<Self> {
        if value.is_null() {
            Some(None)
        } else {
            T::read(value, path, out).map(Some)
        }
    }
}

impl<T: Checked> Checked for Vec<T> {
    fn expected() -> Want {
        Want::ListOf(Box::new(T::expected()))
    }
    fn read(value: &Value, path: &str, out: &mut Vec<Issue>) -> Option<Self> {
        let Some(items) = value.as_array() else {
            out.push(invalid(path, value, Self::expected(), None));
            return None;
        };
        // Read every item, even after a bad one, so that all problems are reported.
        let read: Vec<Option<T>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| T::read(item, &format!("{path}[{i}]"), out))
            .collect();
        read.into_iter().collect()
    }
}

macro_rules! checked_scalar {
    ($($ty:ty => $what:expr),* $(,)?) => {
        $(impl Checked for $ty {
            fn expected() -> Want {
                $what
            }
        })*
    };
}

checked_scalar! {
    String => Want::Text,
    f64 => Want::Number,
    u16 => Want::WholeNumber,
    u32 => Want::WholeNumber,
    bool => Want::TrueOrFalse,
}

/// Declares a record struct together with its reader.
///
/// The first argument describes the record for messages in Chinese and English
/// (`"联系人" / "a contact"`). The
/// reader checks every field (missing, unknown, invalid) in one pass and builds the struct only
/// when all are fine. The serde derives stay for other consumers (the generator, exports); the
/// app reads through `Checked::read`, which keeps the wasm smaller than serde's visitors.
#[macro_export]
macro_rules! record {
    (
        $zh:literal / $en:literal,
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $( $(#[$fmeta])* pub $field: $ty, )* }

        impl $name {
            /// Field names as written in data files.
            pub const FIELDS: &'static [&'static str] = &[ $( stringify!($field), )* ];
        }

        impl $crate::schema::Checked for $name {
            fn expected() -> $crate::expected::Want {
                $crate::expected::Want::Record { zh: $zh, en: $en }
            }
            fn read(
                value: &serde_json::Value,
                path: &str,
                out: &mut Vec<$crate::schema::Issue>,
            ) -> Option<Self> {
                let Some(obj) = value.as_object() else {
                    out.push($crate::schema::invalid(path, value, Self::expected(), None));
                    return None;
                };
                $crate::schema::unknown_fields(obj, path, Self::FIELDS, out);
                $( let $field = $crate::schema::read_field::<$ty>(obj, stringify!($field), path, out); )*
                Some($name { $( $field: $field?, )* })
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
            fn expected() -> $crate::expected::Want {
                $crate::expected::Want::OneOf(Self::ALL.iter().map(|v| v.as_str()).collect())
            }
        }
    };
}
