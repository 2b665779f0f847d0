//! The value rules against the shared case table `rule-cases.json`, through the decoder as an
//! editor's file meets it. `tests/browser/schema.test.mjs` runs the same table through the
//! generated JSON Schema with a real validator, so the decoder and the schema agree on it.

#![allow(clippy::unwrap_used, clippy::panic)]

use naravard_core::decode::parse_dataset;
use naravard_core::json::{self, Kind, Value};
use naravard_core::kontakt::{mailto, phone, safe_url};
use naravard_core::malbild::is_web_url;

/// A data file holding `value` where `rule` applies (the same shapes as the schema test).
fn file(rule: &str, value: &str) -> String {
    let v = json::string_literal(value);
    let item = match rule {
        "link" => format!(r#""contacts": [{{"role": "R", "web": {v}}}]"#),
        "phone" => format!(r#""contacts": [{{"role": "R", "phone": {v}}}]"#),
        "email" => format!(r#""contacts": [{{"role": "R", "email": {v}}}]"#),
        "date" => {
            format!(r#""contacts": [{{"role": "R", "web": "https://rvn.se", "verified": {v}}}]"#)
        }
        "partial_date" => format!(r#""milestones": [{{"date": {v}, "title": "T"}}]"#),
        other => panic!("no file shape for the rule {other}"),
    };
    format!(r#"{{"schema": 1, "national": {{{item}}}}}"#)
}

fn strings(v: &Value) -> Vec<String> {
    match &v.kind {
        Kind::Array(items) => items
            .iter()
            .map(|i| match &i.kind {
                Kind::String(s) => s.clone(),
                _ => panic!("a case is not a string"),
            })
            .collect(),
        _ => panic!("expected a list of cases"),
    }
}

fn cases() -> Vec<(String, Vec<String>, Vec<String>)> {
    let text = include_str!("rule-cases.json");
    let root = json::parse(text).unwrap();
    let Kind::Object(members) = &root.kind else {
        panic!("rule-cases.json is not an object")
    };
    members
        .iter()
        .filter(|m| !m.key.starts_with('_'))
        .map(|m| {
            let valid = strings(m.value.get("valid").unwrap());
            let invalid = strings(m.value.get("invalid").unwrap());
            (m.key.clone(), valid, invalid)
        })
        .collect()
}

#[test]
fn the_decoder_decides_every_case_as_the_table_says() {
    let all = cases();
    assert_eq!(all.len(), 5, "link, phone, email, date, partial_date");
    for (rule, valid, invalid) in all {
        for v in &valid {
            let outcome = parse_dataset(&file(&rule, v));
            assert!(outcome.is_ok(), "{rule}: {v:?} refused: {outcome:?}");
        }
        for v in &invalid {
            assert!(
                parse_dataset(&file(&rule, v)).is_err(),
                "{rule}: {v:?} accepted"
            );
        }
    }
}

/// The widgets show a link, an address or a number exactly when the validator accepts it:
/// the contact card once dropped a `tel:` web link the decoder let through.
#[test]
fn the_widgets_show_exactly_what_the_decoder_accepts() {
    for (rule, valid, invalid) in cases() {
        // A phone number the card cannot place (no 0, no +) is shown as written, unlinked;
        // a number the rule refuses is never dialled.
        let shown = |v: &str| match rule.as_str() {
            "link" => safe_url(v).is_some() && is_web_url(v),
            "email" => mailto(v).is_some(),
            "phone" => phone::tel_href(v).is_some() || !phone::display(v).is_empty(),
            _ => true,
        };
        let dialled = |v: &str| rule != "phone" || phone::tel_href(v).is_some();
        if !["link", "email", "phone"].contains(&rule.as_str()) {
            continue;
        }
        for v in &valid {
            assert!(shown(v), "{rule}: the widget drops {v:?}");
        }
        for v in &invalid {
            assert!(!(shown(v) && dialled(v)), "{rule}: the widget links {v:?}");
        }
    }
}
