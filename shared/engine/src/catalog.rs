//! A loaded pack as the screens use it: the records, the problems found while reading them, the
//! base map beside them, and the search indexes, built the first time an explorer asks.
//!
//! One value per load: "Try again" makes a new catalog, so a reloaded pack can never be served
//! the indexes of the one before (a cache keyed by the pack's address could, when a new pack
//! landed at a freed address). An index also remembers the day it was built for (deadline
//! windows and the deadline sort depend on it) and is built again when asked for another day,
//! so a kiosk left running overnight shows today's windows.

use std::sync::{Arc, Mutex};

use crate::basemap::Basemap;
use crate::kind::{KindMap, RecordKind};
use crate::load::Loaded;
use crate::pack::Pack;
use crate::problem::{Problem, Severity};
use crate::search::{Context, Index};
use crate::values::Date;

/// The loaded pack with what is built from it.
pub struct Catalog {
    pub pack: Pack,
    /// Every problem found while loading, errors and warnings.
    pub problems: Vec<Problem>,
    /// The base map (`basemap.json`), loaded beside the pack: a missing or broken map costs the
    /// map only (`Err` says why), never the data. `None` when none was asked for.
    pub basemap: Option<Result<Basemap, String>>,
    indexes: Mutex<Indexes>,
}

/// Per kind, the index built last and the day it was built for.
type Indexes = KindMap<Option<(Date, Arc<Index>)>>;

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("problems", &self.problems.len())
            .finish_non_exhaustive()
    }
}

impl Catalog {
    pub fn new(loaded: Loaded, basemap: Option<Result<Basemap, String>>) -> Catalog {
        Catalog {
            pack: loaded.pack,
            problems: loaded.problems,
            basemap,
            indexes: Mutex::new(KindMap::default()),
        }
    }

    /// Reads a data folder from disk with its base map (native tools and tests).
    pub fn load_dir(dir: &std::path::Path) -> Result<Catalog, Vec<Problem>> {
        let loaded = crate::load::load_dir(dir)?;
        let basemap = std::fs::read_to_string(dir.join(crate::basemap::BASEMAP))
            .map_err(|e| e.to_string())
            .and_then(|t| Basemap::parse(&t));
        Ok(Catalog::new(loaded, Some(basemap)))
    }

    pub fn is_valid(&self) -> bool {
        !self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The search index of `kind` for `today`: built on first use, then kept for that day.
    pub fn index(&self, kind: RecordKind, today: Date) -> Arc<Index> {
        let mut cache = self
            .indexes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let slot = cache.get_mut(kind);
        match slot {
            Some((day, index)) if *day == today => index.clone(),
            _ => {
                let index = Arc::new(build_index(&self.pack, kind, today));
                *slot = Some((today, index.clone()));
                index
            }
        }
    }
}

fn build_index(pack: &Pack, kind: RecordKind, today: Date) -> Index {
    let ctx = Context::new(pack, today);
    crate::with_kind!(kind, T => Index::build(T::list(pack), &ctx))
}
