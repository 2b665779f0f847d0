//! The region data model shared by all widgets: what a data file holds once it has been
//! read and validated. `decode` turns JSON into these types; the widgets only ever see them.

/// The data format's version; a file names it in its `schema` field.
pub const SCHEMA_VERSION: u32 = 1;

/// A language of the widgets' texts. Swedish first: every text has a Swedish form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// Reads a BCP 47 tag such as `sv`, `sv-SE`, `en` or `en-GB`; `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("sv") {
            Some(Lang::Sv)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// A text in Swedish, optionally also in English. English falls back to Swedish.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub sv: String,
    pub en: Option<String>,
}

impl Text {
    pub fn sv(s: impl Into<String>) -> Text {
        Text {
            sv: s.into(),
            en: None,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en.as_deref().unwrap_or(&self.sv),
            Lang::Sv => &self.sv,
        }
    }

    /// The language the text is actually shown in, so the widget can mark a Swedish
    /// fallback inside an English page with `lang="sv"` for screen readers.
    pub fn shown_lang(&self, lang: Lang) -> Lang {
        match (lang, &self.en) {
            (Lang::En, Some(_)) => Lang::En,
            _ => Lang::Sv,
        }
    }
}

/// Where a fact comes from: a name a person can look up, and a link where one is known.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Source {
    pub name: Text,
    pub url: Option<String>,
}

/// A whole data file: a region (new, or additions to a bundled one) and/or national content.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Dataset {
    pub schema: u32,
    pub regions: Vec<Region>,
    pub national: Option<National>,
}

/// Content every region shares: national milestones, the national numbers, the guide of
/// responsibilities that follow from national law.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct National {
    pub contacts: Vec<Contact>,
    pub milestones: Vec<Milestone>,
    pub guide: Vec<GuideEntry>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Region {
    /// Slug used in the `region` attribute, e.g. `vasternorrland`.
    pub id: String,
    /// The region as an organisation, e.g. "Region Västernorrland".
    pub name: Text,
    /// The county, e.g. "Västernorrland".
    pub county: Text,
    /// SCB's two-digit county code (länskod), e.g. "22".
    pub county_code: String,
    pub website: Option<String>,
    pub programme: Option<Programme>,
    /// The region's own contacts (health centres, 1177 is national).
    pub contacts: Vec<Contact>,
    /// National minority languages the region is an administrative area for.
    pub minority_languages: Vec<MinorityArea>,
    pub municipalities: Vec<Municipality>,
    pub malbild: Option<Malbild>,
    pub milestones: Vec<Milestone>,
    /// Region-specific additions to the national guide of who does what.
    pub guide: Vec<GuideEntry>,
    pub source: Option<Source>,
}

/// The joint programme of a county's municipalities and region.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Programme {
    pub name: Text,
    pub contact: Option<Contact>,
    pub start: Option<PartialDate>,
    pub source: Option<Source>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Municipality {
    /// Slug, e.g. `ornskoldsvik`.
    pub id: String,
    pub name: String,
    /// SCB's four-digit municipality code (kommunkod), e.g. "2284".
    pub code: String,
    pub website: Option<String>,
    pub contacts: Vec<Contact>,
    /// National minority languages the municipality is an administrative area for.
    pub minority_languages: Vec<MinorityArea>,
    pub source: Option<Source>,
}

/// What a contact is the way in for, so the guide can name the chosen municipality's route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactKind {
    /// The switchboard, contact centre or general e-mail.
    Main,
    /// Applying for home care or other elderly care (the needs assessors).
    Care,
}

impl ContactKind {
    pub const SLUGS: &'static [&'static str] = &["main", "care"];

    pub fn from_slug(s: &str) -> Option<ContactKind> {
        match s {
            "main" => Some(ContactKind::Main),
            "care" => Some(ContactKind::Care),
            _ => None,
        }
    }
}

/// A national minority language with an administrative area (förvaltningsområde): there,
/// residents may use it with the authority, elderly care included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MinorityLanguage {
    Finnish,
    Sami,
    Meankieli,
}

impl MinorityLanguage {
    pub const SLUGS: &'static [&'static str] = &["finnish", "sami", "meankieli"];

    pub fn from_slug(s: &str) -> Option<MinorityLanguage> {
        match s {
            "finnish" => Some(MinorityLanguage::Finnish),
            "sami" => Some(MinorityLanguage::Sami),
            "meankieli" => Some(MinorityLanguage::Meankieli),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MinorityArea {
    pub language: MinorityLanguage,
    pub source: Option<Source>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Contact {
    /// What the contact is for, e.g. "Programmet för God och nära vård".
    pub role: Text,
    /// Which way in this is; the guide uses it once a municipality is chosen.
    pub kind: Option<ContactKind>,
    pub email: Option<String>,
    /// As written in the data; the widgets format it for display and for `tel:`.
    pub phone: Option<String>,
    pub web: Option<String>,
    pub opening_hours: Option<Text>,
    pub phone_hours: Option<Text>,
    pub topics: Vec<Text>,
    /// The day someone last checked the contact, shown as "Kontrollerad 2026-03-01".
    pub verified: Option<Date>,
    pub source: Option<Source>,
}

/// The shared vision (målbild) of a county.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Malbild {
    pub title: Text,
    /// The years the målbild spans, e.g. 2020–2030.
    pub period: Option<(i32, i32)>,
    pub lead: Text,
    pub why: Vec<Text>,
    pub for_whom: Text,
    pub traits: Vec<Trait>,
    pub responsible: Text,
    pub reading: Vec<Link>,
    pub source: Option<Source>,
}

/// One trait of nära vård, shown as a card.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Trait {
    pub title: Text,
    /// What this means for the resident, behind a disclosure.
    pub for_you: Text,
    /// True for a trait that holds for the whole country rather than coming from the county's
    /// own målbild; shown with a visible "Gäller hela landet" label and its source.
    pub national: bool,
    pub source: Option<Source>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Link {
    pub title: Text,
    pub url: String,
    pub source: Option<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    National,
    Regional,
    Municipal,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::National, Level::Regional, Level::Municipal];

    pub fn slug(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Regional => "regional",
            Level::Municipal => "municipal",
        }
    }

    pub fn from_slug(s: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|l| l.slug().eq_ignore_ascii_case(s.trim()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Done,
    Ongoing,
    Ahead,
    /// Its date has passed but no source says it happened: shown as planned, never as done.
    Planned,
}

impl Status {
    pub fn slug(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Ongoing => "ongoing",
            Status::Ahead => "ahead",
            Status::Planned => "planned",
        }
    }

    pub fn from_slug(s: &str) -> Option<Status> {
        [Status::Done, Status::Ongoing, Status::Ahead]
            .into_iter()
            .find(|st| st.slug() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Milestone {
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub level: Option<Level>,
    pub title: Text,
    pub text: Option<Text>,
    /// Set only when the date alone would say the wrong thing (e.g. a plan that slipped).
    pub status: Option<Status>,
    pub source: Option<Source>,
    /// The source that says the step actually happened. Without it a past step is shown as
    /// planned, never as done: a date that has passed proves nothing.
    pub confirmed_by: Option<Source>,
}

/// A need and who answers for it under national law (or the region's own addition).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GuideEntry {
    pub need: Text,
    pub responsible: Option<Responsible>,
    /// Where to turn, in a short line.
    pub where_to_turn: Text,
    /// Once a municipality is chosen, its contact of this kind is shown with the entry (its
    /// main contact where it has none of this kind).
    pub local_contact: Option<ContactKind>,
    pub source: Option<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Responsible {
    Municipality,
    Region,
    /// Shared, e.g. care in special housing: the municipality's nurses, the region's doctors.
    Both,
}

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// A date known only as precisely as the source says: a year, a season, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Year(i32),
    Season(i32, Season),
    Month(i32, u8),
    Day(Date),
}

impl Default for PartialDate {
    fn default() -> Self {
        PartialDate::Year(2030)
    }
}
