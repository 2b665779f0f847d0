//! What all three widgets share: their properties, the data they read, headings, editor
//! warnings and the base stylesheet with the design tokens.

mod data;
mod heading;
mod warn;

use std::rc::Rc;

use naravard_core::{Lang, Registry};
use yew::prelude::*;

pub use data::use_registry;
pub use heading::Heading;
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

    /// Whether this build holds the widget (see the crate's features).
    pub fn built(self) -> bool {
        match self {
            WidgetKind::Malbild => cfg!(feature = "malbild"),
            WidgetKind::Kontakt => cfg!(feature = "kontakt"),
            WidgetKind::Fardplan => cfg!(feature = "fardplan"),
        }
    }

    /// The widget's stylesheet: the shared base (tokens, themes) first, then its own; empty
    /// for a widget this build does not hold. Minified by `build.rs`.
    pub fn stylesheet(self) -> String {
        let own = match self {
            #[cfg(feature = "malbild")]
            WidgetKind::Malbild => include_str!(concat!(env!("OUT_DIR"), "/malbild.css")),
            #[cfg(feature = "kontakt")]
            WidgetKind::Kontakt => include_str!(concat!(env!("OUT_DIR"), "/kontakt.css")),
            #[cfg(feature = "fardplan")]
            WidgetKind::Fardplan => include_str!(concat!(env!("OUT_DIR"), "/fardplan.css")),
            #[allow(unreachable_patterns)]
            _ => return String::new(),
        };
        [include_str!(concat!(env!("OUT_DIR"), "/base.css")), own].concat()
    }
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
    pub attributes: Attributes,
    /// The language: the `lang` attribute, else the nearest `lang` of the page, else Swedish.
    pub lang: Lang,
    /// The bundled regions; `use_registry` adds the `src` file's data when there is one.
    pub registry: Rc<Registry>,
    /// The custom element or placeholder, so widgets can dispatch events from it.
    pub host: web_sys::HtmlElement,
}

/// The registry is compared by identity: a widget is handed the page's one bundled registry,
/// so comparing its regions field by field on every update would only cost code and time.
impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        self.attributes == other.attributes
            && self.lang == other.lang
            && Rc::ptr_eq(&self.registry, &other.registry)
            && self.host == other.host
    }
}
