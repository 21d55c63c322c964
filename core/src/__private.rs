//! Not public API: what the macros' generated code calls. May change in any release.

pub use crate::entry::concat as concat_entries;
pub use crate::entry::translation;

#[cfg(feature = "alloc")]
pub use alloc::string::String;

use crate::Entry;

/// Whether `declared` matches `received` more strongly than `current`; if so, `current`
/// becomes the new strength.
#[inline]
pub fn improves(current: &mut usize, declared: &str, received: &str) -> bool {
    match crate::lookup::match_strength(declared, received) {
        Some(strength) if strength > *current => {
            *current = strength;
            true
        }
        _ => false,
    }
}

/// The total length of entry lists.
#[must_use]
pub const fn count_entries(parts: &[&[Entry]]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].len();
        i += 1;
    }
    total
}

#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "serde")]
pub use crate::wire::{deserialize_lookup, deserialize_response, serialize_error};

/// Serde impls for a type the macros generated code for: `serialize` (any type), `lookup`
/// (types with `FromCode`) or `response` (types with `FromResponse`). Without the `serde`
/// feature of this crate it expands to nothing, so that a user's crate needs no feature of
/// its own.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident, serialize) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize_error(self, serializer)
            }
        }
    };
    ($ty:ident, lookup) => {
        $crate::__impl_serde!($ty, deserialize_with = deserialize_lookup);
    };
    ($ty:ident, response) => {
        $crate::__impl_serde!($ty, deserialize_with = deserialize_response);
    };
    ($ty:ident, deserialize_with = $with:ident) => {
        $crate::__impl_serde!($ty, serialize);
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::$with(deserializer, ::core::stringify!($ty))
            }
        }
    };
}

/// Without the `serde` feature: nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($anything:tt)*) => {};
}
