//! Texts every widget shows. Each widget has its own table beside its logic
//! (`malbild/texts.rs`, `kontakt/texts.rs`, `fardplan/texts.rs`); a table is a struct of
//! `&'static str` so a missing translation is a compile error, not a blank on the page.

use crate::model::Lang;

pub struct CommonTexts {
    /// Shown instead of the widget when the `region` attribute names no known region.
    pub unknown_region: &'static str,
    /// Shown while custom data is loading.
    pub loading: &'static str,
    pub source: &'static str,
    /// A pre-rendered widget's fallback (browsers without declarative shadow DOM): before a
    /// link to the region's web site.
    pub read_more_on: &'static str,
}

pub static SV: CommonTexts = CommonTexts {
    unknown_region: "Den här informationen kan inte visas just nu. Läs mer om nära vård på 1177.se eller på din regions webbplats.",
    loading: "Hämtar information …",
    source: "Källa",
    read_more_on: "Läs om nära vård på",
};

pub static EN: CommonTexts = CommonTexts {
    unknown_region: "This information cannot be shown right now. Read more about close care on 1177.se or on your region's web site.",
    loading: "Loading information …",
    source: "Source",
    read_more_on: "Read about close care on",
};

pub fn common(lang: Lang) -> &'static CommonTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
