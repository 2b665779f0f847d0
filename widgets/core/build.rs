//! Strips the whitespace between the tokens of the bundled data files, so the wasm carries
//! their content and not their indentation (about 400 B brotli); the files in `data/` stay
//! readable. Strings are copied as they are. The national data keeps only what the build's
//! widgets show (the crate's features): the finder's wasm carries no national milestones, the
//! roadmap's no national contacts or guide.

use std::error::Error;
use std::path::Path;

const FILES: [&str; 4] = [
    "national.json",
    "vasternorrland.json",
    "jamtland-harjedalen.json",
    "vastra-gotaland.json",
];

#[path = "src/json/minify.rs"]
mod minify;

/// The members of the national data no widget of this build shows.
fn unshown() -> Vec<&'static str> {
    let on = |feature: &str| std::env::var_os(format!("CARGO_FEATURE_{feature}")).is_some();
    let mut out = Vec::new();
    if !on("KONTAKT") {
        out.extend(["contacts", "guide"]);
    }
    if !on("FARDPLAN") {
        out.push("milestones");
    }
    out
}

fn main() -> Result<(), Box<dyn Error>> {
    let out_dir = std::env::var("OUT_DIR")?;
    for name in FILES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let mut text = minify::minify(&std::fs::read_to_string(&path)?);
        if name == "national.json" {
            text = minify::without(&text, "national", &unshown());
        }
        std::fs::write(Path::new(&out_dir).join(name), text)?;
    }
    Ok(())
}
