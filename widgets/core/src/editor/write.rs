//! Writes JSON values back as text (compact), for the editor's exports.

use crate::json::{Kind, Value};

/// Appends `s` as a JSON string literal (the kit's one string writer, `json::write_string`).
pub fn write_str(s: &str, out: &mut String) {
    crate::json::write_string(s, out);
}

/// Appends a parsed value as JSON text.
pub fn write_value(v: &Value, out: &mut String) {
    match &v.kind {
        Kind::Null => out.push_str("null"),
        Kind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        // The data holds years and counts: whole numbers print without a fraction.
        Kind::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
            out.push_str(&format!("{}", *n as i64));
        }
        Kind::Number(n) => out.push_str(&format!("{n}")),
        Kind::String(s) => write_str(s, out),
        Kind::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Kind::Object(members) => {
            out.push('{');
            for (i, m) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(&m.key, out);
                out.push(':');
                write_value(&m.value, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn round_trips() {
        let text = r#"{"a":[1,2.5,true,null,"å \"q\" \\ \n\u0001"],"b":{}}"#;
        let mut out = String::new();
        write_value(&parse(text).unwrap(), &mut out);
        assert_eq!(parse(&out).unwrap().kind, parse(text).unwrap().kind);
        assert!(out.contains("\\u0001"));
    }
}
