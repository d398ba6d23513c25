//! Facets with live counts and range filters. Every change is handed to `on_change` as the
//! next query (the explorer writes it to the URL and re-reads it from there).

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::html::Input;
use leptos::prelude::*;
use shared::i18n::{facet_title, format_number, measure_label, range_hint, range_rule, shown_unit};
use shared::present::{bound_text, facet_value_name};
use shared::query::{Bounds, Facet, ListQuery, Measure};
use shared::search::Results;
use shared::RecordKind;
use shared::{Catalog, Lang};

/// Parses a number typed into a range box; blank or invalid means "no bound".
fn bound(text: &str) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
}

/// Sets one end of `measure`'s range (`None` leaves it), reading swapped bounds as meant.
fn set_bound(
    query: Memo<ListQuery>,
    on_change: Callback<ListQuery>,
    measure: Measure,
    min: Option<Option<f64>>,
    max: Option<Option<f64>>,
) {
    let mut q = query.get_untracked();
    let b = q.range(measure);
    let (lo, hi) = match (min.unwrap_or(b.min), max.unwrap_or(b.max)) {
        (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
        other => other,
    };
    q.set_range(measure, Bounds { min: lo, max: hi });
    q.page = 1;
    // Typing, then Enter or leaving the box, asks twice for the same list.
    if q != query.get_untracked() {
        on_change.run(q);
    }
}

/// How long typing in a range box pauses before the list follows it.
const TYPING_PAUSE_MS: u32 = 450;

/// Keeps a range box showing the URL's bound (back/forward, a removed chip) — except while the
/// user is typing in it: a URL change from another control must not wipe what they typed.
fn follow_url(input: NodeRef<Input>, value: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = value();
        if let Some(el) = input.get() {
            let typing = document().active_element().is_some_and(|a| a == **el);
            if !typing && el.value() != text {
                el.set_value(&text);
            }
        }
    });
}

#[component]
pub fn FacetPanel(
    /// Which explorer.
    section: RecordKind,
    /// The explorer's current query.
    query: Memo<ListQuery>,
    /// Its results, with the facet counts.
    results: Memo<Results>,
    /// The pack, for zone names.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
    /// Called with the query a tick, untick or range asks for.
    on_change: Callback<ListQuery>,
) -> impl IntoView {
    let se = shared::i18n::explorer::Explorer::of(lang);
    // Drawn once: the values a facet can take are fixed by the index, so a change of the query
    // only updates counts, ticks and what is hidden (a rebuilt panel would cost a redraw of
    // every box on each click, and lose the keyboard focus).
    let ranges: Vec<_> = Measure::for_section(section)
        .iter()
        .map(|m| {
            let m = *m;
            let id = format!("range-{}", m.key());
            let (min, max) = (NodeRef::<Input>::new(), NodeRef::<Input>::new());
            // Typed in the unit the label names (million yuan in English), kept in the stored
            // one (万元), so that a link means the same in both languages.
            let unit = shown_unit(m, lang);
            let stored = move |text: &str| bound(text).map(|v| (v * unit * 1e4).round() / 1e4);
            let shown = move |v: Option<f64>| bound_text(v.map(|v| v * (1.0 / unit)));
            follow_url(min, move || shown(query.with(|q| q.range(m).min)));
            follow_url(max, move || shown(query.with(|q| q.range(m).max)));
            // The list follows the box while typing, once the typing pauses (a new pause
            // replaces the pending one: dropping a gloo Timeout cancels it), and at once on
            // Enter or leaving the box.
            let pending = StoredValue::new_local(None::<Timeout>);
            let hint = RwSignal::new(None::<String>);
            // A timer runs outside the component: it takes the component's owner along, for
            // the contexts the change reads (the URL).
            let owner = Owner::current();
            let typed = move |ev: leptos::ev::Event, is_min: bool| {
                let text = event_target_value(&ev);
                hint.set(bound(&text).and_then(|v| range_hint(m, v, lang)));
                let v = stored(&text);
                let (lo, hi) = if is_min { (Some(v), None) } else { (None, Some(v)) };
                let owner = owner.clone();
                pending.set_value(Some(Timeout::new(TYPING_PAUSE_MS, move || {
                    let apply = move || set_bound(query, on_change, m, lo, hi);
                    match owner {
                        Some(owner) => owner.with(apply),
                        None => apply(),
                    }
                })));
            };
            let done = move |ev: leptos::ev::Event, is_min: bool| {
                pending.set_value(None);
                let v = stored(&event_target_value(&ev));
                let (lo, hi) = if is_min { (Some(v), None) } else { (None, Some(v)) };
                set_bound(query, on_change, m, lo, hi);
            };
            let typed_min = typed.clone();
            view! {
                <fieldset class="facet range">
                    <legend>{measure_label(m, lang)}</legend>
                    <p class="range-rule">{range_rule(m, lang)}</p>
                    <label for=format!("{id}-min")>{se.range_min}</label>
                    <input id=format!("{id}-min") type="number" min="0" step="any" inputmode="decimal"
                        node_ref=min on:input=move |ev| typed_min(ev, true) on:change=move |ev| done(ev, true)/>
                    <label for=format!("{id}-max")>{se.range_max}</label>
                    <input id=format!("{id}-max") type="number" min="0" step="any" inputmode="decimal"
                        node_ref=max on:input=move |ev| typed(ev, false) on:change=move |ev| done(ev, false)/>
                    <p class="range-hint" role="status">{move || hint.get()}</p>
                </fieldset>
            }
        })
        .collect();
    let universe: Vec<(Facet, Vec<String>)> = results.with_untracked(|r| {
        r.facet_counts
            .iter()
            .map(|(f, values)| (*f, values.iter().map(|(v, _)| v.clone()).collect()))
            .collect()
    });
    // A zone or province filter with one value filters nothing (a zone's embed, a one-zone
    // pack): not drawn.
    let facets: Vec<_> = universe
        .into_iter()
        .enumerate()
        .filter(|(_, (facet, values))| {
            values.len() > 1 || !matches!(facet, Facet::Zone | Facet::Province)
        })
        .map(|(slot, (facet, values))| {
            let options: Vec<_> = values
                .into_iter()
                .enumerate()
                .map(|(i, value)| {
                    let count = move || results.with(|r| r.facet_counts[slot].1[i].1);
                    let v = value.clone();
                    let checked = move || query.with(|q| q.is_selected(facet, &v));
                    // A value with no results is hidden unless it is ticked (then it can be
                    // unticked): a count never promises results that are not there.
                    let hidden = {
                        let checked = checked.clone();
                        move || count() == 0 && !checked()
                    };
                    let v = value.clone();
                    let on_change = move |ev: leptos::ev::Event| {
                        let mut q = query.get_untracked();
                        q.toggle(facet, &v, event_target_checked(&ev));
                        q.page = 1;
                        on_change.run(q);
                    };
                    view! {
                        <li hidden=hidden>
                            <label>
                                <input type="checkbox" id=format!("f-{}-{value}", facet.key())
                                    prop:checked=checked on:change=on_change/>
                                <span class="option-label">{facet_value_name(&loaded.pack, section, facet, &value, lang)}</span>
                                " "
                                <span class="count">{move || format_number(count() as f64, 0)}</span>
                            </label>
                        </li>
                    }
                })
                .collect();
            view! {
                <fieldset class="facet">
                    <legend>{facet_title(facet, lang)}</legend>
                    <ul>{options}</ul>
                </fieldset>
            }
        })
        .collect();
    view! { <div class="facet-panel">{ranges} {facets}</div> }
}
