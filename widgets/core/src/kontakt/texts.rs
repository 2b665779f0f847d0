//! The kontakt widget's texts, Swedish first, in plain language (klarspråk). Facts (names,
//! numbers, addresses, hours) never live here: they come from the data.

use crate::common::table::{texts_by_lang, texts_table};

texts_table! {
    pub struct KontaktTexts("kontakt") {
        /// The widget's top heading.
        heading,
        /// One line under the heading that says what the widget is for.
        intro,
        /// The search field's label, before the county's name.
        search_label,
        /// Help under the search field, tied to it with `aria-describedby`.
        search_help,
        /// The listbox's accessible name.
        choices,
        /// After the region's name in the list of choices, so the choice is understood.
        whole_region,
        /// The municipality code's label in the list of choices (read by screen readers).
        code,
        /// Counts for the live region: "1 träff", "12 träffar".
        one_match,
        many_matches_suffix,
        /// Added to the count while the list is open, for keyboard users.
        arrows_hint,
        /// Under the list when it shows only the first matches of many.
        more_matches,
        no_match,
        /// Before the typed text in the no-match message.
        no_match_for,
        /// After the no-match message: where to turn instead.
        no_match_offer,
        /// After the no-match message when the county has a programme.
        no_match_offer_programme,
        /// Announced after a choice, before the chosen name.
        showing,
        /// Section headings.
        municipality_contacts,
        national,
        national_intro,
        guide,
        guide_intro,
        /// Fact labels of a contact.
        email,
        phone,
        web,
        website,
        opening_hours,
        phone_hours,
        topics,
        /// Before a contact's check date: "Kontrollerad 2026-03-01".
        verified,
        /// The vCard download link.
        save_contact,
        /// Leads the card of a municipality with no contacts of its own in the data, before a
        /// link to its web site: help, never "we have no data".
        start_at_site,
        /// The same when the data has no web site either.
        start_at_region,
        /// Before the national health advice number on such a card.
        health_first,
        call,
        /// "ring" mid-sentence (no run-time lower-casing: it would pull in Unicode tables).
        call_lower,
        or_visit,
        /// Before a contact's source, shown as the page's domain: "Källa: tibro.se".
        source,
        /// The chosen municipality's route in the guide: "I Tibro:".
        local_in,
        write_to,
        see_page,
        /// National minority languages: the section's heading, the languages' names and the
        /// parts of the sentence (see `minority_sentence`).
        minority_heading,
        finnish,
        sami,
        meankieli,
        minority_municipality,
        minority_region,
        minority_use,
        minority_with,
        minority_municipality_end,
        minority_region_end,
        /// The badges of the guide: who answers for a need.
        municipality,
        region,
        both,
        /// Before where to turn (a sentence in the data), in the guide.
        turn_to,
        /// The pre-rendered overview (readable without JavaScript): above the region's cards, and
        /// the disclosure that lists every municipality with its main way in.
        overview_intro,
        all_municipalities,
    }
}

pub static SV: KontaktTexts<'static> = KontaktTexts {
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
    more_matches: "Listan visar de första träffarna. Skriv fler bokstäver för att hitta fler.",
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
    overview_intro: "Här är regionens kontakter och vägen in till varje kommun i länet.",
    all_municipalities: "Alla kommuner i länet och hur du når dem",
};

/// Lättläst: the most important first, one thing per sentence, short common words; the
/// intro says what the municipality and the region are the first time they come up.
pub static LATTLAST: KontaktTexts<'static> = KontaktTexts {
    heading: "Vem hjälper mig?",
    intro: "Du kan få hjälp av kommunen eller regionen. Regionen har hand om sjukvården. Kommunen har hand om omsorg, till exempel hemtjänst. Kommunen ger också viss vård i hemmet. Välj var du bor. Då ser du vem du ska kontakta.",
    search_label: "Skriv namnet på din kommun i",
    search_help: "Skriv några bokstäver. Du kan också skriva kommunens nummer. Välj med pilarna. Tryck sedan på Enter.",
    choices: "Kommuner att välja",
    whole_region: "för alla som bor i länet",
    code: "kommunens nummer",
    one_match: "1 namn passar.",
    many_matches_suffix: " namn passar.",
    arrows_hint: "Välj med pilarna.",
    more_matches: "Här syns bara några namn. Skriv fler bokstäver. Då hittar du rätt.",
    no_match: "Ingen kommun heter så.",
    no_match_for: "Vi hittar ingen kommun som heter",
    no_match_offer: "Kolla stavningen. Du kan också kontakta regionen:",
    no_match_offer_programme: "Kolla stavningen. Du kan också kontakta regionen eller programmet för nära vård:",
    showing: "Nu ser du vem du kan kontakta i",
    municipality_contacts: "Här kan du få hjälp i",
    national: "För alla i Sverige",
    national_intro: "Ring hit var du än bor.",
    guide: "Vem hjälper dig?",
    guide_intro: "Här ser du vem som hjälper dig. Det är kommunen eller regionen.",
    email: "Mejl",
    phone: "Telefonnummer",
    web: "Webbplats",
    website: "Kommunens sida på internet",
    opening_hours: "Öppet",
    phone_hours: "Du kan ringa",
    topics: "Hjälper dig med",
    verified: "Vi kollade senast",
    save_contact: "Spara kontakten i telefonen eller datorn",
    start_at_site: "Börja på kommunens sida på internet. Där hittar du vem du ska kontakta. Det gäller till exempel hemtjänst. Hemtjänst är hjälp hemma.",
    start_at_region: "Regionen kan hjälpa dig. Du ser regionen längre ner.",
    health_first: "Är du sjuk eller skadad?",
    call: "Ring",
    call_lower: "ring",
    or_visit: "eller gå in på",
    source: "Uppgiften kommer från:",
    local_in: "Om du bor i",
    write_to: "mejla till",
    see_page: "läs mer på",
    minority_heading: "Andra språk än svenska",
    finnish: "finska",
    sami: "samiska",
    meankieli: "meänkieli",
    minority_municipality: "Kommunen har ett särskilt ansvar för ",
    minority_region: "Regionen har ett särskilt ansvar för ",
    minority_use: ". Du får prata och skriva på ",
    minority_with: " med ",
    minority_municipality_end: "kommunen. Det gäller också när du får hjälp som äldre",
    minority_region_end: "regionen",
    municipality: "Det gör kommunen",
    region: "Det gör regionen",
    both: "Det gör kommunen och regionen tillsammans",
    turn_to: "Gör så här:",
    overview_intro: "Här ser du hur du når regionen. Du ser också hur du når varje kommun i länet.",
    all_municipalities: "Alla kommuner i länet. Så når du dem.",
};

pub static EN: KontaktTexts<'static> = KontaktTexts {
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
    more_matches: "The list shows the first matches. Type more letters to find others.",
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
    overview_intro: "Here are the region's contacts and the way in to every municipality in the county.",
    all_municipalities: "All municipalities in the county and how to reach them",
};

texts_by_lang!(KontaktTexts, texts, mark);

/// The live region's count: "1 träff", "12 träffar", or the no-match sentence.
pub fn match_count(t: &KontaktTexts, n: usize) -> String {
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
        assert_eq!(match_count(&SV, 0), SV.no_match);
        assert_eq!(match_count(&SV, 1), "1 träff");
        assert_eq!(match_count(&SV, 12), "12 träffar");
        assert_eq!(match_count(&EN, 2), "2 matches");
        assert_eq!(match_count(&LATTLAST, 12), "12 namn passar.");
    }
}
