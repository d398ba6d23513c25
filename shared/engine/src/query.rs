//! What an explorer shows, as a typed value that parses from and renders to the URL query:
//! `q=低空&zone=bengbu,chuzhou&budget=500-&sort=budget-desc&page=2`.
//!
//! A link from someone else may be malformed or outdated: unknown keys and bad values are
//! dropped and listed in [`Ignored`], so the page can say what it left out.
//!
//! About 400 lines: the facets, measures and sorts every explorer offers and the one codec for
//! them, kept together so that the URL keys are defined in one place.

use crate::kind::RecordKind;

/// Results per page.
pub const PAGE_SIZE: usize = 24;

/// A facet: a field whose values are listed with counts and picked by clicking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Zone,
    Province,
    Industry,
    Track,
    Kind,
    Party,
    Status,
    Stage,
    Due,
    LandUse,
    Category,
    /// A zone's place in the alliance: member or guest.
    Membership,
}

impl Facet {
    pub const ALL: [Facet; 12] = [
        Facet::Zone,
        Facet::Province,
        Facet::Industry,
        Facet::Track,
        Facet::Kind,
        Facet::Party,
        Facet::Status,
        Facet::Stage,
        Facet::Due,
        Facet::LandUse,
        Facet::Category,
        Facet::Membership,
    ];

    /// The URL key.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Zone => "zone",
            Facet::Province => "province",
            Facet::Industry => "industry",
            Facet::Track => "track",
            Facet::Kind => "kind",
            Facet::Party => "party",
            Facet::Status => "status",
            Facet::Stage => "stage",
            Facet::Due => "due",
            Facet::LandUse => "use",
            Facet::Category => "category",
            Facet::Membership => "membership",
        }
    }

    /// The facets each explorer offers, in the order they are shown.
    pub fn for_section(section: RecordKind) -> &'static [Facet] {
        use Facet::*;
        match section {
            RecordKind::Scenarios => &[Track, Status, Due, Industry, Province, Zone, Party],
            RecordKind::Projects => &[Track, Kind, Stage, Status, Province, Zone],
            RecordKind::Parcels => &[LandUse, Status, Industry, Province, Zone],
            RecordKind::Incentives => &[Category, Status, LandUse, Industry, Province, Zone],
            RecordKind::Zones => &[Membership, Province, Industry],
        }
    }
}

/// A number that can be filtered by range and sorted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// Scenario budget, 万元 (a record matches when its budget range overlaps the filter).
    Budget,
    /// Total investment of a project, 万元.
    Investment,
    /// Parcel area, 亩.
    Area,
    /// Parcel price, 万元/亩.
    Price,
    /// Parcel plot ratio (overlap of ranges).
    PlotRatio,
    /// Incentive amount or cap, 万元.
    Amount,
    /// A zone's offers open now: open scenarios and projects, available parcels, active
    /// incentives.
    Offers,
    /// A parcel's distance to the nearest port, airport, expressway entrance, rail freight
    /// station, km: what site selectors choose by.
    PortKm,
    AirportKm,
    ExpresswayKm,
    RailKm,
}

impl Measure {
    pub fn key(self) -> &'static str {
        match self {
            Measure::Budget => "budget",
            Measure::Investment => "investment",
            Measure::Area => "area",
            Measure::Price => "price",
            Measure::PlotRatio => "ratio",
            Measure::Amount => "amount",
            Measure::Offers => "offers",
            Measure::PortKm => "port",
            Measure::AirportKm => "airport",
            Measure::ExpresswayKm => "expressway",
            Measure::RailKm => "rail",
        }
    }

    /// A distance: only "nearest first" is a sort worth offering.
    pub fn is_distance(self) -> bool {
        matches!(
            self,
            Measure::PortKm | Measure::AirportKm | Measure::ExpresswayKm | Measure::RailKm
        )
    }

    pub fn for_section(section: RecordKind) -> &'static [Measure] {
        match section {
            RecordKind::Scenarios => &[Measure::Budget],
            RecordKind::Projects => &[Measure::Investment],
            RecordKind::Parcels => &[
                Measure::Area,
                Measure::Price,
                Measure::PlotRatio,
                Measure::PortKm,
                Measure::AirportKm,
                Measure::ExpresswayKm,
                Measure::RailKm,
            ],
            RecordKind::Incentives => &[Measure::Amount],
            RecordKind::Zones => &[Measure::Offers],
        }
    }
}

/// Bounds of a range filter; either side may be open.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Bounds {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Bounds {
    /// Whether a value range `[lo, hi]` (a point when equal) overlaps these bounds.
    pub fn overlaps(&self, lo: f64, hi: f64) -> bool {
        self.min.is_none_or(|m| hi >= m) && self.max.is_none_or(|m| lo <= m)
    }

    pub fn is_open(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }

    /// `500-`, `-20`, `40-60`.
    fn render(&self) -> String {
        let f = |v: Option<f64>| v.map(num).unwrap_or_default();
        format!("{}-{}", f(self.min), f(self.max))
    }

    fn parse(text: &str) -> Option<Bounds> {
        let (a, b) = text.split_once('-')?;
        let side = |s: &str| -> Option<Option<f64>> {
            if s.trim().is_empty() {
                Some(None)
            } else {
                s.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite() && *v >= 0.0)
                    .map(Some)
            }
        };
        let bounds = Bounds {
            min: side(a)?,
            max: side(b)?,
        };
        match (bounds.min, bounds.max) {
            (Some(lo), Some(hi)) if lo > hi => None,
            (None, None) => None,
            _ => Some(bounds),
        }
    }
}

/// A number written without a useless `.0`, to six decimals at most (what a person types into a
/// range box survives the URL). Written with integers: core's float printing would otherwise be
/// linked into the app's wasm for this alone.
fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{}", v as i64);
    }
    let micros = (v.abs() * 1e6).round() as u64;
    let sign = if v < 0.0 && micros > 0 { "-" } else { "" };
    let frac = format!("{:06}", micros % 1_000_000);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{}", micros / 1_000_000)
    } else {
        format!("{sign}{}.{frac}", micros / 1_000_000)
    }
}

/// Sort orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match first; only meaningful with a search text.
    Relevance,
    /// Most recently published or verified first.
    Newest,
    /// Nearest deadline first (past deadlines last).
    Deadline,
    /// By a number, ascending or descending.
    Asc(Measure),
    Desc(Measure),
}

impl Sort {
    pub fn key(self) -> String {
        match self {
            Sort::Relevance => "relevance".into(),
            Sort::Newest => "newest".into(),
            Sort::Deadline => "deadline".into(),
            Sort::Asc(m) => format!("{}-asc", m.key()),
            Sort::Desc(m) => format!("{}-desc", m.key()),
        }
    }

    /// The orders an explorer offers.
    pub fn for_section(section: RecordKind) -> Vec<Sort> {
        let mut sorts = vec![Sort::Relevance, Sort::Newest];
        let dated = match section {
            // A scenario's deadline; an incentive's end of validity.
            RecordKind::Scenarios | RecordKind::Incentives => true,
            RecordKind::Projects | RecordKind::Parcels | RecordKind::Zones => false,
        };
        if dated {
            sorts.push(Sort::Deadline);
        }
        for m in Measure::for_section(section) {
            if !m.is_distance() {
                sorts.push(Sort::Desc(*m));
            }
            sorts.push(Sort::Asc(*m));
        }
        sorts
    }

    fn parse(text: &str, section: RecordKind) -> Option<Sort> {
        Sort::for_section(section)
            .into_iter()
            .find(|s| s.key() == text)
    }
}

/// Something a link asked for that the explorer left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
    pub reason: IgnoreReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoreReason {
    /// The key means nothing on this page.
    UnknownKey,
    /// The value is not one the key accepts.
    BadValue,
}

/// Keys that belong to the whole app rather than to one explorer.
const GLOBAL_KEYS: [&str; 1] = ["lang"];

/// The state of one explorer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListQuery {
    /// Search text.
    pub text: String,
    /// Selected values per facet, in `Facet` order; values sorted, no duplicates, never empty.
    pub facets: Vec<(Facet, Vec<String>)>,
    /// Range filters, in `Measure` order; never fully open.
    pub ranges: Vec<(Measure, Bounds)>,
    /// `None`: the default order (relevance when searching, else newest).
    pub sort: Option<Sort>,
    /// 1-based page number.
    pub page: usize,
}

impl ListQuery {
    /// Parses the query of `section`'s list. `valid` says whether a facet value is acceptable
    /// (known enum value, existing zone); what fails is returned in the second list.
    pub fn parse(
        section: RecordKind,
        query: &[(String, String)],
        valid: impl Fn(Facet, &str) -> bool,
    ) -> (ListQuery, Vec<Ignored>) {
        let mut q = ListQuery {
            page: 1,
            ..Default::default()
        };
        let mut ignored = Vec::new();
        let mut ignore = |k: &str, v: &str, reason| {
            ignored.push(Ignored {
                key: k.to_string(),
                value: v.to_string(),
                reason,
            })
        };
        for (key, value) in query {
            let (k, v) = (key.as_str(), value.as_str());
            if GLOBAL_KEYS.contains(&k) {
                continue;
            }
            if k == "q" {
                q.text = v.trim().to_string();
            } else if k == "sort" {
                match Sort::parse(v, section) {
                    Some(s) => q.sort = Some(s),
                    None => ignore(k, v, IgnoreReason::BadValue),
                }
            } else if k == "page" {
                match v.parse::<usize>() {
                    Ok(p) if p >= 1 => q.page = p,
                    _ => ignore(k, v, IgnoreReason::BadValue),
                }
            } else if let Some(f) = Facet::for_section(section).iter().find(|f| f.key() == k) {
                for value in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if valid(*f, value) {
                        q.toggle(*f, value, true);
                    } else {
                        ignore(k, value, IgnoreReason::BadValue);
                    }
                }
            } else if let Some(m) = Measure::for_section(section).iter().find(|m| m.key() == k) {
                match Bounds::parse(v) {
                    Some(b) => q.set_range(*m, b),
                    None => ignore(k, v, IgnoreReason::BadValue),
                }
            } else {
                ignore(k, v, IgnoreReason::UnknownKey);
            }
        }
        (q, ignored)
    }

    /// The query parameters, in a fixed order, leaving out defaults.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !self.text.is_empty() {
            out.push(("q".to_string(), self.text.clone()));
        }
        for (f, values) in &self.facets {
            out.push((f.key().to_string(), values.join(",")));
        }
        for (m, b) in &self.ranges {
            out.push((m.key().to_string(), b.render()));
        }
        if let Some(s) = self.sort {
            out.push(("sort".to_string(), s.key()));
        }
        if self.page > 1 {
            out.push(("page".to_string(), self.page.to_string()));
        }
        out
    }

    /// The list filtered by one facet value (a zone's offers, a project type).
    pub fn only(facet: Facet, value: &str) -> ListQuery {
        ListQuery::with(&[(facet, value)])
    }

    /// The list narrowed to each of `picks` (a facet and one of its values).
    pub fn with(picks: &[(Facet, &str)]) -> ListQuery {
        let mut q = ListQuery::default();
        for (facet, value) in picks {
            q.toggle(*facet, value, true);
        }
        q
    }

    pub fn selected(&self, facet: Facet) -> &[String] {
        self.facets
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected(facet).iter().any(|v| v == value)
    }

    /// Selects (`on`) or deselects a facet value, keeping the canonical order.
    pub fn toggle(&mut self, facet: Facet, value: &str, on: bool) {
        let pos = self.facets.iter().position(|(f, _)| *f == facet);
        match (pos, on) {
            (Some(i), true) => {
                let values = &mut self.facets[i].1;
                if let Err(at) = values.binary_search_by(|v| v.as_str().cmp(value)) {
                    values.insert(at, value.to_string());
                }
            }
            (Some(i), false) => {
                self.facets[i].1.retain(|v| v != value);
                if self.facets[i].1.is_empty() {
                    self.facets.remove(i);
                }
            }
            (None, true) => {
                let at = self.facets.partition_point(|(f, _)| *f < facet);
                self.facets.insert(at, (facet, vec![value.to_string()]));
            }
            (None, false) => {}
        }
    }

    pub fn range(&self, measure: Measure) -> Bounds {
        self.ranges
            .iter()
            .find(|(m, _)| *m == measure)
            .map(|(_, b)| *b)
            .unwrap_or_default()
    }

    /// Sets a range filter; open bounds remove it.
    pub fn set_range(&mut self, measure: Measure, bounds: Bounds) {
        self.ranges.retain(|(m, _)| *m != measure);
        if !bounds.is_open() {
            let at = self.ranges.partition_point(|(m, _)| *m < measure);
            self.ranges.insert(at, (measure, bounds));
        }
    }

    /// The order in effect.
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Some(Sort::Relevance) if self.text.is_empty() => Sort::Newest,
            Some(s) => s,
            None if !self.text.is_empty() => Sort::Relevance,
            None => Sort::Newest,
        }
    }

    /// Whether any filter or search is active (the empty state then offers to clear them).
    pub fn is_filtered(&self) -> bool {
        !self.text.is_empty() || !self.facets.is_empty() || !self.ranges.is_empty()
    }
}
