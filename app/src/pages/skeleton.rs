//! What a page looks like before its content is there: a title line and the frame of a list,
//! under the real header. The app shows it while the data pack loads, and the build-time
//! prerender puts it in index.html for deep links (`app/prerender`), so the page does not jump
//! when the content arrives.

use leptos::prelude::*;
use shared::i18n::UiStrings as _;
use shared::Lang;

/// How many card frames stand for the list.
const CARDS: usize = 4;

pub fn skeleton(lang: Lang) -> impl IntoView {
    let cards: Vec<_> = (0..CARDS)
        .map(|_| view! { <li class="sk-card"></li> })
        .collect();
    view! {
        <div class="skeleton">
            <p class="loading" role="status">{lang.strings().loading}</p>
            <div class="sk-title" aria-hidden="true"></div>
            <ul class="sk-cards" aria-hidden="true">{cards}</ul>
        </div>
    }
}
