//! An incentive offer's card and detail page, with the zones and parcels where it applies.

use super::{
    code_fact, neutral, sources, status, text_fact, verified, Card, Ctx, Detail, Fact, Item,
    Present, Raw, Related, Shown,
};
use crate::i18n::UiStrings as _;
use crate::i18n::{format_number, format_wan, Label};
use crate::kind::RecordKind;
use crate::matching::Related as _;
use crate::model::Incentive;

impl Present for Incentive {
    fn card(&self, ctx: &Ctx) -> Card {
        let (l, s) = (ctx.lang, ctx.lang.strings());
        Card {
            href: ctx.href(RecordKind::Incentives, self.id.as_str()),
            title: Shown::of(&self.title, l),
            badges: vec![
                status(self.status.as_str(), self.status, l),
                neutral(self.category, l),
            ],
            facts: vec![
                ctx.zone_fact(self.zone.as_str()),
                Fact::new(
                    "valid_until",
                    s.valid_until,
                    self.valid_until.to_string(),
                    Raw::Date(self.valid_until),
                ),
            ],
        }
    }

    fn detail(&self, ctx: &Ctx) -> Detail {
        let (p, l, s) = (ctx.pack, ctx.lang, ctx.lang.strings());
        let money = |key, label, v: f64| Fact::new(key, label, format_wan(v, l), Raw::Number(v));
        let mut facts = vec![
            ctx.zone_fact(self.zone.as_str()),
            code_fact(
                "category",
                s.category,
                self.category.as_str(),
                self.category.label(l),
            ),
        ];
        facts.extend(self.amount_wan.map(|a| money("amount_wan", s.amount, a.0)));
        facts.extend(self.rate_percent.map(|v| {
            Fact::new(
                "rate_percent",
                s.rate,
                format!("{}%", format_number(v.0, 2)),
                Raw::Number(v.0),
            )
        }));
        facts.extend(self.cap_wan.map(|c| money("cap_wan", s.cap, c.0)));
        facts.push(Fact::new(
            "valid_until",
            s.validity,
            format!("{} – {}", self.valid_from, self.valid_until),
            Raw::Period(self.valid_from, self.valid_until),
        ));
        facts.push(Fact {
            value: Shown::of(&self.policy.title, l),
            ..text_fact("policy", s.policy, "")
        });
        let e = &self.eligibility;
        let mut conditions: Vec<String> = Vec::new();
        conditions.extend(e.land_uses.iter().map(|u| u.label(l).to_string()));
        conditions.extend(e.industries.iter().map(|i| i.label(l).to_string()));
        conditions.extend(
            e.min_investment
                .map(|m| format!("≥ {}", format_wan(m.0, l))),
        );
        conditions.extend(
            e.min_area_mu
                .map(|a| format!("≥ {} {}", format_number(a.0, 0), s.unit_mu)),
        );
        facts.push(text_fact(
            "eligibility",
            s.eligibility,
            conditions.join(" · "),
        ));
        facts.push(verified(self.verified, l));
        let zones = std::iter::once(&self.zone)
            .chain(e.zones.iter())
            .filter_map(|z| p.zone(z.as_str()))
            .map(|z| Item {
                zone: None,
                name: Shown::of(&z.short_name, l),
                ..ctx.item(z)
            })
            .collect();
        let parcels = p
            .parcels_for(self)
            .into_iter()
            .map(|(parcel, applies)| Item {
                condition: ctx.condition(applies),
                ..ctx.item(parcel)
            })
            .collect();
        let badges = vec![
            status(self.status.as_str(), self.status, l),
            neutral(self.category, l),
        ];
        Detail {
            body: Some(Shown::of(&self.summary, l)),
            related: vec![
                Related {
                    title: s.zones_applying,
                    items: zones,
                },
                Related {
                    title: s.parcels_applying,
                    items: parcels,
                },
            ],
            sources: sources(&self.sources, l),
            ..ctx.frame(&self.title, badges, &self.contact, facts)
        }
    }
}
