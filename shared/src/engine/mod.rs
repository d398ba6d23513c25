//! Floor 2, the engine: questions asked of a pack. The catalog (pack + base map + indexes), the
//! typed URL (`route`, `query`), search and facets, matching, the one sort. Uses the data floor
//! only.

pub mod catalog;
pub mod matching;
pub mod order;
pub mod query;
pub mod route;
pub mod search;
pub mod searchable;
