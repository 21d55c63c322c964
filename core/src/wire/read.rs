//! Reading the code, the message and the request id of an answer, under an envelope's
//! names: leniently, without recursing into fields it skips.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::{Envelope, HasEnvelope};

/// What every answer carries, read leniently (see [`Response`]) under an envelope's names.
#[derive(Default)]
pub(super) struct Head {
    pub(super) code: Option<i64>,
    pub(super) message: Option<String>,
    pub(super) request_id: Option<String>,
}

impl Head {
    /// Reads the value of a key of the envelope into its place.
    pub(super) fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &Key<'de>,
        envelope: &Envelope,
    ) -> Result<(), A::Error> {
        match key {
            Key::Code => {
                if self.code.is_some() {
                    return Err(de::Error::duplicate_field(envelope.code_field()));
                }
                self.code = Some(map.next_value_seed(CodeSeed(envelope))?);
            }
            Key::Message => {
                if self.message.is_some() {
                    return Err(de::Error::duplicate_field(envelope.message_field()));
                }
                self.message = Some(map.next_value::<Message>()?.0);
            }
            Key::RequestId { inside, .. } => {
                let id = map.next_value_seed(IdSeed { inside: *inside })?;
                // The first declared name found wins.
                if self.request_id.is_none() {
                    self.request_id = id;
                }
            }
            Key::Other(_) => {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }

    /// Where the answer has no request id field and the envelope says the message carries
    /// one (`WeCom`'s `hint: [...]`), the id from the message.
    pub(super) fn request_id_from_message(&mut self, envelope: &Envelope) {
        if self.request_id.is_none() {
            if let Some(message) = &self.message {
                self.request_id = envelope.request_id_in(message).map(String::from);
            }
        }
    }

    /// The code, or the error of its absence: a missing code is never a success, unless
    /// the envelope declares that its successes carry none.
    pub(super) fn code<E: de::Error>(&self, envelope: &Envelope) -> Result<i64, E> {
        match self.code {
            Some(code) => Ok(code),
            None if envelope.is_success_without_code() => Ok(envelope.success_code()),
            None => Err(de::Error::missing_field(envelope.code_field())),
        }
    }
}

/// "a platform response: a JSON object with `errcode` and `errmsg`", with the envelope's
/// names.
pub(super) fn expecting(f: &mut fmt::Formatter<'_>, envelope: &Envelope) -> fmt::Result {
    write!(
        f,
        "a platform response: a JSON object with `{}` and `{}`",
        envelope.code_field(),
        envelope.message_field()
    )
}

/// Reads a whole answer's envelope, skipping every other field without recursing into it.
/// `N` names the envelope ([`HasEnvelope::ENVELOPE`]).
pub(super) fn read_head<'de, N: HasEnvelope, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Head, D::Error> {
    struct HeadVisitor<N>(PhantomData<fn() -> N>);
    impl<'de, N: HasEnvelope> Visitor<'de> for HeadVisitor<N> {
        type Value = Head;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            expecting(f, &N::ENVELOPE)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
            let mut head = Head::default();
            while let Some(key) = map.next_key_seed(KeySeed::<N>::skipping())? {
                head.read(&mut map, &key, &N::ENVELOPE)?;
            }
            head.code = Some(head.code(&N::ENVELOPE)?);
            head.request_id_from_message(&N::ENVELOPE);
            Ok(head)
        }
    }
    deserializer.deserialize_map(HeadVisitor::<N>(PhantomData))
}

/// A key of an answer: one of the envelope's, or another, kept as text when wanted.
pub(super) enum Key<'de> {
    Code,
    Message,
    /// Under one of the envelope's names for it: `key`, or `inside` the object under `key`
    /// for a name such as `error.log_id`.
    RequestId {
        key: &'static str,
        inside: Option<&'static str>,
    },
    Other(KeyText<'de>),
}

/// The text of a key outside the envelope.
pub(super) enum KeyText<'de> {
    /// Not wanted: no allocation.
    Skipped,
    Borrowed(&'de str),
    Owned(String),
}

impl KeyText<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            KeyText::Skipped => "",
            KeyText::Borrowed(text) => text,
            KeyText::Owned(text) => text,
        }
    }

    pub(super) fn into_string(self) -> String {
        match self {
            KeyText::Skipped => String::new(),
            KeyText::Borrowed(text) => text.to_owned(),
            KeyText::Owned(text) => text,
        }
    }
}

/// Reads a key, classified by the names of `N`'s envelope. Generic rather than holding a
/// reference, so that the names are constants where the keys are compared.
pub(super) struct KeySeed<N> {
    keep: bool,
    names: PhantomData<fn() -> N>,
}

impl<N: HasEnvelope> KeySeed<N> {
    pub(super) fn skipping() -> Self {
        KeySeed {
            keep: false,
            names: PhantomData,
        }
    }

    pub(super) fn keeping() -> Self {
        KeySeed {
            keep: true,
            names: PhantomData,
        }
    }

    #[inline]
    pub(super) fn classify<'de>(&self, key: &str, keep: impl FnOnce() -> KeyText<'de>) -> Key<'de> {
        if same(key, N::ENVELOPE.code_field()) {
            Key::Code
        } else if same(key, N::ENVELOPE.message_field()) {
            Key::Message
        } else if let Some(found) = request_id_key(&N::ENVELOPE, key) {
            found
        } else if self.keep {
            Key::Other(keep())
        } else {
            Key::Other(KeyText::Skipped)
        }
    }
}

/// `a == b`, with the first bytes compared before the call to `memcmp`: most keys differ
/// there or in length.
#[inline]
pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The request-id key `key` is, if it is one: a declared name, or the object a dotted name
/// (`error.log_id`) looks into.
pub(super) fn request_id_key(envelope: &Envelope, key: &str) -> Option<Key<'static>> {
    // One prefix test per name: this runs for every key outside the envelope.
    envelope.request_id_fields().iter().find_map(|name| {
        if name.len() < key.len() || name.as_bytes().first() != key.as_bytes().first() {
            return None;
        }
        let rest = name.strip_prefix(key)?;
        if rest.is_empty() {
            Some(Key::RequestId {
                key: name,
                inside: None,
            })
        } else {
            let inner = rest.strip_prefix('.')?;
            Some(Key::RequestId {
                key: &name[..key.len()],
                inside: Some(inner),
            })
        }
    })
}

impl<'de, N: HasEnvelope> DeserializeSeed<'de> for KeySeed<N> {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, N: HasEnvelope> Visitor<'de> for KeySeed<N> {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(self.classify(key, || KeyText::Borrowed(key)))
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(self.classify(key, || KeyText::Owned(key.to_owned())))
    }
    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        match self.classify(&key, || KeyText::Skipped) {
            Key::Other(KeyText::Skipped) if self.keep => Ok(Key::Other(KeyText::Owned(key))),
            other => Ok(other),
        }
    }
}

/// The code: an integer within `i64`, a string that holds one, or a number written with a
/// fraction or an exponent whose value is an integer below 2^53 (`40001.0`, `1e5`, `-0`).
/// Never narrowed.
///
/// A code written as a float is read from the `f64` the parser made of it. serde_json makes
/// it exactly when the literal's digits, without the point, form a number below 2^53 (as in
/// `40001.0`, `99991663.0`, `1e5`); a literal with more digits (`9007199254740991.0`) may be
/// rounded by serde_json before this reads it, unless serde_json's `float_roundtrip`
/// feature is on. Integers are always read exactly.
pub(super) struct CodeSeed<'a>(&'a Envelope);

/// The magnitude below which every integer is a float exactly: 2^53. Beyond it a float
/// code may not be the integer that was written, so it is refused.
const EXACT_IN_F64: f64 = 9_007_199_254_740_992.0;

impl CodeSeed<'_> {
    pub(super) fn read_f64<E: de::Error>(&self, v: f64) -> Result<i64, E> {
        let name = self.0.code_field();
        if !v.is_finite() || v % 1.0 != 0.0 {
            Err(E::custom(format_args!(
                "`{name}` must be an integer, not {v}"
            )))
        } else if v.abs() >= EXACT_IN_F64 {
            // Parsers hand integers beyond i64 over as floats, and a float this large may
            // not be the integer that was written.
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

    pub(super) fn out_of_range<E: de::Error>(&self, v: impl fmt::Display) -> E {
        E::custom(format_args!(
            "`{}` {v} is out of range: codes are from {} to {}",
            self.0.code_field(),
            i64::MIN,
            i64::MAX
        ))
    }
}

impl<'de> DeserializeSeed<'de> for CodeSeed<'_> {
    type Value = i64;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<i64, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Visitor<'_> for CodeSeed<'_> {
    type Value = i64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` as an integer, or a string holding one",
            self.0.code_field()
        )
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| self.out_of_range(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| self.out_of_range(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| self.out_of_range(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        self.read_f64(v)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        let text = v.trim();
        if let Ok(code) = text.parse::<i64>() {
            return Ok(code);
        }
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.out_of_range(text));
        }
        match text.parse::<f64>() {
            // Numbers only: no "inf" or "NaN".
            Ok(float) if text.bytes().any(|b| b.is_ascii_digit()) => self.read_f64(float),
            _ => Err(E::custom(format_args!(
                "`{}` {v:?} is not an integer within i64",
                self.0.code_field()
            ))),
        }
    }
}

/// The message: a string; `null` reads as empty.
pub(super) struct Message(String);

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MessageVisitor;
        impl Visitor<'_> for MessageVisitor {
            type Value = Message;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Message, E> {
                Ok(Message(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Message, E> {
                Ok(Message(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Message, E> {
                Ok(Message(String::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<Message, E> {
                Ok(Message(String::new()))
            }
        }
        // One dispatch on the token, where `Option<String>` takes two.
        deserializer.deserialize_any(MessageVisitor)
    }
}

/// A request id: a string or a number, kept as text; anything else is skipped. With
/// `inside`, the id is the field of that name of an object (Feishu's `error.log_id`).
#[derive(Clone, Copy)]
pub(super) struct IdSeed {
    pub(super) inside: Option<&'static str>,
}

impl<'de> DeserializeSeed<'de> for IdSeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<String>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for IdSeed {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request id")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<String>, E> {
        Ok(self.inside.is_none().then(|| v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Option<String>, E> {
        Ok(self.inside.is_none().then_some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<String>, E> {
        Ok(self.inside.is_none().then(|| v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<String>, E> {
        Ok(self.inside.is_none().then(|| v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Option<String>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<String>, A::Error> {
        let mut id = None;
        while let Some(key) = map.next_key::<KeyText<'de>>()? {
            match self.inside {
                Some(inner) if id.is_none() && key.as_str() == inner => {
                    id = map.next_value_seed(IdSeed { inside: None })?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(id)
    }
}

impl<'de> Deserialize<'de> for KeyText<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = KeyText<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<KeyText<'de>, E> {
                Ok(KeyText::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyText<'de>, E> {
                Ok(KeyText::Owned(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<KeyText<'de>, E> {
                Ok(KeyText::Owned(v))
            }
        }
        deserializer.deserialize_identifier(TextVisitor)
    }
}
