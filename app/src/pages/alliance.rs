//! The alliance: founding, secretariat, working directions, milestones, members and guests.

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::Label;
use shared::model::Membership;
use shared::present::Shown;
use shared::route::Route;
use shared::RecordKind;
use shared::{Catalog, Lang};

use crate::web::components::record::sources_view;
use crate::web::components::text::shown;
use crate::web::url::href;
use shared::i18n::UiStrings as _;

#[component]
pub fn AlliancePage(
    /// The loaded pack.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let pack = &loaded.pack;
    let a = &pack.manifest.alliance;
    let tr = |t: &shared::values::Text| shown(Shown::of(t, lang), lang);
    // The secretariat is the alliance's contact point: its zone page, and its website if known.
    let secretariat = pack.zone(a.secretariat.as_str()).map(|z| {
        let page = href(Route::Detail(RecordKind::Zones, z.id.to_string()));
        let site = z.website.as_ref().map(|w| {
            let (url, text) = (w.as_str().to_string(), w.as_str().to_string());
            view! { " · " <a href=url rel="noopener noreferrer" target="_blank">{text}</a> }
        });
        view! {
            <div><dt>{s.alliance_secretariat}</dt><dd>{tr(&z.short_name)}</dd></div>
            <div>
                <dt>{s.contact}</dt>
                <dd>{s.alliance_contact} " · " <a href=page>{tr(&z.name)}</a> {site}</dd>
            </div>
        }
    });
    let zone_list = |membership: Membership| {
        let items: Vec<_> = pack
            .zones
            .iter()
            .filter(|z| z.membership == membership)
            .map(|z| {
                view! {
                    <li>
                        <a href=href(Route::Detail(RecordKind::Zones, z.id.to_string()))>{tr(&z.short_name)}</a>
                        " · " {z.province.label(lang)}
                    </li>
                }
            })
            .collect();
        view! {
            <h2>{membership.label(lang)}</h2>
            <ul class="zone-list">{items}</ul>
        }
    };
    let ctx = crate::web::data::present(pack, lang);
    // Each working direction with a link to the data that shows it.
    let directions: Vec<_> = ctx
        .directions()
        .into_iter()
        .map(|(text, item)| {
            let link = item.map(|i| view! { " — " <a href=i.href>{i.name.text}</a> });
            view! { <li>{shown(text, lang)} {link}</li> }
        })
        .collect();
    let milestones: Vec<_> = a
        .milestones
        .iter()
        .map(|m| {
            view! {
                <li><strong>{m.date.to_string()}</strong> " · " {tr(&m.place)} " — " {tr(&m.text)}</li>
            }
        })
        .collect();
    view! {
        <article class="alliance">
            <h1>{tr(&a.name)}</h1>
            <dl class="facts">
                <div><dt>{s.alliance_founded}</dt><dd>{a.founded.to_string()}</dd></div>
                {secretariat}
            </dl>
            <section>
                <h2>{s.alliance_directions}</h2>
                <ol>{directions}</ol>
            </section>
            <section>
                <h2>{s.alliance_milestones}</h2>
                <ul>{milestones}</ul>
            </section>
            <section>
                {zone_list(Membership::Member)}
                {zone_list(Membership::Guest)}
            </section>
            {sources_view(ctx.alliance_sources(), lang)}
        </article>
    }
}
