//! A widget's attributes read once, into a typed configuration, when they change (the web
//! crate does it on mount and on each attribute change), not on every render. Each reader
//! returns a usable value and, for a value it did not understand, a console message for the
//! editor that names the valid values. A test checks the readers against the contracts: every
//! attribute read is declared, and every declared attribute is read (except `theme` and
//! `loading`, which the stylesheet and the loader handle).

use crate::common::attrs;
use crate::model::{Date, Lang, Level, Variant};
use crate::{fardplan, malbild};

/// The attributes of one widget, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The `region` attribute, trimmed ("" when missing).
    pub region: String,
    /// The `region` attribute as written (for the editor's message), if present.
    pub region_attr: Option<String>,
    /// The top heading's level, 1–6.
    pub heading_level: u8,
    /// `variant`: easy-to-read Swedish or the standard texts.
    pub variant: Variant,
    /// The `src` data file, trimmed, if given.
    pub src: Option<String>,
    pub widget: Widget,
    /// What the editor should hear about in the console.
    pub warnings: Vec<String>,
}

/// What only one widget reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Widget {
    Malbild {
        sections: malbild::Sections,
        expanded: bool,
    },
    Kontakt {
        /// The preselected municipality as written, trimmed (looked up once data is there).
        kommun: Option<String>,
        remember: bool,
    },
    Fardplan(Timeline),
    /// A kind the kit does not have (never asked for by the kit itself).
    Other,
}

/// The roadmap's own attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub levels: Vec<Level>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// The pinned day (`today`), if any; else the reader's date.
    pub today: Option<Date>,
    pub layout: fardplan::Layout,
}

impl Default for Timeline {
    fn default() -> Timeline {
        Timeline {
            levels: Level::ALL.to_vec(),
            from: None,
            to: None,
            today: None,
            layout: fardplan::Layout::default(),
        }
    }
}

/// Reads a widget's own attributes through `get`, adding a console message to `warnings`
/// for each value it did not understand.
pub type WidgetReader =
    fn(get: &dyn Fn(&str) -> Option<String>, warnings: &mut Vec<String>) -> Widget;

impl Config {
    /// Reads the attributes of the widget `kind` ("malbild", "kontakt", "fardplan") through
    /// `get` (an attribute's value by name).
    pub fn read(kind: &str, get: &dyn Fn(&str) -> Option<String>) -> Config {
        let widget: WidgetReader = match kind {
            "malbild" => Widget::read_malbild,
            "kontakt" => Widget::read_kontakt,
            "fardplan" => Widget::read_fardplan,
            _ => |_, _| Widget::Other,
        };
        Config::read_with(get, widget)
    }

    /// The same with the widget's own reader named: a wasm with one widget then holds only
    /// that widget's reader (issue #14).
    pub fn read_with(get: &dyn Fn(&str) -> Option<String>, widget: WidgetReader) -> Config {
        let mut warnings = Vec::new();
        let region_attr = get("region");
        let (heading_level, w) = attrs::heading_level(get("heading-level").as_deref());
        warnings.extend(w);
        warnings.extend(lang_warning(get("lang").as_deref()));
        let (variant, w) = Variant::from_attr(get("variant").as_deref());
        warnings.extend(w);
        let src = get("src")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let widget = widget(get, &mut warnings);
        Config {
            region: region_attr.as_deref().unwrap_or("").trim().to_owned(),
            region_attr,
            heading_level,
            variant,
            src,
            widget,
            warnings,
        }
    }
}

impl Widget {
    pub fn read_malbild(
        get: &dyn Fn(&str) -> Option<String>,
        warnings: &mut Vec<String>,
    ) -> Widget {
        let sections = malbild::Sections::parse(get("sections").as_deref());
        warnings.extend(sections.warning());
        Widget::Malbild {
            sections,
            expanded: attrs::flag(get("expanded").as_deref()),
        }
    }

    pub fn read_kontakt(get: &dyn Fn(&str) -> Option<String>, _: &mut Vec<String>) -> Widget {
        Widget::Kontakt {
            kommun: get("kommun")
                .map(|k| k.trim().to_owned())
                .filter(|k| !k.is_empty()),
            remember: attrs::flag(get("remember").as_deref()),
        }
    }

    pub fn read_fardplan(
        get: &dyn Fn(&str) -> Option<String>,
        warnings: &mut Vec<String>,
    ) -> Widget {
        let (levels, w) = fardplan::levels(get("levels").as_deref());
        warnings.extend(w);
        let (from, to, w) = fardplan::years(get("from").as_deref(), get("to").as_deref());
        warnings.extend(w);
        let (today, w) = fardplan::today(get("today").as_deref());
        warnings.extend(w);
        let (layout, w) = fardplan::layout(get("layout").as_deref());
        warnings.extend(w);
        Widget::Fardplan(Timeline {
            levels,
            from,
            to,
            today,
            layout,
        })
    }
}

/// The editor's console message for a `lang` attribute that is not a language tag (every
/// widget: the målbild alone used to say it). Any tag is accepted: its texts may come from a
/// data file.
pub fn lang_warning(value: Option<&str>) -> Option<String> {
    let v = value?.trim();
    if v.is_empty() || Lang::from_tag(v).is_some() {
        return None;
    }
    Some(
        [
            "lang=\"",
            &attrs::clip(v),
            "\" is not a language tag; use sv, en or another tag such as fi. Using the page's language or Swedish.",
        ]
        .concat(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_warning_only_for_what_is_not_a_language_tag() {
        assert_eq!(lang_warning(None), None);
        assert_eq!(lang_warning(Some("sv-SE")), None);
        assert_eq!(lang_warning(Some("en")), None);
        assert_eq!(lang_warning(Some("fi")), None);
        assert!(lang_warning(Some("1234"))
            .unwrap()
            .contains("not a language tag"));
    }
    use crate::common::contract::ALL;
    use std::cell::RefCell;

    /// Reads a widget's config from `attributes`, recording every name asked for.
    fn read(kind: &str, attributes: &[(&str, &str)]) -> (Config, Vec<String>) {
        let asked = RefCell::new(Vec::new());
        let get = |name: &str| {
            asked.borrow_mut().push(name.to_owned());
            attributes
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        };
        let config = Config::read(kind, &get);
        (config, asked.into_inner())
    }

    #[test]
    fn every_declared_attribute_is_read_and_only_those() {
        for contract in ALL {
            let (_, asked) = read(contract.kind, &[]);
            for name in &asked {
                assert!(
                    contract.attribute(name).is_some(),
                    "{} reads {name}, which its contract does not declare",
                    contract.kind
                );
            }
            for a in contract.all_attributes() {
                // The stylesheet reads `theme` and the loader `loading`.
                if !["theme", "loading"].contains(&a.name) {
                    assert!(
                        asked.iter().any(|n| n == a.name),
                        "{} declares {} but never reads it",
                        contract.kind,
                        a.name
                    );
                }
            }
        }
        assert_eq!(Config::read("nonsense", &|_| None).widget, Widget::Other);
    }

    #[test]
    fn values_and_warnings() {
        let (c, _) = read(
            "fardplan",
            &[
                ("region", " vasternorrland "),
                ("heading-level", "9"),
                ("lang", "12"),
                ("levels", "regional"),
                ("today", "2026-03-01"),
                ("src", "  "),
            ],
        );
        assert_eq!(c.region, "vasternorrland");
        assert_eq!(c.heading_level, 2);
        assert_eq!(c.src, None);
        assert_eq!(c.warnings.len(), 2, "{:?}", c.warnings);
        assert!(c.warnings.iter().any(|w| w.contains("lang=\"12\"")));
        let Widget::Fardplan(timeline) = c.widget else {
            panic!("not a fardplan config")
        };
        assert_eq!(timeline.levels, [Level::Regional]);
        assert_eq!(timeline.today.map(|d| d.day), Some(1));
        let (c, _) = read("kontakt", &[("kommun", " Sundsvall "), ("remember", "")]);
        assert_eq!(
            c.widget,
            Widget::Kontakt {
                kommun: Some("Sundsvall".into()),
                remember: true
            }
        );
        assert_eq!(c.region_attr, None);
        let (c, _) = read(
            "malbild",
            &[("expanded", "false"), ("sections", "why,nope")],
        );
        assert!(matches!(
            c.widget,
            Widget::Malbild {
                expanded: false,
                ..
            }
        ));
        assert!(c.warnings.iter().any(|w| w.contains("sections=")));
    }
}
