//! Matching names the way people type them: without caring about case, diacritics or spaces.
//! (The finder's ranked search is `kontakt::search`.)

/// Folds a string for comparison: lowercase, diacritics removed (å, ä → a; ö → o; é → e;
/// ü → u …), runs of whitespace made one space, and trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().map(lower) {
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

/// Lower-cases one character: ASCII, Latin-1 and Latin Extended-A, which hold every letter
/// of Swedish and its neighbours; other characters are kept as they are. (Hand-written:
/// `char::to_lowercase` pulls Unicode's case tables, kilobytes, into the wasm.)
pub fn lower(c: char) -> char {
    let n = c as u32;
    let lowered = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => n + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        _ => n,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// `s` lower-cased with [`lower`].
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
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
    fn lower_agrees_with_unicode_for_latin_letters() {
        for c in (0u32..0x180).filter_map(char::from_u32) {
            if c == '\u{130}' {
                continue;
            }
            let unicode: Vec<char> = c.to_lowercase().collect();
            assert_eq!(vec![lower(c)], unicode, "{c:?}");
        }
        assert_eq!(lowercase("ÅÄÖ Éü Ÿ"), "åäö éü ÿ");
    }
}
