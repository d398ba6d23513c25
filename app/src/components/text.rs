//! Showing a bilingual [`Text`] in the current language; a text missing in that language falls
//! back to the other one, marked so the reader (and a screen reader, through `lang`) knows.

use leptos::prelude::*;
use shared::values::Text;
use shared::Lang;

use crate::lang::use_lang;

/// A bilingual text in the current language, with the fallback marked.
#[component]
pub fn Tr(
    /// The text to show.
    text: Text,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        let shown = text.get(l);
        if shown.fallback {
            let other = l.other();
            view! {
                <span lang=other.html_tag() class="fallback" title=l.strings().translation_missing>
                    {shown.text.to_string()}
                </span>
            }
            .into_any()
        } else {
            shown.text.to_string().into_any()
        }
    }
}

/// The plain string of a text in `lang` (fallback unmarked), for attributes and titles.
pub fn plain(text: &Text, lang: Lang) -> String {
    text.get(lang).text.to_string()
}
