//! The validator: each rule reports its message, path and position, all at once.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use naravard_core::decode::{parse_dataset, parse_date, parse_partial_date, Problem};
use naravard_core::json::MAX_INPUT_BYTES;
use naravard_core::*;

fn problems(text: &str) -> Vec<Problem> {
    parse_dataset(text).expect_err("should fail")
}

fn has(ps: &[Problem], path: &str, line: u32, column: u32, msg: &str) {
    assert!(
        ps.iter().any(|p| p.path == path
            && p.line == line
            && p.column == column
            && p.message.contains(msg)),
        "no problem {path} ({line}:{column}) containing {msg:?} in:\n{}",
        ps.iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// One file, many problems: every one is reported with its place.
const BAD: &str = r#"{
  "schema": 1,
  "regions": [
    {
      "id": "Test Region",
      "name": "Region Test",
      "county": "Test",
      "county_code": "2",
      "nmae": "typo",
      "municipalities": [
        {"id": "a", "name": "A", "code": "123"},
        {"id": "a", "name": "B", "code": "1234", "website": "javascript:alert(1)"},
        {"id": "c", "name": "C", "code": "1234", "contacts": [
          {"role": "X", "email": "not an email", "phone": "12", "web": "/relative"},
          {"role": "Y", "phone": "070-abc"},
          {"role": ""}
        ]}
      ],
      "milestones": [
        {"date": "2023-02-29", "title": "Leap"},
        {"date": "2023-fall", "title": "Season"},
        {"date": "2024", "end": "2020", "title": "Backwards", "level": "county", "status": "late"},
        {"title": "No date"}
      ],
      "malbild": {"title": "T", "lead": "L", "period": {"from": 2030, "to": 2020}},
      "guide": [{"need": "N", "where_to_turn": "W", "responsible": "state"}]
    },
    {"id": "test-region", "name": {"sv": "S", "french": "F"}, "county": 5, "county_code": "22"},
    {"id": "test-region", "name": "Again", "county": "X", "county_code": "22"}
  ]
}"#;

#[test]
fn reports_every_problem_with_path_and_position() {
    let ps = problems(BAD);
    has(
        &ps,
        "regions[0].id",
        5,
        13,
        "\"Test Region\" is not a valid id",
    );
    has(&ps, "regions[0].county_code", 8, 22, "is not a county code");
    has(&ps, "regions[0].nmae", 9, 7, "unknown field \"nmae\"");
    has(
        &ps,
        "regions[0].municipalities[0].code",
        11,
        42,
        "is not a municipality code",
    );
    has(
        &ps,
        "regions[0].municipalities[1].website",
        12,
        61,
        "\"javascript:alert(1)\" is not an allowed link; use a web address that starts with https:// or http://",
    );
    has(
        &ps,
        "regions[0].municipalities[1].id",
        12,
        16,
        "the municipality id \"a\" is used twice",
    );
    has(
        &ps,
        "regions[0].municipalities[2].code",
        13,
        42,
        "the municipality code \"1234\" is used twice",
    );
    has(
        &ps,
        "regions[0].municipalities[2].contacts[0].email",
        14,
        34,
        "is not a valid e-mail address",
    );
    has(
        &ps,
        "regions[0].municipalities[2].contacts[0].phone",
        14,
        59,
        "has 2 digits; a phone number has 3 to 15",
    );
    has(
        &ps,
        "regions[0].municipalities[2].contacts[0].web",
        14,
        72,
        "\"/relative\" is not an allowed link",
    );
    has(
        &ps,
        "regions[0].municipalities[2].contacts[1].phone",
        15,
        34,
        "is not a phone number",
    );
    has(
        &ps,
        "regions[0].municipalities[2].contacts[2].role",
        16,
        20,
        "must not be empty",
    );
    has(
        &ps,
        "regions[0].municipalities[2].contacts[2]",
        16,
        11,
        "needs at least one of",
    );
    has(
        &ps,
        "regions[0].milestones[0].date",
        20,
        18,
        "\"2023-02-29\" is not a valid date",
    );
    has(
        &ps,
        "regions[0].milestones[1].date",
        21,
        18,
        "\"2023-fall\" is not a valid date",
    );
    has(
        &ps,
        "regions[0].milestones[2].end",
        22,
        33,
        "ends before it starts",
    );
    has(
        &ps,
        "regions[0].milestones[2].level",
        22,
        72,
        "\"county\" is not allowed here; use one of: national, regional, municipal",
    );
    has(
        &ps,
        "regions[0].milestones[2].status",
        22,
        92,
        "use one of: done, ongoing, ahead",
    );
    has(
        &ps,
        "regions[0].milestones[3].date",
        23,
        9,
        "the required field \"date\" is missing",
    );
    has(
        &ps,
        "regions[0].malbild.period.to",
        25,
        77,
        "the period ends (2020) before it starts (2030)",
    );
    has(
        &ps,
        "regions[0].guide[0].responsible",
        26,
        68,
        "use one of: municipality, region",
    );
    has(
        &ps,
        "regions[1].name.french",
        28,
        47,
        "unknown field \"french\"",
    );
    has(&ps, "regions[1].county", 28, 73, "expected a text");
    has(
        &ps,
        "regions[2].id",
        29,
        12,
        "the region id \"test-region\" is used twice",
    );
    assert!(ps.len() >= 24, "{}", ps.len());
}

#[test]
fn display_format() {
    let p = Problem {
        path: "regions[0].municipalities[3].contacts[1].web".into(),
        line: 40,
        column: 18,
        message:
            "\"javascript:alert(1)\" is not an allowed link; use a web address that starts with https:// or http://"
                .into(),
    };
    assert_eq!(
        p.to_string(),
        "regions[0].municipalities[3].contacts[1].web (line 40, column 18): \"javascript:alert(1)\" is not an allowed link; use a web address that starts with https:// or http://"
    );
}

#[test]
fn schema_version_is_checked() {
    has(
        &problems(r#"{"schema": 2}"#),
        "schema",
        1,
        12,
        "unknown format version",
    );
    has(
        &problems(r#"{"schema": "1"}"#),
        "schema",
        1,
        12,
        "unknown format version",
    );
    has(
        &problems("{}"),
        "schema",
        1,
        1,
        "the required field \"schema\" is missing",
    );
    has(&problems("[]"), "", 1, 1, "expected an object");
    assert!(parse_dataset(r#"{"schema": 1}"#).is_ok());
}

#[test]
fn duplicate_keys_are_reported() {
    has(
        &problems("{\"schema\": 1,\n \"schema\": 1}"),
        "schema",
        2,
        2,
        "written twice",
    );
}

#[test]
fn json_syntax_errors_have_positions() {
    let ps = problems("{\n  \"schema\": 1,\n}");
    assert_eq!(ps.len(), 1);
    assert_eq!((ps[0].line, ps[0].column, ps[0].path.as_str()), (3, 1, ""));
}

fn link_problem(link: &str) -> Option<Problem> {
    let text = format!(
        r#"{{"schema": 1, "regions": [{{"id": "vasternorrland", "website": {}}}]}}"#,
        json_string(link)
    );
    parse_dataset(&text).err().map(|mut ps| ps.remove(0))
}

fn json_string(s: &str) -> String {
    naravard_core::json::string_literal(s)
}

#[test]
fn hostile_links_are_rejected() {
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "java\tscript:alert(1)",
        "java\u{0}script:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example",
        "/relative/page",
        "www.example.se",
        "https://",
        "https://@",
        "https://exa mple.se",
        "mailto:",
        "tel:abc",
        // A phone number or an address has its own field; a link is a web address.
        "mailto:naravard@rvn.se",
        "tel:1177",
        "tel:+461177",
        "",
        "   ",
    ] {
        let p = link_problem(bad).unwrap_or_else(|| panic!("{bad:?} was accepted"));
        assert_eq!(p.path, "regions[0].website", "{bad:?}");
        assert_eq!((p.line, p.column), (1, 63), "{bad:?}");
    }
    let p = link_problem("java\tscript:x").unwrap();
    assert!(
        p.message
            .contains("\"java\\tscript:x\" is not an allowed link"),
        "{}",
        p.message
    );
    for good in [
        "https://www.1177.se",
        "http://example.se/a?b=c#d",
        "HTTPS://WWW.RVN.SE",
        " https://www.rvn.se ",
    ] {
        assert!(link_problem(good).is_none(), "{good:?} was rejected");
    }
}

#[test]
fn phones_and_emails() {
    let contact = |field: &str, value: &str| {
        let text = format!(
            r#"{{"schema": 1, "national": {{"contacts": [{{"role": "R", "{field}": {}}}]}}}}"#,
            json_string(value)
        );
        parse_dataset(&text).err()
    };
    for ok in [
        "1177",
        "112",
        "+46 60 123 45",
        "060-12 34 56",
        "123456789012345",
    ] {
        assert!(contact("phone", ok).is_none(), "{ok}");
    }
    for bad in [
        "12",
        "1234567890123456",
        "++46",
        "tel:1177",
        "(060) 12",
        "+",
        "-112",
        "ett",
    ] {
        assert!(contact("phone", bad).is_some(), "{bad}");
    }
    for ok in ["naravard@rvn.se", "a.b+c@sub.example.se"] {
        assert!(contact("email", ok).is_none(), "{ok}");
    }
    for bad in [
        "naravard",
        "@rvn.se",
        "a@b",
        "a b@rvn.se",
        "a@@rvn.se",
        "a@rvn.s",
        "a..b@rvn.se",
        "a@-rvn.se",
        "mailto:a@rvn.se",
    ] {
        assert!(contact("email", bad).is_some(), "{bad}");
    }
}

#[test]
fn dates() {
    assert_eq!(
        parse_date("2024-02-29"),
        Some(Date {
            year: 2024,
            month: 2,
            day: 29
        })
    );
    assert_eq!(parse_date("2000-02-29").map(|d| d.day), Some(29));
    for bad in [
        "2023-02-29",
        "1900-02-29",
        "2023-04-31",
        "2023-13-01",
        "2023-00-10",
        "2023-01-00",
        "2023-1-01",
        "23-01-01",
        "2023-01-01x",
        "",
        "2023/01/01",
    ] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
    assert_eq!(parse_date("2023-12-31").map(|d| d.day), Some(31));
    let first_of_january = Date {
        year: 2023,
        month: 1,
        day: 1,
    };
    for (text, want) in [
        ("2030", PartialDate::Year(2030)),
        ("2023-autumn", PartialDate::Season(2023, Season::Autumn)),
        ("2023-spring", PartialDate::Season(2023, Season::Spring)),
        ("2023-summer", PartialDate::Season(2023, Season::Summer)),
        ("2023-winter", PartialDate::Season(2023, Season::Winter)),
        ("2021-06", PartialDate::Month(2021, 6)),
        ("2023-01-01", PartialDate::Day(first_of_january)),
    ] {
        assert_eq!(parse_partial_date(text), Some(want), "{text}");
    }
    for bad in [
        "203",
        "2023-13",
        "2023-fall",
        "2023-Autumn",
        "2023-",
        "2023-06-",
        "2023-02-30",
        "abcd",
    ] {
        assert_eq!(parse_partial_date(bad), None, "{bad}");
    }
}

#[test]
fn text_lengths_are_capped() {
    let long = "a".repeat(201);
    let text = format!(
        r#"{{"schema": 1, "national": {{"guide": [{{"need": "{long}", "where_to_turn": "{}"}}]}}}}"#,
        "b".repeat(2001)
    );
    let ps = problems(&text);
    has(
        &ps,
        "national.guide[0].need",
        1,
        47,
        "is 201 characters long; at most 200 are allowed",
    );
    assert!(
        ps.iter()
            .any(|p| p.path == "national.guide[0].where_to_turn"
                && p.message.contains("at most 2000"))
    );
}

#[test]
fn deep_nesting_and_huge_input_are_errors() {
    let deep = format!("{{\"schema\": 1, \"x\": {}}}", "[".repeat(10_000));
    let ps = problems(&deep);
    assert!(ps[0].message.contains("nested too deeply"));
    let huge = format!(
        "{{\"schema\": 1, \"regions\": [], \"$schema\": \"{}\"}}",
        "x".repeat(MAX_INPUT_BYTES)
    );
    let ps = problems(&huge);
    assert_eq!((ps[0].line, ps[0].column), (1, 1));
    assert!(ps[0].message.contains("limit"));
}

#[test]
fn extension_of_a_bundled_region_may_leave_out_required_fields() {
    let mut r = Registry::bundled();
    let ok = r#"{"schema": 1, "regions": [{"id": "vasternorrland", "municipalities": [{"id": "ange", "website": "https://www.ange.se/omsorg"}]}]}"#;
    assert_eq!(r.load(ok), vec![]);
    let vn = r.region("vasternorrland").unwrap();
    assert_eq!(
        vn.municipality("2260").unwrap().website.as_deref(),
        Some("https://www.ange.se/omsorg")
    );
    assert_eq!(vn.name.sv, "Region Västernorrland");

    let text = "{\"schema\": 1, \"regions\": [\n  {\"id\": \"new-region\", \"county_code\": \"99\"},\n  {\"id\": \"vasternorrland\", \"municipalities\": [{\"id\": \"new-town\"}]}\n]}";
    let before = r.clone();
    let ps = r.load(text);
    has(
        &ps,
        "regions[0].name",
        2,
        3,
        "the field \"name\" is required for a new region",
    );
    has(
        &ps,
        "regions[0].county",
        2,
        3,
        "\"county\" is required for a new region",
    );
    has(
        &ps,
        "regions[1].municipalities[0].name",
        3,
        47,
        "required for a new municipality",
    );
    has(
        &ps,
        "regions[1].municipalities[0].code",
        3,
        47,
        "required for a new municipality",
    );
    assert_eq!(r, before, "nothing is added from a file with problems");
}

#[test]
fn merge_extends_and_appends() {
    let mut r = Registry::bundled();
    let text = r#"{"schema": 1,
      "regions": [
        {"id": "vastra-gotaland", "website": "https://www.vgregion.se/naravard",
         "municipalities": [{"id": "x", "code": "1401", "website": "https://www.harryda.se"},
                            {"id": "ny-kommun", "name": "Ny kommun", "code": "1499"}]},
        {"id": "ny-region", "name": "Region Ny", "county": "Ny", "county_code": "99",
         "municipalities": [{"id": "ny", "name": "Ny", "code": "9901"}]}
      ],
      "national": {"contacts": [{"role": "Webb", "web": "https://www.1177.se"}]}}"#;
    // 1499 is Falköping: matched by code, so nothing new is appended for it.
    assert_eq!(r.load(text), vec![]);
    let vg = r.region("vastra-gotaland").unwrap();
    assert_eq!(vg.municipalities.len(), 49);
    assert_eq!(
        vg.municipality("harryda").unwrap().website.as_deref(),
        Some("https://www.harryda.se")
    );
    assert_eq!(vg.municipality("1499").unwrap().name, "Ny kommun");
    assert_eq!(
        vg.website.as_deref(),
        Some("https://www.vgregion.se/naravard")
    );
    assert_eq!(
        r.region("ny-region")
            .unwrap()
            .municipality("Ny")
            .unwrap()
            .code,
        "9901"
    );
    assert_eq!(r.national.contacts.len(), 3);
}

#[test]
fn text_and_source_forms() {
    let text = r#"{"schema": 1, "national": {"milestones": [
        {"date": "2020", "title": {"sv": "Titel", "en": "Title"}, "source": "Källa"},
        {"date": "2020", "title": "Bara svenska", "source": {"name": {"sv": "K", "en": "S"}, "url": "https://skr.se"}}
    ]}}"#;
    let ds = parse_dataset(text).unwrap();
    let ms = &ds.national.unwrap().milestones;
    assert_eq!(ms[0].title.get(Lang::En), "Title");
    assert_eq!(ms[1].title.get(Lang::En), "Bara svenska");
    assert_eq!(ms[0].source.as_ref().unwrap().name.sv, "Källa");
    assert_eq!(
        ms[1].source.as_ref().unwrap().url.as_deref(),
        Some("https://skr.se")
    );
    assert_eq!(ms[1].source.as_ref().unwrap().name.get(Lang::En), "S");
}

/// The examples in docs/data-format.md are real data files: the validator accepts each as it
/// stands, so the docs cannot show a field or value the format no longer has.
#[test]
fn the_data_format_docs_examples_are_valid() {
    let docs = include_str!("../../../docs/data-format.md");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in docs.lines() {
        match (&mut current, line.trim_start()) {
            (None, l) if l.starts_with("```json") => current = Some(String::new()),
            (Some(_), l) if l.starts_with("```") => blocks.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    // Whole files only (a fragment that shows one object is not a file).
    blocks.retain(|b| b.contains("\"schema\":"));
    assert!(blocks.len() >= 2, "the Swedish and the English example");
    for block in blocks {
        let mut registry = Registry::bundled();
        assert_eq!(registry.load(&block), vec![], "{block}");
    }
}

/// The rules across fields are said even when another field of the same item is wrong, so an
/// editor sees every problem at once (the decoder's fields come from the declaration, these
/// rules read the JSON).
#[test]
fn rules_across_fields_hold_when_another_field_is_wrong() {
    let ps = problems(
        r#"{"schema": 1, "regions": [{"id": "provlan", "name": "Region Prov", "county": "Prov",
  "county_code": "99",
  "malbild": {"title": "T", "lead": "L",
    "traits": [{"title": 5, "for_you": "F", "scope": "national"}]},
  "milestones": [{"date": "2030", "end": "2020"}],
  "contacts": [{"role": ""}]}]}"#,
    );
    has(
        &ps,
        "regions[0].malbild.traits[0].title",
        4,
        26,
        "expected a text",
    );
    has(
        &ps,
        "regions[0].malbild.traits[0]",
        4,
        16,
        "needs a \"source\"",
    );
    has(&ps, "regions[0].milestones[0].title", 5, 18, "is missing");
    has(
        &ps,
        "regions[0].milestones[0].end",
        5,
        42,
        "ends before it starts",
    );
    has(
        &ps,
        "regions[0].contacts[0].role",
        6,
        25,
        "must not be empty",
    );
    has(
        &ps,
        "regions[0].contacts[0]",
        6,
        16,
        "needs at least one of",
    );
}
