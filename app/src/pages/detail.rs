//! A record's own page, drawn from [`shared::present::Detail`].

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use shared::i18n::section_title;
use shared::present::Ctx;
use shared::route::{Route, Section};
use shared::{Lang, Loaded};

use crate::components::record::detail_view;
use crate::data::today;
use crate::url::href;

#[component]
pub fn DetailPage(
    /// Which kind of record.
    section: Section,
    /// The record's id from the URL.
    id: String,
    /// The loaded pack.
    loaded: Arc<Loaded>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let url = crate::url::use_url().get_untracked();
    let ctx = Ctx {
        pack: &loaded.pack,
        lang,
        url: &url,
        today: today(),
    };
    let body = match ctx.detail(section, &id) {
        Some(d) => Either::Left(detail_view(d, lang)),
        None => Either::Right(view! {
            <section class="not-found">
                <h1>{s.not_found_title}</h1>
                <p>{s.record_not_found}</p>
                <p><code>{id}</code></p>
            </section>
        }),
    };
    view! {
        <p class="breadcrumb">
            <a href=href(Route::List(section))>
                "← " {s.back_to_list} ": " {section_title(section, lang)}
            </a>
        </p>
        {body}
    }
}
