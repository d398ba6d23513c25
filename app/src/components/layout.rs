//! The page frame: header with navigation and language switch, the sample-data notice, footer.

use leptos::prelude::*;
use shared::i18n::StringOf;
use shared::route::{Route, Section};

use crate::components::text::Tr;
use crate::data::{use_data, DataState};
use crate::lang::{remember, use_lang};
use crate::url::{link, use_url};

/// Navigation entries in order: route and its label.
fn nav_items() -> Vec<(Route, StringOf)> {
    vec![
        (Route::Home, |l| l.strings().nav_home),
        (Route::List(Section::Scenarios), |l| {
            l.strings().nav_scenarios
        }),
        (Route::RiverAir, |l| l.strings().nav_river_air),
        (Route::List(Section::Projects), |l| l.strings().nav_projects),
        (Route::List(Section::Parcels), |l| l.strings().nav_parcels),
        (Route::List(Section::Incentives), |l| {
            l.strings().nav_incentives
        }),
        (Route::List(Section::Zones), |l| l.strings().nav_zones),
        (Route::Alliance, |l| l.strings().nav_alliance),
    ]
}

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let url = use_url();
    let s = move || lang.get().strings();
    let switch_href = move || {
        url.with(|u| {
            u.with("lang", Some(lang.get().other().code()))
                .to_fragment()
        })
    };
    let items = nav_items()
        .into_iter()
        .map(|(route, label)| {
            let href = link(route.clone());
            let current = move || {
                url.with(|u| {
                    let here = &u.route;
                    let same = here == &route
                        || (here.section().is_some() && here.section() == route.section());
                    same.then_some("page")
                })
            };
            view! {
                <li>
                    <a href=href aria-current=current>{move || label(lang.get())}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="brand">
                <a href=link(Route::Home) class="brand-name">{move || s().app_name}</a>
                <span class="brand-tagline">{move || s().app_tagline}</span>
            </div>
            <a
                class="lang-switch"
                href=switch_href
                hreflang=move || lang.get().other().html_tag()
                lang=move || lang.get().other().html_tag()
                on:click=move |ev| {
                    // Follow the link by hand: remembering the choice changes the language
                    // at once, which would re-render this href before the browser follows it.
                    ev.prevent_default();
                    let target = switch_href();
                    remember(lang.get_untracked().other());
                    let _ = window().location().set_hash(&target);
                }
            >
                {move || s().switch_language}
            </a>
            <nav aria-label=move || s().nav_label>
                <ul class="nav">{items}</ul>
            </nav>
        </header>
    }
}

/// Tells the user that the listings are illustrative, as the manifest flags them.
#[component]
pub fn SampleNotice() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    move || match data.state() {
        DataState::Ready(l) if l.pack.any_sample() => Some(view! {
            <p class="sample-notice" role="note">
                <strong>{move || lang.get().strings().sample_badge}</strong>
                " "
                {move || lang.get().strings().sample_notice}
            </p>
        }),
        _ => None,
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let s = move || lang.get().strings();
    let facts = move || match data.state() {
        DataState::Ready(l) => {
            let m = &l.pack.manifest;
            Some(view! {
                <p>
                    <Tr text=m.alliance.name.clone()/>
                </p>
                <p>
                    {move || s().data_updated} " " {m.updated.to_string()} " · "
                    {move || s().pack_version} " " {m.pack_version.clone()}
                </p>
            })
        }
        _ => None,
    };
    view! {
        <footer class="site-footer">
            {facts}
            <p>{move || s().footer_data}</p>
        </footer>
    }
}
