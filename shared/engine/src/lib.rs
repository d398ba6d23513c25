//! Floor 2, the engine: questions asked of a pack. The catalog (pack + base map + indexes), the
//! typed URL (`route`, `query`), search and facets, matching, the one sort, an embed's options,
//! the investor's shortlist. Uses the data floor only.

pub mod catalog;
pub mod embed;
pub mod matching;
pub mod order;
pub mod query;
pub mod route;
pub mod search;
pub mod searchable;
pub mod shortlist;

// The data floor's modules under this crate's root too, so that `crate::kind` reads the same on
// every floor.
pub use huaihe_data::{
    basemap, expected, kind, lang, load, model, pack, problem, schema, validate, values, with_kind,
};
pub use huaihe_data::{KindMap, Lang, Loaded, Pack, Problem, ProblemKind, RecordKind, Severity};
