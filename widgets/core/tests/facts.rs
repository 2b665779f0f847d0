//! The bundled data against the facts it is made from (widgets/core/data/facts/*.tsv, a copy
//! of the reviewed facts kept in the repo so a clean clone checks them too): no phone number
//! or e-mail address that no shown fact gives, no `low` fact shown, every municipality with
//! its code, every usable route shown, and the web site notes as checked as the facts say.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use naravard_core::registry::BUNDLED;
use naravard_core::*;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A TSV file as rows of column name → value.
fn tsv(path: PathBuf) -> Vec<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let head: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .map(|l| {
            head.iter()
                .zip(l.split('\t').chain(std::iter::repeat("")))
                .map(|(k, v)| (k.to_string(), v.trim().to_string()))
                .collect()
        })
        .collect()
}

fn facts(name: &str) -> Vec<BTreeMap<String, String>> {
    tsv(data_dir().join("facts").join(name))
}

fn shown(row: &BTreeMap<String, String>) -> bool {
    matches!(row["confidence"].as_str(), "high" | "medium")
}

/// The national numbers every dataset may name (the facts' README).
const NATIONAL_PHONES: [&str; 2] = ["1177", "112"];

struct Allowed {
    phones: BTreeSet<String>,
    emails: BTreeSet<String>,
}

fn allowed() -> Allowed {
    let mut phones: BTreeSet<String> = NATIONAL_PHONES.iter().map(|s| s.to_string()).collect();
    let mut emails = BTreeSet::new();
    for row in facts("contacts.tsv").iter().filter(|r| shown(r)) {
        match row["kind"].as_str() {
            "phone_main" | "phone_care" => {
                phones.insert(row["value"].clone());
            }
            "email_main" | "email_care" => {
                emails.insert(row["value"].clone());
            }
            _ => {}
        }
    }
    // The programme's address is a region fact (regions.tsv names it and where it appears).
    for row in facts("regions.tsv") {
        for word in row["source"].split_whitespace() {
            if word.contains('@') {
                emails.insert(word.to_string());
            }
        }
    }
    Allowed { phones, emails }
}

/// Phone-like runs in a text: digits, spaces and hyphens starting after a quote, a space or
/// a colon, with at least five digits, that are not a date. Digits inside a URL or a word do
/// not start a run.
fn phone_runs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = (chars[i].is_ascii_digit() || chars[i] == '+')
            && (i == 0 || matches!(chars[i - 1], '"' | ' ' | ':' | '(' | '\n'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == ' ' || chars[j] == '-') {
            j += 1;
        }
        let run: String = chars[i..j].iter().collect();
        let run = run.trim_end_matches([' ', '-']).to_string();
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let date = decode::parse_date(&run).is_some() || decode::parse_partial_date(&run).is_some();
        if digits >= 5 && !date {
            out.push(run);
        }
        i = j;
    }
    out
}

/// Every e-mail-like token (around an @) in a text.
fn email_tokens(text: &str) -> Vec<String> {
    let word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    text.match_indices('@')
        .map(|(i, _)| {
            let before: String = text[..i]
                .chars()
                .rev()
                .take_while(|c| word(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = text[i + 1..].chars().take_while(|c| word(*c)).collect();
            [before.as_str(), "@", after.trim_end_matches('.')].concat()
        })
        .collect()
}

/// The problems of one bundled text: numbers and addresses no shown fact gives, and any value
/// of a `low` row that no shown row also gives.
fn problems_in(text: &str, allowed: &Allowed) -> Vec<String> {
    let mut problems = Vec::new();
    for run in phone_runs(text) {
        if !allowed.phones.contains(&run) {
            problems.push(format!("phone number {run} is in no high/medium fact"));
        }
    }
    for email in email_tokens(text) {
        if !allowed.emails.contains(&email) {
            problems.push(format!("e-mail {email} is in no high/medium fact"));
        }
    }
    let rows = facts("contacts.tsv");
    let shown_values: BTreeSet<&str> = rows
        .iter()
        .filter(|r| shown(r))
        .map(|r| r["value"].as_str())
        .collect();
    for row in rows.iter().filter(|r| r["confidence"] == "low") {
        let v = row["value"].as_str();
        if !v.is_empty() && !shown_values.contains(v) && text.contains(v) {
            problems.push(format!("{} shows the low fact {v:?}", row["org_name"]));
        }
    }
    problems
}

#[test]
fn no_phone_number_or_email_that_no_fact_gives() {
    let allowed = allowed();
    for (name, text) in BUNDLED {
        let problems = problems_in(text, &allowed);
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
    }
}

#[test]
fn the_check_catches_an_invented_number_an_address_and_a_low_fact() {
    let allowed = allowed();
    let good = r#"{"phone": "0504-180 00", "email": "kommun@tibro.se", "verified": "2026-11-29"}"#;
    assert_eq!(problems_in(good, &allowed), Vec::<String>::new());
    for bad in [
        r#"{"phone": "0504-180 01"}"#,
        r#"{"email": "info@tibro.se"}"#,
        r#"{"where_to_turn": {"sv": "Ring 0523-66 40 00."}}"#,
        r#"{"sv": "Skriv till info@sotenas.se"}"#,
    ] {
        assert!(!problems_in(bad, &allowed).is_empty(), "{bad}");
    }
}

#[test]
fn every_municipality_is_in_the_data_with_its_code_and_site() {
    let r = Registry::bundled();
    let rows = facts("municipalities.tsv");
    assert_eq!(rows.len(), 64);
    for row in &rows {
        let region = r
            .regions
            .iter()
            .find(|g| g.county_code == row["county_code"])
            .unwrap();
        let code = &row["municipality_code"];
        let m = region
            .municipality(code)
            .unwrap_or_else(|| panic!("{code} {} missing", row["municipality"]));
        assert_eq!(&m.code, code);
        assert_eq!(m.name, row["municipality"]);
        let want = Some(row["website"].clone()).filter(|w| !w.is_empty());
        assert_eq!(m.website, want, "{}", m.name);
        // The note says "checked" only where the facts say the site was.
        let note = &m.source.as_ref().unwrap().name.sv;
        let says_unchecked = note.contains("inte kontrollerad");
        assert_eq!(
            says_unchecked,
            row["website_checked"] == "no",
            "{}: {note}",
            m.name
        );
    }
    let total: usize = r.regions.iter().map(|g| g.municipalities.len()).sum();
    assert_eq!(total, rows.len(), "no municipality that the facts lack");
    for row in facts("regions.tsv") {
        let g = r
            .regions
            .iter()
            .find(|g| g.county_code == row["county_code"])
            .unwrap();
        assert_eq!(g.name.sv, row["region"]);
        assert_eq!(g.website.as_deref(), Some(row["website"].as_str()));
    }
}

/// The rows not shown on purpose (facts-not-shown.tsv), as (org, kind, value, url).
fn not_shown() -> Vec<BTreeMap<String, String>> {
    tsv(data_dir().join("facts-not-shown.tsv"))
}

fn is_not_shown(row: &BTreeMap<String, String>) -> bool {
    not_shown().iter().any(|s| {
        s["org_code"] == row["org_code"]
            && s["kind"] == row["kind"]
            && (s["value"] == "*" || s["value"] == row["value"])
            && (s["source_url"] == "*" || s["source_url"] == row["source_url"])
    })
}

fn contacts_of<'a>(r: &'a Registry, code: &str) -> Vec<&'a Contact> {
    for g in &r.regions {
        if g.county_code == code {
            return g.contacts.iter().collect();
        }
        if let Some(m) = g.municipalities.iter().find(|m| m.code == code) {
            return m.contacts.iter().collect();
        }
    }
    panic!("no organisation {code}")
}

#[test]
fn every_usable_route_is_shown_with_its_source_and_check_date() {
    let r = Registry::bundled();
    let mut routes = 0;
    for row in facts("contacts.tsv").iter().filter(|r| shown(r)) {
        let (kind, value) = (row["kind"].as_str(), row["value"].as_str());
        let want = match kind {
            "phone_main" | "email_main" => ContactKind::Main,
            "phone_care" | "email_care" | "contact_page" => ContactKind::Care,
            _ => continue,
        };
        if is_not_shown(row) {
            continue;
        }
        let contacts = contacts_of(&r, &row["org_code"]);
        let found = contacts.iter().find(|c| {
            c.kind == Some(want)
                && match kind {
                    "phone_main" | "phone_care" => c.phone.as_deref() == Some(value),
                    "email_main" | "email_care" => c.email.as_deref() == Some(value),
                    _ => c.web.as_deref() == Some(row["source_url"].as_str()),
                }
        });
        let c = found.unwrap_or_else(|| panic!("{} {kind} {value} is not shown", row["org_name"]));
        // The source is a page that gives the value (one page may give it twice).
        let url = c.source.as_ref().and_then(|s| s.url.as_deref()).unwrap();
        let gives = facts("contacts.tsv").iter().any(|f| {
            f["org_code"] == row["org_code"] && f["value"] == value && f["source_url"] == url
        });
        assert!(
            gives,
            "{} {value}: {url} is not its source",
            row["org_name"]
        );
        let checked = decode::parse_date(&row["checked"]).unwrap();
        assert_eq!(c.verified, Some(checked), "{} {value}", row["org_name"]);
        routes += 1;
    }
    assert!(routes > 100, "{routes} routes");
    // The issue's count: 49 municipalities have a phone or e-mail route.
    let with_route = r
        .regions
        .iter()
        .flat_map(|g| g.municipalities.iter())
        .filter(|m| {
            m.contacts
                .iter()
                .any(|c| c.phone.is_some() || c.email.is_some())
        })
        .count();
    assert_eq!(with_route, 49);
}

#[test]
fn minority_language_areas_match_the_facts() {
    let r = Registry::bundled();
    let mut want: BTreeSet<(String, &str)> = BTreeSet::new();
    for row in facts("minority-areas.tsv") {
        let lang = match row["language"].as_str() {
            "finnish" => "finnish",
            l if l.starts_with("sámi") => "sami",
            l => panic!("unknown language {l}"),
        };
        want.insert((row["org_code"].clone(), lang));
    }
    let mut have: BTreeSet<(String, &str)> = BTreeSet::new();
    let slug = |l: MinorityLanguage| match l {
        MinorityLanguage::Finnish => "finnish",
        MinorityLanguage::Sami => "sami",
        MinorityLanguage::Meankieli => "meankieli",
    };
    for g in &r.regions {
        for a in &g.minority_languages {
            assert!(a.source.as_ref().and_then(|s| s.url.as_ref()).is_some());
            have.insert((g.county_code.clone(), slug(a.language)));
        }
        for m in &g.municipalities {
            for a in &m.minority_languages {
                assert!(a.source.as_ref().and_then(|s| s.url.as_ref()).is_some());
                have.insert((m.code.clone(), slug(a.language)));
            }
        }
    }
    assert_eq!(have, want);
}

/// The copy in the repo is the reviewed facts, unchanged (checked where both are at hand).
#[test]
fn the_facts_copy_is_unchanged() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/facts");
    if !shared.join("contacts.tsv").exists() {
        println!(
            "note: {} not found; the copy is not compared",
            shared.display()
        );
        return;
    }
    for name in [
        "contacts.tsv",
        "municipalities.tsv",
        "regions.tsv",
        "minority-areas.tsv",
    ] {
        let a = std::fs::read(shared.join(name)).unwrap();
        let b = std::fs::read(data_dir().join("facts").join(name)).unwrap();
        assert!(a == b, "{name} differs from {}", shared.display());
    }
}
