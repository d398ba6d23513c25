//! What the home page shows of a pack, and nothing more: the headline figures and, per zone,
//! its name, place and open offers. A few kilobytes instead of the whole pack: the build puts
//! the glance of the bundled pack into index.html (app/prerender), so that a visit to the home
//! page draws it without fetching a record file. It names the pack version it was taken from;
//! a glance of another version than the manifest's is never shown (the pack is read instead).

use serde::{Deserialize, Serialize};

use crate::model::{ProjectStatus, ScenarioStatus, Track};
use crate::pack::{Headline, OpenNow, Pack};
use crate::values::Text;

/// The home page's view of a pack ([`Pack::glance`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Glance {
    /// The manifest's `pack_version` of the pack it was taken from.
    pub pack_version: String,
    pub headline: Headline,
    /// Every zone, in zones.json order.
    pub zones: Vec<ZoneGlance>,
}

/// One zone as the home page's map and chart show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZoneGlance {
    pub id: String,
    pub short_name: Text,
    pub lon: f64,
    pub lat: f64,
    /// What the zone offers now (the map's layers).
    pub open: OpenNow,
    /// Open projects and open scenarios of each track (the home page's chart).
    pub river_offers: usize,
    pub air_offers: usize,
}

impl Glance {
    /// Reads a glance written by [`Glance::to_json`]; `None` for anything else. Read through a
    /// `Value`, as every data file is (`crate::schema`): in the wasm, the same JSON reader.
    pub fn parse(json: &str) -> Option<Glance> {
        let value: serde_json::Value = serde_json::from_str(json).ok()?;
        Glance::deserialize(&value).ok()
    }

    /// The glance as JSON that can stand inside an HTML `<script>` element (no `<` in it).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .expect("a glance is plain data")
            .replace('<', "\\u003c")
    }
}

impl Pack {
    /// What the home page shows of this pack.
    pub fn glance(&self) -> Glance {
        let zones = self
            .zones
            .iter()
            .map(|z| {
                let offers = |t: Track| {
                    self.projects
                        .iter()
                        .filter(|p| {
                            p.zone == z.id && p.status == ProjectStatus::Open && p.kind.track() == t
                        })
                        .count()
                        + self
                            .scenarios
                            .iter()
                            .filter(|s| {
                                s.zone == z.id
                                    && s.status == ScenarioStatus::Open
                                    && s.track == Some(t)
                            })
                            .count()
                };
                ZoneGlance {
                    id: z.id.to_string(),
                    short_name: z.short_name.clone(),
                    lon: z.lon.0,
                    lat: z.lat.0,
                    open: self.open_now(&z.id),
                    river_offers: offers(Track::InlandRiver),
                    air_offers: offers(Track::LowAltitude),
                }
            })
            .collect();
        Glance {
            pack_version: self.manifest.pack_version.clone(),
            headline: self.headline(),
            zones,
        }
    }
}
