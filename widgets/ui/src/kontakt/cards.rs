//! The kontakt widget's cards: a contact with only the facts the data has (never an empty
//! field), the municipality's, region's and programme's cards, the national numbers and the
//! guide of who does what.

use naravard_core::kontakt::texts::KontaktTexts;
use naravard_core::kontakt::{
    guide, iso_date, local_route, mailto, minority_sentence, phone, safe_url, short_url,
    shown_domain, vcard,
};
use naravard_core::{
    Contact, Lang, MinorityArea, Municipality, National, Region, Responsible, Source, Text,
};
use yew::prelude::*;

use crate::shared::{lang_of, say, Heading};

/// A data text in the page's language, marked `lang="sv"` when it falls back to Swedish so a
/// screen reader pronounces it right.
fn text(t: &Text, lang: Lang) -> Html {
    match lang.mark(t.shown_lang(lang)) {
        None => html! { { t.get(lang).to_owned() } },
        Some(tag) => html! { <span lang={tag}>{ t.get(lang).to_owned() }</span> },
    }
}

fn has(t: &Option<Text>) -> Option<&Text> {
    t.as_ref().filter(|t| !t.sv.trim().is_empty())
}

fn fact(label: Html, value: Html) -> Html {
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
pub fn contact_item(
    c: &Contact,
    t: &KontaktTexts,
    lang: Lang,
    role_level: u8,
    class: Option<&'static str>,
) -> Html {
    let mut facts: Vec<Html> = Vec::new();
    if let Some(raw) = c.phone.as_deref().filter(|p| !p.trim().is_empty()) {
        facts.push(fact(say(lang, t.phone), phone_link(raw)));
    }
    if let Some(hours) = has(&c.phone_hours) {
        facts.push(fact(say(lang, t.phone_hours), text(hours, lang)));
    }
    if let Some(email) = c.email.as_deref().filter(|e| !e.trim().is_empty()) {
        let value = match mailto(email) {
            Some(href) => link(href, email.trim().to_owned(), "email"),
            None => html! { { email.trim().to_owned() } },
        };
        facts.push(fact(say(lang, t.email), value));
    }
    if let Some(url) = c.web.as_deref().and_then(safe_url) {
        facts.push(fact(
            say(lang, t.web),
            link(url.to_owned(), short_url(url).to_owned(), "web"),
        ));
    }
    if let Some(hours) = has(&c.opening_hours) {
        facts.push(fact(say(lang, t.opening_hours), text(hours, lang)));
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
            say(lang, t.topics),
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
            { provenance(c.source.as_ref(), c.verified, t, lang) }
        </li>
    }
}

/// Where a fact comes from, as the page's domain (linked), and the day it was checked.
fn provenance(
    source: Option<&Source>,
    day: Option<naravard_core::Date>,
    t: &KontaktTexts,
    lang: Lang,
) -> Html {
    let url = source.and_then(|s| s.url.as_deref()).and_then(safe_url);
    if url.is_none() && day.is_none() {
        return html! {};
    }
    html! {
        <p class="verified" part="provenance">
            if let Some(url) = url {
                <span class="source">
                    { say(lang, t.source) }{ " " }
                    <a class="link" href={url.to_owned()} part="source">{ shown_domain(url) }</a>
                </span>
                if day.is_some() { { " · " } }
            }
            if let Some(day) = day {
                { say(lang, t.verified) }{ " " }<time datetime={iso_date(day)}>{ iso_date(day) }</time>
            }
        </p>
    }
}

/// The national minority languages of an administrative area, each with its source.
fn minority_section(
    areas: &[MinorityArea],
    t: &KontaktTexts,
    lang: Lang,
    level: u8,
    region: bool,
) -> Html {
    if areas.is_empty() {
        return html! {};
    }
    let items = areas.iter().map(|a| {
        html! {
            <li class="minority-language">
                <p lang={lang_of(lang, &[t.minority_use])}>{ minority_sentence(t, a.language, region) }</p>
                { provenance(a.source.as_ref(), None, t, lang) }
            </li>
        }
    });
    html! {
        <section class="minority" part="minority">
            <Heading {level} class="role">{ say(lang, t.minority_heading) }</Heading>
            <ul class="contacts">{ for items }</ul>
        </section>
    }
}

/// The way in for a municipality the data has no contacts for: its web site (or the region),
/// and 1177 for health care, worded as help.
fn start_here(m: &Municipality, national: &National, t: &KontaktTexts, lang: Lang) -> Html {
    let site = m.website.as_deref().and_then(safe_url);
    let advice = national
        .contacts
        .iter()
        .find(|c| c.phone.as_deref().map(str::trim) == Some("1177"));
    html! {
        <div class="start" part="start">
            if let Some(url) = site {
                <p class="lead">
                    { say(lang, t.start_at_site) }{ " " }
                    <a class="link" href={url.to_owned()} part="web">{ short_url(url).to_owned() }</a>
                </p>
            } else {
                <p class="lead">{ say(lang, t.start_at_region) }</p>
            }
            if let Some(c) = advice {
                <p>
                    { say(lang, t.health_first) }{ " " }{ say(lang, t.call) }{ " " }
                    { phone_link(c.phone.as_deref().unwrap_or_default()) }
                    if let Some(web) = c.web.as_deref().and_then(safe_url) {
                        { " " }{ say(lang, t.or_visit) }{ " " }
                        { link(web.to_owned(), short_url(web).to_owned(), "web") }
                    }
                    { "." }
                </p>
            }
        </div>
    }
}

fn phone_link(raw: &str) -> Html {
    let shown = phone::display(raw);
    match phone::tel_href(raw) {
        Some(href) => link(href, shown, "phone"),
        None => html! { { shown } },
    }
}

fn contact_list(contacts: &[Contact], t: &KontaktTexts, lang: Lang, role_level: u8) -> Html {
    if contacts.is_empty() {
        return html! {};
    }
    html! {
        <ul class="contacts" part="contacts">
            { for contacts.iter().map(|c| contact_item(c, t, lang, role_level, None)) }
        </ul>
    }
}

fn site_line(label: Html, url: Option<&str>) -> Html {
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
pub fn municipality_card(
    m: &Municipality,
    national: &National,
    t: &KontaktTexts,
    lang: Lang,
    level: u8,
    vcard: Option<&str>,
) -> Html {
    let role_level = level.saturating_add(1).min(6);
    let routes = !m.contacts.is_empty();
    html! {
        <article class="card municipality" part="card">
            <Heading {level} class="card-title" part="card-heading">
                { say(lang, t.municipality_contacts) }{ " " }{ m.name.clone() }
            </Heading>
            if routes {
                { contact_list(&m.contacts, t, lang, role_level) }
                { site_line(say(lang, t.website), m.website.as_deref()) }
            } else {
                { start_here(m, national, t, lang) }
            }
            { minority_section(&m.minority_languages, t, lang, role_level, false) }
            if let Some(href) = vcard {
                <p class="save">
                    <a class="vcard" href={href.to_owned()} download={vcard::file_name(m)}
                        type="text/vcard" part="vcard">{ say(lang, t.save_contact) }</a>
                </p>
            }
        </article>
    }
}

/// The region's card and the programme's card (the latter only when the data has one).
pub fn region_cards(region: &Region, t: &KontaktTexts, lang: Lang, level: u8) -> Html {
    let role_level = level.saturating_add(1).min(6);
    let has_region = !region.contacts.is_empty()
        || region.website.is_some()
        || !region.minority_languages.is_empty();
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
                <ul class="contacts" part="contacts">{ contact_item(&untitled, t, lang, role_level, None) }</ul>
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
                    { contact_list(&region.contacts, t, lang, role_level) }
                    { site_line(say(lang, t.web), region.website.as_deref()) }
                    { minority_section(&region.minority_languages, t, lang, role_level, true) }
                </article>
            }
            { programme }
        </>
    }
}

/// Before the resident has used the pre-rendered finder (and without JavaScript, always): the
/// region's cards and every municipality with its main way in, so the widget still answers
/// "whom do I turn to?". A native `<details>` opens without any script.
pub fn overview(region: &Region, t: &KontaktTexts, lang: Lang, level: u8) -> Html {
    let items = region.municipalities.iter().map(|m| {
        html! {
            <li class="route" part="item">
                <span class="name">{ m.name.clone() }</span>{ ": " }{ main_route(m, t, lang) }
            </li>
        }
    });
    html! {
        <div class="result overview" part="result">
            <p class="overview-intro">{ say(lang, t.overview_intro) }</p>
            { region_cards(region, t, lang, level) }
            if !region.municipalities.is_empty() {
                <details class="all-municipalities" part="overview">
                    <summary class="summary" part="summary">{ say(lang, t.all_municipalities) }</summary>
                    <ul class="routes" part="list">{ for items }</ul>
                </details>
            }
        </div>
    }
}

/// A municipality's main way in: its first phone number in the data, else its web site.
fn main_route(m: &Municipality, t: &KontaktTexts, lang: Lang) -> Html {
    let phone = m
        .contacts
        .iter()
        .find_map(|c| c.phone.as_deref().filter(|p| !p.trim().is_empty()));
    if let Some(raw) = phone {
        return phone_link(raw);
    }
    match m.website.as_deref().and_then(safe_url) {
        Some(url) => link(url.to_owned(), short_url(url).to_owned(), "web"),
        None => say(lang, t.start_at_region),
    }
}

/// The national numbers (1177, 112 …), always shown, set apart from the local contacts.
pub fn national_section(national: &National, t: &KontaktTexts, lang: Lang, level: u8) -> Html {
    if national.contacts.is_empty() {
        return html! {};
    }
    let role_level = level.saturating_add(1).min(6);
    html! {
        <section class="national" part="national">
            <Heading {level} class="section-title" part="section-heading">{ say(lang, t.national) }</Heading>
            <p class="section-intro">{ say(lang, t.national_intro) }</p>
            <ul class="contacts" part="contacts">
                { for national.contacts.iter().map(|c| {
                    // The emergency number gets its own emphasis (by weight and border, not colour).
                    let urgent = c.phone.as_deref().map(str::trim) == Some("112");
                    contact_item(c, t, lang, role_level, Some(if urgent { "urgent" } else { "everyday" }))
                }) }
            </ul>
        </section>
    }
}

/// The chosen municipality's way in for a guide entry: "I Tibro: ring 0504-180 00 …", or
/// its web site where the data has no route.
fn local_line(m: &Municipality, c: Option<&Contact>, t: &KontaktTexts, lang: Lang) -> Html {
    let mut ways: Vec<Html> = Vec::new();
    if let Some(c) = c {
        if let Some(raw) = c.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            ways.push(html! { <>{ say(lang, t.call_lower) }{ " " }{ phone_link(raw) }</> });
        }
        if let Some(href) = c.email.as_deref().and_then(mailto) {
            let shown = c.email.as_deref().unwrap_or_default().trim().to_owned();
            ways.push(
                html! { <>{ say(lang, t.write_to) }{ " " }{ link(href, shown, "email") }</> },
            );
        }
        if let Some(url) = c.web.as_deref().and_then(safe_url) {
            ways.push(html! { <>{ say(lang, t.see_page) }{ " " }{ link(url.to_owned(), shown_domain(url), "web") }</> });
        }
    }
    if ways.is_empty() {
        if let Some(url) = m.website.as_deref().and_then(safe_url) {
            ways.push(html! { <>{ say(lang, t.see_page) }{ " " }{ link(url.to_owned(), short_url(url).to_owned(), "web") }</> });
        }
    }
    if ways.is_empty() {
        return html! {};
    }
    let hours = c.and_then(|c| has(&c.phone_hours));
    let n = ways.len();
    let joined = ways.into_iter().enumerate().map(|(i, w)| {
        let sep = if i + 1 < n { ", " } else { "" };
        html! { <>{ w }{ sep }</> }
    });
    html! {
        <p class="local" part="local">
            <strong>{ say(lang, t.local_in) }{ " " }{ m.name.clone() }{ ":" }</strong>{ " " }
            { for joined }
            if let Some(h) = hours {
                { " (" }{ text(h, lang) }{ ")" }
            }
            { "." }
        </p>
    }
}

/// Who does what: each need with its badge (in words) and where to turn; once a municipality
/// is chosen, its own way in where the entry asks for one.
pub fn guide_section(
    national: &National,
    region: &Region,
    chosen: Option<&Municipality>,
    t: &KontaktTexts,
    lang: Lang,
    level: u8,
) -> Html {
    let entries = guide(national, region);
    if entries.is_empty() {
        return html! {};
    }
    let item_level = level.saturating_add(1).min(6);
    let items = entries.into_iter().map(|e| {
        let badge = e.responsible.map(|r| match r {
            Responsible::Municipality => (t.municipality, "badge municipality"),
            Responsible::Region => (t.region, "badge region"),
            Responsible::Both => (t.both, "badge both"),
        });
        let local = match (chosen, e.local_contact) {
            (Some(m), Some(kind)) => local_line(m, local_route(m, kind), t, lang),
            _ => html! {},
        };
        html! {
            <li class="need" part="need">
                <Heading level={item_level} class="need-title">{ text(&e.need, lang) }</Heading>
                if let Some((label, class)) = badge {
                    <p class={class} part="badge">{ say(lang, label) }</p>
                }
                if !e.where_to_turn.sv.trim().is_empty() {
                    <p class="turn">{ say(lang, t.turn_to) }{ " " }{ text(&e.where_to_turn, lang) }</p>
                }
                { local }
            </li>
        }
    });
    html! {
        <section class="guide" part="guide">
            <Heading {level} class="section-title" part="section-heading">{ say(lang, t.guide) }</Heading>
            <p class="section-intro">{ say(lang, t.guide_intro) }</p>
            <ul class="needs" part="needs">{ for items }</ul>
        </section>
    }
}
