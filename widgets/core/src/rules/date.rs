//! Dates in data and attributes: a day `YYYY-MM-DD` checked against the calendar, and the
//! partial dates of milestones (`2030`, `2023-autumn`, `2021-06`, `2023-01-01`). Exactly
//! these characters: a date with spaces around it is not a date here (an attribute reader
//! trims the attribute first, as it does for every attribute).

use crate::model::{Date, PartialDate, Season};

/// A calendar day as a regular expression (without anchors), so both patterns share it.
macro_rules! day_re {
    () => {
        concat!(
            "(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
            "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)",
            "|02-(?:0[1-9]|1[0-9]|2[0-8]))",
            // 29 February: years divisible by 4 but not 100, and years divisible by 400.
            "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
        )
    };
}

/// The JSON Schema pattern of a day, [`parse_date`]: the calendar too, leap years included.
pub const DATE_PATTERN: &str = concat!("^", day_re!(), "$");

/// The JSON Schema pattern of [`parse_partial_date`].
pub const PARTIAL_DATE_PATTERN: &str = concat!(
    "^(?:[0-9]{4}(?:-(?:spring|summer|autumn|winter)|-(?:0[1-9]|1[0-2]))?|",
    day_re!(),
    ")$"
);

/// Reads "YYYY-MM-DD" into a calendar-correct date.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let year = year_part(parts.next()?)?;
    let month = num_part(parts.next()?, 2)?;
    let day = num_part(parts.next()?, 2)?;
    if parts.next().is_some() || !(1..=12).contains(&month) {
        return None;
    }
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(Date { year, month, day })
}

/// Reads "2030", "2023-autumn", "2021-06" or "2023-01-01".
pub fn parse_partial_date(s: &str) -> Option<PartialDate> {
    let mut parts = s.splitn(2, '-');
    let year = year_part(parts.next()?)?;
    let Some(rest) = parts.next() else {
        return Some(PartialDate::Year(year));
    };
    let season = match rest {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "autumn" => Some(Season::Autumn),
        "winter" => Some(Season::Winter),
        _ => None,
    };
    if let Some(season) = season {
        return Some(PartialDate::Season(year, season));
    }
    if rest.len() == 2 {
        let month = u8::try_from(num_part(rest, 2)?).ok()?;
        return (1..=12)
            .contains(&month)
            .then_some(PartialDate::Month(year, month));
    }
    parse_date(s).map(PartialDate::Day)
}

fn year_part(s: &str) -> Option<i32> {
    num_part(s, 4).and_then(|y| i32::try_from(y).ok())
}

fn num_part(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month (1–12) of a year; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// There used to be two day parsers, and they disagreed on a day with spaces around it.
    /// Now the roadmap's `today` attribute trims (as every attribute reader does) and then
    /// asks this one parser, which takes exactly `YYYY-MM-DD`, as the decoder and the schema do.
    #[test]
    fn one_day_parser_for_data_and_attributes() {
        let leap = Some(Date {
            year: 2024,
            month: 2,
            day: 29,
        });
        assert_eq!(parse_date("2024-02-29"), leap);
        assert_eq!(parse_date(" 2024-02-29 "), None);
        assert_eq!(crate::fardplan::today(Some(" 2024-02-29 ")).0, leap);
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
    }
}
