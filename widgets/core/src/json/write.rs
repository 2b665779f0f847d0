//! Writing JSON: the kit's generated files (the JSON Schema, the Custom Elements Manifest) are
//! built as [`Out`] values and written here, pretty-printed with two spaces.

/// A JSON value to write. Object members keep their order.
pub enum Out {
    Str(String),
    Num(i64),
    Bool(bool),
    Arr(Vec<Out>),
    Obj(Vec<(String, Out)>),
}

/// A string value.
pub fn string(v: &str) -> Out {
    Out::Str(v.to_owned())
}

/// An object from (key, value) pairs, in their order.
pub fn object(members: Vec<(&str, Out)>) -> Out {
    Out::Obj(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// How arrays of strings and numbers are written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// On one line, `["a", "b"]`: compact for the schema's `enum` and `required` lists.
    InlineScalars,
    /// One item a line, exactly as `JSON.stringify(value, null, 2)`.
    Stringify,
}

/// `v` pretty-printed, with a final newline.
pub fn pretty(v: &Out, style: Style) -> String {
    let mut out = String::new();
    write(v, style, 0, &mut out);
    out.push('\n');
    out
}

fn write(v: &Out, style: Style, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.push_str(&" ".repeat(n));
    // Writes `items` one a line between `open` and `close`, each by `item`.
    let block =
        |out: &mut String, open: char, close: char, n: usize, item: &dyn Fn(usize, &mut String)| {
            if n == 0 {
                out.push(open);
                out.push(close);
                return;
            }
            out.push(open);
            out.push('\n');
            for i in 0..n {
                pad(indent + 2, out);
                item(i, out);
                out.push_str(if i + 1 < n { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push(close);
        };
    match v {
        Out::Str(x) => super::write_string(x, out),
        Out::Num(n) => out.push_str(&n.to_string()),
        Out::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Out::Arr(items)
            if style == Style::InlineScalars
                && items.iter().all(|i| matches!(i, Out::Str(_) | Out::Num(_))) =>
        {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(item, style, indent, out);
            }
            out.push(']');
        }
        Out::Arr(items) => block(out, '[', ']', items.len(), &|i, out| {
            if let Some(item) = items.get(i) {
                write(item, style, indent + 2, out);
            }
        }),
        Out::Obj(members) => block(out, '{', '}', members.len(), &|i, out| {
            if let Some((k, item)) = members.get(i) {
                super::write_string(k, out);
                out.push_str(": ");
                write(item, style, indent + 2, out);
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_styles() {
        let v = Out::Obj(vec![
            (
                "a".into(),
                Out::Arr(vec![Out::Str("x".into()), Out::Num(1)]),
            ),
            ("b".into(), Out::Arr(vec![])),
            ("c".into(), Out::Obj(vec![("d".into(), Out::Bool(true))])),
        ]);
        assert_eq!(
            pretty(&v, Style::InlineScalars),
            "{\n  \"a\": [\"x\", 1],\n  \"b\": [],\n  \"c\": {\n    \"d\": true\n  }\n}\n"
        );
        assert_eq!(
            pretty(&v, Style::Stringify),
            "{\n  \"a\": [\n    \"x\",\n    1\n  ],\n  \"b\": [],\n  \"c\": {\n    \"d\": true\n  }\n}\n"
        );
    }
}
