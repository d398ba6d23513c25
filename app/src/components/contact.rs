//! Contact first: site selectors look for whom to call before anything else.

use leptos::prelude::*;
use shared::model::Contact;

use crate::components::text::Tr;
use crate::lang::use_lang;

/// `tel:` target: digits and a leading `+` only.
fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

#[component]
pub fn ContactCard(
    /// Whom to reach.
    contact: Contact,
) -> impl IntoView {
    let lang = use_lang();
    let s = move || lang.get().strings();
    let phone = contact
        .phone
        .clone()
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            view! {
                <li>
                    <span class="label">{move || s().phone}</span>
                    " "
                    <a href=tel_href(&p)>{p.clone()}</a>
                </li>
            }
        });
    let email = contact
        .email
        .clone()
        .filter(|e| !e.trim().is_empty())
        .map(|e| {
            view! {
                <li>
                    <span class="label">{move || s().email}</span>
                    " "
                    <a href=format!("mailto:{e}")>{e.clone()}</a>
                </li>
            }
        });
    let web = contact.url.clone().map(|u| {
        view! {
            <li>
                <span class="label">{move || s().website}</span>
                " "
                <a href=u.as_str().to_string() rel="noopener noreferrer" target="_blank">
                    {u.as_str().to_string()}
                </a>
            </li>
        }
    });
    view! {
        <section class="contact" aria-labelledby="contact-title">
            <h2 id="contact-title">{move || s().contact}</h2>
            <p class="contact-name">
                <Tr text=contact.name.clone()/>
            </p>
            <ul>{phone} {email} {web}</ul>
        </section>
    }
}
