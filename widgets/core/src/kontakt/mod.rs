//! The browser-free part of the kontakt widget: its texts and logic (search, phone numbers,
//! vCards, the guide of who does what).

pub mod combobox;
pub mod contract;
pub mod idn;
pub mod phone;
pub mod search;
pub mod texts;
pub mod vcard;

use crate::common::attrs::clip;
use crate::model::{
    Contact, ContactKind, Date, GuideEntry, MinorityLanguage, Municipality, National, Region,
};

/// A day as ISO 8601 ("2026-03-01"), as the check date is shown.
pub fn iso_date(d: Date) -> String {
    let mut s = String::with_capacity(10);
    push_padded(&mut s, i64::from(d.year), 4);
    s.push('-');
    push_padded(&mut s, i64::from(d.month), 2);
    s.push('-');
    push_padded(&mut s, i64::from(d.day), 2);
    s
}

fn push_padded(out: &mut String, n: i64, width: usize) {
    let digits = n.unsigned_abs().to_string();
    if n < 0 {
        out.push('-');
    }
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// The guide of who does what: the national entries (what follows from national law), then
/// the region's own additions.
pub fn guide<'a>(national: &'a National, region: &'a Region) -> Vec<&'a GuideEntry> {
    national.guide.iter().chain(region.guide.iter()).collect()
}

/// A web address shown as link text: without the scheme, `www.` and a trailing slash, so it
/// reads well and wraps less.
pub fn short_url(url: &str) -> &str {
    let url = url.trim();
    let url = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let url = url.strip_prefix("www.").unwrap_or(url);
    url.strip_suffix('/').unwrap_or(url)
}

/// The host of a web address, without `www.`, as a source is shown ("tibro.se").
pub fn domain(url: &str) -> &str {
    let rest = short_url(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// The domain as a resident reads it: `domain` with internationalised labels decoded
/// ("gullspång.se" for "xn--gullspng-f0a.se").
pub fn shown_domain(url: &str) -> String {
    idn::display_host(domain(url))
}

/// The chosen municipality's way in for a need of this kind: its first contact of that kind,
/// else its main contact. `None` when it has neither; the widget then points to its site.
pub fn local_route(m: &Municipality, kind: ContactKind) -> Option<&Contact> {
    let of = |k: ContactKind| m.contacts.iter().find(|c| c.kind == Some(k));
    of(kind).or_else(|| of(ContactKind::Main))
}

/// The sentence on a national minority language's administrative area, for a municipality
/// (elderly care included) or a region.
pub fn minority_sentence(
    t: &texts::KontaktTexts,
    language: MinorityLanguage,
    region: bool,
) -> String {
    let name = match language {
        MinorityLanguage::Finnish => t.finnish,
        MinorityLanguage::Sami => t.sami,
        MinorityLanguage::Meankieli => t.meankieli,
    };
    let (who, end) = if region {
        (t.minority_region, t.minority_region_end)
    } else {
        (t.minority_municipality, t.minority_municipality_end)
    };
    [who, name, t.minority_use, name, t.minority_with, end, "."].concat()
}

/// A link the card may show: the data format's one link rule (`rules::link`), so the card
/// shows exactly the links the validator accepts.
pub fn safe_url(url: &str) -> Option<&str> {
    crate::rules::link::href(url)
}

/// An e-mail address fit for `mailto:`: the data format's one e-mail rule (`rules::email`).
pub fn mailto(email: &str) -> Option<String> {
    let email = crate::rules::email::check(email).ok()?;
    Some(["mailto:", email].concat())
}

/// The console message for a `kommun` attribute that names no municipality of the region.
pub fn unknown_kommun(value: &str, region: &Region) -> String {
    let known: Vec<&str> = region
        .municipalities
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    format!(
        "kommun=\"{}\" is not a municipality of {}; use a slug, a code or a name, one of: {}.",
        clip(value.trim()),
        region.id,
        known.join(", ")
    )
}

/// The localStorage key under which `remember` keeps the chosen municipality of a region.
pub fn storage_key(region_id: &str) -> String {
    ["naravard-kontakt:", region_id].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Municipality, Responsible, Text};

    #[test]
    fn dates_are_iso() {
        let d = Date {
            year: 2026,
            month: 3,
            day: 1,
        };
        assert_eq!(iso_date(d), "2026-03-01");
    }

    #[test]
    fn urls_and_addresses() {
        assert_eq!(short_url("https://www.sundsvall.se/"), "sundsvall.se");
        assert_eq!(short_url("http://rvn.se/vard"), "rvn.se/vard");
        assert_eq!(safe_url(" https://rvn.se "), Some("https://rvn.se"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(mailto("a@b.se").as_deref(), Some("mailto:a@b.se"));
        assert_eq!(mailto("a@b.se?cc=x@y.se"), None);
        assert_eq!(mailto("inte en adress"), None);
    }

    #[test]
    fn sources_show_their_domain() {
        assert_eq!(domain("https://www.tibro.se/kommun/?a=1"), "tibro.se");
        assert_eq!(domain("https://sametinget.se/24399"), "sametinget.se");
        assert_eq!(domain("http://moten.ange.se"), "moten.ange.se");
    }

    #[test]
    fn the_local_route_is_the_care_contact_else_the_main_one() {
        let contact = |kind, phone: &str| Contact {
            role: Text::sv("x"),
            kind: Some(kind),
            phone: Some(phone.into()),
            ..Default::default()
        };
        let mut m = Municipality {
            contacts: vec![
                contact(ContactKind::Main, "1"),
                contact(ContactKind::Care, "2"),
            ],
            ..Default::default()
        };
        let phone = |c: Option<&Contact>| c.and_then(|c| c.phone.clone());
        assert_eq!(
            phone(local_route(&m, ContactKind::Care)).as_deref(),
            Some("2")
        );
        assert_eq!(
            phone(local_route(&m, ContactKind::Main)).as_deref(),
            Some("1")
        );
        m.contacts.remove(1);
        assert_eq!(
            phone(local_route(&m, ContactKind::Care)).as_deref(),
            Some("1")
        );
        m.contacts.clear();
        assert!(local_route(&m, ContactKind::Care).is_none());
    }

    #[test]
    fn minority_sentences_name_the_language_and_elderly_care() {
        let s = minority_sentence(&texts::SV, MinorityLanguage::Finnish, false);
        assert_eq!(
            s,
            "Kommunen ingår i förvaltningsområdet för finska. Du får använda finska i kontakt med kommunen, också inom äldreomsorgen."
        );
        let r = minority_sentence(&texts::EN, MinorityLanguage::Sami, true);
        assert!(
            r.contains("Sámi") && r.contains("region") && !r.contains("elderly"),
            "{r}"
        );
    }

    #[test]
    fn guide_is_national_then_regional() {
        let entry = |need: &str, r| GuideEntry {
            need: Text::sv(need),
            responsible: Some(r),
            where_to_turn: Text::sv("x"),
            local_contact: None,
            source: None,
        };
        let national = National {
            guide: vec![entry("Hemtjänst", Responsible::Municipality)],
            ..Default::default()
        };
        let region = Region {
            guide: vec![entry("Vårdcentral", Responsible::Region)],
            ..Default::default()
        };
        let needs: Vec<&str> = guide(&national, &region)
            .iter()
            .map(|e| e.need.sv.as_str())
            .collect();
        assert_eq!(needs, ["Hemtjänst", "Vårdcentral"]);
    }

    #[test]
    fn unknown_kommun_names_the_valid_values() {
        let region = Region {
            id: "vasternorrland".into(),
            municipalities: vec![Municipality {
                id: "sundsvall".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let m = unknown_kommun("umea", &region);
        assert!(m.contains("kommun=\"umea\""));
        assert!(m.contains("sundsvall"));
        assert_eq!(
            storage_key("vasternorrland"),
            "naravard-kontakt:vasternorrland"
        );
    }
}
