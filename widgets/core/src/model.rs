//! The region data model shared by all widgets: what a data file holds once it has been
//! read and validated. `decode` turns JSON into these types; the widgets only ever see them.

use crate::decode::Choice;

// The object types of the format (region, municipality, contact, …) are declared once in
// `schema.rs`, which generates these structs with their schema tables and decoders.
pub use crate::schema::{
    Contact, GuideEntry, Link, Malbild, Milestone, MinorityArea, Municipality, National, Period,
    Programme, Region, Trait,
};

/// A closed set of the format as an enum: each value with the string a data file writes,
/// `SLUGS` (the schema's `enum`) and `from_slug`.
macro_rules! choice_enum {
    (
        $(#[$m:meta])*
        pub enum $name:ident { $($(#[$vm:meta])* $variant:ident = $slug:literal,)* }
    ) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $variant,)* }

        impl $name {
            pub const SLUGS: &'static [&'static str] = &[$($slug),*];
            /// The first value, only a stand-in: `packed` gives it for a file it refuses.
            #[allow(clippy::indexing_slicing)] // a constant: never out of range
            pub(crate) const STAND_IN: $name = [$($name::$variant),*][0];

            pub fn from_slug(s: &str) -> Option<$name> {
                match s {
                    $($slug => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        choices!($name);
    };
}

/// The enums that say more than `choice_enum!` (an order, a derived value) are a `Choice`
/// through their own `SLUGS` and `from_slug`.
macro_rules! choices {
    ($($t:ty),*) => {$(
        impl Choice for $t {
            const SLUGS: &'static [&'static str] = <$t>::SLUGS;
            fn from_slug(s: &str) -> Option<Self> {
                <$t>::from_slug(s)
            }
        }
    )*};
}

impl Trait {
    /// True for a trait that holds for the whole country rather than coming from the
    /// county's own målbild; shown with a visible "Gäller hela landet" label and its source.
    pub fn is_national(&self) -> bool {
        self.scope == Some(Scope::National)
    }
}

/// The data format's version; a file names it in its `schema` field.
pub const SCHEMA_VERSION: u32 = 1;

/// A language of the widgets' texts, with the reading form. Swedish first: every text has a
/// Swedish form, and every other form falls back to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Sv,
    /// Easy-to-read Swedish (lättläst), chosen with `variant="lattlast"`; marked `lang="sv"`.
    Lattlast,
    En,
    /// Any other language (`fi`, `sma`, `fit`, …): its texts come only from data files; every
    /// text without a form in it is shown in Swedish, marked `lang="sv"`.
    Other(Tag),
}

/// The primary subtag of a BCP 47 language tag, lower case, kept inline so `Lang` stays `Copy`.
/// (The default, empty, is only a stand-in: `packed` gives it for a file it refuses.)
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Tag {
    bytes: [u8; 8],
    len: u8,
}

impl Tag {
    /// `fi`, `sma`, `fit`: 2 to 8 ASCII letters (the primary subtag of BCP 47), any case.
    pub fn parse(s: &str) -> Option<Tag> {
        let s = s.trim();
        if !(2..=8).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let mut bytes = [0u8; 8];
        for (slot, b) in bytes.iter_mut().zip(s.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        Some(Tag {
            bytes,
            len: s.len() as u8,
        })
    }

    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Lang {
    /// Reads a BCP 47 tag such as `sv`, `sv-SE`, `en-GB`, `fi` or `sma-NO` by its primary
    /// subtag; `None` for something that is not a language tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        let tag = Tag::parse(primary)?;
        Some(match tag.as_str() {
            "sv" => Lang::Sv,
            "en" => Lang::En,
            _ => Lang::Other(tag),
        })
    }

    /// The language with the `variant` attribute applied: `lattlast` turns Swedish into
    /// lättläst; other languages have no lättläst form and stay as they are.
    pub fn with_variant(self, variant: Variant) -> Lang {
        match (self, variant) {
            (Lang::Sv, Variant::Lattlast) => Lang::Lattlast,
            (lang, _) => lang,
        }
    }

    /// The tag for the `lang` attribute.
    pub fn tag(&self) -> &str {
        match self {
            Lang::Sv | Lang::Lattlast => "sv",
            Lang::En => "en",
            Lang::Other(tag) => tag.as_str(),
        }
    }

    /// The Swedish form a text without a form in this language falls back to.
    pub fn fallback(self) -> Lang {
        match self {
            Lang::Lattlast => Lang::Lattlast,
            _ => Lang::Sv,
        }
    }

    /// The `lang` to put on a text shown in `shown` inside a widget in `self`: `None` when
    /// the two are the same language (lättläst is Swedish).
    pub fn mark(&self, shown: Lang) -> Option<&'static str> {
        match shown {
            Lang::Sv | Lang::Lattlast if !matches!(self, Lang::Sv | Lang::Lattlast) => Some("sv"),
            _ => None,
        }
    }
}

/// The `variant` attribute: the standard texts, or easy-to-read Swedish.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Variant {
    #[default]
    Standard,
    Lattlast,
}

impl Variant {
    /// Reads the attribute; an unknown value gives the standard texts and a console message.
    pub fn from_attr(value: Option<&str>) -> (Variant, Option<String>) {
        match value.map(str::trim) {
            None | Some("") => (Variant::Standard, None),
            Some(v) if v.eq_ignore_ascii_case("lattlast") || v == "lättläst" => {
                (Variant::Lattlast, None)
            }
            Some(v) if v.eq_ignore_ascii_case("standard") => (Variant::Standard, None),
            Some(v) => (
                Variant::Standard,
                Some(format!(
                    "variant=\"{}\" is not a variant; use lattlast (easy-to-read Swedish) or leave it out.",
                    crate::common::attrs::clip(v)
                )),
            ),
        }
    }
}

/// A text in Swedish, optionally also in lättläst, English and any other language.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub sv: String,
    /// Easy-to-read Swedish (data key `"lattlast"`).
    pub lattlast: Option<String>,
    pub en: Option<String>,
    /// Other languages by tag (data keys such as `"fi"`, `"sma"`, `"fit"`), in file order.
    pub other: Vec<(Tag, String)>,
}

impl Text {
    pub fn sv(s: impl Into<String>) -> Text {
        Text {
            sv: s.into(),
            ..Text::default()
        }
    }

    /// The form in `lang`, if the text has one (Swedish always has).
    fn form(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Sv => Some(&self.sv),
            Lang::Lattlast => self.lattlast.as_deref(),
            Lang::En => self.en.as_deref(),
            Lang::Other(tag) => self
                .other
                .iter()
                .find(|(t, _)| *t == tag)
                .map(|(_, s)| s.as_str()),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        self.form(lang)
            .or_else(|| self.form(lang.fallback()))
            .unwrap_or(&self.sv)
    }

    /// The language the text is actually shown in, so the widget can mark a Swedish
    /// fallback inside another language with `lang="sv"` for screen readers.
    pub fn shown_lang(&self, lang: Lang) -> Lang {
        if self.form(lang).is_some() {
            lang
        } else if self.form(lang.fallback()).is_some() {
            lang.fallback()
        } else {
            Lang::Sv
        }
    }
}

/// One interface string in another language, from a data file's `"texts"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UiText {
    pub lang: Tag,
    /// The string's key, e.g. `kontakt.search_label` (see `common::texts::keys`).
    pub key: String,
    pub text: String,
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
    /// Interface strings in other languages (`"texts": {"fi": {"kontakt.heading": …}}`).
    pub texts: Vec<UiText>,
}

choice_enum! {
    /// What a contact is the way in for, so the guide can name the chosen municipality's route.
    pub enum ContactKind {
        /// The switchboard, contact centre or general e-mail.
        Main = "main",
        /// Applying for home care or other elderly care (the needs assessors).
        Care = "care",
    }
}

choice_enum! {
    /// A national minority language with an administrative area (förvaltningsområde): there,
    /// residents may use it with the authority, elderly care included.
    pub enum MinorityLanguage {
        Finnish = "finnish",
        Sami = "sami",
        Meankieli = "meankieli",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    National,
    Regional,
    Municipal,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::National, Level::Regional, Level::Municipal];
    pub(crate) const STAND_IN: Level = Level::National;
    pub const SLUGS: &'static [&'static str] = &["national", "regional", "municipal"];

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
    pub(crate) const STAND_IN: Status = Status::Planned;
    /// The statuses a data file may set (`Planned` is only ever derived).
    pub const SLUGS: &'static [&'static str] = &["done", "ongoing", "ahead"];

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

choice_enum! {
    /// Who answers for a need.
    pub enum Responsible {
        Municipality = "municipality",
        Region = "region",
        /// Shared, e.g. care in special housing: the municipality's nurses, the region's
        /// doctors.
        Both = "both",
    }
}

choice_enum! {
    /// Where a trait of nära vård comes from.
    pub enum Scope {
        /// The county's own målbild (the default).
        County = "county",
        /// True for the whole country: shown with a label, and only with a source.
        National = "national",
    }
}

choices!(Level, Status);

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
