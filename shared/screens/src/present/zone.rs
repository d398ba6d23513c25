//! A zone's card in the directory and its profile: doubtful facts marked, what it offers now,
//! its part in the river and low-altitude tracks, its sources.

use super::{
    doubt, joined, reach, sources, text_fact, verified, Badge, Card, Ctx, Detail, Fact, Item,
    Present, Raw, Related, Shown,
};
use crate::i18n::UiStrings as _;
use crate::i18n::{measure_label, section_title, Label};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::model::{
    Confidence, IncentiveStatus, ParcelStatus, ProjectStatus, ScenarioStatus, Track, Zone,
};
use crate::pack::{open_status, OpenNow};
use crate::query::{Facet, ListQuery, Measure};

/// The word of `kind`'s own "open now" badge (征集中, 招商中, 可供, 有效).
fn open_word(kind: RecordKind, l: Lang) -> &'static str {
    match kind {
        RecordKind::Scenarios => ScenarioStatus::Open.label(l),
        RecordKind::Projects => ProjectStatus::Open.label(l),
        RecordKind::Parcels => ParcelStatus::Available.label(l),
        RecordKind::Incentives => IncentiveStatus::Active.label(l),
        RecordKind::Zones => "",
    }
}

impl Present for Zone {
    fn card(&self, ctx: &Ctx) -> Card {
        let (p, l, s) = (ctx.pack, ctx.lang, ctx.lang.strings());
        let OpenNow {
            scenarios,
            river,
            air,
            parcels,
            incentives,
        } = p.open_now(&self.id);
        let mut facts = vec![location(self, l)];
        facts.extend(national_since(self, l));
        let industries: Vec<&str> = self.industries.iter().map(|i| i.get(l).text).collect();
        facts.push(text_fact(
            "industries",
            s.leading_industries,
            if industries.is_empty() {
                s.no_sourced.to_string()
            } else {
                industries.join(" · ")
            },
        ));
        let open = p.open_offers(&self.id);
        facts.push(Fact::new(
            "offers",
            measure_label(Measure::Offers, l),
            open.to_string(),
            Raw::Number(open as f64),
        ));
        facts.push(text_fact(
            "open_now",
            s.open_now,
            format!(
                "{scenarios} {} · {river} {} · {air} {} · {parcels} {} · {incentives} {}",
                s.fig_open_scenarios,
                s.fig_river_projects,
                s.fig_air_projects,
                s.fig_parcels,
                s.fig_incentives
            ),
        ));
        Card {
            href: ctx.href(RecordKind::Zones, self.id.as_str()),
            title: Shown::of(&self.name, l),
            badges: vec![membership_badge(self, l)],
            facts,
        }
    }

    fn detail(&self, ctx: &Ctx) -> Detail {
        let (p, l, s) = (ctx.pack, ctx.lang, ctx.lang.strings());
        let c = &self.confidence;
        let mut facts = Vec::new();
        // In English, the zone's own (Chinese) name first when our English name is uncertain.
        if l == Lang::En && c.name_en == Confidence::Low {
            facts.push(Fact {
                note: Some(s.english_name_note.to_string()),
                ..text_fact("name", s.official_name, self.name.zh.clone())
            });
        }
        facts.push(Fact {
            note: doubt(c.location, l),
            ..location(self, l)
        });
        facts.extend(national_since(self, l).map(|f| Fact {
            note: c.national_since.and_then(|c| doubt(c, l)),
            ..f
        }));
        if !self.sectors.is_empty() {
            facts.push(text_fact("sectors", s.industry, joined(&self.sectors, l)));
        }
        if let Some(site) = &self.website {
            facts.push(Fact {
                href: Some(site.as_str().to_string()),
                note: c.website.and_then(|c| doubt(c, l)),
                ..text_fact("website", s.official_website, site.as_str())
            });
        }
        if self.contact.is_none() {
            facts.push(text_fact("contact", s.contact, s.no_contact));
        }
        facts.push(verified(self.verified, l));
        // What it offers now, as its card in the directory counts it, each linking to just
        // that: the zone's list narrowed to what is open now.
        let now = p.open_now(&self.id);
        let offers = RecordKind::listings()
            .map(|kind| {
                let n = match kind {
                    RecordKind::Scenarios => now.scenarios,
                    RecordKind::Projects => now.river + now.air,
                    RecordKind::Parcels => now.parcels,
                    RecordKind::Incentives => now.incentives,
                    RecordKind::Zones => 0,
                };
                let mut picks = vec![(Facet::Zone, self.id.as_str())];
                picks.extend(open_status(kind).map(|v| (Facet::Status, v)));
                Item {
                    href: ctx.links.list(kind, &ListQuery::with(&picks)),
                    name: Shown::plain(match l {
                        Lang::Zh => {
                            format!("{}（{} {n}）", section_title(kind, l), open_word(kind, l))
                        }
                        Lang::En => format!(
                            "{} ({n} {})",
                            section_title(kind, l),
                            open_word(kind, l).to_ascii_lowercase()
                        ),
                    }),
                    zone: None,
                    condition: None,
                }
            })
            .collect();
        // The zone's part in the dual-wheel drive: its projects in each track.
        let track = |t: Track, title: &'static str| Related {
            title,
            items: p
                .projects
                .iter()
                .filter(|r| r.zone == self.id && r.kind.track() == t)
                .map(|r| Item {
                    zone: Some(Shown::plain(r.kind.label(l))),
                    ..ctx.item(r)
                })
                .collect(),
        };
        // A list's heading says when its sources are not sure of it.
        let heading = |title: &str, c: Option<Confidence>| match c.and_then(|c| doubt(c, l)) {
            Some(note) => format!("{title} ({note})"),
            None => title.to_string(),
        };
        let industries = if self.industries.is_empty() {
            vec![Shown::plain(s.no_sourced)]
        } else {
            self.industries.iter().map(|t| Shown::of(t, l)).collect()
        };
        let notes = |n: &Option<crate::values::Text>| n.iter().map(|t| Shown::of(t, l)).collect();
        let mut lists = vec![(
            heading(
                s.leading_industries,
                (!self.industries.is_empty()).then_some(c.industries),
            ),
            industries,
        )];
        if self.key_figures.is_some() {
            lists.push((
                heading(s.key_figures, c.key_figures),
                notes(&self.key_figures),
            ));
        }
        lists.push((
            heading(s.river_activity, c.river_notes),
            notes(&self.river_notes),
        ));
        lists.push((
            heading(s.air_activity, c.low_altitude_notes),
            notes(&self.low_altitude_notes),
        ));
        Detail {
            title: Shown::of(&self.name, l),
            badges: vec![membership_badge(self, l)],
            contact: self.contact.as_ref().map(|c| reach(c, l)),
            facts,
            body: Some(Shown::plain(s.coords_city)),
            lists,
            related: vec![
                Related {
                    title: s.in_this_zone,
                    items: offers,
                },
                track(Track::InlandRiver, s.river_here),
                track(Track::LowAltitude, s.air_here),
            ],
            sources: sources(&self.sources, l),
        }
    }
}

fn membership_badge(r: &Zone, l: Lang) -> Badge {
    Badge {
        class: format!("membership-{}", r.membership.as_str()),
        label: r.membership.label(l),
    }
}

fn location(r: &Zone, l: Lang) -> Fact {
    Fact::new(
        "location",
        l.strings().location,
        format!("{} · {}", r.province.label(l), r.city.get(l).text),
        Raw::Code(r.province.as_str().to_string()),
    )
}

fn national_since(r: &Zone, l: Lang) -> Option<Fact> {
    r.national_since.map(|y| {
        Fact::new(
            "national_since",
            l.strings().national_since,
            y.to_string(),
            Raw::Number(f64::from(y)),
        )
    })
}
