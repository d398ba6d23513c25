//! Where the app is: a typed route plus query parameters, carried in the URL fragment
//! (`index.html#/scenarios/sc-001?lang=en`).
//!
//! Why the fragment: the app is served as plain static files, often under a sub-path or inside an
//! iframe of a zone's website. A fragment never reaches the server, so every deep link reloads
//! without rewrite rules; see README "Routing".

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

use crate::kind::RecordKind;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    List(RecordKind),
    Detail(RecordKind, String),
    /// The "inland river + low-altitude" (内河+低空) page.
    RiverAir,
    Alliance,
    /// The embed builder (`/embed`): a zone's web editor makes the snippet for their website.
    EmbedBuilder,
    /// A path that leads nowhere, normalised (`/a/b`); kept to show it on the 404 page.
    NotFound(String),
}

impl Route {
    /// Parses a path such as `/scenarios/sc-001`. Trailing slashes and empty segments are ignored.
    pub fn parse(path: &str) -> Route {
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect();
        let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
        let not_found = || Route::NotFound(format!("/{}", parts.join("/")));
        match parts.as_slice() {
            [] => Route::Home,
            ["river-air"] => Route::RiverAir,
            ["alliance"] => Route::Alliance,
            ["embed"] => Route::EmbedBuilder,
            [slug] => match RecordKind::parse(slug) {
                Some(s) => Route::List(s),
                None => not_found(),
            },
            [slug, id] => match RecordKind::parse(slug) {
                Some(s) => Route::Detail(s, id.to_string()),
                None => not_found(),
            },
            _ => not_found(),
        }
    }

    /// The path this route is written as; `Route::parse(&r.path()) == r`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::List(s) => format!("/{}", s.slug()),
            Route::Detail(s, id) => format!("/{}/{}", s.slug(), encode(id)),
            Route::RiverAir => "/river-air".into(),
            Route::Alliance => "/alliance".into(),
            Route::EmbedBuilder => "/embed".into(),
            Route::NotFound(p) => {
                let segments: Vec<String> =
                    p.split('/').filter(|s| !s.is_empty()).map(encode).collect();
                format!("/{}", segments.join("/"))
            }
        }
    }

    /// The section a route belongs to, for highlighting navigation.
    pub fn section(&self) -> Option<RecordKind> {
        match self {
            Route::List(s) | Route::Detail(s, _) => Some(*s),
            _ => None,
        }
    }
}

/// Characters escaped in path segments and query values.
const ESCAPE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'/')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

pub(crate) fn encode(s: &str) -> String {
    utf8_percent_encode(s, ESCAPE).to_string()
}

pub(crate) fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// A whole location: route and query, as written after `#`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppUrl {
    pub route: Route,
    /// Query parameters in order; later issues put view state here (filters, sort, page).
    pub query: Vec<(String, String)>,
}

impl AppUrl {
    pub fn new(route: Route) -> Self {
        AppUrl {
            route,
            query: Vec::new(),
        }
    }

    /// Parses a fragment such as `#/zones/xuzhou?lang=en` (the `#` is optional).
    pub fn parse(fragment: &str) -> AppUrl {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let query = parse_query(query);
        AppUrl {
            route: Route::parse(path),
            query,
        }
    }

    /// The fragment, with its `#`.
    pub fn to_fragment(&self) -> String {
        let mut out = format!("#{}", self.route.path());
        if !self.query.is_empty() {
            out.push('?');
            out.push_str(&encode_pairs(&self.query));
        }
        out
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The same URL with `key` set to `value` (or removed when `None`), other keys kept in place.
    pub fn with(&self, key: &str, value: Option<&str>) -> AppUrl {
        let mut query: Vec<(String, String)> = Vec::with_capacity(self.query.len() + 1);
        let mut placed = false;
        for (k, v) in &self.query {
            if k == key {
                if let (Some(value), false) = (value, placed) {
                    query.push((k.clone(), value.to_string()));
                    placed = true;
                }
            } else {
                query.push((k.clone(), v.clone()));
            }
        }
        if let (Some(value), false) = (value, placed) {
            query.push((key.to_string(), value.to_string()));
        }
        AppUrl {
            route: self.route.clone(),
            query,
        }
    }

    /// Another route, keeping the parameters that hold across pages (language).
    pub fn goto(&self, route: Route) -> AppUrl {
        let mut url = AppUrl::new(route);
        if let Some(lang) = self.get("lang") {
            url.query.push(("lang".into(), lang.into()));
        }
        url
    }

    /// The same route with the view's own parameters replaced by `pairs`; app-wide ones
    /// (language) are kept, anything else is dropped.
    pub fn with_view(&self, pairs: Vec<(String, String)>) -> AppUrl {
        let mut url = self.goto(self.route.clone());
        url.query.extend(pairs);
        url
    }

    /// The language the URL asks for, if it names a known one.
    pub fn lang(&self) -> Option<Lang> {
        self.get("lang").and_then(Lang::parse)
    }
}

/// Where the reader is put after the address changes from `old` to `new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Back or forward to an entry seen before: where the reader left it.
    Restore,
    /// Another page: its top, with the focus on its heading.
    Top,
    /// Another page of the same list: the top of the results.
    Results,
    /// The same view refined (a filter, the sort, the search text, a map layer): nothing moves.
    Keep,
}

/// The one rule for every change of address (`traversal`: back or forward). A language
/// switch redraws the same view, so it keeps the place too.
pub fn place_after(old: &AppUrl, new: &AppUrl, traversal: bool) -> Place {
    if traversal {
        Place::Restore
    } else if old.route != new.route {
        Place::Top
    } else if matches!(new.route, Route::List(_)) && old.get("page") != new.get("page") {
        Place::Results
    } else {
        Place::Keep
    }
}

/// The language to show: the URL fragment's `lang`, else the page's own `?lang=` (embed
/// snippets), else the stored choice, else the browser's preferred languages
/// ([`preferred_lang`]), else Chinese.
pub fn resolve_lang(
    fragment: Option<Lang>,
    search: Option<Lang>,
    stored: Option<Lang>,
    preferred: Option<Lang>,
) -> Lang {
    fragment
        .or(search)
        .or(stored)
        .or(preferred)
        .unwrap_or_default()
}

/// The language a first visit gets from the browser's preferred languages
/// (`navigator.languages`, most preferred first): the first that is Chinese (`zh…`) or English
/// (`en…`) decides; a browser that prefers neither reads English; none known (no browser, an
/// empty list) leaves it to the default. index.html's first script applies the same rule.
pub fn preferred_lang<S: AsRef<str>>(languages: &[S]) -> Option<Lang> {
    let known = languages.iter().find_map(|tag| {
        let primary = tag.as_ref().trim().split(['-', '_']).next()?;
        match primary.to_ascii_lowercase().as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    });
    match known {
        Some(lang) => Some(lang),
        None if languages.iter().any(|t| !t.as_ref().trim().is_empty()) => Some(Lang::En),
        None => None,
    }
}

/// The `lang` value of a page's query string (`?lang=en&x=1`), if any.
pub fn lang_in_search(search: &str) -> Option<Lang> {
    parse_query(search)
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(&v))
}

/// `pairs` as a query string, without its `?`: [`parse_query`] reads it back.
pub fn encode_pairs(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

/// The pairs of a query string (`a=1&b=x%20y`, with or without its `?`), decoded, in order;
/// pairs without a key are dropped. The fragment's query and the page's own (`location.search`:
/// its language, embed options) are read alike.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_page_starts_at_its_top_and_a_refined_view_stays_put() {
        let list = AppUrl::parse("#/parcels?lang=en&zone=yancheng");
        let page2 = AppUrl::parse("#/parcels?lang=en&zone=yancheng&page=2");
        let sorted = AppUrl::parse("#/parcels?lang=en&zone=yancheng&sort=price");
        let detail = AppUrl::parse("#/parcels/pa-001?lang=en");
        let zh = AppUrl::parse("#/parcels?lang=zh&zone=yancheng");
        assert_eq!(place_after(&list, &detail, false), Place::Top);
        assert_eq!(place_after(&detail, &list, false), Place::Top);
        assert_eq!(place_after(&list, &page2, false), Place::Results);
        assert_eq!(place_after(&page2, &list, false), Place::Results);
        assert_eq!(place_after(&list, &sorted, false), Place::Keep);
        assert_eq!(place_after(&list, &zh, false), Place::Keep);
        // Back or forward restores, whatever changed.
        assert_eq!(place_after(&detail, &list, true), Place::Restore);
        assert_eq!(place_after(&list, &sorted, true), Place::Restore);
        // Two records of the same kind are two pages.
        let other = AppUrl::parse("#/parcels/pa-002?lang=en");
        assert_eq!(place_after(&detail, &other, false), Place::Top);
    }

    #[test]
    fn browser_preference_picks_the_first_language_the_explorer_has() {
        assert_eq!(preferred_lang(&["zh-CN", "en"]), Some(Lang::Zh));
        assert_eq!(preferred_lang(&["zh-TW"]), Some(Lang::Zh));
        assert_eq!(preferred_lang(&["en-US", "zh-CN"]), Some(Lang::En));
        assert_eq!(preferred_lang(&["de-DE", "zh"]), Some(Lang::Zh));
        assert_eq!(preferred_lang(&["de-DE", "fr"]), Some(Lang::En));
        assert_eq!(preferred_lang(&["ZH_hans"]), Some(Lang::Zh));
        assert_eq!(preferred_lang::<&str>(&[]), None);
        assert_eq!(preferred_lang(&[""]), None);
    }

    #[test]
    fn paths_parse_to_routes() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(
            Route::parse("/scenarios/"),
            Route::List(RecordKind::Scenarios)
        );
        assert_eq!(
            Route::parse("/zones/xuzhou"),
            Route::Detail(RecordKind::Zones, "xuzhou".into())
        );
        assert_eq!(Route::parse("/river-air"), Route::RiverAir);
        assert_eq!(Route::parse("/nowhere"), Route::NotFound("/nowhere".into()));
        assert_eq!(
            Route::parse("/zones/a/b"),
            Route::NotFound("/zones/a/b".into())
        );
    }

    #[test]
    fn fragment_keeps_route_and_query() {
        let url = AppUrl::parse("#/parcels/p-1?lang=en&q=%E4%BD%8E%E7%A9%BA");
        assert_eq!(url.route, Route::Detail(RecordKind::Parcels, "p-1".into()));
        assert_eq!(url.lang(), Some(Lang::En));
        assert_eq!(url.get("q"), Some("低空"));
    }

    #[test]
    fn setting_a_key_keeps_the_others_in_place() {
        let url = AppUrl::parse("#/scenarios?a=1&lang=zh&b=2");
        let en = url.with("lang", Some("en"));
        assert_eq!(en.to_fragment(), "#/scenarios?a=1&lang=en&b=2");
        assert_eq!(url.with("lang", None).to_fragment(), "#/scenarios?a=1&b=2");
    }

    #[test]
    fn goto_carries_only_the_language() {
        let url = AppUrl::parse("#/scenarios?q=x&lang=en");
        assert_eq!(
            url.goto(Route::Alliance).to_fragment(),
            "#/alliance?lang=en"
        );
    }

    #[test]
    fn language_precedence() {
        assert_eq!(resolve_lang(None, None, None, None), Lang::Zh);
        assert_eq!(resolve_lang(None, None, Some(Lang::En), None), Lang::En);
        assert_eq!(
            resolve_lang(None, Some(Lang::En), Some(Lang::Zh), None),
            Lang::En
        );
        assert_eq!(
            resolve_lang(Some(Lang::Zh), Some(Lang::En), None, None),
            Lang::Zh
        );
        // The browser's preference counts only where nothing was chosen.
        assert_eq!(resolve_lang(None, None, None, Some(Lang::En)), Lang::En);
        assert_eq!(
            resolve_lang(None, None, Some(Lang::Zh), Some(Lang::En)),
            Lang::Zh
        );
        assert_eq!(
            resolve_lang(Some(Lang::Zh), None, None, Some(Lang::En)),
            Lang::Zh
        );
        assert_eq!(lang_in_search("?x=1&lang=en"), Some(Lang::En));
        assert_eq!(lang_in_search("?lang=xx"), None);
    }
}
