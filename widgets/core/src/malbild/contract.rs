//! The `<naravard-malbild>` contract: its attributes, events, CSS parts and tokens, declared
//! once (see `common::contract`). The widget's docs are `docs/widgets/malbild.md`.

use crate::common::contract::{self as common, Attribute, Contract, Event, Part};

pub const CONTRACT: Contract = Contract {
    kind: "malbild",
    class: "NaravardMalbildElement",
    summary: "The shared vision for close care.",
    description: "The county's shared vision (målbild) for God och nära vård: why the change, for whom, what close care means, who stands behind it, where to read more. See docs/widgets/malbild.md.",
    // After the attributes every widget has (`common::ATTRIBUTES`).
    attributes: &[
        Attribute {
            name: "sections",
            ty: "string",
            default: Some(r#""why,for-whom,traits,responsible,read-more""#),
            doc: "Comma list of the sections to show, in order: why, for-whom, traits, responsible, read-more. The title and lead always show.",
        },
        Attribute {
            name: "expanded",
            ty: "boolean",
            default: None,
            doc: "Present (or anything but `false`): every expandable part starts open.",
        },
    ],
    events: &[
        Event {
            name: "naravard-toggle",
            ty: "CustomEvent<{ id: string; open: boolean }>",
            doc: "The resident opens or closes an expandable part. Bubbles and is composed. detail: { id, open }, id is trait-0, trait-1 … or municipalities.",
        },
    ],
    parts: &[
        common::CONTAINER,
        Part {
            name: "root",
            doc: "The målbild's outermost element.",
        },
        Part {
            name: "heading",
            doc: "The main heading.",
        },
        Part {
            name: "period",
            doc: "The line with the period.",
        },
        Part {
            name: "lead",
            doc: "The lead paragraph.",
        },
        Part {
            name: "section",
            doc: "A section.",
        },
        Part {
            name: "section-heading",
            doc: "A section's heading.",
        },
        Part {
            name: "list",
            doc: "A list: reasons, cards, municipalities, links.",
        },
        Part {
            name: "item",
            doc: "An item in a list (each card too).",
        },
        Part {
            name: "card",
            doc: "A card with one trait.",
        },
        Part {
            name: "card-heading",
            doc: "A card's heading.",
        },
        Part {
            name: "scope",
            doc: "The label of a card that holds for the whole country: Gäller hela landet / Applies to the whole country.",
        },
        Part {
            name: "button",
            doc: "A button that expands or collapses.",
        },
        Part {
            name: "panel",
            doc: "The content a button shows.",
        },
        Part {
            name: "parties",
            doc: r#"The line "7 municipalities and Region …"."#,
        },
        Part {
            name: "link",
            doc: "A link.",
        },
        Part {
            name: "source",
            doc: "A source.",
        },
        Part {
            name: "notice",
            doc: "The message shown when something cannot be shown.",
        },
    ],
    css_properties: common::CSS_PROPERTIES,
    slots: &[common::FALLBACK_SLOT],
};
