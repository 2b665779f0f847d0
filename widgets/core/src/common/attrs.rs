//! Reading the attributes an editor writes. Every reader returns a usable value, plus a
//! message for the editor's console when the attribute was not understood.

/// The heading level of a widget's top heading: `1`–`6`, default `2`.
pub fn heading_level(value: Option<&str>) -> (u8, Option<String>) {
    match value.map(str::trim) {
        None | Some("") => (2, None),
        Some(v) => match v.parse::<u8>() {
            Ok(n @ 1..=6) => (n, None),
            _ => (
                2,
                Some(format!(
                    "heading-level=\"{}\" is not a heading level; use 1 to 6. Using 2.",
                    clip(v)
                )),
            ),
        },
    }
}

/// A boolean attribute (`expanded`, `remember`): present means on, unless written `"false"`.
pub fn flag(value: Option<&str>) -> bool {
    matches!(value, Some(v) if !v.trim().eq_ignore_ascii_case("false"))
}

/// A comma-separated list, trimmed, lower-cased, empty items dropped.
pub fn list(value: Option<&str>) -> Vec<String> {
    value
        .unwrap_or("")
        .split(',')
        .map(|s| crate::search::lowercase(s.trim()))
        .filter(|s| !s.is_empty())
        .collect()
}

/// An attribute value shortened for a console message, so a huge value cannot flood it.
pub fn clip(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        let mut short: String = value.chars().take(MAX).collect();
        short.push('…');
        short
    }
}

/// The message for a `region` attribute that names no known region.
pub fn unknown_region(value: Option<&str>, known: &[&str]) -> String {
    // The kit holds only the regions its page fetched; name every bundled one too.
    let mut all: Vec<&str> = crate::registry::REGION_IDS.to_vec();
    all.extend(
        known
            .iter()
            .filter(|k| !all.contains(k))
            .copied()
            .collect::<Vec<_>>(),
    );
    let known = all;
    match value.map(str::trim) {
        None | Some("") => format!(
            "the region attribute is missing; use one of: {}.",
            known.join(", ")
        ),
        Some(v) => format!(
            "region=\"{}\" is not a known region; use one of: {}.",
            clip(v),
            known.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_level_defaults_to_two_and_explains_bad_values() {
        assert_eq!(heading_level(None), (2, None));
        assert_eq!(heading_level(Some(" 3 ")), (3, None));
        let (level, warning) = heading_level(Some("7"));
        assert_eq!(level, 2);
        assert!(warning.unwrap().contains("use 1 to 6"));
    }

    #[test]
    fn flags_lists_and_clipping() {
        assert!(flag(Some("")));
        assert!(!flag(Some("false")));
        assert!(!flag(None));
        assert_eq!(list(Some(" Why, ,for-whom ")), ["why", "for-whom"]);
        assert_eq!(clip(&"x".repeat(1000)).chars().count(), 61);
    }
}
