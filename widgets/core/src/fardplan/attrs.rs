//! The roadmap's own attributes: `layout`, `levels`, `from`/`to` and `today`. Each reader
//! returns a usable value and, for a value it did not understand, a message for the editor
//! that names the valid values.

use crate::common::attrs::clip;
use crate::model::{Date, Level};
use crate::rules::date::parse_date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Layout {
    /// Vertical in a narrow container, horizontal in a wide one.
    #[default]
    Auto,
    Vertical,
    Horizontal,
}

impl Layout {
    pub fn slug(self) -> &'static str {
        match self {
            Layout::Auto => "auto",
            Layout::Vertical => "vertical",
            Layout::Horizontal => "horizontal",
        }
    }
}

/// The `layout` attribute: `auto` (default), `vertical` or `horizontal`.
pub fn layout(value: Option<&str>) -> (Layout, Option<String>) {
    let v = value.map(str::trim).unwrap_or("");
    let found = [Layout::Auto, Layout::Vertical, Layout::Horizontal]
        .into_iter()
        .find(|l| l.slug().eq_ignore_ascii_case(v));
    match found {
        Some(l) => (l, None),
        None if v.is_empty() => (Layout::Auto, None),
        None => (
            Layout::Auto,
            Some(
                [
                    "layout=\"",
                    &clip(v),
                    "\" is not a layout; use auto, vertical or horizontal. Using auto.",
                ]
                .concat(),
            ),
        ),
    }
}

/// The `levels` attribute: a comma list of national, regional, municipal. Missing or empty
/// means all; unknown names are left out and reported; if none is known, all are shown.
pub fn levels(value: Option<&str>) -> (Vec<Level>, Option<String>) {
    let names = crate::common::attrs::list(value);
    let mut chosen = Vec::new();
    let mut unknown = Vec::new();
    for name in &names {
        match Level::from_slug(name) {
            Some(l) if !chosen.contains(&l) => chosen.push(l),
            Some(_) => {}
            None => unknown.push(clip(name)),
        }
    }
    let warning = (!unknown.is_empty()).then(|| {
        [
            "levels=\"",
            &unknown.join(","),
            "\" names no level; use a comma list of national, regional, municipal.",
        ]
        .concat()
    });
    if chosen.is_empty() {
        chosen = Level::ALL.to_vec();
    }
    crate::common::sort::sort_by(&mut chosen, Ord::cmp);
    (chosen, warning)
}

/// A `from` or `to` attribute: a four-digit year.
pub fn year(name: &str, value: Option<&str>) -> (Option<i32>, Option<String>) {
    match value.map(str::trim) {
        None | Some("") => (None, None),
        Some(v) if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) => (v.parse().ok(), None),
        Some(v) => (
            None,
            Some(
                [
                    name,
                    "=\"",
                    &clip(v),
                    "\" is not a year; use four digits, such as 2024. It is ignored.",
                ]
                .concat(),
            ),
        ),
    }
}

/// The `from` and `to` attributes together; a `from` after `to` ignores both.
pub fn years(from: Option<&str>, to: Option<&str>) -> (Option<i32>, Option<i32>, Vec<String>) {
    let (f, wf) = year("from", from);
    let (t, wt) = year("to", to);
    let mut warnings: Vec<String> = wf.into_iter().chain(wt).collect();
    if let (Some(a), Some(b)) = (f, t) {
        if a > b {
            warnings.push(
                "from is a later year than to, so both are ignored; write the earlier year in from."
                    .to_owned(),
            );
            return (None, None, warnings);
        }
    }
    (f, t, warnings)
}

/// The `today` attribute: `YYYY-MM-DD`, so editors and tests can pin the day.
pub fn today(value: Option<&str>) -> (Option<Date>, Option<String>) {
    match value.map(str::trim) {
        None | Some("") => (None, None),
        // The one date rule; the attribute is trimmed above, like every attribute.
        Some(v) => match parse_date(v) {
            Some(d) => (Some(d), None),
            None => (
                None,
                Some(
                    [
                        "today=\"",
                        &clip(v),
                        "\" is not a date; use YYYY-MM-DD, such as 2026-03-01. Using today's date.",
                    ]
                    .concat(),
                ),
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fardplan::tests::d;

    #[test]
    fn attributes_read_with_warnings_that_name_valid_values() {
        assert_eq!(today(Some("2026-03-01")).0, Some(d(2026, 3, 1)));
        assert_eq!(today(None), (None, None));
        for bad in ["2026-02-30", "26-03-01", "2026-3-1", "idag"] {
            let (day, warning) = today(Some(bad));
            assert_eq!(day, None, "{bad}");
            assert!(warning.unwrap().contains("YYYY-MM-DD"));
        }
        assert_eq!(layout(Some(" Horizontal ")), (Layout::Horizontal, None));
        assert_eq!(layout(None), (Layout::Auto, None));
        let (l, w) = layout(Some("diagonal"));
        assert_eq!(l, Layout::Auto);
        assert!(w.unwrap().contains("auto, vertical or horizontal"));
        assert_eq!(levels(None), (Level::ALL.to_vec(), None));
        assert_eq!(
            levels(Some("municipal, national")),
            (vec![Level::National, Level::Municipal], None)
        );
        let (ls, w) = levels(Some("regional,county"));
        assert_eq!(ls, [Level::Regional]);
        assert!(w.unwrap().contains("national, regional, municipal"));
        assert_eq!(levels(Some("county")).0, Level::ALL.to_vec());
        assert_eq!(
            years(Some("2022"), Some("2028")),
            (Some(2022), Some(2028), vec![])
        );
        let (f, t, w) = years(Some("2028"), Some("2022"));
        assert_eq!((f, t, w.len()), (None, None, 1));
        let (f, t, w) = years(Some("tjugo"), None);
        assert_eq!((f, t), (None, None));
        assert!(w[0].contains("four digits"));
    }
}
