//! A record's own page: title, status, contact first, every field, sources.

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::{
    format_days_left, format_number, format_price_per_mu, format_wan, format_wan_range, Label,
    StringOf,
};
use shared::model::{Contact, Incentive, LandParcel, Project, Scenario, Source, Zone};
use shared::route::{Route, Section};
use shared::values::{Date, Text};
use shared::{Lang, Loaded, Pack};

use crate::components::contact::ContactCard;
use crate::components::text::Tr;
use crate::lang::use_lang;
use crate::pages::list::section_title;
use crate::url::link;

/// Something shown in the current language, computed when the language changes.
type InLang = Arc<dyn Fn(Lang) -> String + Send + Sync>;

/// A value on a detail page.
enum Value {
    /// Computed per language (numbers with units, labels of vocabularies).
    Computed(InLang),
    /// A bilingual text that may fall back to the other language.
    Text(Text),
    /// A link to another record, named by a bilingual text.
    Link(Route, Text),
}

/// A labelled row: label from the strings table, and its value.
type Row = (StringOf, Value);

fn computed(f: impl Fn(Lang) -> String + Send + Sync + 'static) -> Value {
    Value::Computed(Arc::new(f))
}

fn label<T: Label + Send + Sync + 'static>(v: T) -> InLang {
    Arc::new(move |l| v.label(l).to_string())
}

fn labels<T: Label + Send + Sync + 'static>(vs: Vec<T>) -> Value {
    computed(move |l| {
        let names: Vec<&str> = vs.iter().map(|v| v.label(l)).collect();
        names.join(" · ")
    })
}

fn plain(s: impl ToString) -> Value {
    let s = s.to_string();
    computed(move |_| s.clone())
}

fn wan(v: f64) -> Value {
    computed(move |l| format_wan(v, l))
}

fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::from_ymd(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

fn zone_row(pack: &Pack, id: &str) -> Row {
    let value = match pack.zone(id) {
        Some(z) => Value::Link(
            Route::Detail(Section::Zones, id.to_string()),
            z.short_name.clone(),
        ),
        None => plain(id),
    };
    (|l| l.strings().zone, value)
}

#[component]
pub fn DetailPage(
    /// Which kind of record.
    section: Section,
    /// The record's id from the URL.
    id: String,
    /// The loaded pack.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let lang = use_lang();
    let pack = &loaded.pack;
    let found: Option<AnyView> = match section {
        Section::Scenarios => pack
            .scenarios
            .iter()
            .find(|r| r.id.as_str() == id)
            .map(|r| scenario(pack, r)),
        Section::Projects => pack
            .projects
            .iter()
            .find(|r| r.id.as_str() == id)
            .map(|r| project(pack, r)),
        Section::Parcels => pack
            .parcels
            .iter()
            .find(|r| r.id.as_str() == id)
            .map(|r| parcel(pack, r)),
        Section::Incentives => pack
            .incentives
            .iter()
            .find(|r| r.id.as_str() == id)
            .map(|r| incentive(pack, r)),
        Section::Zones => pack.zones.iter().find(|r| r.id.as_str() == id).map(zone),
    };
    let back = move || {
        format!(
            "← {}: {}",
            lang.get().strings().back_to_list,
            section_title(section, lang.get())
        )
    };
    view! {
        <p class="breadcrumb"><a href=link(Route::List(section))>{back}</a></p>
        {found.unwrap_or_else(|| view! {
            <section class="not-found">
                <h1>{move || lang.get().strings().not_found_title}</h1>
                <p>{move || lang.get().strings().record_not_found}</p>
                <p><code>{id.clone()}</code></p>
            </section>
        }.into_any())}
    }
}

/// Everything a detail page shows; `frame` lays it out the same way for every kind.
struct Detail {
    title: Text,
    badges: Vec<(String, InLang)>,
    contact: Option<Contact>,
    rows: Vec<Row>,
    body: Option<Text>,
    lists: Vec<(StringOf, Vec<Text>)>,
    sources: Vec<Source>,
}

fn frame(d: Detail) -> AnyView {
    let lang = use_lang();
    let s = move || lang.get().strings();
    let badges = d
        .badges
        .into_iter()
        .map(|(class, text)| view! { <span class=format!("badge badge-{class}")>{move || text(lang.get())}</span> })
        .collect_view();
    let rows = d
        .rows
        .into_iter()
        .map(|(label, value)| {
            let value = match value {
                Value::Computed(f) => (move || f(lang.get())).into_any(),
                Value::Text(t) => view! { <Tr text=t/> }.into_any(),
                Value::Link(route, t) => view! { <a href=link(route)><Tr text=t/></a> }.into_any(),
            };
            view! { <div><dt>{move || label(lang.get())}</dt><dd>{value}</dd></div> }
        })
        .collect_view();
    let lists = d
        .lists
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .map(|(label, items)| view! {
            <section>
                <h2>{move || label(lang.get())}</h2>
                <ul>{items.into_iter().map(|t| view! { <li><Tr text=t/></li> }).collect_view()}</ul>
            </section>
        })
        .collect_view();
    let sources = (!d.sources.is_empty()).then(|| view! {
        <section class="sources">
            <h2>{move || s().sources}</h2>
            <ul>
                {d.sources.into_iter().map(|src| match src.url {
                    Some(u) => view! {
                        <li><a href=u.as_str().to_string() rel="noopener noreferrer" target="_blank">{src.title}</a></li>
                    }.into_any(),
                    None => view! { <li>{src.title}</li> }.into_any(),
                }).collect_view()}
            </ul>
        </section>
    });
    view! {
        <article class="detail">
            <h1><Tr text=d.title/></h1>
            <p class="badges">{badges}</p>
            <div class="detail-grid">
                {d.contact.map(|c| view! { <ContactCard contact=c/> })}
                <dl class="facts">{rows}</dl>
            </div>
            {d.body.map(|t| view! { <p class="body-text"><Tr text=t/></p> })}
            {lists}
            {sources}
        </article>
    }
    .into_any()
}

fn deadline_row(deadline: Date) -> Row {
    let days = today().map(|t| t.days_until(deadline));
    (
        |l| l.strings().deadline,
        computed(move |l| match days {
            Some(d) => format!("{deadline} ({})", format_days_left(d, l)),
            None => deadline.to_string(),
        }),
    )
}

fn verified_row(d: Date) -> Row {
    (|l| l.strings().verified, plain(d))
}

fn scenario(pack: &Pack, r: &Scenario) -> AnyView {
    let mut badges = vec![
        (format!("status-{}", r.status.as_str()), label(r.status)),
        ("neutral".into(), label(r.party)),
    ];
    if let Some(t) = r.track {
        badges.push((format!("track-{}", t.as_str()), label(t)));
    }
    let (min, max) = (r.budget.min, r.budget.max);
    frame(Detail {
        title: r.title.clone(),
        badges,
        contact: Some(r.contact.clone()),
        rows: vec![
            zone_row(pack, r.zone.as_str()),
            (|l| l.strings().industry, labels(vec![r.industry])),
            (
                |l| l.strings().budget,
                computed(move |l| format_wan_range(min, max, l)),
            ),
            deadline_row(r.deadline),
            verified_row(r.verified),
        ],
        body: Some(r.need.clone()),
        lists: vec![(|l| l.strings().requirements, r.requirements.clone())],
        sources: r.sources.clone(),
    })
}

fn project(pack: &Pack, r: &Project) -> AnyView {
    let track = r.kind.track();
    let mut rows: Vec<Row> = vec![
        zone_row(pack, r.zone.as_str()),
        (|l| l.strings().investment, wan(r.investment.0)),
        (|l| l.strings().stage, labels(vec![r.stage])),
        (|l| l.strings().seeking, labels(r.seeking.clone())),
    ];
    if let Some(mu) = r.land_mu {
        rows.push((
            |l| l.strings().area,
            computed(move |l| format!("{} {}", format_number(mu.0, 1), l.strings().unit_mu)),
        ));
    }
    if let Some(start) = r.start {
        let months = r.duration_months;
        rows.push((
            |l| l.strings().timeline,
            computed(move |l| match months {
                Some(m) => format!("{start} + {m} {}", l.strings().months),
                None => start.to_string(),
            }),
        ));
    }
    rows.push(verified_row(r.verified));
    frame(Detail {
        title: r.title.clone(),
        badges: vec![
            (format!("status-{}", r.status.as_str()), label(r.status)),
            (format!("track-{}", track.as_str()), label(track)),
            ("neutral".into(), label(r.kind)),
        ],
        contact: Some(r.contact.clone()),
        rows,
        body: Some(r.summary.clone()),
        lists: vec![],
        sources: r.sources.clone(),
    })
}

fn parcel(pack: &Pack, r: &LandParcel) -> AnyView {
    let area = r.area_mu;
    let (pmin, pmax) = (r.plot_ratio.min, r.plot_ratio.max);
    let price = r.price_wan_per_mu.0;
    let d = r.distances.clone();
    let mut rows: Vec<Row> = vec![
        zone_row(pack, r.zone.as_str()),
        (
            |l| l.strings().area,
            computed(move |l| {
                let s = l.strings();
                format!(
                    "{} {} ({} {})",
                    format_number(area.0, 1),
                    s.unit_mu,
                    format_number(area.hectares(), 2),
                    s.unit_ha
                )
            }),
        ),
        (|l| l.strings().land_use, labels(vec![r.land_use])),
        (
            |l| l.strings().plot_ratio,
            plain(format!(
                "{} – {}",
                format_number(pmin, 2),
                format_number(pmax, 2)
            )),
        ),
        (
            |l| l.strings().price,
            computed(move |l| format_price_per_mu(price, l)),
        ),
        (|l| l.strings().utilities, labels(r.utilities.clone())),
        (
            |l| l.strings().distances,
            computed(move |l| {
                let s = l.strings();
                let names = [s.dist_port, s.dist_airport, s.dist_expressway, s.dist_rail];
                [d.port_km, d.airport_km, d.expressway_km, d.rail_km]
                    .iter()
                    .zip(names)
                    .filter_map(|(km, name)| {
                        km.map(|k| format!("{name} {} {}", format_number(k.0, 1), s.unit_km))
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
            }),
        ),
        (|l| l.strings().industry, labels(r.industries.clone())),
    ];
    if let Some(min) = r.min_investment {
        rows.push((|l| l.strings().min_investment, wan(min.0)));
    }
    rows.push(verified_row(r.verified));
    frame(Detail {
        title: r.name.clone(),
        badges: vec![(format!("status-{}", r.status.as_str()), label(r.status))],
        contact: Some(r.contact.clone()),
        rows,
        body: Some(r.location.clone()),
        lists: vec![],
        sources: r.sources.clone(),
    })
}

fn incentive(pack: &Pack, r: &Incentive) -> AnyView {
    let mut rows: Vec<Row> = vec![
        zone_row(pack, r.zone.as_str()),
        (|l| l.strings().category, labels(vec![r.category])),
    ];
    if let Some(a) = r.amount_wan {
        rows.push((|l| l.strings().amount, wan(a.0)));
    }
    if let Some(p) = r.rate_percent {
        rows.push((
            |l| l.strings().rate,
            plain(format!("{}%", format_number(p.0, 2))),
        ));
    }
    if let Some(c) = r.cap_wan {
        rows.push((|l| l.strings().cap, wan(c.0)));
    }
    rows.push((
        |l| l.strings().valid_until,
        plain(format!("{} – {}", r.valid_from, r.valid_until)),
    ));
    rows.push((|l| l.strings().policy, Value::Text(r.policy.title.clone())));
    let e = r.eligibility.clone();
    rows.push((
        |l| l.strings().eligibility,
        computed(move |l| {
            let mut parts: Vec<String> = Vec::new();
            parts.extend(e.land_uses.iter().map(|u| u.label(l).to_string()));
            parts.extend(e.industries.iter().map(|i| i.label(l).to_string()));
            if let Some(m) = e.min_investment {
                parts.push(format!("≥ {}", format_wan(m.0, l)));
            }
            if let Some(a) = e.min_area_mu {
                parts.push(format!(
                    "≥ {} {}",
                    format_number(a.0, 0),
                    l.strings().unit_mu
                ));
            }
            parts.join(" · ")
        }),
    ));
    rows.push(verified_row(r.verified));
    frame(Detail {
        title: r.title.clone(),
        badges: vec![
            (format!("status-{}", r.status.as_str()), label(r.status)),
            ("neutral".into(), label(r.category)),
        ],
        contact: Some(r.contact.clone()),
        rows,
        body: Some(r.summary.clone()),
        lists: vec![],
        sources: r.sources.clone(),
    })
}

fn zone(z: &Zone) -> AnyView {
    let mut rows: Vec<Row> = vec![(
        |l| l.strings().location,
        computed({
            let (p, city) = (z.province, z.city.clone());
            move |l| format!("{} · {}", p.label(l), city.get(l).text)
        }),
    )];
    if let Some(y) = z.national_since {
        rows.push((|l| l.strings().national_since, plain(y)));
    }
    rows.push((|l| l.strings().industry, labels(z.sectors.clone())));
    rows.push(verified_row(z.verified));
    frame(Detail {
        title: z.name.clone(),
        badges: vec![(
            format!("membership-{}", z.membership.as_str()),
            label(z.membership),
        )],
        contact: z.contact.clone(),
        rows,
        body: Some(Text::new(
            Lang::Zh.strings().coords_city,
            Lang::En.strings().coords_city,
        )),
        lists: vec![(|l| l.strings().leading_industries, z.industries.clone())],
        sources: z.sources.clone(),
    })
}
