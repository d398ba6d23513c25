//! The alliance: founding, secretariat, working directions, milestones, members and guests.

use std::sync::Arc;

use leptos::prelude::*;
use shared::i18n::Label;
use shared::model::Membership;
use shared::route::{Route, Section};
use shared::Loaded;

use crate::components::text::Tr;
use crate::lang::use_lang;
use crate::url::link;

#[component]
pub fn AlliancePage(
    /// The loaded pack.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let lang = use_lang();
    let s = move || lang.get().strings();
    let pack = &loaded.pack;
    let a = pack.manifest.alliance.clone();
    let secretariat = pack
        .zone(a.secretariat.as_str())
        .map(|z| z.short_name.clone());
    let zone_list = |membership: Membership| {
        pack.zones
            .iter()
            .filter(|z| z.membership == membership)
            .map(|z| {
                let (name, province) = (z.short_name.clone(), z.province);
                view! {
                    <li>
                        <a href=link(Route::Detail(Section::Zones, z.id.to_string()))><Tr text=name/></a>
                        " · " {move || province.label(lang.get())}
                    </li>
                }
            })
            .collect_view()
    };
    let members = zone_list(Membership::Member);
    let guests = zone_list(Membership::Guest);
    view! {
        <article class="alliance">
            <h1><Tr text=a.name.clone()/></h1>
            <dl class="facts">
                <div><dt>{move || s().alliance_founded}</dt><dd>{a.founded.to_string()}</dd></div>
                {secretariat.map(|n| view! {
                    <div><dt>{move || s().alliance_secretariat}</dt><dd><Tr text=n/></dd></div>
                })}
            </dl>
            <section>
                <h2>{move || s().alliance_directions}</h2>
                <ol>{a.directions.into_iter().map(|d| view! { <li><Tr text=d/></li> }).collect_view()}</ol>
            </section>
            <section>
                <h2>{move || s().alliance_milestones}</h2>
                <ul>
                    {a.milestones.into_iter().map(|m| view! {
                        <li><strong>{m.date.to_string()}</strong> " · " <Tr text=m.place/> " — " <Tr text=m.text/></li>
                    }).collect_view()}
                </ul>
            </section>
            <section>
                <h2>{move || Membership::Member.label(lang.get())}</h2>
                <ul class="zone-list">{members}</ul>
                <h2>{move || Membership::Guest.label(lang.get())}</h2>
                <ul class="zone-list">{guests}</ul>
            </section>
        </article>
    }
}
