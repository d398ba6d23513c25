//! An inland-river or low-altitude project's card and detail page.

use super::{
    code_fact, joined, neutral, sources, status, text_fact, verified, Badge, Card, Ctx, Detail,
    Fact, Present, Raw, Related, Shown,
};
use crate::i18n::UiStrings as _;
use crate::i18n::{format_number, format_wan, Label};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::matching::Related as _;
use crate::model::Project;

impl Present for Project {
    fn card(&self, ctx: &Ctx) -> Card {
        let (l, s) = (ctx.lang, ctx.lang.strings());
        Card {
            href: ctx.href(RecordKind::Projects, self.id.as_str()),
            title: Shown::of(&self.title, l),
            badges: badges(self, l),
            facts: vec![
                ctx.zone_fact(self.zone.as_str()),
                investment(self, s.investment, l),
                code_fact("stage", s.stage, self.stage.as_str(), self.stage.label(l)),
            ],
        }
    }

    fn detail(&self, ctx: &Ctx) -> Detail {
        let (l, s) = (ctx.lang, ctx.lang.strings());
        let mut facts = vec![
            ctx.zone_fact(self.zone.as_str()),
            investment(self, s.investment, l),
            code_fact("stage", s.stage, self.stage.as_str(), self.stage.label(l)),
            text_fact("seeking", s.seeking, joined(&self.seeking, l)),
        ];
        facts.extend(self.land_mu.map(|mu| {
            Fact::new(
                "land_mu",
                s.area,
                format!("{} {}", format_number(mu.0, 1), s.unit_mu),
                Raw::Number(mu.0),
            )
        }));
        // A date is a planned start, a duration a construction period: each its own line.
        facts.extend(self.start.map(|start| {
            Fact::new(
                "start",
                s.planned_start,
                start.to_string(),
                Raw::Date(start),
            )
        }));
        facts.extend(self.duration_months.map(|m| {
            Fact::new(
                "duration_months",
                s.timeline,
                format!("{m} {}", s.months),
                Raw::Number(m as f64),
            )
        }));
        facts.push(verified(self.verified, l));
        Detail {
            body: Some(Shown::of(&self.summary, l)),
            related: vec![Related {
                title: s.similar_elsewhere,
                items: ctx
                    .pack
                    .similar_projects(self, 6)
                    .into_iter()
                    .map(|o| ctx.item(o))
                    .collect(),
            }],
            sources: sources(&self.sources, l),
            ..ctx.frame(&self.title, badges(self, l), &self.contact, facts)
        }
    }
}

fn badges(r: &Project, l: Lang) -> Vec<Badge> {
    let track = r.kind.track();
    vec![
        status(r.status.as_str(), r.status, l),
        Badge {
            class: format!("track-{}", track.as_str()),
            label: track.label(l),
        },
        neutral(r.kind, l),
    ]
}

fn investment(r: &Project, label: &'static str, l: Lang) -> Fact {
    Fact::new(
        "investment",
        label,
        format_wan(r.investment.0, l),
        Raw::Number(r.investment.0),
    )
}
