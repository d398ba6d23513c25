//! 404: the link leads nowhere; say so and offer the way home.

use leptos::prelude::*;
use shared::route::Route;

use crate::lang::use_lang;
use crate::url::link;

#[component]
pub fn NotFoundPage(
    /// The path that was asked for.
    path: String,
) -> impl IntoView {
    let lang = use_lang();
    let s = move || lang.get().strings();
    view! {
        <section class="not-found">
            <h1>{move || s().not_found_title}</h1>
            <p>{move || s().not_found_body}</p>
            <p><code>{path}</code></p>
            <p><a class="button primary" href=link(Route::Home)>{move || s().go_home}</a></p>
        </section>
    }
}
