//! Everything the widgets know that needs no browser: the region data model, the JSON reader
//! and validator, the bundled datasets, search, dates and the language tables.
//! It tests natively with plain `cargo test`.

// The data file checker's command line (files and stdout): native tools only, not the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod common;
pub mod decode;
pub mod editor;
pub mod fardplan;
pub mod json;
pub mod kontakt;
pub mod malbild;
pub mod model;
pub mod packed;
pub mod registry;
pub mod rules;
pub mod schema;
pub mod search;

pub use model::*;
pub use registry::Registry;
