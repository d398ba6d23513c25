//! The names of facet values and the chips of what filters a list.

use crate::i18n::{facet_title, facet_value_label, format_number, measure_label, shown_unit};
use crate::kind::RecordKind;
use crate::lang::Lang;
use crate::pack::Pack;
use crate::query::{Bounds, Facet, ListQuery};

/// A facet value's name: zones by their short name, everything else from the vocabularies.
pub fn facet_value_name(
    pack: &Pack,
    kind: RecordKind,
    facet: Facet,
    value: &str,
    lang: Lang,
) -> String {
    match facet {
        Facet::Zone => pack
            .zone(value)
            .map(|z| z.short_name.get(lang).text.to_string())
            .unwrap_or_else(|| value.to_string()),
        f => facet_value_label(kind, f, value, lang),
    }
}

/// A bound as typed in a range box: plain digits, no grouping.
pub fn bound_text(v: Option<f64>) -> String {
    v.map(|v| format_number(v, 2).replace(',', ""))
        .unwrap_or_default()
}

/// What is filtering the list, one chip per search text, facet value and range, each with the
/// query that removes just it (and goes back to page 1).
pub fn chips(pack: &Pack, kind: RecordKind, q: &ListQuery, lang: Lang) -> Vec<(String, ListQuery)> {
    let mut base = q.clone();
    base.page = 1;
    let mut chips: Vec<(String, ListQuery)> = Vec::new();
    if !q.text.is_empty() {
        let mut next = base.clone();
        next.text.clear();
        chips.push((format!("“{}”", q.text), next));
    }
    for (facet, values) in &q.facets {
        for v in values {
            let mut next = base.clone();
            next.toggle(*facet, v, false);
            let name = facet_value_name(pack, kind, *facet, v, lang);
            chips.push((format!("{}: {name}", facet_title(*facet, lang)), next));
        }
    }
    for (m, b) in &q.ranges {
        let mut next = base.clone();
        next.set_range(*m, Bounds::default());
        // In the unit the range box is labelled in.
        let unit = shown_unit(*m, lang);
        let f = |v: Option<f64>| {
            v.map(|v| format_number(v * (1.0 / unit), 2))
                .unwrap_or_default()
        };
        chips.push((
            format!("{} {}–{}", measure_label(*m, lang), f(b.min), f(b.max)),
            next,
        ));
    }
    chips
}
