//! An open application scenario's card and detail page.

use super::{
    code_fact, neutral, sources, status, verified, Badge, Card, Ctx, Detail, Fact, Present, Raw,
    Related, Shown,
};
use crate::i18n::UiStrings as _;
use crate::i18n::{format_wan_range, Label};
use crate::matching::Related as _;
use crate::model::Scenario;

impl Present for Scenario {
    fn card(&self, ctx: &Ctx) -> Card {
        let (l, s) = (ctx.lang, ctx.lang.strings());
        Card {
            href: ctx.href(crate::kind::RecordKind::Scenarios, self.id.as_str()),
            title: Shown::of(&self.title, l),
            badges: badges(self, ctx, false),
            facts: vec![
                ctx.zone_fact(self.zone.as_str()),
                budget(self, s.budget, l),
                Fact::new(
                    "deadline",
                    s.deadline,
                    self.deadline.to_string(),
                    Raw::Date(self.deadline),
                ),
            ],
        }
    }

    fn detail(&self, ctx: &Ctx) -> Detail {
        let (l, s) = (ctx.lang, ctx.lang.strings());
        let facts = vec![
            ctx.zone_fact(self.zone.as_str()),
            code_fact(
                "industry",
                s.industry,
                self.industry.as_str(),
                self.industry.label(l),
            ),
            budget(self, s.budget, l),
            ctx.deadline("deadline", s.deadline, self.deadline),
            verified(self.verified, l),
        ];
        Detail {
            body: Some(Shown::of(&self.need, l)),
            lists: vec![(
                s.requirements.to_string(),
                self.requirements.iter().map(|t| Shown::of(t, l)).collect(),
            )],
            related: vec![Related {
                title: s.similar_elsewhere,
                items: ctx
                    .pack
                    .similar_scenarios(self, 6)
                    .into_iter()
                    .map(|o| ctx.item(o))
                    .collect(),
            }],
            sources: sources(&self.sources, l),
            ..ctx.frame(&self.title, badges(self, ctx, true), &self.contact, facts)
        }
    }
}

/// Status, then (on the detail page) who publishes it, then track and (on cards) industry.
fn badges(r: &Scenario, ctx: &Ctx, detail: bool) -> Vec<Badge> {
    let l = ctx.lang;
    let mut badges = vec![status(r.status.as_str(), r.status, l)];
    if detail {
        badges.push(neutral(r.party, l));
    }
    badges.extend(r.track.map(|t| Badge {
        class: format!("track-{}", t.as_str()),
        label: t.label(l),
    }));
    if !detail {
        badges.push(neutral(r.industry, l));
    }
    badges
}

fn budget(r: &Scenario, label: &'static str, l: crate::lang::Lang) -> Fact {
    Fact::new(
        "budget",
        label,
        format_wan_range(r.budget.min, r.budget.max, l),
        Raw::Range(r.budget.min, r.budget.max),
    )
}
