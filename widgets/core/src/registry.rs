//! All regions a page knows: the bundled ones, plus whatever custom data files added.

use crate::decode::{self, parse_dataset, Problem};
use crate::json::Pos;
use crate::model::{Dataset, Municipality, National, Region, Text, UiText};

/// The national data (numbers, milestones, guide), as JSON, for the native tools and tests:
/// the wasm carries it packed (naravard-web's `build.rs`, `packed.rs`). `build.rs` copies
/// the data files from `data/` without the whitespace between tokens.
pub const NATIONAL: &str = include_str!(concat!(env!("OUT_DIR"), "/national.json"));

/// The bundled data files: (file name, text). Only the native tools and tests compile the
/// regions in; the kit ships them packed as `pkg/data/<region id>[.<widget>].bin` and
/// `naravard.js` fetches the ones a page names, beside the wasm (issue #14), so each file
/// holds one region whose id is its name.
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

    /// This registry with a packed file of bundled data added (`packed.rs`; checked in full
    /// when it was packed). Bundled data is whole, never an extension: its regions are
    /// added as they are (one the registry holds already stays as it is), and its national
    /// data, if any, replaces the registry's. So the one-widget builds need no `merge`.
    /// The error, for the console, says why the file cannot be used.
    pub fn with_packed(&self, bytes: &[u8]) -> Result<Registry, String> {
        let dataset = crate::packed::unpack(bytes)?;
        let mut registry = self.clone();
        for region in dataset.regions {
            if !registry.regions.iter().any(|r| r.id == region.id) {
                registry.regions.push(region);
            }
        }
        if let Some(national) = dataset.national {
            registry.national = national;
        }
        registry.texts.extend(dataset.texts);
        Ok(registry)
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
                    let lacks = region.missing_when_new();
                    for field in &lacks {
                        problems.push(missing(&path, field, "a new region"));
                    }
                    if lacks.is_empty() {
                        // Start empty and let `extend_region` add everything the file gives,
                        // so lists are taken once, not twice.
                        let mut fresh = Region {
                            id: region.id.clone(),
                            ..Region::default()
                        };
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
            self.national.overlay(national);
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

/// Adds `add` to `known` (the same region id): each field as its declaration says
/// (`Overlay`), the municipalities matched by id or code.
fn extend_region(known: &mut Region, mut add: Region, path: &str, problems: &mut Vec<Problem>) {
    let municipalities = std::mem::take(&mut add.municipalities);
    known.overlay(add);
    for (j, m) in municipalities.into_iter().enumerate() {
        let found = known
            .municipalities
            .iter_mut()
            .find(|k| k.id == m.id || (!m.code.is_empty() && k.code == m.code));
        match found {
            Some(k) => k.overlay(m),
            None => {
                let mpath = format!("{path}.municipalities[{j}]");
                let lacks = m.missing_when_new();
                for field in &lacks {
                    problems.push(missing(&mpath, field, "a new municipality"));
                }
                if lacks.is_empty() {
                    known.municipalities.push(m);
                }
            }
        }
    }
}

/// How a file that extends a known region changes what the kit knows, field by field. Every
/// object type has it from its declaration (`schema::data_types!`): a value the file gives
/// replaces the known one, a list adds to it, and the fields that say which item it is
/// (`Req::Yes`, such as `id`) stay.
pub(crate) trait Overlay: Sized {
    /// Whether the file gives this value (an empty name is one it leaves out).
    fn given(&self) -> bool {
        true
    }

    fn overlay(&mut self, add: Self) {
        if add.given() {
            *self = add;
        }
    }

    /// The fields a new item must have that this one leaves out (`Req::WhenNew`).
    fn missing_when_new(&self) -> Vec<&'static str> {
        Vec::new()
    }
}

impl<T> Overlay for Option<T> {
    fn given(&self) -> bool {
        self.is_some()
    }
}

impl<T> Overlay for Vec<T> {
    fn overlay(&mut self, add: Self) {
        self.extend(add);
    }
}

impl Overlay for String {
    fn given(&self) -> bool {
        !self.is_empty()
    }
}

impl Overlay for Text {
    fn given(&self) -> bool {
        !self.sv.is_empty()
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

/// A bundled data file without what the widget `kind` does not show (`common::shown`), and
/// minified: what a one-widget build reads, before it is packed (`packed::pack_file`).
#[cfg(not(target_arch = "wasm32"))]
pub fn data_file_for(text: &str, kind: &str) -> Result<String, String> {
    use crate::common::shown;
    use crate::json::{self, Kind, Member};
    fn drop(members: &mut Vec<Member>, unshown: &[&str]) {
        members.retain(|m| !unshown.contains(&m.key.as_str()));
    }
    fn object(member: Option<&mut Member>) -> Option<&mut Vec<Member>> {
        match &mut member?.value.kind {
            Kind::Object(members) => Some(members),
            _ => None,
        }
    }
    fn objects(list: Option<&mut Member>) -> impl Iterator<Item = &mut Vec<Member>> {
        let items = match list.map(|m| &mut m.value.kind) {
            Some(Kind::Array(items)) => items.as_mut_slice(),
            _ => &mut [],
        };
        items.iter_mut().filter_map(|item| match &mut item.kind {
            Kind::Object(members) => Some(members),
            _ => None,
        })
    }
    let mut root = json::parse(text).map_err(|e| e.to_string())?;
    let Kind::Object(top) = &mut root.kind else {
        return Err("a data file is an object".into());
    };
    if let Some(national) = object(top.iter_mut().find(|m| m.key == "national")) {
        drop(national, shown::national_unshown(kind));
    }
    for region in objects(top.iter_mut().find(|m| m.key == "regions")) {
        drop(region, shown::region_unshown(kind));
        for municipality in objects(region.iter_mut().find(|m| m.key == "municipalities")) {
            drop(municipality, shown::municipality_unshown(kind));
        }
        if let Some(malbild) = object(region.iter_mut().find(|m| m.key == "malbild")) {
            drop(malbild, shown::malbild_unshown(kind));
        }
    }
    if !shown::shows_source_names(kind) {
        swedish_source_names(&mut root);
    }
    let mut out = String::new();
    crate::editor::write::write_value(&root, &mut out);
    Ok(out)
}

/// Every `"source": {"name": {"sv": …, …}}` below `value` with its name's Swedish form alone.
#[cfg(not(target_arch = "wasm32"))]
fn swedish_source_names(value: &mut crate::json::Value) {
    use crate::json::Kind;
    match &mut value.kind {
        Kind::Array(items) => items.iter_mut().for_each(swedish_source_names),
        Kind::Object(members) => {
            for m in members.iter_mut() {
                if m.key == "source" {
                    if let Kind::Object(source) = &mut m.value.kind {
                        for field in source.iter_mut().filter(|f| f.key == "name") {
                            let sv = field.value.get("sv").cloned();
                            if let Some(sv) = sv {
                                field.value = sv;
                            }
                        }
                    }
                } else {
                    swedish_source_names(&mut m.value);
                }
            }
        }
        _ => {}
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

#[cfg(test)]
mod widget_file_tests {
    use super::*;

    /// `r` with every source's name in Swedish alone, as the finder's files keep them.
    fn swedish_source_names(mut r: Region) -> Region {
        fn name(s: &mut Option<crate::model::Source>) {
            if let Some(s) = s {
                s.name = Text::sv(s.name.sv.clone());
            }
        }
        fn contacts(cs: &mut [crate::model::Contact]) {
            cs.iter_mut().for_each(|c| name(&mut c.source));
        }
        contacts(&mut r.contacts);
        if let Some(p) = &mut r.programme {
            p.contact.iter_mut().for_each(|c| name(&mut c.source));
            name(&mut p.source);
        }
        for m in &mut r.municipalities {
            contacts(&mut m.contacts);
            m.minority_languages
                .iter_mut()
                .for_each(|a| name(&mut a.source));
            name(&mut m.source);
        }
        r.minority_languages
            .iter_mut()
            .for_each(|a| name(&mut a.source));
        r.guide.iter_mut().for_each(|g| name(&mut g.source));
        name(&mut r.source);
        r
    }

    fn region_of(text: &str) -> Region {
        let mut registry = Registry::default();
        assert_eq!(registry.load(text), vec![]);
        registry.regions.into_iter().next().unwrap()
    }

    /// Each widget's file of each bundled region reads without a problem, packed as from
    /// JSON, and holds exactly what the widget shows of the full file: the one-widget page
    /// shows the same.
    #[test]
    fn each_widget_file_holds_what_its_widget_shows() {
        for (_, text) in BUNDLED.iter().filter(|(name, _)| *name != "national.json") {
            let full = region_of(text);
            for kind in crate::common::shown::WIDGETS {
                let file = data_file_for(text, kind).unwrap();
                assert!(
                    file.len() < crate::json::minify::minify(text).len(),
                    "{kind}"
                );
                assert_eq!(region_of(&file), {
                    // What the one-widget build reads: the same file, packed.
                    let packed = crate::packed::pack_file(text, &[kind]).unwrap();
                    let registry = Registry::default().with_packed(&packed).unwrap();
                    registry.regions.into_iter().next().unwrap()
                });
                let region = region_of(&file);
                assert_eq!(
                    (&region.id, &region.name, &region.county),
                    (&full.id, &full.name, &full.county)
                );
                match kind {
                    "kontakt" => {
                        // The finder shows a source as its address, never its name.
                        let full = swedish_source_names(full.clone());
                        assert_eq!(region.municipalities, full.municipalities);
                        assert_eq!(region.contacts, full.contacts);
                        assert_eq!(region.guide, full.guide);
                        assert_eq!(region.programme, full.programme);
                        assert_eq!(region.minority_languages, full.minority_languages);
                        assert!(region.malbild.is_none() && region.milestones.is_empty());
                    }
                    "malbild" => {
                        assert_eq!(region.malbild, full.malbild);
                        let names = |r: &Region| {
                            r.municipalities
                                .iter()
                                .map(|m| m.name.clone())
                                .collect::<Vec<_>>()
                        };
                        assert_eq!(names(&region), names(&full));
                        assert!(region.municipalities.iter().all(|m| m.contacts.is_empty()));
                    }
                    "fardplan" => {
                        assert_eq!(region.milestones, full.milestones);
                        let period = |r: &Region| r.malbild.as_ref().map(|m| m.period);
                        assert_eq!(period(&region), period(&full));
                        assert!(region.municipalities.is_empty());
                    }
                    _ => unreachable!(),
                }
            }
        }
    }
}
