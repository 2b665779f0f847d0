//! The bundled content in lättläst (issue #16, phase 2): every text a resident reads in the
//! bundled data has an easy-to-read form of its own, with shorter sentences per county, and
//! no phone number or e-mail address that the standard text lacks.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use naravard_core::json::{self, Kind, Value};
use naravard_core::registry::BUNDLED;
use naravard_core::{Lang, Registry};

/// Keys whose texts a resident does not read as content: citations (source names may stay
/// standard) and the county's proper name.
const NOT_CONTENT: &[&str] = &["source", "confirmed_by", "county"];

/// One text object of a data file: where it is, its Swedish and its lättläst form.
#[derive(Debug)]
struct Found {
    path: String,
    sv: String,
    lattlast: Option<String>,
}

fn string<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    match &v.get(key)?.kind {
        Kind::String(s) => Some(s),
        _ => None,
    }
}

/// Every resident-facing text object (an object with a Swedish `"sv"` string) in a file.
fn texts(file: &str) -> Vec<Found> {
    fn walk(v: &Value, path: &str, out: &mut Vec<Found>) {
        match &v.kind {
            Kind::Object(members) => {
                if let Some(sv) = string(v, "sv") {
                    out.push(Found {
                        path: path.to_string(),
                        sv: sv.to_string(),
                        lattlast: string(v, "lattlast").map(str::to_string),
                    });
                    return;
                }
                for m in members {
                    if !NOT_CONTENT.contains(&m.key.as_str()) {
                        walk(&m.value, &format!("{path}.{}", m.key), out);
                    }
                }
            }
            Kind::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&json::parse(file).unwrap(), "", &mut out);
    out
}

/// Words per sentence: a sentence ends at `.`, `?`, `!` or `:` before a space or the end (so
/// "8.00–16.30", "1177.se" and "2019/20:164" are not cut), and a label or heading without one
/// counts as one sentence. Only words with a letter or digit count (not "–").
fn sentence_lengths(text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, c) in chars.iter().enumerate() {
        let end = matches!(c, '.' | '?' | '!' | ':')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if end {
            out.push(std::mem::take(&mut current));
        } else {
            current.push(*c);
        }
    }
    out.push(current);
    out.iter()
        .map(|s| {
            s.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .filter(|n| *n > 0)
        .collect()
}

fn average<'a>(texts: impl Iterator<Item = &'a str>) -> f64 {
    let lengths: Vec<usize> = texts.flat_map(sentence_lengths).collect();
    lengths.iter().sum::<usize>() as f64 / lengths.len() as f64
}

#[test]
fn sentences_are_counted_as_a_reader_sees_them() {
    assert_eq!(
        sentence_lengths("Ring 1177. Eller gå in på 1177.se."),
        [2, 5]
    );
    assert_eq!(
        sentence_lengths("Måndag–fredag 8.00–16.30, stängt 12.00–13.00"),
        [4]
    );
    assert_eq!(sentence_lengths("Kommunhuset: måndag – fredag"), [1, 2]);
    assert_eq!(sentence_lengths("(prop. 2019/20:164)"), [1, 1]);
}

#[test]
fn every_resident_text_has_its_own_lattlast_form() {
    let mut total = 0;
    for (name, file) in BUNDLED {
        let found = texts(file);
        assert!(
            found.len() >= 20,
            "{name}: only {} texts found",
            found.len()
        );
        total += found.len();
        for t in &found {
            let easy = t
                .lattlast
                .as_deref()
                .unwrap_or_else(|| panic!("{name}{}: no lättläst form of {:?}", t.path, t.sv));
            assert!(!easy.trim().is_empty(), "{name}{}: empty lättläst", t.path);
            assert_ne!(
                easy.trim(),
                t.sv.trim(),
                "{name}{}: the lättläst form is the standard text",
                t.path
            );
        }
    }
    // Målbild, milestones, guide, programme and the generated contacts of three counties
    // (202 when written): a walk that lost a part of the data would fail here.
    assert!(total >= 190, "{total} texts");
}

#[test]
fn the_walk_finds_a_missing_form_and_skips_citations() {
    let file = r#"{"regions": [{"malbild": {"lead": {"sv": "A.", "lattlast": "B."},
        "why": [{"sv": "Utan lättläst."}], "source": {"name": {"sv": "Källa"}}},
        "county": {"sv": "Län"}}]}"#;
    let found = texts(file);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].lattlast.as_deref(), Some("B."));
    assert_eq!(found[1].path, ".regions[0].malbild.why[0]");
    assert_eq!(found[1].lattlast, None);
}

#[test]
fn lattlast_sentences_are_at_least_a_fifth_shorter_in_every_county() {
    for (name, file) in BUNDLED {
        let found = texts(file);
        let standard = average(found.iter().map(|t| t.sv.as_str()));
        let easy = average(found.iter().filter_map(|t| t.lattlast.as_deref()));
        println!("{name}: words per sentence, standard {standard:.2}, lättläst {easy:.2}");
        assert!(
            easy <= standard * 0.8,
            "{name}: lättläst {easy:.2} words per sentence vs standard {standard:.2}"
        );
    }
}

/// Runs of at least three digits (with the spaces and hyphens of a phone number between
/// them), and tokens around an `@`: what a reader could dial or write to.
fn numbers_and_addresses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (matches!(chars[j], ' ' | '-')
                        && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                j += 1;
            }
            let run: String = chars[i..j].iter().filter(|c| c.is_ascii_digit()).collect();
            if run.len() >= 3 {
                out.push(run);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    for word in text.split_whitespace().filter(|w| w.contains('@')) {
        out.push(
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_string(),
        );
    }
    out
}

#[test]
fn lattlast_adds_no_phone_number_or_address() {
    assert_eq!(
        numbers_and_addresses("Ring 0611-800 00 eller 1177, mejla a@b.se."),
        ["061180000", "1177", "a@b.se"]
    );
    for (name, file) in BUNDLED {
        for t in texts(file) {
            let Some(easy) = &t.lattlast else { continue };
            // Digits the standard text has in any grouping; years count as numbers too, so
            // lättläst may name a year the standard text gives.
            let standard: String = t.sv.chars().filter(char::is_ascii_digit).collect();
            let standard_words = numbers_and_addresses(&t.sv);
            for found in numbers_and_addresses(easy) {
                let known = standard_words.contains(&found)
                    || (!found.contains('@') && standard.contains(&found))
                    // A year (20xx) that a milestone's date gives: nothing to call.
                    || (found.len() == 4 && found.starts_with("20"));
                assert!(
                    known,
                    "{name}{}: lättläst has {found} that the standard text lacks",
                    t.path
                );
            }
        }
    }
}

#[test]
fn the_bundled_registry_shows_the_lattlast_forms() {
    let registry = Registry::bundled();
    for id in ["vasternorrland", "jamtland-harjedalen", "vastra-gotaland"] {
        let region = registry.region(id).unwrap();
        let malbild = region.malbild.as_ref().unwrap();
        assert_ne!(malbild.lead.get(Lang::Lattlast), malbild.lead.sv, "{id}");
        assert_eq!(malbild.lead.shown_lang(Lang::Lattlast), Lang::Lattlast);
        for m in &region.municipalities {
            for c in &m.contacts {
                assert_ne!(c.role.get(Lang::Lattlast), c.role.sv, "{id} {}", m.name);
            }
        }
    }
}
