//! Strips the whitespace between the tokens of the bundled data files for the native tools
//! and tests (`registry::BUNDLED`); the files in `data/` stay readable. Strings are copied as
//! they are. (The wasm builds carry the national data packed: naravard-web's `build.rs`.)

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

fn main() -> Result<(), Box<dyn Error>> {
    let out_dir = std::env::var("OUT_DIR")?;
    // The included file, beside the data: a change to it changes the output.
    println!("cargo:rerun-if-changed=src/json/minify.rs");
    for name in FILES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)?;
        std::fs::write(Path::new(&out_dir).join(name), minify::minify(&text))?;
    }
    Ok(())
}
