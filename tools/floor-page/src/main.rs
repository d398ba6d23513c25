//! `cargo run -p floor-page -- DATA_DIR CSS_FILE OUT_DIR`
//!
//! Writes the performance floor for `make bench`: the app's home page (header, sample notice,
//! title, map, headline figures, chart, footer) as one static HTML file, computed from the same
//! data pack with the same `shared` code and styled by the same stylesheet, but with no wasm,
//! no script beyond two performance marks and no data to fetch. The app's time to content is
//! reported as a ratio to this page's (docs/PERFORMANCE.md). Links point into the app.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use shared::chart::{offers_by_zone_and_track, Chart, Tone};
use shared::geo::{
    chosen_offers, layer_counts, marker_radius, marker_summary, Layer, Projection, WIDTH,
};
use shared::i18n::format_number;
use shared::i18n::UiStrings as _;
use shared::present::Links;
use shared::present::{home_figures, nav_items};
use shared::route::Route;
use shared::RecordKind;
use shared::{Catalog, Lang};

/// Text and attribute values escaped for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link into the app (which sits beside this page when served).
fn app_href(route: Route) -> String {
    Links::to_page("index.html", None).route(&route)
}

fn header(lang: Lang) -> String {
    let s = lang.strings();
    let mut nav = String::new();
    for (route, label) in nav_items(lang) {
        let current = if route == Route::Home {
            r#" aria-current="page""#
        } else {
            ""
        };
        let _ = write!(
            nav,
            r#"<li><a href="{}"{current}>{}</a></li>"#,
            esc(&app_href(route)),
            esc(label)
        );
    }
    let other = lang.other();
    format!(
        r##"<a class="skip" href="#main">{skip}</a><header class="site-header"><div class="brand"><a href="{home}" class="brand-name">{name}</a><span class="brand-tagline">{tag}</span></div><a class="lang-switch" href="{switch_href}" hreflang="{ot}" lang="{ot}">{switch}</a><nav aria-label="{navl}"><ul class="nav">{nav}</ul></nav></header>"##,
        skip = esc(s.skip_to_content),
        home = esc(&app_href(Route::Home)),
        switch_href = esc(&Links::to_page("index.html", Some(lang.other())).route(&Route::Home)),
        name = esc(s.app_name),
        tag = esc(s.app_tagline),
        ot = other.html_tag(),
        switch = esc(s.switch_language),
        navl = esc(s.nav_label),
    )
}

fn map(loaded: &Catalog, lang: Lang) -> String {
    let s = lang.strings();
    let sh = shared::i18n::home::Home::of(lang);
    let pack = &loaded.pack;
    let Some(Ok(m)) = &loaded.basemap else {
        return format!(
            r#"<p class="map-failed" role="status">{}</p>"#,
            esc(sh.basemap_failed)
        );
    };
    let proj = Projection::new(m.bbox);
    let mut svg = format!(
        r#"<svg viewBox="0 0 {WIDTH} {h}" role="group" aria-label="{t}" style="width: 100%"><rect class="map-sea" width="{WIDTH}" height="{h}"></rect><path class="map-coast" d="{c}"></path><path class="map-lakes" d="{l}"></path><path class="map-rivers" d="{r}"></path><path class="map-canals" d="{k}"></path>"#,
        h = proj.height,
        t = esc(sh.map_title),
        c = proj.path(&m.coast),
        l = proj.path(&m.lakes),
        r = proj.path(&m.rivers),
        k = proj.path(&m.canals),
    );
    for label in &m.labels {
        let (x, y) = proj.point(label.lon, label.lat);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" class="map-label map-{}">{}</text>"#,
            x.round(),
            y.round(),
            esc(&label.kind),
            esc(label.text(lang))
        );
    }
    let mut rows = String::new();
    for z in &pack.zones {
        let counts = layer_counts(pack, z);
        let name = z.short_name.get(lang).text;
        let href = esc(&app_href(Route::Detail(
            RecordKind::Zones,
            z.id.to_string(),
        )));
        let summary = esc(&marker_summary(name, &counts, &Layer::ALL, lang));
        if proj.contains(z.lon.0, z.lat.0) {
            let (x, y) = proj.point(z.lon.0, z.lat.0);
            let _ = write!(
                svg,
                r#"<a href="{href}" class="marker" aria-label="{summary}"><circle cx="{x}" cy="{y}" r="{r}"></circle><text x="{x}" y="{ty}" class="zone-label">{n}</text><title>{summary}</title></a>"#,
                x = x.round(),
                y = y.round(),
                ty = (y - 12.0).round(),
                r = marker_radius(chosen_offers(&counts, &Layer::ALL)).round(),
                n = esc(name),
            );
        }
        let cells: String = Layer::ALL
            .iter()
            .map(|l| format!("<td>{}</td>", l.count(&counts)))
            .collect();
        let _ = write!(
            rows,
            r#"<tr><th scope="row"><a href="{href}">{}</a></th>{cells}</tr>"#,
            esc(name)
        );
    }
    svg.push_str("</svg>");
    let heads: String = Layer::ALL
        .iter()
        .map(|l| format!(r#"<th scope="col">{}</th>"#, esc(l.label(lang))))
        .collect();
    let toggles: String = Layer::ALL
        .iter()
        .map(|l| {
            format!(
                r#"<label class="layer layer-{k}"><input type="checkbox" checked disabled>{}</label>"#,
                esc(l.label(lang)),
                k = l.key()
            )
        })
        .collect();
    let licence = if m.licence.is_empty() {
        String::new()
    } else {
        format!(" ({})", m.licence)
    };
    format!(
        r#"<section class="belt-map" aria-labelledby="map-title"><h2 id="map-title">{t}</h2><fieldset class="map-layers"><legend>{layers}</legend>{toggles}</fieldset><div class="map-frame">{svg}</div><div class="map-tools"><p class="map-summary">{hint}</p></div><details class="map-table"><summary>{as_table}</summary><div class="table-scroll"><table><thead><tr><th scope="col">{zones}</th>{heads}</tr></thead><tbody>{rows}</tbody></table></div></details><p class="map-credit">{credit}</p></section>"#,
        t = esc(sh.map_title),
        layers = esc(sh.map_layers),
        hint = esc(sh.map_hint),
        as_table = esc(sh.map_as_table),
        zones = esc(s.nav_zones),
        credit = esc(&format!(
            "{}: {} · {}{licence}",
            sh.map_source, sh.map_schematic, m.source
        )),
    )
}

/// The chart as the app draws it (app/src/components/chart.rs): boxes sized by `shared::chart`.
fn chart(c: &Chart, lang: Lang) -> String {
    let s = lang.strings();
    if c.is_empty() {
        return format!(
            r#"<p class="chart-empty" role="status">{}: {}</p>"#,
            esc(&c.title),
            esc(s.no_results)
        );
    }
    let (end, ticks) = c.axis();
    let legend: String = c
        .series
        .iter()
        .filter(|x| x.tone != Tone::Hidden && !x.name.is_empty())
        .map(|x| {
            format!(
                r#"<li><span class="swatch {}"></span>{}</li>"#,
                x.tone.class(),
                esc(&x.name)
            )
        })
        .collect();
    let mut bars = String::new();
    for (i, name) in c.rows.iter().enumerate() {
        let parts: String = c
            .bars(i)
            .into_iter()
            .filter(|b| b.1 > 0.0)
            .map(|(tone, _, share)| {
                format!(
                    r#"<span class="bar {}" style="width: {share:.2}%"></span>"#,
                    tone.class()
                )
            })
            .collect();
        let _ = write!(
            bars,
            r#"<span class="bar-label" title="{n}">{n}</span><span class="bar-track">{parts}</span>"#,
            n = esc(name)
        );
    }
    let marks: String = ticks
        .iter()
        .map(|t| {
            format!(
                r#"<span style="left: {:.2}%">{}</span>"#,
                t / end * 100.0,
                format_number(*t, 0)
            )
        })
        .collect();
    let head: String = c
        .table_head
        .iter()
        .map(|h| format!(r#"<th scope="col">{}</th>"#, esc(h)))
        .collect();
    let table: String = c
        .table
        .iter()
        .map(|r| {
            let mut cells = r.iter();
            let first = cells.next().map(|x| esc(x)).unwrap_or_default();
            let rest: String = cells.map(|v| format!("<td>{}</td>", esc(v))).collect();
            format!(r#"<tr><th scope="row">{first}</th>{rest}</tr>"#)
        })
        .collect();
    format!(
        r#"<figure class="chart"><figcaption>{t} ({u})</figcaption><ul class="legend">{legend}</ul><div class="bars" role="img" aria-label="{t}" style="--steps: {steps}">{bars}<span></span><span class="bar-ticks">{marks}</span></div><details class="chart-table"><summary>{as_table}</summary><div class="table-scroll"><table><thead><tr>{head}</tr></thead><tbody>{table}</tbody></table></div></details></figure>"#,
        t = esc(&c.title),
        u = esc(&c.unit),
        steps = ticks.len().saturating_sub(1).max(1),
        as_table = esc(s.chart_table),
    )
}

fn page(loaded: &Catalog, lang: Lang, css: &str) -> String {
    let s = lang.strings();
    let sh = shared::i18n::home::Home::of(lang);
    let pack = &loaded.pack;
    let notice = if pack.any_sample() {
        format!(
            r#"<p class="sample-notice" role="note"><strong>{}</strong> {}</p>"#,
            esc(s.sample_badge),
            esc(s.sample_notice)
        )
    } else {
        String::new()
    };
    let figures: String = home_figures(pack, lang)
        .into_iter()
        .map(|f| {
            format!(
                r#"<li class="figure"><a href="{}"><span class="figure-value">{}</span><span class="figure-label">{}</span></a></li>"#,
                esc(&app_href(f.route)),
                esc(&f.value),
                esc(f.label)
            )
        })
        .collect();
    let m = &pack.manifest;
    format!(
        r#"<!DOCTYPE html>
<html lang="{tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{desc}">
<title>{title}</title>
<link rel="stylesheet" href="{css}">
</head>
<body>
<div id="app">{header}<main id="main" tabindex="-1">{notice}<section class="hero"><h1>{h1}</h1><p class="lead">{lead}</p></section>{map}<ul class="figures" aria-label="{h1}">{figures}</ul>{chart}</main><footer class="site-footer"><p>{alliance}</p><p>{updated} {date} · {version} {pv}</p><p>{footer}</p></footer></div>
<script>
  // The same marks as the app (app/src/data.rs, mark_first_content): after the first frame with
  // the content, and when the main thread is next idle.
  requestAnimationFrame(function () {{
    setTimeout(function () {{
      performance.mark('huaihe:first-content');
      (window.requestIdleCallback || setTimeout)(function () {{ performance.mark('huaihe:interactive'); }});
    }}, 0);
  }});
</script>
</body>
</html>
"#,
        tag = lang.html_tag(),
        desc = esc(sh.home_lead),
        title = esc(s.app_name),
        header = header(lang),
        h1 = esc(sh.home_title),
        lead = esc(sh.home_lead),
        map = map(loaded, lang),
        chart = chart(&offers_by_zone_and_track(pack, lang), lang),
        alliance = esc(m.alliance.name.get(lang).text),
        updated = esc(s.data_updated),
        date = m.updated,
        version = esc(s.pack_version),
        pv = esc(&m.pack_version),
        footer = esc(s.footer_data),
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, css, out] = args.as_slice() else {
        eprintln!("usage: floor-page DATA_DIR CSS_FILE OUT_DIR");
        return ExitCode::from(2);
    };
    let loaded = match Catalog::load_dir(&PathBuf::from(data)) {
        Ok(l) => l,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            return ExitCode::from(2);
        }
    };
    let out = PathBuf::from(out);
    let css_name = PathBuf::from(css)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let html = page(&loaded, Lang::Zh, &css_name);
    let written = std::fs::create_dir_all(&out)
        .and_then(|_| std::fs::copy(css, out.join(&css_name)))
        .and_then(|_| std::fs::write(out.join("index.html"), &html));
    match written {
        Ok(()) => {
            println!(
                "{}: floor page, {} bytes",
                out.join("index.html").display(),
                html.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Catalog {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
        Catalog::load_dir(&dir).expect("the bundled pack loads")
    }

    #[test]
    fn the_floor_page_holds_the_home_pages_figures_map_and_chart() {
        let loaded = bundled();
        let html = page(&loaded, Lang::Zh, "main.css");
        for f in home_figures(&loaded.pack, Lang::Zh) {
            assert!(html.contains(&esc(&f.value)), "figure {}", f.value);
            assert!(html.contains(f.label), "label {}", f.label);
        }
        // A marker per zone on the map, a row per zone in the map's table.
        let markers = html.matches(r#"class="marker""#).count();
        assert_eq!(markers, loaded.pack.zones.len());
        let chart = offers_by_zone_and_track(&loaded.pack, Lang::Zh);
        assert_eq!(
            html.matches(r#"class="bar-track""#).count(),
            chart.rows.len()
        );
        assert!(html.contains("performance.mark('huaihe:first-content')"));
    }

    #[test]
    fn text_from_the_data_is_escaped() {
        assert_eq!(esc(r#"<b a="x">&'"#), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }
}
