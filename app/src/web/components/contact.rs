//! Contact first: site selectors look for whom to call before anything else.

use leptos::prelude::*;
use shared::present::Reach;
use shared::Lang;

use crate::web::components::text::shown;
use shared::i18n::UiStrings as _;

/// One way to reach the contact: label, link target, text.
fn way(label: &'static str, href: String, text: String, external: bool) -> impl IntoView {
    view! {
        <li>
            <span class="label">{label}</span>
            " "
            <a href=href rel=external.then_some("noopener noreferrer") target=external.then_some("_blank")>
                {text}
            </a>
        </li>
    }
}

#[component]
pub fn ContactCard(
    /// Whom to reach.
    reach: Reach,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let ways: Vec<_> = [
        reach.phone.map(|(href, text)| (s.phone, href, text, false)),
        reach.email.map(|(href, text)| (s.email, href, text, false)),
        reach.website.map(|u| (s.website, u.clone(), u, true)),
    ]
    .into_iter()
    .flatten()
    .map(|(label, href, text, external)| way(label, href, text, external))
    .collect();
    view! {
        <section class="contact" aria-labelledby="contact-title">
            <h2 id="contact-title">{s.contact}</h2>
            <p class="contact-name">{shown(reach.name, lang)}</p>
            <ul>{ways}</ul>
        </section>
    }
}
