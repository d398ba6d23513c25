//! A record in a list: title linking to its page, badges, and a few key facts.

use leptos::prelude::*;

/// One key fact on a card: label and value, already in the current language.
pub type Fact = (&'static str, String);

#[component]
pub fn Card(
    /// Link to the record's page.
    href: String,
    /// Title in the current language.
    title: String,
    /// Status and category badges: (CSS class suffix, label).
    badges: Vec<(String, String)>,
    /// Key facts.
    facts: Vec<Fact>,
) -> impl IntoView {
    view! {
        <li class="card">
            <h3>
                <a href=href>{title}</a>
            </h3>
            <p class="badges">
                {badges
                    .into_iter()
                    .map(|(class, label)| view! { <span class=format!("badge badge-{class}")>{label}</span> })
                    .collect_view()}
            </p>
            <dl class="facts">
                {facts
                    .into_iter()
                    .map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> })
                    .collect_view()}
            </dl>
        </li>
    }
}
