//! The alliance's working directions, each linked to the data that shows it.

use super::{Ctx, Item, Shown};
use crate::i18n::Label;
use crate::i18n::UiStrings as _;
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::model::{Membership, Party, ProjectStatus, Scenario, ScenarioStatus, Track};
use crate::query::{Facet, ListQuery};

impl Ctx<'_> {
    /// The sources of the alliance's facts, cited as a zone's are.
    pub fn alliance_sources(&self) -> Vec<super::Cite> {
        super::sources(&self.pack.manifest.alliance.sources, self.lang)
    }

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
        // Open now, as every figure that links to a list (and each links to just that).
        let projects = |t: Track| {
            p.projects
                .iter()
                .filter(|x| x.status == ProjectStatus::Open && x.kind.track() == t)
                .count()
        };
        let list = |kind: RecordKind, picks: &[(Facet, &str)]| {
            self.links.list(kind, &ListQuery::with(picks))
        };
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
                    // Every project is of one track: the open ones of both.
                    Some(link(
                        list(
                            RecordKind::Projects,
                            &[(Facet::Status, ProjectStatus::Open.as_str())],
                        ),
                        format!(
                            "{} {} · {} {}",
                            projects(Track::InlandRiver),
                            s.fig_river_projects,
                            projects(Track::LowAltitude),
                            s.fig_air_projects
                        ),
                    ))
                } else if zh.contains("平台") {
                    let members = p
                        .zones
                        .iter()
                        .filter(|z| z.membership == Membership::Member)
                        .count();
                    Some(link(
                        list(
                            RecordKind::Zones,
                            &[(Facet::Membership, Membership::Member.as_str())],
                        ),
                        format!("{members} {}", s.fig_zones),
                    ))
                } else if zh.contains("攻关") {
                    let n = open_scenarios(&|x| x.party == Party::Enterprise);
                    Some(link(
                        list(
                            RecordKind::Scenarios,
                            &[
                                (Facet::Party, Party::Enterprise.as_str()),
                                (Facet::Status, ScenarioStatus::Open.as_str()),
                            ],
                        ),
                        match l {
                            Lang::Zh => format!(
                                "{n} {}（{}）",
                                s.fig_open_scenarios,
                                Party::Enterprise.label(l)
                            ),
                            Lang::En => format!(
                                "{n} {} ({})",
                                s.fig_open_scenarios,
                                Party::Enterprise.label(l)
                            ),
                        },
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
                        match l {
                            Lang::Zh => format!(
                                "{n} 个{}（{}）",
                                s.nav_projects,
                                ProjectStatus::Open.label(l)
                            ),
                            Lang::En => format!(
                                "{n} {} ({})",
                                s.nav_projects,
                                ProjectStatus::Open.label(l).to_ascii_lowercase()
                            ),
                        },
                    ))
                } else {
                    None
                };
                (Shown::of(d, l), item)
            })
            .collect()
    }
}
