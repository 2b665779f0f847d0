//! What all three widgets share: their properties, the data they read, headings, editor
//! warnings and the base stylesheet with the design tokens.

mod heading;
mod region;
mod warn;

use std::rc::Rc;

use naravard_core::common::config::{Config, Widget, WidgetReader};
use naravard_core::{Date, Lang, Registry};
use yew::prelude::*;

pub use heading::Heading;
pub use region::{
    notice_root, region_notice, unknown_region_warning, use_region, Fetch, FetchFn, Fetched,
    RegionState,
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

    /// Whether this build holds the widget (see the crate's features).
    pub fn built(self) -> bool {
        match self {
            WidgetKind::Malbild => cfg!(feature = "malbild"),
            WidgetKind::Kontakt => cfg!(feature = "kontakt"),
            WidgetKind::Fardplan => cfg!(feature = "fardplan"),
        }
    }

    /// How the widget reads its own attributes; a widget this build does not hold (it is never
    /// mounted) reads none, so its reader stays out of the wasm.
    fn reader(self) -> WidgetReader {
        match self {
            #[cfg(feature = "malbild")]
            WidgetKind::Malbild => Widget::read_malbild,
            #[cfg(feature = "kontakt")]
            WidgetKind::Kontakt => Widget::read_kontakt,
            #[cfg(feature = "fardplan")]
            WidgetKind::Fardplan => Widget::read_fardplan,
            #[allow(unreachable_patterns)]
            _ => |_, _| Widget::Other,
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
    /// Fetches `src` data files (the web crate's, cached per page; none when pre-rendering).
    pub fetch: Fetch,
    /// The custom element or placeholder, so widgets can dispatch events from it; `None`
    /// when pre-rendering, where there is no element and no event.
    pub host: Option<web_sys::HtmlElement>,
    /// The day to show day-dependent content for: the build's day when pre-rendering (no
    /// browser clock runs then). `None` in the browser: the resident's own today.
    pub today: Option<Date>,
    /// The widget was pre-rendered into the page (or is being): it first shows what reads
    /// without JavaScript (disclosures open, the finder's overview of all municipalities), so
    /// the kit's first render equals the pre-rendered markup and taking over moves nothing.
    pub prerendered: bool,
}

impl WidgetProps {
    /// The props of a `kind` widget on `host` with these attributes, read once here into a
    /// typed config: the language is the `lang` attribute, else `inherited` (the page's), else
    /// Swedish. The browser and the pre-rendering both build props here, so the two render
    /// from the same props. No data files are fetched until the caller sets `fetch`.
    pub fn new(
        kind: WidgetKind,
        attributes: &Attributes,
        inherited: impl FnOnce() -> Option<Lang>,
        registry: Rc<Registry>,
        host: Option<web_sys::HtmlElement>,
        prerendered: bool,
    ) -> WidgetProps {
        let config = Config::read_with(
            &|name| attributes.get(name).map(str::to_owned),
            kind.reader(),
        );
        let lang = attributes
            .get("lang")
            .and_then(Lang::from_tag)
            .or_else(inherited)
            .unwrap_or_default()
            .with_variant(config.variant);
        WidgetProps {
            config: Rc::new(config),
            lang,
            registry,
            fetch: Fetch::none(),
            host,
            today: None,
            prerendered,
        }
    }
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
            && self.today == other.today
            && self.prerendered == other.prerendered
    }
}
