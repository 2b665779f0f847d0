//! Reading a spreadsheet saved as CSV (Excel, LibreOffice): the text encoding (UTF-8 with or
//! without a byte order mark, or Windows-1252, which older Excel writes), the delimiter
//! (comma or semicolon; Swedish Excel writes semicolons) and quoted fields (RFC 4180, with
//! doubled quotes and line breaks inside quotes).

/// The largest CSV file read, in bytes; a list of contacts is a few kilobytes.
pub const MAX_CSV_BYTES: usize = 1024 * 1024;

/// How the bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Windows-1252 (Western European), converted to UTF-8.
    Windows1252,
}

/// Why a file cannot be read at all, as a key for the language tables and a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// Neither UTF-8 nor Windows-1252: a byte Windows-1252 leaves undefined, at this offset.
    UnknownEncoding(usize),
    /// A quoted field never ends; the record starts at this row (from 1).
    UnclosedQuote(usize),
}

/// Windows-1252's characters for bytes 0x80–0x9F (None where the code page has none); the
/// other bytes are the Unicode code points of the same number.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    None,
];

/// The bytes as text: UTF-8 (a byte order mark dropped) when they are valid UTF-8, else
/// Windows-1252. Text that is valid UTF-8 is never read as Windows-1252, because Windows-1252
/// text with å, ä or ö (single bytes above 0x7F) is almost never valid UTF-8.
pub fn decode_text(bytes: &[u8]) -> Result<(String, Encoding), FileError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(FileError::TooLarge);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Encoding::Utf8));
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    for (i, &b) in bytes.iter().enumerate() {
        let c = match b {
            0x80..=0x9F => CP1252_HIGH
                .get(usize::from(b - 0x80))
                .copied()
                .flatten()
                .ok_or(FileError::UnknownEncoding(i))?,
            _ => char::from(b),
        };
        text.push(c);
    }
    Ok((text, Encoding::Windows1252))
}

/// One record of the file: its row number in the spreadsheet (from 1, the header row being
/// row 1) and its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub row: usize,
    pub fields: Vec<String>,
}

/// The delimiter of the file: the one of `;` and `,` that occurs more often outside quotes on
/// the first line (the header), semicolon on a tie (the Swedish default).
pub fn detect_delimiter(text: &str) -> char {
    let mut quoted = false;
    let (mut semicolons, mut commas) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if commas > semicolons {
        ','
    } else {
        ';'
    }
}

/// Splits the text into records. Rows that are wholly empty are skipped, but still counted, so
/// row numbers match the spreadsheet's.
pub fn records(text: &str, delimiter: char) -> Result<Vec<Record>, FileError> {
    let mut out = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut row = 1;
    let mut start_row = 1;
    let mut chars = text.chars().peekable();
    let mut end_record = |fields: &mut Vec<String>, field: &mut String, row: usize| {
        fields.push(std::mem::take(field));
        let record = std::mem::take(fields);
        if record.iter().any(|f| !f.trim().is_empty()) {
            out.push(Record {
                row,
                fields: record,
            });
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    field.push('\n');
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            c if c == delimiter => fields.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                end_record(&mut fields, &mut field, start_row);
                row += 1;
                start_row = row;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(FileError::UnclosedQuote(start_row));
    }
    end_record(&mut fields, &mut field, start_row);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        records(text, detect_delimiter(text))
            .unwrap()
            .into_iter()
            .map(|r| r.fields)
            .collect()
    }

    #[test]
    fn semicolons_commas_and_quotes() {
        assert_eq!(
            rows("a;b;c\r\n1;\"två; tre\";\"sa \"\"hej\"\"\"\r\n"),
            vec![vec!["a", "b", "c"], vec!["1", "två; tre", "sa \"hej\""]]
        );
        assert_eq!(
            rows("a,b\n\"x, y\",z"),
            vec![vec!["a", "b"], vec!["x, y", "z"]]
        );
        // A semicolon file whose texts hold commas is still read by semicolons.
        assert_eq!(detect_delimiter("Roll;Telefon\nA, B;1"), ';');
    }

    #[test]
    fn line_breaks_inside_quotes_keep_row_numbers_of_the_spreadsheet() {
        let recs = records("h;i\n\"rad ett\ndel två\";x\n;\n\ny;z\n", ';').unwrap();
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[1].fields[0], "rad ett\ndel två");
        assert_eq!(recs[1].row, 2);
        // A record is a spreadsheet row even when its text spans lines; the empty rows 3
        // (";") and 4 are skipped but counted, so "y;z" is row 5, as in the spreadsheet.
        assert_eq!(recs[2].row, 5);
    }

    #[test]
    fn an_unclosed_quote_is_refused_with_its_row() {
        assert_eq!(
            records("a;b\nc;\"open\nd;e\n", ';'),
            Err(FileError::UnclosedQuote(2))
        );
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = "Roll;Ämne\nÅre;ö".as_bytes();
        assert_eq!(
            decode_text(plain).unwrap(),
            ("Roll;Ämne\nÅre;ö".into(), Encoding::Utf8)
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(plain);
        assert_eq!(decode_text(&bom).unwrap().0, "Roll;Ämne\nÅre;ö");
    }

    #[test]
    fn windows_1252_is_detected_and_converted() {
        // "Åre – hemtjänst €" in Windows-1252.
        let bytes = b"\xC5re \x96 hemtj\xE4nst \x80";
        assert_eq!(
            decode_text(bytes).unwrap(),
            ("Åre – hemtjänst €".into(), Encoding::Windows1252)
        );
    }

    #[test]
    fn bytes_neither_encoding_knows_are_refused() {
        assert_eq!(decode_text(b"ok\x81"), Err(FileError::UnknownEncoding(2)));
        assert_eq!(
            decode_text(&vec![b'a'; MAX_CSV_BYTES + 1]),
            Err(FileError::TooLarge)
        );
    }
}
