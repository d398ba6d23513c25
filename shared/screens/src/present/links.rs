//! Where the links a screen shows lead: the same page (`#/…`), the explorer from another page
//! (`index.html#/…`, a slide, a printed brief), or an absolute address (a QR code). The link
//! target of an embed (other sections open the full explorer in a new tab) comes with the
//! embed mode that needs it.

use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::query::ListQuery;
use crate::route::{AppUrl, Route};

/// How a screen's links are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    /// What comes before `#`: empty for the same page, a page name, or an absolute address.
    base: String,
    /// The language every link names, when the current view names one.
    lang: Option<Lang>,
}

impl Links {
    /// Links within the page the screen is on, keeping the language `url` names.
    pub fn here(url: &AppUrl) -> Links {
        Links {
            base: String::new(),
            lang: url.lang(),
        }
    }

    /// Links into the explorer at `page`: `index.html` beside the current page, or an absolute
    /// address such as `https://zone.example/explorer/index.html`.
    pub fn to_page(page: impl Into<String>, lang: Option<Lang>) -> Links {
        Links {
            base: page.into(),
            lang,
        }
    }

    /// The link to `route`.
    pub fn route(&self, route: &Route) -> String {
        self.write(AppUrl::new(route.clone()))
    }

    /// The link to `kind`'s explorer showing `query` (built from the typed query, so that a
    /// renamed URL key cannot break it).
    pub fn list(&self, kind: RecordKind, query: &ListQuery) -> String {
        let mut url = AppUrl::new(Route::List(kind));
        url.query = query.to_pairs();
        self.write(url)
    }

    /// The link to any address (route and query), in this language.
    pub fn url(&self, url: &AppUrl) -> String {
        self.write(url.clone())
    }

    fn write(&self, mut url: AppUrl) -> String {
        if let Some(lang) = self.lang {
            url.query.insert(0, ("lang".into(), lang.code().into()));
        }
        format!("{}{}", self.base, url.to_fragment())
    }
}
