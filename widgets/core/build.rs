//! Strips the whitespace between the tokens of the bundled data files for the native tools
//! and tests (`registry::BUNDLED`); the files in `data/` stay readable. Strings are copied as
//! they are. The national data keeps only what the build's widgets show (the crate's
//! features). The wasm builds carry the national data packed instead (naravard-web's
//! `build.rs`).

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

// Only the national list is needed here.
#[allow(dead_code)]
#[path = "src/common/shown.rs"]
mod shown;

/// The members of the national data no widget of this build (the crate's features) shows.
fn unshown() -> Vec<&'static str> {
    let served: Vec<&str> = shown::WIDGETS
        .into_iter()
        .filter(|kind| std::env::var_os(format!("CARGO_FEATURE_{}", kind.to_uppercase())).is_some())
        .collect();
    let mut out: Vec<&'static str> = Vec::new();
    for kind in shown::WIDGETS {
        for &member in shown::national_unshown(kind) {
            let everywhere = served
                .iter()
                .all(|s| shown::national_unshown(s).contains(&member));
            if everywhere && !out.contains(&member) {
                out.push(member);
            }
        }
    }
    out
}

fn main() -> Result<(), Box<dyn Error>> {
    let out_dir = std::env::var("OUT_DIR")?;
    // The included files, beside the data: a change to either changes the output.
    println!("cargo:rerun-if-changed=src/json/minify.rs");
    println!("cargo:rerun-if-changed=src/common/shown.rs");
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
