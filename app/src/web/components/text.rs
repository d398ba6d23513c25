//! Showing a text that may be in the other language because its translation is missing: marked,
//! with its own `lang` so that a screen reader pronounces it right.

use leptos::either::Either;
use leptos::prelude::*;
use shared::i18n::UiStrings as _;
use shared::present::Shown;
use shared::Lang;

/// A [`Shown`] text; `lang` is the page's language (for the "translation missing" hint).
pub fn shown(text: Shown, lang: Lang) -> impl IntoView {
    match text.lang {
        Some(other) => Either::Left(view! {
            <span lang=other.html_tag() class="fallback">{text.text}</span>
            " "
            <small class="note">{lang.strings().translation_missing}</small>
        }),
        None => Either::Right(text.text),
    }
}
