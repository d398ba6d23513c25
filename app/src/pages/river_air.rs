//! "Inland river + low-altitude" (内河+低空): the two tracks side by side, grouped by sub-type,
//! with totals computed from the pack.

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::{format_number, format_wan, Label};
use shared::model::{ProjectKind, Track};
use shared::route::{Route, Section};
use shared::Loaded;

use crate::lang::use_lang;
use crate::url::use_url;

#[component]
pub fn RiverAirPage(
    /// The loaded pack.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let s = move || lang.get().strings();
    let column = move |track: Track| {
        let loaded = loaded.clone();
        move || {
            let l = lang.get();
            let pack = &loaded.pack;
            let in_track: Vec<_> = pack
                .projects
                .iter()
                .filter(|p| p.kind.track() == track)
                .collect();
            let total: f64 = in_track.iter().map(|p| p.investment.0).sum();
            let groups = ProjectKind::ALL
                .iter()
                .filter(|k| k.track() == track)
                .map(|kind| {
                    let items: Vec<_> = in_track.iter().filter(|p| p.kind == *kind).collect();
                    let links = items
                        .iter()
                        .map(|p| {
                            let href = url.with(|u| u.goto(Route::Detail(Section::Projects, p.id.to_string())).to_fragment());
                            view! { <li><a href=href>{p.title.get(l).text.to_string()}</a> " · " {format_wan(p.investment.0, l)}</li> }
                        })
                        .collect_view();
                    view! {
                        <section class="group">
                            <h3>{kind.label(l)} " (" {items.len()} ")"</h3>
                            <ul>{links}</ul>
                        </section>
                    }
                })
                .collect_view();
            let zones: Vec<String> = pack
                .zones
                .iter()
                .filter(|z| in_track.iter().any(|p| p.zone == z.id))
                .map(|z| z.short_name.get(l).text.to_string())
                .collect();
            view! {
                <section class=format!("track track-{}", track.as_str())>
                    <h2>{track.label(l)}</h2>
                    <dl class="track-total">
                        <div><dt>{l.strings().projects_count}</dt><dd>{format_number(in_track.len() as f64, 0)}</dd></div>
                        <div><dt>{l.strings().investment}</dt><dd>{format_wan(total, l)}</dd></div>
                        <div><dt>{l.strings().nav_zones}</dt><dd>{zones.len()}</dd></div>
                    </dl>
                    <p class="track-zones">{zones.join(" · ")}</p>
                    {groups}
                </section>
            }
        }
    };
    view! {
        <section class="river-air">
            <h1>{move || s().nav_river_air}</h1>
            <p class="lead">{move || s().river_air_lead}</p>
            <div class="tracks">
                {column(Track::InlandRiver)}
                {column(Track::LowAltitude)}
            </div>
        </section>
    }
}
