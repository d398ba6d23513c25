//! The map of the belt: the schematic base map (`data/basemap.json`), a marker per zone sized
//! by its open offers in the chosen layers (`layers` in the URL), a summary for the marker under
//! the pointer or the keyboard focus, zoom buttons (the frame scrolls, so a phone pans by
//! touch), and the same facts as a table.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use shared::geo::{
    chosen_offers, marker_radius, marker_summary, Basemap, Layer, Projection, WIDTH,
};
use shared::pack::OpenNow;
use shared::route::{AppUrl, Route};
use shared::Glance;
use shared::Lang;
use shared::RecordKind;

use crate::web::url::{href, navigate, use_url};
use shared::i18n::UiStrings as _;

/// One zone on the map: position in the pack, name, href, counts per layer.
struct Spot {
    name: String,
    href: String,
    lon: f64,
    lat: f64,
    counts: OpenNow,
}

fn summary(spot: &Spot, layers: &[Layer], lang: Lang) -> String {
    marker_summary(&spot.name, &spot.counts, layers, lang)
}

/// The map of the pack's `glance`, drawn on `basemap` (`None`: none was asked for; `Err`: it
/// could not be read, and the map says so while the table stays).
pub fn belt_map(
    glance: &Glance,
    basemap: Option<&Result<Basemap, String>>,
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let sh = shared::i18n::home::Home::of(lang);
    let url = use_url();
    if glance.zones.is_empty() {
        return Either::Left(view! { <p class="map-empty" role="status">{sh.map_no_data}</p> });
    }
    let spots: Arc<Vec<Spot>> = Arc::new(
        glance
            .zones
            .iter()
            .map(|z| Spot {
                name: z.short_name.get(lang).text.to_string(),
                href: href(Route::Detail(RecordKind::Zones, z.id.clone())),
                lon: z.lon,
                lat: z.lat,
                counts: z.open,
            })
            .collect(),
    );
    let layers = Memo::new(move |_| url.with(|u| Layer::parse_list(u.get("layers"))));
    let zoom = RwSignal::new(1u32);
    let active = RwSignal::new(None::<usize>);

    let toggles: Vec<_> = Layer::ALL
        .into_iter()
        .map(|layer| {
            let on_change = move |ev: leptos::ev::Event| {
                let mut next = layers.get_untracked();
                next.retain(|l| *l != layer);
                if event_target_checked(&ev) {
                    next.push(layer);
                }
                let u = url.get_untracked();
                navigate(u.with("layers", Layer::to_list(&next).as_deref()), false);
            };
            view! {
                <label class=format!("layer layer-{}", layer.key())>
                    <input type="checkbox" id=format!("layer-{}", layer.key())
                        prop:checked=move || layers.with(|l| l.contains(&layer)) on:change=on_change/>
                    {layer.label(lang)}
                </label>
            }
        })
        .collect();

    // Drawn once: the base map and the markers' places do not change on this page; only the
    // markers' sizes and names follow the layers.
    let drawing = {
        let spots = spots.clone();
        (|| {
            let map = match basemap {
                Some(Ok(m)) => m,
                other => {
                    if let Some(Err(e)) = other {
                        leptos::logging::warn!("base map: {e}");
                    }
                    return Either::Left(
                        view! { <p class="map-failed" role="status">{sh.basemap_failed}</p> },
                    );
                }
            };
            let proj = Projection::new(map.bbox);
            let names: Vec<_> = map
                .labels
                .iter()
                .map(|l| {
                    let (x, y) = proj.point(l.lon, l.lat);
                    view! { <text x={x.round() as i64} y={y.round() as i64} class=format!("map-label map-{}", l.kind)>{l.text(lang).to_string()}</text> }
                })
                .collect();
            let markers: Vec<_> = spots
                .iter()
                .enumerate()
                .filter(|(_, z)| proj.contains(z.lon, z.lat))
                .map(|(i, z)| {
                    let (x, y) = proj.point(z.lon, z.lat);
                    let counts = z.counts;
                    let r = move || layers.with(|l| marker_radius(chosen_offers(&counts, l)).round() as i64);
                    let label = {
                        let spots = spots.clone();
                        move || layers.with(|l| summary(&spots[i], l, lang))
                    };
                    let title = label.clone();
                    // An SVG <g> that acts as a link (tachys builds `a` in the HTML
                    // namespace, where it would not draw): focusable, named, Enter opens it.
                    let target = z.href.clone();
                    let open = move || navigate(AppUrl::parse(&target), false);
                    let on_key = {
                        let open = open.clone();
                        move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Enter" {
                                open();
                            }
                        }
                    };
                    view! {
                        <g class="marker" tabindex="0" role="link" aria-label=label
                            on:click=move |_| open() on:keydown=on_key
                            on:focus=move |_| active.set(Some(i)) on:mouseenter=move |_| active.set(Some(i))>
                            <circle cx={x.round() as i64} cy={y.round() as i64} r=r/>
                            <text x={x.round() as i64} y={(y - 12.0).round() as i64} class="zone-label">{z.name.clone()}</text>
                            <title>{title}</title>
                        </g>
                    }
                })
                .collect();
            Either::Right(view! {
                <svg viewBox=format!("0 0 {} {}", WIDTH as i64, proj.height as i64) role="group" aria-label=sh.map_title
                    style:width=move || format!("{}%", zoom.get() * 100)>
                    <rect class="map-sea" width={WIDTH as i64} height={proj.height as i64}/>
                    <path class="map-coast" d=proj.path(&map.coast)/>
                    <path class="map-lakes" d=proj.path(&map.lakes)/>
                    <path class="map-rivers" d=proj.path(&map.rivers)/>
                    <path class="map-canals" d=proj.path(&map.canals)/>
                    {names}
                    {markers}
                </svg>
            })
        })()
    };

    let status = {
        let spots = spots.clone();
        move || match active.get() {
            Some(i) => layers.with(|l| summary(&spots[i], l, lang)),
            None => sh.map_hint.to_string(),
        }
    };
    let rows: Vec<_> = spots
        .iter()
        .map(|z| {
            let cells: Vec<_> = Layer::ALL
                .iter()
                .map(|l| view! { <td>{l.count(&z.counts)}</td> })
                .collect();
            view! { <tr><th scope="row"><a href=z.href.clone()>{z.name.clone()}</a></th>{cells}</tr> }
        })
        .collect();
    let heads: Vec<_> = Layer::ALL
        .iter()
        .map(|l| view! { <th scope="col">{l.label(lang)}</th> })
        .collect();
    // Where the base map comes from, as its file says (a zone may drop in its own).
    let credit = basemap.and_then(|m| m.as_ref().ok()).map(|m| {
        let licence = if m.licence.is_empty() {
            String::new()
        } else {
            format!(" ({})", m.licence)
        };
        format!(
            "{}: {} · {}{licence}",
            sh.map_source, sh.map_schematic, m.source
        )
    });
    Either::Right(view! {
        <section class="belt-map" aria-labelledby="map-title">
            <h2 id="map-title">{sh.map_title}</h2>
            <fieldset class="map-layers">
                <legend>{sh.map_layers}</legend>
                {toggles}
            </fieldset>
            <div class="map-frame">{drawing}</div>
            <div class="map-tools">
                <p class="map-summary" aria-live="polite">{status}</p>
                <button type="button" aria-label=sh.zoom_out disabled=move || { zoom.get() <= 1 }
                    on:click=move |_| zoom.update(|z| *z = (*z).saturating_sub(1).max(1))>"−"</button>
                <button type="button" aria-label=sh.zoom_in disabled=move || { zoom.get() >= 3 }
                    on:click=move |_| zoom.update(|z| *z = (*z + 1).min(3))>"+"</button>
            </div>
            <details class="map-table">
                <summary>{sh.map_as_table}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=sh.map_as_table>
                    <table>
                        <thead><tr><th scope="col">{s.nav_zones}</th>{heads}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
            <p class="map-credit">{credit}</p>
        </section>
    })
}
