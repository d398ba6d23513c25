//! What the search engine knows of each kind of record ([`Searchable`]): its texts, its facet
//! values, its numbers and dates, and the facts about the pack and the day a facet needs
//! ([`Context`]). One `impl` per kind; the engine itself is in `search.rs`.

use std::collections::HashMap;

use crate::kind::RecordKind;
use crate::model::{Incentive, LandParcel, Project, Province, Scenario, Zone};
use crate::pack::Pack;
use crate::query::{Facet, Measure};
use crate::values::{Date, Text};

/// Facts about the pack and the day that records need to answer facet questions.
pub struct Context<'a> {
    pub today: Date,
    /// Zones by id, with their position in zones.json.
    zones: HashMap<&'a str, (usize, &'a Zone)>,
    /// Open offers per zone id (see `Pack::open_offers`).
    offers: HashMap<&'a str, usize>,
}

impl<'a> Context<'a> {
    pub fn new(pack: &'a Pack, today: Date) -> Self {
        Context {
            today,
            zones: pack
                .zones
                .iter()
                .enumerate()
                .map(|(i, z)| (z.id.as_str(), (i, z)))
                .collect(),
            offers: pack
                .zones
                .iter()
                .map(|z| (z.id.as_str(), pack.open_offers(&z.id)))
                .collect(),
        }
    }

    fn province(&self, zone: &str) -> Option<Province> {
        self.zones.get(zone).map(|(_, z)| z.province)
    }

    pub(crate) fn zone_names(&self, zone: &str) -> Option<&'a Text> {
        self.zones.get(zone).map(|(_, z)| &z.short_name)
    }
}

/// Deadline windows for the `due` facet; each dated record falls in exactly one.
pub const DUE_WINDOWS: [&str; 5] = ["week", "month", "quarter", "later", "passed"];

fn due_window(today: Date, deadline: Date) -> &'static str {
    match today.days_until(deadline) {
        d if d < 0 => "passed",
        0..=7 => "week",
        8..=30 => "month",
        31..=90 => "quarter",
        _ => "later",
    }
}

/// What the engine needs to know of a record.
pub trait Searchable {
    fn key(&self) -> &str;
    fn zone_id(&self) -> &str;
    /// Title first, then other searchable texts.
    fn texts(&self) -> Vec<&Text>;
    /// The record's values for a facet (empty when the facet does not apply).
    fn facet_values(&self, facet: Facet, ctx: &Context) -> Vec<String>;
    /// The record's value for a measure, as a range `(lo, hi)` (equal for a single number).
    fn measure(&self, measure: Measure) -> Option<(f64, f64)>;
    /// The same, for measures that need the rest of the pack (a zone's open offers).
    fn measure_in(&self, measure: Measure, _ctx: &Context) -> Option<(f64, f64)> {
        self.measure(measure)
    }
    /// Date for "newest first".
    fn newest(&self) -> Date;
    /// Date for "nearest deadline first".
    fn deadline(&self) -> Option<Date> {
        None
    }
}

fn zone_facets(zone: &str, facet: Facet, ctx: &Context) -> Vec<String> {
    match facet {
        Facet::Zone => vec![zone.to_string()],
        Facet::Province => ctx
            .province(zone)
            .map(|p| vec![p.as_str().to_string()])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

impl Searchable for Scenario {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn zone_id(&self) -> &str {
        self.zone.as_str()
    }
    fn texts(&self) -> Vec<&Text> {
        let mut t = vec![&self.title, &self.need];
        t.extend(self.requirements.iter());
        t
    }
    fn facet_values(&self, facet: Facet, ctx: &Context) -> Vec<String> {
        let one = |s: &str| vec![s.to_string()];
        match facet {
            Facet::Industry => one(self.industry.as_str()),
            Facet::Track => self.track.map(|t| one(t.as_str())).unwrap_or_default(),
            Facet::Party => one(self.party.as_str()),
            Facet::Status => one(self.status.as_str()),
            Facet::Due => one(due_window(ctx.today, self.deadline)),
            f => zone_facets(self.zone.as_str(), f, ctx),
        }
    }
    fn measure(&self, m: Measure) -> Option<(f64, f64)> {
        (m == Measure::Budget).then_some((self.budget.min, self.budget.max))
    }
    fn newest(&self) -> Date {
        self.published
    }
    fn deadline(&self) -> Option<Date> {
        Some(self.deadline)
    }
}

impl Searchable for Project {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn zone_id(&self) -> &str {
        self.zone.as_str()
    }
    fn texts(&self) -> Vec<&Text> {
        vec![&self.title, &self.summary]
    }
    fn facet_values(&self, facet: Facet, ctx: &Context) -> Vec<String> {
        let one = |s: &str| vec![s.to_string()];
        match facet {
            Facet::Track => one(self.kind.track().as_str()),
            Facet::Kind => one(self.kind.as_str()),
            Facet::Stage => one(self.stage.as_str()),
            Facet::Status => one(self.status.as_str()),
            f => zone_facets(self.zone.as_str(), f, ctx),
        }
    }
    fn measure(&self, m: Measure) -> Option<(f64, f64)> {
        (m == Measure::Investment).then_some((self.investment.0, self.investment.0))
    }
    fn newest(&self) -> Date {
        self.verified
    }
}

impl Searchable for LandParcel {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn zone_id(&self) -> &str {
        self.zone.as_str()
    }
    fn texts(&self) -> Vec<&Text> {
        vec![&self.name, &self.location]
    }
    fn facet_values(&self, facet: Facet, ctx: &Context) -> Vec<String> {
        match facet {
            Facet::LandUse => vec![self.land_use.as_str().to_string()],
            Facet::Status => vec![self.status.as_str().to_string()],
            Facet::Industry => self
                .industries
                .iter()
                .map(|i| i.as_str().to_string())
                .collect(),
            f => zone_facets(self.zone.as_str(), f, ctx),
        }
    }
    fn measure(&self, m: Measure) -> Option<(f64, f64)> {
        match m {
            Measure::Area => Some((self.area_mu.0, self.area_mu.0)),
            Measure::Price => Some((self.price_wan_per_mu.0, self.price_wan_per_mu.0)),
            Measure::PlotRatio => Some((self.plot_ratio.min, self.plot_ratio.max)),
            Measure::PortKm => self.distances.port_km.map(|k| (k.0, k.0)),
            Measure::AirportKm => self.distances.airport_km.map(|k| (k.0, k.0)),
            Measure::ExpresswayKm => self.distances.expressway_km.map(|k| (k.0, k.0)),
            Measure::RailKm => self.distances.rail_km.map(|k| (k.0, k.0)),
            _ => None,
        }
    }
    fn newest(&self) -> Date {
        self.verified
    }
}

impl Searchable for Incentive {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn zone_id(&self) -> &str {
        self.zone.as_str()
    }
    fn texts(&self) -> Vec<&Text> {
        vec![&self.title, &self.summary, &self.policy.title]
    }
    fn facet_values(&self, facet: Facet, ctx: &Context) -> Vec<String> {
        let e = &self.eligibility;
        match facet {
            Facet::Category => vec![self.category.as_str().to_string()],
            Facet::Status => vec![self.status.as_str().to_string()],
            Facet::LandUse => e.land_uses.iter().map(|u| u.as_str().to_string()).collect(),
            Facet::Industry => e
                .industries
                .iter()
                .map(|i| i.as_str().to_string())
                .collect(),
            // An incentive also shows under every zone where it applies.
            Facet::Zone => std::iter::once(self.zone.as_str())
                .chain(e.zones.iter().map(|z| z.as_str()))
                .map(str::to_string)
                .collect(),
            f => zone_facets(self.zone.as_str(), f, ctx),
        }
    }
    fn measure(&self, m: Measure) -> Option<(f64, f64)> {
        let v = self.amount_wan.or(self.cap_wan)?.0;
        (m == Measure::Amount).then_some((v, v))
    }
    fn newest(&self) -> Date {
        self.valid_from
    }
    fn deadline(&self) -> Option<Date> {
        Some(self.valid_until)
    }
}

impl Searchable for Zone {
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn zone_id(&self) -> &str {
        self.id.as_str()
    }
    fn texts(&self) -> Vec<&Text> {
        let mut t = vec![&self.name, &self.short_name, &self.city];
        t.extend(self.industries.iter());
        t
    }
    fn facet_values(&self, facet: Facet, _ctx: &Context) -> Vec<String> {
        match facet {
            Facet::Province => vec![self.province.as_str().to_string()],
            Facet::Membership => vec![self.membership.as_str().to_string()],
            Facet::Industry => self
                .sectors
                .iter()
                .map(|i| i.as_str().to_string())
                .collect(),
            _ => Vec::new(),
        }
    }
    fn measure(&self, _m: Measure) -> Option<(f64, f64)> {
        None
    }
    fn measure_in(&self, m: Measure, ctx: &Context) -> Option<(f64, f64)> {
        match m {
            Measure::Offers => {
                let n = ctx.offers.get(self.id.as_str()).copied().unwrap_or(0) as f64;
                Some((n, n))
            }
            _ => None,
        }
    }
    fn newest(&self) -> Date {
        self.verified
    }
}

/// Facet values in the order people expect: enums in declaration order, zones as in the pack.
pub(crate) fn display_rank(kind: RecordKind, facet: Facet, value: &str, ctx: &Context) -> u64 {
    use crate::model::*;
    let pos = |all: &[&str]| all.iter().position(|v| *v == value).unwrap_or(usize::MAX);
    let names = |all: Vec<&'static str>| pos(&all);
    let rank = match facet {
        // Zones keep the order of zones.json (members first, as the alliance lists them).
        Facet::Zone => ctx.zones.get(value).map_or(usize::MAX, |(i, _)| *i),
        Facet::Province => names(Province::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Industry => names(Industry::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Track => names(Track::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Kind => names(ProjectKind::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Party => names(Party::ALL.iter().map(|v| v.as_str()).collect()),
        // Each kind has its own statuses (a project's "open" is not a scenario's).
        Facet::Status => match kind {
            RecordKind::Scenarios => {
                names(ScenarioStatus::ALL.iter().map(|v| v.as_str()).collect())
            }
            RecordKind::Projects => names(ProjectStatus::ALL.iter().map(|v| v.as_str()).collect()),
            RecordKind::Parcels => names(ParcelStatus::ALL.iter().map(|v| v.as_str()).collect()),
            RecordKind::Incentives => {
                names(IncentiveStatus::ALL.iter().map(|v| v.as_str()).collect())
            }
            RecordKind::Zones => usize::MAX,
        },
        Facet::Stage => names(ProjectStage::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Due => pos(&DUE_WINDOWS),
        Facet::LandUse => names(LandUse::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Category => names(IncentiveCategory::ALL.iter().map(|v| v.as_str()).collect()),
        Facet::Membership => names(Membership::ALL.iter().map(|v| v.as_str()).collect()),
    };
    rank as u64
}

/// Which values a facet can take, for cleaning links.
pub trait Vocabulary {
    /// Whether `value` is a value `facet` can take in `section` (for cleaning links).
    fn knows(&self, section: RecordKind, facet: Facet, value: &str) -> bool;
}

impl Vocabulary for Pack {
    fn knows(&self, section: RecordKind, facet: Facet, value: &str) -> bool {
        use crate::model::*;
        match facet {
            Facet::Zone => self.zone(value).is_some(),
            Facet::Province => Province::parse(value).is_some(),
            Facet::Industry => Industry::parse(value).is_some(),
            Facet::Track => Track::parse(value).is_some(),
            Facet::Kind => ProjectKind::parse(value).is_some(),
            Facet::Party => Party::parse(value).is_some(),
            Facet::Stage => ProjectStage::parse(value).is_some(),
            Facet::Due => DUE_WINDOWS.contains(&value),
            Facet::LandUse => LandUse::parse(value).is_some(),
            Facet::Category => IncentiveCategory::parse(value).is_some(),
            Facet::Membership => section == RecordKind::Zones && Membership::parse(value).is_some(),
            Facet::Status => match section {
                RecordKind::Scenarios => ScenarioStatus::parse(value).is_some(),
                RecordKind::Projects => ProjectStatus::parse(value).is_some(),
                RecordKind::Parcels => ParcelStatus::parse(value).is_some(),
                RecordKind::Incentives => IncentiveStatus::parse(value).is_some(),
                RecordKind::Zones => false,
            },
        }
    }
}
