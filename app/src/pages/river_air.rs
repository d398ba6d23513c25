//! "Inland river + low-altitude" (内河+低空): the two tracks side by side, grouped by sub-type,
//! with totals computed from the pack and links into the filtered explorers.

use std::sync::Arc;

use leptos::prelude::*;
use shared::chart::investment_by_kind;
use shared::model::Track;
use shared::{Catalog, Lang};

use crate::web::components::chart::ChartView;
use shared::i18n::UiStrings as _;
use shared::present::Ctx;

fn column(ctx: &Ctx, track: Track) -> impl IntoView {
    let s = ctx.lang.strings();
    let c = ctx.track_column(track);
    let groups: Vec<_> = c
        .groups
        .into_iter()
        .map(|(head, items)| {
            let links: Vec<_> = items
                .into_iter()
                .map(|(i, investment)| {
                    view! { <li><a href=i.href>{i.name.text}</a> " · " {investment}</li> }
                })
                .collect();
            view! {
                <section class="group">
                    <h3><a href=head.href>{head.name.text}</a></h3>
                    <ul>{links}</ul>
                </section>
            }
        })
        .collect();
    view! {
        <section class=format!("track track-{}", track.as_str())>
            <h2>{c.title}</h2>
            <dl class="track-total">
                <div><dt>{s.track_projects_all}</dt><dd>{c.projects}</dd></div>
                <div><dt>{s.track_investment_all}</dt><dd>{c.investment}</dd></div>
                <div><dt>{s.nav_zones}</dt><dd>{c.zones.len()}</dd></div>
            </dl>
            <p class="track-zones">{c.zones.join(" · ")}</p>
            <p class="track-links">
                <a href=c.projects_href>{s.nav_projects} " → "</a>
                " · "
                <a href=c.scenarios_href>
                    {s.nav_scenarios} " (" {c.scenarios} ") → "
                </a>
            </p>
            {groups}
        </section>
    }
}

#[component]
pub fn RiverAirPage(
    /// The loaded pack.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let ctx = crate::web::data::present(&loaded.pack, lang);
    view! {
        <section class="river-air">
            <h1>{s.nav_river_air}</h1>
            <p class="lead">{s.river_air_lead}</p>
            <div class="tracks">
                {column(&ctx, Track::InlandRiver)}
                {column(&ctx, Track::LowAltitude)}
            </div>
            <ChartView chart=investment_by_kind(&loaded.pack.projects.iter().collect::<Vec<_>>(), lang) lang=lang/>
        </section>
    }
}
