//! The data editor's wasm (`pkg/editor/`): thin exports over `naravard_core::editor`, so the
//! page checks what an editor types with exactly the rules the widgets use. It is a module of
//! its own so none of this adds to the widgets' download. Results cross to JavaScript as JSON
//! text, which keeps the glue small and the shapes documented in one place (`core::editor`).

use naravard_core::editor::{self, import};
use naravard_core::Lang;
use wasm_bindgen::prelude::*;

fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or_default()
}

/// Every problem in a data file, checked on top of the bundled data as the widgets read it:
/// `[{"path", "line", "column", "message", "lang"}]`; `[]` when the widgets will load it.
#[wasm_bindgen]
pub fn validate(text: &str, lang_tag: &str) -> String {
    editor::problems_json(&editor::validate(text, lang(lang_tag)))
}

/// The bundled regions and their municipalities, for the pickers.
#[wasm_bindgen]
pub fn regions() -> String {
    editor::regions_json()
}

/// What the kit already has for a municipality: `{"municipality": {…}, "milestones": […]}` in
/// the data format, or an empty string for an unknown one.
#[wasm_bindgen]
pub fn bundled(region: &str, kommun: &str) -> String {
    editor::bundled_municipality(region, kommun).unwrap_or_default()
}

/// Contacts from a CSV file's bytes: `{"encoding", "delimiter", "rows", "contacts": [{"row",
/// "contact"}], "problems": [{"row", "column", "message", "lang"}]}`.
#[wasm_bindgen]
pub fn import_csv(bytes: &[u8], lang_tag: &str) -> String {
    import::import_json(&import::import_csv(bytes, lang(lang_tag)))
}

/// The CSV template (with a byte order mark, semicolons), headers in the page's language.
#[wasm_bindgen]
pub fn csv_template(lang_tag: &str) -> String {
    import::template(lang(lang_tag))
}
