//! The JSON reader's tests: valid and invalid documents, positions, limits.

use super::*;

#[test]
fn parses_values_with_positions() {
    let v = parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"b\": \"x\\u00e5\\ud83d\\ude00\"\n}")
        .unwrap();
    assert_eq!(v.pos, Pos { line: 1, column: 1 });
    let a = v.get("a").unwrap();
    assert_eq!(a.pos, Pos { line: 2, column: 8 });
    let Kind::Array(items) = &a.kind else {
        panic!()
    };
    assert_eq!(items[1].kind, Kind::Number(-2500.0));
    assert_eq!(
        items[1].pos,
        Pos {
            line: 2,
            column: 12
        }
    );
    assert_eq!(v.get("b").unwrap().kind, Kind::String("xå😀".into()));
}

#[test]
fn columns_count_characters() {
    let v = parse("{\"ö\": \"åäö\", \"x\": 1}").unwrap();
    assert_eq!(
        v.get("x").unwrap().pos,
        Pos {
            line: 1,
            column: 19
        }
    );
}

#[test]
fn keeps_key_order_and_duplicates() {
    let v = parse(r#"{"b":1,"a":2,"b":3}"#).unwrap();
    let Kind::Object(m) = &v.kind else { panic!() };
    let keys: Vec<_> = m.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["b", "a", "b"]);
}

#[test]
fn rejects_bad_json() {
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "01",
        "1.",
        "-",
        "\"abc",
        "\"a\nb\"",
        "tru",
        "{'a':1}",
        "[1] x",
        "\"\\x\"",
        "\"\\ud800\"",
        "1e999",
        "{\"a\" 1}",
        "NaN",
    ] {
        assert!(parse(bad).is_err(), "{bad:?} should fail");
    }
}

#[test]
fn numbers_read_like_the_standard_parser() {
    for text in [
        "0",
        "-0",
        "7",
        "2030",
        "-2.5e3",
        "0.5",
        "127.5",
        "1e3",
        "1E+2",
        "12.25e-1",
        "9007199254740993",
        "0.1",
        "0.000001",
        "1e-5",
        "3.14159",
        "255",
    ] {
        assert_eq!(parse_number(text), text.parse::<f64>().ok(), "{text}");
    }
    assert_eq!(parse_number("1e999"), Some(f64::INFINITY));
    assert_eq!(parse_number("1e-999"), Some(0.0));
    for bad in ["", "-", ".", "e5", "1e", "1x", "1.2.3", "--1"] {
        assert_eq!(parse_number(bad), None, "{bad}");
    }
}

#[test]
fn error_positions() {
    let e = parse("{\n  \"a\": tru\n}").unwrap_err();
    assert_eq!(
        e.pos,
        Pos {
            line: 2,
            column: 11
        }
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    let e = parse(&deep).unwrap_err();
    assert!(e.message.contains("nested too deeply"));
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert!(parse(&too_deep).is_err());
    let objs = "{\"a\":".repeat(1000);
    assert!(parse(&objs).is_err());
}

#[test]
fn huge_input_is_an_error() {
    let big = format!("\"{}\"", "a".repeat(MAX_INPUT_BYTES));
    let e = parse(&big).unwrap_err();
    assert!(e.message.contains("limit"));
}

#[test]
fn locate_follows_paths() {
    let v = parse("{\"r\": [{\"m\": [0, {\"x\": 5}]}]}").unwrap();
    assert_eq!(v.locate("r[0].m[1].x").column, 24);
    assert_eq!(v.locate("r[0].m[1].missing").column, 18);
    assert_eq!(v.locate("r[3]").column, 7);
}
