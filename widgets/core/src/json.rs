//! A JSON reader (RFC 8259) that keeps the line and column of every value, for editor-friendly
//! errors. It is small on purpose (it ships in the wasm bundle) and never panics: the input
//! size and the nesting depth are capped, so hostile input gives an error, not a crash.

use std::fmt;

/// The largest input `parse` accepts, in bytes (2 MiB). A data file is a few kilobytes.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// The deepest nesting of arrays and objects `parse` accepts.
pub const MAX_DEPTH: usize = 64;

/// A place in the text: line and column, both counted from 1. Columns count characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// A JSON value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub kind: Kind,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Members in the order written; duplicate keys are kept (the decoder reports them).
    Object(Vec<Member>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_pos: Pos,
    pub value: Value,
}

/// Why the text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub pos: Pos,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.pos.line, self.pos.column, self.message
        )
    }
}

impl Kind {
    /// The JSON name of the value's type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool(_) => "a boolean",
            Kind::Number(_) => "a number",
            Kind::String(_) => "a string",
            Kind::Array(_) => "an array",
            Kind::Object(_) => "an object",
        }
    }
}

impl Value {
    /// The member `key` of an object (the first, if it is written twice).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match &self.kind {
            Kind::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.value),
            _ => None,
        }
    }

    /// The value at a path such as `regions[0].municipalities[3].name`, if there is one (the
    /// data editor reads its form's answers with it).
    pub fn at(&self, path: &str) -> Option<&Value> {
        let mut here = self;
        for step in path.split('.').filter(|s| !s.is_empty()) {
            let (name, rest) = match step.find('[') {
                Some(i) => (step.get(..i)?, step.get(i..)?),
                None => (step, ""),
            };
            if !name.is_empty() {
                here = here.get(name)?;
            }
            for index in rest.split(['[', ']']).filter(|s| !s.is_empty()) {
                let i: usize = index.parse().ok()?;
                here = match &here.kind {
                    Kind::Array(items) => items.get(i)?,
                    _ => return None,
                };
            }
        }
        Some(here)
    }

    /// The position of the deepest value along a path such as `regions[0].municipalities[3].name`;
    /// where the path leaves the document, the position of the last value that exists.
    pub fn locate(&self, path: &str) -> Pos {
        let mut here = self;
        for step in path.split('.').filter(|s| !s.is_empty()) {
            let (name, rest) = match step.find('[') {
                Some(i) => (step.get(..i).unwrap_or(""), step.get(i..).unwrap_or("")),
                None => (step, ""),
            };
            if !name.is_empty() {
                match here.get(name) {
                    Some(v) => here = v,
                    None => return here.pos,
                }
            }
            for index in rest.split(['[', ']']).filter(|s| !s.is_empty()) {
                let item = match (&here.kind, index.parse::<usize>()) {
                    (Kind::Array(items), Ok(i)) => items.get(i),
                    _ => None,
                };
                match item {
                    Some(v) => here = v,
                    None => return here.pos,
                }
            }
        }
        here.pos
    }
}

/// Reads a whole JSON text (a leading byte order mark is ignored).
pub fn parse(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error {
            pos: Pos { line: 1, column: 1 },
            message: format!(
                "the file is {} bytes; the limit is {} bytes (2 MiB)",
                text.len(),
                MAX_INPUT_BYTES
            ),
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        column: 1,
    };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.at < p.bytes.len() {
        return Err(p.error("unexpected text after the end of the JSON value"));
    }
    Ok(value)
}

/// Reads a decimal number such as `-12`, `0.5` or `2.5e3` (an optional sign, digits with an
/// optional fraction, an optional exponent). Exact for integers and for short decimals, which
/// is all the data holds; a huge exponent gives infinity. (Hand-written: `str::parse::<f64>`
/// brings a 10 KB table of powers of five into the wasm.)
pub fn parse_number(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (rest.get(..i)?, Some(rest.get(i + 1..)?)),
        None => (rest, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    // Up to 19 significant digits fit a u64; later digits only move the decimal exponent.
    let mut mantissa: u64 = 0;
    let mut exp: i64 = 0;
    let mut digits = 0;
    for (b, in_fraction) in whole
        .bytes()
        .map(|b| (b, false))
        .chain(fraction.bytes().map(|b| (b, true)))
    {
        if !b.is_ascii_digit() {
            return None;
        }
        if digits < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if mantissa > 0 {
                digits += 1;
            }
            exp -= i64::from(in_fraction);
        } else {
            exp += i64::from(!in_fraction);
        }
    }
    if let Some(e) = exponent {
        let (e_negative, e_digits) = match e.as_bytes().first() {
            Some(b'-') => (true, e.get(1..)?),
            Some(b'+') => (false, e.get(1..)?),
            _ => (false, e),
        };
        if e_digits.is_empty() || !e_digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Anything past 9,999 is far beyond f64's range either way.
        let e_value = e_digits
            .bytes()
            .fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(9_999));
        exp += if e_negative { -e_value } else { e_value };
    }
    let mut scale = 1.0f64;
    for _ in 0..exp.unsigned_abs().min(400) {
        scale *= 10.0;
    }
    let magnitude = if mantissa == 0 {
        0.0
    } else if exp < 0 {
        mantissa as f64 / scale
    } else {
        mantissa as f64 * scale
    };
    Some(if negative { -magnitude } else { magnitude })
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    line: u32,
    column: u32,
}

impl Parser<'_> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.column,
        }
    }

    fn error(&self, message: &str) -> Error {
        Error {
            pos: self.pos(),
            message: message.to_string(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        if b == b'\n' {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else if b & 0xC0 != 0x80 {
            // Count characters, not bytes: UTF-8 continuation bytes do not move the column.
            self.column = self.column.saturating_add(1);
        }
        Some(b)
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    fn expect_word(&mut self, word: &str, kind: Kind, pos: Pos) -> Result<Value, Error> {
        for &w in word.as_bytes() {
            if self.peek() != Some(w) {
                return Err(self.error(&format!("expected `{word}`")));
            }
            self.bump();
        }
        Ok(Value { kind, pos })
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        let pos = self.pos();
        match self.peek() {
            None => Err(self.error("unexpected end of the text; a value was expected")),
            Some(b'{') => self.object(depth + 1, pos),
            Some(b'[') => self.array(depth + 1, pos),
            Some(b'"') => Ok(Value {
                kind: Kind::String(self.string()?),
                pos,
            }),
            Some(b't') => self.expect_word("true", Kind::Bool(true), pos),
            Some(b'f') => self.expect_word("false", Kind::Bool(false), pos),
            Some(b'n') => self.expect_word("null", Kind::Null, pos),
            Some(b'-' | b'0'..=b'9') => self.number(pos),
            Some(_) => Err(self.error("unexpected character; a value was expected")),
        }
    }

    fn enter(&self, depth: usize) -> Result<(), Error> {
        if depth > MAX_DEPTH {
            Err(self.error(&format!(
                "arrays and objects are nested too deeply (more than {MAX_DEPTH} levels)"
            )))
        } else {
            Ok(())
        }
    }

    /// The items of an array or object, each read by `item`, from the opening bracket up to
    /// `close` (`]` or `}`); `unclosed` is the error when neither `,` nor `close` follows one.
    fn items<T>(
        &mut self,
        depth: usize,
        close: u8,
        unclosed: &str,
        item: impl Fn(&mut Self) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        self.enter(depth)?;
        self.bump();
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(close) {
            self.bump();
            return Ok(items);
        }
        loop {
            self.skip_ws();
            items.push(item(self)?);
            self.skip_ws();
            match self.bump() {
                Some(b',') => continue,
                Some(c) if c == close => break,
                _ => return Err(self.error(unclosed)),
            }
        }
        Ok(items)
    }

    fn array(&mut self, depth: usize, pos: Pos) -> Result<Value, Error> {
        let items = self.items(depth, b']', "expected `,` or `]` in the array", |p| {
            p.value(depth)
        })?;
        Ok(Value {
            kind: Kind::Array(items),
            pos,
        })
    }

    fn object(&mut self, depth: usize, pos: Pos) -> Result<Value, Error> {
        let members = self.items(depth, b'}', "expected `,` or `}` in the object", |p| {
            let key_pos = p.pos();
            if p.peek() != Some(b'"') {
                return Err(p.error("expected a field name in double quotes"));
            }
            let key = p.string()?;
            p.skip_ws();
            if p.bump() != Some(b':') {
                return Err(p.error("expected `:` after the field name"));
            }
            p.skip_ws();
            let value = p.value(depth)?;
            Ok(Member {
                key,
                key_pos,
                value,
            })
        })?;
        Ok(Value {
            kind: Kind::Object(members),
            pos,
        })
    }

    fn number(&mut self, pos: Pos) -> Result<Value, Error> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                self.bump();
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit after the decimal point"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit in the exponent"));
            }
            self.digits();
        }
        let text = self
            .bytes
            .get(start..self.at)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        match parse_number(text) {
            Some(n) if n.is_finite() => Ok(Value {
                kind: Kind::Number(n),
                pos,
            }),
            _ => Err(Error {
                pos,
                message: "the number is too large".to_string(),
            }),
        }
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b) => (b as char).to_digit(16),
                None => None,
            };
            match d {
                Some(d) => {
                    n = n * 16 + d;
                    self.bump();
                }
                None => return Err(self.error("expected four hex digits after `\\u`")),
            }
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.bump(); // the opening quote
        let mut out = String::new();
        loop {
            // A run of plain characters is copied at once (most strings are one run): byte
            // by byte, the reader was the slowest part of a widget's start.
            let start = self.at;
            let mut chars = 0u32;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                chars += u32::from(b & 0xC0 != 0x80);
                self.at += 1;
            }
            self.column = self.column.saturating_add(chars);
            // The run ends at an ASCII byte or the end, so it is whole characters.
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("the text ends inside a string; a `\"` is missing")),
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.bump();
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.bump();
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error("unknown escape sequence in the string")),
                    };
                    self.bump();
                    out.push(c);
                }
                Some(_) => {
                    return Err(self.error(
                        "control character (such as a line break or tab) inside a string; write it as an escape such as \\n",
                    ))
                }
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.peek() != Some(b'\\') {
                return Err(self.error("a lone surrogate in a `\\u` escape"));
            }
            self.bump();
            if self.peek() != Some(b'u') {
                return Err(self.error("a lone surrogate in a `\\u` escape"));
            }
            self.bump();
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("a lone surrogate in a `\\u` escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("a lone surrogate in a `\\u` escape"))
    }
}

/// Writes `v` as a JSON string literal, escaped as `JSON.stringify` does: the kit's one JSON
/// string writer (the schema, the manifest and the tests' documents use it).
pub fn write_string(v: &str, out: &mut String) {
    out.push('"');
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `v` as a JSON string literal (see [`write_string`]).
pub fn string_literal(v: &str) -> String {
    let mut out = String::with_capacity(v.len() + 2);
    write_string(v, &mut out);
    out
}

#[cfg(test)]
mod tests;
// Writing JSON serves the native tools (schema, manifest); unused in the wasm, it is left out.
pub mod minify;
pub mod write;
