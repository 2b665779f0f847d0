//! The browser-free part of the fardplan widget: its texts and logic. Dates are spelled out at
//! the precision the source gives, ordered by the first day they can mean, and compared with
//! today (or the editor's pinned `today`) to say what is done, under way or ahead.

mod attrs;
pub mod contract;
pub mod filter;
pub mod texts;

use crate::model::{Date, Lang, Level, Milestone, PartialDate, Season, Status};
use crate::rules::date::days_in_month;

pub use attrs::{layout, levels, today, year, years, Layout};
pub use texts::{texts, FardplanTexts};

// ---- dates ------------------------------------------------------------------------------

fn day(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// The months a season covers, as (year, first month) and (year, last month). Winter is the
/// one that starts in December of its year, so the seasons of a year follow each other.
fn season_months(year: i32, season: Season) -> ((i32, u8), (i32, u8)) {
    match season {
        Season::Spring => ((year, 3), (year, 5)),
        Season::Summer => ((year, 6), (year, 8)),
        Season::Autumn => ((year, 9), (year, 11)),
        Season::Winter => ((year, 12), (year + 1, 2)),
    }
}

/// The first day a partial date can mean: "2020" starts on 1 January 2020.
pub fn first_day(d: &PartialDate) -> Date {
    match *d {
        PartialDate::Year(y) => day(y, 1, 1),
        PartialDate::Season(y, s) => {
            let ((y, m), _) = season_months(y, s);
            day(y, m, 1)
        }
        PartialDate::Month(y, m) => day(y, m, 1),
        PartialDate::Day(d) => d,
    }
}

/// The last day a partial date can mean: "2020" ends on 31 December 2020.
pub fn last_day(d: &PartialDate) -> Date {
    match *d {
        PartialDate::Year(y) => day(y, 12, 31),
        PartialDate::Season(y, s) => {
            let (_, (y, m)) = season_months(y, s);
            day(y, m, days_in_month(y, m))
        }
        PartialDate::Month(y, m) => day(y, m, days_in_month(y, m)),
        PartialDate::Day(d) => d,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), for measuring progress.
fn day_number(d: Date) -> i64 {
    // Howard Hinnant's days_from_civil.
    let m = i64::from(d.month);
    let y = i64::from(d.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn push_year(out: &mut String, year: i32) {
    out.push_str(&year.to_string());
}

/// A partial date at its own precision: "2020", "hösten 2023", "juni 2021", "1 januari 2023"
/// (English: "2020", "autumn 2023", "June 2021", "1 January 2023").
pub fn format_date(d: &PartialDate, lang: Lang) -> String {
    let t = texts(lang);
    let mut out = String::new();
    match *d {
        PartialDate::Year(y) => push_year(&mut out, y),
        PartialDate::Season(y, s) => {
            out.push_str(t.season(s));
            out.push(' ');
            push_year(&mut out, y);
        }
        PartialDate::Month(y, m) => {
            out.push_str(t.month(m));
            out.push(' ');
            push_year(&mut out, y);
        }
        PartialDate::Day(d) => return format_day(d, lang),
    }
    out
}

/// A calendar day written out: "1 januari 2023" / "1 January 2023".
pub fn format_day(d: Date, lang: Lang) -> String {
    let mut out = d.day.to_string();
    out.push(' ');
    out.push_str(texts(lang).month(d.month));
    out.push(' ');
    push_year(&mut out, d.year);
    out
}

/// The machine-readable form for `<time datetime>`: "2020", "2021-06", "2023-01-01". A season
/// has no such form, so it gives its year.
pub fn datetime(d: &PartialDate) -> String {
    let mut out = String::new();
    let two = |out: &mut String, n: u8| {
        if n < 10 {
            out.push('0');
        }
        out.push_str(&n.to_string());
    };
    match *d {
        PartialDate::Year(y) | PartialDate::Season(y, _) => push_year(&mut out, y),
        PartialDate::Month(y, m) => {
            push_year(&mut out, y);
            out.push('-');
            two(&mut out, m);
        }
        PartialDate::Day(d) => {
            push_year(&mut out, d.year);
            out.push('-');
            two(&mut out, d.month);
            out.push('-');
            two(&mut out, d.day);
        }
    }
    out
}

// ---- status and progress ----------------------------------------------------------------

/// What the dates alone say about a milestone on `today`.
pub fn date_status(m: &Milestone, today: Date) -> Status {
    let end = m.end.as_ref().unwrap_or(&m.date);
    if last_day(end) < today {
        Status::Done
    } else if first_day(&m.date) > today {
        Status::Ahead
    } else {
        Status::Ongoing
    }
}

/// Whether the data names a source that says the step happened.
pub fn is_confirmed(m: &Milestone) -> bool {
    m.confirmed_by
        .as_ref()
        .is_some_and(|s| !s.name.sv.trim().is_empty())
}

/// The status shown: the data's own `status` when it has one (a plan that slipped), else the
/// dates' verdict. Done only with a source that says the step happened; a past date alone
/// reads as planned, because a plan is not a deed.
pub fn status(m: &Milestone, today: Date) -> Status {
    match m.status.unwrap_or_else(|| date_status(m, today)) {
        Status::Done if !is_confirmed(m) => Status::Planned,
        s => s,
    }
}

/// The date a planned step was meant for: its end for a period, else its date.
pub fn planned_for(m: &Milestone) -> &PartialDate {
    m.end.as_ref().unwrap_or(&m.date)
}

/// The status as words: "Klart", "Pågår", "Kommer", or "Planerat till 2024" for a past step
/// no source confirms.
pub fn status_words(m: &Milestone, status: Status, t: &FardplanTexts, lang: Lang) -> String {
    match status {
        Status::Planned => [t.planned_for, " ", &format_date(planned_for(m), lang)].concat(),
        s => t.status(s).to_owned(),
    }
}

/// How much of the time from the start of `start` to the start of `target` has passed on
/// `today`, in whole percent, 0–100.
pub fn progress(today: Date, start: i32, target: i32) -> u8 {
    let from = day_number(day(start, 1, 1));
    let to = day_number(day(target, 1, 1));
    if to <= from {
        return if today >= day(target, 1, 1) { 100 } else { 0 };
    }
    let done = (day_number(today) - from).clamp(0, to - from);
    // Rounded down, so 100 % only once the target year has come.
    u8::try_from(done * 100 / (to - from)).unwrap_or(100)
}

// ---- the merged timeline ----------------------------------------------------------------

/// One milestone on the timeline, with the level it is shown at and its place in the merged
/// list (stable while filters change, so it can name the milestone's elements).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry<'a> {
    pub milestone: &'a Milestone,
    pub level: Level,
    pub index: usize,
}

impl Entry<'_> {
    pub fn first_day(&self) -> Date {
        first_day(&self.milestone.date)
    }

    pub fn last_day(&self) -> Date {
        last_day(self.milestone.end.as_ref().unwrap_or(&self.milestone.date))
    }
}

/// The national milestones and the region's, ordered by the first day they can mean. Equal
/// dates keep the data's order, national first. A milestone without a level takes the level
/// of the list it comes from; a milestone listed twice is shown once.
pub fn merge<'a>(national: &'a [Milestone], region: &'a [Milestone]) -> Vec<Entry<'a>> {
    let tagged = national
        .iter()
        .map(|m| (m, Level::National))
        .chain(region.iter().map(|m| (m, Level::Regional)));
    let entries: Vec<Entry<'a>> = tagged
        .map(|(milestone, default)| Entry {
            milestone,
            level: milestone.level.unwrap_or(default),
            index: 0,
        })
        .collect();
    // A custom data file that repeats bundled milestones (a copied and edited file) would
    // otherwise show each of them twice.
    let mut unique: Vec<Entry<'a>> = Vec::with_capacity(entries.len());
    for e in entries {
        if !unique.iter().any(|u| u.milestone == e.milestone) {
            unique.push(e);
        }
    }
    let mut entries = unique;
    crate::common::sort::sort_by_key(&mut entries, Entry::first_day);
    for (i, e) in entries.iter_mut().enumerate() {
        e.index = i;
    }
    entries
}

/// Whether the milestone touches the years `from`–`to` (either bound open).
pub fn in_years(e: &Entry, from: Option<i32>, to: Option<i32>) -> bool {
    from.is_none_or(|f| e.last_day().year >= f) && to.is_none_or(|t| e.first_day().year <= t)
}

/// Where today's marker goes among `shown`: before the first milestone that has not begun
/// by today, or after the last (`shown.len()`) when all have begun.
pub fn today_position(shown: &[Entry], today: Date) -> usize {
    shown
        .iter()
        .position(|e| e.first_day() > today)
        .unwrap_or(shown.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn ms(
        date: PartialDate,
        end: Option<PartialDate>,
        level: Option<Level>,
        title: &str,
    ) -> Milestone {
        Milestone {
            date,
            end,
            level,
            title: Text::sv(title),
            ..Milestone::default()
        }
    }

    pub(super) fn d(y: i32, m: u8, dd: u8) -> Date {
        Date {
            year: y,
            month: m,
            day: dd,
        }
    }

    #[test]
    fn dates_at_their_own_precision_in_both_languages() {
        let cases = [
            (PartialDate::Year(2020), "2020", "2020"),
            (
                PartialDate::Season(2023, Season::Autumn),
                "hösten 2023",
                "autumn 2023",
            ),
            (PartialDate::Month(2021, 6), "juni 2021", "June 2021"),
            (
                PartialDate::Day(d(2023, 1, 1)),
                "1 januari 2023",
                "1 January 2023",
            ),
        ];
        for (date, sv, en) in cases {
            assert_eq!(format_date(&date, Lang::Sv), sv);
            assert_eq!(format_date(&date, Lang::En), en);
        }
        assert_eq!(datetime(&PartialDate::Month(2021, 6)), "2021-06");
        assert_eq!(datetime(&PartialDate::Day(d(2023, 1, 9))), "2023-01-09");
        assert_eq!(datetime(&PartialDate::Season(2023, Season::Spring)), "2023");
    }

    #[test]
    fn partial_dates_as_ranges_of_days() {
        let y = PartialDate::Year(2024);
        assert_eq!(
            (first_day(&y), last_day(&y)),
            (d(2024, 1, 1), d(2024, 12, 31))
        );
        let feb = PartialDate::Month(2024, 2);
        assert_eq!(last_day(&feb), d(2024, 2, 29));
        assert_eq!(last_day(&PartialDate::Month(2023, 2)), d(2023, 2, 28));
        let winter = PartialDate::Season(2023, Season::Winter);
        assert_eq!(
            (first_day(&winter), last_day(&winter)),
            (d(2023, 12, 1), d(2024, 2, 29))
        );
        let autumn = PartialDate::Season(2023, Season::Autumn);
        assert_eq!(
            (first_day(&autumn), last_day(&autumn)),
            (d(2023, 9, 1), d(2023, 11, 30))
        );
    }

    fn confirmed(m: Milestone) -> Milestone {
        Milestone {
            confirmed_by: Some(crate::model::Source {
                name: Text::sv("Protokoll"),
                url: None,
            }),
            ..m
        }
    }

    #[test]
    fn status_from_dates_with_the_data_winning() {
        let today = d(2025, 6, 15);
        let past = confirmed(ms(PartialDate::Year(2024), None, None, "past"));
        let this_year = ms(PartialDate::Year(2025), None, None, "now");
        let period = ms(
            PartialDate::Year(2020),
            Some(PartialDate::Year(2030)),
            None,
            "period",
        );
        let future = ms(PartialDate::Month(2025, 7), None, None, "future");
        assert_eq!(status(&past, today), Status::Done);
        assert_eq!(status(&this_year, today), Status::Ongoing);
        assert_eq!(status(&period, today), Status::Ongoing);
        assert_eq!(status(&future, today), Status::Ahead);
        // On the day itself a one-day milestone is under way, the next day it is done.
        let day_ms = confirmed(ms(PartialDate::Day(today), None, None, "day"));
        assert_eq!(status(&day_ms, today), Status::Ongoing);
        assert_eq!(status(&day_ms, d(2025, 6, 16)), Status::Done);
        let slipped = Milestone {
            status: Some(Status::Ongoing),
            ..past.clone()
        };
        assert_eq!(status(&slipped, today), Status::Ongoing);
        assert_eq!(date_status(&slipped, today), Status::Done);
    }

    #[test]
    fn a_past_step_is_done_only_with_a_source_that_says_it_happened() {
        let today = d(2026, 3, 1);
        let follow_up = ms(PartialDate::Year(2024), None, None, "uppföljning");
        assert_eq!(date_status(&follow_up, today), Status::Done);
        assert_eq!(status(&follow_up, today), Status::Planned);
        assert_eq!(
            status_words(&follow_up, Status::Planned, texts(Lang::Sv), Lang::Sv),
            "Planerat till 2024"
        );
        assert_eq!(
            status_words(&follow_up, Status::Planned, texts(Lang::En), Lang::En),
            "Planned for 2024"
        );
        assert_eq!(status(&confirmed(follow_up.clone()), today), Status::Done);
        assert_eq!(
            status_words(&follow_up, Status::Done, texts(Lang::Sv), Lang::Sv),
            "Klart"
        );
        // A source with an empty name confirms nothing.
        let empty = Milestone {
            confirmed_by: Some(crate::model::Source::default()),
            ..follow_up.clone()
        };
        assert_eq!(status(&empty, today), Status::Planned);
        // The data's own "done" needs the same proof.
        let claimed = Milestone {
            status: Some(Status::Done),
            ..ms(PartialDate::Year(2030), None, None, "påstått")
        };
        assert_eq!(status(&claimed, today), Status::Planned);
        assert_eq!(status(&confirmed(claimed), today), Status::Done);
        // A period that has ended reads as planned up to its end, at the end's precision.
        let period = ms(
            PartialDate::Year(2021),
            Some(PartialDate::Season(2023, Season::Autumn)),
            None,
            "period",
        );
        assert_eq!(status(&period, today), Status::Planned);
        assert_eq!(
            status_words(&period, Status::Planned, texts(Lang::Sv), Lang::Sv),
            "Planerat till hösten 2023"
        );
        // Confirmation never moves a step that has not yet come or is under way.
        let ahead = confirmed(ms(PartialDate::Year(2028), None, None, "2028"));
        assert_eq!(status(&ahead, today), Status::Ahead);
        let now = confirmed(ms(PartialDate::Year(2026), None, None, "2026"));
        assert_eq!(status(&now, today), Status::Ongoing);
    }

    #[test]
    fn progress_toward_the_target_year() {
        assert_eq!(progress(d(2019, 5, 1), 2020, 2030), 0);
        assert_eq!(progress(d(2020, 1, 1), 2020, 2030), 0);
        assert_eq!(progress(d(2025, 1, 1), 2020, 2030), 50);
        assert_eq!(progress(d(2025, 7, 3), 2020, 2030), 55);
        assert_eq!(progress(d(2029, 12, 31), 2020, 2030), 99);
        assert_eq!(progress(d(2030, 1, 1), 2020, 2030), 100);
        assert_eq!(progress(d(2040, 1, 1), 2020, 2030), 100);
        assert_eq!(progress(d(2031, 1, 1), 2030, 2030), 100);
        assert_eq!(progress(d(2029, 1, 1), 2030, 2030), 0);
    }

    #[test]
    fn merge_orders_by_start_and_keeps_equal_dates_stable() {
        let national = vec![
            ms(PartialDate::Year(2030), None, None, "n2030"),
            ms(PartialDate::Month(2023, 1), None, None, "n2023-01"),
        ];
        let region = vec![
            ms(
                PartialDate::Season(2023, Season::Autumn),
                None,
                Some(Level::Municipal),
                "r-autumn",
            ),
            ms(PartialDate::Year(2023), None, None, "r2023"),
            ms(PartialDate::Day(d(2023, 1, 1)), None, None, "r-day"),
        ];
        let merged = merge(&national, &region);
        let titles: Vec<&str> = merged
            .iter()
            .map(|e| e.milestone.title.sv.as_str())
            .collect();
        assert_eq!(titles, ["n2023-01", "r2023", "r-day", "r-autumn", "n2030"]);
        let levels: Vec<Level> = merged.iter().map(|e| e.level).collect();
        assert_eq!(
            levels,
            [
                Level::National,
                Level::Regional,
                Level::Regional,
                Level::Municipal,
                Level::National
            ]
        );
        assert!(merged.iter().enumerate().all(|(i, e)| e.index == i));
        // The same milestone listed twice (a copied data file) is shown once.
        let twice = [national.clone(), national.clone()].concat();
        assert_eq!(merge(&twice, &[]).len(), 2);
    }

    #[test]
    fn year_filter_period_and_today_marker() {
        let region = vec![
            ms(PartialDate::Year(2019), None, None, "a"),
            ms(
                PartialDate::Year(2021),
                Some(PartialDate::Year(2024)),
                None,
                "b",
            ),
            ms(PartialDate::Year(2027), None, None, "c"),
        ];
        let merged = merge(&[], &region);
        let kept = |from, to| -> Vec<usize> {
            merged
                .iter()
                .filter(|e| in_years(e, from, to))
                .map(|e| e.index)
                .collect()
        };
        assert_eq!(kept(None, None), [0, 1, 2]);
        assert_eq!(kept(Some(2023), None), [1, 2]);
        assert_eq!(kept(None, Some(2020)), [0]);
        assert_eq!(kept(Some(2025), Some(2026)), Vec::<usize>::new());
        assert_eq!(today_position(&merged, d(2022, 1, 1)), 2);
        assert_eq!(today_position(&merged, d(2018, 1, 1)), 0);
        assert_eq!(today_position(&merged, d(2028, 1, 1)), 3);
    }

    #[test]
    fn every_month_and_season_has_a_name() {
        for t in [&texts::SV, &texts::EN] {
            assert!((1..=12).all(|m| !t.month(m).is_empty()));
            assert_eq!(t.month(0), "");
            assert_eq!(t.month(13), "");
        }
    }
}
