//! The code and the sub code, read from their literal's text.

use alloc::boxed::Box;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

use super::*;

/// The code: an integer within `i64`, written as an integer, as a string that holds one, or
/// as a number with a fraction or an exponent that denotes an integer exactly (`40001.0`,
/// `1e5`, `4.0001E4`, `-0`). Decided from the literal's text, never from a float: `1e-400`,
/// `40001.0000000000001` and `1.5` are not integers, and `9007199254740993.0` is that
/// integer. Zero written as a float (`0.0`, `0e5`) is no code: it is what `1e-400` becomes
/// once it has been a float (a `serde_json::Value`), and must not read as the success code.
///
/// From a deserializer that gives numbers rather than their text (a value buffered by
/// `#[serde(untagged)]` or `flatten`, another format), a float is all there is: it is taken
/// when it is an integer below 2^53 in magnitude, where floats hold every integer.
///
/// `B` is the reader's [`MessageBytes`], for the reason [`KeySeed`] has it.
///
/// A string that is not a number is a code of its own, kept as sent, for an envelope of
/// string codes ([`Envelope::with_string_codes`]) and for every sub code.
///
/// `SUB` says that the code read is the sub code: named as it, and a string kept as sent. A
/// constant, so that the seed is empty and what it decides folds where it is inlined.
pub(in crate::wire) struct CodeSeed<'s, N, B = (), const SUB: bool = false> {
    /// Where a string code goes (the value read is then 0): only the string's path writes
    /// it, so that a numeric code is an `i64` all the way.
    string: &'s mut Option<Box<str>>,
    types: PhantomData<fn() -> (N, B)>,
}

/// The magnitude below which every integer is a float exactly: 2^53.
const EXACT_IN_F64: f64 = 9_007_199_254_740_992.0;

impl<'s, N: HasEnvelope, B> CodeSeed<'s, N, B> {
    #[inline]
    pub(in crate::wire) fn code(string: &'s mut Option<Box<str>>) -> Self {
        CodeSeed {
            string,
            types: PhantomData,
        }
    }
}

impl<'s, N: HasEnvelope, B> CodeSeed<'s, N, B, true> {
    pub(in crate::wire) fn sub_code(string: &'s mut Option<Box<str>>) -> Self {
        CodeSeed {
            string,
            types: PhantomData,
        }
    }
}

impl<N: HasEnvelope, B, const SUB: bool> CodeSeed<'_, N, B, SUB> {
    /// The field's name, for errors.
    fn name(&self) -> &'static str {
        if SUB {
            N::ENVELOPE.sub_code_field().unwrap_or_default()
        } else {
            N::ENVELOPE.code_field()
        }
    }

    /// Whether a string is kept as sent.
    #[inline]
    fn strings(&self) -> bool {
        SUB || N::ENVELOPE.has_string_codes()
    }

    /// The code `number` is, or why it is none: `text` is the number, `written` what the
    /// answer had (a string code with its quotes and spaces).
    #[inline]
    fn code_of<E: de::Error>(&self, number: Number, text: &str, written: &str) -> Result<i64, E> {
        match number {
            Number::Integer(code) => Ok(code),
            refused => Err(self.refuse(&refused, text, written)),
        }
    }

    #[cold]
    #[inline(never)]
    fn refuse<E: de::Error>(&self, number: &Number, text: &str, written: &str) -> E {
        let name = self.name();
        match number {
            Number::OutOfRange => self.out_of_range(text),
            Number::Fraction => E::custom(format_args!("`{name}` must be an integer, not {text}")),
            _ => E::custom(format_args!(
                "`{name}` {written:?} is not an integer within i64"
            )),
        }
    }

    /// A float, from a deserializer that gives no text.
    fn read_f64<E: de::Error>(&self, v: f64) -> Result<i64, E> {
        let name = self.name();
        if !v.is_finite() || v % 1.0 != 0.0 {
            Err(E::custom(format_args!(
                "`{name}` must be an integer, not {v}"
            )))
        } else if v == 0.0 && !SUB {
            // `1e-400` is 0.0 by the time it is a float: never the success code. (`-0`, which
            // serde_json holds as the float -0.0, is refused with it: a float has lost which.)
            Err(self.float_zero(v))
        } else if v.abs() >= EXACT_IN_F64 {
            Err(E::custom(format_args!(
                "`{name}` {v} is out of range: a code read as a float must be within ±2^53, \
                 where floats hold every integer; send it as an integer from {} to {}",
                i64::MIN,
                i64::MAX
            )))
        } else {
            // Exact: |v| < 2^53, integral. `-0` is 0.
            #[allow(clippy::cast_possible_truncation)]
            Ok(v as i64)
        }
    }

    /// A zero written as a float (`0.0`, `0e5`), which may be an underflow (`1e-400`).
    #[cold]
    #[inline(never)]
    fn float_zero<E: de::Error>(&self, v: impl fmt::Display) -> E {
        E::custom(format_args!(
            "`{}` {v} is zero written as a float, which a fraction too small for a float \
             (such as 1e-400) becomes once it has been one: no code; send the success code \
             as the integer 0",
            self.name()
        ))
    }

    fn out_of_range<E: de::Error>(&self, v: impl fmt::Display) -> E {
        E::custom(format_args!(
            "`{}` {v} is out of range: codes are from {} to {}",
            self.name(),
            i64::MIN,
            i64::MAX
        ))
    }

    /// A code written as a string (`text` with its quotes): kept as sent where strings are
    /// codes, else the number in it. Apart, so that reading a number stays small enough to
    /// be inlined where serde_json hands over the text.
    #[inline(never)]
    fn string_code<E: de::Error>(self, text: &str) -> Result<i64, E> {
        match string_in::<E>(text) {
            Some(content) if self.strings() => Ok(self.keep(content?.into_boxed_str())),
            Some(content) => self.read_str(&content?),
            None => Err(E::custom("a string that does not end")),
        }
    }

    /// No code: `null`, which reads as the key missing (as serde reads an `Option`). Told
    /// to the reader as an empty string code (no allocation), which a string code never
    /// is: `""` where codes are strings is no code either.
    #[cold]
    fn none(self) -> i64 {
        self.keep(Box::default())
    }

    /// A string code, kept as sent (the empty string: none): the value read is 0.
    fn keep(self, text: Box<str>) -> i64 {
        *self.string = Some(text);
        0
    }

    /// A string code's content: what the number in it, spaces trimmed, denotes.
    fn read_str<E: de::Error>(&self, v: &str) -> Result<i64, E> {
        let text = v.trim();
        self.code_of(number_in(text), text, v)
    }
}

impl<'de, N: HasEnvelope, B, const SUB: bool> DeserializeSeed<'de> for CodeSeed<'_, N, B, SUB> {
    type Value = i64;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<i64, D::Error> {
        read_text(deserializer, self)
    }
}

impl<'de, N: HasEnvelope, B, const SUB: bool> FromText<'de> for CodeSeed<'_, N, B, SUB> {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.strings() {
            write!(f, "`{}` as a string or an integer", self.name())
        } else {
            write!(
                f,
                "`{}` as an integer, or a string holding one",
                self.name()
            )
        }
    }

    #[inline]
    fn of_text<E: de::Error>(self, text: Text<'de, '_>) -> Result<i64, E> {
        let text = text.as_str();
        match text.as_bytes().first() {
            Some(b'-' | b'0'..=b'9') => match number_in(text) {
                // Zero written with a fraction or an exponent is what `1e-400` becomes once
                // it has been a float (read into a `serde_json::Value` first, which gives
                // `0.0` as its text): never the success code.
                // (A sub code is no success code: its zero is 0.)
                Number::Integer(0)
                    if !SUB
                        && text.len() > 1
                        && text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) =>
                {
                    Err(self.float_zero(text))
                }
                number => self.code_of(number, text, text),
            },
            Some(b'"') => self.string_code(text),
            Some(b'n') if text == "null" => Ok(self.none()),
            first => {
                let unexpected = match first {
                    Some(b't') => de::Unexpected::Bool(true),
                    Some(b'f') => de::Unexpected::Bool(false),
                    Some(b'[') => de::Unexpected::Seq,
                    Some(b'{') => de::Unexpected::Map,
                    _ => de::Unexpected::Unit,
                };
                Err(E::invalid_type(unexpected, &Expecting(&self)))
            }
        }
    }

    fn of_value<D: Deserializer<'de>>(self, deserializer: D) -> Result<i64, D::Error> {
        deserializer.deserialize_any(CodeValue(self))
    }
}

/// A sub code, where `null` is none: the [`CodeSeed`] of the sub code, or `None`.
pub(in crate::wire) struct SubCodeSeed<'s, N, B>(pub(in crate::wire) CodeSeed<'s, N, B, true>);

impl<'de, N: HasEnvelope, B> DeserializeSeed<'de> for SubCodeSeed<'_, N, B> {
    type Value = Option<i64>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<i64>, D::Error> {
        read_text(deserializer, self)
    }
}

impl<'de, N: HasEnvelope, B> FromText<'de> for SubCodeSeed<'_, N, B> {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        FromText::expecting(&self.0, f)?;
        f.write_str(", or null")
    }

    fn of_text<E: de::Error>(self, text: Text<'de, '_>) -> Result<Option<i64>, E> {
        if text.as_str() == "null" {
            return Ok(None);
        }
        self.0.of_text(text).map(Some)
    }

    fn of_value<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<i64>, D::Error> {
        deserializer.deserialize_option(SubCodeValue(self.0))
    }
}

/// A sub code from a deserializer that gives values: `null` (or a unit) is none.
struct SubCodeValue<'s, N, B>(CodeSeed<'s, N, B, true>);

impl<'de, N: HasEnvelope, B> Visitor<'de> for SubCodeValue<'_, N, B> {
    type Value = Option<i64>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        FromText::expecting(&self.0, f)?;
        f.write_str(", or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<i64>, D::Error> {
        self.0.of_value(deserializer).map(Some)
    }
}

/// A [`FromText`] as what an error says was expected.
struct Expecting<'a, S>(&'a S);

impl<'de, S: FromText<'de>> de::Expected for Expecting<'_, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
}

/// The code from a deserializer that gives values, not text.
struct CodeValue<'s, N, B, const SUB: bool>(CodeSeed<'s, N, B, SUB>);

impl<N: HasEnvelope, B, const SUB: bool> Visitor<'_> for CodeValue<'_, N, B, SUB> {
    type Value = i64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        FromText::expecting(&self.0, f)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| self.0.out_of_range(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| self.0.out_of_range(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| self.0.out_of_range(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        self.0.read_f64(v)
    }
    fn visit_unit<E: de::Error>(self) -> Result<i64, E> {
        Ok(self.0.none())
    }
    fn visit_none<E: de::Error>(self) -> Result<i64, E> {
        Ok(self.0.none())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        if self.0.strings() {
            Ok(self.0.keep(v.into()))
        } else {
            self.0.read_str(v)
        }
    }
}
