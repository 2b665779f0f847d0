//! The shape of every interface text table. A table is a struct of `&str` fields, so a
//! missing form (English, lättläst) is a compile error. The macro also gives each field a key
//! (`kontakt.search_label`), which a data file uses to add the string in another language.

/// Defines a table struct with one `&'a str` field per string, plus:
/// `NAMES` (the field names), `PREFIX`, `fields()` (name and text, for tests and docs),
/// `overlay()` (a copy with some strings replaced, e.g. from a data file) and `holds()`
/// (whether a string is this table's own, to spot Swedish fallbacks by identity).
macro_rules! texts_table {
    (
        $(#[$m:meta])*
        pub struct $name:ident($prefix:literal) {
            $( $(#[$fm:meta])* $field:ident, )*
        }
        $(extra { $( $(#[$xm:meta])* $xfield:ident : $xty:ty, )* })?
    ) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name<'a> {
            $( $(#[$fm])* pub $field: &'a str, )*
            $($( $(#[$xm])* pub $xfield: $xty, )*)?
        }

        impl<'a> $name<'a> {
            /// The table's part of every key: `kontakt` in `kontakt.search_label`.
            pub const PREFIX: &'static str = $prefix;
            pub const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];

            // The loops below go over arrays of the fields rather than repeating code per
            // field: the kit is at its size budget.
            fn strings(&self) -> [&'a str; <[&str]>::len(&[$(stringify!($field)),*])] {
                [$(self.$field),*]
            }

            fn slots(&mut self) -> [&mut &'a str; <[&str]>::len(&[$(stringify!($field)),*])] {
                [$(&mut self.$field),*]
            }

            pub fn fields(&self) -> Vec<(&'static str, &'a str)> {
                Self::NAMES.iter().copied().zip(self.strings()).collect()
            }

            /// A copy whose strings are replaced where `get` (given a field name) has one.
            pub fn overlay(&self, get: &dyn Fn(&str) -> Option<&'a str>) -> Self {
                let mut out = *self;
                for (name, slot) in Self::NAMES.iter().zip(out.slots()) {
                    if let Some(s) = get(name) {
                        *slot = s;
                    }
                }
                out
            }

            /// Whether `s` is one of this table's own strings (the same memory, not equal text).
            pub fn holds(&self, s: &str) -> bool {
                self.strings().iter().any(|f| std::ptr::eq(*f, s))
            }
        }
    };
}

pub(crate) use texts_table;
