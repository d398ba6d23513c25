//! Embed options (README "Embedding"): what a zone's website writes in its iframe's query string,
//! how each option is checked, and the accent colour made readable.

mod common;
use common::pack;

use proptest::prelude::*;
use shared::embed::{only_zones, EmbedOptions, EmbedSection, Rgb, AA, BACKGROUND, LIMIT_RANGE};
use shared::query::IgnoreReason;
use shared::route::{AppUrl, Route};
use shared::{Lang, RecordKind};

fn parse(search: &str) -> (EmbedOptions, Vec<(String, String, IgnoreReason)>) {
    let (o, ignored) = EmbedOptions::parse(search).expect("an embed");
    let ignored = ignored
        .into_iter()
        .map(|i| (i.key, i.value, i.reason))
        .collect();
    (o, ignored)
}

#[test]
fn a_page_without_embed_1_is_not_an_embed() {
    assert_eq!(EmbedOptions::parse(""), None);
    assert_eq!(EmbedOptions::parse("?lang=en"), None);
    assert_eq!(EmbedOptions::parse("?embed=0&zone=yancheng"), None);
    assert!(EmbedOptions::parse("?embed=1").is_some());
}

#[test]
fn the_snippet_s_options_are_read() {
    let (o, ignored) =
        parse("?embed=1&zone=yancheng&section=scenarios&lang=en&accent=%230a6e4f&limit=6&id=e1");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(o.zones, vec!["yancheng".to_string()]);
    assert_eq!(o.section, EmbedSection::List(RecordKind::Scenarios));
    assert_eq!(o.lang, Some(Lang::En));
    assert_eq!(o.accent, Some(Rgb(0x0a, 0x6e, 0x4f)));
    assert_eq!(o.limit, Some(6));
    assert_eq!(o.id.as_deref(), Some("e1"));
}

#[test]
fn bad_options_are_dropped_and_listed() {
    let (o, ignored) =
        parse("?embed=1&section=<all>&lang=fr&accent=green&limit=0&id=<x>&zone=ok,<b>");
    // Each bad option falls back to the default and is named.
    assert_eq!(
        o,
        EmbedOptions {
            zones: vec!["ok".into()],
            ..EmbedOptions::default()
        }
    );
    let keys: Vec<&str> = ignored.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(keys, ["section", "lang", "accent", "limit", "id", "zone"]);
    assert!(ignored.iter().all(|(_, _, r)| *r == IgnoreReason::BadValue));
    assert_eq!(ignored[2].1, "green");
    // A limit out of range, a colour of the wrong length.
    let (_, ignored) = parse(&format!(
        "?embed=1&limit={}&accent=%231234",
        LIMIT_RANGE.end() + 1
    ));
    assert_eq!(ignored.len(), 2);
}

#[test]
fn zones_and_a_record_are_checked_against_the_pack() {
    let (o, _) = parse("?embed=1&zone=yancheng,atlantis&section=sc-yancheng-001");
    let (o, ignored) = o.resolve(pack());
    assert_eq!(o.zones, vec!["yancheng".to_string()]);
    assert_eq!(
        o.section,
        EmbedSection::Record(Some(RecordKind::Scenarios), "sc-yancheng-001".into())
    );
    assert_eq!(ignored.len(), 1);
    assert_eq!(
        (ignored[0].key.as_str(), ignored[0].value.as_str()),
        ("zone", "atlantis")
    );
    assert_eq!(
        o.start(Lang::Zh).route,
        Route::Detail(RecordKind::Scenarios, "sc-yancheng-001".into())
    );

    // A record id that names nothing: said so, and the frame shows a section instead.
    let (o, _) = parse("?embed=1&section=everything");
    let (o, ignored) = o.resolve(pack());
    assert_eq!(o.section, EmbedSection::List(RecordKind::Scenarios));
    assert_eq!(ignored[0].key, "section");
}

#[test]
fn preset_filters_are_the_explorer_s_own_and_checked_like_a_link() {
    let (o, _) =
        parse("?embed=1&section=scenarios&status=open&track=low_altitude&colour=red&status=shut");
    let (o, ignored) = o.resolve(pack());
    assert_eq!(
        o.presets,
        vec![
            ("track".to_string(), "low_altitude".to_string()),
            ("status".to_string(), "open".to_string())
        ]
    );
    let left: Vec<(&str, &str, IgnoreReason)> = ignored
        .iter()
        .map(|i| (i.key.as_str(), i.value.as_str(), i.reason))
        .collect();
    assert_eq!(
        left,
        [
            ("colour", "red", IgnoreReason::UnknownKey),
            ("status", "shut", IgnoreReason::BadValue)
        ]
    );
    // The frame opens on the explorer with them, in the language asked for.
    let start = o.start(Lang::Zh);
    assert_eq!(
        start.to_fragment(),
        "#/scenarios?lang=zh&track=low_altitude&status=open"
    );
    // A section without filters takes none.
    let (o, _) = parse("?embed=1&section=map&status=open");
    let (o, ignored) = o.resolve(pack());
    assert!(o.presets.is_empty());
    assert_eq!(ignored[0].reason, IgnoreReason::UnknownKey);
}

#[test]
fn the_frame_keeps_its_section_and_sends_the_rest_to_the_full_explorer() {
    let (o, _) = parse("?embed=1&section=scenarios");
    let at = |f: &str| AppUrl::parse(f).route;
    assert!(o.in_frame(&at("#/scenarios")));
    assert!(o.in_frame(&at("#/scenarios/sc-yancheng-001")));
    assert!(!o.in_frame(&at("#/zones/yancheng")));
    assert!(!o.in_frame(&at("#/parcels")));
    assert!(!o.in_frame(&at("#/")));
    let (o, _) = parse("?embed=1&section=river-air");
    assert!(o.in_frame(&at("#/river-air")));
    assert!(o.in_frame(&at("#/projects/pj-yancheng-001")));
    assert!(!o.in_frame(&at("#/scenarios/sc-yancheng-001")));
}

#[test]
fn a_zone_s_embed_holds_that_zone_s_records_only() {
    let all = pack();
    let one = only_zones(all, &["yancheng".to_string()]);
    assert_eq!(one.zones.len(), 1);
    assert!(!one.scenarios.is_empty());
    assert!(one.scenarios.len() < all.scenarios.len());
    assert!(one.scenarios.iter().all(|s| s.zone.as_str() == "yancheng"));
    assert!(one.parcels.iter().all(|p| p.zone.as_str() == "yancheng"));
    let expected = all
        .scenarios
        .iter()
        .filter(|s| s.zone.as_str() == "yancheng")
        .count();
    assert_eq!(one.scenarios.len(), expected);
    assert_eq!(only_zones(all, &[]), *all);
}

#[test]
fn an_accent_that_fails_aa_is_darkened_until_it_passes() {
    // Dark enough already: kept as it is.
    let green = Rgb::parse("#0a6e4f").unwrap();
    assert_eq!(green.readable(), (green, false));
    // Too light: darkened, same hue family, now readable.
    let yellow = Rgb::parse("#fc0").unwrap();
    assert_eq!(yellow, Rgb(0xff, 0xcc, 0x00));
    let (dark, darkened) = yellow.readable();
    assert!(darkened);
    assert!(dark.contrast(BACKGROUND) >= AA);
    assert!(dark.0 >= dark.1 && dark.2 == 0, "{dark:?}");
    // White becomes a grey that reads.
    let (grey, _) = Rgb(255, 255, 255).readable();
    assert!(grey.contrast(BACKGROUND) >= AA && grey.0 == grey.1 && grey.1 == grey.2);
    // The ratio itself: black on white is 21, a colour on itself 1.
    assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((green.contrast(green) - 1.0).abs() < 1e-9);
    assert_eq!(Rgb::parse("#0A6E4F").unwrap().hex(), "#0a6e4f");
}

fn options() -> impl Strategy<Value = EmbedOptions> {
    let id = "[a-z0-9_-]{1,12}";
    let section = prop_oneof![
        prop::sample::select(RecordKind::ALL.to_vec()).prop_map(EmbedSection::List),
        Just(EmbedSection::RiverAir),
        Just(EmbedSection::Map),
        "[a-z]{2}-[a-z0-9]{1,8}".prop_map(|id| EmbedSection::Record(None, id)),
    ];
    (
        prop::collection::btree_set(id, 0..3),
        section,
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        prop::option::of(any::<(u8, u8, u8)>()),
        prop::option::of(LIMIT_RANGE),
        prop::option::of(id),
        prop::collection::vec(("[a-z]{3,8}", "[a-z0-9 ,.%&#=+-]{1,10}"), 0..3),
    )
        .prop_map(
            |(zones, section, lang, accent, limit, id, presets)| EmbedOptions {
                zones: zones.into_iter().collect(),
                section,
                lang,
                accent: accent.map(|(r, g, b)| Rgb(r, g, b)),
                limit,
                id,
                presets: presets
                    .into_iter()
                    .filter(|(k, _)| {
                        !["embed", "zone", "section", "lang", "accent", "limit", "id"]
                            .contains(&k.as_str())
                    })
                    .map(|(k, v)| (k, v.trim().to_string()))
                    .collect(),
            },
        )
}

proptest! {
    #[test]
    fn options_round_trip_through_the_query_string(o in options()) {
        let search = o.to_search();
        prop_assert_eq!(EmbedOptions::parse(&search), Some((o, Vec::new())));
    }

    #[test]
    fn any_accent_comes_out_readable(r: u8, g: u8, b: u8) {
        let (c, darkened) = Rgb(r, g, b).readable();
        prop_assert!(c.contrast(BACKGROUND) >= AA);
        prop_assert_eq!(darkened, c != Rgb(r, g, b));
        prop_assert!(c.0 <= r && c.1 <= g && c.2 <= b);
    }

    #[test]
    fn no_query_string_breaks_the_parser(search in "\\PC{0,80}") {
        if let Some((o, _)) = EmbedOptions::parse(&format!("?embed=1&{search}")) {
            prop_assert!(o.limit.is_none_or(|n| LIMIT_RANGE.contains(&n)));
            prop_assert!(o.id.iter().all(|id| id.len() <= 64));
        }
    }
}

#[test]
fn the_snippets_carry_the_options_and_the_full_explorer_link() {
    let (o, _) =
        parse("?embed=1&zone=yancheng&section=scenarios&lang=en&accent=%23fc0&limit=6&status=open");
    let base = "https://example.org/explorer/";
    let script = o.script_snippet(base, "Open scenarios \"Yancheng\" <here>");
    assert!(
        script.starts_with("<script src=\"https://example.org/explorer/embed.js\""),
        "{script}"
    );
    for part in [
        "data-zone=\"yancheng\"",
        "data-section=\"scenarios\"",
        "data-lang=\"en\"",
        "data-accent=\"#ffcc00\"",
        "data-limit=\"6\"",
        "data-filters=\"status=open\"",
        " async></script>",
        // The fallback opens the same list in the full explorer, narrowed to the zone.
        "<noscript><a href=\"https://example.org/explorer/#/scenarios?lang=en&amp;status=open&amp;zone=yancheng\">",
        "Open scenarios &quot;Yancheng&quot; &lt;here&gt;</a></noscript>",
    ] {
        assert!(script.contains(part), "{part} not in {script}");
    }
    let frame = o.iframe_snippet(base, "Huaihe explorer");
    assert!(
        frame.starts_with(&format!("<iframe src=\"{}", base)),
        "{frame}"
    );
    // The frame's own address reads back as the same options.
    let src = frame.split('"').nth(1).unwrap().replace("&amp;", "&");
    let search = src.strip_prefix(base).unwrap();
    assert_eq!(EmbedOptions::parse(search), Some((o.clone(), vec![])));
    assert_eq!(o.frame_src(base), format!("{base}{}", o.to_search()));
}

#[test]
fn only_what_is_open_now_is_a_status_each_explorer_knows() {
    use shared::query::Facet;
    use shared::searchable::Vocabulary as _;
    let pack = pack();
    for kind in RecordKind::ALL.iter().copied() {
        match shared::embed::open_status(kind) {
            Some(status) => {
                assert!(
                    Facet::for_section(kind).contains(&Facet::Status),
                    "{kind:?}"
                );
                assert!(pack.knows(kind, Facet::Status, status), "{kind:?} {status}");
            }
            None => assert_eq!(kind, RecordKind::Zones),
        }
    }
}
