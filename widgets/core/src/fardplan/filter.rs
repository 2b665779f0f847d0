//! The roadmap's filtering and counting: which milestones the editor's attributes let in,
//! which of those the resident has switched off with the level buttons, the buttons with
//! their counts, and the count line. (Status and dates stay in `fardplan`.)

use super::{in_years, Entry, FardplanTexts};
use crate::model::Level;

/// The milestones of a timeline after the filters.
#[derive(Clone, Debug, PartialEq)]
pub struct Filtered<'a> {
    /// What the editor's `levels`, `from` and `to` let in, in timeline order.
    pub in_scope: Vec<Entry<'a>>,
    /// Of those, what the resident has not switched off.
    pub shown: Vec<Entry<'a>>,
}

/// Filters the merged timeline by the editor's levels and years, then by the levels the
/// resident has hidden.
pub fn filter<'a>(
    merged: &[Entry<'a>],
    levels: &[Level],
    from: Option<i32>,
    to: Option<i32>,
    hidden: &[Level],
) -> Filtered<'a> {
    let in_scope: Vec<Entry<'a>> = merged
        .iter()
        .filter(|e| levels.contains(&e.level) && in_years(e, from, to))
        .copied()
        .collect();
    let shown = in_scope
        .iter()
        .filter(|e| !hidden.contains(&e.level))
        .copied()
        .collect();
    Filtered { in_scope, shown }
}

impl Filtered<'_> {
    /// The level buttons: each level present in scope with its number of milestones, in the
    /// order national, regional, municipal; none when fewer than two levels are present
    /// (a single button could only hide everything).
    pub fn chips(&self) -> Vec<(Level, usize)> {
        let present: Vec<(Level, usize)> = Level::ALL
            .into_iter()
            .map(|l| (l, self.in_scope.iter().filter(|e| e.level == l).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        if present.len() < 2 {
            Vec::new()
        } else {
            present
        }
    }

    /// The count line for the live region: "Visar 3 av 7 milstolpar".
    pub fn count_line(&self, t: &FardplanTexts) -> String {
        let (shown, all) = (
            self.shown.len().to_string(),
            self.in_scope.len().to_string(),
        );
        [
            t.count_showing,
            " ",
            &shown,
            " ",
            t.count_of,
            " ",
            &all,
            " ",
            t.count_after,
        ]
        .concat()
    }
}

/// The hidden levels after the resident pressed the button of `level`.
pub fn toggle(hidden: &[Level], level: Level) -> Vec<Level> {
    if hidden.contains(&level) {
        hidden.iter().copied().filter(|l| *l != level).collect()
    } else {
        hidden.iter().copied().chain([level]).collect()
    }
}

/// The levels still shown among the buttons' levels, for the `naravard-filter` event.
pub fn visible(chips: &[(Level, usize)], hidden: &[Level]) -> Vec<Level> {
    chips
        .iter()
        .map(|(l, _)| *l)
        .filter(|l| !hidden.contains(l))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fardplan::{merge, texts};
    use crate::model::{Lang, Milestone, PartialDate, Text};

    fn ms(year: i32, level: Option<Level>, title: &str) -> Milestone {
        Milestone {
            date: PartialDate::Year(year),
            level,
            title: Text::sv(title),
            ..Milestone::default()
        }
    }

    fn titles(entries: &[Entry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| e.milestone.title.sv.clone())
            .collect()
    }

    fn sample() -> (Vec<Milestone>, Vec<Milestone>) {
        let national = vec![ms(2020, None, "n2020"), ms(2030, None, "n2030")];
        let region = vec![
            ms(2022, None, "r2022"),
            ms(2024, Some(Level::Municipal), "m2024"),
            ms(2026, None, "r2026"),
        ];
        (national, region)
    }

    #[test]
    fn attributes_then_buttons_filter_and_the_count_says_so() {
        let (national, region) = sample();
        let merged = merge(&national, &region);
        let all = filter(&merged, &Level::ALL, None, None, &[]);
        assert_eq!(all.shown.len(), 5);
        assert_eq!(
            all.chips(),
            [
                (Level::National, 2),
                (Level::Regional, 2),
                (Level::Municipal, 1)
            ]
        );
        // The editor's years, then the resident's button for regional.
        let hidden = toggle(&[], Level::Regional);
        let f = filter(&merged, &Level::ALL, Some(2021), Some(2029), &hidden);
        assert_eq!(titles(&f.in_scope), ["r2022", "m2024", "r2026"]);
        assert_eq!(titles(&f.shown), ["m2024"]);
        for lang in [Lang::Sv, Lang::En] {
            let t = texts(lang);
            let want = format!("{} 1 {} 3 {}", t.count_showing, t.count_of, t.count_after);
            assert_eq!(f.count_line(t), want);
        }
        // The counts on the buttons do not change when a level is hidden.
        assert_eq!(f.chips(), [(Level::Regional, 2), (Level::Municipal, 1)]);
        assert_eq!(visible(&f.chips(), &hidden), [Level::Municipal]);
    }

    #[test]
    fn buttons_toggle_and_need_two_levels() {
        let hidden = toggle(&[], Level::National);
        assert_eq!(hidden, [Level::National]);
        assert_eq!(toggle(&hidden, Level::National), []);
        let (national, region) = sample();
        let merged = merge(&national, &region);
        // The editor chose only national: one level, so no buttons.
        let f = filter(&merged, &[Level::National], None, None, &[]);
        assert_eq!(f.chips(), []);
        assert_eq!(titles(&f.shown), ["n2020", "n2030"]);
    }
}
