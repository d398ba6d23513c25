//! Shown when the data pack cannot be used: which file, where, what was found, what is expected,
//! with "Try again" (refetch) and, when valid records remain, "Show the valid records anyway".

use leptos::prelude::*;
use shared::{Lang, RecordKind, Severity};

use crate::web::data::{use_data, LoadError};

/// How many problems are listed before the rest is summarised.
const SHOWN: usize = 50;

/// The panel, from a module of its own (a split point): most visits never need it.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn error_panel(error: LoadError, lang: Lang) -> AnyView {
    view! { <ErrorPanel error=error lang=lang/> }.into_any()
}

#[component]
pub fn ErrorPanel(
    /// The reason the pack cannot be shown.
    error: LoadError,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let sx = shared::i18n::errors::Errors::of(lang);
    let partial = match &error {
        LoadError::Invalid(l) => {
            let p = &l.pack;
            !p.zones.is_empty() && RecordKind::listings().any(|kind| p.len(kind) > 0)
        }
        LoadError::Manifest(_) => false,
    };
    let problems: Vec<_> = error
        .problems()
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .cloned()
        .collect();
    let total = problems.len();
    let rows = problems
        .into_iter()
        .take(SHOWN)
        .map(|p| {
            view! {
                <tr>
                    <td><code>{p.file.clone()}</code></td>
                    <td><code>{p.place(lang)}</code></td>
                    <td>{p.headline(lang)}</td>
                    <td><code>{p.found.text(lang)}</code></td>
                    <td>{p.expected.text(lang)}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{sx.error_title}</h1>
            <p>{sx.error_lead}</p>
            // Focusable: a keyboard user scrolls a table wider than a phone (axe
            // scrollable-region-focusable).
            <div class="table-scroll" tabindex="0" role="region" aria-label=sx.error_title>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{sx.error_file}</th>
                            <th scope="col">{sx.error_where}</th>
                            <th scope="col"></th>
                            <th scope="col">{sx.error_found}</th>
                            <th scope="col">{sx.error_expected}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(total > SHOWN).then(|| view! { <p>"… +" {total - SHOWN}</p> })}
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| data.resource.refetch()>
                    {sx.retry}
                </button>
                {partial
                    .then(|| {
                        view! {
                            <button type="button" on:click=move |_| data.accept_partial.set(true)>
                                {sx.show_valid_anyway}
                            </button>
                        }
                    })}
            </div>
        </section>
    }
}
