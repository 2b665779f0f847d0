//! The data format in one place: every type's fields, what each holds and whether it is
//! required. `decode` reads its field names and required fields from here, and
//! `json_schema()` turns the same tables into a JSON Schema (draft 2020-12), so the two
//! cannot drift apart (a test decodes a sample that uses every field listed here).

/// The longest name, title or short text, in characters.
pub const NAME_MAX: usize = 200;
/// The longest text, in characters.
pub const TEXT_MAX: usize = 2000;
/// The longest link, in characters.
pub const URL_MAX: usize = 2000;
/// The longest e-mail address (RFC 5321).
pub const EMAIL_MAX: usize = 254;
/// The longest id (slug).
pub const SLUG_MAX: usize = 100;

/// Whether a field must be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Req {
    Yes,
    No,
    /// Required for a new region or municipality; may be left out when the file extends
    /// a region or municipality the kit already knows (checked by `Registry::merge`).
    WhenNew,
}

/// What a field's value is.
#[derive(Clone, Copy, Debug)]
pub enum Ty {
    /// The format version: the number 1.
    Schema,
    /// Any string (used for `$schema`).
    AnyString,
    /// A lowercase id of a-z, 0-9 and hyphens.
    Slug,
    /// A plain string of at most `NAME_MAX` characters.
    Name,
    /// A text (string in Swedish, or {"sv", "en"}) of at most `NAME_MAX` characters.
    ShortText,
    /// A text of at most `TEXT_MAX` characters.
    LongText,
    /// A source: a name, or {"name", "url"}.
    Source,
    /// A web address: https:// or http:// (`rules::link`).
    Link,
    Email,
    Phone,
    /// YYYY-MM-DD.
    Date,
    /// YYYY, YYYY-MM, YYYY-MM-DD or YYYY-spring/summer/autumn/winter.
    PartialDate,
    MunicipalityCode,
    CountyCode,
    Year,
    Enum(&'static [&'static str]),
    /// Interface strings in other languages: `{"fi": {"kontakt.heading": "…"}}`.
    UiTexts,
    Object(&'static TypeDef),
    List(&'static Ty),
}

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub req: Req,
    pub doc: &'static str,
}

#[derive(Debug)]
pub struct TypeDef {
    /// The name in the schema's `$defs`.
    pub name: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

impl TypeDef {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn f(name: &'static str, ty: Ty, req: Req, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        req,
        doc: doc_text(doc),
    }
}

/// The descriptions serve the JSON Schema and the validator CLI; the widgets never show
/// them, so the wasm build leaves them out.
const fn doc_text(doc: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        doc
    }
}

use crate::model::{ContactKind, MinorityLanguage};
use Req::{No, WhenNew, Yes};

/// The pattern of a language tag a data file may add: 2 or 3 lowercase letters (`fi`, `sma`,
/// `fit`), the primary subtag of BCP 47. Longer tags are refused so a typo of a field name
/// is reported rather than taken for a language.
pub const LANG_KEY: &str = "^[a-z]{2,3}$";

/// Whether `key` may name another language in a text or in `"texts"` (not `sv`, not `en`).
pub fn lang_key(key: &str) -> Option<crate::model::Tag> {
    let ok = (2..=3).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_lowercase());
    match crate::model::Lang::from_tag(key) {
        Some(crate::model::Lang::Other(tag)) if ok => Some(tag),
        _ => None,
    }
}

pub const LEVELS: &[&str] = &["national", "regional", "municipal"];
pub const STATUSES: &[&str] = &["done", "ongoing", "ahead"];
pub const SCOPES: &[&str] = &["county", "national"];
pub const RESPONSIBLES: &[&str] = &["municipality", "region", "both"];

pub const TEXT: TypeDef = TypeDef {
    name: "text_object",
    doc: doc_text("A text in Swedish, and in lättläst, English or any other language tag."),
    fields: &[
        f("sv", Ty::AnyString, Yes, "Swedish (required)."),
        f(
            "lattlast",
            Ty::AnyString,
            No,
            "Easy-to-read Swedish, shown with variant=\"lattlast\"; standard Swedish where it is missing.",
        ),
        f(
            "en",
            Ty::AnyString,
            No,
            "English; Swedish is shown where it is missing.",
        ),
    ],
};

pub const SOURCE: TypeDef = TypeDef {
    name: "source_object",
    doc: doc_text("Where a fact comes from."),
    fields: &[
        f(
            "name",
            Ty::ShortText,
            Yes,
            "A name a reader can look up, e.g. the document's title.",
        ),
        f(
            "url",
            Ty::Link,
            No,
            "A link to the source, only where it is known.",
        ),
    ],
};

pub const CONTACT: TypeDef = TypeDef {
    name: "contact",
    doc: doc_text("A way to reach someone; give at least one of email, phone and web."),
    fields: &[
        f("role", Ty::ShortText, Yes, "What the contact is for."),
        f(
            "kind",
            Ty::Enum(ContactKind::SLUGS),
            No,
            "main (switchboard, contact centre, general e-mail) or care (applying for home care or elderly care); the guide shows the chosen municipality's route.",
        ),
        f("email", Ty::Email, No, "E-mail address."),
        f(
            "phone",
            Ty::Phone,
            No,
            "Phone number: digits, spaces, hyphens, a leading +.",
        ),
        f("web", Ty::Link, No, "Web page (https:// or http://)."),
        f(
            "opening_hours",
            Ty::ShortText,
            No,
            "Opening hours, as the source says them.",
        ),
        f(
            "phone_hours",
            Ty::ShortText,
            No,
            "Telephone hours, as the source says them.",
        ),
        f(
            "topics",
            Ty::List(&Ty::ShortText),
            No,
            "What to contact them about.",
        ),
        f(
            "verified",
            Ty::Date,
            No,
            "The day someone last checked the contact (YYYY-MM-DD).",
        ),
        f("source", Ty::Source, No, "Where the contact comes from."),
    ],
};

pub const PROGRAMME: TypeDef = TypeDef {
    name: "programme",
    doc: doc_text("The county's joint programme of municipalities and region."),
    fields: &[
        f("name", Ty::ShortText, Yes, "The programme's name."),
        f(
            "contact",
            Ty::Object(&CONTACT),
            No,
            "How to reach the programme.",
        ),
        f("start", Ty::PartialDate, No, "When the programme started."),
        f("source", Ty::Source, No, "Where the facts come from."),
    ],
};

pub const MUNICIPALITY: TypeDef = TypeDef {
    name: "municipality",
    doc: doc_text("A municipality (kommun). In a file that extends a known region, a municipality is matched by id or code."),
    fields: &[
        f("id", Ty::Slug, Yes, "Lowercase id, e.g. ornskoldsvik."),
        f("name", Ty::Name, WhenNew, "The name, e.g. Örnsköldsvik."),
        f("code", Ty::MunicipalityCode, WhenNew, "SCB's four-digit municipality code, e.g. 2284."),
        f("website", Ty::Link, No, "The municipality's web site."),
        f("contacts", Ty::List(&Ty::Object(&CONTACT)), No, "Contacts in the municipality."),
        f("minority_languages", Ty::List(&Ty::Object(&MINORITY)), No, "National minority languages the municipality is an administrative area for."),
        f("source", Ty::Source, No, "Where the facts come from."),
    ],
};

pub const MINORITY: TypeDef = TypeDef {
    name: "minority_language",
    doc: doc_text("A national minority language with an administrative area (förvaltningsområde) here: residents may use it with the authority, elderly care included."),
    fields: &[
        f("language", Ty::Enum(MinorityLanguage::SLUGS), Yes, "finnish, sami or meankieli."),
        f("source", Ty::Source, No, "Where the fact comes from."),
    ],
};

pub const PERIOD: TypeDef = TypeDef {
    name: "period",
    doc: doc_text("The years a målbild spans."),
    fields: &[
        f("from", Ty::Year, Yes, "First year."),
        f("to", Ty::Year, Yes, "Last year."),
    ],
};

pub const TRAIT: TypeDef = TypeDef {
    name: "trait",
    doc: doc_text("A trait of nära vård."),
    fields: &[
        f("title", Ty::ShortText, Yes, "The trait, shortly."),
        f(
            "for_you",
            Ty::LongText,
            Yes,
            "What it means for the resident.",
        ),
        f(
            "scope",
            Ty::Enum(SCOPES),
            No,
            "county (default): from the county's own målbild; national: true for the whole country, shown with a label and needs a source.",
        ),
        f("source", Ty::Source, No, "Where the trait comes from."),
    ],
};

pub const LINK: TypeDef = TypeDef {
    name: "link",
    doc: doc_text("A link to read more."),
    fields: &[
        f("title", Ty::ShortText, Yes, "The link text."),
        f("url", Ty::Link, Yes, "The address."),
        f("source", Ty::Source, No, "Where the link comes from."),
    ],
};

pub const MALBILD: TypeDef = TypeDef {
    name: "malbild",
    doc: doc_text("The county's shared vision (målbild)."),
    fields: &[
        f("title", Ty::ShortText, Yes, "The målbild's title."),
        f("period", Ty::Object(&PERIOD), No, "The years it spans."),
        f("lead", Ty::LongText, Yes, "The målbild in a few sentences."),
        f(
            "why",
            Ty::List(&Ty::LongText),
            No,
            "Why the change is needed.",
        ),
        f("for_whom", Ty::LongText, No, "Whom the change is for."),
        f(
            "traits",
            Ty::List(&Ty::Object(&TRAIT)),
            No,
            "The traits of nära vård.",
        ),
        f(
            "responsible",
            Ty::LongText,
            No,
            "Who is responsible for the work.",
        ),
        f(
            "reading",
            Ty::List(&Ty::Object(&LINK)),
            No,
            "Links to read more.",
        ),
        f("source", Ty::Source, No, "Where the målbild comes from."),
    ],
};

pub const MILESTONE: TypeDef = TypeDef {
    name: "milestone",
    doc: doc_text("A step in time."),
    fields: &[
        f(
            "date",
            Ty::PartialDate,
            Yes,
            "When: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-spring/summer/autumn/winter.",
        ),
        f("end", Ty::PartialDate, No, "When it ends, for a period."),
        f(
            "level",
            Ty::Enum(LEVELS),
            No,
            "national, regional or municipal.",
        ),
        f("title", Ty::ShortText, Yes, "What happens, shortly."),
        f("text", Ty::LongText, No, "More about it."),
        f(
            "status",
            Ty::Enum(STATUSES),
            No,
            "Only where the date alone would say the wrong thing; done also needs confirmed_by.",
        ),
        f("source", Ty::Source, No, "Where the date comes from."),
        f(
            "confirmed_by",
            Ty::Source,
            No,
            "The source that says the step happened. Without it a past step is shown as planned, not done.",
        ),
    ],
};

pub const GUIDE: TypeDef = TypeDef {
    name: "guide_entry",
    doc: doc_text("A need and who answers for it."),
    fields: &[
        f(
            "need",
            Ty::ShortText,
            Yes,
            "The need, in the resident's words.",
        ),
        f(
            "responsible",
            Ty::Enum(RESPONSIBLES),
            No,
            "municipality or region.",
        ),
        f(
            "where_to_turn",
            Ty::LongText,
            Yes,
            "Where to turn, in a short line.",
        ),
        f(
            "local_contact",
            Ty::Enum(ContactKind::SLUGS),
            No,
            "Once a municipality is chosen, show its contact of this kind (else its main one).",
        ),
        f("source", Ty::Source, No, "Where the rule comes from."),
    ],
};

pub const REGION: TypeDef = TypeDef {
    name: "region",
    doc: doc_text("A region and its county. A file may extend a region the kit knows by giving only its id and what it adds."),
    fields: &[
        f("id", Ty::Slug, Yes, "Lowercase id used in the region attribute, e.g. vasternorrland."),
        f("name", Ty::ShortText, WhenNew, "The region as an organisation, e.g. Region Västernorrland."),
        f("county", Ty::ShortText, WhenNew, "The county, e.g. Västernorrland."),
        f("county_code", Ty::CountyCode, WhenNew, "SCB's two-digit county code, e.g. 22."),
        f("website", Ty::Link, No, "The region's web site."),
        f("programme", Ty::Object(&PROGRAMME), No, "The joint programme."),
        f("contacts", Ty::List(&Ty::Object(&CONTACT)), No, "The region's contacts."),
        f("minority_languages", Ty::List(&Ty::Object(&MINORITY)), No, "National minority languages the region is an administrative area for."),
        f("municipalities", Ty::List(&Ty::Object(&MUNICIPALITY)), No, "The county's municipalities."),
        f("malbild", Ty::Object(&MALBILD), No, "The shared vision."),
        f("milestones", Ty::List(&Ty::Object(&MILESTONE)), No, "Steps in time."),
        f("guide", Ty::List(&Ty::Object(&GUIDE)), No, "Additions to the guide of who does what."),
        f("source", Ty::Source, No, "Where the region's facts come from."),
    ],
};

pub const NATIONAL: TypeDef = TypeDef {
    name: "national",
    doc: doc_text("Content every region shares."),
    fields: &[
        f(
            "contacts",
            Ty::List(&Ty::Object(&CONTACT)),
            No,
            "National services such as 1177 and 112.",
        ),
        f(
            "milestones",
            Ty::List(&Ty::Object(&MILESTONE)),
            No,
            "National steps in time.",
        ),
        f(
            "guide",
            Ty::List(&Ty::Object(&GUIDE)),
            No,
            "Who does what under national law.",
        ),
    ],
};

pub const DATASET: TypeDef = TypeDef {
    name: "dataset",
    doc: doc_text("A Nära vård data file."),
    fields: &[
        f(
            "$schema",
            Ty::AnyString,
            No,
            "The JSON Schema, for editors such as VS Code; ignored by the widgets.",
        ),
        f("schema", Ty::Schema, Yes, "The format version: 1."),
        f(
            "regions",
            Ty::List(&Ty::Object(&REGION)),
            No,
            "Regions, new or extending known ones.",
        ),
        f("national", Ty::Object(&NATIONAL), No, "National content."),
        f(
            "texts",
            Ty::UiTexts,
            No,
            "Interface strings in other languages, by language tag and key (see docs/editors.md).",
        ),
    ],
};

/// Every object type, in the order the schema lists them.
pub const ALL: &[&TypeDef] = &[
    &DATASET,
    &NATIONAL,
    &REGION,
    &PROGRAMME,
    &MUNICIPALITY,
    &CONTACT,
    &MINORITY,
    &MALBILD,
    &PERIOD,
    &TRAIT,
    &LINK,
    &MILESTONE,
    &GUIDE,
    &SOURCE,
    &TEXT,
];

// ---- JSON Schema output -------------------------------------------------------------------

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_is_valid_json() {
        let text = json_schema();
        let v = crate::json::parse(&text).unwrap();
        assert!(v.get("$defs").unwrap().get("region").is_some());
    }

    #[test]
    fn checked_in_schema_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/data/naravard-data.schema.json");
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == json_schema(),
            "{} is out of date; regenerate it with:\n  cargo run -p naravard-core --bin naravard-validate -- --schema > examples/data/naravard-data.schema.json",
            path.display()
        );
    }
}
