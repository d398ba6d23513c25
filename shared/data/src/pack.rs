//! What a pack is once read: the manifest and every record, typed, one list per kind
//! ([`crate::kind`]), and the plain questions every floor above asks of it (what a zone offers
//! now, the home page's headline). Reading and checking files is the loader's job (`load.rs`).

use std::collections::HashSet;

use crate::kind::{KindMap, RecordKind};
use crate::model::{
    Contact, IncentiveStatus, Manifest, Membership, ParcelStatus, ProjectStatus, Scenario,
    ScenarioStatus, Source, Track, Zone,
};
use crate::schema::Checked;
use crate::values::{Date, Id, Text};

#[macro_export]
#[doc(hidden)]
macro_rules! __declare_pack {
    ([] $($variant:ident $field:ident $slug:literal $ty:ident,)*) => {
        /// Every record of a pack, typed: one list per [`RecordKind`].
        #[derive(Debug, Clone, PartialEq)]
        pub struct Pack {
            pub manifest: Manifest,
            $( pub $field: Vec<$crate::model::$ty>, )*
        }

        impl Pack {
            /// A pack with the manifest and no records yet.
            pub fn empty(manifest: Manifest) -> Pack {
                Pack { manifest, $( $field: Vec::new(), )* }
            }
        }

        $( impl Kind for $crate::model::$ty {
            const KIND: RecordKind = RecordKind::$variant;
            fn list(pack: &Pack) -> &[Self] {
                &pack.$field
            }
            fn list_mut(pack: &mut Pack) -> &mut Vec<Self> {
                &mut pack.$field
            }
        } )*
    };
}

/// Where a record type's list lives in a pack; generated for every kind.
pub trait Kind: Sized {
    const KIND: RecordKind;
    fn list(pack: &Pack) -> &[Self];
    fn list_mut(pack: &mut Pack) -> &mut Vec<Self>;
}

crate::record_kinds!(__declare_pack);

/// Evaluates `body` with `T` standing for the record type of `kind`:
/// `with_kind!(kind, T => T::list(pack).len())`.
#[macro_export]
macro_rules! with_kind {
    ($kind:expr, $T:ident => $body:expr) => {
        $crate::record_kinds!(__with_kind_arms, ($kind) $T ($body))
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! __with_kind_arms {
    ([($kind:expr) $T:ident ($body:expr)] $($variant:ident $field:ident $slug:literal $ty:ident,)*) => {
        match $kind {
            $( $crate::kind::RecordKind::$variant => {
                #[allow(unused_imports)]
                use $crate::pack::{Kind as _, Record as _};
                #[allow(dead_code)]
                type $T = $crate::model::$ty;
                $body
            } )*
        }
    };
}

/// What every record has, whatever its kind: rules that treat all kinds alike (unique ids,
/// references to zones, contacts, a zone's offers) read these.
pub trait Record: Kind + Checked + 'static {
    fn id(&self) -> &Id;
    /// The zone it belongs to (a zone: itself).
    fn zone(&self) -> &Id;
    fn title(&self) -> &Text;
    fn contact(&self) -> Option<&Contact>;
    fn verified(&self) -> Date;
    fn sources(&self) -> &[Source];
    /// Whether it is on offer now: an open scenario or project, an available parcel, an active
    /// incentive (a zone always is).
    fn open_now(&self) -> bool;
}

macro_rules! listing {
    ($ty:ty, $title:ident, $open:expr) => {
        impl Record for $ty {
            fn id(&self) -> &Id {
                &self.id
            }
            fn zone(&self) -> &Id {
                &self.zone
            }
            fn title(&self) -> &Text {
                &self.$title
            }
            fn contact(&self) -> Option<&Contact> {
                Some(&self.contact)
            }
            fn verified(&self) -> Date {
                self.verified
            }
            fn sources(&self) -> &[Source] {
                &self.sources
            }
            fn open_now(&self) -> bool {
                self.status == $open
            }
        }
    };
}

/// The status a record of `kind` has when it is open now ([`Record::open_now`]), as the
/// explorers' status facet writes it; zones have none. The one rule behind every "open now"
/// figure and the link that lists it.
pub fn open_status(kind: RecordKind) -> Option<&'static str> {
    match kind {
        RecordKind::Scenarios => Some(ScenarioStatus::Open.as_str()),
        RecordKind::Projects => Some(ProjectStatus::Open.as_str()),
        RecordKind::Parcels => Some(ParcelStatus::Available.as_str()),
        RecordKind::Incentives => Some(IncentiveStatus::Active.as_str()),
        RecordKind::Zones => None,
    }
}

listing!(crate::model::Scenario, title, ScenarioStatus::Open);
listing!(crate::model::Project, title, ProjectStatus::Open);
listing!(crate::model::LandParcel, name, ParcelStatus::Available);
listing!(crate::model::Incentive, title, IncentiveStatus::Active);

impl Record for Zone {
    fn id(&self) -> &Id {
        &self.id
    }
    fn zone(&self) -> &Id {
        &self.id
    }
    fn title(&self) -> &Text {
        &self.name
    }
    fn contact(&self) -> Option<&Contact> {
        self.contact.as_ref()
    }
    fn verified(&self) -> Date {
        self.verified
    }
    fn sources(&self) -> &[Source] {
        &self.sources
    }
    fn open_now(&self) -> bool {
        true
    }
}

/// What a zone offers now, by what an investor looks for: open scenarios, open inland-river and
/// low-altitude projects, available parcels, active incentives. Named fields, not positions, so
/// that every reader says which figure it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct OpenNow {
    pub scenarios: usize,
    pub river: usize,
    pub air: usize,
    pub parcels: usize,
    pub incentives: usize,
}

impl OpenNow {
    /// All offers open now.
    pub fn total(&self) -> usize {
        self.scenarios + self.river + self.air + self.parcels + self.incentives
    }
}

/// Figures for the home page, all computed from the pack.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Headline {
    pub member_zones: usize,
    pub guest_zones: usize,
    pub provinces: usize,
    pub open_scenarios: usize,
    /// Sum of the upper budgets of open scenarios, 万元.
    pub open_scenario_budget: f64,
    /// Open inland-river projects, and open low-altitude ones.
    pub river_projects: usize,
    pub air_projects: usize,
    /// Total investment of open projects, 万元.
    pub project_investment: f64,
    pub available_parcels: usize,
    pub available_area_mu: f64,
    pub active_incentives: usize,
}

impl Manifest {
    /// Whether any file of the pack is flagged as illustrative sample data.
    pub fn any_sample(&self) -> bool {
        self.files.iter().any(|f| f.sample)
    }
}

impl Pack {
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id.as_str() == id)
    }

    /// Whether the file of `kind` is flagged as illustrative sample data.
    pub fn is_sample(&self, kind: RecordKind) -> bool {
        self.manifest
            .files
            .iter()
            .any(|f| f.kind == kind && f.sample)
    }

    pub fn any_sample(&self) -> bool {
        self.manifest.any_sample()
    }

    pub fn headline(&self) -> Headline {
        let members = self
            .zones
            .iter()
            .filter(|z| z.membership == Membership::Member);
        let provinces: HashSet<_> = members.clone().map(|z| z.province).collect();
        let open: Vec<&Scenario> = self
            .scenarios
            .iter()
            .filter(|s| s.status == ScenarioStatus::Open)
            .collect();
        let open_projects = self
            .projects
            .iter()
            .filter(|p| p.status == ProjectStatus::Open);
        let available = self
            .parcels
            .iter()
            .filter(|p| p.status == ParcelStatus::Available);
        Headline {
            member_zones: members.count(),
            guest_zones: self
                .zones
                .iter()
                .filter(|z| z.membership == Membership::Guest)
                .count(),
            provinces: provinces.len(),
            open_scenarios: open.len(),
            open_scenario_budget: open.iter().map(|s| s.budget.max).sum(),
            river_projects: open_projects
                .clone()
                .filter(|p| p.kind.track() == Track::InlandRiver)
                .count(),
            air_projects: open_projects
                .clone()
                .filter(|p| p.kind.track() == Track::LowAltitude)
                .count(),
            project_investment: open_projects.map(|p| p.investment.0).sum(),
            available_parcels: available.clone().count(),
            available_area_mu: available.map(|p| p.area_mu.0).sum(),
            active_incentives: self
                .incentives
                .iter()
                .filter(|i| i.status == IncentiveStatus::Active)
                .count(),
        }
    }

    /// What `zone` offers now ([`OpenNow`]): the one rule behind the zones directory, the map's
    /// markers, the zone's chart and the "open offers" measure.
    pub fn open_now(&self, zone: &Id) -> OpenNow {
        let projects = |t: Track| {
            self.projects
                .iter()
                .filter(|p| &p.zone == zone && p.open_now() && p.kind.track() == t)
                .count()
        };
        OpenNow {
            scenarios: open_in(&self.scenarios, zone),
            river: projects(Track::InlandRiver),
            air: projects(Track::LowAltitude),
            parcels: open_in(&self.parcels, zone),
            // An incentive counts wherever it applies (its own zone and the zones it names),
            // as the incentives explorer lists it under each of them.
            incentives: self
                .incentives
                .iter()
                .filter(|i| (&i.zone == zone || i.eligibility.zones.contains(zone)) && i.open_now())
                .count(),
        }
    }

    /// All offers of `zone` open now.
    pub fn open_offers(&self, zone: &Id) -> usize {
        self.open_now(zone).total()
    }

    /// How many records of each kind belong to `zone` (zones: 1 for the zone itself).
    pub fn zone_counts(&self, zone: &Id) -> KindMap<usize> {
        KindMap::from_fn(
            |kind| crate::with_kind!(kind, T => T::list(self).iter().filter(|r| r.zone() == zone).count()),
        )
    }

    /// How many records of `kind` the pack holds.
    pub fn len(&self, kind: RecordKind) -> usize {
        crate::with_kind!(kind, T => T::list(self).len())
    }
}

fn open_in<T: Record>(records: &[T], zone: &Id) -> usize {
    records
        .iter()
        .filter(|r| r.zone() == zone && r.open_now())
        .count()
}
