//! A chart from [`shared::chart::Chart`]: horizontal stacked bars drawn with plotters on a
//! canvas sized for the screen's pixel ratio (sharp on high-DPI screens), redrawn when the
//! window is resized, with an HTML legend and the same figures as a table.

use std::sync::Arc;

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use shared::chart::{Chart, Tone};
use shared::i18n::format_number;
use shared::Lang;

/// Height of one row of bars, in CSS pixels.
const ROW: f64 = 26.0;

fn colour(tone: Tone) -> RGBColor {
    // The same colours as the track badges and the map (style/main.css --river, --air, --brand).
    match tone {
        Tone::River => RGBColor(0x15, 0x65, 0xa8),
        Tone::Air => RGBColor(0xb0, 0x52, 0x0a),
        Tone::Brand | Tone::Hidden => RGBColor(0x0b, 0x5c, 0x8e),
    }
}

fn css(tone: Tone) -> &'static str {
    match tone {
        Tone::River => "var(--river)",
        Tone::Air => "var(--air)",
        Tone::Brand | Tone::Hidden => "var(--brand)",
    }
}

fn height(c: &Chart) -> f64 {
    c.rows.len() as f64 * ROW + 34.0
}

/// Draws `c` on `canvas` at its current width. Drawing errors are logged, never fatal: the
/// table below holds the same figures.
fn draw(canvas: &web_sys::HtmlCanvasElement, c: &Chart) {
    let dpr = window().device_pixel_ratio().clamp(1.0, 4.0);
    let w = f64::from(canvas.client_width().max(240));
    let h = height(c);
    canvas.set_width((w * dpr) as u32);
    canvas.set_height((h * dpr) as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let root = backend.into_drawing_area();
    let n = c.rows.len();
    let px = |v: f64| (v * dpr) as u32;
    let font = ("sans-serif", 12.5 * dpr)
        .into_font()
        .color(&RGBColor(0x1b, 0x24, 0x30));
    let longest = c.rows.iter().map(|r| r.chars().count()).max().unwrap_or(0) as f64;
    let label_w = (longest * 13.0 + 12.0).min(w * 0.45);
    let rows = c.rows.clone();
    let result = (|| -> Result<(), Box<dyn std::error::Error>> {
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(px(6.0))
            .x_label_area_size(px(24.0))
            .y_label_area_size(px(label_w))
            .build_cartesian_2d(0f64..(c.max() * 1.08).max(1.0), (0..n).into_segmented())?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(RGBColor(0xe6, 0xea, 0xef))
            .y_labels(n)
            .y_label_formatter(&|v| match v {
                // Row 0 at the top.
                SegmentValue::CenterOf(i) if *i < n => rows[n - 1 - *i].clone(),
                _ => String::new(),
            })
            .x_labels(5)
            .x_label_formatter(&|v| format_number(*v, 0))
            .label_style(font)
            .draw()?;
        for i in 0..n {
            let mut x = 0.0;
            let slot = n - 1 - i;
            for s in &c.series {
                let v = s.values[i];
                if s.tone != Tone::Hidden && v > 0.0 {
                    let mut bar = Rectangle::new(
                        [
                            (x, SegmentValue::Exact(slot)),
                            (x + v, SegmentValue::Exact(slot + 1)),
                        ],
                        colour(s.tone).filled(),
                    );
                    bar.set_margin(px(4.0), px(4.0), 0, 0);
                    chart.draw_series(std::iter::once(bar))?;
                }
                x += v;
            }
        }
        root.present()?;
        Ok(())
    })();
    if let Err(e) = result {
        leptos::logging::warn!("chart {}: {e}", c.title);
    }
}

#[component]
pub fn ChartView(
    /// What to draw.
    chart: Chart,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let s = lang.strings();
    if chart.is_empty() {
        return leptos::either::Either::Left(view! {
            <p class="chart-empty" role="status">{chart.title.clone()} ": " {s.no_results}</p>
        });
    }
    let canvas = NodeRef::<Canvas>::new();
    let resized = RwSignal::new(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    let c = Arc::new(chart);
    let drawn = c.clone();
    Effect::new(move |_| {
        resized.track();
        if let Some(el) = canvas.get() {
            draw(&el, &drawn);
        }
    });
    let legend: Vec<_> = c
        .series
        .iter()
        .filter(|s| s.tone != Tone::Hidden && !s.name.is_empty())
        .map(|s| {
            view! {
                <li><span class="swatch" style:background=css(s.tone)></span>{s.name.clone()}</li>
            }
        })
        .collect();
    let head: Vec<_> = c
        .table_head
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect();
    let rows: Vec<_> = c
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
            <canvas node_ref=canvas role="img" aria-label=c.title.clone() style:height=format!("{}px", height(&c))></canvas>
            <details class="chart-table">
                <summary>{s.chart_table}</summary>
                <div class="table-scroll">
                    <table>
                        <thead><tr>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    })
}
