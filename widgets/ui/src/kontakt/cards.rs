//! The kontakt widget's cards: a contact with only the facts the data has (never an empty
//! field), the municipality's, region's and programme's cards, the national numbers and the
//! guide of who does what.

use naravard_core::kontakt::texts::{texts, KontaktTexts};
use naravard_core::kontakt::{guide, iso_date, mailto, phone, safe_url, short_url, vcard};
use naravard_core::{Contact, Lang, Municipality, National, Region, Responsible, Text};
use yew::prelude::*;

use crate::shared::Heading;

/// A data text in the page's language, marked `lang="sv"` when it falls back to Swedish so a
/// screen reader pronounces it right.
fn text(t: &Text, lang: Lang) -> Html {
    let shown = t.shown_lang(lang);
    if shown == lang {
        html! { { t.get(lang).to_owned() } }
    } else {
        html! { <span lang={shown.tag()}>{ t.get(lang).to_owned() }</span> }
    }
}

fn has(t: &Option<Text>) -> Option<&Text> {
    t.as_ref().filter(|t| !t.sv.trim().is_empty())
}

fn fact(label: &'static str, value: Html) -> Html {
    html! {
        <div class="fact">
            <dt>{ label }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

fn link(href: String, shown: String, part: &'static str) -> Html {
    html! { <a class="link" {href} {part}>{ shown }</a> }
}

/// One contact: its role as a heading, then each fact the data has.
pub fn contact_item(c: &Contact, lang: Lang, role_level: u8, class: Option<&'static str>) -> Html {
    let t = texts(lang);
    let mut facts: Vec<Html> = Vec::new();
    if let Some(raw) = c.phone.as_deref().filter(|p| !p.trim().is_empty()) {
        let shown = phone::display(raw);
        let value = match phone::tel_href(raw) {
            Some(href) => link(href, shown, "phone"),
            None => html! { { shown } },
        };
        facts.push(fact(t.phone, value));
    }
    if let Some(hours) = has(&c.phone_hours) {
        facts.push(fact(t.phone_hours, text(hours, lang)));
    }
    if let Some(email) = c.email.as_deref().filter(|e| !e.trim().is_empty()) {
        let value = match mailto(email) {
            Some(href) => link(href, email.trim().to_owned(), "email"),
            None => html! { { email.trim().to_owned() } },
        };
        facts.push(fact(t.email, value));
    }
    if let Some(url) = c.web.as_deref().and_then(safe_url) {
        facts.push(fact(
            t.web,
            link(url.to_owned(), short_url(url).to_owned(), "web"),
        ));
    }
    if let Some(hours) = has(&c.opening_hours) {
        facts.push(fact(t.opening_hours, text(hours, lang)));
    }
    let topics: Vec<&Text> = c
        .topics
        .iter()
        .filter(|t| !t.sv.trim().is_empty())
        .collect();
    if !topics.is_empty() {
        let list = topics
            .iter()
            .map(|topic| html! { <li>{ text(topic, lang) }</li> });
        facts.push(fact(
            t.topics,
            html! { <ul class="topics">{ for list }</ul> },
        ));
    }
    let role = (!c.role.sv.trim().is_empty()).then(|| {
        html! { <Heading level={role_level} class="role">{ text(&c.role, lang) }</Heading> }
    });
    html! {
        <li class={classes!("contact", class)} part="item">
            { role }
            if !facts.is_empty() {
                <dl class="facts">{ for facts }</dl>
            }
            if let Some(day) = c.verified {
                <p class="verified">
                    { t.verified }{ " " }<time datetime={iso_date(day)}>{ iso_date(day) }</time>
                </p>
            }
        </li>
    }
}

fn contact_list(contacts: &[Contact], lang: Lang, role_level: u8) -> Html {
    if contacts.is_empty() {
        return html! {};
    }
    html! {
        <ul class="contacts" part="contacts">
            { for contacts.iter().map(|c| contact_item(c, lang, role_level, None)) }
        </ul>
    }
}

fn site_line(label: &'static str, url: Option<&str>) -> Html {
    match url.and_then(safe_url) {
        Some(url) => html! {
            <p class="site">
                { label }{ ": " }
                <a class="link" href={url.to_owned()} part="web">{ short_url(url).to_owned() }</a>
            </p>
        },
        None => html! {},
    }
}

/// The chosen municipality's card, with the vCard link once its file is ready.
pub fn municipality_card(m: &Municipality, lang: Lang, level: u8, vcard: Option<&str>) -> Html {
    let t: &KontaktTexts = texts(lang);
    let role_level = level.saturating_add(1).min(6);
    html! {
        <article class="card municipality" part="card">
            <Heading {level} class="card-title" part="card-heading">
                { t.municipality_contacts }{ " " }{ m.name.clone() }
            </Heading>
            if m.contacts.is_empty() {
                <p>{ t.no_contacts }</p>
            }
            { contact_list(&m.contacts, lang, role_level) }
            { site_line(t.website, m.website.as_deref()) }
            if let Some(href) = vcard {
                <p class="save">
                    <a class="vcard" href={href.to_owned()} download={vcard::file_name(m)}
                        type="text/vcard" part="vcard">{ t.save_contact }</a>
                </p>
            }
        </article>
    }
}

/// The region's card and the programme's card (the latter only when the data has one).
pub fn region_cards(region: &Region, lang: Lang, level: u8) -> Html {
    let t = texts(lang);
    let role_level = level.saturating_add(1).min(6);
    let has_region = !region.contacts.is_empty() || region.website.is_some();
    let programme = region.programme.as_ref().and_then(|p| {
        let contact = p.contact.as_ref()?;
        // The card's heading is the programme's name; a role that only repeats it is dropped.
        let mut untitled = contact.clone();
        if untitled.role.sv.trim() == p.name.sv.trim() {
            untitled.role = Text::default();
        }
        Some(html! {
            <article class="card programme" part="card">
                <Heading {level} class="card-title" part="card-heading">{ text(&p.name, lang) }</Heading>
                <ul class="contacts" part="contacts">{ contact_item(&untitled, lang, role_level, None) }</ul>
            </article>
        })
    });
    html! {
        <>
            if has_region {
                <article class="card region" part="card">
                    <Heading {level} class="card-title" part="card-heading">
                        { text(&region.name, lang) }
                    </Heading>
                    { contact_list(&region.contacts, lang, role_level) }
                    { site_line(t.web, region.website.as_deref()) }
                </article>
            }
            { programme }
        </>
    }
}

/// Before the resident has used the pre-rendered finder (and without JavaScript, always): the
/// region's cards and every municipality with its main way in, so the widget still answers
/// "whom do I turn to?". A native `<details>` opens without any script.
pub fn overview(region: &Region, lang: Lang, level: u8) -> Html {
    let t = texts(lang);
    let items = region.municipalities.iter().map(|m| {
        html! {
            <li class="route" part="item">
                <span class="name">{ m.name.clone() }</span>{ ": " }{ main_route(m, t) }
            </li>
        }
    });
    html! {
        <div class="result overview" part="result">
            <p class="overview-intro">{ t.overview_intro }</p>
            { region_cards(region, lang, level) }
            if !region.municipalities.is_empty() {
                <details class="all-municipalities" part="overview">
                    <summary class="summary" part="summary">{ t.all_municipalities }</summary>
                    <ul class="routes" part="list">{ for items }</ul>
                </details>
            }
        </div>
    }
}

/// A municipality's main way in: its first phone number in the data, else its web site.
fn main_route(m: &Municipality, t: &KontaktTexts) -> Html {
    let phone = m
        .contacts
        .iter()
        .find_map(|c| c.phone.as_deref().filter(|p| !p.trim().is_empty()));
    if let Some(raw) = phone {
        let shown = phone::display(raw);
        return match phone::tel_href(raw) {
            Some(href) => link(href, shown, "phone"),
            None => html! { { shown } },
        };
    }
    match m.website.as_deref().and_then(safe_url) {
        Some(url) => link(url.to_owned(), short_url(url).to_owned(), "web"),
        None => html! { { t.no_contacts } },
    }
}

/// The national numbers (1177, 112 …), always shown, set apart from the local contacts.
pub fn national_section(national: &National, lang: Lang, level: u8) -> Html {
    if national.contacts.is_empty() {
        return html! {};
    }
    let t = texts(lang);
    let role_level = level.saturating_add(1).min(6);
    html! {
        <section class="national" part="national">
            <Heading {level} class="section-title" part="section-heading">{ t.national }</Heading>
            <p class="section-intro">{ t.national_intro }</p>
            <ul class="contacts" part="contacts">
                { for national.contacts.iter().map(|c| {
                    // The emergency number gets its own emphasis (by weight and border, not colour).
                    let urgent = c.phone.as_deref().map(str::trim) == Some("112");
                    contact_item(c, lang, role_level, Some(if urgent { "urgent" } else { "everyday" }))
                }) }
            </ul>
        </section>
    }
}

/// Who does what: each need with its badge (in words) and where to turn.
pub fn guide_section(national: &National, region: &Region, lang: Lang, level: u8) -> Html {
    let entries = guide(national, region);
    if entries.is_empty() {
        return html! {};
    }
    let t = texts(lang);
    let item_level = level.saturating_add(1).min(6);
    let items = entries.into_iter().map(|e| {
        let badge = e.responsible.map(|r| match r {
            Responsible::Municipality => (t.municipality, "badge municipality"),
            Responsible::Region => (t.region, "badge region"),
        });
        html! {
            <li class="need" part="need">
                <Heading level={item_level} class="need-title">{ text(&e.need, lang) }</Heading>
                if let Some((label, class)) = badge {
                    <p class={class} part="badge">{ label }</p>
                }
                if !e.where_to_turn.sv.trim().is_empty() {
                    <p class="turn">{ t.turn_to }{ " " }{ text(&e.where_to_turn, lang) }</p>
                }
            </li>
        }
    });
    html! {
        <section class="guide" part="guide">
            <Heading {level} class="section-title" part="section-heading">{ t.guide }</Heading>
            <p class="section-intro">{ t.guide_intro }</p>
            <ul class="needs" part="needs">{ for items }</ul>
        </section>
    }
}
