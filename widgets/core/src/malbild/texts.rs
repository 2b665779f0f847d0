//! The målbild widget's texts. Swedish first, in plain language (klarspråk); English follows
//! the same structure so a missing translation is a compile error.

use crate::model::Lang;

pub struct MalbildTexts {
    /// Put before the years the målbild covers, e.g. "Tidsperiod: 2020–2030".
    pub period_label: &'static str,
    pub why: &'static str,
    pub for_whom: &'static str,
    pub traits: &'static str,
    pub responsible: &'static str,
    pub read_more: &'static str,
    /// The button on each trait card.
    pub for_you: &'static str,
    /// The button that shows the names of the county's municipalities.
    pub show_municipalities: &'static str,
    /// "7 kommuner och Region …": singular, plural and the joining word.
    pub municipality_one: &'static str,
    pub municipality_many: &'static str,
    pub and: &'static str,
    /// Put before a source's name, e.g. "Källa: Region Västernorrland".
    pub source_label: &'static str,
    /// The label of a trait card that holds for the whole country, not only the county.
    pub national_label: &'static str,
    /// Shown when the editor asked for a part of the målbild that does not exist.
    pub missing_sections: &'static str,
}

pub static SV: MalbildTexts = MalbildTexts {
    period_label: "Tidsperiod: ",
    why: "Varför behövs förändringen?",
    for_whom: "Vem gäller det?",
    traits: "Det här är nära vård",
    responsible: "Vem står bakom?",
    read_more: "Läs mer",
    for_you: "Vad betyder det för dig?",
    show_municipalities: "Visa kommunerna",
    municipality_one: "kommun",
    municipality_many: "kommuner",
    and: "och",
    source_label: "Källa: ",
    national_label: "Gäller hela landet",
    missing_sections: "En del av informationen kan inte visas just nu.",
};

pub static EN: MalbildTexts = MalbildTexts {
    period_label: "Period: ",
    why: "Why is the change needed?",
    for_whom: "Who is it for?",
    traits: "What close care means",
    responsible: "Who is responsible?",
    read_more: "Read more",
    for_you: "What does this mean for you?",
    show_municipalities: "Show the municipalities",
    municipality_one: "municipality",
    municipality_many: "municipalities",
    and: "and",
    source_label: "Source: ",
    national_label: "Applies to the whole country",
    missing_sections: "Some of the information cannot be shown right now.",
};

pub fn texts(lang: Lang) -> &'static MalbildTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
