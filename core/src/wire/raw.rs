//! A value's JSON text as it was written, read the way serde_json's `RawValue` reads it: how
//! the code and the request id are read exactly, and how the fields sent before the code are
//! kept until the code says whether the payload wants them.
//!
//! serde_json answers `deserialize_newtype_struct` under `RawValue`'s name with the value's
//! text, and any other deserializer (a `serde_json::Value` aside, which answers it too) with
//! the value itself, through `visit_newtype_struct`: [`FromText`] says what to do with each.

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use serde::de::value::{
    BoolDeserializer, F64Deserializer, I128Deserializer, I64Deserializer, SeqAccessDeserializer,
    StrDeserializer, StringDeserializer, U128Deserializer, U64Deserializer, UnitDeserializer,
};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, Visitor};
use serde_json::value::RawValue;

/// The name `RawValue` passes to `deserialize_newtype_struct`, asked of `RawValue` itself (it
/// is not public), so that it is right for whichever serde_json the build has. Everything
/// here is inlined: the call folds to the constant.
#[inline]
pub(super) fn token() -> &'static str {
    /// A deserializer that records the name of a newtype struct asked of it, and fails.
    struct Capture<'a>(&'a mut &'static str);

    #[derive(Debug)]
    struct Captured;
    impl fmt::Display for Captured {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("captured")
        }
    }
    impl core::error::Error for Captured {}
    impl de::Error for Captured {
        fn custom<T: fmt::Display>(_: T) -> Self {
            Captured
        }
    }

    impl<'de> Deserializer<'de> for Capture<'_> {
        type Error = Captured;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Captured> {
            Err(Captured)
        }
        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            _: V,
        ) -> Result<V::Value, Captured> {
            *self.0 = name;
            Err(Captured)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct seq tuple tuple_struct map struct enum identifier
            ignored_any
        }
    }

    let mut name = "";
    let _ = <&RawValue>::deserialize(Capture(&mut name));
    name
}

/// A value's text, from serde_json: borrowed from the input (`from_str`, `from_slice`), or
/// owned (`from_reader`, a `Value`), or lent for the call by another deserializer.
pub(super) enum Text<'de, 'a> {
    Borrowed(&'de str),
    Lent(&'a str),
    Owned(String),
}

impl Text<'_, '_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Text::Borrowed(text) => text,
            Text::Lent(text) => text,
            Text::Owned(text) => text,
        }
    }
}

/// What reads a value from its JSON text, and from any deserializer that does not give the
/// text.
pub(super) trait FromText<'de>: Sized {
    type Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// From the value's text, as written (a string with its quotes and escapes).
    fn of_text<E: de::Error>(self, text: Text<'de, '_>) -> Result<Self::Value, E>;

    /// From a deserializer that gives the value rather than its text (anything but
    /// serde_json's: a value buffered by `#[serde(untagged)]` or `flatten`, another format).
    fn of_value<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error>;
}

/// Reads `seed`'s value from its text where `deserializer` gives it.
#[inline]
pub(super) fn read_text<'de, D: Deserializer<'de>, S: FromText<'de>>(
    deserializer: D,
    seed: S,
) -> Result<S::Value, D::Error> {
    deserializer.deserialize_newtype_struct(token(), TextVisitor(seed))
}

struct TextVisitor<S>(S);

impl<'de, S: FromText<'de>> Visitor<'de> for TextVisitor<S> {
    type Value = S::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    /// serde_json's answer: one entry, the token and then the text.
    #[inline]
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<S::Value, A::Error> {
        if map.next_key_seed(TokenKey)?.is_none() {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        map.next_value_seed(TextSeed(self.0))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<S::Value, D::Error> {
        self.0.of_value(deserializer)
    }

    // A deserializer that ignores the newtype struct and gives the value.
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<S::Value, E> {
        self.0.of_value(BoolDeserializer::new(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<S::Value, E> {
        self.0.of_value(I64Deserializer::new(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<S::Value, E> {
        self.0.of_value(U64Deserializer::new(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<S::Value, E> {
        self.0.of_value(I128Deserializer::new(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<S::Value, E> {
        self.0.of_value(U128Deserializer::new(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<S::Value, E> {
        self.0.of_value(F64Deserializer::new(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<S::Value, E> {
        self.0.of_value(StrDeserializer::new(v))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<S::Value, E> {
        self.0.of_value(StringDeserializer::new(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<S::Value, E> {
        self.0.of_value(UnitDeserializer::new())
    }
    fn visit_none<E: de::Error>(self) -> Result<S::Value, E> {
        self.0.of_value(UnitDeserializer::new())
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<S::Value, A::Error> {
        self.0.of_value(SeqAccessDeserializer::new(seq))
    }
}

/// The key of serde_json's one-entry answer, which must be the token.
struct TokenKey;

impl<'de> DeserializeSeed<'de> for TokenKey {
    type Value = ();
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for TokenKey {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("serde_json's raw value")
    }
    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<(), E> {
        let token = token();
        // serde_json hands the token itself back: the pointers are equal.
        if core::ptr::eq(key, token) || key == token {
            Ok(())
        } else {
            Err(E::custom("a map where a value's text was expected"))
        }
    }
}

/// The text, as serde_json gives it: borrowed from the input where it can.
struct TextSeed<S>(S);

impl<'de, S: FromText<'de>> DeserializeSeed<'de> for TextSeed<S> {
    type Value = S::Value;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, S: FromText<'de>> Visitor<'de> for TextSeed<S> {
    type Value = S::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<S::Value, E> {
        self.0.of_text(Text::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<S::Value, E> {
        self.0.of_text(Text::Lent(v))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<S::Value, E> {
        self.0.of_text(Text::Owned(v))
    }
}

/// The text of a JSON string, unescaped: `None` when `text` is not a string.
pub(super) fn string_in<E: de::Error>(text: &str) -> Option<Result<String, E>> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    Some(if inner.contains('\\') {
        serde_json::from_str::<String>(text).map_err(E::custom)
    } else {
        Ok(inner.to_owned())
    })
}

/// A field's value kept as it came, until the code says whether the payload wants it: its
/// text (borrowed from the input where it can be), or, from a deserializer that does not give
/// text, the value.
pub(super) enum Raw<'de> {
    Borrowed(&'de str),
    Owned(String),
    /// Rare (a value buffered by `#[serde(untagged)]`, another format): boxed, so that the
    /// text, the usual case, is what sizes the enum.
    Value(Box<serde_json::Value>),
}

impl<'de> Deserialize<'de> for Raw<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawSeed;
        impl<'de> FromText<'de> for RawSeed {
            type Value = Raw<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn of_text<E: de::Error>(self, text: Text<'de, '_>) -> Result<Raw<'de>, E> {
                Ok(match text {
                    Text::Borrowed(text) => Raw::Borrowed(text),
                    Text::Lent(text) => Raw::Owned(text.to_owned()),
                    Text::Owned(text) => Raw::Owned(text),
                })
            }
            fn of_value<D: Deserializer<'de>>(self, d: D) -> Result<Raw<'de>, D::Error> {
                serde_json::Value::deserialize(d).map(|value| Raw::Value(Box::new(value)))
            }
        }
        read_text(deserializer, RawSeed)
    }
}

impl<'de> Raw<'de> {
    /// The value's JSON text, owned: as it was written, for text (a value from a
    /// deserializer that gave no text is written as serde_json writes it).
    pub(super) fn text(&self) -> Box<str> {
        match self {
            Raw::Borrowed(text) => Box::from(*text),
            Raw::Owned(text) => Box::from(text.as_str()),
            Raw::Value(value) => serde_json::to_string(value)
                .unwrap_or_default()
                .into_boxed_str(),
        }
    }

    /// Reads the kept value with `seed`. From text, through serde_json's own deserializer,
    /// so that a value the seed skips is skipped at any depth, as serde_json skips it.
    pub(super) fn deserialize_seed<S: DeserializeSeed<'de>, E: de::Error>(
        self,
        seed: S,
    ) -> Result<S::Value, E> {
        match self {
            Raw::Borrowed(text) => whole(serde_json::Deserializer::from_str(text), seed),
            // Owned text cannot lend `'de` strings; serde_json's reader never does.
            #[cfg(feature = "std")]
            Raw::Owned(text) => whole(serde_json::Deserializer::from_reader(text.as_bytes()), seed),
            #[cfg(not(feature = "std"))]
            Raw::Owned(text) => serde_json::from_str::<serde_json::Value>(&text)
                .and_then(|value| seed.deserialize(value)),
            Raw::Value(value) => seed.deserialize(*value),
        }
        .map_err(E::custom)
    }

    /// Reads a request id from the kept value with `seed`, keeping the value.
    pub(super) fn read_id<S, V, E>(&self, seed: S) -> Result<V, E>
    where
        S: for<'x> DeserializeSeed<'x, Value = V>,
        E: de::Error,
    {
        match self {
            Raw::Borrowed(text) => whole(serde_json::Deserializer::from_str(text), seed),
            Raw::Owned(text) => whole(serde_json::Deserializer::from_str(text), seed),
            Raw::Value(value) => seed.deserialize(&**value),
        }
        .map_err(E::custom)
    }
}

/// `seed` over the whole of a kept value's text, as `serde_json::from_str` reads a text: what
/// the seed leaves unread is an error (a `u128` field reads the digits of `-99.99` up to the
/// point; the fraction left is "trailing characters"), not dropped.
fn whole<'de, R: serde_json::de::Read<'de>, S: DeserializeSeed<'de>>(
    mut deserializer: serde_json::Deserializer<R>,
    seed: S,
) -> Result<S::Value, serde_json::Error> {
    let value = seed.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}
