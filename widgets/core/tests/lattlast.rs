//! Lättläst and texts in other languages: every interface string has a lättläst form that is
//! easier (shorter sentences, not the same text); data files add texts in any language, and
//! Swedish fallbacks are marked for screen readers.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use naravard_core::common::texts::{self as common, keys, keys_markdown};
use naravard_core::decode::parse_dataset;
use naravard_core::{fardplan, kontakt, malbild, Lang, Registry, Tag, Text, UiText, Variant};

/// Every table's (name, standard, lättläst) strings.
fn pairs() -> Vec<(String, &'static str, &'static str)> {
    let tables = [
        ("common", common::SV.fields(), common::LATTLAST.fields()),
        (
            "malbild",
            malbild::texts::SV.fields(),
            malbild::texts::LATTLAST.fields(),
        ),
        (
            "kontakt",
            kontakt::texts::SV.fields(),
            kontakt::texts::LATTLAST.fields(),
        ),
        (
            "fardplan",
            fardplan::texts::SV.fields(),
            fardplan::texts::LATTLAST.fields(),
        ),
    ];
    let mut out = Vec::new();
    for (prefix, sv, easy) in tables {
        assert_eq!(sv.len(), easy.len());
        for ((name, s), (name2, e)) in sv.into_iter().zip(easy) {
            assert_eq!(name, name2);
            out.push((format!("{prefix}.{name}"), s, e));
        }
    }
    out
}

/// Strings that are one word inside a sentence the widget builds ("7 kommuner och Region …",
/// "Ring 1177", a language's name): lättläst uses the same common word.
const SAME_WORD: &[&str] = &[
    "malbild.municipality_one",
    "malbild.municipality_many",
    "kontakt.call",
    "kontakt.call_lower",
    "kontakt.finnish",
    "kontakt.sami",
    "kontakt.meankieli",
    "kontakt.minority_region_end",
];

#[test]
fn every_interface_string_has_its_own_lattlast_form() {
    let pairs = pairs();
    assert!(pairs.len() >= 69, "{} strings", pairs.len());
    for (key, sv, easy) in &pairs {
        assert!(!easy.trim().is_empty(), "{key} has an empty lättläst form");
        if SAME_WORD.contains(&key.as_str()) {
            assert_eq!(easy.split_whitespace().count(), 1, "{key}");
        } else {
            assert_ne!(sv, easy, "{key}: the lättläst form is the standard text");
        }
    }
}

/// Words per sentence over a set of texts: a sentence ends at `.`, `?`, `!` or `:`, and a
/// label or heading without one counts as one sentence.
fn words_per_sentence<'a>(texts: impl Iterator<Item = &'a str>) -> f64 {
    let (mut words, mut sentences) = (0usize, 0usize);
    for text in texts {
        for sentence in text.split(['.', '?', '!', ':']) {
            let n = sentence
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            if n > 0 {
                words += n;
                sentences += 1;
            }
        }
    }
    words as f64 / sentences as f64
}

#[test]
fn lattlast_sentences_are_at_least_a_fifth_shorter() {
    let pairs = pairs();
    // The strings that are whole sentences (the standard text ends with . ? or !): labels
    // and fragments glued into a sentence by the widget ("Visar", "av") are not sentences.
    let long: Vec<_> = pairs
        .iter()
        .filter(|(_, sv, _)| sv.trim_end().ends_with(['.', '?', '!']))
        .collect();
    assert!(long.len() >= 15, "{} sentence strings", long.len());
    let standard = words_per_sentence(long.iter().map(|(_, sv, _)| *sv));
    let easy = words_per_sentence(long.iter().map(|(_, _, e)| *e));
    let all_standard = words_per_sentence(pairs.iter().map(|(_, sv, _)| *sv));
    let all_easy = words_per_sentence(pairs.iter().map(|(_, _, e)| *e));
    println!(
        "words per sentence: standard {standard:.2}, lättläst {easy:.2} (all strings: {all_standard:.2} and {all_easy:.2})"
    );
    assert!(
        easy <= standard * 0.8,
        "lättläst {easy:.2} vs standard {standard:.2}"
    );
}

#[test]
fn variant_turns_swedish_into_lattlast_only() {
    assert_eq!(Variant::from_attr(Some(" lattlast ")).0, Variant::Lattlast);
    assert_eq!(Variant::from_attr(None), (Variant::Standard, None));
    let (v, warning) = Variant::from_attr(Some("easy"));
    assert_eq!(v, Variant::Standard);
    assert!(warning.unwrap().contains("use lattlast"));
    assert_eq!(Lang::Sv.with_variant(Variant::Lattlast), Lang::Lattlast);
    // English has no lättläst form: the standard English texts.
    assert_eq!(Lang::En.with_variant(Variant::Lattlast), Lang::En);
    assert_eq!(
        kontakt::texts::texts(Lang::En.with_variant(Variant::Lattlast)).heading,
        kontakt::texts::EN.heading
    );
    assert_eq!(
        kontakt::texts::texts(Lang::Lattlast).heading,
        kontakt::texts::LATTLAST.heading
    );
    assert_eq!(Lang::Lattlast.tag(), "sv");
}

#[test]
fn language_tags_are_read_calmly() {
    assert_eq!(Lang::from_tag("sv-FI"), Some(Lang::Sv));
    assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
    let fi = Lang::from_tag(" FI-fi ").unwrap();
    assert_eq!(fi.tag(), "fi");
    assert_eq!(
        Lang::from_tag("sma-NO")
            .map(|l| l.tag().to_owned())
            .as_deref(),
        Some("sma")
    );
    for bad in ["", " ", "1", "x", "f1", "abcdefghi", "<script>", "ä"] {
        assert_eq!(Lang::from_tag(bad), None, "{bad:?}");
    }
    // A language the kit has no texts for shows Swedish, marked as Swedish.
    let de = Lang::from_tag("de").unwrap();
    assert_eq!(
        kontakt::texts::texts(de).heading,
        kontakt::texts::SV.heading
    );
    assert_eq!(
        kontakt::texts::mark(de, kontakt::texts::SV.heading),
        Some("sv")
    );
}

fn fi() -> Tag {
    Tag::parse("fi").unwrap()
}

#[test]
fn data_texts_choose_their_form_and_say_which_language_it_is_in() {
    let text = Text {
        sv: "Vårdcentralen".into(),
        lattlast: Some("Vårdcentralen är dit du går när du är sjuk".into()),
        en: None,
        other: vec![(fi(), "Terveyskeskus".into())],
    };
    let fi = Lang::Other(fi());
    let sma = Lang::from_tag("sma").unwrap();
    assert_eq!(text.get(Lang::Sv), "Vårdcentralen");
    assert_eq!(
        text.get(Lang::Lattlast),
        "Vårdcentralen är dit du går när du är sjuk"
    );
    assert_eq!(text.get(fi), "Terveyskeskus");
    assert_eq!(text.shown_lang(fi), fi);
    assert_eq!(fi.mark(text.shown_lang(fi)), None);
    // No South Sámi form: Swedish, marked.
    assert_eq!(text.get(sma), "Vårdcentralen");
    assert_eq!(sma.mark(text.shown_lang(sma)), Some("sv"));
    // No English form: Swedish, marked; lättläst without a form: standard Swedish, unmarked.
    assert_eq!(Lang::En.mark(text.shown_lang(Lang::En)), Some("sv"));
    let plain = Text::sv("Hemtjänst");
    assert_eq!(plain.get(Lang::Lattlast), "Hemtjänst");
    assert_eq!(Lang::Lattlast.mark(plain.shown_lang(Lang::Lattlast)), None);
}

#[test]
fn interface_strings_in_another_language_fall_back_string_by_string() {
    let extra = vec![UiText {
        lang: fi(),
        key: "kontakt.heading".into(),
        text: "Keneen otan yhteyttä?".into(),
    }];
    let fi = Lang::Other(fi());
    let t = kontakt::texts::resolve(fi, &extra);
    assert_eq!(t.heading, "Keneen otan yhteyttä?");
    assert_eq!(kontakt::texts::mark(fi, t.heading), None);
    assert_eq!(t.intro, kontakt::texts::SV.intro);
    assert_eq!(kontakt::texts::mark(fi, t.intro), Some("sv"));
    // Another language's strings, or the same key in another table, are not used.
    let sma = Lang::from_tag("sma").unwrap();
    assert_eq!(
        kontakt::texts::resolve(sma, &extra).heading,
        kontakt::texts::SV.heading
    );
    assert_eq!(
        fardplan::texts::resolve(fi, &extra).heading,
        fardplan::texts::SV.heading
    );
    // Swedish, lättläst and English widgets never mark their own strings.
    for lang in [Lang::Sv, Lang::Lattlast, Lang::En] {
        let t = kontakt::texts::resolve(lang, &extra);
        assert_eq!(kontakt::texts::mark(lang, t.intro), None);
    }
}

#[test]
fn a_data_file_adds_texts_in_other_languages() {
    let file = r#"{
  "schema": 1,
  "texts": {"fi": {"kontakt.heading": "Keneen otan yhteyttä?", "common.source": "Lähde"}},
  "regions": [{"id": "vasternorrland", "malbild": {
    "title": {"sv": "Målbild", "lattlast": "Så vill vi ha det", "fi": "Tavoitekuva", "fit": "Tavoitekuva"},
    "lead": "Text"
  }}]
}"#;
    let mut registry = Registry::bundled();
    assert_eq!(registry.load(file), vec![]);
    assert_eq!(registry.texts.len(), 2);
    let title = &registry
        .region("vasternorrland")
        .unwrap()
        .malbild
        .as_ref()
        .unwrap()
        .title;
    assert_eq!(title.get(Lang::Lattlast), "Så vill vi ha det");
    assert_eq!(title.get(Lang::from_tag("fit").unwrap()), "Tavoitekuva");
    let fi = Lang::from_tag("fi").unwrap();
    assert_eq!(common::resolve(fi, &registry.texts).source, "Lähde");
    // A later file's string wins over an earlier one.
    let later = r#"{"schema": 1, "texts": {"fi": {"common.source": "Lähteet"}}}"#;
    assert_eq!(registry.load(later), vec![]);
    assert_eq!(registry.texts.len(), 2);
    assert_eq!(common::resolve(fi, &registry.texts).source, "Lähteet");
}

#[test]
fn mistakes_in_the_new_keys_are_explained_with_their_position() {
    let file = "{\n  \"schema\": 1,\n  \"texts\": {\n    \"finnish\": {},\n    \"sv\": {},\n    \"fi\": {\"kontakt.hedaing\": \"x\", \"kontakt.intro\": \"\", \"kontakt.heading\": 3}\n  },\n  \"national\": {\"milestones\": [{\"date\": \"2020\", \"title\": {\"sv\": \"A\", \"engl\": \"B\"}}]}\n}";
    let problems = parse_dataset(file).unwrap_err();
    let find = |path: &str| {
        problems
            .iter()
            .find(|p| p.path == path)
            .unwrap_or_else(|| panic!("no problem at {path}: {problems:#?}"))
    };
    let p = find("texts.finnish");
    assert_eq!((p.line, p.column), (4, 5));
    assert!(p.message.contains("not a language tag"));
    let p = find("texts.sv");
    assert_eq!(p.line, 5);
    assert!(p.message.contains("built in"));
    let p = find("texts.fi.kontakt.hedaing");
    assert_eq!(p.line, 6);
    assert!(p.message.contains("docs/editors.md"));
    assert!(find("texts.fi.kontakt.intro").message.contains("empty"));
    assert!(find("texts.fi.kontakt.heading").message.contains("string"));
    let p = find("national.milestones[0].title.engl");
    assert_eq!(p.line, 8);
    assert!(p.message.contains("unknown field"));
    assert_eq!(problems.len(), 6, "{problems:#?}");
}

#[test]
fn every_key_is_one_interface_string() {
    let keys = keys();
    assert_eq!(keys.len(), pairs().len());
    for (key, _) in &keys {
        assert!(common::is_key(key), "{key}");
    }
    assert!(!common::is_key("kontakt.nonsense"));
    assert!(!common::is_key("nonsense.heading"));
    assert!(!common::is_key("heading"));
}

#[test]
fn the_docs_list_every_interface_string_key() {
    let expected = keys_markdown();
    for doc in ["../../docs/editors.md", "../../docs/redaktorer.md"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(doc);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let block = text
            .split("<!-- text-keys:start -->\n")
            .nth(1)
            .and_then(|rest| rest.split("<!-- text-keys:end -->").next())
            .unwrap_or_default();
        assert!(
            block == expected,
            "the list of interface string keys in {} is stale; replace the lines between the text-keys markers with the output of:\n  cargo run -p naravard-core --bin naravard-validate -- --text-keys",
            path.display()
        );
    }
}
