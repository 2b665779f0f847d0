//! Internationalised domain names for display: a source shown as its domain should read
//! "gullspång.se", not the "xn--gullspng-f0a.se" the address holds. The link itself keeps the
//! address as written; only the visible text is decoded.

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;

/// A host name with each `xn--` label decoded (Punycode, RFC 3492). A label that does not
/// decode is kept as it is, so a broken address still shows something true.
pub fn display_host(host: &str) -> String {
    host.split('.')
        .map(|label| {
            let ace = label.get(..4).filter(|p| p.eq_ignore_ascii_case("xn--"));
            ace.and_then(|_| label.get(4..))
                .and_then(decode)
                .unwrap_or_else(|| label.to_owned())
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn digit(c: char) -> Option<u32> {
    match c {
        'a'..='z' => Some(c as u32 - 'a' as u32),
        'A'..='Z' => Some(c as u32 - 'A' as u32),
        '0'..='9' => Some(c as u32 - '0' as u32 + 26),
        _ => None,
    }
}

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW)
}

/// Decodes one Punycode label (without its `xn--`); `None` for anything malformed.
fn decode(input: &str) -> Option<String> {
    let (basic, rest) = match input.rfind('-') {
        Some(at) => (input.get(..at)?, input.get(at + 1..)?),
        None => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut out: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = rest.chars().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let d = digit(digits.next()?)?;
            i = i.checked_add(d.checked_mul(w)?)?;
            let t = if k <= bias {
                T_MIN
            } else if k >= bias + T_MAX {
                T_MAX
            } else {
                k - bias
            };
            if d < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = u32::try_from(out.len()).ok()? + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        let at = usize::try_from(i).ok()?;
        if at > out.len() {
            return None;
        }
        out.insert(at, char::from_u32(n)?);
        i += 1;
    }
    (!out.is_empty()).then(|| out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_domains_read_as_written() {
        assert_eq!(display_host("xn--gullspng-f0a.se"), "gullspång.se");
        assert_eq!(display_host("www.xn--mlndal-wxa.se"), "www.mölndal.se");
        assert_eq!(display_host("xn--rnskldsvik-dcbe.se"), "örnsköldsvik.se");
        assert_eq!(display_host("tibro.se"), "tibro.se");
    }

    #[test]
    fn a_broken_label_is_kept_not_a_crash() {
        assert_eq!(display_host("xn--.se"), "xn--.se");
        assert_eq!(
            display_host("xn--a-99999999999999999999.se"),
            "xn--a-99999999999999999999.se"
        );
        assert_eq!(display_host("xn--ö-abc.se"), "xn--ö-abc.se");
        assert!(!display_host("xn--zzzzzzzzzzzzzzzzzzzzzz.se").is_empty());
    }
}
