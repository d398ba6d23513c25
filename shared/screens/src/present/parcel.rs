//! A land parcel's card and detail page, with the incentives that apply to it and what it could
//! host.

use super::{
    area, code_fact, joined, neutral, sources, status, text_fact, verified, Card, Ctx, Detail,
    Fact, Item, Present, Raw, Related, Shown,
};
use crate::i18n::UiStrings as _;
use crate::i18n::{format_number, format_price_per_mu, format_wan, Label};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::matching::Related as _;
use crate::model::LandParcel;

/// "港口 24.1 公里 · 机场 17.2 公里 · …": the distances the parcel's file gives.
fn distances(p: &LandParcel, l: Lang) -> String {
    let s = l.strings();
    let d = &p.distances;
    [d.port_km, d.airport_km, d.expressway_km, d.rail_km]
        .iter()
        .zip([s.dist_port, s.dist_airport, s.dist_expressway, s.dist_rail])
        .filter_map(|(km, name)| {
            km.map(|k| format!("{name} {} {}", format_number(k.0, 1), s.unit_km))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

impl Present for LandParcel {
    fn card(&self, ctx: &Ctx) -> Card {
        let l = ctx.lang;
        Card {
            href: ctx.href(RecordKind::Parcels, self.id.as_str()),
            title: Shown::of(&self.name, l),
            badges: vec![
                status(self.status.as_str(), self.status, l),
                neutral(self.land_use, l),
            ],
            facts: vec![
                ctx.zone_fact(self.zone.as_str()),
                area_fact(self, ctx),
                price(self, ctx),
                // What site selectors compare first, on the card, not one click away.
                text_fact(
                    "distances",
                    ctx.lang.strings().distances,
                    distances(self, l),
                ),
            ],
        }
    }

    fn detail(&self, ctx: &Ctx) -> Detail {
        let (p, l, s) = (ctx.pack, ctx.lang, ctx.lang.strings());
        let distances = distances(self, l);
        let ratio = &self.plot_ratio;
        let mut facts = vec![
            ctx.zone_fact(self.zone.as_str()),
            area_fact(self, ctx),
            code_fact(
                "land_use",
                s.land_use,
                self.land_use.as_str(),
                self.land_use.label(l),
            ),
            Fact::new(
                "plot_ratio",
                s.plot_ratio,
                format!(
                    "{} – {}",
                    format_number(ratio.min, 2),
                    format_number(ratio.max, 2)
                ),
                Raw::Range(ratio.min, ratio.max),
            ),
            price(self, ctx),
            text_fact("utilities", s.utilities, joined(&self.utilities, l)),
            text_fact("distances", s.distances, distances),
            text_fact("industries", s.industry, joined(&self.industries, l)),
        ];
        facts.extend(self.min_investment.map(|m| {
            Fact::new(
                "min_investment",
                s.min_investment,
                format_wan(m.0, l),
                Raw::Number(m.0),
            )
        }));
        facts.push(verified(self.verified, l));
        let incentives = p
            .incentives_for(self)
            .into_iter()
            .map(|(inc, applies)| Item {
                condition: ctx.condition(applies),
                ..ctx.item(inc)
            })
            .collect();
        let could_host = p
            .scenarios_for(self)
            .into_iter()
            .map(|o| ctx.item(o))
            .chain(p.projects_for(self).into_iter().map(|o| ctx.item(o)))
            .collect();
        Detail {
            body: Some(Shown::of(&self.location, l)),
            related: vec![
                Related {
                    title: s.incentives_applying,
                    items: incentives,
                },
                Related {
                    title: s.could_host,
                    items: could_host,
                },
            ],
            sources: sources(&self.sources, l),
            ..ctx.frame(
                &self.name,
                vec![status(self.status.as_str(), self.status, l)],
                &self.contact,
                facts,
            )
        }
    }
}

fn area_fact(r: &LandParcel, ctx: &Ctx) -> Fact {
    let s = ctx.lang.strings();
    Fact::new(
        "area_mu",
        s.area,
        area(r.area_mu.0, s),
        Raw::Number(r.area_mu.0),
    )
}

fn price(r: &LandParcel, ctx: &Ctx) -> Fact {
    let v = r.price_wan_per_mu.0;
    Fact::new(
        "price_wan_per_mu",
        ctx.lang.strings().price,
        format_price_per_mu(v, ctx.lang),
        Raw::Number(v),
    )
}
