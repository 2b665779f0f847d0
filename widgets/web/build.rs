//! Packs the national data (`naravard-core/data/national.json`) for the widgets this build
//! holds (its features): the wasm reads it without a JSON reader (`naravard_core::packed`).

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let source = Path::new("../core/data/national.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let kinds: Vec<&str> = naravard_core::common::shown::WIDGETS
        .into_iter()
        .filter(|kind| std::env::var_os(format!("CARGO_FEATURE_{}", kind.to_uppercase())).is_some())
        .collect();
    let text = std::fs::read_to_string(source)?;
    let packed = naravard_core::packed::pack_file(&text, &kinds)
        .map_err(|e| format!("{}: {e}", source.display()))?;
    std::fs::write(
        Path::new(&std::env::var("OUT_DIR")?).join("national.bin"),
        packed,
    )?;
    Ok(())
}
