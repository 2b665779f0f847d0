//! The generated JSON Schema: valid JSON, and the checked-in file up to date.

use super::*;

#[test]
fn schema_is_valid_json() {
    let text = json_schema();
    let v = crate::json::parse(&text).unwrap();
    assert!(v.get("$defs").unwrap().get("region").is_some());
}

#[test]
fn checked_in_schema_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/data/naravard-data.schema.json");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == json_schema(),
        "{} is out of date; regenerate it with:\n  cargo run -p naravard-core --bin naravard-validate -- --schema > examples/data/naravard-data.schema.json",
        path.display()
    );
}
