//! The records of a data pack, designed from what an investor decides on.
//!
//! Conventions: every human-readable text is a bilingual [`Text`]; money is in 万元 ([`Wan`]);
//! areas in 亩 ([`Mu`]); dates ISO 8601 ([`Date`]); coordinates WGS84.
//!
//! Longer than ~400 lines on purpose: every record type and vocabulary of the data format, read
//! top to bottom as the format's own documentation (a zone officer's reference, and what the
//! JSON Schema will be generated from). Behaviour of the records lives elsewhere.

use crate::kind::RecordKind;
use crate::values::{Amount, Date, Id, Km, Lat, Link, Lon, Mu, Published, Range, Text, Wan};
use crate::{record, str_enum};

str_enum! {
    /// Province of a zone.
    pub enum Province {
        Jiangsu = "jiangsu",
        Anhui = "anhui",
        Shandong = "shandong",
        Henan = "henan",
        Hubei = "hubei",
        Shaanxi = "shaanxi",
    }
}

str_enum! {
    /// Whether a zone is an alliance member or a guest presenting itself to investors.
    pub enum Membership {
        Member = "member",
        Guest = "guest",
    }
}

str_enum! {
    /// Level of approval of a high-tech zone.
    pub enum ZoneLevel {
        National = "national",
        Provincial = "provincial",
    }
}

str_enum! {
    /// How sure the sources are of a fact.
    pub enum Confidence {
        High = "high",
        Medium = "medium",
        Low = "low",
    }
}

str_enum! {
    /// Controlled industry vocabulary used for facets; a zone's own wording stays in its
    /// `industries` texts.
    pub enum Industry {
        Electronics = "electronics",
        Equipment = "equipment",
        NewEnergy = "new_energy",
        NewMaterials = "new_materials",
        Biomedicine = "biomedicine",
        Vehicles = "vehicles",
        Safety = "safety",
        Digital = "digital",
        GreenFood = "green_food",
        Chemicals = "chemicals",
        Logistics = "logistics",
        LowAltitude = "low_altitude",
    }
}

str_enum! {
    /// The alliance's dual-wheel drive: inland river (内河) and low altitude (低空).
    pub enum Track {
        InlandRiver = "inland_river",
        LowAltitude = "low_altitude",
    }
}

str_enum! {
    /// Who publishes a scenario's need (city opportunity lists split these two).
    pub enum Party {
        Government = "government",
        Enterprise = "enterprise",
    }
}

str_enum! {
    pub enum ScenarioStatus {
        Open = "open",
        Matching = "matching",
        Awarded = "awarded",
        Closed = "closed",
    }
}

str_enum! {
    /// Sub-type of an inland-river or low-altitude project; each belongs to one [`Track`].
    pub enum ProjectKind {
        PortTerminal = "port_terminal",
        Shipping = "shipping",
        WaterwayLogistics = "waterway_logistics",
        Shipbuilding = "shipbuilding",
        WaterServices = "water_services",
        Drones = "drones",
        DroneLogistics = "drone_logistics",
        Evtol = "evtol",
        Airport = "airport",
        LowAltitudeServices = "low_altitude_services",
    }
}

impl ProjectKind {
    pub fn track(self) -> Track {
        use ProjectKind::*;
        match self {
            PortTerminal | Shipping | WaterwayLogistics | Shipbuilding | WaterServices => {
                Track::InlandRiver
            }
            Drones | DroneLogistics | Evtol | Airport | LowAltitudeServices => Track::LowAltitude,
        }
    }
}

str_enum! {
    pub enum ProjectStage {
        Planning = "planning",
        Approved = "approved",
        UnderConstruction = "under_construction",
        Operating = "operating",
    }
}

str_enum! {
    /// What a project seeks from an investor.
    pub enum Seeking {
        Equity = "equity",
        JointVenture = "joint_venture",
        Operator = "operator",
        Epc = "epc",
    }
}

str_enum! {
    pub enum ProjectStatus {
        Open = "open",
        Negotiating = "negotiating",
        Signed = "signed",
        Closed = "closed",
    }
}

str_enum! {
    /// Permitted land use of a parcel.
    pub enum LandUse {
        Industrial = "industrial",
        NewIndustrial = "new_industrial",
        Logistics = "logistics",
        Research = "research",
        Commercial = "commercial",
    }
}

str_enum! {
    pub enum ParcelStatus {
        Available = "available",
        Reserved = "reserved",
        Transferred = "transferred",
    }
}

str_enum! {
    /// Services ready at the parcel boundary (the "通" of 七通一平).
    pub enum Utility {
        Road = "road",
        Water = "water",
        Power = "power",
        Gas = "gas",
        Sewage = "sewage",
        Heat = "heat",
        Telecom = "telecom",
        Levelled = "levelled",
    }
}

str_enum! {
    pub enum IncentiveCategory {
        Land = "land",
        Tax = "tax",
        Subsidy = "subsidy",
        Rent = "rent",
        Talent = "talent",
        Finance = "finance",
    }
}

str_enum! {
    pub enum IncentiveStatus {
        Active = "active",
        Expired = "expired",
        Suspended = "suspended",
    }
}

str_enum! {
    /// What a coordinate stands for: the city seat, the county seat or the zone itself.
    pub enum CoordBasis {
        City = "city",
        County = "county",
        Zone = "zone",
    }
}

record! {
    "有名称及电话、邮箱或网址的联系方式" / "a contact with a name and a phone, email or web address",
    /// Whom to reach about a record.
    pub struct Contact {
        /// Office or person.
        pub name: Text,
        pub phone: Option<String>,
        pub email: Option<String>,
        pub url: Option<Link>,
    }
}

str_enum! {
    /// What a source's address leads to: the publisher's own site or an official or state
    /// medium (`official`), an established news outlet (`news`), a copy of the text on a site
    /// that is not its publisher's (`copy`), or nothing shown (`none`: a document cited by its
    /// number, or a page whose only copy was not fit to link).
    pub enum SourceKind {
        Official = "official",
        News = "news",
        Copy = "copy",
        Unlinked = "none",
    }
}

record! {
    "注明发布方的来源" / "a source naming its publisher",
    /// Where a fact comes from, cited as an official would: publisher, date, headline.
    pub struct Source {
        /// The headline as published (not translated), or a description of the page when
        /// `headline` is false.
        pub title: String,
        pub headline: bool,
        /// The original publisher (新华社 / Xinhua News Agency), or a description of one the
        /// text does not name; absent when a copy credits nobody.
        pub publisher: Option<Text>,
        pub published: Option<Published>,
        /// A document's number, such as 国函〔2022〕53号.
        pub number: Option<String>,
        pub kind: SourceKind,
        /// The page: the publisher's or outlet's own, or for `copy` the copy's.
        pub url: Option<Link>,
        /// When a copy was posted, where the original date is not known.
        pub copied: Option<Date>,
        /// Which facts this source supports, by field name.
        pub supports: Vec<String>,
    }
}

record! {
    "各项信息的可信度" / "how sure the sources are of the zone's facts",
    pub struct ZoneConfidence {
        pub name_en: Confidence,
        pub location: Confidence,
        pub industries: Confidence,
        pub national_since: Option<Confidence>,
        pub river_notes: Option<Confidence>,
        pub low_altitude_notes: Option<Confidence>,
        pub key_figures: Option<Confidence>,
        pub website: Option<Confidence>,
    }
}

record! {
    "高新区记录" / "a zone",
    /// A high-tech zone: a member of the alliance or a guest. Real facts with sources.
    pub struct Zone {
        pub id: Id,
        pub name: Text,
        /// Short name such as 盐城高新区 / Yancheng HTZ.
        pub short_name: Text,
        pub membership: Membership,
        pub level: ZoneLevel,
        pub province: Province,
        pub city: Text,
        pub lat: Lat,
        pub lon: Lon,
        pub coord_basis: CoordBasis,
        /// Year it became a national high-tech zone, when known.
        pub national_since: Option<u16>,
        /// Leading industries in the zone's own words.
        pub industries: Vec<Text>,
        /// The same industries in the controlled vocabulary, for filtering.
        pub sectors: Vec<Industry>,
        pub contact: Option<Contact>,
        /// What the sources say of the zone's (or its city's) inland-river activity.
        pub river_notes: Option<Text>,
        /// The same for the low-altitude economy.
        pub low_altitude_notes: Option<Text>,
        /// Figures the zone gave of itself (firms, partnerships, targets), where sourced.
        pub key_figures: Option<Text>,
        /// The zone's official website, where one is known.
        pub website: Option<Link>,
        pub confidence: ZoneConfidence,
        pub verified: Date,
        pub sources: Vec<Source>,
    }
}

record! {
    "场景开放记录" / "an open application scenario",
    /// An open application scenario (场景开放): a concrete need that companies bid to supply.
    pub struct Scenario {
        pub id: Id,
        pub zone: Id,
        pub title: Text,
        /// The need, as the publisher describes it.
        pub need: Text,
        pub party: Party,
        pub industry: Industry,
        pub track: Option<Track>,
        /// Budget in 万元.
        pub budget: Range,
        pub status: ScenarioStatus,
        pub published: Date,
        pub deadline: Date,
        /// What a bidder must bring.
        pub requirements: Vec<Text>,
        pub contact: Contact,
        pub verified: Date,
        pub sources: Vec<Source>,
    }
}

record! {
    "内河或低空项目记录" / "an inland-river or low-altitude project",
    /// An inland-river or low-altitude investment project.
    pub struct Project {
        pub id: Id,
        pub zone: Id,
        pub title: Text,
        pub summary: Text,
        pub kind: ProjectKind,
        pub stage: ProjectStage,
        /// Total investment in 万元.
        pub investment: Wan,
        pub seeking: Vec<Seeking>,
        pub land_mu: Option<Mu>,
        pub start: Option<Date>,
        pub duration_months: Option<u32>,
        pub status: ProjectStatus,
        pub contact: Contact,
        pub verified: Date,
        pub sources: Vec<Source>,
    }
}

record! {
    "以公里计的距离" / "distances in km",
    /// Distances to transport, in km; unknown ones are left out.
    pub struct Distances {
        pub port_km: Option<Km>,
        pub airport_km: Option<Km>,
        pub expressway_km: Option<Km>,
        pub rail_km: Option<Km>,
    }
}

record! {
    "地块记录" / "a land parcel",
    /// A parcel of land offered to investors.
    pub struct LandParcel {
        pub id: Id,
        pub zone: Id,
        pub name: Text,
        pub location: Text,
        pub area_mu: Mu,
        pub land_use: LandUse,
        pub plot_ratio: Range,
        /// Listed price in 万元 per 亩.
        pub price_wan_per_mu: Wan,
        pub status: ParcelStatus,
        pub available_from: Option<Date>,
        pub utilities: Vec<Utility>,
        pub distances: Distances,
        /// Industries the zone wants on this parcel (empty: any).
        pub industries: Vec<Industry>,
        /// Minimum total investment in 万元 asked of a project on this parcel.
        pub min_investment: Option<Wan>,
        pub lat: Lat,
        pub lon: Lon,
        pub contact: Contact,
        pub verified: Date,
        pub sources: Vec<Source>,
    }
}

record! {
    "政策的适用条件" / "who qualifies for an incentive",
    /// Who qualifies; an empty list means "any".
    pub struct Eligibility {
        /// Zones where it applies besides the issuing zone.
        pub zones: Vec<Id>,
        pub land_uses: Vec<LandUse>,
        pub industries: Vec<Industry>,
        /// Minimum total investment in 万元.
        pub min_investment: Option<Wan>,
        pub min_area_mu: Option<Mu>,
    }
}

record! {
    "政策文件" / "a policy document",
    pub struct Policy {
        pub title: Text,
        /// Document number (文号), when it has one.
        pub number: Option<String>,
        pub url: Option<Link>,
    }
}

record! {
    "优惠政策记录" / "an incentive offer",
    /// An incentive offer: land price, tax, subsidy, rent, talent or finance.
    pub struct Incentive {
        pub id: Id,
        pub zone: Id,
        pub title: Text,
        pub summary: Text,
        pub category: IncentiveCategory,
        /// A fixed amount in 万元.
        pub amount_wan: Option<Wan>,
        /// A rate in percent (rebate, discount, interest subsidy).
        pub rate_percent: Option<Amount>,
        /// Upper limit in 万元.
        pub cap_wan: Option<Wan>,
        pub eligibility: Eligibility,
        pub valid_from: Date,
        pub valid_until: Date,
        pub policy: Policy,
        pub status: IncentiveStatus,
        pub contact: Contact,
        pub verified: Date,
        pub sources: Vec<Source>,
    }
}

record! {
    "有日期的事件" / "a dated event",
    pub struct Milestone {
        pub date: Date,
        pub place: Text,
        pub text: Text,
    }
}

record! {
    "联盟信息" / "the alliance",
    /// The alliance itself: real facts with sources.
    pub struct Alliance {
        pub name: Text,
        pub short_name: Text,
        pub founded: Date,
        /// Zone hosting the secretariat.
        pub secretariat: Id,
        /// Working directions agreed at the one-year meeting.
        pub directions: Vec<Text>,
        pub milestones: Vec<Milestone>,
        pub sources: Vec<Source>,
    }
}

record! {
    "数据文件条目" / "a data file entry",
    pub struct FileEntry {
        pub kind: RecordKind,
        /// Path relative to the manifest.
        pub path: String,
        /// True when the file holds illustrative sample data rather than published offers.
        pub sample: bool,
    }
}

record! {
    "清单文件（manifest）" / "a manifest",
    /// `manifest.json`: what the pack holds and how fresh it is.
    pub struct Manifest {
        pub pack_version: String,
        pub updated: Date,
        pub alliance: Alliance,
        pub files: Vec<FileEntry>,
    }
}
