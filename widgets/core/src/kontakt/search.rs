//! The finder's ranked search over a region's municipalities (and the region itself).
//! Names are folded once, when the index is built, so each keystroke is one pass over short
//! strings: O(n) in the number of municipalities, whatever the number of contacts.

use crate::common::sort::{sort_by, sort_by_key};
use crate::model::Region;
use crate::rules::collate::swedish_key;
use crate::search::fold;

/// What the resident can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// The region as a whole (its own contacts and the programme's).
    Region,
    /// A municipality, by its position in `Region::municipalities`.
    Municipality(usize),
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    choice: Choice,
    /// Folded names to match: a municipality's name; the region's name and its county.
    names: Vec<String>,
    code: String,
}

/// The folded search index of one region, built once per region.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Index {
    entries: Vec<Entry>,
}

/// How well an entry matches; lower is better. Names rank before codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
    CodeExact,
    CodePrefix,
}

impl Index {
    /// The region first, then its municipalities in Swedish alphabetical order (å, ä, ö last).
    pub fn new(region: &Region) -> Index {
        let mut entries = Vec::with_capacity(region.municipalities.len() + 1);
        let mut region_names = vec![fold(&region.name.sv), fold(&region.county.sv)];
        for text in [&region.name.en, &region.county.en].into_iter().flatten() {
            region_names.push(fold(text));
        }
        region_names.retain(|n| !n.is_empty());
        region_names.dedup();
        entries.push(Entry {
            choice: Choice::Region,
            names: region_names,
            code: region.county_code.trim().to_owned(),
        });
        let mut municipalities: Vec<(Vec<u32>, usize)> = region
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| (swedish_key(&m.name), i))
            .collect();
        sort_by(&mut municipalities, Ord::cmp);
        for (_, i) in municipalities {
            if let Some(m) = region.municipalities.get(i) {
                entries.push(Entry {
                    choice: Choice::Municipality(i),
                    names: vec![fold(&m.name)],
                    code: m.code.trim().to_owned(),
                });
            }
        }
        Index { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The choices matching `query`, best first; all of them, in order, for an empty query.
    pub fn search(&self, query: &str) -> Vec<Choice> {
        let q = fold(query);
        if q.is_empty() {
            return self.entries.iter().map(|e| e.choice).collect();
        }
        let mut hits: Vec<(Rank, usize, Choice)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, e)| rank(e, &q).map(|r| (r, order, e.choice)))
            .collect();
        // Stable order within a rank: the index order (region first, then alphabetical).
        sort_by_key(&mut hits, |&(r, order, _)| (r, order));
        hits.into_iter().map(|(_, _, c)| c).collect()
    }
}

fn rank(entry: &Entry, q: &str) -> Option<Rank> {
    let by_name = entry.names.iter().filter_map(|n| rank_name(n, q)).min();
    by_name.or_else(|| {
        if entry.code.is_empty() {
            None
        } else if entry.code == q {
            Some(Rank::CodeExact)
        } else if entry.code.starts_with(q) {
            Some(Rank::CodePrefix)
        } else {
            None
        }
    })
}

fn rank_name(name: &str, q: &str) -> Option<Rank> {
    if name == q {
        Some(Rank::Exact)
    } else if name.starts_with(q) {
        Some(Rank::Prefix)
    } else if name.match_indices(q).any(|(at, _)| {
        name.get(..at)
            .is_some_and(|before| before.ends_with([' ', '-']))
    }) {
        Some(Rank::WordPrefix)
    } else if name.contains(q) {
        Some(Rank::Substring)
    } else {
        None
    }
}

/// The municipality an editor named (the `kommun` attribute, a data file's reference): by
/// four-digit code first, then by slug or name, ignoring case, diacritics and the difference
/// between a space and a hyphen, so "2284", "ornskoldsvik", "Örnsköldsvik", "ÖRNSKÖLDSVIK"
/// and "lilla edet" all work. The kit's one municipality lookup (`Region::municipality` too).
pub fn find_municipality(region: &Region, wanted: &str) -> Option<usize> {
    let wanted = wanted.trim();
    if wanted.is_empty() {
        return None;
    }
    let all = &region.municipalities;
    if let Some(i) = all.iter().position(|m| m.code == wanted) {
        return Some(i);
    }
    let folded = fold(wanted);
    let as_slug = folded.replace(' ', "-");
    all.iter()
        .position(|m| m.id == as_slug || fold(&m.name) == folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Municipality, Text};

    fn region() -> Region {
        let m = |id: &str, name: &str, code: &str| Municipality {
            id: id.into(),
            name: name.into(),
            code: code.into(),
            ..Default::default()
        };
        Region {
            id: "vasternorrland".into(),
            name: Text::sv("Region Västernorrland"),
            county: Text::sv("Västernorrland"),
            county_code: "22".into(),
            municipalities: vec![
                m("sundsvall", "Sundsvall", "2281"),
                m("ornskoldsvik", "Örnsköldsvik", "2284"),
                m("harnosand", "Härnösand", "2280"),
                m("ange", "Ånge", "2260"),
                m("timra", "Timrå", "2262"),
                m("kramfors", "Kramfors", "2282"),
                m("solleftea", "Sollefteå", "2283"),
            ],
            ..Default::default()
        }
    }

    fn names(region: &Region, choices: &[Choice]) -> Vec<String> {
        choices
            .iter()
            .map(|c| match c {
                Choice::Region => "REGION".to_owned(),
                Choice::Municipality(i) => region.municipalities[*i].name.clone(),
            })
            .collect()
    }

    #[test]
    fn empty_query_lists_region_then_swedish_order() {
        let r = region();
        let all = Index::new(&r).search("  ");
        assert_eq!(
            names(&r, &all),
            [
                "REGION",
                "Härnösand",
                "Kramfors",
                "Sollefteå",
                "Sundsvall",
                "Timrå",
                "Ånge",
                "Örnsköldsvik"
            ]
        );
    }

    #[test]
    fn diacritics_case_and_code() {
        let r = region();
        let index = Index::new(&r);
        assert_eq!(names(&r, &index.search("ornsk")), ["Örnsköldsvik"]);
        assert_eq!(names(&r, &index.search("ÖRNSKÖLDSVIK")), ["Örnsköldsvik"]);
        assert_eq!(names(&r, &index.search("2284")), ["Örnsköldsvik"]);
        assert_eq!(names(&r, &index.search("ange")), ["Ånge"]);
    }

    #[test]
    fn ranking_prefix_before_substring_and_names_before_codes() {
        let r = region();
        let index = Index::new(&r);
        // "s": Sollefteå and Sundsvall start with it; Härnösand, Kramfors … contain it.
        let s = names(&r, &index.search("s"));
        assert_eq!(&s[..2], ["Sollefteå", "Sundsvall"]);
        assert!(s.contains(&"Härnösand".to_owned()));
        // "228": only codes match, exact before prefix is covered by "2284" above.
        let codes = names(&r, &index.search("228"));
        assert_eq!(
            codes,
            [
                "Härnösand",
                "Kramfors",
                "Sollefteå",
                "Sundsvall",
                "Örnsköldsvik"
            ]
        );
        // "22" is the county code: the region matches exactly, before the code prefixes.
        assert_eq!(names(&r, &index.search("22"))[0], "REGION");
        // The region by its county name.
        assert_eq!(names(&r, &index.search("västernorrland")), ["REGION"]);
        assert_eq!(names(&r, &index.search("region v")), ["REGION"]);
    }

    #[test]
    fn word_prefix_before_substring() {
        let mut r = region();
        r.municipalities.push(Municipality {
            id: "lilla-edet".into(),
            name: "Lilla Edet".into(),
            code: "1462".into(),
            ..Default::default()
        });
        r.municipalities.push(Municipality {
            id: "bredet".into(),
            name: "Bredeta".into(),
            code: "9999".into(),
            ..Default::default()
        });
        let index = Index::new(&r);
        assert_eq!(names(&r, &index.search("edet")), ["Lilla Edet", "Bredeta"]);
        assert!(index.search("xyz").is_empty());
    }

    #[test]
    fn kommun_attribute_by_slug_code_or_name() {
        let r = region();
        assert_eq!(find_municipality(&r, "ornskoldsvik"), Some(1));
        assert_eq!(find_municipality(&r, "2284"), Some(1));
        assert_eq!(find_municipality(&r, " örnsköldsvik "), Some(1));
        assert_eq!(find_municipality(&r, "Umeå"), None);
        // What `Region::municipality` (the other lookup there used to be) also found.
        assert_eq!(find_municipality(&r, "ORNSKOLDSVIK"), Some(1));
        assert_eq!(find_municipality(&r, "Härnösand"), Some(2));
        let mut r = r;
        r.municipalities.push(Municipality {
            id: "lilla-edet".into(),
            name: "Lilla Edet".into(),
            code: "1462".into(),
            ..Default::default()
        });
        assert_eq!(find_municipality(&r, "lilla edet"), Some(7));
        assert_eq!(find_municipality(&r, "LILLA-EDET"), Some(7));
        assert_eq!(
            r.municipality("lilla edet").map(|m| m.code.as_str()),
            Some("1462")
        );
        assert_eq!(find_municipality(&r, ""), None);
    }

    #[test]
    fn scales_to_every_municipality_of_sweden() {
        let mut r = region();
        r.municipalities = (0..290)
            .map(|i| Municipality {
                id: format!("k{i}"),
                name: format!("Kommun {i}"),
                code: format!("{:04}", 1000 + i),
                ..Default::default()
            })
            .collect();
        let index = Index::new(&r);
        assert_eq!(index.len(), 291);
        assert_eq!(index.search("kommun 12").len(), 11);
    }
}
