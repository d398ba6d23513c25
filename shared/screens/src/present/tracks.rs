//! The "inland river + low-altitude" (内河+低空) page: each track's projects grouped by type, with
//! totals and links into the filtered explorers. Computed here so that a slide can show the same.

use super::{Ctx, Item, Shown};
use crate::i18n::{format_number, format_wan, Label};
use crate::kind::RecordKind;
use crate::model::{ProjectKind, Track};
use crate::query::Facet;

/// One track's column.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackColumn {
    pub track: Track,
    pub title: &'static str,
    /// The projects in the track, as shown.
    pub projects: String,
    /// Their total investment, as shown.
    pub investment: String,
    /// The zones with a project in the track, in zones.json order.
    pub zones: Vec<String>,
    /// The explorer of the track's projects.
    pub projects_href: String,
    /// The explorer of the track's scenarios, and how many there are.
    pub scenarios_href: String,
    pub scenarios: usize,
    /// Per project type: its name and filtered explorer, and its projects, each with its
    /// investment as shown.
    pub groups: Vec<(Item, Vec<(Item, String)>)>,
}

impl Ctx<'_> {
    /// The column of `track`.
    pub fn track_column(&self, track: Track) -> TrackColumn {
        let (pack, l) = (self.pack, self.lang);
        let in_track: Vec<_> = pack
            .projects
            .iter()
            .filter(|p| p.kind.track() == track)
            .collect();
        let groups = ProjectKind::ALL
            .iter()
            .filter(|k| k.track() == track)
            .map(|kind| {
                let items: Vec<(Item, String)> = in_track
                    .iter()
                    .filter(|p| p.kind == *kind)
                    .map(|p| (self.item(*p), format_wan(p.investment.0, l)))
                    .collect();
                let head = Item {
                    href: self.filtered(RecordKind::Projects, Facet::Kind, kind.as_str()),
                    name: Shown::plain(format!("{} ({})", kind.label(l), items.len())),
                    zone: None,
                    condition: None,
                };
                (head, items)
            })
            .collect();
        TrackColumn {
            track,
            title: track.label(l),
            projects: format_number(in_track.len() as f64, 0),
            investment: format_wan(in_track.iter().map(|p| p.investment.0).sum(), l),
            zones: pack
                .zones
                .iter()
                .filter(|z| in_track.iter().any(|p| p.zone == z.id))
                .map(|z| z.short_name.get(l).text.to_string())
                .collect(),
            projects_href: self.filtered(RecordKind::Projects, Facet::Track, track.as_str()),
            scenarios_href: self.filtered(RecordKind::Scenarios, Facet::Track, track.as_str()),
            scenarios: pack
                .scenarios
                .iter()
                .filter(|s| s.track == Some(track))
                .count(),
            groups,
        }
    }
}
