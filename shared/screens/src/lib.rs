//! Floor 3, the screens: what each screen shows, in one language, as plain data: the strings and
//! labels (`i18n`), cards, details and the other presenters (`present`), charts and the map's
//! geometry. Uses the floors below; the app draws what it computes.

pub mod chart;
pub mod geo;
pub mod i18n;
pub mod present;

// The floors below under this crate's root too, so that `crate::kind` or `crate::query` read the
// same on every floor.
pub use huaihe_data::{
    basemap, expected, glance, kind, lang, load, model, pack, problem, schema, strings, validate,
    values, with_kind,
};
pub use huaihe_data::{
    Glance, KindMap, Lang, Loaded, Pack, Problem, ProblemKind, RecordKind, Severity,
};
pub use huaihe_engine::{catalog, matching, order, query, route, search, searchable};
