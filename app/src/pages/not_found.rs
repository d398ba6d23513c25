//! 404: the link leads nowhere; say so and offer the way home.

use leptos::prelude::*;
use shared::route::Route;
use shared::Lang;

use crate::web::url::href;
use shared::i18n::UiStrings as _;

#[component]
pub fn NotFoundPage(
    /// The path that was asked for.
    path: String,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    view! {
        <section class="not-found">
            <h1>{s.not_found_title}</h1>
            <p>{s.not_found_body}</p>
            <p><code>{path}</code></p>
            <p><a class="button primary" href=href(Route::Home)>{s.go_home}</a></p>
        </section>
    }
}
