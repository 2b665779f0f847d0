//! Minifies the widgets' stylesheets into `OUT_DIR`, so the wasm carries no CSS comments or
//! layout whitespace (issue #14). The sources stay readable and commented.

use std::path::Path;

const SHEETS: [&str; 4] = [
    "shared/base.css",
    "malbild/malbild.css",
    "kontakt/kontakt.css",
    "fardplan/fardplan.css",
];

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    for sheet in SHEETS {
        let source = Path::new("src").join(sheet);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source).unwrap_or_default();
        let name = Path::new(sheet).file_name().unwrap_or_default();
        if std::fs::write(Path::new(&out).join(name), minify(&text)).is_err() {
            println!("cargo:warning=could not write the minified {sheet}");
        }
    }
}

/// Drops comments and collapses whitespace outside strings; no space is kept next to
/// `{`, `}`, `;` or `,`, where CSS never needs one.
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for d in chars.by_ref() {
                if last == '*' && d == '/' {
                    break;
                }
                last = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}
