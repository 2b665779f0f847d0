//! The decoder against the schema: every field of every type is read, nothing else is.

use super::*;
use crate::schema::Ty;

/// A valid sample value for a type, using every field of every object.
fn sample(ty: &Ty) -> String {
    match ty {
        Ty::Schema => "1".into(),
        Ty::AnyString => "\"x\"".into(),
        Ty::Slug => "\"sample\"".into(),
        Ty::Name => "\"Exempel\"".into(),
        Ty::ShortText | Ty::LongText => {
            r#"{"sv": "Exempel", "lattlast": "Ett exempel", "en": "Example", "fi": "Esimerkki"}"#
                .into()
        }
        Ty::UiTexts => r#"{"fi": {"kontakt.heading": "Keneen otan yhteyttä?"}}"#.into(),
        Ty::Source => r#"{"name": {"sv": "K", "en": "S"}, "url": "https://www.1177.se"}"#.into(),
        Ty::Link => "\"https://www.1177.se\"".into(),
        Ty::Email => "\"naravard@rvn.se\"".into(),
        Ty::Phone => "\"1177\"".into(),
        Ty::Date => "\"2024-02-29\"".into(),
        Ty::PartialDate => "\"2023-autumn\"".into(),
        Ty::MunicipalityCode => "\"2281\"".into(),
        Ty::CountyCode => "\"22\"".into(),
        Ty::Year => "2030".into(),
        Ty::Enum(values) => format!("{:?}", values[0]),
        Ty::Object(def) => {
            let fields: Vec<String> = def
                .fields
                .iter()
                .map(|f| format!("{:?}: {}", f.name, sample(&f.ty)))
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        Ty::List(item) => format!("[{}]", sample(item)),
    }
}

#[test]
fn decoder_and_schema_agree_on_every_field() {
    let text = sample(&Ty::Object(&schema::DATASET));
    let root = json::parse(&text).unwrap();
    let mut cx = Cx::default();
    let ds = cx.dataset(&root);
    assert_eq!(cx.problems, vec![], "{text}");
    // Every field the schema lists was read by the decoder (and, since reading a field
    // outside the schema is reported as a problem, nothing else was).
    for def in schema::ALL {
        for field in def.fields {
            assert!(
                cx.read.contains(&(def.name, field.name)),
                "the decoder never reads {}.{}",
                def.name,
                field.name
            );
        }
    }
    let region = &ds.regions[0];
    let contact = &region.contacts[0];
    assert_eq!(contact.verified, parse_date("2024-02-29"));
    assert_eq!(
        contact.opening_hours.as_ref().unwrap().get(Lang::En),
        "Example"
    );
    assert_eq!(region.municipalities[0].code, "2281");
    assert_eq!(
        region.malbild.as_ref().unwrap().period,
        Some(Period {
            from: 2030,
            to: 2030
        })
    );
    assert_eq!(region.guide[0].responsible, Some(Responsible::Municipality));
    assert_eq!(
        ds.national.unwrap().milestones[0].level,
        Some(Level::National)
    );
    // The sample is a complete new region, so merging it reports nothing.
    let mut registry = crate::Registry::default();
    assert_eq!(registry.merge(parse_dataset(&text).unwrap()), vec![]);
}

#[test]
fn reading_a_field_outside_the_schema_is_reported() {
    let root = json::parse("{}").unwrap();
    let mut cx = Cx::default();
    let o = cx.object(&root, &Path::Root, &schema::PERIOD).unwrap();
    assert!(cx.get(&o, "nonsense").is_none());
    assert!(cx.problems.iter().any(|p| p.message.contains("internal")));
}

/// Like `sample`, but every value that can carry text carries a marker naming its place
/// (`tag`), so a test can see where each declared field ends up in the model.
fn marked(ty: &Ty, tag: &str, markers: &mut Vec<String>) -> String {
    let mut mark = |suffix: &str| {
        let m = format!("mk-{tag}{suffix}");
        markers.push(m.clone());
        m
    };
    match ty {
        Ty::Name => format!("{:?}", mark("")),
        Ty::Slug => format!("{:?}", mark("")),
        Ty::ShortText | Ty::LongText => format!(
            r#"{{"sv": {:?}, "lattlast": {:?}, "en": {:?}, "fi": {:?}}}"#,
            mark("-sv"),
            mark("-ll"),
            mark("-en"),
            mark("-fi")
        ),
        Ty::Source => format!(
            r#"{{"name": {:?}, "url": "https://{}.example.org"}}"#,
            mark("-name"),
            mark("-url")
        ),
        Ty::Link => format!("\"https://{}.example.org\"", mark("")),
        Ty::Email => format!("\"{}@example.org\"", mark("")),
        Ty::Object(def) => {
            let fields: Vec<String> = def
                .fields
                .iter()
                .map(|f| {
                    let tag = format!("{tag}-{}", f.name.replace(['_', '$'], "-"));
                    format!("{:?}: {}", f.name, marked(&f.ty, &tag, markers))
                })
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        Ty::List(item) => format!("[{}]", marked(item, tag, markers)),
        other => sample(other),
    }
}

/// Every declared field reaches the model: a file with a marked value in every text, name,
/// id, link and address field decodes into a dataset whose every marker can be found again
/// (the generated structs hold every field by construction; this also covers the hand-written
/// top level, texts and sources).
#[test]
fn every_declared_field_lands_in_the_model() {
    let mut markers = Vec::new();
    let text = marked(&Ty::Object(&schema::DATASET), "ds", &mut markers);
    let ds = parse_dataset(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
    let model = format!("{ds:?}");
    assert!(markers.len() > 50, "{}", markers.len());
    let lost: Vec<&String> = markers
        .iter()
        .filter(|m| !model.contains(m.as_str()))
        .collect();
    assert!(
        lost.is_empty(),
        "declared but not kept in the model: {lost:?}"
    );
}
