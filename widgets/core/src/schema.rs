//! The data format in one place: every type's fields, what each holds and whether it is
//! required. Each object type is declared once (`data_types!`, see `declare.rs`), which
//! gives the model struct, the `TypeDef` table and the decoder of its fields;
//! `json_schema()` turns the same tables into a JSON Schema (draft 2020-12). `Text`, `Source`
//! and the file's top level, which a struct cannot say, are tables here and decoded by hand
//! (a test decodes a sample that uses every field listed here).

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

use crate::model::{
    ContactKind, Date, Level, MinorityLanguage, PartialDate, Responsible, Scope, Source, Status,
    Text,
};
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

// The object types, each declared once: the model struct, its schema table and its
// decoder all come from these lines (`declare.rs`). `Text` and `Source` (a string or an
// object) and the file's top level are written by hand below.
data_types! {
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Contact as CONTACT("contact", "A way to reach someone; give at least one of email, phone and web.") {
        role: Text = "role", (ShortText), Yes, "What the contact is for.";
        /// The guide uses it once a municipality is chosen.
        kind: Option<ContactKind> = "kind", (Enum(ContactKind)), No, "main (switchboard, contact centre, general e-mail) or care (applying for home care or elderly care); the guide shows the chosen municipality's route.";
        email: Option<String> = "email", (Email), No, "E-mail address.";
        /// As written in the data; the widgets format it for display and for `tel:`.
        phone: Option<String> = "phone", (Phone), No, "Phone number: digits, spaces, hyphens, a leading +.";
        web: Option<String> = "web", (Link), No, "Web page (https:// or http://).";
        opening_hours: Option<Text> = "opening_hours", (ShortText), No, "Opening hours, as the source says them.";
        phone_hours: Option<Text> = "phone_hours", (ShortText), No, "Telephone hours, as the source says them.";
        topics: Vec<Text> = "topics", (List(ShortText)), No, "What to contact them about.";
        /// Shown as "Kontrollerad 2026-03-01".
        verified: Option<Date> = "verified", (Date), No, "The day someone last checked the contact (YYYY-MM-DD).";
        source: Option<Source> = "source", (Source), No, "Where the contact comes from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Programme as PROGRAMME("programme", "The county's joint programme of municipalities and region.") {
        name: Text = "name", (ShortText), Yes, "The programme's name.";
        contact: Option<Contact> = "contact", (Object(Contact)), No, "How to reach the programme.";
        start: Option<PartialDate> = "start", (PartialDate), No, "When the programme started.";
        source: Option<Source> = "source", (Source), No, "Where the facts come from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Municipality as MUNICIPALITY("municipality", "A municipality (kommun). In a file that extends a known region, a municipality is matched by id or code.") {
        id: String = "id", (Slug), Yes, "Lowercase id, e.g. ornskoldsvik.";
        name: String = "name", (Name), WhenNew, "The name, e.g. Örnsköldsvik.";
        code: String = "code", (MunicipalityCode), WhenNew, "SCB's four-digit municipality code, e.g. 2284.";
        website: Option<String> = "website", (Link), No, "The municipality's web site.";
        contacts: Vec<Contact> = "contacts", (List(Object(Contact))), No, "Contacts in the municipality.";
        minority_languages: Vec<MinorityArea> = "minority_languages", (List(Object(MinorityArea))), No, "National minority languages the municipality is an administrative area for.";
        source: Option<Source> = "source", (Source), No, "Where the facts come from.";
    }

    #[derive(Clone, Debug, PartialEq)]
    pub struct MinorityArea as MINORITY("minority_language", "A national minority language with an administrative area (förvaltningsområde) here: residents may use it with the authority, elderly care included.") {
        language: MinorityLanguage = "language", (Enum(MinorityLanguage)), Yes, "finnish, sami or meankieli.";
        source: Option<Source> = "source", (Source), No, "Where the fact comes from.";
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
    pub struct Period as PERIOD("period", "The years a målbild spans.") {
        from: i32 = "from", (Year), Yes, "First year.";
        to: i32 = "to", (Year), Yes, "Last year.";
    }

    /// Shown as a card.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Trait as TRAIT("trait", "A trait of nära vård.") {
        title: Text = "title", (ShortText), Yes, "The trait, shortly.";
        /// Shown behind a disclosure.
        for_you: Text = "for_you", (LongText), Yes, "What it means for the resident.";
        scope: Option<Scope> = "scope", (Enum(Scope)), No, "county (default): from the county's own målbild; national: true for the whole country, shown with a label and needs a source.";
        source: Option<Source> = "source", (Source), No, "Where the trait comes from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Link as LINK("link", "A link to read more.") {
        title: Text = "title", (ShortText), Yes, "The link text.";
        url: String = "url", (Link), Yes, "The address.";
        source: Option<Source> = "source", (Source), No, "Where the link comes from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Malbild as MALBILD("malbild", "The county's shared vision (målbild).") {
        title: Text = "title", (ShortText), Yes, "The målbild's title.";
        period: Option<Period> = "period", (Object(Period)), No, "The years it spans.";
        lead: Text = "lead", (LongText), Yes, "The målbild in a few sentences.";
        why: Vec<Text> = "why", (List(LongText)), No, "Why the change is needed.";
        for_whom: Option<Text> = "for_whom", (LongText), No, "Whom the change is for.";
        traits: Vec<Trait> = "traits", (List(Object(Trait))), No, "The traits of nära vård.";
        responsible: Option<Text> = "responsible", (LongText), No, "Who is responsible for the work.";
        reading: Vec<Link> = "reading", (List(Object(Link))), No, "Links to read more.";
        source: Option<Source> = "source", (Source), No, "Where the målbild comes from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Milestone as MILESTONE("milestone", "A step in time.") {
        date: PartialDate = "date", (PartialDate), Yes, "When: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-spring/summer/autumn/winter.";
        end: Option<PartialDate> = "end", (PartialDate), No, "When it ends, for a period.";
        level: Option<Level> = "level", (Enum(Level)), No, "national, regional or municipal.";
        title: Text = "title", (ShortText), Yes, "What happens, shortly.";
        text: Option<Text> = "text", (LongText), No, "More about it.";
        /// Set only when the date alone would say the wrong thing (e.g. a plan that slipped).
        status: Option<Status> = "status", (Enum(Status)), No, "Only where the date alone would say the wrong thing; done also needs confirmed_by.";
        source: Option<Source> = "source", (Source), No, "Where the date comes from.";
        /// A date that has passed proves nothing: without this source a past step is shown as
        /// planned, never as done.
        confirmed_by: Option<Source> = "confirmed_by", (Source), No, "The source that says the step happened. Without it a past step is shown as planned, not done.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct GuideEntry as GUIDE("guide_entry", "A need and who answers for it.") {
        need: Text = "need", (ShortText), Yes, "The need, in the resident's words.";
        responsible: Option<Responsible> = "responsible", (Enum(Responsible)), No, "municipality or region.";
        where_to_turn: Text = "where_to_turn", (LongText), Yes, "Where to turn, in a short line.";
        /// Its main contact where it has none of this kind.
        local_contact: Option<ContactKind> = "local_contact", (Enum(ContactKind)), No, "Once a municipality is chosen, show its contact of this kind (else its main one).";
        source: Option<Source> = "source", (Source), No, "Where the rule comes from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Region as REGION("region", "A region and its county. A file may extend a region the kit knows by giving only its id and what it adds.") {
        /// The `region` attribute names it.
        id: String = "id", (Slug), Yes, "Lowercase id used in the region attribute, e.g. vasternorrland.";
        name: Text = "name", (ShortText), WhenNew, "The region as an organisation, e.g. Region Västernorrland.";
        county: Text = "county", (ShortText), WhenNew, "The county, e.g. Västernorrland.";
        county_code: String = "county_code", (CountyCode), WhenNew, "SCB's two-digit county code, e.g. 22.";
        website: Option<String> = "website", (Link), No, "The region's web site.";
        programme: Option<Programme> = "programme", (Object(Programme)), No, "The joint programme.";
        /// Health centres and the like; 1177 is national.
        contacts: Vec<Contact> = "contacts", (List(Object(Contact))), No, "The region's contacts.";
        minority_languages: Vec<MinorityArea> = "minority_languages", (List(Object(MinorityArea))), No, "National minority languages the region is an administrative area for.";
        municipalities: Vec<Municipality> = "municipalities", (List(Object(Municipality))), No, "The county's municipalities.";
        malbild: Option<Malbild> = "malbild", (Object(Malbild)), No, "The shared vision.";
        milestones: Vec<Milestone> = "milestones", (List(Object(Milestone))), No, "Steps in time.";
        guide: Vec<GuideEntry> = "guide", (List(Object(GuideEntry))), No, "Additions to the guide of who does what.";
        source: Option<Source> = "source", (Source), No, "Where the region's facts come from.";
    }

    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct National as NATIONAL("national", "Content every region shares.") {
        contacts: Vec<Contact> = "contacts", (List(Object(Contact))), No, "National services such as 1177 and 112.";
        milestones: Vec<Milestone> = "milestones", (List(Object(Milestone))), No, "National steps in time.";
        guide: Vec<GuideEntry> = "guide", (List(Object(GuideEntry))), No, "Who does what under national law.";
    }
}

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

mod declare;
mod output;
use declare::{
    data_types, field_get, field_missing, field_overlay, field_reader, field_take, field_ty,
};
pub use output::json_schema;

#[cfg(test)]
mod tests;
