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

/// The lookups every table module has, over its three built-in tables (the statics `SV`,
/// `LATTLAST` and `EN` beside the invocation): `$by_lang(lang)`, the built-in table for a
/// language (Swedish for any other); `resolve(lang, extra)`, that table with a data file's
/// strings for another language laid over Swedish; and, when `$mark` is named, `$mark(lang,
/// s)`, which gives `Some("sv")` when `s` from this table is a Swedish fallback inside a
/// widget in `lang`.
macro_rules! texts_by_lang {
    ($table:ident, $by_lang:ident $(, $mark:ident)?) => {
        pub fn $by_lang(lang: $crate::model::Lang) -> &'static $table<'static> {
            use $crate::model::Lang;
            match lang {
                Lang::Sv | Lang::Other(_) => &SV,
                Lang::Lattlast => &LATTLAST,
                Lang::En => &EN,
            }
        }

        /// The table in `lang`, with a data file's strings for another language laid over
        /// Swedish.
        pub fn resolve(lang: $crate::model::Lang, extra: &[$crate::model::UiText]) -> $table<'_> {
            let base = *$by_lang(lang);
            match lang {
                $crate::model::Lang::Other(tag) => base.overlay(&|name| {
                    $crate::common::texts::lookup(extra, tag, $table::PREFIX, name)
                }),
                _ => base,
            }
        }

        $(
            /// `Some("sv")` when `s` from this table is a Swedish fallback inside a widget in
            /// `lang`.
            pub fn $mark(lang: $crate::model::Lang, s: &str) -> Option<&'static str> {
                $crate::common::texts::mark(lang, SV.holds(s))
            }
        )?
    };
}

pub(crate) use texts_by_lang;
