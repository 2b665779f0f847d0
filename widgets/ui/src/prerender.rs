//! Pre-rendering (feature `ssr`, native only): each widget rendered at build time by Yew's
//! server renderer from the same components and props the browser uses, into an HTML
//! fragment the editor pastes into a page. The fragment is the custom element with a
//! declarative shadow root (`<template shadowrootmode="open">`) holding the kit's container
//! markup, styled by a `<link>` to the widget's CSS file (no `<style>`, no `style=""`, so a
//! strict CSP holds), plus a light-DOM fallback for browsers without declarative shadow DOM.
//! `js/naravard.js` takes the shadow root over when the kit runs.

use std::rc::Rc;

use naravard_core::common::texts::common;
use naravard_core::kontakt::safe_url;
use naravard_core::{Date, Lang, Registry};
use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::shared::Attributes;
use crate::{fardplan::Fardplan, kontakt::Kontakt, malbild::Malbild, WidgetKind, WidgetProps};

/// The languages every fragment is made in: Swedish, lättläst Swedish (`variant="lattlast"`)
/// and English.
pub const LANGS: [Lang; 3] = [Lang::Sv, Lang::Lattlast, Lang::En];

/// The part of a fragment's file name that names its language:
/// `pkg/prerendered/<region>/<widget>.<this>.html`.
pub fn file_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Lattlast => "lattlast",
        Lang::En => "en",
        Lang::Sv | Lang::Other(_) => "sv",
    }
}

#[derive(Properties, PartialEq)]
struct RootProps {
    kind: WidgetKind,
    widget: WidgetProps,
}

/// The same choice of component as the wasm entry's root.
#[function_component]
fn Root(props: &RootProps) -> Html {
    let w = props.widget.clone();
    match props.kind {
        WidgetKind::Malbild => html! { <Malbild ..w /> },
        WidgetKind::Kontakt => html! { <Kontakt ..w /> },
        WidgetKind::Fardplan => html! { <Fardplan ..w /> },
    }
}

/// The element's attributes in a fragment: the region, the language and for lättläst the
/// variant, nothing else, so the editor's page language cannot change what the kit renders
/// when it takes over.
pub fn attributes(region: &str, lang: Lang) -> Attributes {
    let mut attributes = vec![
        ("region".to_owned(), region.to_owned()),
        ("lang".to_owned(), lang.tag().to_owned()),
    ];
    if lang == Lang::Lattlast {
        attributes.push(("variant".to_owned(), "lattlast".to_owned()));
    }
    Attributes(attributes)
}

/// The props the kit builds when it takes over an element with these attributes, except for
/// the day: pre-rendering shows `today` (the build's day); the browser corrects it.
pub fn props(
    kind: WidgetKind,
    attributes: Attributes,
    registry: Rc<Registry>,
    today: Date,
) -> WidgetProps {
    let mut props = WidgetProps::new(kind, &attributes, || None, registry, None, true);
    props.today = Some(today);
    props
}

/// The kit's container with the widget rendered in it: the markup the wasm renders into the
/// shadow root (`<div class="naravard" part="container">`, see `widgets/web/src/lib.rs`).
pub fn render(kind: WidgetKind, widget: WidgetProps) -> Result<String, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("could not start the renderer: {e}"))?;
    // Not hydratable: the kit swaps in its own render, so no hydration comments are needed.
    let renderer =
        LocalServerRenderer::<Root>::with_props(RootProps { kind, widget }).hydratable(false);
    let inner = tokio::task::LocalSet::new().block_on(&runtime, renderer.render());
    Ok(format!(
        "<div class=\"naravard\" part=\"container\">{inner}</div>"
    ))
}

/// The file name of a widget's stylesheet in `pkg/`, which fragments link to.
pub fn stylesheet_file(kind: WidgetKind) -> String {
    format!("naravard-{}.css", kind.name())
}

/// One fragment: `css_base` is the URL of the kit's folder (ending in `/`), as the page that
/// shows the fragment resolves it.
pub fn fragment(
    kind: WidgetKind,
    region: &str,
    lang: Lang,
    registry: &Rc<Registry>,
    today: Date,
    css_base: &str,
) -> Result<String, String> {
    let attrs = attributes(region, lang);
    let opening: String = attrs
        .0
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", escape(value)))
        .collect();
    let shadow = render(kind, props(kind, attrs, registry.clone(), today))?;
    let tag = format!("naravard-{}", kind.name());
    let href = escape(&format!("{css_base}{}", stylesheet_file(kind)));
    Ok(format!(
        "<{tag}{opening}>\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{href}\">{shadow}</template>\n{}\n</{tag}>\n",
        fallback(registry, region, lang)
    ))
}

/// The light-DOM fallback: a link to the region's web site (from the data), shown only where
/// the browser does not attach the declarative shadow root (or a CMS stripped `<template>`).
fn fallback(registry: &Registry, region: &str, lang: Lang) -> String {
    let t = common(lang);
    let found = registry.region(region);
    let site = found.and_then(|r| r.website.as_deref().and_then(safe_url));
    match (found, site) {
        (Some(r), Some(url)) => format!(
            "<p>{} <a href=\"{}\">{}</a>.</p>",
            t.read_more_on,
            escape(url),
            escape(r.name.get(lang))
        ),
        _ => format!("<p>{}</p>", escape(t.unknown_region)),
    }
}

/// Text and attribute values in the fragment's own markup (the shadow markup is Yew's).
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
