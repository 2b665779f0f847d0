//! All regions a page knows: the bundled ones, plus whatever custom data files added.

use crate::decode::{self, parse_dataset, Problem};
use crate::json::Pos;
use crate::model::{Dataset, Municipality, National, Region, UiText};

/// The national data (numbers, milestones, guide): small and used by every widget, so the
/// wasm carries it. `build.rs` copies the data files from `data/` without the whitespace
/// between tokens.
pub const NATIONAL: &str = include_str!(concat!(env!("OUT_DIR"), "/national.json"));

/// The bundled data files: (file name, text). Only the native tools and tests compile the
/// regions in; the kit ships them as `pkg/data/<region id>.json` and `naravard.js` fetches
/// the ones a page names, beside the wasm (issue #14), so each file holds one region whose id
/// is its name.
pub const BUNDLED: [(&str, &str); 4] = [
    ("national.json", NATIONAL),
    (
        "vasternorrland.json",
        include_str!(concat!(env!("OUT_DIR"), "/vasternorrland.json")),
    ),
    (
        "jamtland-harjedalen.json",
        include_str!(concat!(env!("OUT_DIR"), "/jamtland-harjedalen.json")),
    ),
    (
        "vastra-gotaland.json",
        include_str!(concat!(env!("OUT_DIR"), "/vastra-gotaland.json")),
    ),
];

/// The ids of the bundled regions, in `BUNDLED` order, for editor messages in the kit, which
/// holds only the regions its page has fetched (a native test keeps this in step).
pub const REGION_IDS: [&str; 3] = ["vasternorrland", "jamtland-harjedalen", "vastra-gotaland"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Registry {
    pub regions: Vec<Region>,
    pub national: National,
    /// Interface strings in other languages from data files; a later file's string wins.
    pub texts: Vec<UiText>,
}

impl Registry {
    /// The datasets compiled into the kit. Never panics: a file with problems is skipped
    /// (the native tests make sure none has any).
    pub fn bundled() -> Registry {
        let mut registry = Registry::default();
        for (_, text) in BUNDLED {
            if let Ok(dataset) = parse_dataset(text) {
                let _ = registry.merge(dataset);
            }
        }
        registry
    }

    /// Only the national data: what the wasm starts with before `load` adds the regions a
    /// page names.
    pub fn national() -> Registry {
        let mut registry = Registry::default();
        if let Ok(dataset) = parse_dataset(NATIONAL) {
            let _ = registry.merge(dataset);
        }
        registry
    }

    /// The region with this id (ignoring case and surrounding spaces).
    pub fn region(&self, id: &str) -> Option<&Region> {
        let id = id.trim();
        self.regions.iter().find(|r| r.id.eq_ignore_ascii_case(id))
    }

    /// Reads a custom data file and adds it (`parse_dataset` then `merge`). Returns every
    /// problem, with positions; on problems, nothing is added.
    pub fn load(&mut self, text: &str) -> Vec<Problem> {
        let dataset = match parse_dataset(text) {
            Ok(d) => d,
            Err(problems) => return problems,
        };
        let mut trial = self.clone();
        let mut problems = trial.merge(dataset);
        if problems.is_empty() {
            *self = trial;
        } else {
            decode::locate(text, &mut problems);
        }
        problems
    }

    /// Adds a dataset: a new region is appended; a known region id is extended (scalar fields
    /// given override, lists are appended, municipalities matched by id or code are updated,
    /// new ones appended). Returns the fields a new region or municipality lacks (without
    /// positions; see `decode::locate`); such a region or municipality is left out.
    pub fn merge(&mut self, dataset: Dataset) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (i, region) in dataset.regions.into_iter().enumerate() {
            let path = format!("regions[{i}]");
            match self.regions.iter_mut().find(|r| r.id == region.id) {
                Some(known) => extend_region(known, region, &path, &mut problems),
                None => {
                    let before = problems.len();
                    // Start empty and let `extend_region` add everything the file gives, so
                    // lists are taken once, not twice.
                    let mut fresh = Region {
                        id: region.id.clone(),
                        ..Region::default()
                    };
                    for (field, empty) in [
                        ("name", region.name.sv.is_empty()),
                        ("county", region.county.sv.is_empty()),
                        ("county_code", region.county_code.is_empty()),
                    ] {
                        if empty {
                            problems.push(missing(&path, field, "a new region"));
                        }
                    }
                    if problems.len() == before {
                        extend_region(&mut fresh, region, &path, &mut problems);
                        self.regions.push(fresh);
                    }
                }
            }
        }
        for text in dataset.texts {
            self.texts
                .retain(|t| !(t.lang == text.lang && t.key == text.key));
            self.texts.push(text);
        }
        if let Some(national) = dataset.national {
            self.national.contacts.extend(national.contacts);
            self.national.milestones.extend(national.milestones);
            self.national.guide.extend(national.guide);
        }
        problems
    }
}

fn missing(path: &str, field: &str, what: &str) -> Problem {
    Problem::new(
        format!("{path}.{field}"),
        Pos::default(),
        format!(
            "the field {} is required for {what}",
            crate::decode::quote(field)
        ),
    )
}

/// Adds `add` to `known` (the same region id).
fn extend_region(known: &mut Region, add: Region, path: &str, problems: &mut Vec<Problem>) {
    if !add.name.sv.is_empty() {
        known.name = add.name;
    }
    if !add.county.sv.is_empty() {
        known.county = add.county;
    }
    if !add.county_code.is_empty() {
        known.county_code = add.county_code;
    }
    if add.website.is_some() {
        known.website = add.website;
    }
    if add.programme.is_some() {
        known.programme = add.programme;
    }
    if add.malbild.is_some() {
        known.malbild = add.malbild;
    }
    if add.source.is_some() {
        known.source = add.source;
    }
    known.contacts.extend(add.contacts);
    known.minority_languages.extend(add.minority_languages);
    known.milestones.extend(add.milestones);
    known.guide.extend(add.guide);
    for (j, m) in add.municipalities.into_iter().enumerate() {
        let found = known
            .municipalities
            .iter_mut()
            .find(|k| k.id == m.id || (!m.code.is_empty() && k.code == m.code));
        match found {
            Some(k) => {
                if !m.name.is_empty() {
                    k.name = m.name;
                }
                if !m.code.is_empty() {
                    k.code = m.code;
                }
                if m.website.is_some() {
                    k.website = m.website;
                }
                if m.source.is_some() {
                    k.source = m.source;
                }
                k.contacts.extend(m.contacts);
                k.minority_languages.extend(m.minority_languages);
            }
            None => {
                let mpath = format!("{path}.municipalities[{j}]");
                let before = problems.len();
                if m.name.is_empty() {
                    problems.push(missing(&mpath, "name", "a new municipality"));
                }
                if m.code.is_empty() {
                    problems.push(missing(&mpath, "code", "a new municipality"));
                }
                if problems.len() == before {
                    known.municipalities.push(m);
                }
            }
        }
    }
}

impl Region {
    /// Finds a municipality by slug, by four-digit code or by name, ignoring case and
    /// diacritics: "ornskoldsvik", "2284", "Örnsköldsvik" and "ÖRNSKÖLDSVIK" all work.
    pub fn municipality(&self, query: &str) -> Option<&Municipality> {
        // The one lookup, the one the finder uses for `kommun`.
        let i = crate::kontakt::search::find_municipality(self, query)?;
        self.municipalities.get(i)
    }
}

#[cfg(test)]
mod new_region_tests {
    use super::*;

    #[test]
    fn a_new_region_from_a_file_has_each_list_item_once() {
        let mut registry = Registry::default();
        let problems = registry.load(
            r#"{"schema": 1, "regions": [{"id": "provlan", "name": "Region Prov", "county": "Prov",
                "county_code": "98",
                "contacts": [{"role": "Växel", "web": "https://example.org", "source": "test"}],
                "milestones": [{"date": "2024", "title": "A", "source": "test"},
                               {"date": "2025", "title": "B", "source": "test"}],
                "municipalities": [{"id": "provby", "name": "Provby", "code": "9801", "source": "test"}]}]}"#,
        );
        assert_eq!(problems, vec![]);
        let region = registry.region("provlan").unwrap();
        assert_eq!(region.name.sv, "Region Prov");
        assert_eq!(region.county_code, "98");
        assert_eq!(region.milestones.len(), 2);
        assert_eq!(region.contacts.len(), 1);
        assert_eq!(region.municipalities.len(), 1);
    }
}
