//! JSON values to the model, collecting every problem at once with its path and position.
//! The field names and required fields come from `schema`, so the decoder and the
//! JSON Schema describe the same format.

use std::fmt;

use crate::json::{self, Kind, Member, Pos, Value};
use crate::model::*;
use crate::schema::{self, Req, TypeDef};

// The value rules live in `rules`; these names stay here for the validator and older callers.
pub use crate::rules::date::{days_in_month, parse_date, parse_partial_date};
pub use crate::rules::quote;

/// One thing wrong in a data file: where (path and position) and what, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data, e.g. `regions[0].municipalities[3].contacts[1].web`; empty for the whole file.
    pub path: String,
    /// 1-based; 0 when the position is not known (see `locate`).
    pub line: u32,
    pub column: u32,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, pos: Pos, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            line: pos.line,
            column: pos.column,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = if self.line > 0 {
            format!("(line {}, column {})", self.line, self.column)
        } else {
            String::new()
        };
        match (self.path.is_empty(), place.is_empty()) {
            (true, true) => write!(f, "{}", self.message),
            (true, false) => write!(f, "{place}: {}", self.message),
            (false, true) => write!(f, "{}: {}", self.path, self.message),
            (false, false) => write!(f, "{} {place}: {}", self.path, self.message),
        }
    }
}

/// Fills in the position of problems that have none (such as those from `Registry::merge`)
/// from the data file's text, using their path.
pub fn locate(text: &str, problems: &mut [Problem]) {
    if problems.iter().all(|p| p.line > 0) {
        return;
    }
    if let Ok(root) = json::parse(text) {
        for p in problems.iter_mut().filter(|p| p.line == 0) {
            let pos = root.locate(&p.path);
            p.line = pos.line;
            p.column = pos.column;
        }
    }
}

/// Reads a data file. Strict about structure and values; fields a new region must have but
/// an extension of a bundled region may leave out are checked by `Registry::merge`.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    let root = json::parse(text).map_err(|e| vec![Problem::new("", e.pos, e.message)])?;
    let mut cx = Cx::default();
    let dataset = cx.dataset(&root);
    if cx.problems.is_empty() {
        Ok(dataset)
    } else {
        crate::common::sort::sort_by_key(&mut cx.problems, |p| (p.line, p.column));
        Err(cx.problems)
    }
}

/// The first year a partial date touches, for ordering checks.
fn first_year(d: &PartialDate) -> i32 {
    match d {
        PartialDate::Year(y) | PartialDate::Season(y, _) | PartialDate::Month(y, _) => *y,
        PartialDate::Day(d) => d.year,
    }
}

// ---- value rules, usable on their own ---------------------------------------------------

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= schema::SLUG_MAX
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

// ---- the decoder -------------------------------------------------------------------------

#[derive(Default)]
struct Cx {
    problems: Vec<Problem>,
    /// Every (type, field) the decoder asked for, so a test can compare it with the schema.
    #[cfg(test)]
    read: Vec<(&'static str, &'static str)>,
}

/// An object being decoded against its type's field list.
struct Obj<'a> {
    def: &'static TypeDef,
    members: &'a [Member],
    path: String,
    pos: Pos,
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

impl Cx {
    fn report(&mut self, path: &str, pos: Pos, message: impl Into<String>) {
        self.problems.push(Problem::new(path, pos, message));
    }

    /// Checks that `v` is an object of type `def`: no unknown or repeated fields, no missing
    /// required ones.
    fn object<'a>(&mut self, v: &'a Value, path: &str, def: &'static TypeDef) -> Option<Obj<'a>> {
        let Kind::Object(members) = &v.kind else {
            self.report(
                path,
                v.pos,
                format!("expected an object ({{ … }}), found {}", v.kind.type_name()),
            );
            return None;
        };
        for (i, m) in members.iter().enumerate() {
            let field_path = join(path, &m.key);
            if members.iter().take(i).any(|earlier| earlier.key == m.key) {
                self.report(
                    &field_path,
                    m.key_pos,
                    format!("the field {} is written twice", quote(&m.key)),
                );
            } else if def.field(&m.key).is_none()
                && !(def.name == schema::TEXT.name && schema::lang_key(&m.key).is_some())
            {
                let allowed: Vec<&str> = def.fields.iter().map(|f| f.name).collect();
                self.report(
                    &field_path,
                    m.key_pos,
                    format!(
                        "unknown field {}; the fields here are: {}",
                        quote(&m.key),
                        allowed.join(", ")
                    ),
                );
            }
        }
        for field in def.fields.iter().filter(|f| f.req == Req::Yes) {
            let present = members
                .iter()
                .any(|m| m.key == field.name && m.value.kind != Kind::Null);
            if !present {
                self.report(
                    &join(path, field.name),
                    v.pos,
                    format!("the required field {} is missing", quote(field.name)),
                );
            }
        }
        Some(Obj {
            def,
            members,
            path: path.to_string(),
            pos: v.pos,
        })
    }

    /// A field of an object (null counts as absent), with its path.
    fn get<'a>(&mut self, o: &Obj<'a>, name: &'static str) -> Option<(&'a Value, String)> {
        #[cfg(test)]
        self.read.push((o.def.name, name));
        if o.def.field(name).is_none() {
            self.report(
                &o.path,
                o.pos,
                format!("internal: the field {} is not in the schema", quote(name)),
            );
        }
        o.members
            .iter()
            .find(|m| m.key == name)
            .filter(|m| m.value.kind != Kind::Null)
            .map(|m| (&m.value, join(&o.path, name)))
    }

    fn str<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a str> {
        match &v.kind {
            Kind::String(s) => Some(s),
            other => {
                self.report(
                    path,
                    v.pos,
                    format!(
                        "expected a string in double quotes, found {}",
                        other.type_name()
                    ),
                );
                None
            }
        }
    }

    /// A non-empty string of at most `max` characters, trimmed.
    fn plain(&mut self, v: &Value, path: &str, max: usize) -> Option<String> {
        let s = self.str(v, path)?.trim();
        if s.is_empty() {
            self.report(path, v.pos, "must not be empty");
            return None;
        }
        let n = s.chars().count();
        if n > max {
            self.report(
                path,
                v.pos,
                format!("is {n} characters long; at most {max} are allowed"),
            );
            return None;
        }
        Some(s.to_string())
    }

    fn text(&mut self, v: &Value, path: &str, max: usize) -> Option<Text> {
        match &v.kind {
            Kind::String(_) => self.plain(v, path, max).map(Text::sv),
            Kind::Object(_) => {
                let o = self.object(v, path, &schema::TEXT)?;
                let sv = self.get(&o, "sv").and_then(|(v, p)| self.plain(v, &p, max));
                let form = |cx: &mut Cx, name| match cx.get(&o, name) {
                    Some((v, p)) => cx.plain(v, &p, max).map(Some),
                    None => Some(None),
                };
                let lattlast = form(self, "lattlast");
                let en = form(self, "en");
                let mut other = Vec::new();
                for m in o.members.iter().filter(|m| m.value.kind != Kind::Null) {
                    if let Some(tag) = schema::lang_key(&m.key) {
                        let p = join(path, &m.key);
                        other.push((tag, self.plain(&m.value, &p, max)?));
                    }
                }
                Some(Text {
                    sv: sv?,
                    lattlast: lattlast?,
                    en: en?,
                    other,
                })
            }
            other => {
                self.report(
                    path,
                    v.pos,
                    format!(
                        "expected a text: a string, or {{\"sv\": …, \"lattlast\": …, \"en\": …, \"fi\": …}}; found {}",
                        other.type_name()
                    ),
                );
                None
            }
        }
    }

    fn source(&mut self, v: &Value, path: &str) -> Option<Source> {
        match &v.kind {
            Kind::String(_) => self.plain(v, path, schema::NAME_MAX).map(|s| Source {
                name: Text::sv(s),
                url: None,
            }),
            Kind::Object(_) => {
                let o = self.object(v, path, &schema::SOURCE)?;
                let name = self
                    .get(&o, "name")
                    .and_then(|(v, p)| self.text(v, &p, schema::NAME_MAX));
                let url = match self.get(&o, "url") {
                    Some((v, p)) => Some(self.link(v, &p)?),
                    None => None,
                };
                Some(Source { name: name?, url })
            }
            other => {
                self.report(
                    path,
                    v.pos,
                    format!(
                        "expected a source: a name, or {{\"name\": …, \"url\": …}}; found {}",
                        other.type_name()
                    ),
                );
                None
            }
        }
    }

    fn with_rule(
        &mut self,
        v: &Value,
        path: &str,
        rule: &dyn Fn(&str) -> Result<String, String>,
    ) -> Option<String> {
        let s = self.str(v, path)?;
        match rule(s) {
            Ok(s) => Some(s),
            Err(message) => {
                self.report(path, v.pos, message);
                None
            }
        }
    }

    fn link(&mut self, v: &Value, path: &str) -> Option<String> {
        self.with_rule(v, path, &|s| {
            crate::rules::link::check(s).map(str::to_owned)
        })
    }

    fn email(&mut self, v: &Value, path: &str) -> Option<String> {
        self.with_rule(v, path, &|s| {
            crate::rules::email::check(s).map(str::to_owned)
        })
    }

    fn phone(&mut self, v: &Value, path: &str) -> Option<String> {
        self.with_rule(v, path, &|s| {
            crate::rules::phone::check(s).map(str::to_owned)
        })
    }

    fn slug(&mut self, v: &Value, path: &str) -> Option<String> {
        self.with_rule(v, path, &|s| {
            if is_slug(s) {
                Ok(s.to_string())
            } else {
                Err(format!(
                    "{} is not a valid id; use lowercase a-z, digits and hyphens, e.g. \"lilla-edet\"",
                    quote(s)
                ))
            }
        })
    }

    fn code(&mut self, v: &Value, path: &str, n: usize, what: &str) -> Option<String> {
        self.with_rule(v, path, &|s| {
            if is_digits(s, n) {
                Ok(s.to_string())
            } else {
                Err(format!(
                    "{} is not a {what}; a {what} has {n} digits",
                    quote(s)
                ))
            }
        })
    }

    fn date(&mut self, v: &Value, path: &str) -> Option<Date> {
        let s = self.str(v, path)?;
        let d = parse_date(s);
        if d.is_none() {
            self.report(
                path,
                v.pos,
                format!(
                    "{} is not a valid date; write YYYY-MM-DD, e.g. 2024-03-01",
                    quote(s)
                ),
            );
        }
        d
    }

    fn partial_date(&mut self, v: &Value, path: &str) -> Option<PartialDate> {
        let s = self.str(v, path)?;
        let d = parse_partial_date(s);
        if d.is_none() {
            self.report(
                path,
                v.pos,
                format!(
                    "{} is not a valid date; write 2030, 2023-autumn (spring, summer, autumn, winter), 2021-06 or 2023-01-01",
                    quote(s)
                ),
            );
        }
        d
    }

    fn year(&mut self, v: &Value, path: &str) -> Option<i32> {
        match v.kind {
            Kind::Number(n) if n.fract() == 0.0 && (1000.0..=9999.0).contains(&n) => Some(n as i32),
            _ => {
                self.report(path, v.pos, "expected a year, a whole number such as 2030");
                None
            }
        }
    }

    fn choice(
        &mut self,
        v: &Value,
        path: &str,
        allowed: &'static [&'static str],
    ) -> Option<&'static str> {
        let s = self.str(v, path)?;
        if let Some(found) = allowed.iter().find(|a| **a == s) {
            Some(found)
        } else {
            self.report(
                path,
                v.pos,
                format!(
                    "{} is not allowed here; use one of: {}",
                    quote(s),
                    allowed.join(", ")
                ),
            );
            None
        }
    }

    /// Decodes each item of an array; invalid items are reported and left out.
    fn list<T>(
        &mut self,
        v: &Value,
        path: &str,
        item: &dyn Fn(&mut Cx, &Value, &str) -> Option<T>,
    ) -> Vec<T> {
        match &v.kind {
            Kind::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, it)| item(self, it, &format!("{path}[{i}]")))
                .collect(),
            other => {
                self.report(
                    path,
                    v.pos,
                    format!("expected a list ([ … ]), found {}", other.type_name()),
                );
                Vec::new()
            }
        }
    }

    // Field helpers: read one field of an object with a given rule.

    fn opt<T>(
        &mut self,
        o: &Obj,
        name: &'static str,
        rule: &dyn Fn(&mut Cx, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        let (v, p) = self.get(o, name)?;
        rule(self, v, &p)
    }

    fn many<T>(
        &mut self,
        o: &Obj,
        name: &'static str,
        item: &dyn Fn(&mut Cx, &Value, &str) -> Option<T>,
    ) -> Vec<T> {
        match self.get(o, name) {
            Some((v, p)) => self.list(v, &p, item),
            None => Vec::new(),
        }
    }

    fn short(cx: &mut Cx, v: &Value, p: &str) -> Option<Text> {
        cx.text(v, p, schema::NAME_MAX)
    }

    fn long(cx: &mut Cx, v: &Value, p: &str) -> Option<Text> {
        cx.text(v, p, schema::TEXT_MAX)
    }

    // Types.

    fn dataset(&mut self, v: &Value) -> Dataset {
        let mut ds = Dataset {
            schema: SCHEMA_VERSION,
            ..Dataset::default()
        };
        let Some(o) = self.object(v, "", &schema::DATASET) else {
            return ds;
        };
        let _ = self.opt(&o, "$schema", &|cx, v, p| cx.str(v, p).map(|_| ()));
        if let Some((v, p)) = self.get(&o, "schema") {
            match v.kind {
                Kind::Number(n) if n == f64::from(SCHEMA_VERSION) => {}
                _ => self.report(
                    &p,
                    v.pos,
                    format!(
                        "unknown format version; this version of the widgets reads \"schema\": {SCHEMA_VERSION}"
                    ),
                ),
            }
        }
        ds.regions = self.many(&o, "regions", &|cx, v, p| cx.region(v, p));
        self.unique(
            v,
            "",
            "regions",
            ds.regions.iter().map(|r| r.id.as_str()),
            "id",
            "region id",
        );
        ds.national = self.opt(&o, "national", &|cx, v, p| cx.national(v, p));
        if let Some((v, p)) = self.get(&o, "texts") {
            ds.texts = self.ui_texts(v, &p);
        }
        ds
    }

    /// `"texts": {"fi": {"kontakt.heading": "…"}}`: interface strings in other languages.
    fn ui_texts(&mut self, v: &Value, path: &str) -> Vec<UiText> {
        let mut out = Vec::new();
        let Some(langs) = self.members(v, path) else {
            return out;
        };
        for l in langs {
            let lang_path = join(path, &l.key);
            let Some(tag) = schema::lang_key(&l.key) else {
                self.report(
                    &lang_path,
                    l.key_pos,
                    format!(
                        "{} is not a language tag for added texts; use 2 or 3 lowercase letters such as fi, sma or fit (sv and en are built in)",
                        quote(&l.key)
                    ),
                );
                continue;
            };
            let Some(strings) = self.members(&l.value, &lang_path) else {
                continue;
            };
            for k in strings {
                let key_path = join(&lang_path, &k.key);
                if !crate::common::texts::is_key(&k.key) {
                    self.report(
                        &key_path,
                        k.key_pos,
                        format!(
                            "{} is not an interface string; the keys look like kontakt.heading and are listed in docs/editors.md",
                            quote(&k.key)
                        ),
                    );
                } else if let Some(text) = self.plain(&k.value, &key_path, schema::TEXT_MAX) {
                    out.push(UiText {
                        lang: tag,
                        key: k.key.clone(),
                        text,
                    });
                }
            }
        }
        out
    }

    /// The members of an object whose keys are data (language tags, string keys), each key
    /// once.
    fn members<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a [Member]> {
        let Kind::Object(members) = &v.kind else {
            self.report(
                path,
                v.pos,
                format!("expected an object ({{ … }}), found {}", v.kind.type_name()),
            );
            return None;
        };
        for (i, m) in members.iter().enumerate() {
            if members.iter().take(i).any(|earlier| earlier.key == m.key) {
                self.report(
                    &join(path, &m.key),
                    m.key_pos,
                    format!("the key {} is written twice", quote(&m.key)),
                );
            }
        }
        Some(members)
    }

    /// Reports values of `field` that appear twice in the list `list` of the object `parent`
    /// (whose path is `parent_path`).
    fn unique<'s>(
        &mut self,
        parent: &Value,
        parent_path: &str,
        list: &str,
        values: impl Iterator<Item = &'s str>,
        field: &str,
        what: &str,
    ) {
        let values: Vec<&str> = values.collect();
        let list_path = join(parent_path, list);
        for (i, val) in values.iter().enumerate() {
            let earlier = values.iter().take(i).filter(|e| *e == val).count();
            if !val.is_empty() && earlier > 0 {
                // Items that failed to decode are left out, so find the item by its value.
                let (path, pos) = find_item_with(parent, &list_path, list, field, val, earlier + 1)
                    .unwrap_or_else(|| (list_path.clone(), parent.pos));
                self.report(
                    &path,
                    pos,
                    format!(
                        "the {what} {} is used twice; each must be unique",
                        quote(val)
                    ),
                );
            }
        }
    }

    fn national(&mut self, v: &Value, path: &str) -> Option<National> {
        let o = self.object(v, path, &schema::NATIONAL)?;
        Some(National {
            contacts: self.many(&o, "contacts", &|cx, v, p| cx.contact(v, p)),
            milestones: self.many(&o, "milestones", &|cx, v, p| cx.milestone(v, p)),
            guide: self.many(&o, "guide", &|cx, v, p| cx.guide(v, p)),
        })
    }

    fn region(&mut self, v: &Value, path: &str) -> Option<Region> {
        let o = self.object(v, path, &schema::REGION)?;
        let id = self.opt(&o, "id", &|cx, v, p| cx.slug(v, p));
        let r = Region {
            id: id.clone().unwrap_or_default(),
            name: self.opt(&o, "name", &Cx::short).unwrap_or_default(),
            county: self.opt(&o, "county", &Cx::short).unwrap_or_default(),
            county_code: self
                .opt(&o, "county_code", &|cx, v, p| {
                    cx.code(v, p, 2, "county code")
                })
                .unwrap_or_default(),
            website: self.opt(&o, "website", &|cx, v, p| cx.link(v, p)),
            programme: self.opt(&o, "programme", &|cx, v, p| cx.programme(v, p)),
            contacts: self.many(&o, "contacts", &|cx, v, p| cx.contact(v, p)),
            minority_languages: self.many(&o, "minority_languages", &|cx, v, p| cx.minority(v, p)),
            municipalities: self.many(&o, "municipalities", &|cx, v, p| cx.municipality(v, p)),
            malbild: self.opt(&o, "malbild", &|cx, v, p| cx.malbild(v, p)),
            milestones: self.many(&o, "milestones", &|cx, v, p| cx.milestone(v, p)),
            guide: self.many(&o, "guide", &|cx, v, p| cx.guide(v, p)),
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
        };
        self.unique(
            v,
            path,
            "municipalities",
            r.municipalities.iter().map(|m| m.id.as_str()),
            "id",
            "municipality id",
        );
        self.unique(
            v,
            path,
            "municipalities",
            r.municipalities.iter().map(|m| m.code.as_str()),
            "code",
            "municipality code",
        );
        id.map(|_| r)
    }

    fn programme(&mut self, v: &Value, path: &str) -> Option<Programme> {
        let o = self.object(v, path, &schema::PROGRAMME)?;
        let name = self.opt(&o, "name", &Cx::short);
        Some(Programme {
            name: name?,
            contact: self.opt(&o, "contact", &|cx, v, p| cx.contact(v, p)),
            start: self.opt(&o, "start", &|cx, v, p| cx.partial_date(v, p)),
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
        })
    }

    fn municipality(&mut self, v: &Value, path: &str) -> Option<Municipality> {
        let o = self.object(v, path, &schema::MUNICIPALITY)?;
        let id = self.opt(&o, "id", &|cx, v, p| cx.slug(v, p));
        let m = Municipality {
            id: id.unwrap_or_default(),
            name: self
                .opt(&o, "name", &|cx, v, p| cx.plain(v, p, schema::NAME_MAX))
                .unwrap_or_default(),
            code: self
                .opt(&o, "code", &|cx, v, p| {
                    cx.code(v, p, 4, "municipality code")
                })
                .unwrap_or_default(),
            website: self.opt(&o, "website", &|cx, v, p| cx.link(v, p)),
            contacts: self.many(&o, "contacts", &|cx, v, p| cx.contact(v, p)),
            minority_languages: self.many(&o, "minority_languages", &|cx, v, p| cx.minority(v, p)),
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
        };
        (!m.id.is_empty()).then_some(m)
    }

    fn minority(&mut self, v: &Value, path: &str) -> Option<MinorityArea> {
        let o = self.object(v, path, &schema::MINORITY)?;
        let language = self
            .opt(&o, "language", &|cx, v, p| {
                cx.choice(v, p, MinorityLanguage::SLUGS)
            })
            .and_then(MinorityLanguage::from_slug);
        Some(MinorityArea {
            language: language?,
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
        })
    }

    fn contact(&mut self, v: &Value, path: &str) -> Option<Contact> {
        let o = self.object(v, path, &schema::CONTACT)?;
        let c = Contact {
            role: self.opt(&o, "role", &Cx::short).unwrap_or_default(),
            kind: self
                .opt(&o, "kind", &|cx, v, p| cx.choice(v, p, ContactKind::SLUGS))
                .and_then(ContactKind::from_slug),
            email: self.opt(&o, "email", &|cx, v, p| cx.email(v, p)),
            phone: self.opt(&o, "phone", &|cx, v, p| cx.phone(v, p)),
            web: self.opt(&o, "web", &|cx, v, p| cx.link(v, p)),
            opening_hours: self.opt(&o, "opening_hours", &Cx::short),
            phone_hours: self.opt(&o, "phone_hours", &Cx::short),
            topics: self.many(&o, "topics", &Cx::short),
            verified: self.opt(&o, "verified", &|cx, v, p| cx.date(v, p)),
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
        };
        let reachable = ["email", "phone", "web"]
            .iter()
            .any(|k| v.get(k).is_some_and(|x| x.kind != Kind::Null));
        if !reachable {
            self.report(
                path,
                v.pos,
                "a contact needs at least one of \"email\", \"phone\" and \"web\"",
            );
        }
        (!c.role.sv.is_empty()).then_some(c)
    }

    fn malbild(&mut self, v: &Value, path: &str) -> Option<Malbild> {
        let o = self.object(v, path, &schema::MALBILD)?;
        let title = self.opt(&o, "title", &Cx::short);
        let period = self.opt(&o, "period", &|cx, v, p| cx.period(v, p));
        let lead = self.opt(&o, "lead", &Cx::long);
        Some(Malbild {
            period,
            why: self.many(&o, "why", &Cx::long),
            for_whom: self.opt(&o, "for_whom", &Cx::long).unwrap_or_default(),
            traits: self.many(&o, "traits", &|cx, v, p| cx.trait_(v, p)),
            responsible: self.opt(&o, "responsible", &Cx::long).unwrap_or_default(),
            reading: self.many(&o, "reading", &|cx, v, p| cx.link_item(v, p)),
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
            title: title?,
            lead: lead?,
        })
    }

    fn period(&mut self, v: &Value, path: &str) -> Option<(i32, i32)> {
        let o = self.object(v, path, &schema::PERIOD)?;
        let from = self.opt(&o, "from", &|cx, v, p| cx.year(v, p));
        let to = self.opt(&o, "to", &|cx, v, p| cx.year(v, p));
        let (from, to) = (from?, to?);
        if from > to {
            self.report(
                &join(path, "to"),
                v.get("to").map_or(v.pos, |t| t.pos),
                format!("the period ends ({to}) before it starts ({from})"),
            );
            return None;
        }
        Some((from, to))
    }

    fn trait_(&mut self, v: &Value, path: &str) -> Option<Trait> {
        let o = self.object(v, path, &schema::TRAIT)?;
        let title = self.opt(&o, "title", &Cx::short);
        let for_you = self.opt(&o, "for_you", &Cx::long);
        let national = self
            .opt(&o, "scope", &|cx, v, p| cx.choice(v, p, schema::SCOPES))
            .is_some_and(|s| s == "national");
        let source = self.opt(&o, "source", &|cx, v, p| cx.source(v, p));
        // National content in a county's målbild is only honest with the source that says so.
        if national && source.is_none() {
            self.report(
                path,
                v.pos,
                "a trait with \"scope\": \"national\" needs a \"source\"",
            );
        }
        Some(Trait {
            title: title?,
            for_you: for_you?,
            national,
            source,
        })
    }

    fn link_item(&mut self, v: &Value, path: &str) -> Option<Link> {
        let o = self.object(v, path, &schema::LINK)?;
        let title = self.opt(&o, "title", &Cx::short);
        let url = self.opt(&o, "url", &|cx, v, p| cx.link(v, p));
        let source = self.opt(&o, "source", &|cx, v, p| cx.source(v, p));
        Some(Link {
            title: title?,
            url: url?,
            source,
        })
    }

    fn milestone(&mut self, v: &Value, path: &str) -> Option<Milestone> {
        let o = self.object(v, path, &schema::MILESTONE)?;
        let date = self.opt(&o, "date", &|cx, v, p| cx.partial_date(v, p));
        let end = self.opt(&o, "end", &|cx, v, p| cx.partial_date(v, p));
        let level = self
            .opt(&o, "level", &|cx, v, p| cx.choice(v, p, schema::LEVELS))
            .and_then(Level::from_slug);
        let title = self.opt(&o, "title", &Cx::short);
        let text = self.opt(&o, "text", &Cx::long);
        let status = self
            .opt(&o, "status", &|cx, v, p| cx.choice(v, p, schema::STATUSES))
            .and_then(Status::from_slug);
        let source = self.opt(&o, "source", &|cx, v, p| cx.source(v, p));
        let confirmed_by = self.opt(&o, "confirmed_by", &|cx, v, p| cx.source(v, p));
        if let (Some(d), Some(e)) = (&date, &end) {
            if first_year(e) < first_year(d) {
                self.report(
                    &join(path, "end"),
                    v.get("end").map_or(v.pos, |x| x.pos),
                    "the milestone ends before it starts",
                );
            }
        }
        Some(Milestone {
            date: date?,
            end,
            level,
            title: title?,
            text,
            status,
            source,
            confirmed_by,
        })
    }

    fn guide(&mut self, v: &Value, path: &str) -> Option<GuideEntry> {
        let o = self.object(v, path, &schema::GUIDE)?;
        let need = self.opt(&o, "need", &Cx::short);
        let responsible = self
            .opt(&o, "responsible", &|cx, v, p| {
                cx.choice(v, p, schema::RESPONSIBLES)
            })
            .map(|s| match s {
                "region" => Responsible::Region,
                "both" => Responsible::Both,
                _ => Responsible::Municipality,
            });
        let where_to_turn = self.opt(&o, "where_to_turn", &Cx::long);
        Some(GuideEntry {
            need: need?,
            responsible,
            where_to_turn: where_to_turn?,
            local_contact: self
                .opt(&o, "local_contact", &|cx, v, p| {
                    cx.choice(v, p, ContactKind::SLUGS)
                })
                .and_then(ContactKind::from_slug),
            source: self.opt(&o, "source", &|cx, v, p| cx.source(v, p)),
        })
    }
}

/// Finds the `n`-th item (counting from 1) of the list `list` of `parent` whose `field` is
/// `val`, returning the path and position of that field.
fn find_item_with(
    parent: &Value,
    list_path: &str,
    list: &str,
    field: &str,
    val: &str,
    n: usize,
) -> Option<(String, Pos)> {
    let Kind::Array(items) = &parent.get(list)?.kind else {
        return None;
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| {
            let f = it.get(field)?;
            matches!(&f.kind, Kind::String(s) if s == val)
                .then(|| (format!("{list_path}[{i}].{field}"), f.pos))
        })
        .nth(n.saturating_sub(1))
}

#[cfg(test)]
mod tests {
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
            Ty::Source => {
                r#"{"name": {"sv": "K", "en": "S"}, "url": "https://www.1177.se"}"#.into()
            }
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
        assert_eq!(region.malbild.as_ref().unwrap().period, Some((2030, 2030)));
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
        let o = cx.object(&root, "", &schema::PERIOD).unwrap();
        assert!(cx.get(&o, "nonsense").is_none());
        assert!(cx.problems.iter().any(|p| p.message.contains("internal")));
    }
}
