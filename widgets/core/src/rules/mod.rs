//! The value rules of the data format and the widgets, each written once: what a link, a phone
//! number, an e-mail address and a date are, and how Swedish names sort. The decoder, the
//! JSON Schema (each rule's `PATTERN`) and the widgets all call these.
//!
//! `widgets/core/tests/rule-cases.json` lists values and whether each rule accepts them; the
//! native test `tests/rules.rs` checks the Rust rules against it and the node test
//! `tests/browser/schema.test.mjs` checks the generated schema's patterns against it with a
//! real JSON Schema validator (Ajv), so a rule and its pattern cannot drift apart.

pub mod collate;
pub mod date;
pub mod email;
pub mod link;
pub mod phone;

/// Removes the whitespace JSON itself knows (space, tab, line feed, carriage return) around a
/// value. Only these, so that the schema patterns (`^[ \t\n\r]*…`) say exactly the same.
pub fn trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\r'])
}

/// Characters a link, address or number must not hold: whitespace, control characters and
/// the invisible U+FEFF (which JavaScript's `\s` counts as a space, Rust's does not).
pub fn invisible(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{feff}'
}

/// Quotes a value for a message, shortened and with control characters made visible.
/// (Hand-written rather than `{:?}`, whose Unicode tables would add kilobytes to the wasm.)
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(64) + 2);
    out.push('"');
    for c in s.chars().take(60) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                out.push_str("\\u{");
                out.push_str(&format!("{:x}", u32::from(c)));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    if s.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}
