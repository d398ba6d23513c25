//! "Inland river + low-altitude" (内河+低空): the two tracks side by side, grouped by sub-type,
//! with totals computed from the pack and links into the filtered explorers.

use std::sync::Arc;

use leptos::prelude::*;
use shared::chart::investment_by_kind;
use shared::i18n::{format_number, format_wan, Label};
use shared::model::{ProjectKind, Track};
use shared::route::Route;
use shared::RecordKind;
use shared::{Catalog, Lang};

use crate::components::chart::ChartView;
use shared::present::Ctx;

fn column(ctx: &Ctx, track: Track) -> impl IntoView {
    let (pack, l) = (ctx.pack, ctx.lang);
    let s = l.strings();
    let in_track: Vec<_> = pack
        .projects
        .iter()
        .filter(|p| p.kind.track() == track)
        .collect();
    let total: f64 = in_track.iter().map(|p| p.investment.0).sum();
    let groups: Vec<_> = ProjectKind::ALL
        .iter()
        .filter(|k| k.track() == track)
        .map(|kind| {
            let links: Vec<_> = in_track
                .iter()
                .filter(|p| p.kind == *kind)
                .map(|p| {
                    let href = ctx.url.goto(Route::Detail(RecordKind::Projects, p.id.to_string())).to_fragment();
                    view! { <li><a href=href>{p.title.get(l).text.to_string()}</a> " · " {format_wan(p.investment.0, l)}</li> }
                })
                .collect();
            let n = links.len();
            view! {
                <section class="group">
                    <h3><a href=ctx.filtered(RecordKind::Projects, "kind", kind.as_str())>{kind.label(l)} " (" {n} ")"</a></h3>
                    <ul>{links}</ul>
                </section>
            }
        })
        .collect();
    let zones: Vec<&str> = pack
        .zones
        .iter()
        .filter(|z| in_track.iter().any(|p| p.zone == z.id))
        .map(|z| z.short_name.get(l).text)
        .collect();
    let scenarios = pack
        .scenarios
        .iter()
        .filter(|s| s.track == Some(track))
        .count();
    view! {
        <section class=format!("track track-{}", track.as_str())>
            <h2>{track.label(l)}</h2>
            <dl class="track-total">
                <div><dt>{s.projects_count}</dt><dd>{format_number(in_track.len() as f64, 0)}</dd></div>
                <div><dt>{s.investment}</dt><dd>{format_wan(total, l)}</dd></div>
                <div><dt>{s.nav_zones}</dt><dd>{zones.len()}</dd></div>
            </dl>
            <p class="track-zones">{zones.join(" · ")}</p>
            <p class="track-links">
                <a href=ctx.filtered(RecordKind::Projects, "track", track.as_str())>{s.nav_projects} " → "</a>
                " · "
                <a href=ctx.filtered(RecordKind::Scenarios, "track", track.as_str())>
                    {s.nav_scenarios} " (" {scenarios} ") → "
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
    let ctx = crate::data::present(&loaded.pack, lang);
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
