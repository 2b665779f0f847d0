//! `data_types!`: an object type of the data format declared once. Each declaration expands
//! into the model struct (re-exported by `model`), its `TypeDef` (the schema table that
//! `json_schema()` and the fuzzer read), its `Decode` impl, which reads every declared field
//! with the reader its `Ty` names, its `Packed` impl (the bundled data's form in the wasm,
//! `packed.rs`), and its `Overlay` impl, how a file that extends a known region changes it. Rules across fields (a contact needs a way in, a period runs forwards)
//! are hand-written in `decode/types.rs`.
//!
//! A field reads `name: RustType = "json name", (Ty), Req, "doc";`, and the compiler holds
//! the Rust type to what the reader and `Req` give: `Req::Yes` leaves the item out without
//! the value, `Req::WhenNew` takes the type's default (an extension of a known region may
//! leave it out), `Req::No` keeps absence as `None`, and a list is empty when absent.

/// The `Ty` a field's tokens name: `(ShortText)`, `(Enum(Level))`, `(Object(Contact))`,
/// `(List(Object(Contact)))`.
macro_rules! field_ty {
    ((Enum($t:ty))) => {
        $crate::schema::Ty::Enum(<$t as $crate::decode::Choice>::SLUGS)
    };
    ((Object($t:ty))) => {
        $crate::schema::Ty::Object(<$t as $crate::decode::Decode>::DEF)
    };
    ((List($($item:tt)+))) => {
        $crate::schema::Ty::List(&field_ty!(($($item)+)))
    };
    (($ty:ident)) => {
        $crate::schema::Ty::$ty
    };
}

/// The reader (`Fn(&mut Cx, &Value, &Path) -> Option<T>`) for a field's `Ty` tokens.
macro_rules! field_reader {
    ((Enum($t:ty))) => {
        &$crate::decode::Cx::choice_of::<$t>
    };
    ((Object($t:ty))) => {
        &$crate::decode::Cx::object_of::<$t>
    };
    ((ShortText)) => {
        &$crate::decode::Cx::short
    };
    ((LongText)) => {
        &$crate::decode::Cx::long
    };
    ((Name)) => {
        &$crate::decode::Cx::name
    };
    ((Slug)) => {
        &$crate::decode::Cx::slug
    };
    ((Link)) => {
        &$crate::decode::Cx::link
    };
    ((Email)) => {
        &$crate::decode::Cx::email
    };
    ((Phone)) => {
        &$crate::decode::Cx::phone
    };
    ((Date)) => {
        &$crate::decode::Cx::date
    };
    ((PartialDate)) => {
        &$crate::decode::Cx::partial_date
    };
    ((MunicipalityCode)) => {
        &$crate::decode::Cx::municipality_code
    };
    ((CountyCode)) => {
        &$crate::decode::Cx::county_code
    };
    ((Year)) => {
        &$crate::decode::Cx::year
    };
    ((Source)) => {
        &$crate::decode::Cx::source
    };
}

/// Reads a field of the object `o`: a list item by item (empty when absent), any other
/// value with its reader (`None` when absent or wrong).
macro_rules! field_get {
    ($cx:ident, $o:ident, $json:literal, (List($($item:tt)+))) => {
        $cx.many($o, $json, field_reader!(($($item)+)))
    };
    ($cx:ident, $o:ident, $json:literal, $ty:tt) => {
        $cx.opt($o, $json, field_reader!($ty))
    };
}

/// How a file that extends a known item changes a field (`registry::Overlay`): the fields
/// that say which item it is stay.
macro_rules! field_overlay {
    (Yes, $known:expr, $add:expr) => {};
    ($req:ident, $known:expr, $add:expr) => {
        $crate::registry::Overlay::overlay(&mut $known, $add)
    };
}

/// Adds the JSON name of a field a new item must have but `$value` leaves out.
macro_rules! field_missing {
    (WhenNew, $value:expr, $json:literal, $out:ident) => {
        if !$crate::registry::Overlay::given(&$value) {
            $out.push($json);
        }
    };
    ($req:ident, $value:expr, $json:literal, $out:ident) => {};
}

/// A read field's value as the struct holds it.
macro_rules! field_take {
    (Yes, $v:ident) => {
        $v?
    };
    (WhenNew, $v:ident) => {
        $v.unwrap_or_default()
    };
    (No, $v:ident) => {
        $v
    };
}

/// Declares object types of the format; see the module's doc.
macro_rules! data_types {
    ($(
        $(#[$m:meta])*
        pub struct $name:ident as $def:ident($schema_name:literal, $doc:literal) {
            $(
                $(#[$fm:meta])*
                $field:ident: $fty:ty = $json:literal, $ty:tt, $req:ident, $fdoc:literal;
            )*
        }
    )*) => {$(
        #[doc = $doc]
        $(#[$m])*
        pub struct $name {
            $(
                #[doc = $fdoc]
                $(#[$fm])*
                pub $field: $fty,
            )*
        }

        pub const $def: TypeDef = TypeDef {
            name: $schema_name,
            doc: doc_text($doc),
            fields: &[$(f($json, field_ty!($ty), $req, $fdoc)),*],
        };

        impl $crate::decode::Decode for $name {
            const DEF: &'static TypeDef = &$def;

            // One function per type with `decode`, as the hand-written decoder had.
            #[inline(always)]
            fn fields(cx: &mut $crate::decode::Cx, o: &$crate::decode::Obj) -> Option<Self> {
                $(let $field = field_get!(cx, o, $json, $ty);)*
                Some($name {
                    $($field: field_take!($req, $field),)*
                })
            }
        }

        // The bundled data's packed form: the fields in their declared order.
        impl $crate::packed::Packed for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                $($crate::packed::Packed::pack(&self.$field, out);)*
            }
            fn unpack(r: &mut $crate::packed::Unpacker) -> Self {
                $name {
                    $($field: $crate::packed::Packed::unpack(r),)*
                }
            }
        }

        // A type whose fields are all `Yes` (a period) changes nothing and lacks nothing.
        #[allow(unused_variables, unused_mut)]
        impl $crate::registry::Overlay for $name {
            fn overlay(&mut self, add: Self) {
                $(field_overlay!($req, self.$field, add.$field);)*
            }

            fn missing_when_new(&self) -> Vec<&'static str> {
                let mut out = Vec::new();
                $(field_missing!($req, self.$field, $json, out);)*
                out
            }
        }
    )*};
}

pub(crate) use {
    data_types, field_get, field_missing, field_overlay, field_reader, field_take, field_ty,
};
