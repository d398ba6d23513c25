//! The base map file (`data/basemap.json`): the belt's coast, lakes, rivers, canals and place
//! names, replaceable by a zone with its approved map. Read leniently: lines and labels that are
//! not understood are skipped; a file without a usable extent is refused with a reason.

use serde_json::Value;

use crate::lang::Lang;

/// The base map file's name in the data folder.
pub const BASEMAP: &str = "basemap.json";

/// A name placed on the map (river, canal, sea, lake, province).
#[derive(Debug, Clone, PartialEq)]
pub struct MapLabel {
    pub kind: String,
    pub lon: f64,
    pub lat: f64,
    pub zh: String,
    pub en: String,
}

impl MapLabel {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En if self.en.is_empty() => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Polylines in (lon, lat) degrees.
pub type Lines = Vec<Vec<(f64, f64)>>;

/// The base map: extent, lines and labels, and where they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Basemap {
    pub source: String,
    pub licence: String,
    /// West, south, east, north.
    pub bbox: [f64; 4],
    pub coast: Lines,
    pub lakes: Lines,
    pub rivers: Lines,
    pub canals: Lines,
    pub labels: Vec<MapLabel>,
}

fn lines(v: &Value) -> Lines {
    v.as_array()
        .map(|ls| {
            ls.iter()
                .filter_map(Value::as_array)
                .map(|pts| {
                    pts.iter()
                        .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                        .collect::<Vec<_>>()
                })
                .filter(|l| l.len() > 1)
                .collect()
        })
        .unwrap_or_default()
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

impl Basemap {
    /// Reads a base map file. Lines and labels that are not understood are skipped (a map with
    /// fewer lines is still a map); a file without a usable extent is refused, in words a zone
    /// officer can act on.
    pub fn parse(json: &str) -> Result<Basemap, String> {
        let v: Value =
            serde_json::from_str(json).map_err(|e| format!("{BASEMAP} is not valid JSON ({e})"))?;
        let bbox: Vec<f64> = v
            .get("bbox")
            .and_then(Value::as_array)
            .map(|b| b.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default();
        let bbox: [f64; 4] = match bbox.as_slice() {
            [w, s, e, n]
                if w < e && s < n && (-180.0..=180.0).contains(w) && (-90.0..=90.0).contains(s) =>
            {
                [*w, *s, *e, *n]
            }
            _ => {
                return Err(format!(
                    "{BASEMAP} needs \"bbox\": [west, south, east, north] in degrees"
                ))
            }
        };
        let labels = v
            .get("labels")
            .and_then(Value::as_array)
            .map(|ls| {
                ls.iter()
                    .filter_map(|l| {
                        Some(MapLabel {
                            kind: text(l, "kind"),
                            lon: l.get("lon")?.as_f64()?,
                            lat: l.get("lat")?.as_f64()?,
                            zh: text(l, "zh"),
                            en: text(l, "en"),
                        })
                    })
                    .filter(|l| !l.zh.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Basemap {
            source: text(&v, "source"),
            licence: text(&v, "licence"),
            bbox,
            coast: lines(&v["coast"]),
            lakes: lines(&v["lakes"]),
            rivers: lines(&v["rivers"]),
            canals: lines(&v["canals"]),
            labels,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_basemap_without_an_extent_is_refused_and_bad_lines_skipped() {
        assert!(Basemap::parse("{}").unwrap_err().contains("bbox"));
        assert!(Basemap::parse("not json")
            .unwrap_err()
            .contains("not valid JSON"));
        let m = Basemap::parse(
            r#"{"bbox":[108,30,122,37],"rivers":[[[110,32],[111,33]],[[1]],"x"],"labels":[{"zh":"淮河","lon":116,"lat":32.6},{"lon":1}]}"#,
        )
        .unwrap();
        assert_eq!(m.rivers.len(), 1);
        assert_eq!(m.labels.len(), 1);
        assert_eq!(m.labels[0].text(Lang::En), "淮河");
        assert!(m.coast.is_empty());
    }
}
