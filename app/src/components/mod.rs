//! Reusable views.

pub mod card;
pub mod contact;
pub mod error_panel;
pub mod layout;
pub mod text;
