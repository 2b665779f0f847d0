//! The kontakt widget's texts, Swedish first, in plain language (klarspråk). Facts (names,
//! numbers, addresses, hours) never live here: they come from the data.

use crate::model::Lang;

pub struct KontaktTexts {
    /// The widget's top heading.
    pub heading: &'static str,
    /// One line under the heading that says what the widget is for.
    pub intro: &'static str,
    /// The search field's label, before the county's name.
    pub search_label: &'static str,
    /// Help under the search field, tied to it with `aria-describedby`.
    pub search_help: &'static str,
    /// The listbox's accessible name.
    pub choices: &'static str,
    /// After the region's name in the list of choices, so the choice is understood.
    pub whole_region: &'static str,
    /// The municipality code's label in the list of choices (read by screen readers).
    pub code: &'static str,
    /// Counts for the live region: "1 träff", "12 träffar".
    pub one_match: &'static str,
    pub many_matches_suffix: &'static str,
    /// Added to the count while the list is open, for keyboard users.
    pub arrows_hint: &'static str,
    pub no_match: &'static str,
    /// Before the typed text in the no-match message.
    pub no_match_for: &'static str,
    /// After the no-match message: where to turn instead.
    pub no_match_offer: &'static str,
    /// Announced after a choice, before the chosen name.
    pub showing: &'static str,
    /// Section headings.
    pub municipality_contacts: &'static str,
    pub national: &'static str,
    pub national_intro: &'static str,
    pub guide: &'static str,
    pub guide_intro: &'static str,
    /// Fact labels of a contact.
    pub email: &'static str,
    pub phone: &'static str,
    pub web: &'static str,
    pub website: &'static str,
    pub opening_hours: &'static str,
    pub phone_hours: &'static str,
    pub topics: &'static str,
    /// Before a contact's check date: "Kontrollerad 2026-03-01".
    pub verified: &'static str,
    /// The vCard download link.
    pub save_contact: &'static str,
    /// Leads the card of a municipality with no contacts of its own in the data, before a
    /// link to its web site: help, never "we have no data".
    pub start_at_site: &'static str,
    /// The same when the data has no web site either.
    pub start_at_region: &'static str,
    /// Before the national health advice number on such a card.
    pub health_first: &'static str,
    pub call: &'static str,
    /// "ring" mid-sentence (no run-time lower-casing: it would pull in Unicode tables).
    pub call_lower: &'static str,
    pub or_visit: &'static str,
    /// Before a contact's source, shown as the page's domain: "Källa: tibro.se".
    pub source: &'static str,
    /// After the no-match message when the county has a programme.
    pub no_match_offer_programme: &'static str,
    /// The chosen municipality's route in the guide: "I Tibro:".
    pub local_in: &'static str,
    pub write_to: &'static str,
    pub see_page: &'static str,
    /// National minority languages: the section's heading, the languages' names and the
    /// parts of the sentence (see `minority_sentence`).
    pub minority_heading: &'static str,
    pub finnish: &'static str,
    pub sami: &'static str,
    pub meankieli: &'static str,
    pub minority_municipality: &'static str,
    pub minority_region: &'static str,
    pub minority_use: &'static str,
    pub minority_with: &'static str,
    pub minority_municipality_end: &'static str,
    pub minority_region_end: &'static str,
    /// The badges of the guide: who answers for a need.
    pub municipality: &'static str,
    pub region: &'static str,
    pub both: &'static str,
    /// Before where to turn (a sentence in the data), in the guide.
    pub turn_to: &'static str,
}

pub static SV: KontaktTexts = KontaktTexts {
    heading: "Vem ska jag kontakta?",
    intro: "Kommunen ansvarar för en del av vården och omsorgen, regionen för en annan. Välj var du bor så ser du vart du vänder dig.",
    search_label: "Sök din kommun i",
    search_help: "Skriv namnet eller kommunkoden. Välj med pil upp och pil ned och tryck Enter.",
    choices: "Kommuner",
    whole_region: "hela länet",
    code: "kommunkod",
    one_match: "1 träff",
    many_matches_suffix: " träffar",
    arrows_hint: "Välj med pil upp och pil ned.",
    no_match: "Ingen kommun matchar din sökning.",
    no_match_for: "Vi hittar ingen kommun som matchar",
    no_match_offer: "Kontrollera stavningen. Du kan också vända dig till regionen:",
    no_match_offer_programme: "Kontrollera stavningen. Du kan också vända dig till regionen eller till programmet:",
    showing: "Visar kontakter för",
    municipality_contacts: "Kontakter i",
    national: "Gäller i hela Sverige",
    national_intro: "De här numren fungerar var du än bor.",
    guide: "Vem gör vad?",
    guide_intro: "Vanliga behov och vem som ansvarar för dem.",
    email: "E-post",
    phone: "Telefon",
    web: "Webb",
    website: "Kommunens webbplats",
    opening_hours: "Öppettider",
    phone_hours: "Telefontider",
    topics: "Kan hjälpa till med",
    verified: "Kontrollerad",
    save_contact: "Spara kontaktuppgifterna (vCard)",
    start_at_site: "Börja på kommunens webbplats för att hitta rätt kontakt, till exempel för hemtjänst och annan omsorg:",
    start_at_region: "Regionen kan hjälpa dig vidare. Du hittar den nedan.",
    health_first: "Gäller det vård när du är sjuk eller skadad?",
    call: "Ring",
    call_lower: "ring",
    or_visit: "eller gå till",
    source: "Källa:",
    local_in: "I",
    write_to: "skriv till",
    see_page: "läs på",
    minority_heading: "Nationella minoritetsspråk",
    finnish: "finska",
    sami: "samiska",
    meankieli: "meänkieli",
    minority_municipality: "Kommunen ingår i förvaltningsområdet för ",
    minority_region: "Regionen ingår i förvaltningsområdet för ",
    minority_use: ". Du får använda ",
    minority_with: " i kontakt med ",
    minority_municipality_end: "kommunen, också inom äldreomsorgen",
    minority_region_end: "regionen",
    municipality: "Kommunen",
    region: "Regionen",
    both: "Kommunen och regionen",
    turn_to: "Så gör du:",
};

pub static EN: KontaktTexts = KontaktTexts {
    heading: "Who do I contact?",
    intro: "The municipality is responsible for some care and support, the region for other care. Choose where you live to see where to turn.",
    search_label: "Find your municipality in",
    search_help: "Type its name or its municipality code. Choose with the up and down arrow keys and press Enter.",
    choices: "Municipalities",
    whole_region: "the whole county",
    code: "municipality code",
    one_match: "1 match",
    many_matches_suffix: " matches",
    arrows_hint: "Choose with the up and down arrow keys.",
    no_match: "No municipality matches your search.",
    no_match_for: "We find no municipality that matches",
    no_match_offer: "Check the spelling. You can also turn to the region:",
    no_match_offer_programme: "Check the spelling. You can also turn to the region or to the programme:",
    showing: "Showing contacts for",
    municipality_contacts: "Contacts in",
    national: "For all of Sweden",
    national_intro: "These numbers work wherever you live.",
    guide: "Who does what?",
    guide_intro: "Common needs and who is responsible for them.",
    email: "E-mail",
    phone: "Phone",
    web: "Web",
    website: "The municipality's web site",
    opening_hours: "Opening hours",
    phone_hours: "Phone hours",
    topics: "Can help with",
    verified: "Checked",
    save_contact: "Save the contact details (vCard)",
    start_at_site: "Start at the municipality's web site to find the right contact, for example for home care and other support:",
    start_at_region: "The region can help you on. You find it below.",
    health_first: "Is it about care when you are ill or injured?",
    call: "Call",
    call_lower: "call",
    or_visit: "or visit",
    source: "Source:",
    local_in: "In",
    write_to: "write to",
    see_page: "see",
    minority_heading: "National minority languages",
    finnish: "Finnish",
    sami: "Sámi",
    meankieli: "Meänkieli",
    minority_municipality: "The municipality is part of the administrative area for ",
    minority_region: "The region is part of the administrative area for ",
    minority_use: ". You may use ",
    minority_with: " with ",
    minority_municipality_end: "the municipality, in elderly care too",
    minority_region_end: "the region",
    municipality: "Municipality",
    region: "Region",
    both: "Municipality and region",
    turn_to: "What to do:",
};

pub fn texts(lang: Lang) -> &'static KontaktTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The live region's count: "1 träff", "12 träffar", or the no-match sentence.
pub fn match_count(lang: Lang, n: usize) -> String {
    let t = texts(lang);
    match n {
        0 => t.no_match.to_owned(),
        1 => t.one_match.to_owned(),
        n => {
            let mut s = n.to_string();
            s.push_str(t.many_matches_suffix);
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(match_count(Lang::Sv, 0), SV.no_match);
        assert_eq!(match_count(Lang::Sv, 1), "1 träff");
        assert_eq!(match_count(Lang::Sv, 12), "12 träffar");
        assert_eq!(match_count(Lang::En, 2), "2 matches");
    }
}
