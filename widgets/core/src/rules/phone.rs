//! Phone numbers in data: digits, spaces and hyphens, a `+` first if needed, 3 to 15 digits
//! (E.164's longest), at most `MAX` characters. How a number is shown and dialled is
//! `kontakt::phone`, which only formats numbers this rule accepts.

use super::{quote, trim};

/// The longest phone number, in characters (spaces and hyphens included).
pub const MAX: usize = 30;

/// The JSON Schema pattern of [`check`] (length: [`MAX`], as `maxLength`).
pub const PATTERN: &str = r"^[ \t\n\r]*\+?[0-9](?:[ -]*[0-9]){2,14}[ -]*[ \t\n\r]*$";

/// Checks a phone number and returns it without the spaces around it.
pub fn check(raw: &str) -> Result<&str, String> {
    let s = trim(raw);
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let chars_ok = body
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
    let starts_ok = body.chars().next().is_some_and(|c| c.is_ascii_digit());
    if !chars_ok || !starts_ok {
        Err(format!(
            "{} is not a phone number; use digits, spaces and hyphens, with + first if needed",
            quote(raw)
        ))
    } else if !(3..=15).contains(&digits) {
        Err(format!(
            "{} has {digits} digits; a phone number has 3 to 15",
            quote(raw)
        ))
    } else if raw.chars().count() > MAX {
        Err(format!(
            "{} is longer than {MAX} characters; write the number with fewer spaces",
            quote(raw)
        ))
    } else {
        Ok(s)
    }
}
