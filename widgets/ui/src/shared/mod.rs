//! What all three widgets share: their properties, the data they read, headings, editor
//! warnings and the base stylesheet with the design tokens.

mod heading;
mod region;
mod warn;

use std::rc::Rc;

use naravard_core::common::config::Config;
use naravard_core::{Lang, Registry};
use yew::prelude::*;

pub use heading::Heading;
pub use region::{
    region_notice, unknown_region_warning, use_region, Fetch, FetchFn, Fetched, RegionState,
};
pub use warn::use_editor_warnings;

/// The three widgets, by the name used in `data-naravard="…"` and after `naravard-`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetKind {
    Malbild,
    Kontakt,
    Fardplan,
}

impl WidgetKind {
    pub const ALL: [WidgetKind; 3] = [
        WidgetKind::Malbild,
        WidgetKind::Kontakt,
        WidgetKind::Fardplan,
    ];

    pub fn from_name(name: &str) -> Option<WidgetKind> {
        WidgetKind::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            WidgetKind::Malbild => "malbild",
            WidgetKind::Kontakt => "kontakt",
            WidgetKind::Fardplan => "fardplan",
        }
    }

    /// The widget's stylesheet: the shared base (tokens, themes) first, then its own.
    pub fn stylesheet(self) -> String {
        let own = match self {
            WidgetKind::Malbild => include_str!("../malbild/malbild.css"),
            WidgetKind::Kontakt => include_str!("../kontakt/kontakt.css"),
            WidgetKind::Fardplan => include_str!("../fardplan/fardplan.css"),
        };
        [include_str!("base.css"), own].concat()
    }
}

/// An interface string, in a `<span lang="sv">` when it is a Swedish fallback inside a widget
/// in another language (a data file gave no string for it), so screen readers switch voice.
#[inline(never)]
pub fn say(lang: Lang, s: &str) -> Html {
    match naravard_core::common::texts::mark_string(lang, s) {
        Some(tag) => html! { <span lang={tag}>{ s.to_owned() }</span> },
        None => html! { { s.to_owned() } },
    }
}

/// The `lang` for an element whose text is built from interface strings (a sentence around
/// numbers): `sv` when any of them is a Swedish fallback inside another language.
pub fn lang_of(lang: Lang, parts: &[&str]) -> Option<&'static str> {
    let any_swedish = parts
        .iter()
        .any(|s| naravard_core::common::texts::is_swedish(s));
    naravard_core::common::texts::mark(lang, any_swedish)
}

/// The host element's attributes, by name, as the editor wrote them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Attributes(pub Vec<(String, String)>);

impl Attributes {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What every widget component receives from the element that hosts it.
#[derive(Clone, Debug, Properties)]
pub struct WidgetProps {
    /// The host's attributes, read once (when they change) into typed values and warnings.
    pub config: Rc<Config>,
    /// The language: the `lang` attribute, else the nearest `lang` of the page, else Swedish.
    pub lang: Lang,
    /// The bundled regions; `use_region` adds the `src` file's data when there is one.
    pub registry: Rc<Registry>,
    /// Fetches `src` data files (the web crate's; cached per page).
    pub fetch: Fetch,
    /// The custom element or placeholder, so widgets can dispatch events from it.
    pub host: web_sys::HtmlElement,
}

/// The registry is compared by identity: a widget is handed the page's one bundled registry,
/// so comparing its regions field by field on every update would only cost code and time.
impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        self.config == other.config
            && self.lang == other.lang
            && Rc::ptr_eq(&self.registry, &other.registry)
            && self.fetch == other.fetch
            && self.host == other.host
    }
}
