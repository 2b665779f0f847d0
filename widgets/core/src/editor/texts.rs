//! The data editor's texts that come from the wasm (CSV import), Swedish first. The page's own
//! labels live in `examples/editor.html`, as the snippet builder's do.

use crate::model::Lang;

pub struct ImportTexts {
    pub too_large: &'static str,
    /// Before the byte number (counted from 1).
    pub unknown_encoding: &'static str,
    /// Before the row number.
    pub unclosed_quote: &'static str,
    pub no_header: &'static str,
    /// Before the header's text.
    pub unknown_column: &'static str,
    /// Before the column names.
    pub known_columns: &'static str,
    /// Before the column name.
    pub repeated_column: &'static str,
    pub missing_role_column: &'static str,
    /// Before the number of fields the row has, then `more_fields_than`, then the header's count.
    pub too_many_fields: &'static str,
    pub more_fields_than: &'static str,
}

pub const SV: ImportTexts = ImportTexts {
    too_large: "Filen är större än 1 MB. En lista med kontakter brukar vara några kB; kontrollera att det är rätt fil.",
    unknown_encoding: "Filen är varken UTF-8 eller Windows-1252. Spara den som \"CSV UTF-8\" i Excel eller LibreOffice och försök igen. Första okända tecknet är byte",
    unclosed_quote: "Ett citattecken (\") öppnas men stängs aldrig, från rad",
    no_header: "Filen är tom. Första raden ska ha kolumnernas namn, som i mallen.",
    unknown_column: "Okänd kolumn",
    known_columns: "kolumnerna kan heta",
    repeated_column: "Kolumnen finns två gånger:",
    missing_role_column: "Kolumnen \"Vad kontakten gäller\" saknas. Utgå från mallen.",
    too_many_fields: "Raden har",
    more_fields_than: "fält, men rubrikraden har bara",
};

pub const EN: ImportTexts = ImportTexts {
    too_large: "The file is larger than 1 MB. A list of contacts is usually a few kB; check that it is the right file.",
    unknown_encoding: "The file is neither UTF-8 nor Windows-1252. Save it as \"CSV UTF-8\" in Excel or LibreOffice and try again. The first unknown character is byte",
    unclosed_quote: "A quotation mark (\") opens but never closes, from row",
    no_header: "The file is empty. The first row should name the columns, as in the template.",
    unknown_column: "Unknown column",
    known_columns: "columns can be named",
    repeated_column: "The column appears twice:",
    missing_role_column: "The column \"What the contact is for\" is missing. Start from the template.",
    too_many_fields: "The row has",
    more_fields_than: "fields, but the header row has only",
};

pub fn import_texts(lang: Lang) -> &'static ImportTexts {
    // The editor's page is Swedish or English; any other choice gets Swedish.
    match lang {
        Lang::En => &EN,
        _ => &SV,
    }
}

/// The CSV template's columns: the data format's field, and the header in Swedish and English.
/// Either header (or the field name itself) is accepted when a file is read.
pub const COLUMNS: &[(&str, &str, &str)] = &[
    ("role", "Vad kontakten gäller", "What the contact is for"),
    ("phone", "Telefon", "Phone"),
    ("email", "E-post", "E-mail"),
    ("web", "Webb", "Web"),
    ("opening_hours", "Öppettider", "Opening hours"),
    ("phone_hours", "Telefontider", "Phone hours"),
    ("topics", "Ämnen", "Topics"),
    ("verified", "Kontrollerad", "Checked"),
    ("source_name", "Källa", "Source"),
    ("source_url", "Källans adress", "Source address"),
];
