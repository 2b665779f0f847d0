//! The bundled data as the wasm reads it (issue #14): each type's fields in the order
//! `schema.rs` declares them, without names, quotes or a check of each value. The JSON was
//! checked in full when it was packed (by `cargo xtask build` for the region files
//! `pkg/data/<region>[.<widget>].bin`, by naravard-web's build script for the national
//! data), so a page that names no `src` file needs no JSON reader, decoder or value rules in
//! its wasm: about 20 KB brotli of the finder's 124 KB, and a region is read in well under a
//! millisecond instead of about ten.
//!
//! A file starts with `MAGIC` and `LAYOUT`, a fingerprint of the declared types, so a file
//! from another release is refused rather than misread. After that: a number is LEB128 (an
//! `i32` zigzagged first), a string its UTF-8 and a zero byte, an `Option` a 0 or 1 byte
//! before the value, a list its length before the items, and a closed set (`Choice`) the
//! index of its slug. Reading never panics: a short or malformed file is an error.

use crate::model::{
    ContactKind, Dataset, Date, Level, MinorityLanguage, PartialDate, Responsible, Scope, Season,
    Source, Status, Tag, Text, UiText,
};
use crate::schema::{Ty, TypeDef};

/// The first bytes of a packed file.
pub const MAGIC: [u8; 4] = *b"NVP1";

/// A fingerprint of every declared type's name, field names and value kinds (FNV-1a): a
/// change to the format changes it, and a file packed before the change is refused.
pub const LAYOUT: u32 = layout(crate::schema::ALL);

const fn fnv(mut hash: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        // Const evaluation: an index out of range would fail the build, not a page.
        #[allow(clippy::indexing_slicing)]
        let b = bytes[i];
        hash = (hash ^ b as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

const fn ty_code(ty: &Ty) -> u8 {
    match ty {
        Ty::Schema => 1,
        Ty::AnyString => 2,
        Ty::Slug => 3,
        Ty::Name => 4,
        Ty::ShortText => 5,
        Ty::LongText => 6,
        Ty::Source => 7,
        Ty::Link => 8,
        Ty::Email => 9,
        Ty::Phone => 10,
        Ty::Date => 11,
        Ty::PartialDate => 12,
        Ty::MunicipalityCode => 13,
        Ty::CountyCode => 14,
        Ty::Year => 15,
        Ty::Enum(_) => 16,
        Ty::UiTexts => 17,
        Ty::Object(_) => 18,
        Ty::List(item) => 32 + ty_code(item),
    }
}

#[allow(clippy::indexing_slicing)] // const evaluation, see `fnv`
const fn layout(types: &[&TypeDef]) -> u32 {
    let mut hash = 0x811c_9dc5;
    let mut t = 0;
    while t < types.len() {
        let def = types[t];
        hash = fnv(hash, def.name.as_bytes());
        let mut f = 0;
        while f < def.fields.len() {
            let field = &def.fields[f];
            hash = fnv(hash, field.name.as_bytes());
            hash = fnv(hash, &[ty_code(&field.ty)]);
            f += 1;
        }
        t += 1;
    }
    hash
}

/// Reads a packed file front to back. A read past the end or of a malformed value marks the
/// whole read as failed and gives a stand-in value, so a type's fields are read in one run,
/// without a way out (and the code to drop what was read) after each.
pub struct Unpacker<'a> {
    rest: &'a [u8],
    failed: bool,
}

impl<'a> Unpacker<'a> {
    pub fn fail(&mut self) {
        self.failed = true;
        self.rest = &[];
    }

    pub fn byte(&mut self) -> u8 {
        match self.rest.split_first() {
            Some((&b, rest)) => {
                self.rest = rest;
                b
            }
            None => {
                self.fail();
                0
            }
        }
    }

    pub fn number(&mut self) -> u32 {
        let mut value = 0u32;
        for shift in [0, 7, 14, 21, 28] {
            let b = self.byte();
            value |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
        }
        self.fail();
        0
    }

    /// A string ends at a zero byte (`pack_file` makes sure no text holds one): a constant
    /// end compresses better than a length before each string.
    pub fn str(&mut self) -> &'a str {
        let rest = self.rest;
        let text = rest
            .iter()
            .position(|&b| b == 0)
            .and_then(|end| Some((rest.get(..end)?, rest.get(end + 1..)?)))
            .and_then(|(bytes, after)| Some((std::str::from_utf8(bytes).ok()?, after)));
        match text {
            Some((text, after)) => {
                self.rest = after;
                text
            }
            None => {
                self.fail();
                ""
            }
        }
    }
}

/// A value that can be packed and read back.
pub trait Packed: Sized {
    fn pack(&self, out: &mut Vec<u8>);
    /// The value, or a stand-in with the read marked as failed.
    fn unpack(r: &mut Unpacker) -> Self;
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(s.as_bytes());
    out.push(0);
}

fn put_number(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

impl Packed for u32 {
    fn pack(&self, out: &mut Vec<u8>) {
        put_number(out, *self);
    }
    fn unpack(r: &mut Unpacker) -> Self {
        r.number()
    }
}

impl Packed for u8 {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
    fn unpack(r: &mut Unpacker) -> Self {
        r.byte()
    }
}

impl Packed for i32 {
    fn pack(&self, out: &mut Vec<u8>) {
        put_number(out, ((*self << 1) ^ (*self >> 31)) as u32);
    }
    fn unpack(r: &mut Unpacker) -> Self {
        let n = r.number();
        ((n >> 1) as i32) ^ -((n & 1) as i32)
    }
}

impl Packed for String {
    fn pack(&self, out: &mut Vec<u8>) {
        put_str(out, self);
    }
    fn unpack(r: &mut Unpacker) -> Self {
        r.str().to_owned()
    }
}

impl<T: Packed> Packed for Option<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.pack(out);
            }
        }
    }
    fn unpack(r: &mut Unpacker) -> Self {
        match r.byte() {
            0 => None,
            1 => Some(T::unpack(r)),
            _ => {
                r.fail();
                None
            }
        }
    }
}

impl<T: Packed> Packed for Vec<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        put_number(out, self.len() as u32);
        for item in self {
            item.pack(out);
        }
    }
    fn unpack(r: &mut Unpacker) -> Self {
        // The list grows with what is read, not with what the length claims, and a failed
        // read (which empties the rest) ends it.
        let len = r.number();
        let mut items = Vec::new();
        for _ in 0..len {
            if r.failed {
                break;
            }
            items.push(T::unpack(r));
        }
        items
    }
}

impl Packed for Tag {
    fn pack(&self, out: &mut Vec<u8>) {
        put_str(out, self.as_str());
    }
    fn unpack(r: &mut Unpacker) -> Self {
        Tag::parse(r.str()).unwrap_or_else(|| {
            r.fail();
            Tag::default()
        })
    }
}

impl<A: Packed, B: Packed> Packed for (A, B) {
    fn pack(&self, out: &mut Vec<u8>) {
        self.0.pack(out);
        self.1.pack(out);
    }
    fn unpack(r: &mut Unpacker) -> Self {
        let a = A::unpack(r);
        (a, B::unpack(r))
    }
}

/// A struct packed as its fields in order.
macro_rules! packed_struct {
    ($($name:ident { $($field:ident),* })*) => {$(
        impl Packed for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                $(self.$field.pack(out);)*
            }
            fn unpack(r: &mut Unpacker) -> Self {
                $name { $($field: Packed::unpack(r),)* }
            }
        }
    )*};
}

packed_struct! {
    Text { sv, lattlast, en, other }
    Source { name, url }
    Date { year, month, day }
    UiText { lang, key, text }
    Dataset { schema, regions, national, texts }
}

/// A closed set packed as the index of its slug.
macro_rules! packed_choice {
    ($($t:ty),*) => {$(
        impl Packed for $t {
            fn pack(&self, out: &mut Vec<u8>) {
                use crate::decode::Choice;
                let at = <$t as Choice>::SLUGS
                    .iter()
                    .position(|s| <$t as Choice>::from_slug(s) == Some(*self));
                // A value no data file can hold (a derived status) is never packed.
                out.push(at.map_or(u8::MAX, |i| i as u8));
            }
            fn unpack(r: &mut Unpacker) -> Self {
                use crate::decode::Choice;
                let at = usize::from(r.byte());
                match <$t as Choice>::SLUGS.get(at).and_then(|s| <$t as Choice>::from_slug(s)) {
                    Some(value) => value,
                    None => {
                        r.fail();
                        <$t>::STAND_IN
                    }
                }
            }
        }
    )*};
}

packed_choice!(
    ContactKind,
    MinorityLanguage,
    Level,
    Status,
    Responsible,
    Scope
);

impl Packed for Season {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(*self as u8);
    }
    fn unpack(r: &mut Unpacker) -> Self {
        match r.byte() {
            0 => Season::Spring,
            1 => Season::Summer,
            2 => Season::Autumn,
            3 => Season::Winter,
            _ => {
                r.fail();
                Season::Spring
            }
        }
    }
}

impl Packed for PartialDate {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            PartialDate::Year(y) => {
                out.push(0);
                y.pack(out);
            }
            PartialDate::Season(y, s) => {
                out.push(1);
                y.pack(out);
                s.pack(out);
            }
            PartialDate::Month(y, m) => {
                out.push(2);
                y.pack(out);
                m.pack(out);
            }
            PartialDate::Day(d) => {
                out.push(3);
                d.pack(out);
            }
        }
    }
    fn unpack(r: &mut Unpacker) -> Self {
        match r.byte() {
            0 => PartialDate::Year(i32::unpack(r)),
            1 => {
                let year = i32::unpack(r);
                PartialDate::Season(year, Season::unpack(r))
            }
            2 => {
                let year = i32::unpack(r);
                PartialDate::Month(year, u8::unpack(r))
            }
            3 => PartialDate::Day(Date::unpack(r)),
            _ => {
                r.fail();
                PartialDate::default()
            }
        }
    }
}

/// A dataset as a packed file.
pub fn pack(dataset: &Dataset) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&LAYOUT.to_le_bytes());
    dataset.pack(&mut out);
    out
}

/// Reads a packed file; the error says why it cannot be used, for the console.
pub fn unpack(bytes: &[u8]) -> Result<Dataset, &'static str> {
    let rest = bytes
        .strip_prefix(&MAGIC)
        .ok_or("it is not a packed data file of the widget kit")?;
    let rest = rest
        .strip_prefix(&LAYOUT.to_le_bytes())
        .ok_or("it was packed for another release of the widget kit")?;
    let mut r = Unpacker {
        rest,
        failed: false,
    };
    let dataset = Dataset::unpack(&mut r);
    if r.failed || !r.rest.is_empty() {
        return Err("it is damaged or cut short");
    }
    Ok(dataset)
}

/// A data file as `cargo xtask build` and naravard-web's build script pack it: checked in
/// full, then only what the widgets `kinds` show (`common::shown`; all of it for all three).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack_file(text: &str, kinds: &[&str]) -> Result<Vec<u8>, String> {
    let spell = |problems: Vec<crate::decode::Problem>| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        list.join("; ")
    };
    // The whole file must be valid, also what the widgets do not show.
    let full = crate::decode::parse_dataset(text).map_err(spell)?;
    let dataset = match kinds {
        [kind] => {
            let trimmed = crate::registry::data_file_for(text, kind)?;
            crate::decode::parse_dataset(&trimmed).map_err(spell)?
        }
        _ => full,
    };
    let packed = pack(&dataset);
    // A string ends at a zero byte, so a text that holds one would not read back.
    if unpack(&packed).as_ref() != Ok(&dataset) {
        return Err("a text holds a zero character (\\u0000), which the packed form cannot".into());
    }
    Ok(packed)
}

#[cfg(test)]
mod tests;
