//! Each widget's public contract, declared once: its attributes (with types, defaults and
//! docs), events, CSS parts, CSS custom properties and slot. Each widget's own contract is
//! `core/src/<widget>/contract.rs`; what all three share is here.
//!
//! From these declarations `cargo xtask contracts` writes the Custom Elements Manifest
//! (`widgets/web/js/custom-elements.json`), the attribute interfaces of `naravard.d.ts` and
//! the loader's attribute list (the generated section of `naravard.js`); the native test in
//! `common::manifest` fails when one of them is stale.

/// An HTML attribute of a widget (a `data-` prefix on `<div data-naravard>` placeholders).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    /// The TypeScript type of the value, e.g. `'sv' | 'en'`.
    pub ty: &'static str,
    /// The default as a JS literal (`"2"`), when there is one worth stating.
    pub default: Option<&'static str>,
    pub doc: &'static str,
}

/// A DOM event the widget dispatches on its element (bubbling and composed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub name: &'static str,
    /// The TypeScript type of the event, e.g. `CustomEvent<{ id: string; open: boolean }>`.
    pub ty: &'static str,
    pub doc: &'static str,
}

/// A `::part()` name the widget renders (or a slot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub name: &'static str,
    pub doc: &'static str,
}

/// A CSS custom property (design token) the widget reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CssProperty {
    pub name: &'static str,
    pub default: Option<&'static str>,
    pub doc: &'static str,
}

/// A slot, named and described like a part; the kit has one, the element's own (fallback)
/// content.
pub type Slot = Part;

/// One widget's contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contract {
    /// The name in `naravard-<kind>` and `data-naravard="<kind>"`.
    pub kind: &'static str,
    /// The element's class name in the manifest and the TypeScript declarations.
    pub class: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    /// The widget's own attributes; [`Contract::attributes`] adds the common ones first.
    pub attributes: &'static [Attribute],
    pub events: &'static [Event],
    pub parts: &'static [Part],
    pub css_properties: &'static [CssProperty],
    pub slots: &'static [Slot],
}

impl Contract {
    /// The element's tag name.
    pub fn tag(&self) -> String {
        ["naravard-", self.kind].concat()
    }

    /// Every attribute of the widget: the common ones, then its own.
    pub fn all_attributes(&self) -> impl Iterator<Item = &'static Attribute> {
        ATTRIBUTES.iter().chain(self.attributes)
    }

    pub fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        self.all_attributes().find(|a| a.name == name)
    }
}

/// The three widgets' contracts, in the order the kit lists them.
pub const ALL: [&Contract; 3] = [
    &crate::malbild::contract::CONTRACT,
    &crate::kontakt::contract::CONTRACT,
    &crate::fardplan::contract::CONTRACT,
];

/// Every attribute any widget understands, each once, in contract order: what the loader
/// observes.
pub fn observed_attributes() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for contract in ALL {
        for a in contract.all_attributes() {
            if !names.contains(&a.name) {
                names.push(a.name);
            }
        }
    }
    names
}

// ---- what all three widgets share ----------------------------------------------------------

pub const CONTAINER: Part = Part {
    name: "container",
    doc: "The box everything renders in (every widget).",
};

/// The design tokens every widget reads (`ui/src/shared/base.css`).
pub const CSS_PROPERTIES: &[CssProperty] = &[
    CssProperty {
        name: "--naravard-font-family",
        default: Some("inherited from the page"),
        doc: "Typeface.",
    },
    CssProperty {
        name: "--naravard-font-size",
        default: Some("1rem"),
        doc: "Base font size.",
    },
    CssProperty {
        name: "--naravard-color-text",
        default: Some("#1b1b1b"),
        doc: "Body text (dark theme #f1f3f5).",
    },
    CssProperty {
        name: "--naravard-color-muted",
        default: Some("#4a4a4a"),
        doc: "Secondary text: sources, dates (dark #c4c9cf).",
    },
    CssProperty {
        name: "--naravard-color-background",
        default: Some("#ffffff"),
        doc: "Widget background (dark #15191e).",
    },
    CssProperty {
        name: "--naravard-color-surface",
        default: Some("#f3f5f7"),
        doc: "Cards and panels (dark #222830).",
    },
    CssProperty {
        name: "--naravard-color-border",
        default: Some("#6b7280"),
        doc: "Borders of cards and fields (dark #8b95a1).",
    },
    CssProperty {
        name: "--naravard-color-accent",
        default: Some("#005a87"),
        doc: "Buttons, selected items, progress (dark #7cc4f0).",
    },
    CssProperty {
        name: "--naravard-color-on-accent",
        default: Some("#ffffff"),
        doc: "Text on the accent colour (dark #0b1a24).",
    },
    CssProperty {
        name: "--naravard-color-focus",
        default: Some("#b3400a"),
        doc: "Focus ring (dark #ffb870).",
    },
    CssProperty {
        name: "--naravard-color-link",
        default: Some("#005a87"),
        doc: "Links (dark #8fd0ff).",
    },
    CssProperty {
        name: "--naravard-color-done",
        default: Some("#1d6b35"),
        doc: "Roadmap: done (dark #7fd99a).",
    },
    CssProperty {
        name: "--naravard-color-ongoing",
        default: Some("#8a4b00"),
        doc: "Roadmap: under way (dark #ffc46b).",
    },
    CssProperty {
        name: "--naravard-color-ahead",
        default: Some("#4a4a4a"),
        doc: "Roadmap: ahead (dark #c4c9cf).",
    },
    CssProperty {
        name: "--naravard-radius",
        default: Some("0.5rem"),
        doc: "Corner radius.",
    },
    CssProperty {
        name: "--naravard-space",
        default: Some("1rem"),
        doc: "Spacing unit.",
    },
    CssProperty {
        name: "--naravard-max-width",
        default: Some("60rem"),
        doc: "The widest the widget grows.",
    },
];

/// The element's own content: the fallback shown until the widget renders.
pub const FALLBACK_SLOT: Slot = Slot {
    name: "",
    doc:
        "Fallback content, shown until the widget has rendered and for good if the kit cannot load.",
};

/// The attributes every widget understands, in the order the docs list them.
pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "region",
        ty: "'vasternorrland' | 'jamtland-harjedalen' | 'vastra-gotaland' | string",
        default: None,
        doc: "Required. The region's id: vasternorrland, jamtland-harjedalen, vastra-gotaland, or a region from the `src` data file. Unknown or missing: a calm message and a console warning listing the valid values.",
    },
    Attribute {
        name: "lang",
        ty: "'sv' | 'en' | string",
        default: None,
        doc: r#"Language, `sv` or `en`, or another language tag (`fi`, `sma`, `fit`, …) whose texts a data file (`src`) gives; every text it lacks is shown in Swedish, marked `lang="sv"`. Without it the widget follows the page's `lang`, else Swedish."#,
    },
    Attribute {
        name: "variant",
        ty: "'lattlast'",
        default: None,
        doc: r#"`lattlast`: easy-to-read Swedish (lättläst) for every interface text, and for data texts that have a `lattlast` form. With `lang="en"` the standard English texts."#,
    },
    Attribute {
        name: "heading-level",
        ty: "'1' | '2' | '3' | '4' | '5' | '6'",
        default: Some(r#""2""#),
        doc: "Level of the widget's top heading, 1–6; sections are one level below (at most 6).",
    },
    Attribute {
        name: "src",
        ty: "string",
        default: None,
        doc: "URL (http/https) of a custom data file (JSON, see docs/data-format.md) added to the bundled regions.",
    },
    Attribute {
        name: "theme",
        ty: "'light' | 'dark' | 'auto'",
        default: Some(r#""light""#),
        doc: "Colour theme: `light`, `dark` or `auto` (follows prefers-color-scheme).",
    },
    Attribute {
        name: "loading",
        ty: "'lazy' | 'eager'",
        default: Some(r#""lazy""#),
        doc: "`lazy` (default): the widget starts its work when it comes near the viewport. `eager`: at once.",
    },
];
