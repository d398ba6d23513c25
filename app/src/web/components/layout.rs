//! The page frame: header with navigation and language switch, the sample-data notice, footer.
//! Drawn again when the language changes (the whole shell is one language).

use leptos::prelude::*;
use shared::model::Manifest;
use shared::present::nav_items;
use shared::route::Route;
use shared::Lang;

use crate::web::components::text::shown;
use crate::web::lang::remember;
use crate::web::url::{href, navigate, use_url};
use shared::i18n::UiStrings as _;

#[component]
pub fn Header(
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let url = use_url();
    let other = lang.other();
    // The switch keeps everything else in the URL (filters, page).
    let switch_href = move || url.with(|u| u.with("lang", Some(other.code())).to_fragment());
    let items: Vec<_> = nav_items(lang)
        .into_iter()
        .map(|(route, label)| {
            let target = href(route.clone());
            let current = move || {
                url.with(|u| {
                    let here = &u.route;
                    let same = here == &route
                        || (here.section().is_some() && here.section() == route.section());
                    same.then_some("page")
                })
            };
            view! { <li><a href=target aria-current=current>{label}</a></li> }
        })
        .collect();
    view! {
        <header class="site-header">
            <div class="brand">
                <a href=href(Route::Home) class="brand-name">{s.app_name}</a>
                <span class="brand-tagline">{s.app_tagline}</span>
            </div>
            <a
                id="lang-switch"
                class="lang-switch"
                href=switch_href
                hreflang=other.html_tag()
                lang=other.html_tag()
                on:click=move |ev| {
                    // Follow the link by hand: remembering the choice changes the language
                    // at once, which redraws this link before the browser follows it.
                    ev.prevent_default();
                    let target = url.with_untracked(|u| u.with("lang", Some(other.code())));
                    remember(other);
                    navigate(target, false);
                }
            >
                {s.switch_language}
            </a>
            <nav aria-label=s.nav_label>
                <ul class="nav">{items}</ul>
            </nav>
        </header>
    }
}

/// Tells the user that the listings are illustrative, as the manifest flags them.
pub fn sample_notice(manifest: Option<&Manifest>, lang: Lang) -> impl IntoView {
    let s = lang.strings();
    manifest.filter(|m| m.any_sample()).map(|_| {
        view! {
            <p class="sample-notice" role="note">
                <strong>{s.sample_badge}</strong> " " {s.sample_notice}
            </p>
        }
    })
}

pub fn footer(manifest: Option<&Manifest>, lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let facts = manifest.map(|m| {
        view! {
            <p>{shown(shared::present::Shown::of(&m.alliance.name, lang), lang)}</p>
            <p>
                {s.data_updated} " " {m.updated.to_string()} " · "
                {s.pack_version} " " {m.pack_version.clone()}
            </p>
        }
    });
    view! {
        <footer class="site-footer">
            {facts}
            <p>{s.footer_data}</p>
        </footer>
    }
}
