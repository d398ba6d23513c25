//! What cards and detail pages show: fields in the asked language, links that keep it, the
//! records linked to each other, and filter chips that each remove exactly one filter.

use shared::i18n::UiStrings as _;
use shared::matching::Related as _;

mod common;
use common::pack;

use shared::i18n::Lang;
use shared::matching::Applies;
use shared::present::{chips, phone_shown, reach, tel_href, Ctx, Links, Shown};
use shared::query::{Bounds, Facet, ListQuery, Measure};
use shared::route::{AppUrl, Route};
use shared::values::{Date, Text};
use shared::RecordKind;

fn with_ctx<R>(lang: Lang, fragment: &str, f: impl FnOnce(&Ctx) -> R) -> R {
    let ctx = Ctx {
        pack: pack(),
        lang,
        links: Links::here(&AppUrl::parse(fragment)),
        today: Date::parse("2026-11-27").unwrap(),
    };
    f(&ctx)
}

#[test]
fn a_missing_translation_is_shown_in_the_other_language_and_marked() {
    let t = Text::new("低空物流", "");
    assert_eq!(
        Shown::of(&t, Lang::En),
        Shown {
            text: "低空物流".into(),
            lang: Some(Lang::Zh)
        }
    );
    assert_eq!(Shown::of(&t, Lang::Zh).lang, None);
}

#[test]
fn cards_are_in_the_asked_language_and_links_keep_it() {
    with_ctx(Lang::En, "#/scenarios?lang=en&q=drone", |ctx| {
        let s = &pack().scenarios[0];
        let card = ctx.card(RecordKind::Scenarios, 0).unwrap();
        assert_eq!(card.title.text, s.title.en);
        assert_eq!(card.href, format!("#/scenarios/{}?lang=en", s.id.as_str()));
        let zone = &card.facts[0];
        assert_eq!(zone.label, "Zone");
        assert_eq!(
            zone.href.as_deref(),
            Some(format!("#/zones/{}?lang=en", s.zone.as_str()).as_str())
        );
        assert!(card
            .badges
            .iter()
            .any(|b| b.class == format!("status-{}", s.status.as_str())));
    });
    assert!(with_ctx(Lang::En, "#/", |ctx| ctx.card(RecordKind::Parcels, 100_000)).is_none());
}

#[test]
fn contact_comes_with_dial_and_mail_links() {
    // Dialable from abroad: +86 and the number without its trunk 0.
    assert_eq!(tel_href("+86 (0515) 8888-1234"), "tel:+8651588881234");
    assert_eq!(tel_href("0376-03574944"), "tel:+8637603574944");
    assert_eq!(tel_href("0086 515 8888 1234"), "tel:+8651588881234");
    assert_eq!(tel_href("139 1234 5678"), "tel:+8613912345678");
    assert_eq!(tel_href("+1 (415) 555-0100"), "tel:+14155550100");
    assert_eq!(tel_href("12345"), "tel:12345");
    assert_eq!(phone_shown("0376-03574944", Lang::En), "+86 376-03574944");
    assert_eq!(phone_shown("0376-03574944", Lang::Zh), "0376-03574944");
    assert_eq!(phone_shown("13912345678", Lang::En), "+86 13912345678");
    assert_eq!(
        phone_shown("+86 515 8888 1234", Lang::En),
        "+86 515 8888 1234"
    );
    let p = &pack().parcels[0];
    let r = reach(&p.contact, Lang::Zh);
    if let Some((href, shown)) = r.phone {
        assert!(href.starts_with("tel:"));
        assert_eq!(
            Some(shown.clone()),
            p.contact.phone.clone(),
            "Chinese shows it as published"
        );
        let en = reach(&p.contact, Lang::En).phone.unwrap().1;
        assert!(en.starts_with("+86 "), "{en}");
    }
    with_ctx(Lang::Zh, "#/", |ctx| {
        let d = ctx.detail(RecordKind::Parcels, p.id.as_str()).unwrap();
        assert_eq!(d.contact, Some(reach(&p.contact, Lang::Zh)));
    });
}

#[test]
fn a_parcel_lists_the_incentives_that_apply_with_their_conditions() {
    let p = pack();
    let (parcel, matched) = p
        .parcels
        .iter()
        .map(|r| (r, p.incentives_for(r)))
        .find(|(_, m)| m.iter().any(|(_, a)| matches!(a, Applies::IfInvesting(_))))
        .expect("the sample pack has a parcel with a conditional incentive");
    with_ctx(Lang::Zh, "#/", |ctx| {
        let d = ctx.detail(RecordKind::Parcels, parcel.id.as_str()).unwrap();
        let related = d
            .related
            .iter()
            .find(|r| r.title == Lang::Zh.strings().incentives_applying)
            .expect("incentives section");
        assert_eq!(related.items.len(), matched.len());
        for ((inc, applies), item) in matched.iter().zip(&related.items) {
            assert_eq!(item.href, format!("#/incentives/{}", inc.id.as_str()));
            assert_eq!(item.name.text, inc.title.zh);
            match applies {
                Applies::Yes => assert_eq!(item.condition, None),
                Applies::IfInvesting(_) => {
                    let c = item.condition.as_deref().unwrap();
                    assert!(c.starts_with(Lang::Zh.strings().if_investing), "{c}");
                }
            }
        }
    });
}

#[test]
fn an_incentive_lists_its_zones_and_parcels() {
    let p = pack();
    let inc = p
        .incentives
        .iter()
        .find(|i| !p.parcels_for(i).is_empty())
        .expect("an incentive that applies somewhere");
    with_ctx(Lang::En, "#/?lang=en", |ctx| {
        let d = ctx.detail(RecordKind::Incentives, inc.id.as_str()).unwrap();
        let titles: Vec<_> = d.related.iter().map(|r| r.title).collect();
        let s = Lang::En.strings();
        assert_eq!(titles, vec![s.zones_applying, s.parcels_applying]);
        assert_eq!(d.related[1].items.len(), p.parcels_for(inc).len());
        assert!(d.related[0].items[0]
            .href
            .starts_with(&format!("#/zones/{}", inc.zone.as_str())));
    });
}

#[test]
fn a_zone_links_to_each_explorer_filtered_to_it() {
    let z = &pack().zones[0];
    with_ctx(Lang::Zh, "#/", |ctx| {
        let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
        let offers = &d.related[0];
        assert_eq!(offers.items.len(), 4);
        // What is open now (tests/figures.rs checks each count against its list).
        for (item, kind) in offers.items.iter().zip(RecordKind::listings()) {
            let url = AppUrl::parse(&item.href);
            assert_eq!(url.get("zone"), Some(z.id.as_str()));
            assert_eq!(url.get("status"), shared::pack::open_status(kind));
            assert_eq!(url.route, Route::List(kind));
        }
    });
}

#[test]
fn an_unknown_id_has_no_detail() {
    assert!(with_ctx(Lang::Zh, "#/", |ctx| ctx
        .detail(RecordKind::Scenarios, "no-such-id"))
    .is_none());
}

#[test]
fn related_lists_are_never_empty() {
    with_ctx(Lang::Zh, "#/", |ctx| {
        for section in [
            RecordKind::Scenarios,
            RecordKind::Projects,
            RecordKind::Parcels,
            RecordKind::Incentives,
        ] {
            let ids: Vec<String> = match section {
                RecordKind::Scenarios => {
                    pack().scenarios.iter().map(|r| r.id.to_string()).collect()
                }
                RecordKind::Projects => pack().projects.iter().map(|r| r.id.to_string()).collect(),
                RecordKind::Parcels => pack().parcels.iter().map(|r| r.id.to_string()).collect(),
                _ => pack().incentives.iter().map(|r| r.id.to_string()).collect(),
            };
            for id in ids {
                let d = ctx.detail(section, &id).unwrap();
                assert!(d.related.iter().all(|r| !r.items.is_empty()), "{id}");
                assert!(d.lists.iter().all(|(_, l)| !l.is_empty()), "{id}");
            }
        }
    });
}

#[test]
fn each_chip_removes_exactly_its_filter_and_returns_to_page_one() {
    let mut q = ListQuery {
        text: "无人机".into(),
        page: 3,
        ..ListQuery::default()
    };
    q.toggle(Facet::Province, "anhui", true);
    q.toggle(Facet::Province, "jiangsu", true);
    q.toggle(Facet::Status, "open", true);
    q.set_range(
        Measure::Budget,
        Bounds {
            min: Some(500.0),
            max: None,
        },
    );
    let list = chips(pack(), RecordKind::Scenarios, &q, Lang::Zh);
    assert_eq!(list.len(), 5);
    let labels: Vec<&str> = list.iter().map(|(l, _)| l.as_str()).collect();
    assert!(labels.contains(&"省份: 安徽"), "{labels:?}");
    for (_, next) in &list {
        assert_eq!(next.page, 1);
        let removed = usize::from(next.text.is_empty())
            + (q.facets.iter().map(|(_, v)| v.len()).sum::<usize>()
                - next.facets.iter().map(|(_, v)| v.len()).sum::<usize>())
            + (q.ranges.len() - next.ranges.len());
        assert_eq!(removed, 1, "{next:?}");
    }
    assert!(chips(
        pack(),
        RecordKind::Scenarios,
        &ListQuery::default(),
        Lang::Zh
    )
    .is_empty());
}

#[test]
fn a_zone_profile_qualifies_doubtful_facts_and_names_what_sources_support() {
    use shared::model::Confidence;
    let p = pack();
    let z = p
        .zones
        .iter()
        .find(|z| z.confidence.name_en == Confidence::Low && z.contact.is_none())
        .expect("a zone with an uncertain English name and no contact");
    with_ctx(Lang::En, "#/?lang=en", |ctx| {
        let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
        let s = Lang::En.strings();
        let official = d.facts.iter().find(|f| f.label == s.official_name).unwrap();
        assert_eq!(official.value.text, z.name.zh);
        assert_eq!(official.note.as_deref(), Some(s.english_name_note));
        let contact = d.facts.iter().find(|f| f.label == s.contact).unwrap();
        assert_eq!(contact.value.text, s.no_contact);
        assert_eq!(d.contact, None);
        let supports: Vec<&str> = d.sources.iter().flat_map(|c| c.supports.clone()).collect();
        assert!(supports.contains(&s.leading_industries), "{supports:?}");
        // Coordinates carry a plain note, never a "source".
        assert!(!supports.contains(&s.location), "{supports:?}");
        assert_eq!(d.sources.len(), z.sources.len());
    });
    // In Chinese the zone's own name is the title; no translation note.
    with_ctx(Lang::Zh, "#/", |ctx| {
        let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
        assert_eq!(d.title.text, z.name.zh);
        assert!(d
            .facts
            .iter()
            .all(|f| f.label != Lang::Zh.strings().official_name));
    });
    // A low-confidence location is marked as such.
    if let Some(z) = p
        .zones
        .iter()
        .find(|z| z.confidence.location == Confidence::Low)
    {
        with_ctx(Lang::Zh, "#/", |ctx| {
            let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
            let loc = d
                .facts
                .iter()
                .find(|f| f.label == Lang::Zh.strings().location)
                .unwrap();
            assert_eq!(loc.note.as_deref(), Some(Lang::Zh.strings().low_confidence));
        });
    }
}

#[test]
fn a_zone_profile_lists_its_projects_in_each_track() {
    use shared::model::Track;
    let p = pack();
    for z in &p.zones {
        with_ctx(Lang::Zh, "#/", |ctx| {
            let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
            let s = Lang::Zh.strings();
            for (title, track) in [
                (s.river_here, Track::InlandRiver),
                (s.air_here, Track::LowAltitude),
            ] {
                let expected: Vec<String> = p
                    .projects
                    .iter()
                    .filter(|r| r.zone == z.id && r.kind.track() == track)
                    .map(|r| format!("#/projects/{}", r.id.as_str()))
                    .collect();
                let shown: Vec<String> = d
                    .related
                    .iter()
                    .find(|r| r.title == title)
                    .map(|r| r.items.iter().map(|i| i.href.clone()).collect())
                    .unwrap_or_default();
                assert_eq!(shown, expected, "{} {title}", z.id.as_str());
            }
        });
    }
}

#[test]
fn zones_sort_by_their_open_offers() {
    use shared::query::{Measure, Sort};
    use shared::search::{Context, Index};
    let p = pack();
    let ctx = Context::new(p, Date::parse("2026-11-27").unwrap());
    let index = Index::build(&p.zones, &ctx);
    let q = ListQuery {
        sort: Some(Sort::Desc(Measure::Offers)),
        ..ListQuery::default()
    };
    let offers: Vec<usize> = index
        .run(&q)
        .hits
        .iter()
        .map(|i| p.open_offers(&p.zones[*i].id))
        .collect();
    assert_eq!(offers.len(), p.zones.len());
    assert!(offers.windows(2).all(|w| w[0] >= w[1]), "{offers:?}");
    assert!(offers[0] > 0);
}

#[test]
fn the_bundled_basemap_covers_every_zone_and_draws_the_huaihe_belt() {
    use shared::geo::{Basemap, Projection};
    let dir = common::data_dir();
    let map = Basemap::parse(&std::fs::read_to_string(dir.join("basemap.json")).unwrap()).unwrap();
    let proj = Projection::new(map.bbox);
    for z in &pack().zones {
        assert!(
            proj.contains(z.lon.0, z.lat.0),
            "{} is off the map",
            z.id.as_str()
        );
    }
    assert!(!map.coast.is_empty() && !map.rivers.is_empty() && !map.canals.is_empty());
    assert!(map.labels.iter().any(|l| l.zh == "淮河"));
    assert!(map.licence.contains("LGPL") && !map.source.is_empty());
    // Layer counts add up to the open offers they are made of.
    let p = pack();
    let total: usize = p.zones.iter().map(|z| p.open_now(&z.id).scenarios).sum();
    assert_eq!(
        total,
        p.scenarios
            .iter()
            .filter(|s| s.status == shared::model::ScenarioStatus::Open)
            .count()
    );
}

#[test]
fn each_working_direction_links_to_the_data_that_shows_it() {
    with_ctx(Lang::Zh, "#/", |ctx| {
        let d = ctx.directions();
        assert_eq!(d.len(), 5);
        let hrefs: Vec<String> = d
            .iter()
            .map(|(_, i)| i.as_ref().expect("linked").href.clone())
            .collect();
        // Each links to just what it counts: what is open now.
        assert_eq!(hrefs[0], "#/projects?status=open");
        assert_eq!(hrefs[1], "#/zones?membership=member");
        assert_eq!(hrefs[2], "#/scenarios?party=enterprise&status=open");
        assert_eq!(hrefs[3], "#/scenarios?status=open");
        assert_eq!(hrefs[4], "#/projects?status=open");
        let members = pack()
            .zones
            .iter()
            .filter(|z| z.membership == shared::model::Membership::Member)
            .count();
        assert_eq!(members, 17, "the alliance's 17 member zones");
        assert_eq!(
            d[1].1.as_ref().unwrap().name.text,
            format!("{members} 家成员高新区")
        );
    });
}

#[test]
fn a_zone_card_counts_what_is_open_now() {
    let p = pack();
    let i = p
        .zones
        .iter()
        .position(|z| z.id.as_str() == "yancheng")
        .unwrap();
    let z = &p.zones[i];
    with_ctx(Lang::Zh, "#/", |ctx| {
        let card = ctx.card(RecordKind::Zones, i).unwrap();
        let s = Lang::Zh.strings();
        let counts = card.facts.iter().find(|f| f.label == s.open_now).unwrap();
        let open = p
            .scenarios
            .iter()
            .filter(|r| r.zone == z.id && r.status == shared::model::ScenarioStatus::Open)
            .count();
        assert!(
            counts
                .value
                .text
                .starts_with(&format!("{open} {}", s.fig_open_scenarios)),
            "{}",
            counts.value.text
        );
        let offers = card
            .facts
            .iter()
            .find(|f| f.value.text == p.open_offers(&z.id).to_string());
        assert!(offers.is_some());
    });
}

#[test]
fn a_zone_profile_tells_its_river_and_low_altitude_activity_from_the_sources() {
    let p = pack();
    let z = p
        .zones
        .iter()
        .find(|z| z.id.as_str() == "yancheng")
        .unwrap();
    let note = z
        .river_notes
        .as_ref()
        .expect("the reference has river notes for Yancheng");
    with_ctx(Lang::Zh, "#/", |ctx| {
        let d = ctx.detail(RecordKind::Zones, "yancheng").unwrap();
        let s = Lang::Zh.strings();
        let (_, items) = d
            .lists
            .iter()
            .find(|(t, _)| t.starts_with(s.river_activity))
            .expect("river activity");
        // The notes exist in both languages: a Chinese page reads them in Chinese.
        assert_eq!(items[0].text, note.zh);
        assert_eq!(items[0].lang, None);
    });
    // A zone without notes has no empty section.
    if let Some(z) = p.zones.iter().find(|z| z.low_altitude_notes.is_none()) {
        with_ctx(Lang::En, "#/", |ctx| {
            let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
            assert!(d
                .lists
                .iter()
                .all(|(t, _)| t != Lang::En.strings().air_activity));
        });
    }
}

#[test]
fn a_zone_cites_its_sources_publisher_first_and_links_only_what_may_be_linked() {
    use shared::i18n::Label as _;
    use shared::model::SourceKind;
    let p = pack();
    for lang in [Lang::Zh, Lang::En] {
        let s = lang.strings();
        with_ctx(lang, "#/", |ctx| {
            for z in &p.zones {
                let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
                assert_eq!(d.sources.len(), z.sources.len(), "{}", z.id);
                for (c, src) in d.sources.iter().zip(&z.sources) {
                    // Publisher (or "not named") first, then the number and the date.
                    let who = src
                        .publisher
                        .as_ref()
                        .map_or(s.publisher_unnamed, |p| p.get(lang).text);
                    assert!(c.by.text.starts_with(who), "{} {:?}", z.id, c.by);
                    if let Some(d) = &src.published {
                        assert!(c.by.text.ends_with(d.as_str()), "{:?}", c.by);
                    }
                    if let Some(n) = &src.number {
                        assert!(c.by.text.contains(n.as_str()));
                    }
                    // A copy is linked as a copy, an unlinked source has no address at all.
                    assert_eq!(c.copy, src.kind == SourceKind::Copy);
                    assert_eq!(c.kind, src.kind.label(lang));
                    if src.kind == SourceKind::Unlinked {
                        assert_eq!(c.url, None);
                    }
                    assert!(c.title.contains(&src.title));
                    // Titles stay as published; an English page marks the Chinese ones.
                    let chinese = src
                        .title
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                    assert_eq!(
                        c.title_lang,
                        (lang == Lang::En && chinese).then_some(Lang::Zh)
                    );
                    // Every source names what it supports, in the page's words.
                    assert!(!c.supports.is_empty(), "{} {}", z.id, src.title);
                }
            }
        });
    }
    // Headlines are quoted the way each language quotes them.
    let headline = p
        .zones
        .iter()
        .flat_map(|z| &z.sources)
        .find(|s| s.headline)
        .unwrap();
    with_ctx(Lang::Zh, "#/", |ctx| {
        let z = p
            .zones
            .iter()
            .find(|z| z.sources.contains(headline))
            .unwrap();
        let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
        assert!(d
            .sources
            .iter()
            .any(|c| c.title == format!("《{}》", headline.title)));
    });
}

#[test]
fn every_zone_page_reads_in_chinese_in_chinese() {
    // An officer reads their zone's page entirely in Chinese: nothing falls back to English and
    // no English words are left in sentences (a web address, or eVTOL, the industry's own word,
    // aside).
    let english = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3 && *w != "eVTOL")
            .map(str::to_string)
            .collect()
    };
    let p = pack();
    with_ctx(Lang::Zh, "#/", |ctx| {
        for z in &p.zones {
            let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
            let mut shown: Vec<&Shown> = vec![&d.title];
            shown.extend(
                d.facts
                    .iter()
                    .filter(|f| f.key != "website")
                    .map(|f| &f.value),
            );
            shown.extend(d.lists.iter().flat_map(|(_, items)| items));
            shown.extend(
                d.related
                    .iter()
                    .flat_map(|r| r.items.iter().map(|i| &i.name)),
            );
            shown.extend(d.sources.iter().map(|c| &c.by));
            for t in shown {
                assert_eq!(t.lang, None, "{}: {:?}", z.id, t.text);
                assert_eq!(
                    english(&t.text),
                    Vec::<String>::new(),
                    "{}: {}",
                    z.id,
                    t.text
                );
            }
            // A title not in Chinese is named as foreign, in words.
            for c in d.sources.iter().filter(|c| !english(&c.title).is_empty()) {
                assert!(c.title.ends_with("（外文原题）"), "{}: {}", z.id, c.title);
            }
        }
    });
}

#[test]
fn a_zone_shows_its_website_and_what_no_reliable_source_covers() {
    let p = pack();
    let with_site = p
        .zones
        .iter()
        .find(|z| z.website.is_some())
        .expect("a zone with a website");
    let without = p.zones.iter().find(|z| z.industries.is_empty());
    with_ctx(Lang::Zh, "#/", |ctx| {
        let s = Lang::Zh.strings();
        let d = ctx
            .detail(RecordKind::Zones, with_site.id.as_str())
            .unwrap();
        let site = d
            .facts
            .iter()
            .find(|f| f.key == "website")
            .expect("website fact");
        assert_eq!(site.label, s.official_website);
        assert_eq!(
            site.href.as_deref(),
            with_site.website.as_ref().map(|w| w.as_str())
        );
        if let Some(z) = without {
            // Industries no kept source names are said to be unsourced, not guessed.
            let d = ctx.detail(RecordKind::Zones, z.id.as_str()).unwrap();
            let (_, items) = d
                .lists
                .iter()
                .find(|(t, _)| t.starts_with(s.leading_industries))
                .unwrap();
            assert_eq!(items[0].text, s.no_sourced);
            assert!(d.facts.iter().all(|f| f.key != "sectors"));
        }
    });
}

#[test]
fn the_alliance_cites_its_sources() {
    let p = pack();
    with_ctx(Lang::Zh, "#/", |ctx| {
        let cites = ctx.alliance_sources();
        assert_eq!(cites.len(), p.manifest.alliance.sources.len());
        assert!(cites
            .iter()
            .all(|c| !c.supports.is_empty() && !c.by.text.is_empty()));
        let founded = Lang::Zh.strings().alliance_founded;
        assert!(cites.iter().any(|c| c.supports.contains(&founded)));
    });
}

#[test]
fn every_explorer_names_a_status_with_its_records_own_badge_word() {
    // One untyped status facet once served four kinds: the projects explorer offered 征集中
    // (the scenarios' word) where a project's badge says 招商中.
    let p = pack();
    let ctx = shared::search::Context::new(p, Date::parse("2026-11-27").unwrap());
    let with_status = RecordKind::ALL
        .iter()
        .copied()
        .filter(|k| Facet::for_section(*k).contains(&Facet::Status));
    let mut checked = 0;
    for kind in with_status {
        let index = shared::with_kind!(kind, T => shared::search::Index::build(T::list(p), &ctx));
        let results = index.run(&ListQuery::default());
        let (_, values) = results
            .facet_counts
            .iter()
            .find(|(f, _)| *f == Facet::Status)
            .expect("a status facet");
        for lang in Lang::ALL {
            with_ctx(lang, "#/", |ctx| {
                for (value, n) in values.iter().filter(|(_, n)| *n > 0) {
                    let name =
                        shared::present::facet_value_name(p, kind, Facet::Status, value, lang);
                    let class = format!("status-{value}");
                    let badges: Vec<String> = results
                        .hits
                        .iter()
                        .filter_map(|i| ctx.card(kind, *i))
                        .flat_map(|c| c.badges)
                        .filter(|b| b.class == class)
                        .map(|b| b.label.to_string())
                        .collect();
                    assert_eq!(badges.len(), *n, "{kind:?} {value}: one badge per record");
                    assert!(
                        badges.iter().all(|b| *b == name),
                        "{kind:?} {value} in {lang:?}: facet says {name}, badges say {badges:?}"
                    );
                    checked += 1;
                }
            });
        }
    }
    assert!(checked >= 8, "statuses of four kinds in two languages");
}
