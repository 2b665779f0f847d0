//! The data format's tables (`schema`) written as a JSON Schema (draft 2020-12): the file
//! `examples/data/naravard-data.schema.json` that editors' tools (VS Code) and the Ajv test use.

use super::*;
use crate::json::write::{object as obj, pretty, string as s, Out as J, Style};

fn string_schema(pattern: Option<&str>, min: usize, max: usize) -> Vec<(&'static str, J)> {
    let mut m = vec![("type", s("string"))];
    if let Some(p) = pattern {
        m.push(("pattern", s(p)));
    }
    if min > 0 {
        m.push(("minLength", J::Num(min as i64)));
    }
    m.push(("maxLength", J::Num(max as i64)));
    m
}

fn ty_schema(ty: &Ty) -> J {
    use crate::rules;
    match ty {
        Ty::Schema => obj(vec![(
            "const",
            J::Num(i64::from(crate::model::SCHEMA_VERSION)),
        )]),
        Ty::AnyString => obj(vec![("type", s("string"))]),
        Ty::Slug => obj(string_schema(Some("^[a-z0-9-]+$"), 1, SLUG_MAX)),
        Ty::Name => obj(string_schema(None, 1, NAME_MAX)),
        Ty::ShortText => obj(vec![("$ref", s("#/$defs/short_text"))]),
        Ty::LongText => obj(vec![("$ref", s("#/$defs/long_text"))]),
        Ty::Source => obj(vec![("$ref", s("#/$defs/source"))]),
        // The patterns come from `rules`, beside the functions the decoder calls.
        Ty::Link => obj(string_schema(Some(rules::link::PATTERN), 1, URL_MAX)),
        Ty::Email => obj(string_schema(Some(rules::email::PATTERN), 3, EMAIL_MAX)),
        Ty::Phone => obj(string_schema(
            Some(rules::phone::PATTERN),
            3,
            rules::phone::MAX,
        )),
        Ty::Date => obj(string_schema(Some(rules::date::DATE_PATTERN), 10, 10)),
        Ty::PartialDate => obj(string_schema(
            Some(rules::date::PARTIAL_DATE_PATTERN),
            4,
            11,
        )),
        Ty::MunicipalityCode => obj(string_schema(Some("^[0-9]{4}$"), 4, 4)),
        Ty::CountyCode => obj(string_schema(Some("^[0-9]{2}$"), 2, 2)),
        Ty::Year => obj(vec![
            ("type", s("integer")),
            ("minimum", J::Num(1000)),
            ("maximum", J::Num(9999)),
        ]),
        Ty::Enum(values) => obj(vec![(
            "enum",
            J::Arr(values.iter().map(|v| s(v)).collect()),
        )]),
        Ty::UiTexts => {
            let strings = obj(vec![
                ("type", s("object")),
                (
                    "propertyNames",
                    obj(vec![(
                        "pattern",
                        s("^(common|malbild|kontakt|fardplan)\\.[a-z_]+$"),
                    )]),
                ),
                (
                    "additionalProperties",
                    obj(string_schema(None, 1, TEXT_MAX)),
                ),
            ]);
            obj(vec![
                ("type", s("object")),
                ("propertyNames", obj(vec![("pattern", s(LANG_KEY))])),
                ("additionalProperties", strings),
            ])
        }
        Ty::Object(def) => obj(vec![("$ref", J::Str(format!("#/$defs/{}", def.name)))]),
        Ty::List(item) => obj(vec![("type", s("array")), ("items", ty_schema(item))]),
    }
}

fn def_schema(def: &TypeDef) -> J {
    let props = def
        .fields
        .iter()
        .map(|fld| {
            let mut schema = ty_schema(&fld.ty);
            if let J::Obj(m) = &mut schema {
                let doc = if fld.req == WhenNew {
                    format!("{} Required for a new region or municipality.", fld.doc)
                } else {
                    fld.doc.to_string()
                };
                m.insert(0, ("description".to_string(), J::Str(doc)));
            }
            (fld.name.to_string(), schema)
        })
        .collect();
    let required: Vec<J> = def
        .fields
        .iter()
        .filter(|fld| fld.req == Yes)
        .map(|fld| s(fld.name))
        .collect();
    let mut m = vec![
        ("description", s(def.doc)),
        ("type", s("object")),
        ("properties", J::Obj(props)),
    ];
    if !required.is_empty() {
        m.push(("required", J::Arr(required)));
    }
    m.push(("additionalProperties", J::Bool(false)));
    obj(m)
}

fn text_schema(max: usize) -> J {
    let max_str = || obj(string_schema(None, 1, max));
    obj(vec![
        (
            "description",
            s("A text: a string in Swedish, or an object with sv and any of lattlast, en and other language tags (fi, sma, fit, …)."),
        ),
        (
            "oneOf",
            J::Arr(vec![
                max_str(),
                obj(vec![
                    ("type", s("object")),
                    (
                        "properties",
                        obj(vec![
                            ("sv", max_str()),
                            ("lattlast", max_str()),
                            ("en", max_str()),
                        ]),
                    ),
                    ("patternProperties", obj(vec![(LANG_KEY, max_str())])),
                    ("required", J::Arr(vec![s("sv")])),
                    ("additionalProperties", J::Bool(false)),
                ]),
            ]),
        ),
    ])
}

/// The JSON Schema (draft 2020-12) of the data format, pretty-printed with a final newline.
pub fn json_schema() -> String {
    let mut defs: Vec<(String, J)> = ALL
        .iter()
        .filter(|d| d.name != TEXT.name && d.name != SOURCE.name)
        .map(|d| (d.name.to_string(), def_schema(d)))
        .collect();
    defs.push(("short_text".to_string(), text_schema(NAME_MAX)));
    defs.push(("long_text".to_string(), text_schema(TEXT_MAX)));
    let source_obj = def_schema(&SOURCE);
    defs.push((
        "source".to_string(),
        obj(vec![
            (
                "description",
                s("Where a fact comes from: a name, or an object with name and url."),
            ),
            (
                "oneOf",
                J::Arr(vec![obj(string_schema(None, 1, NAME_MAX)), source_obj]),
            ),
        ]),
    ));
    let root = obj(vec![
        ("$schema", s("https://json-schema.org/draft/2020-12/schema")),
        ("title", s("Nära vård data file")),
        (
            "description",
            s("Data for the Nära vård widgets. Generated by `naravard-validate --schema`; do not edit by hand."),
        ),
        ("$ref", s("#/$defs/dataset")),
        ("$defs", J::Obj(defs)),
    ]);
    pretty(&root, Style::InlineScalars)
}
