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

/// How many open offers a marker stands for: the sum over the chosen layers.
pub fn chosen_offers(open: &OpenNow, layers: &[Layer]) -> usize {
    layers.iter().map(|l| l.count(open)).sum()
}

/// A marker's radius in view-box units for `offers` open offers: its area grows with the
/// number, and a zone with none is still a visible, clickable dot.
pub fn marker_radius(offers: usize) -> f64 {
    6.0 + 2.2 * (offers as f64).sqrt()
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
    fn bigger_offers_make_bigger_markers() {
        assert!(marker_radius(0) >= 6.0);
        assert!(marker_radius(1) < marker_radius(4));
        assert!(marker_radius(4) < marker_radius(25));
    }
}
