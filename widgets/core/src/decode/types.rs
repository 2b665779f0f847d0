//! What the declaration in `schema.rs` cannot say: the file's top level (its version, its
//! regions, interface strings in other languages), ids that must be unique, and each type's
//! rules across fields (`Check`). The fields themselves are read by the code
//! `schema::data_types!` generates.

use super::*;

impl Cx {
    pub(super) fn dataset(&mut self, v: &Value) -> Dataset {
        let mut ds = Dataset {
            schema: SCHEMA_VERSION,
            ..Dataset::default()
        };
        let Some(o) = self.object(v, &Path::Root, &schema::DATASET) else {
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
        ds.regions = self.many(&o, "regions", &Region::decode);
        let ids: Vec<&str> = ds.regions.iter().map(|r| r.id.as_str()).collect();
        self.unique(v, &Path::Root, "regions", &ids, "id", "region id");
        ds.national = self.opt(&o, "national", &National::decode);
        if let Some((v, p)) = self.get(&o, "texts") {
            ds.texts = self.ui_texts(v, &p);
        }
        ds
    }

    /// `"texts": {"fi": {"kontakt.heading": "…"}}`: interface strings in other languages.
    fn ui_texts(&mut self, v: &Value, path: &Path) -> Vec<UiText> {
        let mut out = Vec::new();
        let Some(langs) = self.members(v, path, "key") else {
            return out;
        };
        for l in langs {
            let lang_path = Path::Field(path, &l.key);
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
            let Some(strings) = self.members(&l.value, &lang_path, "key") else {
                continue;
            };
            for k in strings {
                let key_path = Path::Field(&lang_path, &k.key);
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

    /// Reports values of `field` that appear twice in the list `list` of the object `parent`
    /// (whose path is `parent_path`).
    fn unique(
        &mut self,
        parent: &Value,
        parent_path: &Path,
        list: &str,
        values: &[&str],
        field: &str,
        what: &str,
    ) {
        let list_path = Path::Field(parent_path, list);
        for (i, val) in values.iter().enumerate() {
            let earlier = values.iter().take(i).filter(|e| *e == val).count();
            if !val.is_empty() && earlier > 0 {
                // Items that failed to decode are left out, so find the item by its value.
                let (path, pos) = find_item_with(parent, &list_path, list, field, val, earlier + 1)
                    .unwrap_or_else(|| (list_path.spell(), parent.pos));
                let message = format!(
                    "the {what} {} is used twice; each must be unique",
                    quote(val)
                );
                self.problems.push(Problem::new(path, pos, message));
            }
        }
    }

    /// Reports municipality ids and codes used twice in the region `v`. Read from the JSON
    /// (the items whose id is valid, as the decoder keeps them), so it is said even when
    /// another field of the region is wrong.
    fn municipality_uniques(&mut self, v: &Value, path: &Path) {
        let items = match v.get("municipalities").map(|l| &l.kind) {
            Some(Kind::Array(items)) => items.as_slice(),
            _ => &[],
        };
        fn valid<'v>(it: &'v Value, field: &str, ok: &dyn Fn(&str) -> bool) -> &'v str {
            match it.get(field).map(|x| &x.kind) {
                Some(Kind::String(s)) if ok(s) => s,
                _ => "",
            }
        }
        let mut ids = Vec::new();
        let mut codes = Vec::new();
        for it in items {
            let id = valid(it, "id", &is_slug);
            if !id.is_empty() {
                ids.push(id);
                codes.push(valid(it, "code", &|s| is_digits(s, 4)));
            }
        }
        let list = "municipalities";
        self.unique(v, path, list, &ids, "id", "municipality id");
        self.unique(v, path, list, &codes, "code", "municipality code");
    }
}

// The rules across fields. The fields themselves are read by the code `schema::data_types!`
// generates from the declaration.

// What each widget shows (`Check::SERVED`): the finder the contacts, the guide and the
// municipalities; the målbild its målbild and the municipalities' names; the roadmap the
// milestones and the målbild's period.
const KONTAKT: bool = cfg!(feature = "kontakt");
const MALBILD: bool = cfg!(feature = "malbild");
const FARDPLAN: bool = cfg!(feature = "fardplan");

impl Check for National {}
impl Check for Programme {
    const SERVED: bool = KONTAKT;
}
impl Check for Municipality {
    const SERVED: bool = KONTAKT || MALBILD;
}
impl Check for MinorityArea {
    const SERVED: bool = KONTAKT;
}
impl Check for Link {
    const SERVED: bool = MALBILD;
}
impl Check for Malbild {
    const SERVED: bool = MALBILD || FARDPLAN;
}
impl Check for GuideEntry {
    const SERVED: bool = KONTAKT;
}

impl Check for Region {
    fn check(cx: &mut Cx, v: &Value, path: &Path, _: Option<&Self>) -> bool {
        cx.municipality_uniques(v, path);
        true
    }
}

impl Check for Contact {
    const SERVED: bool = KONTAKT;

    fn check(cx: &mut Cx, v: &Value, path: &Path, _: Option<&Self>) -> bool {
        // Read from the JSON, so it is said even when another field is wrong.
        let reachable = ["email", "phone", "web"]
            .iter()
            .any(|k| v.get(k).is_some_and(|x| x.kind != Kind::Null));
        if !reachable {
            cx.report(
                path,
                v.pos,
                "a contact needs at least one of \"email\", \"phone\" and \"web\"",
            );
        }
        true
    }
}

impl Check for Period {
    fn check(cx: &mut Cx, v: &Value, path: &Path, item: Option<&Self>) -> bool {
        match item {
            Some(&Period { from, to }) if from > to => {
                cx.report(
                    &Path::Field(path, "to"),
                    v.get("to").map_or(v.pos, |t| t.pos),
                    format!("the period ends ({to}) before it starts ({from})"),
                );
                false
            }
            _ => true,
        }
    }
}

impl Check for Trait {
    const SERVED: bool = MALBILD;

    fn check(cx: &mut Cx, v: &Value, path: &Path, item: Option<&Self>) -> bool {
        let national =
            matches!(v.get("scope").map(|s| &s.kind), Some(Kind::String(s)) if s == "national");
        let sourced = match item {
            Some(t) => t.source.is_some(),
            None => v.get("source").is_some_and(|s| s.kind != Kind::Null),
        };
        // National content in a county's målbild is only honest with the source that says so.
        if national && !sourced {
            cx.report(
                path,
                v.pos,
                "a trait with \"scope\": \"national\" needs a \"source\"",
            );
        }
        true
    }
}

impl Check for Milestone {
    const SERVED: bool = FARDPLAN;

    fn check(cx: &mut Cx, v: &Value, path: &Path, _: Option<&Self>) -> bool {
        // Read from the JSON with the decoder's own rule, so it is said even when another
        // field (the title, say) is wrong.
        let date = |key| match v.get(key).map(|x| &x.kind) {
            Some(Kind::String(s)) => parse_partial_date(s),
            _ => None,
        };
        if let (Some(start), Some(end)) = (date("date"), date("end")) {
            if first_year(&end) < first_year(&start) {
                cx.report(
                    &Path::Field(path, "end"),
                    v.get("end").map_or(v.pos, |x| x.pos),
                    "the milestone ends before it starts",
                );
            }
        }
        true
    }
}

/// The first year a partial date touches, for ordering checks.
fn first_year(d: &PartialDate) -> i32 {
    match d {
        PartialDate::Year(y) | PartialDate::Season(y, _) | PartialDate::Month(y, _) => *y,
        PartialDate::Day(d) => d.year,
    }
}

/// Finds the `n`-th item (counting from 1) of the list `list` of `parent` whose `field` is
/// `val`, returning the path and position of that field.
fn find_item_with(
    parent: &Value,
    list_path: &Path,
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
                .then(|| (Path::Field(&Path::Item(list_path, i), field).spell(), f.pos))
        })
        .nth(n.saturating_sub(1))
}
