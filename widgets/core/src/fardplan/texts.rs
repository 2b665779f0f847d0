//! Every text the fardplan widget shows, Swedish first. Dates are spelled out by
//! `fardplan::format_date`, which uses the month and season names below.

use crate::common::table::{texts_by_lang, texts_table};
use crate::model::{Level, Season, Status};

texts_table! {
    pub struct FardplanTexts("fardplan") {
        /// The widget's top heading.
        heading,
        /// One line under the heading saying what the timeline shows.
        lead,
        /// Before today's date, above the progress bar and on the timeline's marker.
        today,
        /// Instead of `today` on a pre-rendered roadmap: without JavaScript the date shown is the
        /// build's, so it must not claim to be today.
        as_of,
        /// "{pct} % av tiden fram till {year} har gått.": the parts around the numbers.
        progress_before_year,
        progress_after_year,
        /// The accessible name of the progress bar.
        progress_label,
        /// The label of the group of level filter buttons.
        filter_label,
        /// "Visar {shown} av {total} händelser.": the parts around the numbers.
        count_showing,
        count_of,
        count_after,
        /// Shown when the filters leave nothing to show.
        none_shown,
        /// Shown when the region has no milestones in the chosen years.
        no_milestones,
        /// Between the two ends of a period, read by screen readers instead of the dash.
        span_to,
        /// Before the level and the status in a milestone's facts, for screen readers.
        level_prefix,
        status_prefix,
        national,
        regional,
        municipal,
        done,
        ongoing,
        ahead,
        /// A past step no source confirms: "Planerat till 2024" (the date follows).
        planned_for,
        /// The short status word of such a step, without its date.
        planned,
        /// Before the source that confirms a step happened.
        confirmed_by,
    }
    extra {
        /// Month names, January first, as written inside a sentence. Words, not sentences:
        /// lättläst uses the same, and other languages keep the Swedish ones (see the docs).
        months: [&'static str; 12],
        /// "hösten 2023": spring, summer, autumn, winter.
        seasons: [&'static str; 4],
    }
}

pub static SV: FardplanTexts<'static> = FardplanTexts {
    heading: "Färdplan för nära vård",
    lead:
        "Här ser du vad som är beslutat, vad som pågår och vad som kommer i arbetet med nära vård.",
    today: "I dag",
    as_of: "Läget den",
    progress_before_year: "% av tiden fram till",
    progress_after_year: "har gått.",
    progress_label: "Tid som har gått",
    filter_label: "Visa händelser på nivå:",
    count_showing: "Visar",
    count_of: "av",
    count_after: "händelser.",
    none_shown: "Inga händelser visas. Välj minst en nivå ovan.",
    no_milestones: "Det finns inga händelser att visa för de valda åren.",
    span_to: "till",
    level_prefix: "Nivå:",
    status_prefix: "Läge:",
    national: "Nationellt",
    regional: "Regionalt",
    municipal: "Kommunalt",
    done: "Klart",
    ongoing: "Pågår",
    ahead: "Kommer",
    planned_for: "Planerat till",
    planned: "Planerat",
    confirmed_by: "Genomfört enligt",
    months: [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    seasons: ["våren", "sommaren", "hösten", "vintern"],
};

/// Lättläst: the most important first, one thing per sentence, short common words; the lead
/// says what nära vård is.
pub static LATTLAST: FardplanTexts<'static> = FardplanTexts {
    heading: "Det här händer med nära vård",
    lead: "Här ser du vad som händer i vården. Det kallas nära vård. Målet är att du ska få vård nära dig. Du ser vad som är klart. Du ser vad som pågår nu. Du ser också vad som kommer sedan.",
    today: "Dagens datum",
    as_of: "Så här såg det ut den",
    progress_before_year: "procent av tiden fram till år",
    progress_after_year: "har gått nu.",
    progress_label: "Så mycket tid har gått",
    filter_label: "Välj vad du vill se:",
    count_showing: "Du ser",
    count_of: "av alla",
    count_after: "saker som händer.",
    none_shown: "Nu syns inget. Välj en knapp ovanför.",
    no_milestones: "Listan är tom för de här åren.",
    span_to: "fram till",
    level_prefix: "Gäller:",
    status_prefix: "Just nu:",
    national: "Hela Sverige",
    regional: "Regionen",
    municipal: "Kommunen",
    done: "Det är klart",
    ongoing: "Det pågår nu",
    ahead: "Det kommer senare",
    planned_for: "Det var planerat till",
    planned: "Det var planerat",
    confirmed_by: "Det här visar att det är klart:",
    months: SV.months,
    seasons: SV.seasons,
};

pub static EN: FardplanTexts<'static> = FardplanTexts {
    heading: "Roadmap for close care",
    lead: "Here you can see what has been decided, what is under way and what comes next in the work on close care.",
    today: "Today",
    as_of: "As of",
    progress_before_year: "% of the time up to",
    progress_after_year: "has passed.",
    progress_label: "Time passed",
    filter_label: "Show events at level:",
    count_showing: "Showing",
    count_of: "of",
    count_after: "events.",
    none_shown: "No events are shown. Choose at least one level above.",
    no_milestones: "There are no events to show for the chosen years.",
    span_to: "to",
    level_prefix: "Level:",
    status_prefix: "Status:",
    national: "National",
    regional: "Regional",
    municipal: "Municipal",
    done: "Done",
    ongoing: "Under way",
    ahead: "Coming up",
    planned_for: "Planned for",
    planned: "Planned",
    confirmed_by: "Done according to",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    seasons: ["spring", "summer", "autumn", "winter"],
};

impl<'a> FardplanTexts<'a> {
    pub fn level(&self, level: Level) -> &'a str {
        match level {
            Level::National => self.national,
            Level::Regional => self.regional,
            Level::Municipal => self.municipal,
        }
    }

    pub fn status(&self, status: Status) -> &'a str {
        match status {
            Status::Done => self.done,
            Status::Ongoing => self.ongoing,
            Status::Ahead => self.ahead,
            Status::Planned => self.planned,
        }
    }

    /// The month's name; an empty string for a month outside 1–12 (never in valid data).
    pub fn month(&self, month: u8) -> &'static str {
        usize::from(month)
            .checked_sub(1)
            .and_then(|i| self.months.get(i))
            .copied()
            .unwrap_or("")
    }

    pub fn season(&self, season: Season) -> &'static str {
        let [spring, summer, autumn, winter] = self.seasons;
        match season {
            Season::Spring => spring,
            Season::Summer => summer,
            Season::Autumn => autumn,
            Season::Winter => winter,
        }
    }
}

texts_by_lang!(FardplanTexts, texts, mark);
