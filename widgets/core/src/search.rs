//! Matching names the way people type them: without caring about case, diacritics or spaces.
//! (The finder's ranked search will grow here.)

/// Folds a string for comparison: lowercase, diacritics removed (å, ä → a; ö → o; é → e;
/// ü → u …), runs of whitespace made one space, and trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'ā' | 'ą' => out.push('a'),
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' | 'ō' | 'ő' => out.push('o'),
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => out.push('e'),
            'ü' | 'ú' | 'ù' | 'û' | 'ū' | 'ű' => out.push('u'),
            'í' | 'ì' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ç' | 'č' | 'ć' => out.push('c'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ý' | 'ÿ' => out.push('y'),
            'š' | 'ś' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            'ď' => out.push('d'),
            'ť' => out.push('t'),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            'þ' => out.push_str("th"),
            'ð' => out.push('d'),
            c => out.push(c),
        }
    }
    out
}

/// Whether a folded query is found in a folded text (an empty query matches everything).
pub fn matches(haystack_folded: &str, query_folded: &str) -> bool {
    haystack_folded.contains(query_folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_swedish_and_more() {
        assert_eq!(fold("  ÖRNSKÖLDSVIK "), "ornskoldsvik");
        assert_eq!(fold("Åre"), "are");
        assert_eq!(fold("Lilla \t  Edet"), "lilla edet");
        assert_eq!(fold("Härjedalen"), "harjedalen");
        assert_eq!(fold("Café Müller"), "cafe muller");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn matches_substrings() {
        assert!(matches(&fold("Örnsköldsvik"), &fold("skold")));
        assert!(!matches(&fold("Sundsvall"), &fold("umea")));
    }
}
