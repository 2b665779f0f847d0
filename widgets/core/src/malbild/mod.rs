//! The browser-free part of the malbild widget: its texts and logic.

pub mod contract;
pub mod texts;

use crate::common::attrs::{self, clip};
use crate::model::{Lang, Link, Malbild, Period, Region, Source, Text};
use texts::MalbildTexts;

/// A section of the målbild, in its default order. The slugs are the `sections` attribute's
/// vocabulary, so they are part of the public API: never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Why,
    ForWhom,
    Traits,
    Responsible,
    ReadMore,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Why,
        Section::ForWhom,
        Section::Traits,
        Section::Responsible,
        Section::ReadMore,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Section::Why => "why",
            Section::ForWhom => "for-whom",
            Section::Traits => "traits",
            Section::Responsible => "responsible",
            Section::ReadMore => "read-more",
        }
    }

    pub fn from_slug(s: &str) -> Option<Section> {
        let s = s.trim();
        Section::ALL
            .into_iter()
            .find(|x| x.slug().eq_ignore_ascii_case(s))
    }

    pub fn heading<'a>(self, t: &MalbildTexts<'a>) -> &'a str {
        match self {
            Section::Why => t.why,
            Section::ForWhom => t.for_whom,
            Section::Traits => t.traits,
            Section::Responsible => t.responsible,
            Section::ReadMore => t.read_more,
        }
    }

    /// Whether the data has anything to show in this section; an empty one is left out
    /// rather than shown as a heading over nothing.
    pub fn has_content(self, region: &Region, m: &Malbild) -> bool {
        match self {
            Section::Why => !m.why.is_empty(),
            Section::ForWhom => m.for_whom.is_some(),
            Section::Traits => !m.traits.is_empty(),
            // The region itself is always a party, so this section always has something.
            Section::Responsible => !region.name.sv.is_empty(),
            Section::ReadMore => !m.reading.is_empty(),
        }
    }
}

/// The sections chosen by the `sections` attribute, in the editor's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sections {
    pub shown: Vec<Section>,
    /// Names that are not sections, as written (clipped), for the editor's warning.
    pub unknown: Vec<String>,
}

impl Sections {
    /// Reads `sections`: a comma list of slugs. Missing or empty means every section in the
    /// default order; duplicates are shown once, where first named.
    pub fn parse(value: Option<&str>) -> Sections {
        let names = attrs::list(value);
        if names.is_empty() {
            return Sections {
                shown: Section::ALL.to_vec(),
                unknown: Vec::new(),
            };
        }
        let mut shown = Vec::new();
        let mut unknown = Vec::new();
        for name in names {
            match Section::from_slug(&name) {
                Some(s) if !shown.contains(&s) => shown.push(s),
                Some(_) => {}
                None => unknown.push(clip(&name)),
            }
        }
        Sections { shown, unknown }
    }

    /// The editor's console message when a name was not understood, naming the valid ones.
    pub fn warning(&self) -> Option<String> {
        if self.unknown.is_empty() {
            return None;
        }
        let valid: Vec<&str> = Section::ALL.iter().map(|s| s.slug()).collect();
        Some(format!(
            "sections=\"{}\" names no such section; use a comma list of: {}.",
            self.unknown.join(","),
            valid.join(", ")
        ))
    }
}

/// The editor's console message for a known region whose data has no målbild.
pub fn missing_malbild_warning(region_id: &str) -> String {
    format!(
        "region=\"{}\" has no malbild in its data; add a \"malbild\" object to the region's data file.",
        clip(region_id)
    )
}

/// The years the målbild covers: "2020–2030", or one year when it starts and ends in it.
pub fn period(period: Option<Period>) -> Option<String> {
    let Period { from, to } = period?;
    Some(if from >= to {
        to.to_string()
    } else {
        format!("{from}–{to}")
    })
}

/// Who stands behind the målbild, named and counted: "7 kommuner och Region Västernorrland".
/// With no municipalities in the data, just the region's name (never "0 kommuner").
pub fn responsible_line(municipalities: usize, region_name: &str, t: &MalbildTexts) -> String {
    if municipalities == 0 {
        return region_name.to_owned();
    }
    let word = if municipalities == 1 {
        t.municipality_one
    } else {
        t.municipality_many
    };
    format!("{municipalities} {word} {} {region_name}", t.and)
}

/// The municipalities' names in Swedish alphabetical order (å, ä, ö last), for the list.
pub fn municipality_names(region: &Region) -> Vec<&str> {
    let mut names: Vec<&str> = region
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    crate::rules::collate::sort_swedish(&mut names, |n| n);
    names
}

/// Whether a link from data may be an `<a href>`: the data format's one link rule
/// (`rules::link`). The validator checks it; the widget checks again so a bad merge can never
/// make a `javascript:` link.
pub fn is_web_url(url: &str) -> bool {
    crate::rules::link::href(url).is_some()
}

/// The host of a web URL without `www.`, e.g. "rvn.se": shown as a link's source when the data
/// names none, so every link says where it leads.
pub fn host_of(url: &str) -> Option<&str> {
    if !is_web_url(url) {
        return None;
    }
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The source to show for a reading link: its own, else the site it leads to.
pub enum LinkSource<'a> {
    Named(&'a Source),
    Host(&'a str),
    None,
}

pub fn link_source(link: &Link) -> LinkSource<'_> {
    match &link.source {
        Some(s) if !s.name.sv.is_empty() => LinkSource::Named(s),
        _ => host_of(&link.url).map_or(LinkSource::None, LinkSource::Host),
    }
}

/// The `lang` attribute a text needs when it is shown in another language than the widget's
/// (a Swedish fallback in an English or Finnish widget), so screen readers pronounce it right.
pub fn lang_attr(text: &Text, lang: Lang) -> Option<&'static str> {
    lang.mark(text.shown_lang(lang))
}

/// The key of a disclosure's open state. The state is kept only while the key is the same, so
/// a new region or a changed `expanded` starts from what the attributes say.
pub fn state_key(region_id: &str, expanded: bool) -> String {
    let mut key = region_id.trim().to_ascii_lowercase();
    key.push(if expanded { '+' } else { '-' });
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Municipality, Trait};

    fn region(municipalities: &[&str]) -> Region {
        Region {
            id: "testlan".into(),
            name: Text::sv("Region Testlän"),
            county: Text::sv("Testlän"),
            county_code: "99".into(),
            municipalities: municipalities
                .iter()
                .map(|n| Municipality {
                    id: n.to_lowercase(),
                    name: (*n).into(),
                    code: "9999".into(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    fn malbild() -> Malbild {
        Malbild {
            title: Text::sv("Målbild"),
            period: Some(Period {
                from: 2020,
                to: 2030,
            }),
            lead: Text::sv("Ingress"),
            why: vec![Text::sv("Vi lever längre")],
            for_whom: Some(Text::sv("Alla i länet")),
            traits: vec![Trait {
                title: Text::sv("Nära"),
                for_you: Text::sv("Du får hjälp nära"),
                ..Trait::default()
            }],
            responsible: Some(Text::sv("Kommunerna och regionen")),
            reading: vec![Link {
                title: Text::sv("Läs"),
                url: "https://www.example.se/a".into(),
                source: None,
            }],
            source: None,
        }
    }

    #[test]
    fn sections_default_to_all_in_order() {
        for value in [None, Some(""), Some(" , ")] {
            let s = Sections::parse(value);
            assert_eq!(s.shown, Section::ALL.to_vec());
            assert_eq!(s.warning(), None);
        }
    }

    #[test]
    fn sections_filter_and_order_and_drop_duplicates() {
        let s = Sections::parse(Some("read-more, Why ,traits,why"));
        assert_eq!(
            s.shown,
            vec![Section::ReadMore, Section::Why, Section::Traits]
        );
        assert!(s.unknown.is_empty());
    }

    #[test]
    fn unknown_sections_are_named_with_the_valid_ones() {
        let s = Sections::parse(Some("why,history"));
        assert_eq!(s.shown, vec![Section::Why]);
        let w = s.warning().unwrap();
        assert!(w.contains("history"), "{w}");
        assert!(
            w.contains("why, for-whom, traits, responsible, read-more"),
            "{w}"
        );
        let only_bad = Sections::parse(Some(&"x".repeat(500)));
        assert!(only_bad.shown.is_empty());
        assert!(only_bad.warning().unwrap().len() < 200);
    }

    #[test]
    fn every_slug_round_trips() {
        for s in Section::ALL {
            assert_eq!(Section::from_slug(s.slug()), Some(s));
            assert!(!s.heading(&texts::SV).is_empty());
            assert!(!s.heading(&texts::EN).is_empty());
        }
    }

    #[test]
    fn periods() {
        assert_eq!(
            period(Some(Period {
                from: 2020,
                to: 2030
            }))
            .as_deref(),
            Some("2020–2030")
        );
        assert_eq!(
            period(Some(Period {
                from: 2030,
                to: 2030
            }))
            .as_deref(),
            Some("2030")
        );
        assert_eq!(period(None), None);
    }

    #[test]
    fn responsible_line_is_named_and_counted() {
        assert_eq!(
            responsible_line(7, "Region Västernorrland", &texts::SV),
            "7 kommuner och Region Västernorrland"
        );
        assert_eq!(
            responsible_line(7, "Region Västernorrland", &texts::EN),
            "7 municipalities and Region Västernorrland"
        );
        assert_eq!(
            responsible_line(1, "Region Gotland", &texts::SV),
            "1 kommun och Region Gotland"
        );
        assert_eq!(responsible_line(0, "Region X", &texts::SV), "Region X");
    }

    #[test]
    fn municipality_names_sort_the_swedish_way() {
        let r = region(&["Örnsköldsvik", "Ånge", "Sundsvall", "Härnösand", "Kramfors"]);
        assert_eq!(
            municipality_names(&r),
            ["Härnösand", "Kramfors", "Sundsvall", "Ånge", "Örnsköldsvik"]
        );
    }

    #[test]
    fn only_http_links_are_links() {
        assert!(is_web_url("https://www.rvn.se/"));
        assert!(is_web_url(" HTTP://example.se "));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "https://",
            "https://a b",
            "mailto:a@b.se",
            "tel:112",
            "//evil.example",
            "",
        ] {
            assert!(!is_web_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn host_names_a_link_without_source() {
        assert_eq!(host_of("https://www.rvn.se/sv/a?b#c"), Some("rvn.se"));
        assert_eq!(host_of("http://vgregion.se:8080/x"), Some("vgregion.se"));
        // A user name before the host is refused by the link rule, as the validator does.
        assert_eq!(host_of("http://user@vgregion.se/x"), None);
        assert_eq!(host_of("javascript:alert(1)"), None);
        let mut link = malbild().reading.remove(0);
        assert!(matches!(link_source(&link), LinkSource::Host("example.se")));
        link.source = Some(Source {
            name: Text::sv("Socialstyrelsen"),
            url: None,
        });
        assert!(matches!(link_source(&link), LinkSource::Named(_)));
    }

    #[test]
    fn empty_sections_are_left_out() {
        let r = region(&["A"]);
        let full = malbild();
        for s in Section::ALL {
            assert!(s.has_content(&r, &full), "{s:?}");
        }
        let empty = Malbild {
            title: Text::sv("T"),
            lead: Text::sv("L"),
            ..Default::default()
        };
        let shown: Vec<Section> = Section::ALL
            .into_iter()
            .filter(|s| s.has_content(&r, &empty))
            .collect();
        assert_eq!(shown, [Section::Responsible]);
    }

    #[test]
    fn swedish_fallback_is_marked() {
        let only_sv = Text::sv("Hej");
        let both = Text {
            sv: "Hej".into(),
            en: Some("Hello".into()),
            ..Text::default()
        };
        assert_eq!(lang_attr(&only_sv, Lang::En), Some("sv"));
        assert_eq!(lang_attr(&only_sv, Lang::Sv), None);
        assert_eq!(lang_attr(&both, Lang::En), None);
    }

    #[test]
    fn state_key_changes_with_region_and_expanded() {
        assert_eq!(
            state_key(" VasterNorrland", true),
            state_key("vasternorrland", true)
        );
        assert_ne!(state_key("a", true), state_key("a", false));
        assert_ne!(state_key("a", true), state_key("b", true));
    }

    #[test]
    fn texts_are_complete_and_plain() {
        for t in [&texts::SV, &texts::EN] {
            for s in [
                t.period_label,
                t.why,
                t.for_whom,
                t.traits,
                t.responsible,
                t.read_more,
                t.for_you,
                t.show_municipalities,
                t.municipality_one,
                t.municipality_many,
                t.and,
                t.source_label,
                t.missing_sections,
            ] {
                assert!(!s.trim().is_empty());
            }
        }
        assert!(std::ptr::eq(texts::texts(Lang::Sv), &texts::SV));
        assert!(std::ptr::eq(texts::texts(Lang::En), &texts::EN));
    }
}
