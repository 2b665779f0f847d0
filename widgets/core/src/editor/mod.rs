//! What the data editor (`examples/editor.html`, issue #17) needs from the kit, with no browser:
//! validation with Swedish messages, the bundled data of one municipality as the data format,
//! and contacts read from a spreadsheet's CSV file. The editor keeps no rules of its own: every
//! check is the decoder's (`decode`, `Registry::load`), so new fields and rules reach it as is.

pub mod csv;
pub mod import;
pub mod messages;
pub mod texts;
pub(crate) mod write;

use crate::json::{self, Kind};
use crate::model::Lang;
use crate::registry::{Registry, BUNDLED};
pub use write::{write_str, write_value};

/// A problem in the edited data, with its message in the editor's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorProblem {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// The language `message` is in (English when no Swedish form exists yet).
    pub lang: Lang,
}

/// Checks a data file exactly as the widgets and `naravard-validate` do: on top of the bundled
/// data. An empty list means the widgets will load the file.
pub fn validate(text: &str, lang: Lang) -> Vec<EditorProblem> {
    let mut registry = Registry::bundled();
    registry
        .load(text)
        .into_iter()
        .map(|p| {
            let (message, lang) = messages::translate(&p.message, lang);
            EditorProblem {
                path: p.path,
                line: p.line,
                column: p.column,
                message,
                lang,
            }
        })
        .collect()
}

/// The problems as JSON for the page: `[{"path", "line", "column", "message", "lang"}]`.
pub fn problems_json(problems: &[EditorProblem]) -> String {
    let mut out = String::from("[");
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"path\":");
        write_str(&p.path, &mut out);
        out.push_str(&format!(
            ",\"line\":{},\"column\":{},\"message\":",
            p.line, p.column
        ));
        write_str(&p.message, &mut out);
        out.push_str(",\"lang\":");
        write_str(p.lang.tag(), &mut out);
        out.push('}');
    }
    out.push(']');
    out
}

/// The bundled regions and municipalities, for the editor's pickers:
/// `[{"id", "name", "municipalities": [{"id", "name", "code"}]}]`.
pub fn regions_json() -> String {
    let registry = Registry::bundled();
    let mut out = String::from("[");
    for (i, r) in registry.regions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        write_str(&r.id, &mut out);
        out.push_str(",\"name\":");
        write_str(&r.name.sv, &mut out);
        out.push_str(",\"municipalities\":[");
        for (j, m) in r.municipalities.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"id\":");
            write_str(&m.id, &mut out);
            out.push_str(",\"name\":");
            write_str(&m.name, &mut out);
            out.push_str(",\"code\":");
            write_str(&m.code, &mut out);
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push(']');
    out
}

/// What the kit already holds for one municipality, in the data format: the municipality's
/// object from the bundled file (with its contacts), and the region's milestones. Taken from
/// the bundled JSON as written, so fields added to the format later come along.
/// `{"municipality": {…}, "milestones": […]}`, or `None` for an unknown region or municipality.
pub fn bundled_municipality(region: &str, kommun: &str) -> Option<String> {
    for (_, text) in BUNDLED {
        let Ok(root) = json::parse(text) else {
            continue;
        };
        let Some(Kind::Array(regions)) = root.get("regions").map(|r| &r.kind) else {
            continue;
        };
        for r in regions {
            if !matches!(r.get("id").map(|v| &v.kind), Some(Kind::String(id)) if id == region) {
                continue;
            }
            let Some(Kind::Array(list)) = r.get("municipalities").map(|m| &m.kind) else {
                continue;
            };
            let found = list.iter().find(
                |m| matches!(m.get("id").map(|v| &v.kind), Some(Kind::String(id)) if id == kommun),
            )?;
            let mut out = String::from("{\"municipality\":");
            write_value(found, &mut out);
            out.push_str(",\"milestones\":");
            match r.get("milestones") {
                Some(v) => write_value(v, &mut out),
                None => out.push_str("[]"),
            }
            out.push('}');
            return Some(out);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_str(v: &json::Value) -> Option<&str> {
        match &v.kind {
            Kind::String(s) => Some(s),
            _ => None,
        }
    }

    #[test]
    fn validate_gives_swedish_messages_with_paths_and_positions() {
        let text = "{\"schema\": 1, \"regions\": [{\"id\": \"vasternorrland\",\n\
            \"municipalities\": [{\"id\": \"sundsvall\", \"contacts\": [\n\
            {\"role\": \"Biståndshandläggare\", \"phone\": \"12\"}]}]}]}";
        let problems = validate(text, Lang::Sv);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let p = &problems[0];
        assert_eq!(p.path, "regions[0].municipalities[0].contacts[0].phone");
        assert_eq!((p.line, p.column), (3, 42));
        assert_eq!(p.lang, Lang::Sv);
        assert!(p.message.contains("3 till 15"), "{}", p.message);
        let en = validate(text, Lang::En);
        assert!(en[0].message.contains("3 to 15"));
        let json = problems_json(&problems);
        assert!(json.starts_with(
            "[{\"path\":\"regions[0].municipalities[0].contacts[0].phone\",\"line\":3"
        ));
        // A file that extends a bundled region by its id is fine.
        assert_eq!(
            validate(
                r#"{"schema": 1, "regions": [{"id": "vasternorrland", "municipalities": [{"id": "sundsvall",
                  "contacts": [{"role": "Växel", "phone": "060-19 10 00", "source": "x"}]}]}]}"#,
                Lang::Sv
            ),
            vec![]
        );
    }

    #[test]
    fn a_broken_file_is_reported_at_its_line_and_column() {
        let problems = validate("{\"schema\": 1,\n  \"regions\": [}", Lang::Sv);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (2, 15));
        assert_eq!(problems[0].lang, Lang::Sv);
    }

    #[test]
    fn bundled_municipality_is_the_data_format_and_reloads() {
        let regions = regions_json();
        assert!(regions.contains("\"id\":\"sundsvall\""));
        let text = bundled_municipality("vasternorrland", "sundsvall").unwrap();
        let v = json::parse(&text).unwrap();
        assert_eq!(v.at("municipality.id").and_then(as_str), Some("sundsvall"));
        assert!(matches!(
            v.get("milestones").map(|m| &m.kind),
            Some(Kind::Array(_))
        ));
        assert_eq!(bundled_municipality("vasternorrland", "atlantis"), None);
        assert_eq!(bundled_municipality("atlantis", "sundsvall"), None);
        // The municipality object as written passes the decoder again.
        let mut doc = String::from(
            r#"{"schema": 1, "regions": [{"id": "vasternorrland", "municipalities": ["#,
        );
        write_value(v.get("municipality").unwrap(), &mut doc);
        doc.push_str("]}]}");
        assert_eq!(validate(&doc, Lang::Sv), vec![]);
    }
}
