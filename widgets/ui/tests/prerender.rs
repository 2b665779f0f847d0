//! The pre-rendered fragments (issue #15): `cargo test -p naravard-ui --features ssr`.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::rc::Rc;

use naravard_core::kontakt::texts::texts;
use naravard_core::{Date, Lang, Registry};
use naravard_ui::prerender::{fragment, props, render, LANGS};
use naravard_ui::shared::Attributes;
use naravard_ui::WidgetKind;

const DAY: Date = Date {
    year: 2026,
    month: 11,
    day: 29,
};

fn registry() -> Rc<Registry> {
    Rc::new(Registry::bundled())
}

/// Every fragment, with what it was made for.
fn all() -> Vec<(WidgetKind, String, Lang, String)> {
    let registry = registry();
    let mut out = Vec::new();
    for region in &registry.regions {
        for kind in WidgetKind::ALL {
            for lang in LANGS {
                let html = fragment(kind, &region.id, lang, &registry, DAY, "/kit/")
                    .unwrap_or_else(|e| panic!("{e}"));
                out.push((kind, region.id.clone(), lang, html));
            }
        }
    }
    out
}

/// The attributes of the fragment's custom element, as the browser parses them.
fn element_attributes(html: &str) -> Attributes {
    let end = html.find('>').unwrap_or(0);
    let tag = &html[..end];
    let mut out = Vec::new();
    for part in tag.split(' ').skip(1) {
        let (name, value) = part.split_once('=').unwrap_or((part, "\"\""));
        out.push((name.to_owned(), value.trim_matches('"').to_owned()));
    }
    Attributes(out)
}

/// The shadow root's container markup inside the template, after the stylesheet link.
fn shadow_markup(html: &str) -> &str {
    let start = html.find("<div class=\"naravard\"").unwrap_or(0);
    let end = html.find("</template>").unwrap_or(html.len());
    &html[start..end]
}

#[test]
fn every_fragment_equals_the_first_render_the_kit_makes_from_its_element() {
    let registry = registry();
    let fragments = all();
    assert_eq!(fragments.len(), registry.regions.len() * 3 * LANGS.len());
    for (kind, region, lang, html) in fragments {
        let tag = format!("<naravard-{} ", kind.name());
        assert!(html.starts_with(&tag), "{region} {lang:?}: {html:.80}");
        // What the kit reads off the element when it takes over: the same props, so the same
        // markup, or taking over would change what the resident sees.
        let attributes = element_attributes(&html);
        assert_eq!(attributes.get("region"), Some(region.as_str()));
        let first = render(kind, props(kind, attributes, registry.clone(), DAY))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            shadow_markup(&html),
            first,
            "{} {region} {lang:?}",
            kind.name()
        );
        assert!(
            first.len() > 500,
            "{} {region}: too little content",
            kind.name()
        );
    }
}

#[test]
fn fragments_hold_under_a_strict_csp_and_link_the_widgets_stylesheet() {
    for (kind, region, _, html) in all() {
        let what = format!("{} {region}", kind.name());
        assert!(!html.contains("<style"), "{what}: a <style> element");
        assert!(!html.contains(" style="), "{what}: a style attribute");
        assert!(!html.contains("<script"), "{what}: a script");
        assert!(!html.contains("<!--"), "{what}: hydration comments");
        let link = format!(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/kit/naravard-{}.css\">",
            kind.name()
        );
        assert!(html.contains(&link), "{what}: no stylesheet link");
        // The light-DOM fallback for browsers without declarative shadow DOM, after the template.
        let after = &html[html.find("</template>").unwrap_or(0)..];
        assert!(after.contains("<p>"), "{what}: no fallback");
    }
}

#[test]
fn pre_rendered_widgets_read_fully_without_javascript() {
    let registry = registry();
    for (kind, region_id, lang, html) in all() {
        let what = format!("{} {region_id} {lang:?}", kind.name());
        let region = registry
            .region(&region_id)
            .unwrap_or_else(|| panic!("{what}"));
        match kind {
            // No disclosure panel is closed: no button could open it without a script.
            WidgetKind::Malbild => assert!(!html.contains("is-closed"), "{what}"),
            WidgetKind::Fardplan => {
                assert!(html.contains("class=\"details\""), "{what}: no details");
                assert!(!html.contains(" hidden="), "{what}: hidden details");
                // The build's day must not be called today: the page may be read much later.
                let t = naravard_core::fardplan::texts(lang);
                assert!(
                    !html.contains(&format!(">{}", t.today)),
                    "{what}: claims today"
                );
                assert!(html.contains(t.as_of), "{what}: no as-of date");
            }
            // The finder's overview: every municipality with its way in, the national numbers.
            WidgetKind::Kontakt => {
                let routes = &html[html.find("class=\"routes\"").unwrap_or(0)..];
                for m in &region.municipalities {
                    let reachable =
                        m.website.is_some() || m.contacts.iter().any(|c| c.phone.is_some());
                    // Without a number or a site in the data, the item says so as help.
                    let after = if reachable {
                        "<a ".to_owned()
                    } else {
                        texts(lang).start_at_region.to_owned()
                    };
                    let item = format!("<span class=\"name\">{}</span>: {after}", m.name);
                    assert!(routes.contains(&item), "{what}: {}", m.name);
                }
                assert!(html.contains("href=\"tel:1177\""), "{what}: 1177");
                assert!(
                    html.contains("class=\"card region\""),
                    "{what}: region card"
                );
            }
        }
    }
}

#[test]
fn the_lattlast_fragments_are_lattlast_and_say_so_on_the_element() {
    let fragments = all();
    for (kind, region, lang, html) in &fragments {
        let what = format!("{} {region} {lang:?}", kind.name());
        let attributes = element_attributes(html);
        assert_eq!(attributes.get("lang"), Some(lang.tag()), "{what}");
        assert_eq!(
            attributes.get("variant"),
            (*lang == Lang::Lattlast).then_some("lattlast"),
            "{what}"
        );
        if *lang == Lang::Lattlast {
            // The same widget and region in standard Swedish reads differently.
            let standard = fragments
                .iter()
                .find(|(k, r, l, _)| k == kind && r == region && *l == Lang::Sv)
                .map(|f| shadow_markup(&f.3))
                .unwrap_or_default();
            assert_ne!(shadow_markup(html), standard, "{what}");
            let heading = |markup: &str| {
                let at = markup.find("class=\"title\">").unwrap_or(0);
                markup[at..]
                    .split('<')
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            };
            assert_ne!(
                heading(shadow_markup(html)),
                heading(standard),
                "{what}: heading"
            );
        }
    }
}

#[test]
fn day_dependent_content_is_rendered_as_of_the_given_day() {
    let registry = registry();
    let at = |day: Date| {
        let attributes = naravard_ui::prerender::attributes("vasternorrland", Lang::Sv);
        render(
            WidgetKind::Fardplan,
            props(WidgetKind::Fardplan, attributes, registry.clone(), day),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    };
    let early = at(Date {
        year: 2015,
        month: 1,
        day: 1,
    });
    let late = at(Date {
        year: 2040,
        month: 1,
        day: 1,
    });
    assert!(early.contains("datetime=\"2015-01-01\""));
    assert!(
        !early.contains("data-status=\"done\""),
        "nothing done in 2015"
    );
    assert!(
        !late.contains("data-status=\"ahead\""),
        "nothing ahead in 2040"
    );
}
