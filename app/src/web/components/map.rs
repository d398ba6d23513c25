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
    chosen_offers, dot_radius, label_width, marker_summary, marks, parcel_summary, place_labels,
    site_marks, Basemap, Layer, Mark, Projection, View, CLICK, MAX_ZOOM, TAP, WIDTH,
};
use shared::pack::OpenNow;
use shared::pack::Record as _;
use shared::route::Route;
use shared::Glance;
use shared::Lang;
use shared::RecordKind;

use crate::web::url::{href, navigate, use_url};
use shared::i18n::format::svg_number;
use shared::i18n::UiStrings as _;

/// What the line under the map describes: the zone or the parcel under the pointer or focus.
#[derive(Clone)]
enum Active {
    Zone(usize),
    Site(String),
}

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

/// An open parcel on the map: what its mark says, its id, its place in view-box units.
struct Site {
    name: String,
    id: String,
    x: f64,
    y: f64,
}

/// The open parcels of `catalog` inside the map (a split point: a home visit draws the map
/// from the glance, and the parcels come only once the pack is read and zoomed in on).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn parcel_sites(catalog: Arc<shared::Catalog>, proj: Projection, lang: Lang) -> Vec<Site> {
    catalog
        .pack
        .parcels
        .iter()
        .filter(|p| p.open_now() && proj.contains(p.lon.0, p.lat.0))
        .map(|p| {
            let (x, y) = proj.point(p.lon.0, p.lat.0);
            Site {
                name: parcel_summary(p, lang),
                id: p.id.to_string(),
                x,
                y,
            }
        })
        .collect()
}

/// What a zoom of the map changes and reads.
#[derive(Clone, Copy)]
struct Zooming {
    width: RwSignal<f64>,
    view: RwSignal<View>,
    height: f64,
    layer: NodeRef<leptos::html::Div>,
    frame: NodeRef<leptos::html::Div>,
}

impl Zooming {
    /// Zooms to `next`, keeping the point under `anchor` (px in the frame; default its
    /// middle) in place. The marks are drawn anew at the new size: a mark that had the focus
    /// hands it to the mark now nearest that point (the same zone's, or one of a joined mark's
    /// zones). (A method, not a closure: each of its callers would inline a copy.)
    #[inline(never)]
    fn to(self, next: u32, anchor: Option<(f64, f64)>) {
        let w = self.width.get_untracked();
        let share = match anchor {
            Some((x, y)) if w > 0.0 => (x / w, y / (w * self.height / WIDTH)),
            _ => (0.5, 0.5),
        };
        let now = self.view.get_untracked();
        let then = now.zoomed(next, share, self.height);
        if now == then {
            return;
        }
        let layer = self.layer;
        let had_focus = layer.get_untracked().is_some_and(|l| {
            document()
                .active_element()
                .is_some_and(|a| l.contains(Some(&a)))
        });
        self.view.set(then);
        if let (true, Some(at)) = (had_focus, anchor) {
            let frame = self.frame;
            request_animation_frame(move || focus_nearest(layer, frame, at));
        }
    }
}

/// The fingers on the map (pointer id and where, at most two) and the square of their
/// distance at the last zoom step, 0 unless both touch.
type Fingers = ([Option<(i32, i32, i32)>; 2], i32);

/// Follows pointer `ev` (a new one only when it comes `down`); when two touch, their distance
/// squared and the point between them.
#[inline(never)]
fn follow(
    fingers: StoredValue<Fingers>,
    ev: &leptos::ev::PointerEvent,
    down: bool,
) -> Option<(i32, i32, i32)> {
    let (id, x, y) = (ev.pointer_id(), ev.client_x(), ev.client_y());
    fingers
        .try_update_value(|(f, _)| {
            let slot = f
                .iter()
                .position(|p| matches!(p, Some((i, ..)) if *i == id))
                .or_else(|| f.iter().position(|p| down && p.is_none()))?;
            f[slot] = Some((id, x, y));
            let [Some((_, x0, y0)), Some((_, x1, y1))] = *f else {
                return None;
            };
            Some((
                (x1 - x0).pow(2) + (y1 - y0).pow(2),
                (x0 + x1) / 2,
                (y0 + y1) / 2,
            ))
        })
        .flatten()
}

/// Puts the focus on the mark in view nearest `at` (px in the frame), after a zoom drew the
/// marks anew.
fn focus_nearest(
    layer: NodeRef<leptos::html::Div>,
    frame: NodeRef<leptos::html::Div>,
    at: (f64, f64),
) {
    use wasm_bindgen::JsCast as _;
    let (Some(l), Some(f)) = (layer.get_untracked(), frame.get_untracked()) else {
        return;
    };
    let r = f.get_bounding_client_rect();
    let marks = l.children();
    let mut best: Option<(f64, web_sys::HtmlElement)> = None;
    for i in 0..marks.length() {
        let Some(el) = marks
            .item(i)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if el.hidden() {
            continue;
        }
        let b = el.get_bounding_client_rect();
        let (dx, dy) = (
            b.left() + b.width() / 2.0 - r.left() - at.0,
            b.top() + b.height() / 2.0 - r.top() - at.1,
        );
        let d = dx * dx + dy * dy;
        if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
            best = Some((d, el));
        }
    }
    match best {
        Some((_, el)) => {
            let _ = el.focus();
        }
        None => {
            let _ = f.focus();
        }
    }
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
    let active = RwSignal::new(None::<Active>);

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

    // The part of the map in view; the marks are laid out anew only when the zoom changes.
    let proj = match basemap {
        Some(Ok(m)) => Some(Projection::new(m.bbox)),
        _ => None,
    };
    let height = proj.map_or(WIDTH / 2.0, |p| p.height);
    let view = RwSignal::new(View::WHOLE);
    let zoom = Memo::new(move |_| view.with(|v| v.zoom));
    // Drawn px per view-box unit at the zoom (1 until the frame is measured).
    let scale = move || {
        let w = width.get();
        if w > 0.0 {
            w * f64::from(zoom.get()) / WIDTH
        } else {
            1.0
        }
    };
    // The marks' layer (set once drawn), and the frame's place of the point a zoom keeps.
    let layer = NodeRef::<leptos::html::Div>::new();
    let zooming = Zooming {
        width,
        view,
        height,
        layer,
        frame,
    };
    let zoom_to = move |next: u32, anchor: Option<(f64, f64)>| zooming.to(next, anchor);
    // Moves the view by (dx, dy) px on screen.
    let pan_by = move |from: View, dx: f64, dy: f64| {
        let w = width.get_untracked();
        if w > 0.0 {
            let units = WIDTH / (w * f64::from(from.zoom));
            view.set(from.panned(dx * units, dy * units, height));
        }
    };

    // A finger or a mouse drags the zoomed map; a drag is not a click. (Zoomed out, a finger
    // scrolls the page over the map as anywhere else: `touch-action` below.)
    let grab = StoredValue::new(None::<(i32, i32, View)>);
    let dragged = StoredValue::new(false);
    // Two fingers pinch the map: one zoom step each time their distance grows or shrinks by
    // half, at the point between them (`Fingers`; integers and squares: `hypot` would link
    // libm's).
    let fingers = StoredValue::new(Fingers::default());
    let follow = move |ev: &leptos::ev::PointerEvent, down: bool| follow(fingers, ev, down);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        // (A mouse or a pen is one pointer: only fingers come two at a time.)
        if let Some((d, ..)) = follow(&ev, true) {
            // A pinch is neither a drag nor a tap.
            grab.set_value(None);
            dragged.set_value(true);
            fingers.update_value(|p| p.1 = d);
            return;
        }
        if !ev.is_primary() {
            return;
        }
        dragged.set_value(false);
        if zoom.get_untracked() > 1 && ev.button() <= 0 {
            grab.set_value(Some((ev.client_x(), ev.client_y(), view.get_untracked())));
        }
    };
    let on_pinch = move |ev: &leptos::ev::PointerEvent| {
        let (Some((d, x, y)), Some(f)) = (follow(ev, false), frame.get_untracked()) else {
            return;
        };
        let (z, d0) = (zoom.get_untracked(), fingers.with_value(|p| p.1));
        let next = if 4 * d >= 9 * d0 {
            z * 2
        } else if 9 * d <= 4 * d0 {
            z / 2
        } else {
            return;
        };
        fingers.update_value(|p| p.1 = d);
        let r = f.get_bounding_client_rect();
        zoom_to(
            next,
            Some((f64::from(x) - r.left(), f64::from(y) - r.top())),
        );
    };
    let lift = move |ev: leptos::ev::PointerEvent| {
        grab.set_value(None);
        let id = ev.pointer_id();
        fingers.update_value(|(f, d)| {
            for p in f
                .iter_mut()
                .filter(|p| matches!(p, Some((i, ..)) if *i == id))
            {
                *p = None;
            }
            *d = 0;
        });
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if fingers.with_value(|p| p.1 > 0) {
            return on_pinch(&ev);
        }
        if !ev.is_primary() {
            return;
        }
        if let Some((x0, y0, from)) = grab.get_value() {
            let (dx, dy) = (ev.client_x() - x0, ev.client_y() - y0);
            // A finger shakes more than a mouse before it means to drag.
            let slack = if ev.pointer_type() == "mouse" { 4 } else { 10 };
            if dx.abs() + dy.abs() > slack {
                dragged.set_value(true);
            }
            if dragged.get_value() {
                pan_by(from, -f64::from(dx), -f64::from(dy));
            }
        }
    };
    // Followed over the whole window: a drag may leave the frame.
    if crate::web::hooks::in_browser() {
        let moving = window_event_listener(leptos::ev::pointermove, on_move);
        let up = window_event_listener(leptos::ev::pointerup, lift);
        let cancel = window_event_listener(leptos::ev::pointercancel, lift);
        on_cleanup(move || {
            moving.remove();
            up.remove();
            cancel.remove();
        });
    }
    let not_after_drag = move |ev: leptos::ev::MouseEvent| {
        // (A click from the keyboard, Enter, has no pointer behind it: `detail` 0.)
        if dragged.get_value() && ev.detail() != 0 {
            ev.prevent_default();
            dragged.set_value(false);
            return false;
        }
        true
    };
    // Where the focused mark is in the frame, in px: + and − zoom there.
    let focused_at = move |ev: &leptos::ev::KeyboardEvent| {
        use wasm_bindgen::JsCast as _;
        let f = frame.get_untracked()?;
        let mark = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let (r, m) = (
            f.get_bounding_client_rect(),
            mark.get_bounding_client_rect(),
        );
        Some((
            m.left() + m.width() / 2.0 - r.left(),
            m.top() + m.height() / 2.0 - r.top(),
        ))
    };
    // The keyboard: arrows move the map by a quarter of the view, + and − zoom (at the focused
    // mark).
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // The browser's own keys (back, forward, its zoom) stay the browser's.
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let w = width.get_untracked();
        let (sx, sy) = (w / 4.0, w * height / WIDTH / 4.0);
        let (dx, dy) = match ev.key().as_str() {
            "ArrowLeft" => (-sx, 0.0),
            "ArrowRight" => (sx, 0.0),
            "ArrowUp" => (0.0, -sy),
            "ArrowDown" => (0.0, sy),
            "+" | "=" => return zoom_to(zoom.get_untracked() * 2, focused_at(&ev)),
            "-" => return zoom_to(zoom.get_untracked() / 2, focused_at(&ev)),
            _ => return,
        };
        if zoom.get_untracked() > 1 {
            ev.prevent_default();
            pan_by(view.get_untracked(), dx, dy);
        }
    };
    // Pinching a touchpad (a wheel with Ctrl) zooms at the pointer; a plain wheel scrolls the page.
    let pinch = StoredValue::new(0.0f64);
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        if !ev.ctrl_key() {
            return;
        }
        ev.prevent_default();
        let (Some(f), z) = (frame.get_untracked(), zoom.get_untracked()) else {
            return;
        };
        let r = f.get_bounding_client_rect();
        let at = (
            f64::from(ev.client_x()) - r.left(),
            f64::from(ev.client_y()) - r.top(),
        );
        // A pinch sends many small steps: one zoom step per 100 px of them.
        let sum = pinch.get_value() + ev.delta_y();
        if sum.abs() < 100.0 {
            pinch.set_value(sum);
            return;
        }
        pinch.set_value(0.0);
        let next = if sum < 0.0 { z * 2 } else { z / 2 };
        zoom_to(next, Some(at));
    };

    // The open parcels of the pack with a place on the map, once the pack is read (the home
    // page of a first visit is drawn from its glance, which has no parcels), their layer is
    // on and the map zoomed in (zoomed out they share their zones' marks): read by a split
    // point, as the first view needs none of it.
    let data = use_context::<crate::web::data::DataContext>();
    let show_sites = Memo::new(move |_| layers.with(|l| l.contains(&Layer::Parcels)));
    let zoomed = Memo::new(move |_| zoom.get() > 1);
    let site_list = RwSignal::new(Arc::new(Vec::<Site>::new()));
    // The pack whose parcels are drawn, not to read them twice.
    let read_from = StoredValue::new(std::sync::Weak::<shared::Catalog>::new());
    Effect::new(move |_| {
        let (Some(proj), Some(catalog), true) =
            (proj, data.and_then(|d| d.ready()), show_sites.get())
        else {
            read_from.set_value(Default::default());
            site_list.set(Arc::default());
            return;
        };
        let same = move |c: &Arc<shared::Catalog>| {
            read_from
                .try_with_value(|w| w.upgrade().is_some_and(|r| Arc::ptr_eq(&r, c)))
                .unwrap_or(false)
        };
        if !zoomed.get() || same(&catalog) {
            return;
        }
        read_from.set_value(Arc::downgrade(&catalog));
        leptos::task::spawn_local(async move {
            let sites = parcel_sites(catalog.clone(), proj, lang).await;
            // Still wanted: the map is still there, its layer on, and the pack the same.
            if show_sites.try_get_untracked() == Some(true) && same(&catalog) {
                site_list.try_set(Arc::new(sites));
            }
        });
    });
    let sites = move || site_list.get();

    // Drawn once: the base map. The marks follow the drawn size (close zones become one mark
    // that zooms in on them; names go where they cover nothing) and the chosen layers.
    let drawing = {
        let spots = spots.clone();
        (|| {
            let (map, proj) = match (basemap, proj) {
                (Some(Ok(m)), Some(p)) => (m, p),
                (other, _) => {
                    if let Some(Err(e)) = other {
                        leptos::logging::warn!("base map: {e}");
                    }
                    return Either::Left(
                        view! { <p class="map-failed" role="status">{sh.basemap_failed}</p> },
                    );
                }
            };
            // The base map's names (sized in em of the drawing's font) keep their size on screen
            // once zoomed in.
            let text_size = move |px: f64| {
                let k = scale();
                format!("{}px", svg_number(px * k.min(1.0) / k))
            };
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
            // The marks at the drawn size (px on the whole map at this zoom): zones, then sites.
            let layout = {
                let spots = spots.clone();
                Memo::new(move |_| {
                    let w = width.get() * f64::from(zoom.get());
                    let k = if w > 0.0 { w / WIDTH } else { 1.0 };
                    let gap = if fine.get() { CLICK } else { TAP };
                    let points: Vec<(f64, f64)> =
                        placed.iter().map(|(_, x, y)| (x * k, y * k)).collect();
                    let mut zones = if w > 0.0 {
                        marks(&points, gap)
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
                    for m in &mut zones {
                        for i in &mut m.members {
                            *i = placed[*i].0;
                        }
                    }
                    // Zoomed out, every parcel is counted on its zone's mark.
                    let site_points: Vec<(f64, f64)> = if w > 0.0 && zoom.get() > 1 {
                        sites().iter().map(|p| (p.x * k, p.y * k)).collect()
                    } else {
                        Vec::new()
                    };
                    let sites = site_marks(&zones, &site_points, gap);
                    // Names for single zones only; the sites' marks are dots that names avoid.
                    let widths: Vec<f64> = zones
                        .iter()
                        .map(|m| match m.members[..] {
                            [i] if w > 0.0 => label_width(&spots[i].name),
                            _ => 0.0,
                        })
                        .chain(sites.iter().map(|_| 0.0))
                        .collect();
                    let all: Vec<Mark> = zones.iter().chain(&sites).cloned().collect();
                    let mut sides = place_labels(&all, &widths, (WIDTH * k, height * k));
                    sides.truncate(zones.len());
                    (zones, sides, sites, k)
                })
            };
            // Whether a mark at (x, y) px on the drawn map is in the frame's view: marks out of
            // view are hidden, so that the keyboard never focuses a mark nobody sees. Set when
            // drawn, then by `hide_unseen` as the view moves (one pass over the marks, not a
            // reactive attribute per mark: those would add ~18 KB to the first load).
            let in_view = move |x: f64, y: f64, v: View, k: f64| {
                let w = width.get_untracked();
                let (left, top) = (x - v.x * k, y - v.y * k);
                w <= 0.0
                    || ((-1.0..=w + 1.0).contains(&left)
                        && (-1.0..=w * height / WIDTH + 1.0).contains(&top))
            };
            Effect::new(move |_| {
                let v = view.get();
                layout.with(|(zones, _, sites, k)| {
                    let Some(layer) = layer.get_untracked() else {
                        return;
                    };
                    let shown = layer.children();
                    if shown.length() as usize != zones.len() + sites.len() {
                        return;
                    }
                    let focused = document().active_element();
                    for (i, m) in zones.iter().chain(sites).enumerate() {
                        if let Some(el) = shown.item(i as u32) {
                            let out = !in_view(m.x, m.y, v, *k);
                            // The keyboard's place moves to the map itself, which keeps moving.
                            if out && focused.as_ref() == Some(&el) {
                                if let Some(f) = frame.get_untracked() {
                                    let _ = f.focus();
                                }
                            }
                            let _ = el.toggle_attribute_with_force("hidden", out);
                        }
                    }
                });
            });
            let px = |v: f64| format!("{}px", v.round() as i64);
            let overlay = {
                let spots = spots.clone();
                move || {
                    let (marks, sides, site_marks, k) = layout.get();
                    let sites = sites();
                    let v = view.get_untracked();
                    let cluster = move |m: &Mark, label: String, site: bool| {
                        let (x, y) = (m.x, m.y);
                        let on_click = move |ev: leptos::ev::MouseEvent| {
                            if !not_after_drag(ev) {
                                return;
                            }
                            let v = view.get_untracked();
                            zoom_to(zoom.get_untracked() * 2, Some((x - v.x * k, y - v.y * k)));
                        };
                        let count = m.members.len();
                        view! {
                            <button type="button" class=if site { "mark cluster site" } else { "mark cluster" } aria-label=label
                                style:left=px(x) style:top=px(y) hidden=!in_view(x, y, v, k) on:click=on_click>
                                <span class="dot">{count}</span>
                            </button>
                        }
                    };
                    let zones = marks
                        .into_iter()
                        .zip(sides)
                        .map(|(m, side)| {
                            if m.members.len() > 1 {
                                let names: Vec<&str> = m.members.iter().map(|i| spots[*i].name.as_str()).collect();
                                let label = format!("{} {}{}{} — {}", m.members.len(), sh.zones_here, s.cite_colon, names.join(s.list_comma), sh.cluster_zoom);
                                return cluster(&m, label, false).into_any();
                            }
                            let i = m.members[0];
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
                                <a class="mark" href=z.href.clone() draggable="false" aria-label=label
                                    style:left=px(m.x) style:top=px(m.y) hidden=!in_view(m.x, m.y, v, k)
                                    on:click=move |ev| { not_after_drag(ev); }
                                    on:focus=move |_| active.set(Some(Active::Zone(i))) on:mouseenter=move |_| active.set(Some(Active::Zone(i)))>
                                    <span class="dot" style:width=size style:height=size></span>
                                    {name}
                                </a>
                            }
                            .into_any()
                        })
                        .collect::<Vec<_>>();
                    let sites = site_marks
                        .into_iter()
                        .map(|m| {
                            if m.members.len() > 1 {
                                let names: Vec<&str> = m.members.iter().map(|i| sites[*i].name.as_str()).collect();
                                let label = format!("{} {}{}{} — {}", m.members.len(), sh.parcels_here, s.cite_colon, names.join(s.list_comma), sh.cluster_zoom);
                                return cluster(&m, label, true).into_any();
                            }
                            let site = &sites[m.members[0]];
                            let name = site.name.clone();
                            view! {
                                <a class="mark site" href=href(Route::Detail(RecordKind::Parcels, site.id.clone())) draggable="false" aria-label=site.name.clone()
                                    style:left=px(m.x) style:top=px(m.y) hidden=!in_view(m.x, m.y, v, k)
                                    on:click=move |ev| { not_after_drag(ev); }
                                    on:focus={let name = name.clone(); move |_| active.set(Some(Active::Site(name.clone())))}
                                    on:mouseenter=move |_| active.set(Some(Active::Site(name.clone())))>
                                    <span class="dot"></span>
                                </a>
                            }
                            .into_any()
                        })
                        .collect::<Vec<_>>();
                    (zones, sites)
                }
            };
            // The marks' layer follows the view.
            let shift = move || {
                let k = layout.with(|l| l.3);
                view.with(|v| {
                    format!(
                        "translate({}px, {}px)",
                        -(v.x * k).round() as i64,
                        -(v.y * k).round() as i64
                    )
                })
            };
            // A scale bar, once the frame is measured.
            let km_per_unit = proj.km_per_unit();
            let bar = move || {
                let k = scale();
                let (km, len) =
                    shared::geo::scale_bar(km_per_unit / k, 100.0).filter(|_| width.get() > 0.0)?;
                Some(view! {
                    <div class="map-scale" role="img" aria-label=format!("{}{}{km} {}", sh.map_scale, s.cite_colon, sh.km)>
                        <span class="bar" style:width=px(len)></span>
                        <span aria-hidden="true">{format!("{km} {}", sh.km)}</span>
                    </div>
                })
            };
            Either::Right(view! {
                <div class="map-frame" node_ref=frame tabindex="0" role="group" aria-label=sh.map_keys
                    style:aspect-ratio=format!("{} / {}", WIDTH as i64, height as i64)
                    class:zoomed=move || { zoom.get() > 1 }
                    on:pointerdown=on_down on:keydown=on_key on:wheel=on_wheel>
                    <svg viewBox=move || view.with(|v| v.view_box(height)) style:font-size=move || text_size(15.0) aria-hidden="true">
                        <rect class="map-sea" width={WIDTH as i64} height={height as i64}/>
                        <path class="map-coast" d=proj.path(&map.coast)/>
                        <path class="map-lakes" d=proj.path(&map.lakes)/>
                        <path class="map-rivers" d=proj.path(&map.rivers)/>
                        <path class="map-canals" d=proj.path(&map.canals)/>
                        {names}
                    </svg>
                    <div class="map-marks" role="group" aria-label=sh.map_title node_ref=layer style:transform=shift>{overlay}</div>
                    {bar}
                </div>
            })
        })()
    };

    let status = {
        let spots = spots.clone();
        move || match active.get() {
            Some(Active::Zone(i)) => layers.with(|l| summary(&spots[i], l, lang)),
            Some(Active::Site(name)) => name,
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
                    on:click=move |_| zoom_to(zoom.get_untracked() / 2, None)>"−"</button>
                <button type="button" aria-label=sh.zoom_in disabled=move || { zoom.get() >= MAX_ZOOM }
                    on:click=move |_| zoom_to(zoom.get_untracked() * 2, None)>"+"</button>
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
