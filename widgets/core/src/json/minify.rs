//! JSON text without the whitespace between its tokens: fewer bytes for the data the kit
//! carries or serves, while the files in `data/` stay readable. Strings are copied as they
//! are. Std only, because `build.rs` includes this file too (one minifier for the wasm's
//! bundled data and for `pkg/data/`).

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

/// Minified `json` without the members named `drop` of the top-level object's member
/// `parent` (`"national": {"milestones": …}`): a one-widget wasm then carries none of the
/// national data its widget does not show (issue #14). `json` must be minified; text it
/// cannot follow is returned as it is.
pub fn without(json: &str, parent: &str, drop: &[&str]) -> String {
    let opening = ["\"", parent, "\":{"].concat();
    let Some(start) = json.find(&opening).map(|at| at + opening.len()) else {
        return json.to_owned();
    };
    let Some(members) = members(json, start) else {
        return json.to_owned();
    };
    let kept: Vec<&str> = members
        .iter()
        .filter(|(key, ..)| !drop.contains(key))
        .filter_map(|&(_, from, to)| json.get(from..to))
        .collect();
    let end = members.last().map_or(start, |&(.., to)| to);
    [
        json.get(..start).unwrap_or_default(),
        &kept.join(","),
        json.get(end..).unwrap_or_default(),
    ]
    .concat()
}

/// The members (key, and where its `"key":value` starts and ends) of the minified object whose
/// first member starts at `start`; `None` if the text is not what `minify` writes.
fn members(json: &str, start: usize) -> Option<Vec<(&str, usize, usize)>> {
    let bytes = json.as_bytes();
    let mut out = Vec::new();
    let mut at = start;
    while bytes.get(at) == Some(&b'"') {
        let key_end = string_end(bytes, at)?;
        let key = json.get(at + 1..key_end - 1)?;
        let mut depth = 0usize;
        let mut i = key_end + 1; // after the colon
        loop {
            match *bytes.get(i)? {
                b'"' => i = string_end(bytes, i)?,
                b'{' | b'[' => {
                    depth += 1;
                    i += 1;
                }
                b'}' | b']' if depth == 0 => break,
                b'}' | b']' => {
                    depth -= 1;
                    i += 1;
                }
                b',' if depth == 0 => break,
                _ => i += 1,
            }
        }
        out.push((key, at, i));
        at = if bytes.get(i) == Some(&b',') {
            i + 1
        } else {
            i
        };
    }
    Some(out)
}

/// The index after the string that starts (with its quote) at `at`.
fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    loop {
        match *bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_only_the_named_members_of_the_parent() {
        let json = minify(
            r#"{"schema": 1, "national": {"contacts": [{"a": "x,}\"]"}], "milestones": [[1], {"b": 2}], "guide": []}}"#,
        );
        assert_eq!(
            without(&json, "national", &["milestones"]),
            r#"{"schema":1,"national":{"contacts":[{"a":"x,}\"]"}],"guide":[]}}"#
        );
        assert_eq!(
            without(&json, "national", &["contacts", "guide"]),
            r#"{"schema":1,"national":{"milestones":[[1],{"b":2}]}}"#
        );
        assert_eq!(
            without(&json, "national", &["contacts", "milestones", "guide"]),
            r#"{"schema":1,"national":{}}"#
        );
        assert_eq!(without(&json, "national", &[]), json);
        assert_eq!(without(&json, "regions", &["guide"]), json);
    }
}
