//! What a record shows, as plain data: the card in an explorer's list and the whole detail page,
//! already in one language, with links resolved against the current URL.
//!
//! The app draws these with one generic card and one generic detail view, so adding a field is a
//! change here (tested natively) and not a new view type (each of which costs wasm size). The
//! same data will feed the printable brief, the compare table and the static floor page.

use crate::i18n::{
    facet_title, facet_value_label, format_days_left, format_number, format_price_per_mu,
    format_wan, format_wan_range, measure_label, Label, Strings,
};
use crate::kind::RecordKind;
use crate::matching::Applies;
use crate::model::{Contact, Incentive, LandParcel, Project, Scenario, Source, Zone};
use crate::query::{Bounds, Facet, ListQuery};
use crate::route::{AppUrl, Route};
use crate::values::{Date, Text};
use crate::{Lang, Pack};

/// A text as shown. `lang` is set when the text is in the other language because its
/// translation is missing: the view marks it (and tells screen readers its language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    pub lang: Option<Lang>,
}

impl Shown {
    pub fn of(text: &Text, lang: Lang) -> Shown {
        let l = text.get(lang);
        Shown {
            text: l.text.to_string(),
            lang: l.fallback.then(|| lang.other()),
        }
    }

    pub fn plain(text: impl Into<String>) -> Shown {
        Shown {
            text: text.into(),
            lang: None,
        }
    }
}

/// A label and its value, linked when `href` is set; `note` qualifies it (for instance, that
/// the sources are not sure of it).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: &'static str,
    pub value: Shown,
    pub href: Option<String>,
    pub note: Option<String>,
}

/// A source: its title, address, and the facts it supports (named in the page's language).
#[derive(Debug, Clone, PartialEq)]
pub struct Cite {
    pub title: String,
    pub url: Option<String>,
    pub supports: Vec<&'static str>,
}

/// A coloured badge: CSS modifier (`status-open`, `track-low_altitude`, …) and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    pub class: String,
    pub label: &'static str,
}

/// A record in an explorer's list.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub href: String,
    pub title: Shown,
    pub badges: Vec<Badge>,
    pub facts: Vec<Fact>,
}

/// A link to another record (or a filtered explorer) with the zone it is in and the condition
/// under which it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub href: String,
    pub name: Shown,
    pub zone: Option<Shown>,
    /// "if investing at least 5,000 万元": the incentive applies only above this investment.
    pub condition: Option<String>,
}

/// A titled list of links to related records.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub title: &'static str,
    pub items: Vec<Item>,
}

/// Whom to reach, each way already a link target.
#[derive(Debug, Clone, PartialEq)]
pub struct Reach {
    pub name: Shown,
    /// (`tel:` target, number as written)
    pub phone: Option<(String, String)>,
    /// (`mailto:` target, address)
    pub email: Option<(String, String)>,
    pub website: Option<String>,
}

/// A whole detail page.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub title: Shown,
    pub badges: Vec<Badge>,
    pub contact: Option<Reach>,
    pub facts: Vec<Fact>,
    pub body: Option<Shown>,
    /// Titled lists of texts (requirements, leading industries).
    pub lists: Vec<(String, Vec<Shown>)>,
    /// Only lists with at least one item.
    pub related: Vec<Related>,
    pub sources: Vec<Cite>,
}

/// `tel:` target: digits and a leading `+` only.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// The ways to reach `c`, as links.
pub fn reach(c: &Contact, l: Lang) -> Reach {
    let filled = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    Reach {
        name: Shown::of(&c.name, l),
        phone: filled(&c.phone).map(|p| (tel_href(&p), p)),
        email: filled(&c.email).map(|e| (format!("mailto:{e}"), e)),
        website: c.url.as_ref().map(|u| u.as_str().to_string()),
    }
}

fn status<T: Label>(slug: &str, value: T, l: Lang) -> Badge {
    Badge {
        class: format!("status-{slug}"),
        label: value.label(l),
    }
}

fn neutral<T: Label>(value: T, l: Lang) -> Badge {
    Badge {
        class: "neutral".into(),
        label: value.label(l),
    }
}

fn fact(label: &'static str, value: impl Into<String>) -> Fact {
    Fact {
        label,
        value: Shown::plain(value),
        href: None,
        note: None,
    }
}

/// The note for a fact the sources are not sure of; `None` when they are.
fn doubt(c: crate::model::Confidence, l: Lang) -> Option<String> {
    (c == crate::model::Confidence::Low).then(|| l.strings().low_confidence.to_string())
}

fn joined<T: Label>(values: &[T], l: Lang) -> String {
    values
        .iter()
        .map(|v| v.label(l))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The name of a fact a source supports, as the record's field is called on screen.
fn field_name(field: &str, l: Lang) -> &'static str {
    let s = l.strings();
    match field {
        "national_since" => s.national_since,
        "industries" => s.leading_industries,
        "lat" | "lon" | "location" => s.location,
        "river_notes" => crate::model::Track::InlandRiver.label(l),
        "low_altitude_notes" => crate::model::Track::LowAltitude.label(l),
        "founded" => s.alliance_founded,
        "secretariat" => s.alliance_secretariat,
        "milestones" => s.alliance_milestones,
        "name" | "name_en" | "short_name" => s.official_name,
        _ => "",
    }
}

fn sources(list: &[Source], l: Lang) -> Vec<Cite> {
    list.iter()
        .map(|src| {
            let mut supports: Vec<&'static str> = src
                .supports
                .iter()
                .map(|f| field_name(f, l))
                .filter(|n| !n.is_empty())
                .collect();
            supports.dedup();
            Cite {
                title: src.title.clone(),
                url: src.url.as_ref().map(|u| u.as_str().to_string()),
                supports,
            }
        })
        .collect()
}

fn area(mu: f64, s: &Strings) -> String {
    format!(
        "{} {} ({} {})",
        format_number(mu, 1),
        s.unit_mu,
        format_number(mu / 15.0, 2),
        s.unit_ha
    )
}

/// What the presenters need besides the record.
pub struct Ctx<'a> {
    pub pack: &'a Pack,
    pub lang: Lang,
    /// The current URL: links keep its language.
    pub url: AppUrl,
    /// For "days left".
    pub today: Date,
}

impl Ctx<'_> {
    fn href(&self, section: RecordKind, id: &str) -> String {
        self.url
            .goto(Route::Detail(section, id.to_string()))
            .to_fragment()
    }

    /// The explorer of `section` filtered by one facet value.
    pub fn filtered(&self, section: RecordKind, key: &str, value: &str) -> String {
        self.url
            .goto(Route::List(section))
            .with(key, Some(value))
            .to_fragment()
    }

    fn zone_name(&self, id: &str) -> Shown {
        match self.pack.zone(id) {
            Some(z) => Shown::of(&z.short_name, self.lang),
            None => Shown::plain(id),
        }
    }

    fn zone_fact(&self, id: &str) -> Fact {
        Fact {
            label: self.lang.strings().zone,
            value: self.zone_name(id),
            href: self.pack.zone(id).map(|_| self.href(RecordKind::Zones, id)),
            note: None,
        }
    }

    fn item(&self, section: RecordKind, id: &str, name: &Text, zone: &str) -> Item {
        Item {
            href: self.href(section, id),
            name: Shown::of(name, self.lang),
            zone: Some(self.zone_name(zone)),
            condition: None,
        }
    }

    fn condition(&self, applies: Applies) -> Option<String> {
        match applies {
            Applies::Yes => None,
            Applies::IfInvesting(min) => Some(format!(
                "{} {}",
                self.lang.strings().if_investing,
                format_wan(min, self.lang)
            )),
        }
    }

    fn deadline(&self, deadline: Date) -> Fact {
        let days = self.today.days_until(deadline);
        fact(
            self.lang.strings().deadline,
            format!("{deadline} ({})", format_days_left(days, self.lang)),
        )
    }

    /// The card of the record at `i` in `section`'s list.
    pub fn card(&self, section: RecordKind, i: usize) -> Option<Card> {
        let (p, l, s) = (self.pack, self.lang, self.lang.strings());
        Some(match section {
            RecordKind::Scenarios => {
                let r = p.scenarios.get(i)?;
                let mut badges = vec![status(r.status.as_str(), r.status, l)];
                badges.extend(r.track.map(|t| Badge {
                    class: format!("track-{}", t.as_str()),
                    label: t.label(l),
                }));
                badges.push(neutral(r.industry, l));
                Card {
                    href: self.href(section, r.id.as_str()),
                    title: Shown::of(&r.title, l),
                    badges,
                    facts: vec![
                        self.zone_fact(r.zone.as_str()),
                        fact(s.budget, format_wan_range(r.budget.min, r.budget.max, l)),
                        fact(s.deadline, r.deadline.to_string()),
                    ],
                }
            }
            RecordKind::Projects => {
                let r = p.projects.get(i)?;
                let track = r.kind.track();
                Card {
                    href: self.href(section, r.id.as_str()),
                    title: Shown::of(&r.title, l),
                    badges: vec![
                        status(r.status.as_str(), r.status, l),
                        Badge {
                            class: format!("track-{}", track.as_str()),
                            label: track.label(l),
                        },
                        neutral(r.kind, l),
                    ],
                    facts: vec![
                        self.zone_fact(r.zone.as_str()),
                        fact(s.investment, format_wan(r.investment.0, l)),
                        fact(s.stage, r.stage.label(l)),
                    ],
                }
            }
            RecordKind::Parcels => {
                let r = p.parcels.get(i)?;
                Card {
                    href: self.href(section, r.id.as_str()),
                    title: Shown::of(&r.name, l),
                    badges: vec![
                        status(r.status.as_str(), r.status, l),
                        neutral(r.land_use, l),
                    ],
                    facts: vec![
                        self.zone_fact(r.zone.as_str()),
                        fact(s.area, area(r.area_mu.0, s)),
                        fact(s.price, format_price_per_mu(r.price_wan_per_mu.0, l)),
                    ],
                }
            }
            RecordKind::Incentives => {
                let r = p.incentives.get(i)?;
                Card {
                    href: self.href(section, r.id.as_str()),
                    title: Shown::of(&r.title, l),
                    badges: vec![
                        status(r.status.as_str(), r.status, l),
                        neutral(r.category, l),
                    ],
                    facts: vec![
                        self.zone_fact(r.zone.as_str()),
                        fact(s.valid_until, r.valid_until.to_string()),
                    ],
                }
            }
            RecordKind::Zones => {
                let z = p.zones.get(i)?;
                // What the zone offers now: open scenarios and projects, available parcels,
                // active incentives.
                let crate::pack::OpenNow {
                    scenarios: sc,
                    river,
                    air,
                    parcels: lp,
                    incentives: inc,
                } = p.open_now(&z.id);
                let mut facts = vec![fact(
                    s.location,
                    format!("{} · {}", z.province.label(l), z.city.get(l).text),
                )];
                facts.extend(
                    z.national_since
                        .map(|y| fact(s.national_since, y.to_string())),
                );
                facts.push(fact(
                    s.leading_industries,
                    z.industries
                        .iter()
                        .map(|i| i.get(l).text)
                        .collect::<Vec<_>>()
                        .join(" · "),
                ));
                facts.push(fact(
                    crate::i18n::measure_label(crate::query::Measure::Offers, l),
                    p.open_offers(&z.id).to_string(),
                ));
                facts.push(fact(
                    s.explore,
                    format!(
                        "{sc} {} · {river} {} · {air} {} · {lp} {} · {inc} {}",
                        s.fig_open_scenarios,
                        s.fig_river_projects,
                        s.fig_air_projects,
                        s.fig_parcels,
                        s.fig_incentives
                    ),
                ));
                Card {
                    href: self.href(section, z.id.as_str()),
                    title: Shown::of(&z.name, l),
                    badges: vec![Badge {
                        class: format!("membership-{}", z.membership.as_str()),
                        label: z.membership.label(l),
                    }],
                    facts,
                }
            }
        })
    }

    /// The alliance's working directions, each with a link to the data that shows it (and what
    /// that data holds now). Directions are recognised by their Chinese wording, so a pack that
    /// words or orders them differently still shows them, unlinked.
    pub fn directions(&self) -> Vec<(Shown, Option<Item>)> {
        use crate::model::{ProjectStatus, ScenarioStatus, Track};
        let (p, l, s) = (self.pack, self.lang, self.lang.strings());
        let open_scenarios = |f: &dyn Fn(&crate::model::Scenario) -> bool| {
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
                        self.url.goto(Route::RiverAir).to_fragment(),
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
                        self.url.goto(Route::List(RecordKind::Zones)).to_fragment(),
                        format!("{} {}", p.zones.len(), s.fig_zones),
                    ))
                } else if zh.contains("攻关") {
                    let n = open_scenarios(&|x| x.party == crate::model::Party::Enterprise);
                    Some(link(
                        self.filtered(RecordKind::Scenarios, "party", "enterprise"),
                        format!(
                            "{n} {} ({})",
                            s.fig_open_scenarios,
                            crate::model::Party::Enterprise.label(l)
                        ),
                    ))
                } else if zh.contains("场景") {
                    Some(link(
                        self.filtered(RecordKind::Scenarios, "status", "open"),
                        format!("{} {}", open_scenarios(&|_| true), s.fig_open_scenarios),
                    ))
                } else if zh.contains("品牌") || zh.contains("供需") {
                    let n = p
                        .projects
                        .iter()
                        .filter(|x| x.status == ProjectStatus::Open)
                        .count();
                    Some(link(
                        self.filtered(RecordKind::Projects, "status", "open"),
                        format!(
                            "{n} {} ({})",
                            s.nav_projects,
                            crate::model::ProjectStatus::Open.label(l)
                        ),
                    ))
                } else {
                    None
                };
                (Shown::of(d, l), item)
            })
            .collect()
    }

    /// The detail page of the record `id` in `section`, if there is one.
    pub fn detail(&self, section: RecordKind, id: &str) -> Option<Detail> {
        let p = self.pack;
        let mut d = match section {
            RecordKind::Scenarios => {
                self.scenario(p.scenarios.iter().find(|r| r.id.as_str() == id)?)
            }
            RecordKind::Projects => self.project(p.projects.iter().find(|r| r.id.as_str() == id)?),
            RecordKind::Parcels => self.parcel(p.parcels.iter().find(|r| r.id.as_str() == id)?),
            RecordKind::Incentives => {
                self.incentive(p.incentives.iter().find(|r| r.id.as_str() == id)?)
            }
            RecordKind::Zones => self.zone(p.zones.iter().find(|r| r.id.as_str() == id)?),
        };
        d.related.retain(|r| !r.items.is_empty());
        d.lists.retain(|(_, items)| !items.is_empty());
        Some(d)
    }

    fn frame(
        &self,
        title: &Text,
        badges: Vec<Badge>,
        contact: &Contact,
        facts: Vec<Fact>,
    ) -> Detail {
        Detail {
            title: Shown::of(title, self.lang),
            badges,
            contact: Some(reach(contact, self.lang)),
            facts,
            body: None,
            lists: Vec::new(),
            related: Vec::new(),
            sources: Vec::new(),
        }
    }

    fn scenario(&self, r: &Scenario) -> Detail {
        let (l, s) = (self.lang, self.lang.strings());
        let mut badges = vec![status(r.status.as_str(), r.status, l), neutral(r.party, l)];
        badges.extend(r.track.map(|t| Badge {
            class: format!("track-{}", t.as_str()),
            label: t.label(l),
        }));
        let facts = vec![
            self.zone_fact(r.zone.as_str()),
            fact(s.industry, r.industry.label(l)),
            fact(s.budget, format_wan_range(r.budget.min, r.budget.max, l)),
            self.deadline(r.deadline),
            fact(s.verified, r.verified.to_string()),
        ];
        Detail {
            body: Some(Shown::of(&r.need, l)),
            lists: vec![(
                s.requirements.to_string(),
                r.requirements.iter().map(|t| Shown::of(t, l)).collect(),
            )],
            related: vec![Related {
                title: s.similar_elsewhere,
                items: self
                    .pack
                    .similar_scenarios(r, 6)
                    .into_iter()
                    .map(|o| {
                        self.item(
                            RecordKind::Scenarios,
                            o.id.as_str(),
                            &o.title,
                            o.zone.as_str(),
                        )
                    })
                    .collect(),
            }],
            sources: sources(&r.sources, l),
            ..self.frame(&r.title, badges, &r.contact, facts)
        }
    }

    fn project(&self, r: &Project) -> Detail {
        let (l, s) = (self.lang, self.lang.strings());
        let track = r.kind.track();
        let badges = vec![
            status(r.status.as_str(), r.status, l),
            Badge {
                class: format!("track-{}", track.as_str()),
                label: track.label(l),
            },
            neutral(r.kind, l),
        ];
        let mut facts = vec![
            self.zone_fact(r.zone.as_str()),
            fact(s.investment, format_wan(r.investment.0, l)),
            fact(s.stage, r.stage.label(l)),
            fact(s.seeking, joined(&r.seeking, l)),
        ];
        facts.extend(
            r.land_mu
                .map(|mu| fact(s.area, format!("{} {}", format_number(mu.0, 1), s.unit_mu))),
        );
        facts.extend(r.start.map(|start| {
            fact(
                s.timeline,
                match r.duration_months {
                    Some(m) => format!("{start} + {m} {}", s.months),
                    None => start.to_string(),
                },
            )
        }));
        facts.push(fact(s.verified, r.verified.to_string()));
        Detail {
            body: Some(Shown::of(&r.summary, l)),
            related: vec![Related {
                title: s.similar_elsewhere,
                items: self
                    .pack
                    .similar_projects(r, 6)
                    .into_iter()
                    .map(|o| {
                        self.item(
                            RecordKind::Projects,
                            o.id.as_str(),
                            &o.title,
                            o.zone.as_str(),
                        )
                    })
                    .collect(),
            }],
            sources: sources(&r.sources, l),
            ..self.frame(&r.title, badges, &r.contact, facts)
        }
    }

    fn parcel(&self, r: &LandParcel) -> Detail {
        let (p, l, s) = (self.pack, self.lang, self.lang.strings());
        let d = &r.distances;
        let distances = [d.port_km, d.airport_km, d.expressway_km, d.rail_km]
            .iter()
            .zip([s.dist_port, s.dist_airport, s.dist_expressway, s.dist_rail])
            .filter_map(|(km, name)| {
                km.map(|k| format!("{name} {} {}", format_number(k.0, 1), s.unit_km))
            })
            .collect::<Vec<_>>()
            .join(" · ");
        let mut facts = vec![
            self.zone_fact(r.zone.as_str()),
            fact(s.area, area(r.area_mu.0, s)),
            fact(s.land_use, r.land_use.label(l)),
            fact(
                s.plot_ratio,
                format!(
                    "{} – {}",
                    format_number(r.plot_ratio.min, 2),
                    format_number(r.plot_ratio.max, 2)
                ),
            ),
            fact(s.price, format_price_per_mu(r.price_wan_per_mu.0, l)),
            fact(s.utilities, joined(&r.utilities, l)),
            fact(s.distances, distances),
            fact(s.industry, joined(&r.industries, l)),
        ];
        facts.extend(
            r.min_investment
                .map(|m| fact(s.min_investment, format_wan(m.0, l))),
        );
        facts.push(fact(s.verified, r.verified.to_string()));
        let incentives = p
            .incentives_for(r)
            .into_iter()
            .map(|(inc, applies)| Item {
                condition: self.condition(applies),
                ..self.item(
                    RecordKind::Incentives,
                    inc.id.as_str(),
                    &inc.title,
                    inc.zone.as_str(),
                )
            })
            .collect();
        let could_host = p
            .scenarios_for(r)
            .into_iter()
            .map(|o| {
                self.item(
                    RecordKind::Scenarios,
                    o.id.as_str(),
                    &o.title,
                    o.zone.as_str(),
                )
            })
            .chain(p.projects_for(r).into_iter().map(|o| {
                self.item(
                    RecordKind::Projects,
                    o.id.as_str(),
                    &o.title,
                    o.zone.as_str(),
                )
            }))
            .collect();
        Detail {
            body: Some(Shown::of(&r.location, l)),
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
            sources: sources(&r.sources, l),
            ..self.frame(
                &r.name,
                vec![status(r.status.as_str(), r.status, l)],
                &r.contact,
                facts,
            )
        }
    }

    fn incentive(&self, r: &Incentive) -> Detail {
        let (p, l, s) = (self.pack, self.lang, self.lang.strings());
        let mut facts = vec![
            self.zone_fact(r.zone.as_str()),
            fact(s.category, r.category.label(l)),
        ];
        facts.extend(r.amount_wan.map(|a| fact(s.amount, format_wan(a.0, l))));
        facts.extend(
            r.rate_percent
                .map(|v| fact(s.rate, format!("{}%", format_number(v.0, 2)))),
        );
        facts.extend(r.cap_wan.map(|c| fact(s.cap, format_wan(c.0, l))));
        facts.push(fact(
            s.valid_until,
            format!("{} – {}", r.valid_from, r.valid_until),
        ));
        facts.push(Fact {
            value: Shown::of(&r.policy.title, l),
            ..fact(s.policy, "")
        });
        let e = &r.eligibility;
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
        facts.push(fact(s.eligibility, conditions.join(" · ")));
        facts.push(fact(s.verified, r.verified.to_string()));
        let zones = std::iter::once(&r.zone)
            .chain(e.zones.iter())
            .filter_map(|z| p.zone(z.as_str()))
            .map(|z| Item {
                zone: None,
                ..self.item(
                    RecordKind::Zones,
                    z.id.as_str(),
                    &z.short_name,
                    z.id.as_str(),
                )
            })
            .collect();
        let parcels = p
            .parcels_for(r)
            .into_iter()
            .map(|(parcel, applies)| Item {
                condition: self.condition(applies),
                ..self.item(
                    RecordKind::Parcels,
                    parcel.id.as_str(),
                    &parcel.name,
                    parcel.zone.as_str(),
                )
            })
            .collect();
        let badges = vec![
            status(r.status.as_str(), r.status, l),
            neutral(r.category, l),
        ];
        Detail {
            body: Some(Shown::of(&r.summary, l)),
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
            sources: sources(&r.sources, l),
            ..self.frame(&r.title, badges, &r.contact, facts)
        }
    }

    fn zone(&self, z: &Zone) -> Detail {
        let (p, l, s) = (self.pack, self.lang, self.lang.strings());
        let c = &z.confidence;
        let mut facts = Vec::new();
        // In English, the zone's own (Chinese) name first when our English name is uncertain.
        if l == Lang::En && c.name_en == crate::model::Confidence::Low {
            facts.push(Fact {
                note: Some(s.english_name_note.to_string()),
                ..fact(s.official_name, z.name.zh.clone())
            });
        }
        facts.push(Fact {
            note: doubt(c.location, l),
            ..fact(
                s.location,
                format!("{} · {}", z.province.label(l), z.city.get(l).text),
            )
        });
        facts.extend(
            z.national_since
                .map(|y| fact(s.national_since, y.to_string())),
        );
        facts.push(fact(s.industry, joined(&z.sectors, l)));
        if z.contact.is_none() {
            facts.push(fact(s.contact, s.no_contact));
        }
        facts.push(fact(s.verified, z.verified.to_string()));
        let counts = p.zone_counts(&z.id);
        let offers = RecordKind::listings()
            .map(|kind| Item {
                href: self.filtered(kind, "zone", z.id.as_str()),
                name: Shown::plain(format!(
                    "{} ({})",
                    crate::i18n::section_title(kind, l),
                    counts.get(kind)
                )),
                zone: None,
                condition: None,
            })
            .collect();
        // The zone's part in the dual-wheel drive: its projects in each track.
        let track = |t: crate::model::Track, title: &'static str| Related {
            title,
            items: p
                .projects
                .iter()
                .filter(|r| r.zone == z.id && r.kind.track() == t)
                .map(|r| Item {
                    zone: Some(Shown::plain(r.kind.label(l))),
                    ..self.item(RecordKind::Projects, r.id.as_str(), &r.title, z.id.as_str())
                })
                .collect(),
        };
        let mut industries = s.leading_industries.to_string();
        if let Some(note) = doubt(c.industries, l) {
            industries.push_str(&format!(" ({note})"));
        }
        Detail {
            title: Shown::of(&z.name, l),
            badges: vec![Badge {
                class: format!("membership-{}", z.membership.as_str()),
                label: z.membership.label(l),
            }],
            contact: z.contact.as_ref().map(|c| reach(c, l)),
            facts,
            body: Some(Shown::plain(s.coords_city)),
            lists: vec![
                (
                    industries,
                    z.industries.iter().map(|t| Shown::of(t, l)).collect(),
                ),
                (
                    s.river_activity.to_string(),
                    z.river_notes.iter().map(|t| Shown::of(t, l)).collect(),
                ),
                (
                    s.air_activity.to_string(),
                    z.low_altitude_notes
                        .iter()
                        .map(|t| Shown::of(t, l))
                        .collect(),
                ),
            ],
            related: vec![
                Related {
                    title: s.in_this_zone,
                    items: offers,
                },
                track(crate::model::Track::InlandRiver, s.river_here),
                track(crate::model::Track::LowAltitude, s.air_here),
            ],
            sources: sources(&z.sources, l),
        }
    }
}

/// A facet value's name: zones by their short name, everything else from the vocabularies.
pub fn facet_value_name(
    pack: &Pack,
    kind: RecordKind,
    facet: Facet,
    value: &str,
    lang: Lang,
) -> String {
    match facet {
        Facet::Zone => pack
            .zone(value)
            .map(|z| z.short_name.get(lang).text.to_string())
            .unwrap_or_else(|| value.to_string()),
        f => facet_value_label(kind, f, value, lang),
    }
}

/// A bound as typed in a range box: plain digits, no grouping.
pub fn bound_text(v: Option<f64>) -> String {
    v.map(|v| format_number(v, 2).replace(',', ""))
        .unwrap_or_default()
}

/// What is filtering the list, one chip per search text, facet value and range, each with the
/// query that removes just it (and goes back to page 1).
pub fn chips(pack: &Pack, kind: RecordKind, q: &ListQuery, lang: Lang) -> Vec<(String, ListQuery)> {
    let mut base = q.clone();
    base.page = 1;
    let mut chips: Vec<(String, ListQuery)> = Vec::new();
    if !q.text.is_empty() {
        let mut next = base.clone();
        next.text.clear();
        chips.push((format!("“{}”", q.text), next));
    }
    for (facet, values) in &q.facets {
        for v in values {
            let mut next = base.clone();
            next.toggle(*facet, v, false);
            let name = facet_value_name(pack, kind, *facet, v, lang);
            chips.push((format!("{}: {name}", facet_title(*facet, lang)), next));
        }
    }
    for (m, b) in &q.ranges {
        let mut next = base.clone();
        next.set_range(*m, Bounds::default());
        let f = |v: Option<f64>| v.map(|v| format_number(v, 2)).unwrap_or_default();
        chips.push((
            format!("{} {}–{}", measure_label(*m, lang), f(b.min), f(b.max)),
            next,
        ));
    }
    chips
}

/// The site's navigation in order: route and label. The app's header and the static floor page
/// (tools/floor-page) both draw it.
pub fn nav_items(lang: Lang) -> Vec<(Route, &'static str)> {
    let s = lang.strings();
    let list = |section| {
        (
            Route::List(section),
            crate::i18n::section_title(section, lang),
        )
    };
    vec![
        (Route::Home, s.nav_home),
        list(RecordKind::Scenarios),
        (Route::RiverAir, s.nav_river_air),
        list(RecordKind::Projects),
        list(RecordKind::Parcels),
        list(RecordKind::Incentives),
        list(RecordKind::Zones),
        (Route::Alliance, s.nav_alliance),
    ]
}

/// One headline figure of the home page: its value as shown, what it counts, and the page that
/// lists what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: String,
    pub label: &'static str,
    pub route: Route,
}

/// The home page's headline figures, computed from the pack ([`Pack::headline`]).
pub fn home_figures(pack: &Pack, lang: Lang) -> Vec<Figure> {
    let s = lang.strings();
    let h = pack.headline();
    let count = |n: usize| format_number(n as f64, 0);
    let fig = |value: String, label: &'static str, route: Route| Figure {
        value,
        label,
        route,
    };
    let scenarios = Route::List(RecordKind::Scenarios);
    let parcels = Route::List(RecordKind::Parcels);
    vec![
        fig(
            count(h.member_zones),
            s.fig_zones,
            Route::List(RecordKind::Zones),
        ),
        fig(count(h.provinces), s.fig_provinces, Route::Alliance),
        fig(
            count(h.open_scenarios),
            s.fig_open_scenarios,
            scenarios.clone(),
        ),
        fig(
            format_wan(h.open_scenario_budget, lang),
            s.fig_scenario_budget,
            scenarios,
        ),
        fig(
            count(h.river_projects),
            s.fig_river_projects,
            Route::RiverAir,
        ),
        fig(count(h.air_projects), s.fig_air_projects, Route::RiverAir),
        fig(
            format_wan(h.project_investment, lang),
            s.fig_project_investment,
            Route::List(RecordKind::Projects),
        ),
        fig(count(h.available_parcels), s.fig_parcels, parcels.clone()),
        fig(
            format!("{} {}", format_number(h.available_area_mu, 0), s.unit_mu),
            s.fig_parcel_area,
            parcels,
        ),
        fig(
            count(h.active_incentives),
            s.fig_incentives,
            Route::List(RecordKind::Incentives),
        ),
    ]
}
