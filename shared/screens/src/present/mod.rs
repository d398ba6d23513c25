//! What a record shows, as plain data: the card in an explorer's list and the whole detail page,
//! already in one language, with links made by a [`Links`] value (same page, another page, an
//! absolute address).
//!
//! The app draws these with one generic card and one generic detail view, so adding a field is a
//! change here (tested natively) and not a new view type (each of which costs wasm size). Each
//! kind's card and detail page live in a file of their own (`scenario.rs`, `parcel.rs`, …);
//! every fact carries the field it shows and its raw value beside the formatted text, so the
//! compare table and exports can reuse them.

use crate::i18n::UiStrings as _;

mod chips;
mod directions;
mod incentive;
mod links;
mod nav;
mod parcel;
mod project;
mod scenario;
mod tracks;
mod zone;

pub use chips::{bound_text, chips, facet_value_name};
pub use links::Links;
pub use nav::{home_figures, nav_items, page_window, Figure};
pub use tracks::TrackColumn;

use crate::i18n::{format_days_left, format_number, format_wan, Label, Strings};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::matching::Applies;
use crate::model::{Contact, Membership, Source, SourceKind};
use crate::pack::{Pack, Record};
use crate::query::{Facet, ListQuery};
use crate::route::Route;
use crate::values::{Date, Text};

/// A text as shown. `lang` is set when the text is in the other language because its
/// translation is missing: the view marks it (and tells screen readers its language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    pub lang: Option<Lang>,
}

impl Shown {
    pub fn of(text: &Text, lang: Lang) -> Shown {
        let l = text.get(lang);
        Shown {
            text: l.text.to_string(),
            lang: l.fallback.then(|| lang.other()),
        }
    }

    pub fn plain(text: impl Into<String>) -> Shown {
        Shown {
            text: text.into(),
            lang: None,
        }
    }
}

/// A label and its value, linked when `href` is set; `note` qualifies it (for instance, that
/// the sources are not sure of it). `key` names the record's field as in data files (or the
/// figure computed from it: `offers`, `open_now`, `location`) and `raw` holds its main value as
/// data, for the compare table and exports.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub key: &'static str,
    pub label: &'static str,
    pub value: Shown,
    pub raw: Raw,
    pub href: Option<String>,
    pub note: Option<String>,
}

/// A fact's value as data (the shown text is formatted for one language).
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// A text or a list of vocabulary values, as shown.
    Text,
    Number(f64),
    Range(f64, f64),
    Date(Date),
    /// From and until (a validity).
    Period(Date, Date),
    /// A vocabulary value or an id, as written in data files.
    Code(String),
}

impl Fact {
    /// The fact `key` (a field name) labelled `label`, showing `value`, whose raw value is `raw`.
    pub fn new(key: &'static str, label: &'static str, value: impl Into<String>, raw: Raw) -> Fact {
        Fact {
            key,
            label,
            value: Shown::plain(value),
            raw,
            href: None,
            note: None,
        }
    }
}

/// A source as an official would cite it: publisher and date first, then the headline, and
/// what kind of address it has, with the facts it supports (named in the page's language).
#[derive(Debug, Clone, PartialEq)]
pub struct Cite {
    /// Who published it, and when or under which number: "新华日报，2021-04-25".
    pub by: Shown,
    /// The headline in 《》 (“” in English), or a description of the page, as published.
    pub title: String,
    /// The title's language where it is not the page's (titles are never translated).
    pub title_lang: Option<Lang>,
    /// The page. For a copy it is the copy's, linked apart under `kind`'s words.
    pub url: Option<String>,
    pub copy: bool,
    /// What the address is, in words: 官方发布, 新闻媒体, 转载副本, 无网址.
    pub kind: &'static str,
    pub supports: Vec<&'static str>,
}

/// A coloured badge: CSS modifier (`status-open`, `track-low_altitude`, …) and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    pub class: String,
    pub label: &'static str,
}

/// A record in an explorer's list.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub href: String,
    pub title: Shown,
    pub badges: Vec<Badge>,
    pub facts: Vec<Fact>,
}

/// A link to another record (or a filtered explorer) with the zone it is in and the condition
/// under which it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub href: String,
    pub name: Shown,
    pub zone: Option<Shown>,
    /// "if investing at least 5,000 万元": the incentive applies only above this investment.
    pub condition: Option<String>,
}

/// A titled list of links to related records.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub title: &'static str,
    pub items: Vec<Item>,
}

/// Whom to reach, each way already a link target.
#[derive(Debug, Clone, PartialEq)]
pub struct Reach {
    pub name: Shown,
    /// (`tel:` target, number as written)
    pub phone: Option<(String, String)>,
    /// (`mailto:` target, address)
    pub email: Option<(String, String)>,
    pub website: Option<String>,
}

/// A whole detail page.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub title: Shown,
    pub badges: Vec<Badge>,
    pub contact: Option<Reach>,
    pub facts: Vec<Fact>,
    pub body: Option<Shown>,
    /// Titled lists of texts (requirements, leading industries).
    pub lists: Vec<(String, Vec<Shown>)>,
    /// Only lists with at least one item.
    pub related: Vec<Related>,
    pub sources: Vec<Cite>,
}

/// `tel:` target in international form, so that it dials from any country: a Chinese number
/// gets `+86` and loses its trunk `0` (`0515-8888 1234` → `tel:+8651588881234`, a mobile
/// `139…` → `tel:+86139…`); a number with its own country code keeps it; a short service
/// number stays as it is.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
    let given = phone.trim_start().starts_with('+') || digits.starts_with("0086");
    let international = if given {
        let rest = digits.strip_prefix("00").unwrap_or(&digits);
        match rest.strip_prefix("86") {
            Some(national) => format!("+86{}", national.trim_start_matches('0')),
            None => format!("+{rest}"),
        }
    } else if let Some(national) = digits.strip_prefix('0') {
        format!("+86{national}")
    } else if digits.len() == 11 && digits.starts_with('1') {
        format!("+86{digits}")
    } else {
        digits
    };
    format!("tel:{international}")
}

/// A phone number as a reader in `l` expects it: as published in Chinese; with `+86` in
/// English, where a number starting with the trunk `0` means nothing abroad.
pub fn phone_shown(phone: &str, l: Lang) -> String {
    let p = phone.trim();
    if l == Lang::Zh || p.starts_with('+') || p.starts_with("00") {
        return p.to_string();
    }
    let digits = p.chars().filter(|c| c.is_ascii_digit()).count();
    match p.strip_prefix('0') {
        Some(national) => format!("+86 {national}"),
        None if digits == 11 && p.starts_with('1') => format!("+86 {p}"),
        None => p.to_string(),
    }
}

/// The ways to reach `c`, as links.
pub fn reach(c: &Contact, l: Lang) -> Reach {
    let filled = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    Reach {
        name: Shown::of(&c.name, l),
        phone: filled(&c.phone).map(|p| (tel_href(&p), phone_shown(&p, l))),
        email: filled(&c.email).map(|e| (format!("mailto:{e}"), e)),
        website: c.url.as_ref().map(|u| u.as_str().to_string()),
    }
}

pub(crate) fn status<T: Label>(slug: &str, value: T, l: Lang) -> Badge {
    Badge {
        class: format!("status-{slug}"),
        label: value.label(l),
    }
}

pub(crate) fn neutral<T: Label>(value: T, l: Lang) -> Badge {
    Badge {
        class: "neutral".into(),
        label: value.label(l),
    }
}

/// A fact whose raw value is the text shown (a list of labels, a sentence).
fn text_fact(key: &'static str, label: &'static str, value: impl Into<String>) -> Fact {
    Fact::new(key, label, value, Raw::Text)
}

/// A fact naming a vocabulary value (`land_use: industrial`).
fn code_fact(key: &'static str, label: &'static str, code: &str, shown: &'static str) -> Fact {
    Fact::new(key, label, shown, Raw::Code(code.to_string()))
}

/// The date the record was last verified.
fn verified(date: Date, l: Lang) -> Fact {
    Fact::new(
        "verified",
        l.strings().verified,
        date.to_string(),
        Raw::Date(date),
    )
}

/// The note for a fact the sources are not sure of; `None` when they are.
pub(crate) fn doubt(c: crate::model::Confidence, l: Lang) -> Option<String> {
    (c == crate::model::Confidence::Low).then(|| l.strings().low_confidence.to_string())
}

pub(crate) fn joined<T: Label>(values: &[T], l: Lang) -> String {
    values
        .iter()
        .map(|v| v.label(l))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The name of a fact a source supports, as the record's field is called on screen.
fn field_name(field: &str, l: Lang) -> &'static str {
    let s = l.strings();
    match field {
        "national_since" => s.national_since,
        "industries" => s.leading_industries,
        "lat" | "lon" | "location" => s.location,
        "river_notes" => crate::model::Track::InlandRiver.label(l),
        "low_altitude_notes" => crate::model::Track::LowAltitude.label(l),
        "founded" => s.alliance_founded,
        "secretariat" => s.alliance_secretariat,
        "milestones" => s.alliance_milestones,
        "name" | "name_en" | "short_name" => s.official_name,
        "key_figures" => s.key_figures,
        "members" => Membership::Member.label(l),
        "directions" => s.alliance_directions,
        _ => "",
    }
}

pub(crate) fn sources(list: &[Source], l: Lang) -> Vec<Cite> {
    let s = l.strings();
    list.iter()
        .map(|src| {
            let mut supports: Vec<&'static str> = src
                .supports
                .iter()
                .map(|f| field_name(f, l))
                .filter(|n| !n.is_empty())
                .collect();
            supports.dedup();
            let publisher = src.publisher.as_ref().map(|p| p.get(l));
            let mut by = vec![publisher
                .map_or(s.publisher_unnamed, |p| p.text)
                .to_string()];
            by.extend(src.number.clone());
            match (&src.published, src.copied) {
                (Some(d), _) => by.push(d.as_str().to_string()),
                (None, Some(d)) => by.push(format!("{} {d}", s.copy_posted)),
                (None, None) => {}
            }
            let (open, close) = match (src.headline, l) {
                (false, _) => ("", ""),
                (true, Lang::Zh) => ("《", "》"),
                (true, Lang::En) => ("“", "”"),
            };
            // Titles are as published: mostly Chinese, now and then in another language
            // (a city's German page), which a Chinese page names as foreign.
            let chinese = src
                .title
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            let foreign = if !chinese && l == Lang::Zh {
                s.foreign_title
            } else {
                ""
            };
            Cite {
                by: Shown {
                    text: by.join(s.list_comma),
                    lang: publisher.and_then(|p| p.fallback.then(|| l.other())),
                },
                title: format!("{open}{}{close}{foreign}", src.title),
                title_lang: (chinese && l != Lang::Zh).then_some(Lang::Zh),
                url: src.url.as_ref().map(|u| u.as_str().to_string()),
                copy: src.kind == SourceKind::Copy,
                kind: src.kind.label(l),
                supports,
            }
        })
        .collect()
}

pub(crate) fn area(mu: f64, s: &Strings) -> String {
    format!(
        "{} {} ({} {})",
        format_number(mu, 1),
        s.unit_mu,
        format_number(mu / 15.0, 2),
        s.unit_ha
    )
}

/// What the presenters need besides the record.
pub struct Ctx<'a> {
    pub pack: &'a Pack,
    pub lang: Lang,
    /// Where links lead.
    pub links: Links,
    /// For "days left".
    pub today: Date,
}

/// What a record of one kind shows: its card and its detail page. One file per kind.
pub(crate) trait Present: Record {
    fn card(&self, ctx: &Ctx) -> Card;
    fn detail(&self, ctx: &Ctx) -> Detail;
}

impl Ctx<'_> {
    fn href(&self, kind: RecordKind, id: &str) -> String {
        self.links.route(&Route::Detail(kind, id.to_string()))
    }

    /// The explorer of `kind` filtered by one facet value.
    pub fn filtered(&self, kind: RecordKind, facet: Facet, value: &str) -> String {
        self.links.list(kind, &ListQuery::only(facet, value))
    }

    fn zone_name(&self, id: &str) -> Shown {
        match self.pack.zone(id) {
            Some(z) => Shown::of(&z.short_name, self.lang),
            None => Shown::plain(id),
        }
    }

    fn zone_fact(&self, id: &str) -> Fact {
        Fact {
            value: self.zone_name(id),
            href: self.pack.zone(id).map(|_| self.href(RecordKind::Zones, id)),
            ..Fact::new(
                "zone",
                self.lang.strings().zone,
                "",
                Raw::Code(id.to_string()),
            )
        }
    }

    /// A link to another record, with the zone it is in.
    fn item<T: Record>(&self, record: &T) -> Item {
        Item {
            href: self.href(T::KIND, record.id().as_str()),
            name: Shown::of(record.title(), self.lang),
            zone: Some(self.zone_name(record.zone().as_str())),
            condition: None,
        }
    }

    fn condition(&self, applies: Applies) -> Option<String> {
        match applies {
            Applies::Yes => None,
            Applies::IfInvesting(min) => Some(format!(
                "{} {}",
                self.lang.strings().if_investing,
                format_wan(min, self.lang)
            )),
        }
    }

    fn deadline(&self, key: &'static str, label: &'static str, deadline: Date) -> Fact {
        let days = self.today.days_until(deadline);
        Fact::new(
            key,
            label,
            format!("{deadline} ({})", format_days_left(days, self.lang)),
            Raw::Date(deadline),
        )
    }

    /// The card of the record at `i` in `kind`'s list.
    pub fn card(&self, kind: RecordKind, i: usize) -> Option<Card> {
        crate::with_kind!(kind, T => T::list(self.pack).get(i).map(|r| r.card(self)))
    }

    /// The detail page of the record `id` of `kind`, if there is one.
    pub fn detail(&self, kind: RecordKind, id: &str) -> Option<Detail> {
        let mut d = crate::with_kind!(kind, T => T::list(self.pack)
            .iter()
            .find(|r| r.id().as_str() == id)
            .map(|r| r.detail(self)))?;
        d.related.retain(|r| !r.items.is_empty());
        d.lists.retain(|(_, items)| !items.is_empty());
        Some(d)
    }

    /// A detail page's frame: title, badges, contact and facts; the rest filled in by the kind.
    fn frame(
        &self,
        title: &Text,
        badges: Vec<Badge>,
        contact: &Contact,
        facts: Vec<Fact>,
    ) -> Detail {
        Detail {
            title: Shown::of(title, self.lang),
            badges,
            contact: Some(reach(contact, self.lang)),
            facts,
            body: None,
            lists: Vec::new(),
            related: Vec::new(),
            sources: Vec::new(),
        }
    }
}
