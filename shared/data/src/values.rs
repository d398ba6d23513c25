//! Small value types that check themselves while they are read: ids, dates, links, amounts,
//! coordinates, bilingual texts. A bad value is reported at its exact JSON path by
//! [`crate::schema::Checked`], with the reason given here.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::expected::{Want, Why};
use crate::lang::Lang;
use crate::schema::{invalid, Checked, Issue};

/// A human-readable text in both languages. An empty side is a missing translation (a warning).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to the other language when that side is empty.
    pub fn get(&self, lang: Lang) -> Localized<'_> {
        let (want, other) = match lang {
            Lang::Zh => (&self.zh, &self.en),
            Lang::En => (&self.en, &self.zh),
        };
        if want.trim().is_empty() {
            Localized {
                text: other,
                fallback: true,
            }
        } else {
            Localized {
                text: want,
                fallback: false,
            }
        }
    }

    /// The side missing a translation, if exactly one side is empty.
    pub fn missing(&self) -> Option<Lang> {
        match (self.zh.trim().is_empty(), self.en.trim().is_empty()) {
            (true, false) => Some(Lang::Zh),
            (false, true) => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text picked for one language, remembering whether it is the other language's fallback
/// (the UI marks such texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub fallback: bool,
}

impl Checked for Text {
    fn expected() -> Want {
        Want::Bilingual
    }
    fn read(value: &serde_json::Value, path: &str, out: &mut Vec<Issue>) -> Option<Self> {
        let foreign_key = value
            .as_object()
            .is_some_and(|o| o.keys().any(|k| k != "zh" && k != "en"));
        let why = match Text::deserialize(value) {
            _ if foreign_key => Some(Why::TextKeys),
            Ok(t) if t.zh.trim().is_empty() && t.en.trim().is_empty() => Some(Why::NoLanguage),
            Ok(t) => return Some(t),
            Err(_) => None,
        };
        out.push(invalid(path, value, Self::expected(), why));
        None
    }
}

/// A value read as its raw JSON type first, then checked by its own `try_from`, so that a
/// refusal carries its structured reason ([`Why`]) instead of serde's sentence.
macro_rules! checked_newtype {
    ($ty:ty, $raw:ty, $want:expr) => {
        impl Checked for $ty {
            fn expected() -> Want {
                $want
            }
            fn read(value: &serde_json::Value, path: &str, out: &mut Vec<Issue>) -> Option<Self> {
                let checked = <$raw>::deserialize(value)
                    .map_err(|_| None)
                    .and_then(|raw| <$ty>::try_from(raw).map_err(Some));
                match checked {
                    Ok(v) => Some(v),
                    Err(why) => {
                        out.push(invalid(path, value, Self::expected(), why));
                        None
                    }
                }
            }
        }
    };
}

/// A stable record id: lowercase letters, digits and hyphens, at most 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Id {
    type Error = Why;
    fn try_from(s: String) -> Result<Self, Why> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Id(s))
        } else {
            Err(Why::IdCharacters)
        }
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

checked_newtype!(Id, String, Want::Id);

/// A calendar date, written `YYYY-MM-DD` (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date(pub time::Date);

impl Date {
    /// Parses `YYYY-MM-DD` exactly (ISO 8601 calendar date). Parsed by hand: `time`'s
    /// format-description parser added ~20 KB to the wasm for this one format.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r.clone())?.iter().try_fold(0u32, |acc, c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::from_ymd(
            digits(0..4)? as i32,
            digits(5..7)? as u8,
            digits(8..10)? as u8,
        )
    }

    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).whole_days()
    }
}

impl TryFrom<String> for Date {
    type Error = Why;
    fn try_from(s: String) -> Result<Self, Why> {
        Date::parse(&s).ok_or(Why::NotADate)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = (self.0.year(), u8::from(self.0.month()), self.0.day());
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

checked_newtype!(Date, String, Want::Date);

/// When a source was published: a day (`YYYY-MM-DD`) or, where only that is known, a month
/// (`YYYY-MM`). Shown as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Published(String);

impl Published {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Published {
    type Error = Why;
    fn try_from(s: String) -> Result<Self, Why> {
        let b = s.as_bytes();
        let ok = match b.len() {
            10 => Date::parse(&s).is_some(),
            // Four digits, '-', a month 01–12 (no allocation: this runs on the first load).
            7 => {
                b[..4].iter().all(u8::is_ascii_digit)
                    && b[4] == b'-'
                    && matches!((b[5], b[6]), (b'0', b'1'..=b'9') | (b'1', b'0'..=b'2'))
            }
            _ => false,
        };
        if ok {
            Ok(Published(s))
        } else {
            Err(Why::NotADayOrMonth)
        }
    }
}

impl From<Published> for String {
    fn from(p: Published) -> String {
        p.0
    }
}

checked_newtype!(Published, String, Want::DayOrMonth);

/// A link a user may follow: http, https, mailto or tel only (never javascript: or data:).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Link(String);

impl Link {
    pub const SCHEMES: [&'static str; 4] = ["https://", "http://", "mailto:", "tel:"];

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Link {
    type Error = Why;
    fn try_from(s: String) -> Result<Self, Why> {
        let lower = s.to_ascii_lowercase();
        let allowed = Link::SCHEMES
            .iter()
            .any(|p| lower.starts_with(p) && lower.len() > p.len());
        if allowed && !s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            Ok(Link(s))
        } else {
            Err(Why::LinkScheme)
        }
    }
}

impl From<Link> for String {
    fn from(l: Link) -> String {
        l.0
    }
}

checked_newtype!(Link, String, Want::Link);

macro_rules! non_negative {
    ($(#[$meta:meta])* $name:ident, $want:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
        #[serde(try_from = "f64", into = "f64")]
        pub struct $name(pub f64);

        impl TryFrom<f64> for $name {
            type Error = Why;
            fn try_from(v: f64) -> Result<Self, Why> {
                if v.is_finite() && v >= 0.0 {
                    Ok($name(v))
                } else {
                    Err(Why::Negative)
                }
            }
        }

        impl From<$name> for f64 {
            fn from(v: $name) -> f64 {
                v.0
            }
        }

        checked_newtype!($name, f64, $want);
    };
}

non_negative!(
    /// Money in 万元 (10,000 yuan).
    Wan,
    Want::Wan
);
non_negative!(
    /// Land area in 亩 (1 亩 = 1/15 hectare).
    Mu,
    Want::Mu
);
non_negative!(
    /// A distance in kilometres.
    Km,
    Want::Km
);
non_negative!(
    /// A plain non-negative quantity (plot ratio, percent).
    Amount,
    Want::NonNegative
);

impl Mu {
    /// Hectares: 1 hectare = 15 亩.
    pub fn hectares(self) -> f64 {
        self.0 / 15.0
    }
}

/// Latitude in degrees, WGS84.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Lat(pub f64);

impl TryFrom<f64> for Lat {
    type Error = Why;
    fn try_from(v: f64) -> Result<Self, Why> {
        if (-90.0..=90.0).contains(&v) {
            Ok(Lat(v))
        } else {
            Err(Why::LatitudeRange)
        }
    }
}

impl From<Lat> for f64 {
    fn from(v: Lat) -> f64 {
        v.0
    }
}

checked_newtype!(Lat, f64, Want::Lat);

/// Longitude in degrees, WGS84.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Lon(pub f64);

impl TryFrom<f64> for Lon {
    type Error = Why;
    fn try_from(v: f64) -> Result<Self, Why> {
        if (-180.0..=180.0).contains(&v) {
            Ok(Lon(v))
        } else {
            Err(Why::LongitudeRange)
        }
    }
}

impl From<Lon> for f64 {
    fn from(v: Lon) -> f64 {
        v.0
    }
}

checked_newtype!(Lon, f64, Want::Lon);

/// A closed range of amounts with `min ≤ max`, e.g. a budget in 万元.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawRange", deny_unknown_fields)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    min: f64,
    max: f64,
}

impl TryFrom<RawRange> for Range {
    type Error = Why;
    fn try_from(r: RawRange) -> Result<Self, Why> {
        if !(r.min.is_finite() && r.max.is_finite()) || r.min < 0.0 || r.max < 0.0 {
            Err(Why::RangeNegative)
        } else if r.min > r.max {
            Err(Why::RangeOrder {
                min: r.min,
                max: r.max,
            })
        } else {
            Ok(Range {
                min: r.min,
                max: r.max,
            })
        }
    }
}

checked_newtype!(Range, RawRange, Want::Range);
