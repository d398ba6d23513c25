//! Rules of the Huaihe investment explorer, free of any UI framework, tested natively with
//! `cargo test`. Three floors, each using only those below it (`scripts/layers.py` checks):
//! [`data`] (what a pack is, read and checked) ← [`engine`] (questions asked of a pack) ←
//! [`screens`] (what each screen shows, in one language).

pub mod data;
pub mod engine;
pub mod screens;

// Every module at the crate root too, so that a path names what a thing is (`shared::kind`,
// `shared::present`) whichever floor holds it.
pub use data::{
    basemap, expected, kind, lang, load, model, pack, problem, schema, validate, values,
};
pub use engine::{catalog, matching, order, query, route, search, searchable};
pub use screens::{chart, geo, i18n, present};

pub use catalog::Catalog;
pub use kind::{KindMap, RecordKind};
pub use lang::Lang;
pub use load::Loaded;
pub use pack::Pack;
pub use problem::{Problem, ProblemKind, Severity};
