//! Links in data (`web`, `website`, `url`): web addresses only, `https://` or `http://` (the
//! scheme in any case, as RFC 3986 allows), with a host and no spaces or control characters.
//! A phone number or e-mail address has its own field, so `tel:` and `mailto:` are refused
//! here: a widget would not show them as a web link.

use super::{invisible, quote, trim};
use crate::schema::URL_MAX;

/// The JSON Schema pattern of [`check`] (length: `URL_MAX`, as `maxLength`).
pub const PATTERN: &str = r"^[ \t\n\r]*[Hh][Tt][Tt][Pp][Ss]?://[^\s\u0000-\u001f\u007f-\u009f/?#@]+(?:[/?#][^\s\u0000-\u001f\u007f-\u009f]*)?[ \t\n\r]*$";

/// Checks a link and returns it without the spaces around it. Whitespace and control
/// characters are removed before the scheme is read, so `" JavaScript:"` and
/// `"java\tscript:"` are caught as what they are.
pub fn check(raw: &str) -> Result<&str, String> {
    let link = trim(raw);
    if link.is_empty() {
        return Err("a link must not be empty".into());
    }
    let head: String = link
        .chars()
        .filter(|c| !invisible(*c))
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    if !(head.starts_with("https://") || head.starts_with("http://")) {
        return Err(format!(
            "{} is not an allowed link; use a web address that starts with https:// or http://",
            quote(raw)
        ));
    }
    if link.chars().any(invisible) {
        return Err(format!(
            "{} contains spaces or control characters; write a space in a link as %20",
            quote(raw)
        ));
    }
    if raw.chars().count() > URL_MAX {
        return Err(format!("the link is longer than {URL_MAX} characters"));
    }
    let rest = link.split_once("://").map_or("", |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.contains('@') {
        return Err(format!("{} is not a complete link", quote(raw)));
    }
    Ok(link)
}

/// The link a widget may put in `href`, or `None`. The decoder has already refused anything
/// else; the widgets ask again so that no path (a merge, a future field) can make a
/// `javascript:` link.
pub fn href(raw: &str) -> Option<&str> {
    check(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_only() {
        assert_eq!(check(" https://www.1177.se "), Ok("https://www.1177.se"));
        assert_eq!(href("HTTPS://RVN.SE"), Some("HTTPS://RVN.SE"));
        for bad in [
            "tel:1177",
            "mailto:a@rvn.se",
            "java\tscript:x",
            "https://",
            "https://@x",
        ] {
            assert_eq!(href(bad), None, "{bad:?}");
        }
        assert!(check("tel:1177").unwrap_err().contains("https://"));
    }
}
