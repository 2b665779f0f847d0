//! Pieces every widget uses: the shared language table, attribute reading and the parts of
//! the widgets' contracts they share.
pub mod attrs;
pub mod config;
pub mod contract;
pub mod contrast;
pub mod shown;
// The files generated from the contracts: native tools and tests only.
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
pub mod sort;
pub mod table;
pub mod texts;
