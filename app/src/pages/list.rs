//! A section's list of records as cards. Search, facets and sorting come with the explorers.

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::{format_number, format_price_per_mu, format_wan, format_wan_range, Label};
use shared::model::{Incentive, LandParcel, Project, Scenario, Zone};
use shared::route::{AppUrl, Route, Section};
use shared::{Lang, Loaded, Pack};

use crate::components::card::Card;
use crate::lang::use_lang;
use crate::url::use_url;

/// Card contents: link, title, badges (class, label), facts (label, value).
struct CardData {
    href: String,
    title: String,
    badges: Vec<(String, String)>,
    facts: Vec<(&'static str, String)>,
}

fn zone_name(pack: &Pack, id: &str, lang: Lang) -> String {
    pack.zone(id)
        .map(|z| z.short_name.get(lang).text.to_string())
        .unwrap_or_else(|| id.to_string())
}

fn scenario_card(p: &Pack, r: &Scenario, l: Lang, url: &AppUrl) -> CardData {
    let s = l.strings();
    let mut badges = vec![(
        format!("status-{}", r.status.as_str()),
        r.status.label(l).into(),
    )];
    if let Some(t) = r.track {
        badges.push((format!("track-{}", t.as_str()), t.label(l).into()));
    }
    badges.push(("neutral".into(), r.industry.label(l).into()));
    CardData {
        href: url
            .goto(Route::Detail(Section::Scenarios, r.id.to_string()))
            .to_fragment(),
        title: r.title.get(l).text.into(),
        badges,
        facts: vec![
            (s.zone, zone_name(p, r.zone.as_str(), l)),
            (s.budget, format_wan_range(r.budget.min, r.budget.max, l)),
            (s.deadline, r.deadline.to_string()),
        ],
    }
}

fn project_card(p: &Pack, r: &Project, l: Lang, url: &AppUrl) -> CardData {
    let s = l.strings();
    let track = r.kind.track();
    CardData {
        href: url
            .goto(Route::Detail(Section::Projects, r.id.to_string()))
            .to_fragment(),
        title: r.title.get(l).text.into(),
        badges: vec![
            (
                format!("status-{}", r.status.as_str()),
                r.status.label(l).into(),
            ),
            (format!("track-{}", track.as_str()), track.label(l).into()),
            ("neutral".into(), r.kind.label(l).into()),
        ],
        facts: vec![
            (s.zone, zone_name(p, r.zone.as_str(), l)),
            (s.investment, format_wan(r.investment.0, l)),
            (s.stage, r.stage.label(l).into()),
        ],
    }
}

fn parcel_card(p: &Pack, r: &LandParcel, l: Lang, url: &AppUrl) -> CardData {
    let s = l.strings();
    CardData {
        href: url
            .goto(Route::Detail(Section::Parcels, r.id.to_string()))
            .to_fragment(),
        title: r.name.get(l).text.into(),
        badges: vec![
            (
                format!("status-{}", r.status.as_str()),
                r.status.label(l).into(),
            ),
            ("neutral".into(), r.land_use.label(l).into()),
        ],
        facts: vec![
            (s.zone, zone_name(p, r.zone.as_str(), l)),
            (
                s.area,
                format!(
                    "{} {} ({} {})",
                    format_number(r.area_mu.0, 1),
                    s.unit_mu,
                    format_number(r.area_mu.hectares(), 1),
                    s.unit_ha
                ),
            ),
            (s.price, format_price_per_mu(r.price_wan_per_mu.0, l)),
        ],
    }
}

fn incentive_card(p: &Pack, r: &Incentive, l: Lang, url: &AppUrl) -> CardData {
    let s = l.strings();
    CardData {
        href: url
            .goto(Route::Detail(Section::Incentives, r.id.to_string()))
            .to_fragment(),
        title: r.title.get(l).text.into(),
        badges: vec![
            (
                format!("status-{}", r.status.as_str()),
                r.status.label(l).into(),
            ),
            ("neutral".into(), r.category.label(l).into()),
        ],
        facts: vec![
            (s.zone, zone_name(p, r.zone.as_str(), l)),
            (s.valid_until, r.valid_until.to_string()),
        ],
    }
}

fn zone_card(p: &Pack, z: &Zone, l: Lang, url: &AppUrl) -> CardData {
    let s = l.strings();
    let [sc, pj, lp, inc] = p.zone_counts(&z.id);
    let mut facts = vec![(
        s.zone,
        format!("{} · {}", z.province.label(l), z.city.get(l).text),
    )];
    if let Some(y) = z.national_since {
        facts.push((s.national_since, y.to_string()));
    }
    facts.push((
        s.leading_industries,
        z.industries
            .iter()
            .map(|i| i.get(l).text)
            .collect::<Vec<_>>()
            .join(" · "),
    ));
    facts.push((
        s.explore,
        format!(
            "{} {sc} · {} {pj} · {} {lp} · {} {inc}",
            s.nav_scenarios, s.nav_projects, s.nav_parcels, s.nav_incentives
        ),
    ));
    CardData {
        href: url
            .goto(Route::Detail(Section::Zones, z.id.to_string()))
            .to_fragment(),
        title: z.name.get(l).text.into(),
        badges: vec![(
            format!("membership-{}", z.membership.as_str()),
            z.membership.label(l).into(),
        )],
        facts,
    }
}

fn cards(section: Section, p: &Pack, l: Lang, url: &AppUrl) -> Vec<CardData> {
    match section {
        Section::Scenarios => p
            .scenarios
            .iter()
            .map(|r| scenario_card(p, r, l, url))
            .collect(),
        Section::Projects => p
            .projects
            .iter()
            .map(|r| project_card(p, r, l, url))
            .collect(),
        Section::Parcels => p
            .parcels
            .iter()
            .map(|r| parcel_card(p, r, l, url))
            .collect(),
        Section::Incentives => p
            .incentives
            .iter()
            .map(|r| incentive_card(p, r, l, url))
            .collect(),
        Section::Zones => p.zones.iter().map(|z| zone_card(p, z, l, url)).collect(),
    }
}

pub fn section_title(section: Section, l: Lang) -> &'static str {
    let s = l.strings();
    match section {
        Section::Scenarios => s.nav_scenarios,
        Section::Projects => s.nav_projects,
        Section::Parcels => s.nav_parcels,
        Section::Incentives => s.nav_incentives,
        Section::Zones => s.nav_zones,
    }
}

#[component]
pub fn ListPage(
    /// Which list.
    section: Section,
    /// The loaded pack.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    move || {
        let l = lang.get();
        let items = url.with(|u| cards(section, &loaded.pack, l, u));
        let count = items.len();
        view! {
            <section class="list-page">
                <h1>{section_title(section, l)}</h1>
                <p class="result-count" role="status">
                    {format_number(count as f64, 0)} " " {l.strings().results}
                </p>
                <ul class="cards">
                    {items
                        .into_iter()
                        .map(|c| view! { <Card href=c.href title=c.title badges=c.badges facts=c.facts/> })
                        .collect_view()}
                </ul>
            </section>
        }
    }
}
