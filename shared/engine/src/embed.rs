//! Embed options: how a zone's website asks for the explorer inside an iframe. They sit in the
//! iframe's own query string, before `#` (`?embed=1&zone=yancheng&section=scenarios&lang=en`),
//! so that the route and filters stay in the fragment as everywhere else (README "Embedding").
//!
//! Checked like the explorer's URL state: an unknown or bad option is dropped and listed in
//! [`Ignored`], so the embed can say what it left out instead of showing a blank frame. Two
//! steps: [`EmbedOptions::parse`] checks the form of each option; [`EmbedOptions::resolve`]
//! checks zone ids, a record id and preset filters against the pack.

use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::pack::Pack;
use crate::query::{IgnoreReason, Ignored, ListQuery};
use crate::route::{encode_pairs, parse_query, AppUrl, Route};
use crate::searchable::Vocabulary as _;

/// Items per page an embed may ask for.
pub const LIMIT_RANGE: std::ops::RangeInclusive<usize> = 1..=60;

/// What the embed shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedSection {
    /// One explorer (`scenarios`, `projects`, `parcels`, `incentives`, `zones`).
    List(RecordKind),
    /// The "inland river + low-altitude" page (`river-air`).
    RiverAir,
    /// The map of the chosen zones (`map`).
    Map,
    /// One record, by its id (`sc-yancheng-001`); its kind is known once resolved.
    Record(Option<RecordKind>, String),
}

impl EmbedSection {
    fn parse(value: &str) -> Option<EmbedSection> {
        match value {
            "river-air" => Some(EmbedSection::RiverAir),
            "map" => Some(EmbedSection::Map),
            v => match RecordKind::parse(v) {
                Some(kind) => Some(EmbedSection::List(kind)),
                None if plain_id(v) => Some(EmbedSection::Record(None, v.to_string())),
                None => None,
            },
        }
    }

    /// The value written in the query.
    pub fn key(&self) -> String {
        match self {
            EmbedSection::List(kind) => kind.slug().to_string(),
            EmbedSection::RiverAir => "river-air".into(),
            EmbedSection::Map => "map".into(),
            EmbedSection::Record(_, id) => id.clone(),
        }
    }

    /// The kind of record whose filters the section takes, if any.
    fn filtered_kind(&self) -> Option<RecordKind> {
        match self {
            EmbedSection::List(kind) => Some(*kind),
            _ => None,
        }
    }
}

/// A colour as `#rgb` or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The page's background (main.css `--bg`), the darkest one text sits on; a colour readable on
/// it is readable on the white cards too, and white text on that colour is as readable.
pub const BACKGROUND: Rgb = Rgb(0xf5, 0xf7, 0xfa);

/// WCAG AA for normal text.
pub const AA: f64 = 4.5;

impl Rgb {
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.x).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// Contrast ratio with `other`, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// This colour, darkened step by step (each channel by a tenth, keeping its hue) until it
    /// reaches WCAG AA on [`BACKGROUND`]; `true` when it had to be darkened.
    pub fn readable(self) -> (Rgb, bool) {
        let mut c = self;
        let mut darkened = false;
        while c.contrast(BACKGROUND) < AA {
            let step = |v: u8| (u16::from(v) * 9 / 10) as u8;
            c = Rgb(step(c.0), step(c.1), step(c.2));
            darkened = true;
        }
        (c, darkened)
    }
}

/// A host's own id for its iframe, echoed in resize messages: letters, digits, `-` and `_`.
fn plain_id(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 64
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What an embed asked for, each option checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Zone ids; empty: every zone.
    pub zones: Vec<String>,
    pub section: EmbedSection,
    pub lang: Option<Lang>,
    /// The colour asked for (not yet made readable: see [`Rgb::readable`]).
    pub accent: Option<Rgb>,
    /// Items per page; `None`: the explorer's own.
    pub limit: Option<usize>,
    /// The host's id for this frame, echoed in its resize messages.
    pub id: Option<String>,
    /// Preset filters of the section, as the explorer's query writes them.
    pub presets: Vec<(String, String)>,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            zones: Vec::new(),
            section: EmbedSection::default_list(),
            lang: None,
            accent: None,
            limit: None,
            id: None,
            presets: Vec::new(),
        }
    }
}

impl EmbedOptions {
    /// Reads a page's query string (`location.search`). `None` unless it asks for an embed
    /// (`embed=1`); otherwise the options and what was left out.
    pub fn parse(search: &str) -> Option<(EmbedOptions, Vec<Ignored>)> {
        let pairs = parse_query(search);
        if !pairs.iter().any(|(k, v)| k == "embed" && v == "1") {
            return None;
        }
        let mut o = EmbedOptions::default();
        let mut ignored = Vec::new();
        let mut bad = |k: &str, v: &str| {
            ignored.push(Ignored {
                key: k.to_string(),
                value: v.to_string(),
                reason: IgnoreReason::BadValue,
            })
        };
        for (k, v) in &pairs {
            let v = v.trim();
            match k.as_str() {
                "embed" => {}
                "zone" => {
                    for z in v.split(',').map(str::trim).filter(|z| !z.is_empty()) {
                        if !plain_id(z) {
                            bad(k, z);
                        } else if !o.zones.iter().any(|have| have == z) {
                            o.zones.push(z.to_string());
                        }
                    }
                }
                "section" => match EmbedSection::parse(v) {
                    Some(s) => o.section = s,
                    None => bad(k, v),
                },
                "lang" => match Lang::parse(v) {
                    Some(l) => o.lang = Some(l),
                    None => bad(k, v),
                },
                "accent" => match Rgb::parse(v) {
                    Some(c) => o.accent = Some(c),
                    None => bad(k, v),
                },
                "limit" => match v.parse::<usize>() {
                    Ok(n) if LIMIT_RANGE.contains(&n) => o.limit = Some(n),
                    _ => bad(k, v),
                },
                "id" => match plain_id(v) {
                    true => o.id = Some(v.to_string()),
                    false => bad(k, v),
                },
                _ => o.presets.push((k.clone(), v.to_string())),
            }
        }
        Some((o, ignored))
    }

    /// The query string these options are written as, with its `?`;
    /// `parse(&o.to_search()) == Some((o, []))` for options that came from `parse`.
    pub fn to_search(&self) -> String {
        let mut pairs = vec![("embed".to_string(), "1".to_string())];
        pairs.extend(self.settings().map(|(k, v)| (k.to_string(), v)));
        if let Some(id) = &self.id {
            pairs.push(("id".into(), id.clone()));
        }
        pairs.extend(self.presets.iter().cloned());
        format!("?{}", encode_pairs(&pairs))
    }

    /// The options a web editor chooses, each once, in the order they are written (the query
    /// string and the snippet's `data-` attributes name them alike).
    fn settings(&self) -> impl Iterator<Item = (&'static str, String)> {
        [
            self.scoped().then(|| ("zone", self.zones.join(","))),
            Some(("section", self.section.key())),
            self.lang.map(|l| ("lang", l.code().to_string())),
            self.accent.map(|c| ("accent", c.hex())),
            self.limit.map(|n| ("limit", n.to_string())),
        ]
        .into_iter()
        .flatten()
    }

    /// Checks the options against `pack`: zones that do not exist, a record id that names
    /// nothing, and preset filters the section does not take are dropped and listed.
    pub fn resolve(mut self, pack: &Pack) -> (EmbedOptions, Vec<Ignored>) {
        let mut ignored = Vec::new();
        let bad = |k: &str, v: &str, reason| Ignored {
            key: k.to_string(),
            value: v.to_string(),
            reason,
        };
        self.zones.retain(|z| {
            let known = pack.zone(z).is_some();
            if !known {
                ignored.push(bad("zone", z, IgnoreReason::BadValue));
            }
            known
        });
        if let EmbedSection::Record(_, id) = &self.section {
            let kind = RecordKind::ALL.iter().copied().find(|kind| {
                crate::with_kind!(*kind, T => T::list(pack).iter().any(|r| r.id().as_str() == id))
            });
            match kind {
                Some(kind) => self.section = EmbedSection::Record(Some(kind), id.clone()),
                None => {
                    ignored.push(bad("section", id, IgnoreReason::BadValue));
                    self.section = EmbedSection::default_list();
                }
            }
        }
        let presets = std::mem::take(&mut self.presets);
        match self.section.filtered_kind() {
            Some(kind) => {
                let (q, left) = ListQuery::parse(kind, &presets, |f, v| pack.knows(kind, f, v));
                ignored.extend(left);
                self.presets = q.to_pairs();
            }
            None => ignored.extend(
                presets
                    .iter()
                    .map(|(k, v)| bad(k, v, IgnoreReason::UnknownKey)),
            ),
        }
        (self, ignored)
    }

    /// Where the frame opens: the section's page with its preset filters, in the language
    /// asked for (or `fallback`).
    pub fn start(&self, fallback: Lang) -> AppUrl {
        let route = match &self.section {
            EmbedSection::List(kind) => Route::List(*kind),
            EmbedSection::RiverAir => Route::RiverAir,
            EmbedSection::Map => Route::Home,
            EmbedSection::Record(Some(kind), id) => Route::Detail(*kind, id.clone()),
            EmbedSection::Record(None, _) => Route::List(RecordKind::Scenarios),
        };
        let mut url = AppUrl::new(route);
        url.query.push((
            "lang".into(),
            self.lang.unwrap_or(fallback).code().to_string(),
        ));
        url.query.extend(self.presets.iter().cloned());
        url
    }

    /// Whether `route` opens inside the frame: the section itself and the records it lists.
    /// Anything else (another section, a zone page from a scenario) opens the full explorer in
    /// a new tab.
    pub fn in_frame(&self, route: &Route) -> bool {
        match (&self.section, route) {
            (EmbedSection::List(kind), Route::List(k) | Route::Detail(k, _)) => kind == k,
            (EmbedSection::RiverAir, Route::RiverAir) => true,
            (EmbedSection::RiverAir, Route::Detail(k, _)) => *k == RecordKind::Projects,
            (EmbedSection::Map, Route::Home) => true,
            (EmbedSection::Record(_, id), Route::Detail(_, i)) => id == i,
            _ => false,
        }
    }

    /// Whether the embed shows only some zones.
    pub fn scoped(&self) -> bool {
        !self.zones.is_empty()
    }

    /// The address of the frame under `base`, the explorer's folder (`https://…/explorer/`).
    pub fn frame_src(&self, base: &str) -> String {
        format!("{base}{}", self.to_search())
    }

    /// What the full explorer shows of this embed, as a fragment: the same page and presets,
    /// narrowed to the embed's zones where the page has a zone filter.
    pub fn full_fragment(&self, fallback: Lang) -> String {
        self.full_view(&self.start(fallback)).to_fragment()
    }

    /// `url`, a page inside the frame, as the full explorer shows it: a list narrowed to the
    /// embed's zones where it has a zone filter and the address does not set one.
    pub fn full_view(&self, url: &AppUrl) -> AppUrl {
        let mut url = url.clone();
        let zone_filter = matches!(url.route, Route::List(kind)
            if crate::query::Facet::for_section(kind).contains(&crate::query::Facet::Zone));
        if zone_filter && self.scoped() && !url.query.iter().any(|(k, _)| k == "zone") {
            url.query.push(("zone".into(), self.zones.join(",")));
        }
        url
    }

    /// The one tag a web editor pastes (`public/embed.js` reads its `data-` attributes and
    /// inserts the frame), with a plain link to `fallback` where scripts do not run.
    pub fn script_snippet(&self, base: &str, fallback: &str) -> String {
        let mut tag = format!("<script src=\"{}embed.js\"", attr(base));
        let filters = (!self.presets.is_empty()).then(|| ("filters", encode_pairs(&self.presets)));
        for (k, v) in self.settings().chain(filters) {
            tag.push_str(&format!(" data-{k}=\"{}\"", attr(&v)));
        }
        let link = format!(
            "{base}{}",
            self.full_fragment(self.lang.unwrap_or(Lang::Zh))
        );
        format!(
            "{tag} async></script>\n<noscript><a href=\"{}\">{}</a></noscript>",
            attr(&link),
            attr(fallback)
        )
    }

    /// A plain `<iframe>` for sites that allow no third-party script: a fixed height, scrolling
    /// inside.
    pub fn iframe_snippet(&self, base: &str, title: &str) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" frameborder=\"0\" loading=\"lazy\"></iframe>",
            attr(&self.frame_src(base)),
            attr(title)
        )
    }
}

/// `text` as an HTML attribute value (or text) can hold it.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl EmbedSection {
    fn default_list() -> EmbedSection {
        EmbedSection::List(RecordKind::Scenarios)
    }
}

/// The status an investor can still act on, per kind: open scenarios and projects, available
/// parcels, incentives in force (the builder's "only what is open now"). Zones have none.
pub fn open_status(kind: RecordKind) -> Option<&'static str> {
    match kind {
        RecordKind::Scenarios | RecordKind::Projects => Some("open"),
        RecordKind::Parcels => Some("available"),
        RecordKind::Incentives => Some("active"),
        RecordKind::Zones => None,
    }
}

/// `pack` with only the records of `zones` (and those zones): every count, facet and page of
/// an embed scoped to a zone is then about that zone alone. All of `pack` when `zones` is empty.
pub fn only_zones(pack: &Pack, zones: &[String]) -> Pack {
    let mut out = pack.clone();
    if zones.is_empty() {
        return out;
    }
    for kind in RecordKind::ALL.iter().copied() {
        crate::with_kind!(kind, T => T::list_mut(&mut out).retain(|r| {
            zones.iter().any(|z| z == r.zone().as_str())
        }));
    }
    out
}
