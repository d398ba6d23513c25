//! The alliance's working directions, each linked to the data that shows it.

use super::{Ctx, Item, Shown};
use crate::i18n::Label;
use crate::i18n::UiStrings as _;
use crate::kind::RecordKind;
use crate::model::{Party, ProjectStatus, Scenario, ScenarioStatus, Track};
use crate::query::Facet;
use crate::route::Route;

impl Ctx<'_> {
    /// The alliance's working directions, each with a link to the data that shows it (and what
    /// that data holds now). Directions are recognised by their Chinese wording, so a pack that
    /// words or orders them differently still shows them, unlinked.
    pub fn directions(&self) -> Vec<(Shown, Option<Item>)> {
        let (p, l, s) = (self.pack, self.lang, self.lang.strings());
        let open_scenarios = |f: &dyn Fn(&Scenario) -> bool| {
            p.scenarios
                .iter()
                .filter(|x| x.status == ScenarioStatus::Open && f(x))
                .count()
        };
        let projects = |t: Track| p.projects.iter().filter(|x| x.kind.track() == t).count();
        let link = |href: String, text: String| Item {
            href,
            name: Shown::plain(text),
            zone: None,
            condition: None,
        };
        p.manifest
            .alliance
            .directions
            .iter()
            .map(|d| {
                let zh = d.zh.as_str();
                let item = if zh.contains("内河") {
                    Some(link(
                        self.links.route(&Route::RiverAir),
                        format!(
                            "{} {} · {} {}",
                            projects(Track::InlandRiver),
                            s.fig_river_projects,
                            projects(Track::LowAltitude),
                            s.fig_air_projects
                        ),
                    ))
                } else if zh.contains("平台") {
                    Some(link(
                        self.links.route(&Route::List(RecordKind::Zones)),
                        format!("{} {}", p.zones.len(), s.fig_zones),
                    ))
                } else if zh.contains("攻关") {
                    let n = open_scenarios(&|x| x.party == Party::Enterprise);
                    Some(link(
                        self.filtered(
                            RecordKind::Scenarios,
                            Facet::Party,
                            Party::Enterprise.as_str(),
                        ),
                        format!(
                            "{n} {} ({})",
                            s.fig_open_scenarios,
                            Party::Enterprise.label(l)
                        ),
                    ))
                } else if zh.contains("场景") {
                    Some(link(
                        self.filtered(
                            RecordKind::Scenarios,
                            Facet::Status,
                            ScenarioStatus::Open.as_str(),
                        ),
                        format!("{} {}", open_scenarios(&|_| true), s.fig_open_scenarios),
                    ))
                } else if zh.contains("品牌") || zh.contains("供需") {
                    let n = p
                        .projects
                        .iter()
                        .filter(|x| x.status == ProjectStatus::Open)
                        .count();
                    Some(link(
                        self.filtered(
                            RecordKind::Projects,
                            Facet::Status,
                            ProjectStatus::Open.as_str(),
                        ),
                        format!("{n} {} ({})", s.nav_projects, ProjectStatus::Open.label(l)),
                    ))
                } else {
                    None
                };
                (Shown::of(d, l), item)
            })
            .collect()
    }
}
