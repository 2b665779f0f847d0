//! JSON text without the whitespace between its tokens: fewer bytes for the data the kit
//! carries or serves, while the files in `data/` stay readable. Strings are copied as they
//! are. Std only, because `build.rs` includes this file too (one minifier for the native
//! tools' bundled data and for `pkg/data/`).

pub fn minify(json: &str) -> String {
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
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
