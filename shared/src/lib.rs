//! The rules of the Huaihe investment explorer under one name, free of any UI framework and
//! tested natively with `cargo test`. Three crates, each using only those below it (cargo
//! enforces it; `scripts/layers.py` also checks the modules inside each for cycles):
//! `huaihe_data` (what a pack is, read and checked) ← `huaihe_engine` (questions asked of a
//! pack) ← `huaihe_screens` (what each screen shows, in one language). Their modules are
//! re-exported here, so a path names what a thing is (`shared::kind`, `shared::present`).

pub use huaihe_data::*;
pub use huaihe_engine::{
    catalog, embed, matching, order, query, route, search, searchable, shortlist,
};
pub use huaihe_screens::{chart, geo, i18n, present};

pub use huaihe_data::{record, str_enum, strings, with_kind};
pub use huaihe_engine::catalog::Catalog;
