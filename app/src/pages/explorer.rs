//! An explorer: search, facets with counts, ranges, sort and pages over one kind of record. All of
//! it lives in the URL (`shared::query::ListQuery`), so a copied link reopens the same view, and
//! back/forward walk through the changes.

use std::sync::Arc;

use leptos::either::Either;
use leptos::html::Input;
use leptos::prelude::*;
use shared::chart;
use shared::i18n::{format_number, section_title, sort_label};
use shared::present::{chips, page_window};
use shared::query::{ListQuery, Sort};
use shared::search::terms;
use shared::RecordKind;
use shared::{Catalog, Lang};
use wasm_bindgen::JsCast;

use crate::web::components::chart::ChartView;
use crate::web::components::facets::FacetPanel;
use crate::web::components::ignored::ignored_notice;
use crate::web::components::record::card_view;
use crate::web::data::{timed, today};
use crate::web::hooks::media::use_media;
use crate::web::url::{navigate, use_url};
use shared::i18n::UiStrings as _;
use shared::searchable::Vocabulary as _;

/// Shows `query` for the current route; `replace` for typing, a new history entry otherwise.
pub fn show_query(query: &ListQuery, replace: bool) {
    let url = use_url().get_untracked();
    navigate(url.with_view(query.to_pairs()), replace);
}

/// The link that shows `query` on the current route (chips, pages, "clear all").
fn query_href(query: &ListQuery) -> String {
    use_url().with_untracked(|u| u.with_view(query.to_pairs()).to_fragment())
}

#[component]
pub fn ExplorerPage(
    /// Which explorer.
    section: RecordKind,
    /// The loaded pack.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let se = shared::i18n::explorer::Explorer::of(lang);
    let url = use_url();
    let index = loaded.index(section, today());
    let pack = loaded.clone();
    let parsed = Memo::new(move |_| {
        url.with(|u| ListQuery::parse(section, &u.query, |f, v| pack.pack.knows(section, f, v)))
    });
    // The search runs again only when the query changes, not on every URL write.
    let query = Memo::new(move |_| parsed.with(|(q, _)| q.clone()));
    // Inside an embed, as many a page as the host asked for.
    let framed = crate::web::embed::framed();
    let per_page = framed
        .and_then(|f| f.per_page)
        .unwrap_or(shared::query::PAGE_SIZE);
    let results = Memo::new(move |_| {
        timed("huaihe:search", || {
            query.with(|q| index.run_paged(q, per_page))
        })
    });

    // The box shows the URL's text (deep link, back/forward) unless it already does: writing
    // it back while typing would eat the space between two words.
    let input = NodeRef::<Input>::new();
    Effect::new(move |_| {
        let text = query.with(|q| q.text.clone());
        if let Some(el) = input.get() {
            if el.value().trim() != text {
                el.set_value(&text);
            }
        }
    });
    let on_search = move |ev: leptos::ev::Event| {
        let composing = ev
            .dyn_ref::<web_sys::InputEvent>()
            .is_some_and(|e| e.is_composing());
        if composing {
            return;
        }
        let mut q = query.get_untracked();
        q.text = event_target_value(&ev).trim().to_string();
        q.page = 1;
        show_query(&q, true);
    };

    // Beside the results where there is room; on a phone a panel folded behind a button, with
    // a "show N results" button at its foot that folds it and goes to the results.
    let wide = use_media("(min-width: 760px)");
    let (unfolded, set_unfolded) = signal(false);
    let shown = move || wide.get() || unfolded.get();
    let filters_title = move || {
        let n =
            query.with(|q| q.facets.iter().map(|(_, v)| v.len()).sum::<usize>() + q.ranges.len());
        if n > 0 {
            format!("{} ({n})", se.filters)
        } else {
            se.filters.to_string()
        }
    };
    let show_results = move || {
        let n = results.with(|r| r.hits.len());
        format!(
            "{} {} {}",
            se.show_results,
            format_number(n as f64, 0),
            se.show_results_after
        )
    };
    let fold_to_results = move |_| {
        set_unfolded.set(false);
        // Once the panel is folded away (the next turn of the event loop): on the count, with
        // the chips of what is filtered and the first results under it.
        gloo_timers::callback::Timeout::new(0, || focus_first(&["#main .result-count"])).forget();
    };
    let facets_pack = loaded.clone();
    // The count stays in place (a live region is announced when its text changes, not when
    // it is replaced).
    let count = move || {
        let n = results.with(|r| r.hits.len());
        format!("{} {}", format_number(n as f64, 0), se.results)
    };
    let charts = charts_for(section, loaded.clone(), lang, results);
    let list = move || results_view(section, &loaded, lang, parsed, results);
    view! {
        <section class="explorer">
            <h1>{section_title(section, lang)}</h1>
            <a class="skip skip-results" href="#main" on:click=skip_to_results>{se.skip_to_results}</a>
            <div class="explorer-grid">
                <div class="filters-area">
                    <button type="button" class="filters-toggle"
                        aria-expanded=move || shown().to_string() aria-controls="filters"
                        on:click=move |_| set_unfolded.update(|u| *u = !*u)>
                        <span class="icon" aria-hidden="true"></span>
                        <span class="label">{filters_title}</span>
                        <span class="chevron" aria-hidden="true"></span>
                    </button>
                    <section id="filters" class="filters" aria-labelledby="filters-title" hidden=move || !shown()>
                        <h2 id="filters-title" class="filters-title">{filters_title}</h2>
                        <FacetPanel section=section query=query results=results loaded=facets_pack lang=lang
                            on_change=Callback::new(|q: ListQuery| show_query(&q, false))/>
                        <div class="filters-done">
                            <button type="button" class="button primary" on:click=fold_to_results>{show_results}</button>
                        </div>
                    </section>
                </div>
                <div class="results">
                    <form role="search" class="search" on:submit=|ev| ev.prevent_default()>
                        <label for="q">{se.search_label}</label>
                        <input id="q" type="search" autocomplete="off" node_ref=input
                            placeholder=se.search_placeholder on:input=on_search/>
                    </form>
                    <div class="toolbar">
                        <p class="result-count" role="status" aria-live="polite">{count}</p>
                    </div>
                    {list}
                    {charts}
                    {framed.is_none().then(|| embed_link(section, query, lang))}
                </div>
            </div>
        </section>
    }
}

/// Past the search box and the filters, straight to the first result: the next Tab opens it.
/// (A fragment link would change the route, so the link moves the focus itself.)
fn skip_to_results(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_first(&["#main ul.cards", "#main .result-count"]);
}

/// The focus on the first of `selectors` on the page, scrolled into view.
fn focus_first(selectors: &[&str]) {
    let target = selectors
        .iter()
        .find_map(|sel| document().query_selector(sel).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = target {
        let _ = el.set_attribute("tabindex", "-1");
        let _ = el.focus();
    }
}

/// Everything under the count, redrawn as one piece when the query or its results change:
/// the ignored-link notice, the sort menu, the chips, the cards (or the empty state) and the
/// page links.
fn results_view(
    section: RecordKind,
    loaded: &Catalog,
    lang: Lang,
    parsed: Memo<(ListQuery, Vec<shared::query::Ignored>)>,
    results: Memo<shared::search::Results>,
) -> impl IntoView {
    let s = lang.strings();
    let se = shared::i18n::explorer::Explorer::of(lang);
    let (q, ignored) = parsed.get();
    let ctx = crate::web::data::present(&loaded.pack, lang);
    let ignored = ignored_notice(se.ignored_notice, &ignored, lang, "ignored");

    let current = q.effective_sort();
    let options: Vec<_> = Sort::for_section(section)
        .into_iter()
        .filter(|o| *o != Sort::Relevance || !q.text.is_empty())
        .map(|o| view! { <option value=o.key() selected=o == current>{sort_label(section, o, lang)}</option> })
        .collect();
    let on_sort = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        let mut q = parsed.with_untracked(|(q, _)| q.clone());
        q.sort = Sort::for_section(section)
            .into_iter()
            .find(|o| o.key() == key);
        q.page = 1;
        show_query(&q, false);
    };

    let active = chips(&loaded.pack, section, &q, lang);
    let chips = (!active.is_empty()).then(|| {
        let items: Vec<_> = active
            .into_iter()
            .map(|(label, next)| {
                let aria = format!("{} {label}", se.remove);
                view! {
                    <li>
                        <a class="chip" href=query_href(&next) aria-label=aria>
                            {label} <span aria-hidden="true">" ×"</span>
                        </a>
                    </li>
                }
            })
            .collect();
        view! {
            <div class="active-filters">
                <ul aria-label=se.active_filters>{items}</ul>
                <a class="link" href=query_href(&ListQuery::default())>{se.clear_all}</a>
            </div>
        }
    });

    let (page, pages, cards) = results.with(|r| {
        let cards: Vec<_> = r
            .page_hits
            .iter()
            .filter_map(|i| ctx.card(section, *i))
            .collect();
        (r.page, r.pages, cards)
    });
    let list = if cards.is_empty() {
        Either::Left(view! {
            <div class="empty">
                <p>{s.no_results}</p>
                {q.is_filtered().then(|| view! {
                    <a class="button primary" href=query_href(&ListQuery::default())>{se.clear_all}</a>
                })}
            </div>
        })
    } else {
        let terms = terms(&q.text);
        let items: Vec<_> = cards
            .into_iter()
            .map(|c| card_view(c, &terms, lang))
            .collect();
        Either::Right(view! { <ul class="cards">{items}</ul> })
    };

    let pagination = (pages > 1).then(|| {
        let to = |p: usize, label: String, rel: Option<&'static str>| {
            let mut next = q.clone();
            next.page = p;
            let here = (p == page && rel.is_none()).then_some("page");
            view! { <li><a href=query_href(&next) rel=rel aria-current=here>{label}</a></li> }
                .into_any()
        };
        let mut links = Vec::new();
        if page > 1 {
            links.push(to(page - 1, se.prev_page.into(), Some("prev")));
        }
        for p in page_window(page, pages) {
            links.push(match p {
                Some(p) => to(p, p.to_string(), None),
                None => view! { <li class="gap" aria-hidden="true">"…"</li> }.into_any(),
            });
        }
        if page < pages {
            links.push(to(page + 1, se.next_page.into(), Some("next")));
        }
        view! {
            <nav class="pagination" aria-label=se.pagination>
                <ul>{links}</ul>
            </nav>
        }
    });

    view! {
        {ignored}
        <label class="sort">
            {se.sort_by} " "
            <select id="sort" on:change=on_sort>{options}</select>
        </label>
        {chips}
        {list}
        {pagination}
    }
}

/// The records at positions `hits`, in that order.
fn picked<'a, T>(all: &'a [T], hits: &[usize]) -> Vec<&'a T> {
    hits.iter().filter_map(|i| all.get(*i)).collect()
}

/// The explorer's charts, folded away until opened (drawing costs nothing until someone looks),
/// then following the results: every filter applies to them too.
fn charts_for(
    section: RecordKind,
    loaded: Arc<Catalog>,
    lang: Lang,
    results: Memo<shared::search::Results>,
) -> Option<impl IntoView> {
    if section == RecordKind::Zones {
        return None;
    }
    let se = shared::i18n::explorer::Explorer::of(lang);
    let open = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    };
    let charts = move || {
        if !open.get() {
            return Vec::new();
        }
        let pack = &loaded.pack;
        let list = results.with(|r| match section {
            RecordKind::Scenarios => {
                let hits = picked(&pack.scenarios, &r.hits);
                vec![chart::budgets_by_industry(&hits, lang)]
            }
            RecordKind::Projects => {
                let hits = picked(&pack.projects, &r.hits);
                vec![chart::investment_by_kind(&hits, lang)]
            }
            RecordKind::Parcels => {
                let hits = picked(&pack.parcels, &r.hits);
                let (area, price) = chart::land_by_zone(pack, &hits, lang);
                vec![area, price]
            }
            RecordKind::Incentives => {
                let hits = picked(&pack.incentives, &r.hits);
                vec![chart::incentives_by_category(&hits, lang)]
            }
            RecordKind::Zones => Vec::new(),
        });
        list.into_iter()
            .map(|c| view! { <ChartView chart=c lang=lang/> })
            .collect::<Vec<_>>()
    };
    Some(view! {
        <details class="charts" on:toggle=on_toggle>
            <summary>{se.charts}</summary>
            {charts}
        </details>
    })
}

/// To the embed builder, starting from this list's filters: a zone's web editor who found the
/// view they want puts it on their website.
fn embed_link(section: RecordKind, query: Memo<ListQuery>, lang: Lang) -> impl IntoView {
    let href = move || {
        let mut url = shared::route::AppUrl::new(shared::route::Route::EmbedBuilder);
        url.query.push(("from".into(), section.slug().into()));
        url.query.extend(query.with(|q| {
            let mut q = q.clone();
            q.page = 1;
            q.to_pairs()
        }));
        crate::web::url::href_to(&url)
    };
    let text = shared::i18n::embed::Builder::of(lang).open_builder;
    view! { <p class="embed-link"><a href=href>{text}</a></p> }
}
