//! vCard 3.0 text for the "save contact" link: one card per contact of a municipality, so a
//! phone's address book gets the numbers and addresses exactly as the data has them.

use super::phone;
use crate::model::{Contact, Lang, Municipality};

/// Escapes a text value: backslash, comma, semicolon and newlines (RFC 6350 §3.4).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (continuation lines start with a space),
/// never inside a UTF-8 character, ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn card(out: &mut String, org: &str, contact: &Contact, lang: Lang, fallback_web: Option<&str>) {
    let role = contact.role.get(lang).trim();
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:3.0");
    let name = if role.is_empty() {
        escape(org)
    } else {
        [escape(role), " – ".into(), escape(org)].concat()
    };
    line(out, &["FN:", &name].concat());
    // N is required in 3.0; an organisation's card has no family or given name.
    line(out, &["N:", &escape(org), ";;;;"].concat());
    line(out, &["ORG:", &escape(org)].concat());
    if !role.is_empty() {
        line(out, &["TITLE:", &escape(role)].concat());
    }
    if let Some(tel) = contact.phone.as_deref().and_then(phone::e164) {
        line(out, &["TEL;TYPE=WORK,VOICE:", &tel].concat());
    }
    if let Some(email) = contact
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        line(out, &["EMAIL;TYPE=INTERNET:", &escape(email)].concat());
    }
    let web = contact.web.as_deref().or(fallback_web);
    if let Some(url) = web.map(str::trim).filter(|u| !u.is_empty()) {
        line(out, &["URL:", url].concat());
    }
    let mut notes = Vec::new();
    for hours in [&contact.phone_hours, &contact.opening_hours]
        .into_iter()
        .flatten()
    {
        let text = hours.get(lang).trim();
        if !text.is_empty() {
            notes.push(escape(text));
        }
    }
    if !notes.is_empty() {
        line(out, &["NOTE:", &notes.join("\\n")].concat());
    }
    line(out, "END:VCARD");
}

/// The vCards of a municipality's contacts; a municipality without contacts but with a web
/// site gets one card with its name and site. `None` when there is nothing to save.
pub fn municipality_vcards(m: &Municipality, lang: Lang) -> Option<String> {
    let mut out = String::new();
    for contact in &m.contacts {
        card(&mut out, &m.name, contact, lang, m.website.as_deref());
    }
    if out.is_empty() {
        let site = m.website.as_deref()?;
        let contact = Contact {
            web: Some(site.to_owned()),
            ..Contact::default()
        };
        card(&mut out, &m.name, &contact, lang, None);
    }
    Some(out)
}

/// A file name for the download: the municipality's slug, safe characters only.
pub fn file_name(m: &Municipality) -> String {
    let mut name: String =
        m.id.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
    if name.is_empty() {
        name.push_str("kontakt");
    }
    name.push_str(".vcf");
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn kommun() -> Municipality {
        Municipality {
            id: "ornskoldsvik".into(),
            name: "Örnsköldsvik".into(),
            code: "2284".into(),
            website: Some("https://www.ornskoldsvik.se".into()),
            contacts: vec![Contact {
                role: Text::sv("Äldreomsorg; hemtjänst, trygghetslarm"),
                email: Some("test@example.org".into()),
                phone: Some("0660-880 00".into()),
                phone_hours: Some(Text::sv("Mån–fre 8–16\nLunchstängt 12–13")),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn escapes_specials_and_newlines() {
        assert_eq!(escape(r"a,b;c\d"), r"a\,b\;c\\d");
        assert_eq!(escape("a\r\nb\nc"), r"a\nb\nc");
    }

    #[test]
    fn cards_use_crlf_e164_and_escaping() {
        let text = municipality_vcards(&kommun(), Lang::Sv).unwrap();
        assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(text.ends_with("END:VCARD\r\n"));
        assert!(text.contains("TEL;TYPE=WORK,VOICE:+4666088000\r\n"));
        assert!(text.contains("EMAIL;TYPE=INTERNET:test@example.org\r\n"));
        assert!(text.contains("TITLE:Äldreomsorg\\; hemtjänst\\, trygghetslarm\r\n"));
        assert!(text.contains("URL:https://www.ornskoldsvik.se\r\n"));
        assert!(text.contains("NOTE:Mån–fre 8–16\\nLunchstängt 12–13\r\n"));
        // No bare LF: every line ends in CRLF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_char_boundaries() {
        let mut k = kommun();
        k.contacts[0].role = Text::sv("å".repeat(100));
        let text = municipality_vcards(&k, Lang::Sv).unwrap();
        for l in text.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&["TITLE:", &"å".repeat(100)].concat()));
    }

    #[test]
    fn nothing_to_save_without_contacts_or_site() {
        let mut k = kommun();
        k.contacts.clear();
        let site_only = municipality_vcards(&k, Lang::Sv).unwrap();
        assert!(site_only.contains("ORG:Örnsköldsvik"));
        k.website = None;
        assert_eq!(municipality_vcards(&k, Lang::Sv), None);
        assert_eq!(file_name(&k), "ornskoldsvik.vcf");
    }
}
