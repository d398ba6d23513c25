//! Reusable views.

pub mod chart;
pub mod contact;
pub mod error_panel;
pub mod facets;
pub mod ignored;
pub mod layout;
pub mod map;
pub mod record;
pub mod text;
