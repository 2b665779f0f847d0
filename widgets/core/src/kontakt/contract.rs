//! The `<naravard-kontakt>` contract: its attributes, events, CSS parts and tokens, declared
//! once (see `common::contract`). The widget's docs are `docs/widgets/kontakt.md`.

use crate::common::contract::{self as common, Attribute, Contract, Event, Part};

pub const CONTRACT: Contract = Contract {
    kind: "kontakt",
    class: "NaravardKontaktElement",
    summary: "Whom do I contact, and how?",
    description: "Whom to contact: the resident finds their municipality (or the region) and gets its contacts, the region's, the programme's and the national numbers, and a guide to who is responsible for what. See docs/widgets/kontakt.md.",
    // After the attributes every widget has (`common::ATTRIBUTES`).
    attributes: &[
        Attribute {
            name: "kommun",
            ty: "string",
            default: None,
            doc: "Preselects a municipality: id (ornskoldsvik), code (2284) or name (Örnsköldsvik; case and diacritics do not matter).",
        },
        Attribute {
            name: "remember",
            ty: "boolean",
            default: None,
            doc: "When present, the resident's choice is stored in localStorage (key naravard-kontakt:<region>) and shown next time. Without it nothing is stored.",
        },
    ],
    events: &[
        Event {
            name: "naravard-select",
            ty: "CustomEvent<{ code: string; name: string; kind: 'municipality' | 'region' }>",
            doc: r#"The resident chooses a municipality or the region. Bubbles and is composed. Preselection by `kommun` fires no event. detail: { code, name, kind }, the municipality code and name (for the region: county code and region name); kind is "municipality" or "region"."#,
        },
    ],
    parts: &[
        common::CONTAINER,
        Part {
            name: "root",
            doc: "The widget's root, .kontakt.",
        },
        Part {
            name: "heading",
            doc: "The widget's heading.",
        },
        Part {
            name: "intro",
            doc: "The line under the heading.",
        },
        Part {
            name: "finder",
            doc: "The search part (label, hint, field, list).",
        },
        Part {
            name: "label",
            doc: "The search field's label.",
        },
        Part {
            name: "input",
            doc: "The search field (combobox).",
        },
        Part {
            name: "list",
            doc: "The list of choices (listbox).",
        },
        Part {
            name: "option",
            doc: "A choice in the list.",
        },
        Part {
            name: "more",
            doc: "The note under the list when it shows only the first 50 of more matches.",
        },
        Part {
            name: "status",
            doc: "The live region (visually hidden).",
        },
        Part {
            name: "no-match",
            doc: "The message when nothing matches.",
        },
        Part {
            name: "start",
            doc: "Where to start when the data has no route for the municipality: its web site and 1177.",
        },
        Part {
            name: "provenance",
            doc: "A contact's source (the page's domain, linked) and the day it was checked.",
        },
        Part {
            name: "source",
            doc: "The link to a contact's source.",
        },
        Part {
            name: "minority",
            doc: "The national minority languages of an administrative area, with their sources.",
        },
        Part {
            name: "local",
            doc: "The chosen municipality's own way in, under a need in the guide.",
        },
        Part {
            name: "overview",
            doc: "Pre-rendered only, until the finder is first used: the disclosure listing every municipality with its main way in.",
        },
        Part {
            name: "summary",
            doc: "The overview disclosure's summary line.",
        },
        Part {
            name: "result",
            doc: "The cards for the chosen municipality or region.",
        },
        Part {
            name: "card",
            doc: "A card: the municipality's, the region's, the programme's.",
        },
        Part {
            name: "card-heading",
            doc: "A card's heading.",
        },
        Part {
            name: "contacts",
            doc: "A list of contacts.",
        },
        Part {
            name: "item",
            doc: "A contact.",
        },
        Part {
            name: "phone",
            doc: "A phone link in a contact.",
        },
        Part {
            name: "email",
            doc: "An e-mail link in a contact.",
        },
        Part {
            name: "web",
            doc: "A web link in a contact.",
        },
        Part {
            name: "vcard",
            doc: "The link that saves the contacts as a vCard.",
        },
        Part {
            name: "national",
            doc: "The box with the national numbers.",
        },
        Part {
            name: "section-heading",
            doc: "The heading of the national numbers and of the guide.",
        },
        Part {
            name: "guide",
            doc: r#"The guide "Who does what?"."#,
        },
        Part {
            name: "needs",
            doc: "The guide's list.",
        },
        Part {
            name: "need",
            doc: "A need in the guide.",
        },
        Part {
            name: "badge",
            doc: r#"The badge "Municipality" or "Region"."#,
        },
        Part {
            name: "notice",
            doc: "The message when the region is unknown.",
        },
    ],
    css_properties: common::CSS_PROPERTIES,
    slots: &[common::FALLBACK_SLOT],
};
