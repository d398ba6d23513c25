//! What a link (or an embed's settings) asked for that was left out, each with why: said in
//! place of a blank or wrong view (`shared::query::Ignored`).

use leptos::prelude::*;
use shared::query::{IgnoreReason, Ignored};
use shared::Lang;

/// `notice` over the list of what was dropped; nothing when nothing was. `class` places it
/// (the explorer's notice above its results, an embed's discreet one under its title line).
pub fn ignored_notice(
    notice: &'static str,
    ignored: &[Ignored],
    lang: Lang,
    class: &'static str,
) -> Option<impl IntoView> {
    if ignored.is_empty() {
        return None;
    }
    let se = shared::i18n::explorer::Explorer::of(lang);
    let items: Vec<_> = ignored
        .iter()
        .map(|i| {
            let why = match i.reason {
                IgnoreReason::UnknownKey => se.unknown_key,
                IgnoreReason::BadValue => se.bad_value,
            };
            view! { <li><code>{format!("{}={}", i.key, i.value)}</code> " (" {why} ")"</li> }
        })
        .collect();
    Some(view! {
        <div class=class role="status">
            <p>{notice}</p>
            <ul>{items}</ul>
        </div>
    })
}
