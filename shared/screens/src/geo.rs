//! The schematic map of the belt: the projection of the base map (`crate::basemap`) into SVG
//! coordinates, the layers, and what each zone's marker shows. The app only draws the paths
//! and circles computed here.

pub use crate::basemap::{Basemap, Lines, MapLabel, BASEMAP};
use crate::i18n::UiStrings as _;
use crate::lang::Lang;
use crate::model::Track;
use crate::pack::OpenNow;

/// Width of the SVG view box; the height follows from the map's extent.
pub const WIDTH: f64 = 1000.0;

/// Longitude and latitude to SVG coordinates: equirectangular, with longitudes shrunk by the
/// cosine of the middle latitude so that the belt keeps its shape (good enough over 6° of
/// latitude; this is a schematic map, not a survey).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    bbox: [f64; 4],
    pub height: f64,
}

impl Projection {
    pub fn new(bbox: [f64; 4]) -> Projection {
        let [w, s, e, n] = bbox;
        let k = cos_deg((s + n) / 2.0);
        Projection {
            bbox,
            height: (WIDTH * (n - s) / ((e - w) * k)).round(),
        }
    }

    pub fn point(&self, lon: f64, lat: f64) -> (f64, f64) {
        let [w, s, e, n] = self.bbox;
        (
            (lon - w) / (e - w) * WIDTH,
            (n - lat) / (n - s) * self.height,
        )
    }

    /// Kilometres per view-box unit (east–west, at the middle latitude; a schematic scale).
    pub fn km_per_unit(&self) -> f64 {
        let [w, s, e, n] = self.bbox;
        (e - w) * 111.32 * cos_deg((s + n) / 2.0) / WIDTH
    }

    /// Whether a point lies inside the map.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        let [w, s, e, n] = self.bbox;
        (w..=e).contains(&lon) && (s..=n).contains(&lat)
    }

    /// An SVG path (`M x y L x y …`) for the lines, in whole view-box units.
    pub fn path(&self, lines: &Lines) -> String {
        let mut d = String::new();
        for line in lines {
            for (i, (lon, lat)) in line.iter().enumerate() {
                let (x, y) = self.point(*lon, *lat);
                if !d.is_empty() {
                    d.push(' ');
                }
                d.push(if i == 0 { 'M' } else { 'L' });
                d.push_str(&format!("{} {}", x.round() as i64, y.round() as i64));
            }
        }
        d
    }
}

/// Cosine of an angle in degrees, by its Taylor series (error below 1e-6 up to 60°): `f64::cos`
/// would pull ~6 KB of libm's argument reduction into the wasm for one number.
fn cos_deg(deg: f64) -> f64 {
    let x = deg.to_radians();
    let x2 = x * x;
    1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0 * (1.0 - x2 / 90.0))))
}

/// The map's layers: which offers a marker counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Scenarios,
    River,
    Air,
    Parcels,
}

impl Layer {
    pub const ALL: [Layer; 4] = [Layer::Scenarios, Layer::River, Layer::Air, Layer::Parcels];

    pub fn key(self) -> &'static str {
        match self {
            Layer::Scenarios => "scenarios",
            Layer::River => "river",
            Layer::Air => "air",
            Layer::Parcels => "parcels",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let s = lang.strings();
        match self {
            Layer::Scenarios => s.nav_scenarios,
            Layer::River => crate::i18n::Label::label(Track::InlandRiver, lang),
            Layer::Air => crate::i18n::Label::label(Track::LowAltitude, lang),
            Layer::Parcels => s.nav_parcels,
        }
    }

    /// The layers a URL's `layers` value turns on: all when absent, none for an empty value,
    /// unknown names ignored.
    pub fn parse_list(value: Option<&str>) -> Vec<Layer> {
        match value {
            None => Layer::ALL.to_vec(),
            Some(v) => Layer::ALL
                .into_iter()
                .filter(|l| v.split(',').any(|k| k == l.key()))
                .collect(),
        }
    }

    /// The URL value for `layers` (`None` when all are on, the default).
    pub fn to_list(layers: &[Layer]) -> Option<String> {
        if Layer::ALL.iter().all(|l| layers.contains(l)) {
            return None;
        }
        Some(
            Layer::ALL
                .iter()
                .filter(|l| layers.contains(l))
                .map(|l| l.key())
                .collect::<Vec<_>>()
                .join(","),
        )
    }
}

impl Layer {
    /// How many of a zone's open offers this layer shows.
    pub fn count(self, open: &OpenNow) -> usize {
        match self {
            Layer::Scenarios => open.scenarios,
            Layer::River => open.river,
            Layer::Air => open.air,
            Layer::Parcels => open.parcels,
        }
    }
}

/// What a zone's marker says: its name and its count in each chosen layer.
pub fn marker_summary(name: &str, open: &OpenNow, layers: &[Layer], lang: Lang) -> String {
    let parts: Vec<String> = Layer::ALL
        .iter()
        .filter(|l| layers.contains(l))
        .map(|l| format!("{} {}", l.label(lang), l.count(open)))
        .collect();
    format!("{name}: {}", parts.join(" · "))
}

/// What a parcel's mark says: its name and area.
pub fn parcel_summary(p: &crate::model::LandParcel, lang: Lang) -> String {
    let s = lang.strings();
    format!(
        "{}{}{}",
        p.name.get(lang).text,
        s.cite_colon,
        crate::present::area(p.area_mu.0, s)
    )
}

/// How many open offers a marker stands for: the sum over the chosen layers.
pub fn chosen_offers(open: &OpenNow, layers: &[Layer]) -> usize {
    layers.iter().map(|l| l.count(open)).sum()
}

/// A finger's width in CSS pixels: on a touch screen every mark is a tap target this wide, and
/// two marks are at least this far apart.
pub const TAP: f64 = 44.0;
/// The same for a mouse, which points more finely (WCAG's minimum target is 24 px).
pub const CLICK: f64 = 28.0;
/// How far a name sits from its mark's centre, and half the size of the largest dot, in px.
pub const LABEL_OFFSET: f64 = 16.0;
pub const DOT_MAX: f64 = 14.0;
/// The names' font size in px, and the height of their line.
pub const LABEL_FONT: f64 = 13.0;
pub const LABEL_HEIGHT: f64 = 18.0;

/// A mark on the map as drawn at one size: one zone, or several too close together to tell
/// apart there (tapping it zooms in on them). Positions in px on the drawn map.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Indices of the zones it stands for, in order.
    pub members: Vec<usize>,
    pub x: f64,
    pub y: f64,
}

/// The marks for `points` (px on the drawn map): the two closest that are less than `gap` ([`TAP`]
/// or [`CLICK`]) apart become one, at their centre, until every two marks are at least `gap`
/// apart. Deterministic: the same points give the same marks.
#[inline(never)] // called for zones and for sites: one copy in the wasm
pub fn marks(points: &[(f64, f64)], gap: f64) -> Vec<Mark> {
    let mut marks: Vec<Mark> = points
        .iter()
        .enumerate()
        .map(|(i, &(x, y))| Mark {
            members: vec![i],
            x,
            y,
        })
        .collect();
    loop {
        let mut closest: Option<(usize, usize, f64)> = None;
        for i in 0..marks.len() {
            for j in i + 1..marks.len() {
                // `sqrt` is one wasm instruction; `hypot` would link libm's.
                let (dx, dy) = (marks[i].x - marks[j].x, marks[i].y - marks[j].y);
                let d = (dx * dx + dy * dy).sqrt();
                if d < gap && closest.is_none_or(|(_, _, c)| d < c) {
                    closest = Some((i, j, d));
                }
            }
        }
        let Some((i, j, _)) = closest else {
            return marks;
        };
        let b = marks.remove(j);
        let a = &mut marks[i];
        let (na, nb) = (a.members.len() as f64, b.members.len() as f64);
        a.x = (a.x * na + b.x * nb) / (na + nb);
        a.y = (a.y * na + b.y * nb) / (na + nb);
        // Kept in order by insertion: a `sort` would add ~4 KB of sorting code to the first load.
        for m in b.members {
            let at = a.members.partition_point(|&n| n < m);
            a.members.insert(at, m);
        }
    }
}

/// The marks of the sites on the map (the parcels) at one drawn size, beside the zones' marks
/// (`zones`): sites closer than `gap` together share a mark, as zones do, and a site mark closer
/// than `gap` to a zone's mark is left off at this size (the zone's own mark counts it; zooming
/// in sets it apart). So every two marks of either kind stay a finger apart.
pub fn site_marks(zones: &[Mark], sites: &[(f64, f64)], gap: f64) -> Vec<Mark> {
    let mut shown = marks(sites, gap);
    shown.retain(|s| {
        zones.iter().all(|z| {
            let (dx, dy) = (s.x - z.x, s.y - z.y);
            (dx * dx + dy * dy).sqrt() >= gap
        })
    });
    shown
}

/// How far the map zooms in: at 128 times a phone's width, two parcels a kilometre and a half
/// apart are a finger apart (the belt is 1,300 km wide).
pub const MAX_ZOOM: u32 = 128;

/// The part of the map in view: the zoom (1: the whole map; doubling up to [`MAX_ZOOM`]) and
/// the view's top-left corner, in view-box units. Always inside the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub zoom: u32,
    pub x: f64,
    pub y: f64,
}

impl View {
    /// The whole map.
    pub const WHOLE: View = View {
        zoom: 1,
        x: 0.0,
        y: 0.0,
    };

    /// Width and height of the view in view-box units, on a map `height` units high.
    pub fn size(&self, height: f64) -> (f64, f64) {
        let z = f64::from(self.zoom);
        (WIDTH / z, height / z)
    }

    /// The same view moved back inside the map.
    fn clamped(self, height: f64) -> View {
        let (w, h) = self.size(height);
        // max/min, not `f64::clamp`: its panic message would link float printing (~15 KB).
        View {
            zoom: self.zoom,
            x: self.x.min(WIDTH - w).max(0.0),
            y: self.y.min(height - h).max(0.0),
        }
    }

    /// Zoomed to `zoom` keeping the map's point at `anchor` (a share of the view's width and
    /// height: (0.5, 0.5) is its middle) where it is on screen, as far as the map's edges allow.
    pub fn zoomed(self, zoom: u32, anchor: (f64, f64), height: f64) -> View {
        let zoom = zoom.clamp(1, MAX_ZOOM);
        let (w0, h0) = self.size(height);
        let (px, py) = (self.x + anchor.0 * w0, self.y + anchor.1 * h0);
        let next = View {
            zoom,
            x: 0.0,
            y: 0.0,
        };
        let (w1, h1) = next.size(height);
        View {
            x: px - anchor.0 * w1,
            y: py - anchor.1 * h1,
            ..next
        }
        .clamped(height)
    }

    /// Moved by (dx, dy) view-box units, as far as the map's edges allow.
    pub fn panned(self, dx: f64, dy: f64, height: f64) -> View {
        View {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(height)
    }

    /// The SVG `viewBox` of this view, in whole hundredths of a unit (integers only: float
    /// printing would add ~8 KB to the wasm).
    pub fn view_box(&self, height: f64) -> String {
        let (w, h) = self.size(height);
        let c = crate::i18n::format::svg_number;
        format!("{} {} {} {}", c(self.x), c(self.y), c(w), c(h))
    }
}

/// A scale bar no longer than `max_px` for a map drawn at `km_per_px`: the longest of 1, 2, 5,
/// 10, 20, 50, … km that fits, and its length in px (`None` when not even a kilometre fits).
pub fn scale_bar(km_per_px: f64, max_px: f64) -> Option<(u32, f64)> {
    let mut best = None;
    let mut step = 1u32;
    while step <= 5000 {
        for km in [step, 2 * step, 5 * step] {
            let px = f64::from(km) / km_per_px;
            if px <= max_px {
                best = Some((km, px));
            }
        }
        step *= 10;
    }
    best
}

/// Where a mark's name goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

impl Side {
    pub const ALL: [Side; 4] = [Side::Right, Side::Left, Side::Above, Side::Below];

    /// The CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            Side::Right => "right",
            Side::Left => "left",
            Side::Above => "above",
            Side::Below => "below",
        }
    }

    /// The box a name `width` px wide takes on this side of a mark at (x, y):
    /// [left, top, right, bottom].
    pub fn label_box(self, x: f64, y: f64, width: f64) -> [f64; 4] {
        let (o, h) = (LABEL_OFFSET, LABEL_HEIGHT);
        match self {
            Side::Right => [x + o, y - h / 2.0, x + o + width, y + h / 2.0],
            Side::Left => [x - o - width, y - h / 2.0, x - o, y + h / 2.0],
            Side::Above => [x - width / 2.0, y - o - h, x + width / 2.0, y - o],
            Side::Below => [x - width / 2.0, y + o, x + width / 2.0, y + o + h],
        }
    }
}

/// About how wide `text` is drawn at [`LABEL_FONT`]: a Chinese character is one em, a Latin
/// letter about half of one (a little more for capitals).
pub fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.3,
            c if c.is_ascii_uppercase() => 0.68,
            c if c.is_ascii() => 0.55,
            _ => 1.0,
        })
        .sum::<f64>()
        * LABEL_FONT
}

fn overlaps(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Where each mark's name goes (`widths[i]` px wide; a mark of several zones has none): the
/// first side, of right, left, above and below, where it covers no other name, no mark's dot
/// and stays on the map (`size`: width and height in px). `None` when no side fits: the mark
/// still names itself to screen readers and in the line under the map.
pub fn place_labels(marks: &[Mark], widths: &[f64], size: (f64, f64)) -> Vec<Option<Side>> {
    let dots: Vec<[f64; 4]> = marks
        .iter()
        .map(|m| [m.x - DOT_MAX, m.y - DOT_MAX, m.x + DOT_MAX, m.y + DOT_MAX])
        .collect();
    let mut placed: Vec<[f64; 4]> = Vec::new();
    marks
        .iter()
        .zip(widths)
        .map(|(m, &w)| {
            if m.members.len() != 1 || w <= 0.0 {
                return None;
            }
            let side = Side::ALL.into_iter().find(|side| {
                let b = side.label_box(m.x, m.y, w);
                b[0] >= 0.0
                    && b[1] >= 0.0
                    && b[2] <= size.0
                    && b[3] <= size.1
                    && !placed.iter().any(|p| overlaps(*p, b))
                    && !dots.iter().any(|d| overlaps(*d, b))
            })?;
            placed.push(side.label_box(m.x, m.y, w));
            Some(side)
        })
        .collect()
}

/// A dot's radius in px for `offers` open offers: its area grows with the number, up to
/// [`DOT_MAX`]; a zone with none is still a visible dot.
pub fn dot_radius(offers: usize) -> f64 {
    (4.0 + 1.5 * (offers as f64).sqrt()).min(DOT_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_counts_and_names_only_the_chosen_layers() {
        let counts = OpenNow {
            scenarios: 3,
            river: 1,
            air: 2,
            parcels: 5,
            incentives: 7,
        };
        let layers = [Layer::River, Layer::Parcels];
        assert_eq!(chosen_offers(&counts, &layers), 6);
        assert_eq!(chosen_offers(&counts, &Layer::ALL), 11);
        assert_eq!(
            marker_summary("Xuzhou HTZ", &counts, &layers, Lang::En),
            "Xuzhou HTZ: Inland river 1 · Land parcels 5"
        );
    }

    #[test]
    fn corners_of_the_extent_are_corners_of_the_view() {
        let p = Projection::new([108.0, 30.0, 122.0, 37.0]);
        assert_eq!(p.point(108.0, 37.0), (0.0, 0.0));
        let (x, y) = p.point(122.0, 30.0);
        assert_eq!(x, WIDTH);
        assert_eq!(y, p.height);
        // East is right, north is up.
        assert!(p.point(120.0, 33.0).0 > p.point(115.0, 33.0).0);
        assert!(p.point(118.0, 35.0).1 < p.point(118.0, 32.0).1);
        // Shape kept: a degree of longitude at 33.5° N is cos(33.5°) of a degree of latitude.
        let expected = WIDTH * 7.0 / (14.0 * 33.5f64.to_radians().cos());
        assert!(
            (p.height - expected).abs() <= 0.5,
            "{} vs {expected}",
            p.height
        );
    }

    #[test]
    fn the_series_cosine_is_the_cosine() {
        for d in [0.0, 10.0, 30.5, 33.8, 45.0, 60.0] {
            assert!((cos_deg(d) - f64::to_radians(d).cos()).abs() < 1e-6, "{d}");
        }
    }

    #[test]
    fn paths_move_then_draw() {
        let p = Projection::new([0.0, 0.0, 10.0, 10.0]);
        let d = p.path(&vec![
            vec![(0.0, 10.0), (10.0, 0.0)],
            vec![(5.0, 5.0), (6.0, 5.0)],
        ]);
        assert!(d.starts_with("M0 0 L1000 "), "{d}");
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(d.matches('L').count(), 2);
    }

    #[test]
    fn layers_round_trip_through_the_url() {
        assert_eq!(Layer::parse_list(None), Layer::ALL.to_vec());
        assert_eq!(Layer::parse_list(Some("")), vec![]);
        assert_eq!(
            Layer::parse_list(Some("air,bogus,river")),
            vec![Layer::River, Layer::Air]
        );
        for n in 0..16u8 {
            let set: Vec<Layer> = Layer::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| n & (1 << i) != 0)
                .map(|(_, l)| l)
                .collect();
            let value = Layer::to_list(&set);
            assert_eq!(Layer::parse_list(value.as_deref()), set);
        }
    }

    #[test]
    fn marks_a_finger_apart_stand_for_every_zone_once() {
        let points = [
            (0.0, 0.0),
            (30.0, 0.0),
            (200.0, 0.0),
            (200.0, 43.0),
            (400.0, 400.0),
        ];
        let m = marks(&points, TAP);
        let mut all: Vec<usize> = m.iter().flat_map(|m| m.members.clone()).collect();
        all.sort_unstable();
        assert_eq!(all, vec![0, 1, 2, 3, 4]);
        for (i, a) in m.iter().enumerate() {
            for b in &m[i + 1..] {
                assert!((a.x - b.x).hypot(a.y - b.y) >= TAP, "{a:?} {b:?}");
            }
        }
        assert_eq!(m[0].members, vec![0, 1]);
        assert_eq!((m[0].x, m[0].y), (15.0, 0.0));
        assert_eq!(m.last().unwrap().members, vec![4]);
        // Far apart, every zone is its own mark.
        assert_eq!(marks(&[(0.0, 0.0), (TAP, 0.0)], TAP).len(), 2);
        assert_eq!(marks(&points, CLICK).len(), 5);
    }

    #[test]
    fn names_never_cover_each_other_or_a_dot() {
        // A row of marks: each name goes where the neighbours leave room, or nowhere.
        let m = marks(
            &[(50.0, 50.0), (110.0, 50.0), (170.0, 50.0), (230.0, 80.0)],
            TAP,
        );
        let widths = vec![60.0; m.len()];
        let sides = place_labels(&m, &widths, (400.0, 200.0));
        let boxes: Vec<[f64; 4]> = m
            .iter()
            .zip(&sides)
            .filter_map(|(m, s)| s.map(|s| s.label_box(m.x, m.y, 60.0)))
            .collect();
        assert!(boxes.len() >= 3, "{sides:?}");
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!overlaps(*a, *b), "{a:?} {b:?}");
            }
            for d in &m {
                let dot = [d.x - DOT_MAX, d.y - DOT_MAX, d.x + DOT_MAX, d.y + DOT_MAX];
                assert!(!overlaps(*a, dot));
            }
            assert!(a[0] >= 0.0 && a[2] <= 400.0);
        }
        assert!(label_width("盐城高新区") > label_width("Yancheng"));
    }

    #[test]
    fn bigger_offers_make_bigger_markers() {
        assert!(dot_radius(0) >= 4.0);
        assert!(dot_radius(1) < dot_radius(4));
        assert!(dot_radius(4) < dot_radius(25));
        assert!(dot_radius(10_000) <= DOT_MAX);
    }

    #[test]
    fn site_marks_stay_a_finger_from_every_zone_mark_and_each_other() {
        let zones = marks(&[(100.0, 100.0), (400.0, 100.0)], TAP);
        let sites = [
            (110.0, 100.0),
            (200.0, 100.0),
            (210.0, 110.0),
            (300.0, 300.0),
        ];
        let shown = site_marks(&zones, &sites, TAP);
        // The site next to a zone waits for a closer zoom; the two close ones share a mark.
        assert_eq!(
            shown.iter().map(|m| m.members.clone()).collect::<Vec<_>>(),
            vec![vec![1, 2], vec![3]]
        );
        for s in &shown {
            for o in zones.iter().chain(&shown).filter(|o| !std::ptr::eq(*o, s)) {
                assert!((s.x - o.x).hypot(s.y - o.y) >= TAP, "{s:?} {o:?}");
            }
        }
        // Zoomed in (everything eight times as far apart), the zone's neighbour shows too.
        let closer = |p: &[(f64, f64)]| {
            p.iter()
                .map(|(x, y)| (x * 8.0, y * 8.0))
                .collect::<Vec<_>>()
        };
        let zones4 = marks(&closer(&[(100.0, 100.0), (400.0, 100.0)]), TAP);
        assert_eq!(site_marks(&zones4, &closer(&sites), TAP).len(), 4);
    }

    #[test]
    fn zoom_keeps_its_anchor_and_the_view_stays_on_the_map() {
        let h = 500.0;
        let v = View::WHOLE.zoomed(2, (0.5, 0.5), h);
        assert_eq!(
            v,
            View {
                zoom: 2,
                x: 250.0,
                y: 125.0
            }
        );
        // The point under a corner anchor stays under it.
        let a = (0.25, 0.75);
        let w = v.zoomed(8, a, h);
        let at = |v: View| {
            let (sw, sh) = v.size(h);
            (v.x + a.0 * sw, v.y + a.1 * sh)
        };
        assert_eq!(at(v), at(w));
        // Never beyond the edges, never beyond the zoom's bounds.
        let far = w.panned(10_000.0, -10_000.0, h);
        let (sw, _) = far.size(h);
        assert_eq!((far.x + sw, far.y), (WIDTH, 0.0));
        assert_eq!(far.zoomed(1, (0.5, 0.5), h), View::WHOLE);
        assert_eq!(far.zoomed(1000, a, h).zoom, MAX_ZOOM);
        assert_eq!(View::WHOLE.view_box(h), "0 0 1000 500");
        assert_eq!(v.view_box(h), "250 125 500 250");
    }

    #[test]
    fn a_scale_bar_is_a_round_length_that_fits() {
        assert_eq!(scale_bar(1.0, 120.0), Some((100, 100.0)));
        assert_eq!(scale_bar(0.1, 120.0), Some((10, 100.0)));
        let (km, px) = scale_bar(0.37, 120.0).unwrap();
        assert_eq!(km, 20);
        assert!(px <= 120.0 && px > 120.0 / 2.5);
        assert_eq!(scale_bar(10.0, 5.0), Some((50, 5.0)));
        assert_eq!(scale_bar(10.0, 0.05), None);
    }
}
