//! Serde for errors: any platform error written as its envelope, and `ApiError` and
//! catalogues read from it.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{ApiError, Catalogue, Code, CodeKind, Envelope, FromReceived, PlatformError};

use super::read::*;

/// Serializes any platform error as `{"errcode": N, "errmsg": "..."}`, with `errmsg` its
/// [`PlatformError::fmt_message`].
///
/// # Errors
/// What the serializer reports.
pub fn serialize_error<E: PlatformError + ?Sized, S: Serializer>(
    error: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_error_in(error, &Envelope::ERRCODE_ERRMSG, serializer)
}

/// Serializes a catalogue's error under its envelope's names
/// ([`Catalogue::ENVELOPE`]), with the message its `Display`. What `#[platform(serde)]`
/// generates calls it, through `__private`.
pub(crate) fn serialize_catalogue<E: PlatformError + Catalogue, S: Serializer>(
    error: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_error_in(error, &E::ENVELOPE, serializer)
}

/// Serializes any platform error under the envelope's names, with the message its
/// `Display`.
///
/// # Errors
/// What the serializer reports.
pub fn serialize_error_in<E: PlatformError + ?Sized, S: Serializer>(
    error: &E,
    envelope: &Envelope,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Displayed<'a, E: ?Sized>(&'a E);
    impl<E: PlatformError + ?Sized> fmt::Display for Displayed<'_, E> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.fmt_message(f)
        }
    }
    impl<E: PlatformError + ?Sized> Serialize for Displayed<'_, E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }
    write_envelope(
        serializer,
        envelope,
        &error.code(),
        &Displayed(error),
        error.message(),
        error.request_id(),
    )
}

/// Writes the code, the message and the request id under the envelope's names; `text` is the
/// message as text, where the request id may be ([`id_place`]).
fn write_envelope<S: Serializer, C: Serialize + ?Sized, M: Serialize + ?Sized>(
    serializer: S,
    envelope: &Envelope,
    code: &C,
    message: &M,
    text: &str,
    request_id: Option<&str>,
) -> Result<S::Ok, S::Error> {
    let id = id_place(envelope, text, request_id);
    let mut object = serializer.serialize_map(Some(2 + usize::from(id.is_some())))?;
    object.serialize_entry(envelope.code_field(), code)?;
    object.serialize_entry(envelope.message_field(), message)?;
    if let (Some((key, inside)), Some(id)) = (id, request_id) {
        object.serialize_entry(key, &IdValue { inside, id })?;
    }
    object.end()
}

/// Where a request id is written: under the envelope's first request-id name, as
/// `(key, None)`, or `(outer, Some(inner))` for a dotted name (`error.log_id`). `None` when
/// there is no id to write, when the message carries it (`WeCom`'s `hint: [...]`, written
/// back as received), or when the envelope names no field for one.
pub(super) fn id_place(
    envelope: &Envelope,
    message: &str,
    id: Option<&str>,
) -> Option<(&'static str, Option<&'static str>)> {
    let id = id?;
    if envelope.request_id_in(message) == Some(id) {
        return None;
    }
    let name: &'static str = envelope.request_id_fields().first()?;
    Some(match name.split_once('.') {
        Some((outer, inner)) => (outer, Some(inner)),
        None => (name, None),
    })
}

/// A request id as the value of its field: the id, or `{inner: id}` for a dotted name.
pub(super) struct IdValue<'a> {
    pub(super) inside: Option<&'static str>,
    pub(super) id: &'a str,
}

impl Serialize for IdValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.inside {
            None => serializer.serialize_str(self.id),
            Some(inner) => {
                let mut object = serializer.serialize_map(Some(1))?;
                object.serialize_entry(inner, self.id)?;
                object.end()
            }
        }
    }
}

/// Deserializes a type with lookup from its envelope (`{"errcode", "errmsg"}` by default):
/// shared codes resolved by message; an undeclared code is an error that names it and the
/// type.
///
/// What `#[platform(serde)]` generates calls it, through `__private`.
pub(crate) fn deserialize_lookup<'de, T: Catalogue, D: Deserializer<'de>>(
    deserializer: D,
    type_name: &'static str,
) -> Result<T, D::Error> {
    let head = read_head::<T, (), D>(deserializer)?;
    let code = head.code.unwrap_or_default();
    let message = head.message.unwrap_or_default();
    typed_code::<T, D::Error>(code, type_name).and_then(|typed| {
        T::from_code_and_message(typed, &message).ok_or_else(|| {
            de::Error::custom(format_args!("code {code} is not declared by `{type_name}`"))
        })
    })
}

/// A received code as the catalogue's kind of code; an error for a kind it does not speak.
pub(super) fn typed_code<'a, T: Catalogue, E: de::Error>(
    code: i64,
    type_name: &str,
) -> Result<T::Code<'a>, E> {
    <T::Code<'a> as CodeKind<'a>>::from_code(Code::Int(code)).ok_or_else(|| {
        de::Error::custom(format_args!(
            "code {code} is a number, and `{type_name}` has string codes"
        ))
    })
}

/// Deserializes a type with a catch-all from its envelope: every code maps. What
/// `#[platform(serde)]` generates calls it, through `__private`.
pub(crate) fn deserialize_response<'de, T: FromReceived, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let head = read_head::<T, (), D>(deserializer)?;
    let code =
        typed_code::<T, D::Error>(head.code.unwrap_or_default(), core::any::type_name::<T>())?;
    Ok(T::from_received(code, &head.message.unwrap_or_default()))
}

impl Serialize for Code<'_> {
    /// A number as a JSON number, a string code as a string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::Int(code) => serializer.serialize_i64(*code),
            Code::Str(code) => serializer.serialize_str(code),
        }
    }
}

impl<E: Catalogue> Serialize for ApiError<E> {
    /// The code, the message and the request id as received, under `E`'s envelope's names:
    /// what reading it back gives again (see the [module](super)).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        write_envelope(
            serializer,
            &E::ENVELOPE,
            &self.code(),
            self.message(),
            self.message(),
            self.request_id(),
        )
    }
}

impl<'de, E: Catalogue> Deserialize<'de> for ApiError<E> {
    /// The code, the message and the request id under `E`'s envelope's names; every other
    /// field is skipped without recursing into it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_head::<E, (), D>(deserializer).map(api_error)
    }
}

/// The error an answer's head holds.
#[inline]
pub(super) fn api_error<C: Catalogue, B: MessageBytes>(head: Head<B>) -> ApiError<C> {
    ApiError::received(
        Code::Int(head.code.unwrap_or_default()),
        head.message.unwrap_or_default(),
        head.request_id,
        head.raw_message.into_raw(),
    )
}
