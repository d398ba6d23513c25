//! What a data file should have held, as facts rather than sentences, and how those facts read in
//! each language. Zone officers read these on the error panel (and soon on the data-check page)
//! in Chinese or English; the `validate` command prints them in either (`--lang`).
//!
//! A leaf beside [`crate::lang`]: the checked reader, the values and the cross-record rules all
//! describe what they expected with these types.
//!
//! Over ~400 lines: every fact a problem can state, each with its Chinese and English wording
//! (a table more than logic), and tests that every wording reads in its language.

use std::fmt;

use crate::lang::Lang;

/// What a field accepts.
#[derive(Debug, Clone, PartialEq)]
pub enum Want {
    Text,
    Number,
    WholeNumber,
    TrueOrFalse,
    /// A record or a part of one, described in both languages (`record!`).
    Record {
        zh: &'static str,
        en: &'static str,
    },
    /// One value of a closed vocabulary, as written in data files.
    OneOf(Vec<&'static str>),
    ListOf(Box<Want>),
    /// A text in both languages, `{"zh": …, "en": …}`.
    Bilingual,
    Id,
    Date,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    DayOrMonth,
    Link,
    Wan,
    Mu,
    Km,
    NonNegative,
    Lat,
    Lon,
    Range,
}

/// Why a value of the right shape was still refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    IdCharacters,
    NotADate,
    NotADayOrMonth,
    LinkScheme,
    Negative,
    LatitudeRange,
    LongitudeRange,
    RangeNegative,
    /// `min` larger than `max`.
    RangeOrder {
        min: f64,
        max: f64,
    },
    /// A bilingual text with neither language filled in.
    NoLanguage,
    /// A bilingual text with a key other than `zh` and `en`.
    TextKeys,
    /// JSON syntax: what the parser met.
    TrailingComma,
    MissingComma,
    EndsTooEarly,
    KeyNotText,
    NoValue,
    BadEscape,
    ControlCharacter,
    TrailingCharacters,
    /// Anything else the JSON parser said, in its own (English) words.
    Parser(String),
}

/// What would have been accepted at the place of a problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Nothing,
    Value(Want),
    /// A value of this shape; the one found was refused for `Why`.
    Refused(Want, Why),
    /// A known field: the closest one, when a name is near enough, or else all of them.
    Field {
        closest: Option<&'static str>,
        known: &'static [&'static str],
    },
    /// The id of a zone in the zones file.
    ZoneId {
        file: String,
    },
    /// An id not used before in the file.
    NewId {
        first: usize,
    },
    /// A deadline on or after the publication date.
    DeadlineAfter {
        published: String,
    },
    /// An end of validity on or after its start.
    ValidAfter {
        valid_from: String,
    },
    /// At least one way to reach a contact.
    ContactMeans,
    /// A source that lists this fact in its `supports`, or the fact left out.
    SourceFor,
    /// One of the facts the record shows, by field name.
    ShownFact(Vec<&'static str>),
    /// No `url` for a source of kind `none`; the copy's for kind `copy`.
    UrlForKind,
    /// The same text in this language too.
    Translation(Lang),
    /// Valid JSON.
    Json(Why),
    /// The whole file: a list of these.
    ListOf(Want),
    /// Each kind of file listed once in the manifest.
    KindOnce,
    /// A file name inside the data folder.
    PlainPath,
    /// An entry in the manifest for the file of this kind (its slug).
    ManifestEntry(&'static str),
    /// The file of this kind (its slug) that the manifest lists.
    ListedFile(&'static str),
    /// `manifest.json` in this data folder.
    ManifestIn(String),
}

/// What was found where something was expected.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Found {
    /// Nothing (a missing field).
    #[default]
    Nothing,
    /// The value as written, shortened.
    Value(String),
    /// Why a file could not be had.
    Unreachable(Unreachable),
}

/// Why a file could not be fetched or read.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreachable {
    Network,
    /// The server's answer: status code and reason phrase.
    Status(u16, String),
    UnreadableResponse,
    /// What the operating system said (the `validate` command).
    Io(String),
}

impl Want {
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: &str, e: &str| if zh { z } else { e }.to_string();
        match self {
            Want::Text => pick("文本", "a text"),
            Want::Number => pick("数字", "a number"),
            Want::WholeNumber => pick("整数", "a whole number"),
            Want::TrueOrFalse => pick("true 或 false", "true or false"),
            Want::Record { zh: z, en: e } => pick(z, e),
            Want::OneOf(values) => {
                let list = values.join(", ");
                if zh {
                    format!("以下之一：{list}")
                } else {
                    format!("one of: {list}")
                }
            }
            Want::ListOf(item) => match (item.as_ref(), zh) {
                (Want::OneOf(values), true) => {
                    format!("列表，每项为以下之一：{}", values.join(", "))
                }
                (Want::OneOf(values), false) => {
                    format!("a list, each one of: {}", values.join(", "))
                }
                (item, true) => format!("由{}组成的列表", item.text(lang)),
                (item, false) => format!("a list of {}", item.text(lang)),
            },
            Want::Bilingual => pick(
                r#"中英文文本 {"zh": "…", "en": "…"}"#,
                r#"a text in both languages, {"zh": "…", "en": "…"}"#,
            ),
            Want::Id => pick(
                "由 a–z、0–9 和 '-' 组成的编号",
                "an id made of a–z, 0–9 and '-'",
            ),
            Want::Date => pick("日期，如 2026-03-31", "a date like 2026-03-31"),
            Want::DayOrMonth => pick(
                "日期或月份，如 2026-03-31 或 2026-03",
                "a date or a month, like 2026-03-31 or 2026-03",
            ),
            Want::Link => pick(
                "以 https://、http://、mailto: 或 tel: 开头的链接",
                "a link starting with https://, http://, mailto: or tel:",
            ),
            Want::Wan => pick(
                "以万元计的金额，不小于 0",
                "an amount in 万元 (units of 10,000 yuan), zero or more",
            ),
            Want::Mu => pick(
                "以亩计的面积，不小于 0",
                "an area in mu (亩, about 667 m²), zero or more",
            ),
            Want::Km => pick(
                "以公里计的距离，不小于 0",
                "a distance in km (zero or more)",
            ),
            Want::NonNegative => pick("不小于 0 的数字", "a number (zero or more)"),
            Want::Lat => pick(
                "纬度（WGS84，度），-90 至 90",
                "a latitude in degrees (WGS84), -90 to 90",
            ),
            Want::Lon => pick(
                "经度（WGS84，度），-180 至 180",
                "a longitude in degrees (WGS84), -180 to 180",
            ),
            Want::Range => pick(
                r#"范围 {"min": …, "max": …}，且 min ≤ max"#,
                r#"a range {"min": …, "max": …} with min ≤ max"#,
            ),
        }
    }
}

impl Why {
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: &str, e: &str| if zh { z } else { e }.to_string();
        match self {
            Why::IdCharacters => pick(
                "只能使用 a–z、0–9 和 '-'，1 至 64 个字符",
                "only a–z, 0–9 and '-' are allowed, 1 to 64 characters",
            ),
            Why::NotADate => pick(
                "不是 YYYY-MM-DD 格式的真实日期",
                "not a real date in the form YYYY-MM-DD",
            ),
            Why::NotADayOrMonth => pick(
                "不是 YYYY-MM-DD 或 YYYY-MM 格式的真实日期",
                "not a real date in the form YYYY-MM-DD or YYYY-MM",
            ),
            Why::LinkScheme => pick(
                "只允许 http、https、mailto 和 tel 链接",
                "only http, https, mailto and tel links are allowed",
            ),
            Why::Negative => pick("不能为负数", "must not be negative"),
            Why::LatitudeRange => pick(
                "纬度须在 -90 至 90 之间",
                "latitude must be between -90 and 90",
            ),
            Why::LongitudeRange => pick(
                "经度须在 -180 至 180 之间",
                "longitude must be between -180 and 180",
            ),
            Why::RangeNegative => pick("min 和 max 不能为负数", "min and max must not be negative"),
            Why::RangeOrder { min, max } => {
                if zh {
                    format!("min 为 {min}，大于 max {max}")
                } else {
                    format!("min ({min}) must not be larger than max ({max})")
                }
            }
            Why::NoLanguage => pick("两种语言都是空的", "both languages are empty"),
            Why::TextKeys => pick("只能有 zh 和 en 两项", "only zh and en are allowed"),
            Why::TrailingComma => pick("最后一项后面多了逗号", "a comma after the last item"),
            Why::MissingComma => pick("两项之间缺少逗号或括号", "a comma or bracket is missing"),
            Why::EndsTooEarly => pick("文件提前结束", "the file ends too early"),
            Why::KeyNotText => pick("字段名须加双引号", "field names need double quotes"),
            Why::NoValue => pick("此处应有一个值", "a value was expected here"),
            Why::BadEscape => pick("反斜杠转义无效", "an invalid backslash escape"),
            Why::ControlCharacter => pick(
                "文本中有控制字符（如未转义的换行）",
                "a control character (such as an unescaped line break) in a text",
            ),
            Why::TrailingCharacters => pick("数据结束后还有多余内容", "more content after the end"),
            Why::Parser(detail) => {
                if zh {
                    format!("解析器：{detail}")
                } else {
                    detail.clone()
                }
            }
        }
    }

    /// The reason a JSON parser's message gives, recognised by its wording (serde_json).
    pub fn of_json_error(message: &str) -> Why {
        let m = message.split(" at line ").next().unwrap_or(message);
        if m.starts_with("trailing comma") {
            Why::TrailingComma
        } else if m.starts_with("expected `,` or") {
            Why::MissingComma
        } else if m.starts_with("EOF while parsing") {
            Why::EndsTooEarly
        } else if m.starts_with("key must be a string") {
            Why::KeyNotText
        } else if m.starts_with("expected value") || m.starts_with("expected ident") {
            Why::NoValue
        } else if m.starts_with("invalid escape") || m.starts_with("invalid unicode") {
            Why::BadEscape
        } else if m.starts_with("control character") {
            Why::ControlCharacter
        } else if m.starts_with("trailing characters") {
            Why::TrailingCharacters
        } else {
            Why::Parser(m.to_string())
        }
    }
}

/// serde reports a refused value with this text (the `try_from` conversions of the values).
impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Expected {
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: String, e: String| if zh { z } else { e };
        match self {
            Expected::Nothing => String::new(),
            Expected::Value(w) => w.text(lang),
            Expected::Refused(w, why) => pick(
                format!("{}（{}）", w.text(lang), why.text(lang)),
                format!("{} ({})", w.text(lang), why.text(lang)),
            ),
            Expected::Field {
                closest: Some(k), ..
            } => pick(
                format!("没有这个字段；是否应为 \"{k}\"？"),
                format!("no such field; did you mean \"{k}\"?"),
            ),
            Expected::Field {
                closest: None,
                known,
            } => pick(
                format!("没有这个字段；已知字段：{}", known.join(", ")),
                format!("no such field; known fields are {}", known.join(", ")),
            ),
            Expected::ZoneId { file } => pick(
                format!("{file} 中某个高新区的编号"),
                format!("the id of a zone in {file}"),
            ),
            Expected::NewId { first } => pick(
                format!("尚未使用的编号（已在 $[{first}] 使用）"),
                format!("an id not used before (already used at $[{first}])"),
            ),
            Expected::DeadlineAfter { published } => pick(
                format!("不早于发布日期 {published} 的截止日期"),
                format!("a deadline on or after the publication date {published}"),
            ),
            Expected::ValidAfter { valid_from } => pick(
                format!("不早于 valid_from {valid_from} 的日期"),
                format!("a date on or after valid_from {valid_from}"),
            ),
            Expected::ContactMeans => pick(
                "phone、email 或 url 至少填一项".into(),
                "at least one of phone, email or url".into(),
            ),
            Expected::SourceFor => pick(
                "一条在 supports 中列出这项信息的来源，否则删去这项信息".into(),
                "a source listing this fact in its supports, or else leave the fact out".into(),
            ),
            Expected::ShownFact(known) => pick(
                format!("本记录显示的信息之一：{}", known.join("、")),
                format!("one of the facts the record shows: {}", known.join(", ")),
            ),
            Expected::UrlForKind => pick(
                "kind 为 none 的来源不填 url；kind 为 copy 的来源填副本的 url".into(),
                "no url when kind is none; the copy's url when kind is copy".into(),
            ),
            Expected::Translation(l) => pick(
                format!("同一文本的{}", if *l == Lang::Zh { "中文" } else { "英文" }),
                format!(
                    "the same text in {}",
                    if *l == Lang::Zh { "Chinese" } else { "English" }
                ),
            ),
            Expected::Json(why) => pick(
                format!("有效的 JSON（{}）", why.text(lang)),
                format!("valid JSON ({})", why.text(lang)),
            ),
            Expected::ListOf(w) => pick(
                format!("由{}组成的列表 [ … ]", w.text(lang)),
                format!("a list [ … ] of {}", w.text(lang)),
            ),
            Expected::KindOnce => pick(
                "每类文件只列一次".into(),
                "each kind of file listed once".into(),
            ),
            Expected::PlainPath => pick(
                "数据文件夹中的文件名，如 scenarios.json".into(),
                "a file name inside the data folder, like scenarios.json".into(),
            ),
            Expected::ManifestEntry(kind) => pick(
                format!("{kind} 文件的条目（没有条目时，数据包中没有这类记录）"),
                format!("an entry for the {kind} file (without one, the pack has none)"),
            ),
            Expected::ListedFile(kind) => pick(
                format!("manifest.json 中列出的 {kind} 文件"),
                format!("the {kind} file listed in manifest.json"),
            ),
            Expected::ManifestIn(folder) => pick(
                format!("数据文件夹 {folder} 中的 manifest.json"),
                format!("manifest.json in the data folder {folder}"),
            ),
        }
    }
}

/// In English, as the tests and logs read it.
impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Found {
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Found::Nothing => String::new(),
            Found::Value(v) => v.clone(),
            Found::Unreachable(u) => match u {
                Unreachable::Network if zh => "网络请求失败".into(),
                Unreachable::Network => "the network request failed".into(),
                Unreachable::Status(code, reason) if zh => format!("服务器返回 {code} {reason}"),
                Unreachable::Status(code, reason) => {
                    format!("the server answered {code} {reason}")
                }
                Unreachable::UnreadableResponse if zh => "无法读取服务器的回应".into(),
                Unreachable::UnreadableResponse => "the response could not be read".into(),
                Unreachable::Io(e) if zh => format!("无法读取：{e}"),
                Unreachable::Io(e) => e.clone(),
            },
        }
    }
}

/// In English, as the tests and logs read it.
impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_want() -> Vec<Want> {
        vec![
            Want::Text,
            Want::Number,
            Want::WholeNumber,
            Want::TrueOrFalse,
            Want::Record {
                zh: "地块记录",
                en: "a land parcel",
            },
            Want::OneOf(vec!["open", "closed"]),
            Want::ListOf(Box::new(Want::Id)),
            Want::Bilingual,
            Want::Id,
            Want::Date,
            Want::DayOrMonth,
            Want::Link,
            Want::Wan,
            Want::Mu,
            Want::Km,
            Want::NonNegative,
            Want::Lat,
            Want::Lon,
            Want::Range,
        ]
    }

    fn every_why() -> Vec<Why> {
        vec![
            Why::IdCharacters,
            Why::NotADate,
            Why::NotADayOrMonth,
            Why::LinkScheme,
            Why::Negative,
            Why::LatitudeRange,
            Why::LongitudeRange,
            Why::RangeNegative,
            Why::RangeOrder { min: 5.0, max: 3.0 },
            Why::NoLanguage,
            Why::TextKeys,
            Why::TrailingComma,
            Why::MissingComma,
            Why::EndsTooEarly,
            Why::KeyNotText,
            Why::NoValue,
            Why::BadEscape,
            Why::ControlCharacter,
            Why::TrailingCharacters,
        ]
    }

    fn every_expected() -> Vec<Expected> {
        let mut all: Vec<Expected> = every_want().into_iter().map(Expected::Value).collect();
        all.extend(
            every_why()
                .into_iter()
                .map(|w| Expected::Refused(Want::Range, w)),
        );
        all.extend([
            Expected::Field {
                closest: Some("area_mu"),
                known: &["area_mu"],
            },
            Expected::Field {
                closest: None,
                known: &["id", "zone"],
            },
            Expected::ZoneId {
                file: "zones.json".into(),
            },
            Expected::NewId { first: 0 },
            Expected::DeadlineAfter {
                published: "2026-01-01".into(),
            },
            Expected::ValidAfter {
                valid_from: "2026-01-01".into(),
            },
            Expected::ContactMeans,
            Expected::SourceFor,
            Expected::ShownFact(vec!["industries", "river_notes"]),
            Expected::UrlForKind,
            Expected::Translation(Lang::Zh),
            Expected::Translation(Lang::En),
            Expected::Json(Why::TrailingComma),
            Expected::ListOf(Want::Id),
            Expected::KindOnce,
            Expected::PlainPath,
            Expected::ManifestEntry("parcels"),
            Expected::ListedFile("parcels"),
            Expected::ManifestIn("data/".into()),
        ]);
        all
    }

    /// Words that give away an English sentence on a Chinese page.
    const ENGLISH: [&str; 12] = [
        " the ", " a ", " an ", "must", "only", " or ", " and ", "with", "valid", "field", "list",
        "between",
    ];

    #[test]
    fn every_expectation_reads_in_chinese_without_english_words() {
        for e in every_expected() {
            let zh = e.text(Lang::Zh);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{e:?}: {zh}"
            );
            // Field names (valid_from, area_mu) are data, not English.
            let words: Vec<&str> = zh.split(' ').filter(|w| !w.contains('_')).collect();
            let padded = format!(" {} ", words.join(" "));
            for w in ENGLISH {
                assert!(!padded.contains(w), "{e:?} in Chinese has {w:?}: {zh}");
            }
        }
    }

    #[test]
    fn every_expectation_reads_in_english_without_chinese_sentences() {
        for e in every_expected() {
            let en = e.text(Lang::En).replace("万元", "").replace('亩', "");
            let cjk = en
                .chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .count();
            // Only the record descriptions' own data words may be Chinese (none are).
            assert_eq!(cjk, 0, "{e:?}: {en}");
            assert!(!en.is_empty());
        }
    }

    #[test]
    fn the_parser_s_words_are_recognised() {
        let err = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(
            Why::of_json_error(&err("[1,]").to_string()),
            Why::TrailingComma
        );
        assert_eq!(
            Why::of_json_error(&err("[1 2]").to_string()),
            Why::MissingComma
        );
        assert_eq!(
            Why::of_json_error(&err("[{\"a\": ").to_string()),
            Why::EndsTooEarly
        );
        assert_eq!(
            Why::of_json_error(&err("{a: 1}").to_string()),
            Why::KeyNotText
        );
        assert_eq!(
            Why::of_json_error(&err("[1] x").to_string()),
            Why::TrailingCharacters
        );
    }
}
