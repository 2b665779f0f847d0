//! The målbild widget's texts. Swedish first, in plain language (klarspråk); English follows
//! the same structure so a missing translation is a compile error.

use crate::common::table::{texts_by_lang, texts_table};

texts_table! {
    pub struct MalbildTexts("malbild") {
        /// Put before the years the målbild covers, e.g. "Tidsperiod: 2020–2030".
        period_label,
        why,
        for_whom,
        traits,
        responsible,
        read_more,
        /// The button on each trait card.
        for_you,
        /// The button that shows the names of the county's municipalities.
        show_municipalities,
        /// "7 kommuner och Region …": singular, plural and the joining word.
        municipality_one,
        municipality_many,
        and,
        /// Put before a source's name, e.g. "Källa: Region Västernorrland".
        source_label,
        /// The label of a trait card that holds for the whole country, not only the county.
        national_label,
        /// Shown when the editor asked for a part of the målbild that does not exist.
        missing_sections,
    }
}

pub static SV: MalbildTexts<'static> = MalbildTexts {
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

/// Lättläst: the most important first, one thing per sentence, short common words.
pub static LATTLAST: MalbildTexts<'static> = MalbildTexts {
    period_label: "Åren det gäller: ",
    why: "Därför ändras vården",
    for_whom: "För vem?",
    traits: "Så här är nära vård",
    responsible: "Vem gör det?",
    read_more: "Läs mer om nära vård",
    for_you: "Vad betyder det för mig?",
    show_municipalities: "Visa alla kommuner",
    municipality_one: "kommun",
    municipality_many: "kommuner",
    and: "tillsammans med",
    source_label: "Texten kommer från: ",
    national_label: "Gäller i hela Sverige",
    missing_sections: "Vi kan inte visa allt nu.",
};

pub static EN: MalbildTexts<'static> = MalbildTexts {
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

texts_by_lang!(MalbildTexts, texts, mark);
