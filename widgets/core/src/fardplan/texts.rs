//! Every text the fardplan widget shows, Swedish first. Dates are spelled out by
//! `fardplan::format_date`, which uses the month and season names below.

use crate::model::{Lang, Level, Season, Status};

pub struct FardplanTexts {
    /// The widget's top heading.
    pub heading: &'static str,
    /// One line under the heading saying what the timeline shows.
    pub lead: &'static str,
    /// Before today's date, above the progress bar and on the timeline's marker.
    pub today: &'static str,
    /// "{pct} % av tiden fram till {year} har gått.": the parts around the numbers.
    pub progress_before_year: &'static str,
    pub progress_after_year: &'static str,
    /// The accessible name of the progress bar.
    pub progress_label: &'static str,
    /// The label of the group of level filter buttons.
    pub filter_label: &'static str,
    /// "Visar {shown} av {total} händelser.": the parts around the numbers.
    pub count_showing: &'static str,
    pub count_of: &'static str,
    pub count_after: &'static str,
    /// Shown when the filters leave nothing to show.
    pub none_shown: &'static str,
    /// Shown when the region has no milestones in the chosen years.
    pub no_milestones: &'static str,
    /// Between the two ends of a period, read by screen readers instead of the dash.
    pub span_to: &'static str,
    /// Before the level and the status in a milestone's facts, for screen readers.
    pub level_prefix: &'static str,
    pub status_prefix: &'static str,
    pub national: &'static str,
    pub regional: &'static str,
    pub municipal: &'static str,
    pub done: &'static str,
    pub ongoing: &'static str,
    pub ahead: &'static str,
    /// A past step no source confirms: "Planerat till 2024" (the date follows).
    pub planned_for: &'static str,
    /// The short status word of such a step, without its date.
    pub planned: &'static str,
    /// Before the source that confirms a step happened.
    pub confirmed_by: &'static str,
    /// Month names, January first, as written inside a sentence.
    pub months: [&'static str; 12],
    /// "hösten 2023": spring, summer, autumn, winter.
    pub seasons: [&'static str; 4],
}

pub static SV: FardplanTexts = FardplanTexts {
    heading: "Färdplan för nära vård",
    lead:
        "Här ser du vad som är beslutat, vad som pågår och vad som kommer i arbetet med nära vård.",
    today: "I dag",
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

pub static EN: FardplanTexts = FardplanTexts {
    heading: "Roadmap for close care",
    lead: "Here you can see what has been decided, what is under way and what comes next in the work on close care.",
    today: "Today",
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

impl FardplanTexts {
    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::National => self.national,
            Level::Regional => self.regional,
            Level::Municipal => self.municipal,
        }
    }

    pub fn status(&self, status: Status) -> &'static str {
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

pub fn texts(lang: Lang) -> &'static FardplanTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
