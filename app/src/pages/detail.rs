//! A record's own page, drawn from [`shared::present::Detail`].

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use shared::chart::zone_offers;
use shared::i18n::section_title;
use shared::route::Route;
use shared::RecordKind;
use shared::{Catalog, Lang};

use crate::web::components::chart::ChartView;
use crate::web::components::record::detail_view;
use crate::web::place::{go_back, list_came_from};
use crate::web::url::href;
use shared::i18n::UiStrings as _;

#[component]
pub fn DetailPage(
    /// Which kind of record.
    section: RecordKind,
    /// The record's id from the URL.
    id: String,
    /// The loaded pack.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let ctx = crate::web::data::present(&loaded.pack, lang);
    // A zone's profile ends with a chart of what it offers now.
    let chart = (section == RecordKind::Zones)
        .then(|| loaded.pack.zones.iter().find(|z| z.id.as_str() == id))
        .flatten()
        .map(|z| view! { <ChartView chart=zone_offers(&loaded.pack, z, lang) lang=lang/> });
    let body = match ctx.detail(section, &id) {
        Some(d) => Either::Left(view! { {detail_view(d, lang)} {chart} }),
        None => Either::Right(view! {
            <section class="not-found">
                <h1>{s.not_found_title}</h1>
                <p>{s.record_not_found}</p>
                <p><code>{id}</code></p>
            </section>
        }),
    };
    // Back to the list the reader came from, as they left it (filters, sort, page, place):
    // the browser's own way back when that list is where they opened this page from, in this
    // language; otherwise its address, or the whole list for a page opened from outside.
    let (back_href, steps) = match list_came_from(section) {
        Some((list, steps)) if list.lang() == Some(lang) => (list.to_fragment(), Some(steps)),
        Some((list, _)) => (list.with("lang", Some(lang.code())).to_fragment(), None),
        None => (href(Route::List(section)), None),
    };
    let on_back = move |ev: leptos::ev::MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if let (Some(steps), true) = (steps, plain) {
            ev.prevent_default();
            go_back(steps);
        }
    };
    view! {
        <p class="breadcrumb">
            <a href=back_href on:click=on_back>
                "← " {s.back_to_list} ": " {section_title(section, lang)}
            </a>
        </p>
        {body}
    }
}
