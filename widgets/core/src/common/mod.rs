//! Pieces every widget uses: the shared language table and attribute reading.
pub mod attrs;
pub mod contrast;
pub mod sort;
pub mod table;
pub mod texts;
