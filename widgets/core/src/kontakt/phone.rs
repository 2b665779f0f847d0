//! Swedish phone numbers: shown the way Swedes write them ("08-123 456 78", "070-123 45 67",
//! "1177") and dialled through `tel:` in E.164 ("+46812345678"). A pragmatic formatter: it
//! knows the two- and three-digit area codes; every other area code has four digits.

/// Area codes (without the leading 0) that are shorter than four digits.
const SHORT_AREA_CODES: [&str; 23] = [
    "8", "10", "11", "13", "16", "18", "19", "20", "21", "23", "26", "31", "33", "35", "36", "40",
    "42", "44", "46", "54", "60", "63", "90",
];

/// A number as written in the data, read into its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Parsed {
    /// A short number without area code (112, 1177, 113 13).
    Short(String),
    /// A Swedish number: area code with its 0, and the subscriber number.
    Swedish { area: String, local: String },
    /// Another country's number in international form, digits after the +.
    Foreign(String),
}

fn parse(raw: &str) -> Option<Parsed> {
    // Only what the data format's phone rule accepts is a number (the validator refuses the
    // rest, so the card never links a number the editor was told is wrong).
    let raw = crate::rules::phone::check(raw).ok()?;
    let international = raw.starts_with('+') || raw.starts_with("00");
    let mut digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    if international {
        if let Some(rest) = digits.strip_prefix("00") {
            digits = rest.to_owned();
        }
        match digits.strip_prefix("46") {
            // "+46 (0)60 …" keeps a stray 0 some people write.
            Some(rest) => {
                let rest = rest.strip_prefix('0').unwrap_or(rest);
                digits = ["0", rest].concat();
            }
            None if digits.len() >= 6 => return Some(Parsed::Foreign(digits)),
            None => return None,
        }
    }
    let national = match digits.strip_prefix('0') {
        Some(n) => n,
        None if (3..=6).contains(&digits.len()) => return Some(Parsed::Short(digits)),
        None => return None,
    };
    // 020/0771-style service numbers and mobiles (07x) have three-digit prefixes, too.
    let area_len = if national.starts_with('7') {
        if national.starts_with("77") {
            3
        } else {
            2
        }
    } else {
        SHORT_AREA_CODES
            .iter()
            .filter(|a| national.starts_with(*a))
            .map(|a| a.len())
            .max()
            .unwrap_or(3)
    };
    let (area, local) = (national.get(..area_len)?, national.get(area_len..)?);
    if !(5..=8).contains(&local.len()) {
        return None;
    }
    Some(Parsed::Swedish {
        area: ["0", area].concat(),
        local: local.to_owned(),
    })
}

/// Groups a subscriber number the Swedish way: 12 34 56, 123 45 67, 123 456 78, 123 45.
fn group(local: &str) -> String {
    let sizes: &[usize] = match local.len() {
        5 => &[3, 2],
        6 => &[2, 2, 2],
        7 => &[3, 2, 2],
        8 => &[3, 3, 2],
        _ => &[],
    };
    let mut out = String::with_capacity(local.len() + 3);
    let mut rest = local;
    for &size in sizes {
        if let (Some(head), Some(tail)) = (rest.get(..size), rest.get(size..)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(head);
            rest = tail;
        }
    }
    if !rest.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(rest);
    }
    out
}

/// The number as it should be shown; a number we cannot read is shown as written.
pub fn display(raw: &str) -> String {
    match parse(raw) {
        Some(Parsed::Short(d)) => d,
        Some(Parsed::Swedish { area, local }) => [area.as_str(), "-", &group(&local)].concat(),
        Some(Parsed::Foreign(_)) | None => raw.trim().to_owned(),
    }
}

/// The `tel:` URL, or `None` when the text is not a number one can dial.
pub fn tel_href(raw: &str) -> Option<String> {
    match parse(raw)? {
        Parsed::Short(d) => Some(["tel:", &d].concat()),
        Parsed::Swedish { area, local } => {
            let area = area.strip_prefix('0').unwrap_or(&area);
            Some(["tel:+46", area, &local].concat())
        }
        Parsed::Foreign(d) => Some(["tel:+", &d].concat()),
    }
}

/// The E.164 form (for vCards), or the short number; `None` when not a number.
pub fn e164(raw: &str) -> Option<String> {
    tel_href(raw).and_then(|t| t.strip_prefix("tel:").map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_the_swedish_way() {
        for (raw, shown) in [
            ("0812345678", "08-123 456 78"),
            ("08-123 456 78", "08-123 456 78"),
            ("+46 8 123 456 78", "08-123 456 78"),
            ("0701234567", "070-123 45 67"),
            ("1177", "1177"),
            ("112", "112"),
            ("060-19 20 00", "060-19 20 00"),
            ("0660 88 000", "0660-880 00"),
            ("0611-34 80 00", "0611-34 80 00"),
            ("031-123 45 67", "031-123 45 67"),
            ("+46 031 123 45 67", "031-123 45 67"),
            ("0771-11 77 00", "0771-11 77 00"),
        ] {
            assert_eq!(display(raw), shown, "{raw}");
        }
    }

    #[test]
    fn unreadable_numbers_are_shown_as_written_and_not_linked() {
        assert_eq!(display(" ring växeln "), "ring växeln");
        assert_eq!(tel_href("ring växeln"), None);
        assert_eq!(tel_href("12"), None);
        assert_eq!(tel_href("08-12"), None);
        // Parentheses are not in the phone rule: shown as written, not dialled.
        assert_eq!(display("+46 (0)31 123 45 67"), "+46 (0)31 123 45 67");
        assert_eq!(tel_href("(060) 12 34 56"), None);
    }

    #[test]
    fn tel_uses_e164_or_the_short_number() {
        for (raw, href) in [
            ("08-123 456 78", "tel:+46812345678"),
            ("070-123 45 67", "tel:+46701234567"),
            ("1177", "tel:1177"),
            ("112", "tel:112"),
            ("+47 22 12 34 56", "tel:+4722123456"),
            ("0046 60 19 20 00", "tel:+4660192000"),
        ] {
            assert_eq!(tel_href(raw).as_deref(), Some(href), "{raw}");
        }
        assert_eq!(e164("0660-880 00").as_deref(), Some("+4666088000"));
    }
}
