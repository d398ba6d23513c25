//! A record drawn from its presentation ([`shared::present`]): the card in a list and the detail
//! page. One view each for every kind of record, so a new field costs no new view type.

use leptos::either::Either;
use leptos::prelude::*;
use shared::present::{Badge, Card, Cite, Detail, Fact, Related};
use shared::search::highlight;
use shared::Lang;

use crate::web::components::contact::ContactCard;
use crate::web::components::text::shown;
use shared::i18n::UiStrings as _;

fn badges(list: Vec<Badge>) -> impl IntoView {
    let items: Vec<_> = list
        .into_iter()
        .map(|b| view! { <span class=format!("badge badge-{}", b.class)>{b.label}</span> })
        .collect();
    view! { <p class="badges">{items}</p> }
}

fn facts(list: Vec<Fact>, lang: Lang) -> impl IntoView {
    let rows: Vec<_> = list
        .into_iter()
        .map(|f| {
            let value = match f.href {
                Some(href) => {
                    // Another site (a zone's own) opens beside the explorer.
                    let away = href.starts_with("http");
                    Either::Left(view! {
                        <a
                            href=href
                            target=away.then_some("_blank")
                            rel=away.then_some("noopener noreferrer")
                        >
                            {shown(f.value, lang)}
                        </a>
                    })
                }
                None => Either::Right(shown(f.value, lang)),
            };
            let note = f
                .note
                .map(|n| view! { " " <small class="note">"(" {n} ")"</small> });
            view! { <div><dt>{f.label}</dt><dd>{value} {note}</dd></div> }
        })
        .collect();
    view! { <dl class="facts">{rows}</dl> }
}

/// A card in an explorer's list, its title with the search terms marked.
pub fn card_view(card: Card, terms: &[String], lang: Lang) -> impl IntoView {
    let title: Vec<_> = highlight(&card.title.text, terms)
        .into_iter()
        .map(|(text, hit)| {
            if hit {
                Either::Left(view! { <mark>{text}</mark> })
            } else {
                Either::Right(text)
            }
        })
        .collect();
    let fallback = card.title.lang;
    view! {
        <li class="card">
            <h3>
                <a href=card.href lang=fallback.map(|l| l.html_tag()) class:fallback=fallback.is_some()>
                    {title}
                </a>
                {fallback.map(|_| view! { " " <small class="note">{lang.strings().translation_missing}</small> })}
            </h3>
            {badges(card.badges)}
            {facts(card.facts, lang)}
        </li>
    }
}

fn related(list: Vec<Related>, lang: Lang) -> impl IntoView {
    list.into_iter()
        .enumerate()
        .map(|(n, r)| {
            let (id, labelled_by) = (format!("related-{n}"), format!("related-{n}"));
            let items: Vec<_> = r
                .items
                .into_iter()
                .map(|i| {
                    view! {
                        <li>
                            <a href=i.href>{shown(i.name, lang)}</a>
                            {i.zone.map(|z| view! { " · " {shown(z, lang)} })}
                            {i.condition.map(|c| view! { " " <span class="condition">"(" {c} ")"</span> })}
                        </li>
                    }
                })
                .collect();
            view! {
                <section class="related" aria-labelledby=labelled_by>
                    <h2 id=id>{r.title}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
        .collect::<Vec<_>>()
}

/// The sources of a page, each cited publisher first ("新华日报，2021-04-25：《…》"): an official
/// or news page linked from its title, a copy linked apart as one, and the facts each supports.
pub fn sources_view(list: Vec<Cite>, lang: Lang) -> impl IntoView {
    let s = lang.strings();
    (!list.is_empty()).then(|| {
        let items: Vec<_> = list
            .into_iter()
            .map(|c| {
                let title_lang = c.title_lang.map(|l| l.html_tag());
                let (title, copy) = match (c.url, c.copy) {
                    (Some(u), false) => (
                        Either::Left(view! {
                            <a href=u rel="noopener noreferrer" target="_blank" lang=title_lang>{c.title}</a>
                        }),
                        None,
                    ),
                    (url, _) => (
                        Either::Right(view! { <span lang=title_lang>{c.title}</span> }),
                        url,
                    ),
                };
                // The kind of address, in words; a copy's words are its link.
                let kind = match copy {
                    Some(u) => Either::Left(view! {
                        <a href=u rel="noopener noreferrer" target="_blank">{c.kind}</a>
                    }),
                    None => Either::Right(c.kind),
                };
                let supports = (!c.supports.is_empty()).then(|| {
                    view! { " · " {s.supports} ": " {c.supports.join(" · ")} }
                });
                view! {
                    <li>
                        {shown(c.by, lang)} {s.cite_colon} {title} " "
                        <small class="note">"(" {kind} {supports} ")"</small>
                    </li>
                }
            })
            .collect();
        let note = (!s.titles_as_published.is_empty())
            .then(|| view! { <p class="note">{s.titles_as_published}</p> });
        view! {
            <section class="sources" aria-labelledby="sources-title">
                <h2 id="sources-title">{s.sources}</h2>
                {note}
                <ul>{items}</ul>
            </section>
        }
    })
}

/// A whole detail page: title, badges, contact first, facts, text, lists, related, sources.
pub fn detail_view(d: Detail, lang: Lang) -> impl IntoView {
    let lists: Vec<_> = d
        .lists
        .into_iter()
        .map(|(title, items)| {
            let items: Vec<_> = items
                .into_iter()
                .map(|t| view! { <li>{shown(t, lang)}</li> })
                .collect();
            view! { <section><h2>{title}</h2><ul>{items}</ul></section> }
        })
        .collect();
    view! {
        <article class="detail">
            <h1>{shown(d.title, lang)}</h1>
            {badges(d.badges)}
            <div class="detail-grid">
                {d.contact.map(|reach| view! { <ContactCard reach=reach lang=lang/> })}
                {facts(d.facts, lang)}
            </div>
            {d.body.map(|t| view! { <p class="body-text">{shown(t, lang)}</p> })}
            {lists}
            {related(d.related, lang)}
            {sources_view(d.sources, lang)}
        </article>
    }
}
