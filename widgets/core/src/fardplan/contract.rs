//! The `<naravard-fardplan>` contract: its attributes, events, CSS parts and tokens, declared
//! once (see `common::contract`). The widget's docs are `docs/widgets/fardplan.md`.

use crate::common::contract::{self as common, Attribute, Contract, Event, Part};

pub const CONTRACT: Contract = Contract {
    kind: "fardplan",
    class: "NaravardFardplanElement",
    summary: "The roadmap for close care.",
    description: "The reform's roadmap (färdplan): national, regional and local milestones on one timeline, with what is done, under way and ahead.",
    // After the attributes every widget has (`common::ATTRIBUTES`).
    attributes: &[
        Attribute {
            name: "levels",
            ty: "string",
            default: Some(r#""national,regional,municipal""#),
            doc: "Comma list of the levels to show: national, regional, municipal.",
        },
        Attribute {
            name: "from",
            ty: "string",
            default: None,
            doc: "First year shown (four digits).",
        },
        Attribute {
            name: "to",
            ty: "string",
            default: None,
            doc: "Last year shown (four digits).",
        },
        Attribute {
            name: "today",
            ty: "string",
            default: None,
            doc: "Pins today's date, YYYY-MM-DD (for print or tests); default is the reader's date.",
        },
        Attribute {
            name: "layout",
            ty: "'auto' | 'vertical' | 'horizontal'",
            default: Some(r#""auto""#),
            doc: "auto, vertical or horizontal.",
        },
    ],
    events: &[
        Event {
            name: "naravard-toggle",
            ty: "CustomEvent<{ id: string; open: boolean }>",
            doc: "The resident shows or hides a milestone's details. Bubbles and is composed. detail: { id, open }, id is milestone-0, milestone-1 ….",
        },
        Event {
            name: "naravard-filter",
            ty: "CustomEvent<{ levels: string[] }>",
            doc: "The resident switches a level filter. Bubbles and is composed. detail: { levels }, the levels still shown (national, regional, municipal).",
        },
    ],
    parts: &[
        common::CONTAINER,
        Part {
            name: "root",
            doc: "The roadmap's outermost element.",
        },
        Part {
            name: "heading",
            doc: "The main heading.",
        },
        Part {
            name: "region",
            doc: "The line naming the region.",
        },
        Part {
            name: "lead",
            doc: "The lead paragraph.",
        },
        Part {
            name: "count",
            doc: "The live count of milestones shown.",
        },
        Part {
            name: "now",
            doc: "The summary of where today is.",
        },
        Part {
            name: "progress",
            doc: "The progress bar toward the target year.",
        },
        Part {
            name: "filters",
            doc: "The group of level filter buttons.",
        },
        Part {
            name: "chip",
            doc: "A level filter button (aria-pressed).",
        },
        Part {
            name: "list",
            doc: "The timeline.",
        },
        Part {
            name: "item",
            doc: "A milestone.",
        },
        Part {
            name: "card",
            doc: "A milestone's card.",
        },
        Part {
            name: "item-heading",
            doc: "A milestone's heading.",
        },
        Part {
            name: "meta",
            doc: "A milestone's date, level and status line.",
        },
        Part {
            name: "date",
            doc: "A milestone's date.",
        },
        Part {
            name: "level",
            doc: "A milestone's level.",
        },
        Part {
            name: "status",
            doc: "A milestone's status (done, under way, ahead).",
        },
        Part {
            name: "button",
            doc: "The button that shows or hides a milestone's details.",
        },
        Part {
            name: "details",
            doc: "A milestone's details.",
        },
        Part {
            name: "source",
            doc: "A source.",
        },
        Part {
            name: "today-marker",
            doc: "The marker for today on the timeline.",
        },
        Part {
            name: "notice",
            doc: "The message when nothing can be shown.",
        },
    ],
    css_properties: common::CSS_PROPERTIES,
    slots: &[common::FALLBACK_SLOT],
};
