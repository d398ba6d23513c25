//! The explorer's first view, rendered at build time from the app's own components
//! (`huaihe_app::shell` around the home page or the skeleton), natively.
//!
//! `huaihe-prerender page DATA_DIR INDEX_HTML` fills the page Trunk built (scripts/prerender.sh,
//! a post_build hook): the Chinese home page inside `#app`, and the skeleton in both languages
//! as inert templates (the English home page would cost every visit 8 KB gzip; English visits
//! see the English skeleton). The page's own script picks what fits the address (a deep link,
//! `lang`, the stored choice) before anything is drawn, and withdraws the home page when the
//! manifest names another pack version than the one rendered here. Beside them, the pack's
//! glance (`shared::glance`, 1.5 KB gzip): the app draws the home page from it without fetching
//! a record file when the manifest names its version. The app replaces
//! it all when it starts (`web::boot::start`); nothing is hydrated, so the wasm pays nothing.
//!
//! `huaihe-prerender floor DATA_DIR CSS_FILE OUT_DIR` writes the performance floor of
//! `make bench`: the same Chinese home page as a static page, with no wasm and nothing to fetch.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use shared::route::Route;
use shared::{Catalog, Lang};

/// Effects and resources are browser work: a prerender draws what a view shows when built.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The HTML of the app's shell around `body`, with the contexts the app provides.
fn render(body: impl FnOnce(Lang) -> AnyView, loaded: Option<&Catalog>, lang: Lang) -> String {
    let owner = Owner::new();
    owner.with(|| {
        huaihe_app::web::url::provide_url();
        let manifest = loaded.map(|l| &l.pack.manifest);
        huaihe_app::shell(body(lang), manifest, lang, loaded.is_none()).to_html()
    })
}

/// The home page in `lang`, as the app draws it once the pack is loaded.
fn home(loaded: &Arc<Catalog>, lang: Lang) -> String {
    let page = loaded.clone();
    render(
        move |l| huaihe_app::pages::page_for(Route::Home, page, l),
        Some(loaded),
        lang,
    )
}

/// What a page shows before its content is there, in `lang`.
fn skeleton(lang: Lang) -> String {
    render(
        |l| huaihe_app::pages::skeleton::skeleton(l).into_any(),
        None,
        lang,
    )
}

const START: &str = "<!--prerender-->";
const END: &str = "<!--/prerender-->";

/// `html` with the prerendered views between its `<!--prerender-->` markers.
fn fill(html: &str, loaded: &Arc<Catalog>) -> Result<String, String> {
    let start = html
        .find(START)
        .ok_or("no <!--prerender--> marker in the page")?;
    let end = html[start..]
        .find(END)
        .map(|i| start + i)
        .ok_or("no <!--/prerender--> marker in the page")?;
    let version = &loaded.pack.manifest.pack_version;
    // The glance (shared::glance): the app draws the home page from it, in either language,
    // without fetching a record file, when the manifest names this version.
    let views = format!(
        r#"<div id="app" data-pack-version="{version}">{zh}</div>
<script type="application/json" id="huaihe-glance" data-pack-version="{version}">{glance}</script>
<template id="skeleton-zh">{sk_zh}</template>
<template id="skeleton-en">{sk_en}</template>"#,
        version = escape_attr(version),
        glance = loaded.pack.glance().to_json(),
        zh = home(loaded, Lang::Zh),
        sk_zh = skeleton(Lang::Zh),
        sk_en = skeleton(Lang::En),
    );
    Ok(format!(
        "{}{START}\n{views}\n{}",
        &html[..start],
        &html[end..]
    ))
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The static floor page: the Chinese home page, styled by `css`, with the app's two
/// performance marks and nothing else.
fn floor(loaded: &Arc<Catalog>, css: &str) -> String {
    use shared::i18n::UiStrings as _;
    let lang = Lang::Zh;
    format!(
        r#"<!DOCTYPE html>
<html lang="{tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{css}">
</head>
<body>
<div id="app">{home}</div>
<script>
  // The same marks as the app (app/src/web/data.rs, mark_first_content): after the first frame
  // with the content, and when the main thread is next idle.
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
        title = lang.strings().app_name,
        css = escape_attr(css),
        home = home(loaded, lang),
    )
}

fn load(dir: &Path) -> Result<Arc<Catalog>, String> {
    let loaded = Catalog::load_dir(dir).map_err(|problems| {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    if !loaded.is_valid() {
        return Err(format!(
            "{} problem(s) in the pack (`make validate` lists them)",
            loaded.problems.len()
        ));
    }
    Ok(Arc::new(loaded))
}

fn run(args: &[String]) -> Result<String, String> {
    Executor::init_local_custom_executor(NoTasks).map_err(|e| e.to_string())?;
    match args {
        [mode, data, page] if mode == "page" => {
            let html = std::fs::read_to_string(page).map_err(|e| format!("{page}: {e}"))?;
            let loaded = match load(Path::new(data)) {
                Ok(l) => l,
                // The app reports a broken pack itself; a page without a prerender still works.
                Err(why) => return Ok(format!("{page}: not prerendered: {why}")),
            };
            let filled = fill(&html, &loaded)?;
            std::fs::write(page, &filled).map_err(|e| format!("{page}: {e}"))?;
            Ok(format!(
                "{page}: first view prerendered ({} -> {} bytes)",
                html.len(),
                filled.len()
            ))
        }
        [mode, data, css, out] if mode == "floor" => {
            let loaded = load(Path::new(data))?;
            let out = PathBuf::from(out);
            let css_name = Path::new(css)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let html = floor(&loaded, &css_name);
            std::fs::create_dir_all(&out)
                .and_then(|_| std::fs::copy(css, out.join(&css_name)))
                .and_then(|_| std::fs::write(out.join("index.html"), &html))
                .map_err(|e| format!("{}: {e}", out.display()))?;
            Ok(format!(
                "{}: floor page, {} bytes",
                out.join("index.html").display(),
                html.len()
            ))
        }
        _ => Err("usage: huaihe-prerender page DATA_DIR INDEX_HTML\n       \
                  huaihe-prerender floor DATA_DIR CSS_FILE OUT_DIR"
            .into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("huaihe-prerender: {why}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::chart::offers_by_zone_and_track;
    use shared::present::home_figures;

    fn bundled() -> Arc<Catalog> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
        load(&dir).expect("the bundled pack loads")
    }

    fn init() {
        let _ = Executor::init_local_custom_executor(NoTasks);
    }

    /// What a visitor reads on the home page, as HTML text (the renderer escapes it).
    fn html_text(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    #[test]
    fn the_prerendered_home_page_holds_the_figures_map_and_chart_of_the_pack() {
        init();
        let loaded = bundled();
        let html = home(&loaded, Lang::Zh);
        for f in home_figures(&loaded.pack.headline(), Lang::Zh) {
            assert!(html.contains(&html_text(&f.value)), "figure {}", f.value);
            assert!(html.contains(f.label), "label {}", f.label);
        }
        // A mark (a link) per zone on the map (the prerender does not know the drawn size, so
        // it joins no zones), a bar row per zone in the chart.
        let markers = html.matches(r#"class="mark" "#).count();
        assert_eq!(markers, loaded.pack.zones.len());
        let chart = offers_by_zone_and_track(&loaded.pack.glance(), Lang::Zh);
        assert_eq!(
            html.matches(r#"class="bar-track""#).count(),
            chart.rows.len()
        );
    }

    #[test]
    fn the_page_carries_the_pack_version_and_both_skeletons_between_its_markers() {
        init();
        let loaded = bundled();
        let page = "<body><!--prerender--><div id=\"app\">old</div><!--/prerender--></body>";
        let filled = fill(page, &loaded).expect("markers found");
        let version = &loaded.pack.manifest.pack_version;
        assert!(filled.contains(&format!(r#"<div id="app" data-pack-version="{version}">"#)));
        assert!(filled.contains(r#"<template id="skeleton-zh">"#));
        assert!(filled.contains(r#"<template id="skeleton-en">"#));
        assert!(!filled.contains(">old<"));
        // Filling again replaces, never adds.
        let again = fill(&filled, &loaded).expect("markers kept");
        assert_eq!(again, filled);
        assert!(fill("<body></body>", &loaded).is_err());
    }

    /// The glance between the markers, as the app reads it (`web::data::current_glance`).
    fn glance_in(page: &str) -> shared::Glance {
        let start = page.find(r#"id="huaihe-glance""#).expect("a glance");
        let json = &page[start..];
        let json = &json[json.find('>').expect("tag closed") + 1..];
        let json = &json[..json.find("</script>").expect("script closed")];
        shared::Glance::parse(json).expect("a glance the app can read")
    }

    #[test]
    fn the_home_page_drawn_from_the_glance_in_the_page_is_the_one_drawn_from_the_pack() {
        init();
        let loaded = bundled();
        let filled = fill("<!--prerender--><!--/prerender-->", &loaded).expect("markers found");
        let glance = glance_in(&filled);
        assert_eq!(glance.pack_version, loaded.pack.manifest.pack_version);
        assert_eq!(glance.zones.len(), loaded.pack.zones.len());
        for lang in [Lang::Zh, Lang::En] {
            let from_glance = {
                let glance = glance.clone();
                let map = loaded.basemap.clone();
                render(
                    move |l| {
                        huaihe_app::pages::home::home_page(&glance, map.as_ref(), l).into_any()
                    },
                    Some(&loaded),
                    lang,
                )
            };
            assert_eq!(from_glance, home(&loaded, lang), "{lang:?}");
        }
    }

    #[test]
    fn a_glance_keeps_script_ends_out_of_the_page() {
        let mut glance = bundled().pack.glance();
        glance.zones[0].short_name.en = "</script><b>".into();
        let json = glance.to_json();
        assert!(!json.contains('<'));
        assert_eq!(shared::Glance::parse(&json), Some(glance));
    }

    #[test]
    fn the_floor_page_is_the_prerendered_home_page_with_the_apps_marks() {
        init();
        let loaded = bundled();
        let page = floor(&loaded, "main.css");
        assert!(page.contains(&home(&loaded, Lang::Zh)));
        assert!(page.contains(r#"href="main.css""#));
        assert!(page.contains("performance.mark('huaihe:first-content')"));
    }
}
