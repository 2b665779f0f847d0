use super::*;
use crate::decode::parse_dataset;
use crate::registry::{Registry, BUNDLED};

fn files() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUNDLED.iter().copied()
}

#[test]
fn every_bundled_file_reads_back_as_it_was_packed() {
    for (name, text) in files() {
        let dataset = parse_dataset(text).unwrap();
        let packed = pack(&dataset);
        assert_eq!(unpack(&packed), Ok(dataset), "{name}");
        // Smaller than the minified JSON it replaces.
        assert!(
            packed.len() < crate::json::minify::minify(text).len(),
            "{name}"
        );
    }
}

#[test]
fn a_file_for_all_widgets_keeps_everything() {
    for (name, text) in files() {
        let all = pack_file(text, &crate::common::shown::WIDGETS).unwrap();
        assert_eq!(unpack(&all), Ok(parse_dataset(text).unwrap()), "{name}");
    }
}

#[test]
fn a_file_for_one_widget_keeps_only_what_it_shows_of_the_national_data() {
    let (_, text) = files().find(|(n, _)| *n == "national.json").unwrap();
    let national = |kind: &str| {
        unpack(&pack_file(text, &[kind]).unwrap())
            .unwrap()
            .national
            .unwrap()
    };
    let full = parse_dataset(text).unwrap().national.unwrap();
    let finder = national("kontakt");
    assert!(!finder.contacts.is_empty() && !finder.guide.is_empty());
    // (The finder's files keep each source's name in Swedish alone.)
    let roles =
        |cs: &[crate::model::Contact]| cs.iter().map(|c| c.role.clone()).collect::<Vec<_>>();
    assert_eq!(roles(&finder.contacts), roles(&full.contacts));
    assert_eq!(finder.guide.len(), full.guide.len());
    assert!(finder.milestones.is_empty());
    let roadmap = national("fardplan");
    assert_eq!(roadmap.milestones, full.milestones);
    assert!(roadmap.contacts.is_empty() && roadmap.guide.is_empty());
    let malbild = national("malbild");
    assert!(malbild.contacts.is_empty() && malbild.milestones.is_empty());
}

#[test]
fn a_packed_file_adds_its_region_to_a_registry() {
    let (_, text) = files().find(|(n, _)| *n == "vasternorrland.json").unwrap();
    let packed = pack_file(text, &["kontakt"]).unwrap();
    let registry = Registry::default().with_packed(&packed).unwrap();
    let region = registry.region("vasternorrland").unwrap();
    assert_eq!(region.municipalities.len(), 7);
    assert!(region.municipalities.iter().all(|m| !m.contacts.is_empty()));
}

#[test]
fn a_broken_file_is_refused_with_a_reason_and_never_panics() {
    let (_, text) = files().find(|(n, _)| *n == "vastra-gotaland.json").unwrap();
    let packed = pack_file(text, &["kontakt"]).unwrap();
    assert_eq!(
        unpack(b"{\"schema\": 1}"),
        Err("it is not a packed data file of the widget kit")
    );
    let mut other = packed.clone();
    other[5] ^= 1;
    assert_eq!(
        unpack(&other),
        Err("it was packed for another release of the widget kit")
    );
    // Every file cut short is refused.
    for len in 0..packed.len() {
        assert!(unpack(&packed[..len]).is_err(), "{len}");
    }
    let mut longer = packed.clone();
    longer.push(0);
    assert_eq!(unpack(&longer), Err("it is damaged or cut short"));
    // A byte changed (every fifth, three ways): refused or read, never a panic.
    for at in (8..packed.len()).step_by(5) {
        for flip in [0x01, 0x80, 0xff] {
            let mut bad = packed.clone();
            bad[at] ^= flip;
            let _ = Registry::default().with_packed(&bad);
        }
    }
}

#[test]
fn the_layout_fingerprint_changes_with_the_format() {
    use crate::schema::{Field, Req};
    const A: TypeDef = TypeDef {
        name: "t",
        doc: "",
        fields: &[Field {
            name: "a",
            ty: Ty::Name,
            req: Req::Yes,
            doc: "",
        }],
    };
    const RENAMED: TypeDef = TypeDef {
        name: "t",
        doc: "",
        fields: &[Field {
            name: "b",
            ty: Ty::Name,
            req: Req::Yes,
            doc: "",
        }],
    };
    const RETYPED: TypeDef = TypeDef {
        name: "t",
        doc: "",
        fields: &[Field {
            name: "a",
            ty: Ty::List(&Ty::Name),
            req: Req::Yes,
            doc: "",
        }],
    };
    let base = layout(&[&A]);
    assert_ne!(base, layout(&[&RENAMED]));
    assert_ne!(base, layout(&[&RETYPED]));
    assert_eq!(base, layout(&[&A]));
}
