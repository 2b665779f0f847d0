//! Strips the whitespace between the tokens of the bundled data files, so the wasm carries
//! their content and not their indentation (about 400 B brotli); the files in `data/` stay
//! readable. Strings are copied as they are.

use std::error::Error;
use std::path::Path;

const FILES: [&str; 4] = [
    "national.json",
    "vasternorrland.json",
    "jamtland-harjedalen.json",
    "vastra-gotaland.json",
];

fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

fn main() -> Result<(), Box<dyn Error>> {
    let out_dir = std::env::var("OUT_DIR")?;
    for name in FILES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)?;
        std::fs::write(Path::new(&out_dir).join(name), minify(&text))?;
    }
    Ok(())
}
