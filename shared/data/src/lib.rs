//! Floor 1, the data: what a pack is and how it is read and checked. The languages, what a file
//! should hold (`expected`), the checked reader (`schema`), the values, the record kinds declared
//! once (`kind`), the records (`model`), the pack (`pack`), problems, the cross-record rules and
//! the loader. Uses nothing above it.

pub mod basemap;
pub mod expected;
pub mod glance;
pub mod kind;
pub mod lang;
pub mod load;
pub mod model;
pub mod pack;
pub mod problem;
pub mod schema;
pub mod validate;
pub mod values;

pub use glance::Glance;
pub use kind::{KindMap, RecordKind};
pub use lang::Lang;
pub use load::Loaded;
pub use pack::Pack;
pub use problem::{Problem, ProblemKind, Severity};
