//! The decoder's types: one method per object type of the format (`schema::ALL`), reading
//! each field with the primitive readers in `decode` and building the model.

use super::*;

impl Cx {
    pub(super) fn dataset(&mut self, v: &Value) -> Dataset {
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
