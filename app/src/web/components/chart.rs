//! A chart from [`shared::chart::Chart`]: horizontal stacked bars drawn as HTML boxes sized in
//! percent of the axis (sharp at any pixel ratio, fit any width without redrawing, print as
//! they are), with an HTML legend and the same figures as a table. The geometry is computed in
//! `shared::chart`; the static floor page draws the same boxes.
//!
//! Plotters on a canvas drew these before; it cost 29 KB gzip of wasm plus a redraw on every
//! resize, for bars that HTML draws by itself (docs/PERFORMANCE.md).

use leptos::prelude::*;
use shared::chart::{Chart, Tone};
use shared::i18n::UiStrings as _;
use shared::i18n::{css_percent, format_number};
use shared::Lang;

#[component]
pub fn ChartView(
    /// What to draw.
    chart: Chart,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    let c = chart;
    if c.is_empty() {
        return leptos::either::Either::Left(view! {
            <p class="chart-empty" role="status">{c.title.clone()} ": " {s.no_results}</p>
        });
    }
    let (end, ticks) = c.axis();
    let legend: Vec<_> = c
        .series
        .iter()
        .filter(|s| s.tone != Tone::Hidden && !s.name.is_empty())
        .map(|s| {
            view! { <li><span class=format!("swatch {}", s.tone.class())></span>{s.name.clone()}</li> }
        })
        .collect();
    let rows: Vec<_> = c
        .rows
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let parts: Vec<_> = c
                .bars(i)
                .into_iter()
                .filter(|b| b.2 > 0.0)
                .map(|(tone, _, share)| {
                    view! { <span class=format!("bar {}", tone.class()) style:width=css_percent(share)></span> }
                })
                .collect();
            view! {
                <span class="bar-label" title=name.clone()>{name.clone()}</span>
                <span class="bar-track">{parts}</span>
            }
        })
        .collect();
    let marks: Vec<_> = ticks
        .iter()
        .map(|t| {
            view! { <span style:left=css_percent(t / end * 100.0)>{format_number(*t, 0)}</span> }
        })
        .collect();
    let head: Vec<_> = c
        .table_head
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect();
    let table: Vec<_> = c
        .table
        .iter()
        .map(|r| {
            let mut cells = r.iter();
            let first = cells.next().cloned().unwrap_or_default();
            let rest: Vec<_> = cells.map(|v| view! { <td>{v.clone()}</td> }).collect();
            view! { <tr><th scope="row">{first}</th>{rest}</tr> }
        })
        .collect();
    leptos::either::Either::Right(view! {
        <figure class="chart">
            <figcaption>{c.title.clone()} " (" {c.unit.clone()} ")"</figcaption>
            <ul class="legend">{legend}</ul>
            <div class="bars" role="img" aria-label=c.title.clone()
                style=("--steps", ticks.len().saturating_sub(1).max(1).to_string())>
                {rows}
                <span></span>
                <span class="bar-ticks">{marks}</span>
            </div>
            <details class="chart-table">
                <summary>{s.chart_table}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=s.chart_table>
                    <table>
                        <thead><tr>{head}</tr></thead>
                        <tbody>{table}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    })
}
