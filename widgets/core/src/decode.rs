//! JSON values to the model, collecting every problem at once with its path and position.
//! Each object type's fields are read by code generated from its declaration in `schema`
//! (`Decode`), with the readers here, one per `schema::Ty`; so the decoder, the model and the
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

/// The decoder's state: the problems found so far.
#[derive(Default)]
pub(crate) struct Cx {
    problems: Vec<Problem>,
    /// Every (type, field) the decoder asked for, so a test can compare it with the schema.
    #[cfg(test)]
    read: Vec<(&'static str, &'static str)>,
}

/// An object being decoded against its type's field list.
pub(crate) struct Obj<'a> {
    def: &'static TypeDef,
    members: &'a [Member],
    path: Path<'a>,
    pos: Pos,
}

/// Where a value is in the file (`regions[0].municipalities[3].web`). Spelled out only for a
/// problem: building a string for every value read cost a widget's start about a millisecond.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Item(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn spell(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match *self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Path::Item(parent, i) => {
                parent.write(out);
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
}

impl Cx {
    fn report(&mut self, path: &Path, pos: Pos, message: impl Into<String>) {
        self.problems.push(Problem::new(path.spell(), pos, message));
    }

    /// The members of the object `v`, each key once (`word` names a key in the message:
    /// "field", or "key" where the keys are data such as language tags).
    fn members<'a>(&mut self, v: &'a Value, path: &Path, word: &str) -> Option<&'a [Member]> {
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
                    &Path::Field(path, &m.key),
                    m.key_pos,
                    format!("the {word} {} is written twice", quote(&m.key)),
                );
            }
        }
        Some(members)
    }

    /// Checks that `v` is an object of type `def`: no unknown or repeated fields, no missing
    /// required ones.
    fn object<'a>(
        &mut self,
        v: &'a Value,
        path: &Path<'a>,
        def: &'static TypeDef,
    ) -> Option<Obj<'a>> {
        let members = self.members(v, path, "field")?;
        for (i, m) in members.iter().enumerate() {
            // A repeated field is reported once, as repeated.
            let first = members.iter().position(|e| e.key == m.key) == Some(i);
            if first
                && def.field(&m.key).is_none()
                && !(def.name == schema::TEXT.name && schema::lang_key(&m.key).is_some())
            {
                let allowed: Vec<&str> = def.fields.iter().map(|f| f.name).collect();
                self.report(
                    &Path::Field(path, &m.key),
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
                    &Path::Field(path, field.name),
                    v.pos,
                    format!("the required field {} is missing", quote(field.name)),
                );
            }
        }
        Some(Obj {
            def,
            members,
            path: *path,
            pos: v.pos,
        })
    }

    /// A field of an object (null counts as absent), with its path.
    fn get<'a>(&mut self, o: &'a Obj<'a>, name: &'static str) -> Option<(&'a Value, Path<'a>)> {
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
            .map(|m| (&m.value, Path::Field(&o.path, name)))
    }

    fn str<'a>(&mut self, v: &'a Value, path: &Path) -> Option<&'a str> {
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
    fn plain(&mut self, v: &Value, path: &Path, max: usize) -> Option<String> {
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

    fn text(&mut self, v: &Value, path: &Path, max: usize) -> Option<Text> {
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
                        let p = Path::Field(path, &m.key);
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

    pub(crate) fn source(&mut self, v: &Value, path: &Path) -> Option<Source> {
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
        path: &Path,
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

    pub(crate) fn link(&mut self, v: &Value, path: &Path) -> Option<String> {
        self.with_rule(v, path, &|s| {
            crate::rules::link::check(s).map(str::to_owned)
        })
    }

    pub(crate) fn email(&mut self, v: &Value, path: &Path) -> Option<String> {
        self.with_rule(v, path, &|s| {
            crate::rules::email::check(s).map(str::to_owned)
        })
    }

    pub(crate) fn phone(&mut self, v: &Value, path: &Path) -> Option<String> {
        self.with_rule(v, path, &|s| {
            crate::rules::phone::check(s).map(str::to_owned)
        })
    }

    pub(crate) fn slug(&mut self, v: &Value, path: &Path) -> Option<String> {
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

    fn code(&mut self, v: &Value, path: &Path, n: usize, what: &str) -> Option<String> {
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

    pub(crate) fn date(&mut self, v: &Value, path: &Path) -> Option<Date> {
        self.dated(v, path, parse_date, "YYYY-MM-DD, e.g. 2024-03-01")
    }

    pub(crate) fn partial_date(&mut self, v: &Value, path: &Path) -> Option<PartialDate> {
        let how = "2030, 2023-autumn (spring, summer, autumn, winter), 2021-06 or 2023-01-01";
        self.dated(v, path, parse_partial_date, how)
    }

    /// A date read by `parse`, or the problem that says `how` to write one.
    fn dated<T>(
        &mut self,
        v: &Value,
        path: &Path,
        parse: fn(&str) -> Option<T>,
        how: &str,
    ) -> Option<T> {
        let s = self.str(v, path)?;
        let d = parse(s);
        if d.is_none() {
            let message = format!("{} is not a valid date; write {how}", quote(s));
            self.report(path, v.pos, message);
        }
        d
    }

    pub(crate) fn year(&mut self, v: &Value, path: &Path) -> Option<i32> {
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
        path: &Path,
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
    pub(crate) fn list<T>(
        &mut self,
        v: &Value,
        path: &Path,
        item: &dyn Fn(&mut Cx, &Value, &Path) -> Option<T>,
    ) -> Vec<T> {
        match &v.kind {
            Kind::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, it)| item(self, it, &Path::Item(path, i)))
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

    pub(crate) fn opt<T>(
        &mut self,
        o: &Obj,
        name: &'static str,
        rule: &dyn Fn(&mut Cx, &Value, &Path) -> Option<T>,
    ) -> Option<T> {
        let (v, p) = self.get(o, name)?;
        rule(self, v, &p)
    }

    /// A list field of an object, item by item; empty when absent.
    pub(crate) fn many<T>(
        &mut self,
        o: &Obj,
        name: &'static str,
        item: &dyn Fn(&mut Cx, &Value, &Path) -> Option<T>,
    ) -> Vec<T> {
        match self.get(o, name) {
            Some((v, p)) => self.list(v, &p, item),
            None => Vec::new(),
        }
    }

    pub(crate) fn short(cx: &mut Cx, v: &Value, p: &Path) -> Option<Text> {
        cx.text(v, p, schema::NAME_MAX)
    }

    pub(crate) fn long(cx: &mut Cx, v: &Value, p: &Path) -> Option<Text> {
        cx.text(v, p, schema::TEXT_MAX)
    }

    pub(crate) fn name(cx: &mut Cx, v: &Value, p: &Path) -> Option<String> {
        cx.plain(v, p, schema::NAME_MAX)
    }

    pub(crate) fn municipality_code(cx: &mut Cx, v: &Value, p: &Path) -> Option<String> {
        cx.code(v, p, 4, "municipality code")
    }

    pub(crate) fn county_code(cx: &mut Cx, v: &Value, p: &Path) -> Option<String> {
        cx.code(v, p, 2, "county code")
    }

    /// An object of type `T`; skipped when no widget of this build shows it (`Check::SERVED`).
    pub(crate) fn object_of<T: Decode>(cx: &mut Cx, v: &Value, p: &Path) -> Option<T> {
        if T::SERVED {
            T::decode(cx, v, p)
        } else {
            None
        }
    }

    /// One of a closed set of values, as its model type.
    pub(crate) fn choice_of<C: Choice>(cx: &mut Cx, v: &Value, p: &Path) -> Option<C> {
        cx.choice(v, p, C::SLUGS).and_then(C::from_slug)
    }
}

/// An object type of the format: its schema table and how its fields are read (both
/// generated from its one declaration by `schema::data_types!`), and the rules across its
/// fields.
pub(crate) trait Decode: Check + Sized {
    const DEF: &'static TypeDef;

    /// Reads every declared field; `None` when a required one is missing or wrong.
    fn fields(cx: &mut Cx, o: &Obj) -> Option<Self>;

    fn decode(cx: &mut Cx, v: &Value, path: &Path) -> Option<Self> {
        let o = cx.object(v, path, Self::DEF)?;
        let item = Self::fields(cx, &o);
        let keep = Self::check(cx, v, path, item.as_ref());
        item.filter(|_| keep)
    }
}

/// The rules across an object type's fields, hand-written in `decode/types.rs`.
pub(crate) trait Check: Sized {
    /// Whether a widget of this build shows the type (naravard-core's features): a one-widget
    /// wasm does not read, nor carry the code for, what its widget never shows (issue #14). Its
    /// bundled data files hold none of it (`common::shown`); in a `src` file it is skipped
    /// (the validator and the all-widgets build check it).
    const SERVED: bool = true;

    /// Checked after the fields are read (`item` is `None` when one of them was wrong);
    /// `false` leaves the item out.
    fn check(_cx: &mut Cx, _v: &Value, _path: &Path, _item: Option<&Self>) -> bool {
        true
    }
}

/// A closed set of values (`"level": "national"`): the strings the format allows, the
/// same list the schema's `enum` shows, and the model value each one stands for.
pub trait Choice: Sized + 'static {
    const SLUGS: &'static [&'static str];
    fn from_slug(s: &str) -> Option<Self>;
}

mod types;

#[cfg(test)]
mod tests;
