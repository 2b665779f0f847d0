//! Content truth of the bundled målbild and roadmap: each county speaks from its own sources,
//! and the roadmap calls a step done only where a source says it happened.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use naravard_core::fardplan::{self, merge};
use naravard_core::search::fold;
use naravard_core::*;

/// A text cut into sentences, each lower-cased, with punctuation and spacing evened out, so
/// "Vi lever längre." and "vi lever  längre" count as the same words.
fn sentences(text: &str) -> Vec<String> {
    text.split(['.', '!', '?', ';', ':', '\n'])
        .map(|s| {
            let kept: String = s
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            fold(&kept)
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// The Swedish prose of a county's målbild that is the county's own: title, lead, why, for
/// whom, who is responsible, and every trait not marked national. Link titles and source
/// names are names, not prose, and are left out.
fn own_sentences(m: &Malbild) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut add = |t: &Text, field: &'static str| {
        out.extend(sentences(&t.sv).into_iter().map(|s| (s, field)));
    };
    add(&m.title, "title");
    add(&m.lead, "lead");
    m.why.iter().for_each(|w| add(w, "why"));
    if let Some(t) = &m.for_whom {
        add(t, "for_whom");
    }
    if let Some(t) = &m.responsible {
        add(t, "responsible");
    }
    for t in m.traits.iter().filter(|t| !t.is_national()) {
        add(&t.title, "trait title");
        add(&t.for_you, "trait for_you");
    }
    out
}

fn all_sentences(m: &Malbild) -> Vec<String> {
    let mut out: Vec<String> = own_sentences(m).into_iter().map(|(s, _)| s).collect();
    for t in m.traits.iter().filter(|t| t.is_national()) {
        out.extend(sentences(&t.title.sv));
        out.extend(sentences(&t.for_you.sv));
    }
    out
}

/// Every sentence of one county's own målbild text that appears anywhere in another county's
/// målbild, as (county, field, sentence, other county).
fn borrowed(regions: &[Region]) -> Vec<(String, &'static str, String, String)> {
    let mut found = Vec::new();
    for a in regions {
        let Some(ma) = &a.malbild else { continue };
        for b in regions.iter().filter(|b| b.id != a.id) {
            let Some(mb) = &b.malbild else { continue };
            let theirs = all_sentences(mb);
            for (s, field) in own_sentences(ma) {
                if theirs.contains(&s) {
                    found.push((a.id.clone(), field, s, b.id.clone()));
                }
            }
        }
    }
    found
}

#[test]
fn no_county_borrows_another_countys_malbild_words() {
    let r = Registry::bundled();
    let found = borrowed(&r.regions);
    assert!(
        found.is_empty(),
        "målbild text shared between counties (write each from its own source, or mark it \
         as national content with a source):\n{found:#?}"
    );
}

#[test]
fn the_borrowing_check_catches_a_copied_reason() {
    // The old bundled data: Jämtland Härjedalen listing Västernorrland's reasons.
    let mut regions = Registry::bundled().regions;
    let copied = regions[0].malbild.as_ref().unwrap().why[0].clone();
    let jh = regions
        .iter_mut()
        .find(|r| r.id == "jamtland-harjedalen")
        .unwrap();
    let mb = jh.malbild.as_mut().unwrap();
    mb.why.push(Text {
        sv: format!("  {}", copied.sv.to_uppercase()),
        ..Text::default()
    });
    let found = borrowed(&regions);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found
        .iter()
        .any(|(a, field, _, b)| a == "jamtland-harjedalen"
            && *field == "why"
            && b == "vasternorrland"));
}

#[test]
fn national_cards_are_labelled_sourced_and_the_same_everywhere() {
    let r = Registry::bundled();
    let mut national: Vec<&Trait> = Vec::new();
    for g in &r.regions {
        let m = g.malbild.as_ref().unwrap();
        assert!(
            m.traits.iter().any(|t| !t.is_national()),
            "{} has traits of its own",
            g.id
        );
        for t in m.traits.iter().filter(|t| t.is_national()) {
            let source = t.source.as_ref().expect("a national trait has a source");
            assert!(!source.name.sv.trim().is_empty(), "{}", t.title.sv);
            national.push(t);
        }
    }
    assert!(!national.is_empty());
    // National content is one text for the whole country: the same title means the same card.
    for a in &national {
        for b in national.iter().filter(|b| b.title.sv == a.title.sv) {
            assert_eq!(
                a, b,
                "the national card {:?} differs between counties",
                a.title.sv
            );
        }
    }
}

#[test]
fn each_malbild_cites_only_its_own_county() {
    let r = Registry::bundled();
    for g in &r.regions {
        let m = g.malbild.as_ref().unwrap();
        let source = m.source.as_ref().expect("the målbild has a source");
        for other in r.regions.iter().filter(|o| o.id != g.id) {
            assert!(
                !source.name.sv.contains(&other.county.sv),
                "{}'s målbild cites {}: {:?}",
                g.id,
                other.county.sv,
                source.name.sv
            );
        }
    }
}

#[test]
fn reading_links_are_named_for_what_they_are() {
    // A link to a site's front page says so (its domain in the title), never "X om reformen".
    let r = Registry::bundled();
    for g in &r.regions {
        for l in &g.malbild.as_ref().unwrap().reading {
            let path = l.url.split_once("://").unwrap().1.split_once('/');
            let front_page = path.is_none_or(|(_, p)| p.is_empty());
            let host = naravard_core::malbild::host_of(&l.url).unwrap();
            let is_1177 = host == "1177.se";
            assert!(
                !front_page || is_1177 || l.title.sv.contains(host),
                "{}: {:?} links to the front page {}",
                g.id,
                l.title.sv,
                l.url
            );
        }
    }
}

fn day(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// The milestones shown as done on `today`, by the widget's own status logic, that name no
/// source for their completion.
fn done_without_proof(r: &Registry, today: Date) -> Vec<String> {
    let mut found = Vec::new();
    for g in &r.regions {
        for e in merge(&r.national.milestones, &g.milestones) {
            let m = e.milestone;
            let proof = m
                .confirmed_by
                .as_ref()
                .is_some_and(|s| !s.name.sv.trim().is_empty());
            if fardplan::status(m, today) == Status::Done && !proof {
                found.push(format!("{}: {}", g.id, m.title.sv));
            }
        }
    }
    found
}

#[test]
fn no_past_milestone_is_done_without_a_source_for_it() {
    let r = Registry::bundled();
    // A day late enough that every bundled step lies in the past.
    for today in [day(2026, 3, 1), day(2100, 1, 1)] {
        let found = done_without_proof(&r, today);
        assert!(found.is_empty(), "shown as done without proof: {found:#?}");
    }
    // The data's own "done" needs the proof as well.
    for g in &r.regions {
        for m in &g.milestones {
            if m.status == Some(Status::Done) {
                assert!(m.confirmed_by.is_some(), "{}: {}", g.id, m.title.sv);
            }
        }
    }
}

#[test]
fn the_roadmap_reads_as_the_sources_say_on_a_fixed_day() {
    let r = Registry::bundled();
    let today = day(2026, 3, 1);
    let shown = |region: &str, title: &str| -> (Status, String) {
        let g = r.region(region).unwrap();
        let e = merge(&r.national.milestones, &g.milestones)
            .into_iter()
            .find(|e| e.milestone.title.sv == title)
            .unwrap_or_else(|| panic!("{region}: no milestone {title:?}"));
        let st = fardplan::status(e.milestone, today);
        (
            st,
            fardplan::status_words(e.milestone, st, fardplan::texts(Lang::Sv), Lang::Sv),
        )
    };
    // No source says Västra Götaland's 2024 follow-up took place.
    assert_eq!(
        shown("vastra-gotaland", "Första fördjupade uppföljningen"),
        (Status::Planned, "Planerat till 2024".to_owned())
    );
    assert_eq!(
        shown("vastra-gotaland", "Färdplanen gäller").0,
        Status::Ongoing
    );
    assert_eq!(
        shown("vastra-gotaland", "Andra fördjupade uppföljningen").0,
        Status::Ahead
    );
    // Jämtland Härjedalen's page says the målbild was adopted in autumn 2023.
    assert_eq!(
        shown("jamtland-harjedalen", "Kommunerna fastställer målbilden"),
        (Status::Done, "Klart".to_owned())
    );
    // The 2020 step is one committee's proposal, not the municipalities' decision.
    let vn = r.region("vasternorrland").unwrap();
    assert!(vn
        .milestones
        .iter()
        .all(|m| !m.title.sv.contains("Kommunerna ställer sig bakom")));
}

#[test]
fn no_overclaimed_wording_in_malbild_or_roadmap() {
    let r = Registry::bundled();
    let mut texts: Vec<&Text> = Vec::new();
    for g in &r.regions {
        let m = g.malbild.as_ref().unwrap();
        texts.extend([&m.title, &m.lead]);
        texts.extend(m.for_whom.iter().chain(&m.responsible));
        texts.extend(m.why.iter());
        texts.extend(m.traits.iter().flat_map(|t| [&t.title, &t.for_you]));
        texts.extend(m.reading.iter().map(|l| &l.title));
        texts.extend(
            g.milestones
                .iter()
                .flat_map(|m| [Some(&m.title), m.text.as_ref()])
                .flatten(),
        );
    }
    texts.extend(
        r.national
            .milestones
            .iter()
            .flat_map(|m| [Some(&m.title), m.text.as_ref()])
            .flatten(),
    );
    for t in texts {
        let sv = fold(&t.sv);
        // The sources say the reform contributes to equal health and that primary care
        // should (bör) be the hub.
        for claim in ["ger jämlik hälsa", "ska vara navet", "om reformen"] {
            assert!(!sv.contains(&fold(claim)), "{claim:?} in {:?}", t.sv);
        }
    }
}
