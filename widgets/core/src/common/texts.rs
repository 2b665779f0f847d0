//! Texts every widget shows. Each widget has its own table beside its logic
//! (`malbild/texts.rs`, `kontakt/texts.rs`, `fardplan/texts.rs`); a table is a struct of
//! `&str` (see `table.rs`) so a missing translation or lättläst form is a compile error, not a
//! blank on the page. Other languages come from data files (`"texts"`), string by string.

use super::table::{texts_by_lang, texts_table};
use crate::model::{Lang, Tag, UiText};

texts_table! {
    pub struct CommonTexts("common") {
        /// Shown instead of the widget when the `region` attribute names no known region.
        unknown_region,
        /// Shown while custom data is loading.
        loading,
        source,
        /// A pre-rendered widget's fallback (browsers without declarative shadow DOM): before a
        /// link to the region's web site.
        read_more_on,
    }
}

pub static SV: CommonTexts<'static> = CommonTexts {
    unknown_region: "Den här informationen kan inte visas just nu. Läs mer om nära vård på 1177.se eller på din regions webbplats.",
    loading: "Hämtar information …",
    source: "Källa",
    read_more_on: "Läs om nära vård på",
};

/// Lättläst: the most important first, one thing per sentence, short common words.
pub static LATTLAST: CommonTexts<'static> = CommonTexts {
    unknown_region: "Vi kan inte visa texten nu. Du kan läsa om nära vård på 1177.se. Du kan också läsa på regionens webbplats. Regionen har hand om sjukvården där du bor.",
    loading: "Vänta lite. Texten kommer snart.",
    source: "Här kommer texten ifrån",
    read_more_on: "Du kan läsa om nära vård på",
};

pub static EN: CommonTexts<'static> = CommonTexts {
    unknown_region: "This information cannot be shown right now. Read more about close care on 1177.se or on your region's web site.",
    loading: "Loading information …",
    source: "Source",
    read_more_on: "Read about close care on",
};

texts_by_lang!(CommonTexts, common);

/// `Some("sv")` when `s`, shown in a widget in `lang`, is a Swedish fallback that needs
/// `lang="sv"` for screen readers (`is_swedish` tells whether `s` is a Swedish table's).
pub fn mark(lang: Lang, is_swedish: bool) -> Option<&'static str> {
    (matches!(lang, Lang::Other(_)) && is_swedish).then_some("sv")
}

/// `Some("sv")` when the interface string `s` is a Swedish fallback inside a widget in `lang`
/// (looked up only for another language, so Swedish and English pay nothing per string).
#[inline(never)]
pub fn mark_string(lang: Lang, s: &str) -> Option<&'static str> {
    match lang {
        Lang::Other(_) => mark(lang, is_swedish(s)),
        _ => None,
    }
}

/// A data file's string for `prefix.name` in the language `tag`.
#[inline(never)]
pub fn lookup<'a>(extra: &'a [UiText], tag: Tag, prefix: &str, name: &str) -> Option<&'a str> {
    extra
        .iter()
        .find(|t| {
            t.lang == tag
                && t.key
                    .strip_prefix(prefix)
                    .and_then(|rest| rest.strip_prefix('.'))
                    == Some(name)
        })
        .map(|t| t.text.as_str())
}

/// Every interface string's key with its standard Swedish text, table by table, in the
/// order the tables list them: the list a data file's `"texts"` may use (and the docs show).
pub fn keys() -> Vec<(String, &'static str)> {
    let tables: [(&str, Vec<(&str, &'static str)>); 4] = [
        (CommonTexts::PREFIX, SV.fields()),
        (
            crate::malbild::texts::MalbildTexts::PREFIX,
            crate::malbild::texts::SV.fields(),
        ),
        (
            crate::kontakt::texts::KontaktTexts::PREFIX,
            crate::kontakt::texts::SV.fields(),
        ),
        (
            crate::fardplan::texts::FardplanTexts::PREFIX,
            crate::fardplan::texts::SV.fields(),
        ),
    ];
    tables
        .into_iter()
        .flat_map(|(prefix, fields)| {
            fields
                .into_iter()
                .map(move |(name, sv)| ([prefix, ".", name].concat(), sv))
        })
        .collect()
}

/// Whether `key` names an interface string.
pub fn is_key(key: &str) -> bool {
    let Some((prefix, name)) = key.split_once('.') else {
        return false;
    };
    let names = match prefix {
        "common" => CommonTexts::NAMES,
        "malbild" => crate::malbild::texts::MalbildTexts::NAMES,
        "kontakt" => crate::kontakt::texts::KontaktTexts::NAMES,
        "fardplan" => crate::fardplan::texts::FardplanTexts::NAMES,
        _ => return false,
    };
    names.contains(&name)
}

/// The list of interface string keys as a Markdown table, for the editors' docs (printed by
/// `naravard-validate --text-keys`; a test fails when the docs' copy is stale).
pub fn keys_markdown() -> String {
    let mut out = String::from("| key | standard Swedish |\n|---|---|\n");
    for (key, sv) in keys() {
        out.push_str(&["| `", &key, "` | ", sv.trim(), " |\n"].concat());
    }
    out
}

/// Whether `s` is one of the standard Swedish interface strings (by identity), i.e. a
/// fallback when a widget in another language shows it. Only the tables of the widgets the
/// build serves (the crate's features) are asked: a widget shows no other widget's strings,
/// and a one-widget wasm then carries no other widget's texts.
pub fn is_swedish(s: &str) -> bool {
    #[cfg(feature = "malbild")]
    if crate::malbild::texts::SV.holds(s) {
        return true;
    }
    #[cfg(feature = "kontakt")]
    if crate::kontakt::texts::SV.holds(s) {
        return true;
    }
    #[cfg(feature = "fardplan")]
    if crate::fardplan::texts::SV.holds(s) {
        return true;
    }
    SV.holds(s)
}
