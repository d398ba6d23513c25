//! Rules of the Huaihe investment explorer, free of any UI framework: the data model, loading and
//! validating a data pack, routes and URL state, and the interface strings in both languages.
//! Everything here is tested natively with `cargo test`.

pub mod catalog;
pub mod chart;
pub mod expected;
pub mod geo;
pub mod i18n;
pub mod kind;
pub mod lang;
pub mod load;
pub mod matching;
pub mod model;
pub mod order;
pub mod pack;
pub mod present;
pub mod problem;
pub mod query;
pub mod route;
pub mod schema;
pub mod search;
pub mod searchable;
pub mod validate;
pub mod values;

pub use catalog::Catalog;
pub use kind::{KindMap, RecordKind};
pub use lang::Lang;
pub use load::Loaded;
pub use pack::Pack;
pub use problem::{Problem, ProblemKind, Severity};
