//! The Leptos runtime every page shares: starting up ([`boot`]), the loaded data ([`data`]), the
//! location in the URL fragment ([`url`]) and the reader's place on each entry ([`place`]), the
//! language ([`lang`]), browser hooks ([`hooks`]) and
//! the views pages are made of ([`components`]). Nothing here knows a page: components take
//! values, signals and callbacks, so that a second page (slides, the data check) or a lazy
//! route can use them as they are.

pub mod boot;
pub mod components;
pub mod data;
pub mod embed;
pub mod hooks;
pub mod lang;
pub mod panic;
pub mod place;
pub mod url;
