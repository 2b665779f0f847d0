//! Swedish alphabetical order, as a Swedish reader expects a list of names: å, ä, ö after z
//! (æ with ä, ø with ö), ü as y, and other accented letters with their base letter (é as e).
//! Case does not matter.

use crate::search::{fold, lower};

/// A sort key: compare the keys of two names to order them the Swedish way.
pub fn swedish_key(name: &str) -> Vec<u32> {
    name.chars()
        .map(lower)
        .map(|c| match c {
            'å' => u32::from('z') + 1,
            'ä' | 'æ' => u32::from('z') + 2,
            'ö' | 'ø' => u32::from('z') + 3,
            'ü' => u32::from('y'),
            // The folding of search: accents off (é → e), so letters sort with their base.
            c => fold(c.encode_utf8(&mut [0; 4]))
                .chars()
                .next()
                .map_or(u32::from(c), u32::from),
        })
        .collect()
}

/// Sorts names in Swedish order, keeping equal names in their order.
pub fn sort_swedish<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    crate::common::sort::sort_by_key(items, |item| swedish_key(name(item)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_order() {
        let mut names = [
            "Örebro",
            "Ystad",
            "Überby",
            "Zinkgruvan",
            "Ulricehamn",
            "Åre",
            "Älvdalen",
            "Eda",
            "Ésby",
            "Falun",
            "aneby",
        ];
        sort_swedish(&mut names, |n| n);
        assert_eq!(
            names,
            [
                "aneby",
                "Eda",
                "Ésby",
                "Falun",
                "Ulricehamn",
                "Überby",
                "Ystad",
                "Zinkgruvan",
                "Åre",
                "Älvdalen",
                "Örebro"
            ]
        );
    }

    /// The finder's list and the målbild's list of municipalities once sorted by two rules
    /// (ü as u in one, as y in the other); both now ask `swedish_key`.
    #[test]
    fn the_finder_and_the_malbild_list_municipalities_in_the_same_order() {
        use crate::kontakt::search::{Choice, Index};
        use crate::model::{Municipality, Region};
        let names = ["Ystad", "Überby", "Ulricehamn", "Åre", "Eda", "Ésby"];
        let region = Region {
            municipalities: names
                .iter()
                .enumerate()
                .map(|(i, n)| Municipality {
                    id: format!("k{i}"),
                    name: (*n).into(),
                    code: format!("{:04}", 1000 + i),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        let finder: Vec<&str> = Index::new(&region)
            .search("")
            .into_iter()
            .filter_map(|c| match c {
                Choice::Municipality(i) => Some(region.municipalities[i].name.as_str()),
                Choice::Region => None,
            })
            .collect();
        let malbild = crate::malbild::municipality_names(&region);
        assert_eq!(
            finder,
            ["Eda", "Ésby", "Ulricehamn", "Überby", "Ystad", "Åre"]
        );
        assert_eq!(malbild, finder);
    }
}
