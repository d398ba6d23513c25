//! The embed builder (`#/embed`): a zone's web editor picks zone(s), section, language, accent
//! and items per page (or starts from the explorer page they came from, `?from=scenarios&…`),
//! sees a live preview (a real frame with exactly the snippet's options) and copies the script
//! snippet or the plain iframe snippet. The options are the ones an embed reads
//! (`shared::embed`): the form writes them as a query string and reads them back, so the
//! builder checks them by the same rule as the frame.

use std::sync::Arc;

use leptos::prelude::*;
use shared::embed::{open_status, EmbedOptions, EmbedSection, Rgb, LIMIT_RANGE};
use shared::i18n::embed::{darkened_note, Builder};
use shared::i18n::UiStrings as _;
use shared::i18n::{facet_title, section_title};
use shared::model::Track;
use shared::present::facet_value_name;
use shared::present::Shown;
use shared::query::{Facet, PAGE_SIZE};
use shared::route::encode_pairs;
use shared::{Catalog, Lang, RecordKind};
use wasm_bindgen::{JsCast, JsValue};

use crate::web::embed::explorer_address;
use crate::web::url::use_url;

/// The explorer's own blue: an accent equal to it is no accent.
const DEFAULT_ACCENT: &str = "#0b5c8e";

#[component]
pub fn EmbedBuilderPage(
    /// The loaded pack.
    loaded: Arc<Catalog>,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let b = Builder::of(lang);
    let s = lang.strings();
    crate::web::embed::link_stylesheet();
    // Started from an explorer page: its section and filters.
    let query = use_url().with_untracked(|u| u.query.clone());
    let from = query
        .iter()
        .find(|(k, _)| k == "from")
        .and_then(|(_, v)| RecordKind::parse(v));
    let carried: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| !["from", "lang", "page"].contains(&k.as_str()))
        .cloned()
        .collect();
    let zones = RwSignal::new(Vec::<String>::new());
    let section = RwSignal::new(from.unwrap_or(RecordKind::Scenarios).slug().to_string());
    let embed_lang = RwSignal::new(lang);
    let accent = RwSignal::new(DEFAULT_ACCENT.to_string());
    let limit = RwSignal::new(String::new());
    let presets = RwSignal::new(if from.is_some() { carried } else { Vec::new() });

    // The form as an embed's query string, read back and checked against the pack.
    let pack = loaded.clone();
    let options = Memo::new(move |_| {
        let mut pairs = vec![("embed".to_string(), "1".to_string())];
        let picked = zones.get();
        if !picked.is_empty() {
            pairs.push(("zone".into(), picked.join(",")));
        }
        pairs.push(("section".into(), section.get()));
        pairs.push(("lang".into(), embed_lang.get().code().into()));
        let a = accent.get();
        if a != DEFAULT_ACCENT {
            pairs.push(("accent".into(), a));
        }
        let n = limit.get();
        if !n.trim().is_empty() {
            pairs.push(("limit".into(), n.trim().to_string()));
        }
        pairs.extend(presets.get());
        let search = format!("?{}", encode_pairs(&pairs));
        let (o, _) = EmbedOptions::parse(&search).unwrap_or_default();
        o.resolve(&pack.pack).0
    });
    let base = explorer_address();
    let origin = window().location().origin().unwrap_or_default();
    let script = {
        let base = base.clone();
        move || options.with(|o| o.script_snippet(&base, b.fallback))
    };
    let iframe = {
        let base = base.clone();
        move || options.with(|o| o.iframe_snippet(&base, b.frame_title))
    };
    let preview_src = move || {
        options.with(|o| {
            let mut o = o.clone();
            o.id = Some("preview".into());
            o.frame_src(&base)
        })
    };
    let darkened = move || {
        let asked = Rgb::parse(&accent.get())?;
        let (used, changed) = asked.readable();
        changed.then(|| {
            view! { <p class="builder-note" role="status">{darkened_note(&asked.hex(), &used.hex(), lang)}</p> }
        })
    };

    let zone_boxes: Vec<_> = loaded
        .pack
        .zones
        .iter()
        .map(|z| {
            let id = z.id.to_string();
            let name = Shown::of(&z.name, lang).text;
            let key = id.clone();
            let checked = move || zones.with(|zs| zs.contains(&key));
            let on_change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                zones.update(|zs| {
                    zs.retain(|z| z != &id);
                    if on {
                        zs.push(id.clone());
                    }
                });
            };
            view! {
                <li><label><input type="checkbox" prop:checked=checked on:change=on_change/> " " {name}</label></li>
            }
        })
        .collect();
    let mut sections: Vec<(String, String)> = RecordKind::ALL
        .iter()
        .map(|k| (k.slug().to_string(), section_title(*k, lang).to_string()))
        .collect();
    sections.push((EmbedSection::RiverAir.key(), s.nav_river_air.to_string()));
    sections.push((
        EmbedSection::Map.key(),
        shared::i18n::embed::Embed::of(lang).map.to_string(),
    ));
    let section_options: Vec<_> = sections
        .into_iter()
        .map(|(key, label)| {
            let k = key.clone();
            view! { <option value=key selected=move || section.get() == k>{label}</option> }
        })
        .collect();
    let on_section = move |ev: leptos::ev::Event| {
        section.set(event_target_value(&ev));
        // Filters belong to the section they came from.
        if from.is_none_or(|k| k.slug() != section.get_untracked()) {
            presets.set(Vec::new());
        }
    };
    // "Open scenarios", "available parcels", "low-altitude projects": the section's status and
    // track (内河 / 低空) picked here, as the explorer would filter them.
    let track_pack = loaded.clone();
    let preset = move |key: &'static str| {
        move || {
            presets.with(|p| {
                p.iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            })
        }
    };
    let set_preset = move |key: &'static str, value: Option<String>| {
        presets.update(|p| {
            p.retain(|(k, _)| k != key);
            if let Some(v) = value {
                p.push((key.to_string(), v));
            }
        });
    };
    let filters =
        move || {
            let kind = RecordKind::parse(&section.get())?;
            let facets = Facet::for_section(kind);
            let open = open_status(kind).filter(|_| facets.contains(&Facet::Status)).map(|open| {
            let status = preset(Facet::Status.key());
            view! {
                <label class="builder-check">
                    <input type="checkbox" id="embed-open" prop:checked=move || status() == open
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            set_preset(Facet::Status.key(), on.then(|| open.to_string()));
                        }/>
                    " " {b.only_open}
                </label>
            }
        });
            let track = facets.contains(&Facet::Track).then(|| {
                let current = preset(Facet::Track.key());
                let options: Vec<_> = Track::ALL
                    .iter()
                    .map(|t| {
                        let v = t.as_str();
                        let label = facet_value_name(&track_pack.pack, kind, Facet::Track, v, lang);
                        view! { <option value=v selected=move || current() == v>{label}</option> }
                    })
                    .collect();
                view! {
                    <label>{facet_title(Facet::Track, lang)}
                        <select id="embed-track" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set_preset(Facet::Track.key(), (!v.is_empty()).then_some(v));
                        }>
                            <option value="" selected=move || current().is_empty()>{b.any}</option>
                            {options}
                        </select>
                    </label>
                }
            });
            Some(view! { {open} {track} })
        };
    let lang_radio = move |l: Lang, label: &'static str| {
        view! {
            <label>
                <input type="radio" name="embed-lang" prop:checked=move || embed_lang.get() == l
                    on:change=move |_| embed_lang.set(l)/>
                " " {label}
            </label>
        }
    };
    let carried_note = move || {
        let p = presets.get();
        (!p.is_empty()).then(|| {
            let text = p
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <p class="builder-presets">
                    {b.presets} " " <code>{text}</code> " "
                    <button type="button" on:click=move |_| presets.set(Vec::new())>{b.drop_presets}</button>
                </p>
            }
        })
    };

    view! {
        <section class="builder">
            <h1>{b.title}</h1>
            <p>{b.intro}</p>
            <form class="builder-form" on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>{b.zones}</legend>
                    <ul class="zone-picks">{zone_boxes}</ul>
                </fieldset>
                <div class="builder-row">
                    <label>{b.section} <select id="embed-section" on:change=on_section>{section_options}</select></label>
                    {filters}
                    <fieldset class="builder-lang">
                        <legend>{b.language}</legend>
                        {lang_radio(Lang::Zh, "中文")} {lang_radio(Lang::En, "English")}
                    </fieldset>
                    <label>{b.accent}
                        <input id="embed-accent" type="color" prop:value=move || accent.get()
                            on:input=move |ev| accent.set(event_target_value(&ev))/>
                    </label>
                    <label>{b.limit}
                        <input id="embed-limit" type="number" inputmode="numeric"
                            min=*LIMIT_RANGE.start() max=*LIMIT_RANGE.end() placeholder=PAGE_SIZE.to_string()
                            prop:value=move || limit.get() on:input=move |ev| limit.set(event_target_value(&ev))/>
                    </label>
                </div>
                {carried_note}
                {darkened}
            </form>
            <h2>{b.script_snippet}</h2>
            <Snippet id="snippet-script" label=b.script_snippet text=Signal::derive(script) lang=lang/>
            <p class="builder-csp">{b.csp} " " <code>{origin}</code></p>
            <h2>{b.iframe_snippet}</h2>
            <Snippet id="snippet-iframe" label=b.iframe_snippet text=Signal::derive(iframe) lang=lang/>
            <h2>{b.preview}</h2>
            <Preview src=Signal::derive(preview_src) title=b.frame_title/>
        </section>
    }
}

/// A snippet in a read-only text box, with a button that copies it.
#[component]
fn Snippet(
    id: &'static str,
    label: &'static str,
    text: Signal<String>,
    lang: Lang,
) -> impl IntoView {
    let b = Builder::of(lang);
    let status = RwSignal::new("");
    let copy = move |_| {
        let value = text.get_untracked();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&value)).await;
            status.set(if done.is_ok() {
                b.copied
            } else {
                b.copy_failed
            });
        });
    };
    view! {
        <div class="snippet">
            <textarea id=id readonly rows="4" aria-label=label prop:value=move || text.get()
                on:focus=|ev| {
                    if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                        t.select();
                    }
                }></textarea>
            <button type="button" class="button primary" on:click=copy>{b.copy}</button>
            <p class="copy-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The live preview: a real frame of the embed, sized by the embed's own messages, checked like
/// `public/embed.js` checks them (this frame's window, this origin, a sane height).
#[component]
fn Preview(src: Signal<String>, title: &'static str) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let height = RwSignal::new(480.0);
    let origin = window().location().origin().unwrap_or_default();
    let listener = window_event_listener(leptos::ev::message, move |ev| {
        let Some(el) = frame.get_untracked() else {
            return;
        };
        let ours = match (ev.source(), el.content_window()) {
            (Some(from), Some(w)) => JsValue::from(from) == JsValue::from(w),
            _ => false,
        };
        if !ours || ev.origin() != origin {
            return;
        }
        let data = ev.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|t| t.as_string());
        let h = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|h| h.as_f64());
        if let (Some("huaihe:resize"), Some(h)) = (kind.as_deref(), h) {
            if h.is_finite() && (120.0..=20000.0).contains(&h) {
                height.set(h);
            }
        }
    });
    on_cleanup(move || listener.remove());
    view! {
        <iframe class="builder-preview" node_ref=frame src=move || src.get() title=title
            style:height=move || format!("{}px", height.get())></iframe>
    }
}
