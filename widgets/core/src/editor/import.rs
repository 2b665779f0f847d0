//! Contacts from a spreadsheet: each row of the CSV file becomes a contact in the data format,
//! checked by the decoder on its own, so a row with a problem is listed with its row number and
//! column and no row is dropped without a word.

use super::csv::{self, Encoding, FileError};
use super::messages::translate;
use super::texts::{import_texts, COLUMNS};
use super::write_str;
use crate::decode::parse_dataset;
use crate::model::Lang;

/// A problem with one row (or, with `row` 0, with the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    /// The column's header as the file writes it; empty for the whole row.
    pub column: String,
    pub message: String,
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Import {
    pub encoding: Option<Encoding>,
    /// The delimiter found, `;` or `,`.
    pub delimiter: Option<char>,
    /// The data rows read (not counting the header or empty rows).
    pub rows: usize,
    /// Each good row as a contact object in the data format (JSON text), with its row number.
    pub contacts: Vec<(usize, String)>,
    pub problems: Vec<RowProblem>,
}

/// The CSV template: a byte order mark (so Excel reads it as UTF-8), the header row in the
/// chosen language, separated by semicolons as Swedish Excel expects.
pub fn template(lang: Lang) -> String {
    let headers: Vec<&str> = COLUMNS
        .iter()
        .map(|(_, sv, en)| if lang == Lang::En { *en } else { *sv })
        .collect();
    format!("\u{feff}{}\r\n", headers.join(";"))
}

fn file_problem(message: String, lang: Lang) -> Import {
    Import {
        problems: vec![RowProblem {
            row: 0,
            column: String::new(),
            message,
            lang,
        }],
        ..Import::default()
    }
}

/// The field a header names (Swedish or English header, or the field name), ignoring case.
fn column_key(header: &str) -> Option<&'static str> {
    let h = header.trim().to_lowercase();
    COLUMNS
        .iter()
        .find(|(key, sv, en)| h == *key || h == sv.to_lowercase() || h == en.to_lowercase())
        .map(|(key, _, _)| *key)
}

/// Reads the file's bytes into contacts and row problems; messages in `lang`.
pub fn import_csv(bytes: &[u8], lang: Lang) -> Import {
    let t = import_texts(lang);
    let (text, encoding) = match csv::decode_text(bytes) {
        Ok(x) => x,
        Err(FileError::TooLarge) => return file_problem(t.too_large.into(), lang),
        Err(FileError::UnknownEncoding(at)) => {
            return file_problem(format!("{} {}.", t.unknown_encoding, at + 1), lang)
        }
        Err(FileError::UnclosedQuote(row)) => {
            return file_problem(format!("{} {row}.", t.unclosed_quote), lang)
        }
    };
    let delimiter = csv::detect_delimiter(&text);
    let records = match csv::records(&text, delimiter) {
        Ok(r) => r,
        Err(FileError::UnclosedQuote(row)) => {
            return file_problem(format!("{} {row}.", t.unclosed_quote), lang)
        }
        Err(_) => return file_problem(t.no_header.into(), lang),
    };
    let mut records = records.into_iter();
    let Some(header) = records.next() else {
        return file_problem(t.no_header.into(), lang);
    };
    let mut keys: Vec<&'static str> = Vec::new();
    let mut problems = Vec::new();
    for name in &header.fields {
        match column_key(name) {
            Some(key) if keys.contains(&key) => {
                problems.push(format!("{} \"{}\".", t.repeated_column, name.trim()))
            }
            Some(key) => keys.push(key),
            None => {
                let known: Vec<&str> = COLUMNS
                    .iter()
                    .map(|(_, sv, en)| if lang == Lang::En { *en } else { *sv })
                    .collect();
                problems.push(format!(
                    "{} \"{}\"; {}: {}.",
                    t.unknown_column,
                    name.trim(),
                    t.known_columns,
                    known.join(", ")
                ));
            }
        }
    }
    if problems.is_empty() && !keys.contains(&"role") {
        problems.push(t.missing_role_column.into());
    }
    if !problems.is_empty() {
        let mut import = file_problem(String::new(), lang);
        import.problems = problems
            .into_iter()
            .map(|message| RowProblem {
                row: header.row,
                column: String::new(),
                message,
                lang,
            })
            .collect();
        return import;
    }
    let mut import = Import {
        encoding: Some(encoding),
        delimiter: Some(delimiter),
        ..Import::default()
    };
    for record in records {
        import.rows += 1;
        if record.fields.len() > keys.len() {
            import.problems.push(RowProblem {
                row: record.row,
                column: String::new(),
                message: format!(
                    "{} {} {} {}.",
                    t.too_many_fields,
                    record.fields.len(),
                    t.more_fields_than,
                    keys.len()
                ),
                lang,
            });
            continue;
        }
        let contact = contact_json(&keys, &record.fields);
        let doc = format!("{{\"schema\":1,\"national\":{{\"contacts\":[{contact}]}}}}");
        match parse_dataset(&doc) {
            Ok(_) => import.contacts.push((record.row, contact)),
            Err(found) => {
                for p in found {
                    let rest = p.path.strip_prefix("national.contacts[0]").unwrap_or("");
                    let field = rest.trim_start_matches('.');
                    let field = field.split(['.', '[']).next().unwrap_or("");
                    let key = match (field, rest.contains(".url")) {
                        ("source", true) => "source_url",
                        ("source", false) => "source_name",
                        (f, _) => f,
                    };
                    let column = keys
                        .iter()
                        .position(|k| *k == key)
                        .and_then(|i| header.fields.get(i))
                        .map_or(String::new(), |h| h.trim().to_string());
                    let (message, lang) = translate(&p.message, lang);
                    import.problems.push(RowProblem {
                        row: record.row,
                        column,
                        message,
                        lang,
                    });
                }
            }
        }
    }
    import
}

/// A contact object from a row's cells; empty cells are left out. Topics are one per line in
/// the cell, or separated by `|`.
fn contact_json(keys: &[&str], fields: &[String]) -> String {
    let cell = |key: &str| -> &str {
        keys.iter()
            .position(|k| *k == key)
            .and_then(|i| fields.get(i))
            .map_or("", |s| s.trim())
    };
    let mut out = String::from("{");
    let mut first = true;
    let mut field = |out: &mut String, key: &str| {
        if !first {
            out.push(',');
        }
        first = false;
        write_str(key, out);
        out.push(':');
    };
    for key in [
        "role",
        "phone",
        "email",
        "web",
        "opening_hours",
        "phone_hours",
    ] {
        let value = cell(key);
        if !value.is_empty() {
            field(&mut out, key);
            write_str(value, &mut out);
        }
    }
    let topics: Vec<&str> = cell("topics")
        .split(['\n', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if !topics.is_empty() {
        field(&mut out, "topics");
        out.push('[');
        for (i, topic) in topics.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(topic, &mut out);
        }
        out.push(']');
    }
    let verified = cell("verified");
    if !verified.is_empty() {
        field(&mut out, "verified");
        write_str(verified, &mut out);
    }
    let (name, url) = (cell("source_name"), cell("source_url"));
    if !name.is_empty() || !url.is_empty() {
        field(&mut out, "source");
        out.push('{');
        let mut inner = Vec::new();
        if !name.is_empty() {
            let mut s = String::from("\"name\":");
            write_str(name, &mut s);
            inner.push(s);
        }
        if !url.is_empty() {
            let mut s = String::from("\"url\":");
            write_str(url, &mut s);
            inner.push(s);
        }
        out.push_str(&inner.join(","));
        out.push('}');
    }
    out.push('}');
    out
}

/// The import as JSON for the page: `{"encoding", "delimiter", "rows", "contacts": [{"row",
/// "contact"}], "problems": [{"row", "column", "message", "lang"}]}`.
pub fn import_json(import: &Import) -> String {
    let mut out = String::from("{\"encoding\":");
    match import.encoding {
        Some(Encoding::Utf8) => out.push_str("\"utf-8\""),
        Some(Encoding::Windows1252) => out.push_str("\"windows-1252\""),
        None => out.push_str("null"),
    }
    out.push_str(",\"delimiter\":");
    match import.delimiter {
        Some(d) => write_str(&d.to_string(), &mut out),
        None => out.push_str("null"),
    }
    out.push_str(&format!(",\"rows\":{},\"contacts\":[", import.rows));
    for (i, (row, contact)) in import.contacts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("{{\"row\":{row},\"contact\":{contact}}}"));
    }
    out.push_str("],\"problems\":[");
    for (i, p) in import.problems.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("{{\"row\":{},\"column\":", p.row));
        write_str(&p.column, &mut out);
        out.push_str(",\"message\":");
        write_str(&p.message, &mut out);
        out.push_str(",\"lang\":");
        write_str(p.lang.tag(), &mut out);
        out.push('}');
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    const HEADER: &str = "Vad kontakten gäller;Telefon;E-post;Webb;Öppettider;Telefontider;Ämnen;Kontrollerad;Källa;Källans adress";

    #[test]
    fn semicolon_file_with_swedish_letters_becomes_contacts() {
        let text = format!(
            "\u{feff}{HEADER}\r\nBiståndshandläggare;060-19 10 00;;;;Vardagar 8–10;\"Hemtjänst\nAnhörigstöd\";2026-03-01;Kommunens webbplats;https://www.sundsvall.se\r\n"
        );
        let import = import_csv(text.as_bytes(), Lang::Sv);
        assert_eq!(import.problems, vec![]);
        assert_eq!(import.encoding, Some(Encoding::Utf8));
        assert_eq!(import.delimiter, Some(';'));
        assert_eq!(import.rows, 1);
        let (row, contact) = &import.contacts[0];
        assert_eq!(*row, 2);
        let v = parse(contact).unwrap();
        let s = |p: &str| match v.at(p).map(|x| &x.kind) {
            Some(crate::json::Kind::String(s)) => s.clone(),
            _ => String::new(),
        };
        assert_eq!(s("role"), "Biståndshandläggare");
        assert_eq!(s("phone_hours"), "Vardagar 8–10");
        assert_eq!(s("topics[1]"), "Anhörigstöd");
        assert_eq!(s("source.url"), "https://www.sundsvall.se");
        assert!(v.get("email").is_none(), "empty cells are left out");
        let json = import_json(&import);
        assert!(parse(&json).is_ok(), "{json}");
    }

    #[test]
    fn comma_file_with_english_headers_from_windows_1252() {
        // "Hemtjänst" with ä as the single byte 0xE4.
        let bytes = b"role,Phone,Source\r\nHemtj\xE4nsten,0611-34 80 00,Kommunen\r\n";
        let import = import_csv(bytes, Lang::Sv);
        assert_eq!(import.problems, vec![]);
        assert_eq!(import.encoding, Some(Encoding::Windows1252));
        assert!(import.contacts[0].1.contains("Hemtjänsten"));
    }

    #[test]
    fn broken_rows_are_listed_by_row_and_column_and_good_rows_kept() {
        let text = format!(
            "{HEADER}\nA;12;;;;;;;;\n\nB;;inte-en-adress;;;;;2026-02-30;;\nC;1177\nD;;;;;;;;;;extra\n;1177\n"
        );
        let import = import_csv(text.as_bytes(), Lang::Sv);
        assert_eq!(import.rows, 5);
        assert_eq!(import.contacts.len(), 1);
        assert_eq!(import.contacts[0].0, 5);
        let rows: Vec<(usize, &str)> = import
            .problems
            .iter()
            .map(|p| (p.row, p.column.as_str()))
            .collect();
        assert!(rows.contains(&(2, "Telefon")), "{rows:?}");
        assert!(rows.contains(&(4, "E-post")), "{rows:?}");
        assert!(rows.contains(&(4, "Kontrollerad")), "{rows:?}");
        assert!(rows.contains(&(6, "")), "{rows:?}");
        assert!(rows.contains(&(7, "Vad kontakten gäller")), "{rows:?}");
        assert!(
            import.problems.iter().all(|p| p.lang == Lang::Sv),
            "{:?}",
            import.problems
        );
        // Every data row is either a contact or has a problem: none is lost silently.
        let mut accounted: Vec<usize> = import.contacts.iter().map(|c| c.0).collect();
        accounted.extend(import.problems.iter().map(|p| p.row));
        for row in [2, 4, 5, 6, 7] {
            assert!(accounted.contains(&row), "row {row}");
        }
    }

    #[test]
    fn files_that_cannot_be_read_are_refused_with_a_reason() {
        let unknown = import_csv(b"Vad kontakten g\xE4ller;Telefon\n\x81;1", Lang::Sv);
        assert_eq!(unknown.contacts, vec![]);
        assert!(unknown.problems[0]
            .message
            .contains("varken UTF-8 eller Windows-1252"));
        let columns = import_csv("Roll;Telefon\nA;1177".as_bytes(), Lang::Sv);
        assert!(columns.problems[0]
            .message
            .starts_with("Okänd kolumn \"Roll\""));
        assert_eq!(columns.rows, 0);
        let empty = import_csv(b"", Lang::En);
        assert!(empty.problems[0].message.contains("empty"));
        let no_role = import_csv(b"Telefon\n1177", Lang::Sv);
        assert!(no_role.problems[0].message.contains("saknas"));
    }

    #[test]
    fn the_template_has_every_column_and_reads_back() {
        let sv = template(Lang::Sv);
        assert!(sv.starts_with('\u{feff}'));
        assert_eq!(sv.trim_start_matches('\u{feff}').trim_end(), HEADER);
        let import = import_csv(sv.as_bytes(), Lang::Sv);
        assert_eq!((import.problems.len(), import.rows), (0, 0));
        assert!(template(Lang::En).contains("What the contact is for;Phone"));
    }
}
