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

mod output;
pub use output::json_schema;

#[cfg(test)]
mod tests;
