//! E-mail addresses in data: `local@domain.tld`, the local part of the usual characters
//! (no leading, trailing or double dot, at most 64), two or more domain labels of letters,
//! digits and inner hyphens, a top-level domain of at least two letters.

use super::{quote, trim};
use crate::schema::EMAIL_MAX;

const LOCAL_CHARS: &str = "!#$%&'*+/=?^_`{|}~.-";

/// The JSON Schema pattern of [`check`] (length: `EMAIL_MAX`, as `maxLength`).
pub const PATTERN: &str = r"^[ \t\n\r]*(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}[ \t\n\r]*$";

/// Checks an e-mail address and returns it without the spaces around it.
pub fn check(raw: &str) -> Result<&str, String> {
    let s = trim(raw);
    let bad = || Err(format!("{} is not a valid e-mail address", quote(raw)));
    if raw.chars().count() > EMAIL_MAX {
        return bad();
    }
    let Some((local, domain)) = s.split_once('@') else {
        return bad();
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL_CHARS.contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    if local_ok && domain_ok {
        Ok(s)
    } else {
        bad()
    }
}
