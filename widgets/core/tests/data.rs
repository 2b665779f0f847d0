//! The bundled data: valid, complete, sourced, and free of invented contact details.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use naravard_core::decode::parse_dataset;
use naravard_core::registry::BUNDLED;
use naravard_core::search::fold;
use naravard_core::*;

fn bundled_checked() -> Registry {
    let mut r = Registry::default();
    for (name, text) in BUNDLED {
        let ds = parse_dataset(text).unwrap_or_else(|p| {
            panic!(
                "{name}: {}",
                p.iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        let problems = r.merge(ds);
        assert!(problems.is_empty(), "{name}: {problems:?}");
    }
    assert_eq!(r, Registry::bundled());
    r
}

#[test]
fn bundled_data_is_valid_and_complete() {
    let r = bundled_checked();
    let counts: Vec<(&str, usize)> = r
        .regions
        .iter()
        .map(|g| (g.id.as_str(), g.municipalities.len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("vasternorrland", 7),
            ("jamtland-harjedalen", 8),
            ("vastra-gotaland", 49)
        ]
    );
    for g in &r.regions {
        assert!(g.malbild.is_some(), "{} has a målbild", g.id);
        assert!(!g.milestones.is_empty(), "{} has milestones", g.id);
        assert!(g.website.is_some());
        for m in &g.municipalities {
            let expect: String = fold(&m.name).replace(' ', "-");
            assert_eq!(m.id, expect);
        }
    }
    assert_eq!(r.national.contacts.len(), 2);
    let vn = r.region("vasternorrland").unwrap();
    let p = vn.programme.as_ref().unwrap();
    assert_eq!(
        p.name.sv,
        "Programmet för God och nära vård i Västernorrland"
    );
    assert_eq!(p.start, Some(PartialDate::Month(2021, 6)));
    assert_eq!(
        p.contact.as_ref().unwrap().email.as_deref(),
        Some("naravard@rvn.se")
    );
    assert_eq!(
        vn.malbild.as_ref().unwrap().period,
        Some(Period {
            from: 2020,
            to: 2030
        })
    );
    let vg = r.region("vastra-gotaland").unwrap();
    assert_eq!(
        vg.malbild.as_ref().unwrap().period,
        Some(Period {
            from: 2023,
            to: 2030
        })
    );
}

#[test]
fn every_text_has_english() {
    let r = bundled_checked();
    let mut texts: Vec<&Text> = Vec::new();
    for g in &r.regions {
        let mb = g.malbild.as_ref().unwrap();
        texts.extend([&mb.title, &mb.lead]);
        texts.extend(mb.for_whom.iter().chain(&mb.responsible));
        texts.extend(mb.why.iter());
        texts.extend(mb.traits.iter().flat_map(|t| [&t.title, &t.for_you]));
        texts.extend(g.milestones.iter().map(|m| &m.title));
    }
    texts.extend(
        r.national
            .guide
            .iter()
            .flat_map(|g| [&g.need, &g.where_to_turn]),
    );
    for t in texts {
        assert!(t.en.is_some(), "{:?} lacks English", t.sv);
    }
}

// The municipalities and contacts against the facts: tests/facts.rs.

#[test]
fn every_fact_has_a_source() {
    let r = bundled_checked();
    let mut contacts: Vec<&Contact> = r.national.contacts.iter().collect();
    let mut milestones: Vec<&Milestone> = r.national.milestones.iter().collect();
    for g in &r.regions {
        assert!(g.source.is_some(), "{}", g.id);
        contacts.extend(g.contacts.iter());
        contacts.extend(g.programme.iter().filter_map(|p| p.contact.as_ref()));
        if let Some(p) = &g.programme {
            assert!(p.source.is_some());
        }
        for m in &g.municipalities {
            assert!(m.source.is_some(), "{}", m.id);
            contacts.extend(m.contacts.iter());
        }
        milestones.extend(g.milestones.iter());
        let mb = g.malbild.as_ref().unwrap();
        assert!(mb.source.is_some(), "{} målbild", g.id);
        for l in &mb.reading {
            assert!(l.source.is_some(), "{}", l.url);
        }
        for e in &g.guide {
            assert!(e.source.is_some());
        }
    }
    for e in &r.national.guide {
        assert!(e.source.is_some(), "{:?}", e.need);
    }
    for c in contacts {
        assert!(c.source.is_some(), "{:?}", c.role);
    }
    for m in milestones {
        assert!(m.source.is_some(), "{:?}", m.title);
    }
}

#[test]
fn municipality_lookup() {
    let r = Registry::bundled();
    let vn = r.region("vasternorrland").unwrap();
    for q in [
        "ornskoldsvik",
        "2284",
        "Örnsköldsvik",
        "ÖRNSKÖLDSVIK",
        "  örnsköldsvik ",
        "Ornskoldsvik",
    ] {
        assert_eq!(
            vn.municipality(q).map(|m| m.code.as_str()),
            Some("2284"),
            "{q}"
        );
    }
    assert!(vn.municipality("").is_none());
    assert!(vn.municipality("umea").is_none());
    assert!(vn.municipality("2380").is_none());
    let jh = r.region("jamtland-harjedalen").unwrap();
    assert_eq!(jh.municipality("harjedalen").unwrap().name, "Härjedalen");
    assert_eq!(jh.municipality("Härjedalen").unwrap().code, "2361");
    assert_eq!(jh.municipality("jamtland-harjedalen").map(|m| &m.id), None);
    assert_eq!(jh.municipality("Åre").unwrap().id, "are");
    let vg = r.region("vastra-gotaland").unwrap();
    assert_eq!(vg.municipality("Lilla Edet").unwrap().id, "lilla-edet");
    assert_eq!(vg.municipality("lilla edet").unwrap().code, "1462");
    assert_eq!(vg.municipality("ÖCKERÖ").unwrap().id, "ockero");
    assert_eq!(vg.municipality("dals-ed").unwrap().name, "Dals-Ed");
    assert_eq!(r.region(" VASTERNORRLAND ").unwrap().id, "vasternorrland");
    assert!(r.region("harjedalen").is_none());
}

#[test]
fn sample_file_validates_and_extends() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/data/sample-kommun.json");
    let text = std::fs::read_to_string(path).unwrap();
    let mut r = Registry::bundled();
    let before = r.region("vasternorrland").unwrap().clone();
    let bundled_sundsvall = before.municipality("sundsvall").unwrap().contacts.len();
    let problems = r.load(&text);
    assert!(problems.is_empty(), "{problems:?}");
    let vn = r.region("vasternorrland").unwrap();
    assert_eq!(vn.municipalities.len(), 7);
    let sundsvall = vn.municipality("sundsvall").unwrap();
    assert_eq!(sundsvall.contacts.len(), bundled_sundsvall + 1);
    assert_eq!(sundsvall.name, "Sundsvall");
    assert_eq!(vn.contacts.len(), before.contacts.len() + 1);
}

/// `naravard.js` fetches `data/<region id>.json` for a region the page names, and the build
/// ships every file of `widgets/core/data/`: so each region file must hold exactly the region
/// its name says, national data only in `national.json`, and every file must be in `BUNDLED`.
#[test]
fn each_region_file_is_named_by_its_one_region() {
    for (name, text) in BUNDLED {
        let ds = parse_dataset(text).unwrap();
        if name == "national.json" {
            assert!(ds.regions.is_empty(), "{name} holds regions");
            continue;
        }
        assert!(ds.national.is_none(), "{name} holds national data");
        let ids: Vec<&str> = ds.regions.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, [name.trim_end_matches(".json")], "{name}");
    }
    let names: Vec<&str> = BUNDLED
        .iter()
        .filter(|(name, _)| *name != "national.json")
        .map(|(name, _)| name.trim_end_matches(".json"))
        .collect();
    assert_eq!(names, naravard_core::registry::REGION_IDS);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(dir).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        if file.ends_with(".json") {
            assert!(
                BUNDLED.iter().any(|(name, _)| *name == file),
                "data/{file} is not in registry::BUNDLED"
            );
        }
    }
    assert_eq!(
        Registry::national().national,
        Registry::bundled().national,
        "national() must hold the same national data as bundled()"
    );
}
