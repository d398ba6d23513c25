//! Components rendered in a real browser (headless Debian chromium via wasm-bindgen-test).

use huaihe_app::web::components::chart::ChartView;
use huaihe_app::web::components::contact::ContactCard;
use huaihe_app::web::components::map::belt_map;
use huaihe_app::web::components::record::card_view;
use huaihe_app::web::components::text::shown;
use huaihe_app::web::lang::LangContext;
use leptos::prelude::*;
use shared::model::Contact;
use shared::present::{reach, Badge, Card, Fact, Raw, Shown};
use shared::values::Text;
use shared::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` in a fresh element with the language fixed to `lang`; returns the element.
fn render<V: IntoView + 'static>(
    lang: Lang,
    f: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(LangContext(Memo::new(move |_| lang)));
        f()
    });
    handle.forget();
    host
}

#[wasm_bindgen_test]
fn text_shows_the_current_language() {
    let el = render(Lang::En, || {
        shown(
            Shown::of(&Text::new("低空物流", "Drone logistics"), Lang::En),
            Lang::En,
        )
    });
    assert_eq!(el.text_content().unwrap(), "Drone logistics");
    assert!(el.query_selector(".fallback").unwrap().is_none());
}

#[wasm_bindgen_test]
fn missing_translation_falls_back_and_is_marked() {
    let el = render(Lang::En, || {
        shown(Shown::of(&Text::new("低空物流", ""), Lang::En), Lang::En)
    });
    let span = el
        .query_selector(".fallback")
        .unwrap()
        .expect("fallback is marked");
    assert_eq!(span.text_content().unwrap(), "低空物流");
    assert_eq!(span.get_attribute("lang").as_deref(), Some("zh-CN"));
}

#[wasm_bindgen_test]
fn contact_links_dial_and_mail() {
    let contact = Contact {
        name: Text::new("招商一部", "Investment desk 1"),
        phone: Some("0515-0123 4567".into()),
        email: Some("invest@example.org".into()),
        url: None,
    };
    let el = render(
        Lang::Zh,
        move || view! { <ContactCard reach=reach(&contact, Lang::Zh) lang=Lang::Zh/> },
    );
    let tel = el
        .query_selector("a[href^='tel:']")
        .unwrap()
        .expect("phone link");
    assert_eq!(
        tel.get_attribute("href").as_deref(),
        // Dialable from abroad: +86, without the trunk 0.
        Some("tel:+8651501234567")
    );
    let mail = el
        .query_selector("a[href^='mailto:']")
        .unwrap()
        .expect("email link");
    assert_eq!(mail.text_content().unwrap(), "invest@example.org");
    assert!(el.text_content().unwrap().contains("联系方式"));
}

#[wasm_bindgen_test]
fn card_marks_search_terms_and_links_its_zone() {
    let card = Card {
        href: "#/scenarios/s1".into(),
        title: Shown::plain("低空物流配送示范"),
        badges: vec![Badge {
            class: "status-open".into(),
            label: "征集中",
        }],
        facts: vec![Fact {
            href: Some("#/zones/yancheng".into()),
            ..Fact::new("zone", "高新区", "盐城高新区", Raw::Code("yancheng".into()))
        }],
    };
    let el = render(Lang::Zh, move || {
        view! { <ul>{card_view(card, &["低空物流".to_string()], Lang::Zh)}</ul> }
    });
    let mark = el
        .query_selector("h3 a mark")
        .unwrap()
        .expect("term marked");
    assert_eq!(mark.text_content().unwrap(), "低空物流");
    let title = el.query_selector("h3 a").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "低空物流配送示范");
    assert_eq!(
        title.get_attribute("href").as_deref(),
        Some("#/scenarios/s1")
    );
    let zone = el.query_selector("dd a").unwrap().expect("zone linked");
    assert_eq!(
        zone.get_attribute("href").as_deref(),
        Some("#/zones/yancheng")
    );
    assert!(el.query_selector(".badge-status-open").unwrap().is_some());
}

#[wasm_bindgen_test]
fn the_map_of_an_empty_pack_says_there_is_nothing_to_map() {
    let manifest = shared::load::parse_manifest(include_str!("../../public/data/manifest.json"))
        .expect("the bundled manifest");
    let loaded = std::sync::Arc::new(shared::Catalog::new(
        shared::load::assemble(manifest, Vec::new()),
        None,
    ));
    assert!(loaded.pack.zones.is_empty());
    let el = render(Lang::En, move || {
        huaihe_app::web::url::provide_url();
        belt_map(&loaded.pack.glance(), loaded.basemap.as_ref(), Lang::En)
    });
    let status = el
        .query_selector("[role=status]")
        .unwrap()
        .expect("a message");
    assert!(status.text_content().unwrap().contains("no zones"));
    assert!(el.query_selector("svg").unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_chart_with_no_rows_says_so_instead_of_drawing() {
    let chart = shared::chart::incentives_by_category(&[], Lang::En);
    let el = render(
        Lang::En,
        move || view! { <ChartView chart=chart lang=Lang::En/> },
    );
    assert!(el.query_selector(".bars").unwrap().is_none());
    let status = el
        .query_selector("[role=status]")
        .unwrap()
        .expect("a message");
    assert!(status.text_content().unwrap().contains("Nothing matches"));
}

#[wasm_bindgen_test]
fn crash_panel_is_revealed_and_focused() {
    let doc = document();
    let panel: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    panel.set_id("crash");
    panel.set_hidden(true);
    panel.set_tab_index(-1);
    doc.body().unwrap().append_child(&panel).unwrap();
    huaihe_app::web::panic::show_crash_panel();
    assert!(!panel.hidden());
    assert_eq!(
        doc.active_element().map(|e| e.id()).as_deref(),
        Some("crash")
    );
}
