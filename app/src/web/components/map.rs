//! The map of the belt: the schematic base map (`data/basemap.json`) and over it a mark per
//! zone, a link a finger wide, its dot sized by the open offers in the chosen layers (`layers` in
//! the URL); zones too close to tell apart at the drawn size share one mark that zooms in on
//! them, and names go where they cover no other name or dot (`shared::geo`). A summary for the
//! mark under the pointer or the keyboard focus, zoom that keeps its anchor in place, a frame
//! that a finger scrolls and a mouse drags, and the same facts as a table.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use shared::geo::{
    chosen_offers, dot_radius, label_width, marker_summary, marks, place_labels, Basemap, Layer,
    Mark, Projection, CLICK, TAP, WIDTH,
};
use shared::pack::OpenNow;
use shared::route::Route;
use shared::Glance;
use shared::Lang;
use shared::RecordKind;

use crate::web::url::{href, navigate, use_url};
use shared::i18n::format::css_percent;
use shared::i18n::UiStrings as _;

/// How far the map zooms in: at four times a phone's width, every two zones are a finger apart.
const MAX_ZOOM: u32 = 4;

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

    // The frame's width in px, measured once drawn and on every resize (0 until then: the
    // prerendered page shows every zone as its own mark, unnamed on the map).
    let frame = NodeRef::<leptos::html::Div>::new();
    let canvas = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(0.0f64);
    // A finger needs wider marks, further apart, than a mouse: the same query as the marks'
    // size in the stylesheet, so that every pointer that is not fine gets a finger's width.
    let fine = crate::web::hooks::media::use_media("(pointer: fine)");
    let measure = move || {
        if let Some(f) = frame.get_untracked() {
            width.set(f64::from(f.client_width()));
        }
    };
    Effect::new(move |_| {
        if frame.get().is_some() {
            measure();
        }
    });
    // (Not when the build prerenders the page natively: there is no window.)
    if crate::web::hooks::in_browser() {
        let resize = window_event_listener(leptos::ev::resize, move |_| measure());
        on_cleanup(move || resize.remove());
    }

    // Zooming keeps the point under `anchor` (px in the frame's view; default its centre)
    // where it is: the canvas is resized at once (here only, not by a reactive style, which
    // would apply after the scroll), then scrolled to match.
    let zoom_to = move |next: u32, anchor: Option<(f64, f64)>| {
        let (Some(f), Some(c)) = (frame.get_untracked(), canvas.get_untracked()) else {
            return;
        };
        let now = zoom.get_untracked();
        let next = next.clamp(1, MAX_ZOOM);
        if next == now {
            return;
        }
        let (vw, vh) = (f64::from(f.client_width()), f64::from(f.client_height()));
        let (ax, ay) = anchor.unwrap_or((vw / 2.0, vh / 2.0));
        let (cx, cy) = (
            f64::from(f.scroll_left()) + ax,
            f64::from(f.scroll_top()) + ay,
        );
        let r = f64::from(next) / f64::from(now);
        let _ = web_sys::HtmlElement::style(&c).set_property("width", &format!("{}%", next * 100));
        f.set_scroll_left((cx * r - ax).round() as i32);
        f.set_scroll_top((cy * r - ay).round() as i32);
        zoom.set(next);
    };

    // A mouse drags the map (a finger scrolls it natively); a drag is not a click.
    let grab = StoredValue::new(None::<(i32, i32, i32, i32)>);
    let dragged = StoredValue::new(false);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if let (Some(f), true) = (frame.get_untracked(), ev.pointer_type() == "mouse") {
            grab.set_value(Some((
                ev.client_x(),
                ev.client_y(),
                f.scroll_left(),
                f.scroll_top(),
            )));
            dragged.set_value(false);
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let (Some((x0, y0, left, top)), Some(f)) = (grab.get_value(), frame.get_untracked()) {
            let (dx, dy) = (ev.client_x() - x0, ev.client_y() - y0);
            if dx.abs() + dy.abs() > 4 {
                dragged.set_value(true);
            }
            f.set_scroll_left(left - dx);
            f.set_scroll_top(top - dy);
        }
    };
    let release = move |_: leptos::ev::PointerEvent| grab.set_value(None);
    let not_after_drag = move |ev: leptos::ev::MouseEvent| {
        if dragged.get_value() {
            ev.prevent_default();
            dragged.set_value(false);
            return false;
        }
        true
    };

    // Drawn once: the base map. The marks follow the drawn size (close zones become one mark
    // that zooms in on them; names go where they cover nothing) and the chosen layers.
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
            // Each zone on the map, in view-box units.
            let placed: Vec<(usize, f64, f64)> = spots
                .iter()
                .enumerate()
                .filter(|(_, z)| proj.contains(z.lon, z.lat))
                .map(|(i, z)| {
                    let (x, y) = proj.point(z.lon, z.lat);
                    (i, x, y)
                })
                .collect();
            let height = proj.height;
            let layout = {
                let spots = spots.clone();
                Memo::new(move |_| {
                    let w = width.get() * f64::from(zoom.get());
                    let k = if w > 0.0 { w / WIDTH } else { 1.0 };
                    let points: Vec<(f64, f64)> =
                        placed.iter().map(|(_, x, y)| (x * k, y * k)).collect();
                    let mut marks = if w > 0.0 {
                        marks(&points, if fine.get() { CLICK } else { TAP })
                    } else {
                        points
                            .iter()
                            .enumerate()
                            .map(|(i, &(x, y))| Mark {
                                members: vec![i],
                                x,
                                y,
                            })
                            .collect()
                    };
                    for m in &mut marks {
                        for i in &mut m.members {
                            *i = placed[*i].0;
                        }
                    }
                    let widths: Vec<f64> = marks
                        .iter()
                        .map(|m| match m.members[..] {
                            [i] if w > 0.0 => label_width(&spots[i].name),
                            _ => 0.0,
                        })
                        .collect();
                    let sides = place_labels(&marks, &widths, (WIDTH * k, height * k));
                    (marks, sides, k)
                })
            };
            let overlay = {
                let spots = spots.clone();
                move || {
                    let (marks, sides, k) = layout.get();
                    let (w, h) = (WIDTH * k, height * k);
                    marks
                        .into_iter()
                        .zip(sides)
                        .map(|(m, side)| {
                            let (left, top) = (css_percent(m.x / w * 100.0), css_percent(m.y / h * 100.0));
                            if let [i] = m.members[..] {
                                let z = &spots[i];
                                let counts = z.counts;
                                let size = move || {
                                    let r = layers.with(|l| dot_radius(chosen_offers(&counts, l)));
                                    format!("{}px", (2.0 * r).round() as i64)
                                };
                                let label = {
                                    let spots = spots.clone();
                                    move || layers.with(|l| summary(&spots[i], l, lang))
                                };
                                let name = side.map(|s| view! {
                                    <span class=format!("mark-label side-{}", s.key()) aria-hidden="true">{z.name.clone()}</span>
                                });
                                view! {
                                    <a class="mark" href=z.href.clone() draggable="false" aria-label=label style:left=left style:top=top
                                        on:click=move |ev| { not_after_drag(ev); }
                                        on:focus=move |_| active.set(Some(i)) on:mouseenter=move |_| active.set(Some(i))>
                                        <span class="dot" style:width=size style:height=size></span>
                                        {name}
                                    </a>
                                }
                                .into_any()
                            } else {
                                let names: Vec<&str> = m.members.iter().map(|i| spots[*i].name.as_str()).collect();
                                let label = format!("{} {}{}{}", m.members.len(), sh.zones_here, s.cite_colon, names.join(s.list_comma));
                                let label = format!("{label} — {}", sh.cluster_zoom);
                                let (x, y) = (m.x, m.y);
                                let on_click = move |ev: leptos::ev::MouseEvent| {
                                    if !not_after_drag(ev) {
                                        return;
                                    }
                                    let Some(f) = frame.get_untracked() else { return };
                                    let anchor = (x - f64::from(f.scroll_left()), y - f64::from(f.scroll_top()));
                                    zoom_to(zoom.get_untracked() * 2, Some(anchor));
                                };
                                view! {
                                    <button type="button" class="mark cluster" aria-label=label style:left=left style:top=top on:click=on_click>
                                        <span class="dot">{m.members.len()}</span>
                                    </button>
                                }
                                .into_any()
                            }
                        })
                        .collect::<Vec<_>>()
                }
            };
            Either::Right(view! {
                <div class="map-frame" node_ref=frame style:aspect-ratio=format!("{} / {}", WIDTH as i64, height as i64)
                    on:pointerdown=on_down on:pointermove=on_move on:pointerup=release on:pointerleave=release>
                    <div class="map-canvas" node_ref=canvas>
                        <svg viewBox=format!("0 0 {} {}", WIDTH as i64, height as i64) aria-hidden="true">
                            <rect class="map-sea" width={WIDTH as i64} height={height as i64}/>
                            <path class="map-coast" d=proj.path(&map.coast)/>
                            <path class="map-lakes" d=proj.path(&map.lakes)/>
                            <path class="map-rivers" d=proj.path(&map.rivers)/>
                            <path class="map-canals" d=proj.path(&map.canals)/>
                            {names}
                        </svg>
                        <div class="map-marks" role="group" aria-label=sh.map_title>{overlay}</div>
                    </div>
                </div>
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
            {drawing}
            <div class="map-tools">
                <p class="map-summary" aria-live="polite">{status}</p>
                <button type="button" aria-label=sh.zoom_out disabled=move || { zoom.get() <= 1 }
                    on:click=move |_| zoom_to(zoom.get_untracked() - 1, None)>"−"</button>
                <button type="button" aria-label=sh.zoom_in disabled=move || { zoom.get() >= MAX_ZOOM }
                    on:click=move |_| zoom_to(zoom.get_untracked() + 1, None)>"+"</button>
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
