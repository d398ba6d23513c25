//! Floor 3, the screens: what each screen shows, in one language, as plain data: the strings and
//! labels (`i18n`), cards, details and the other presenters (`present`), charts and the map's
//! geometry. Uses the floors below; the app draws what it computes.

pub mod chart;
pub mod geo;
pub mod i18n;
pub mod present;
