//! The keys of an answer: which of the envelope's names a key is, read without allocating.

use alloc::borrow::ToOwned;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, Visitor};

use super::*;

/// A key of an answer: one of the envelope's, or another, kept as text when wanted.
pub(in crate::wire) enum Key<'de> {
    Code,
    Message,
    /// Under one of the envelope's names for it: `key`, or `inside` the object under `key`
    /// for a name such as `error.log_id`.
    RequestId {
        key: &'static str,
        inside: Option<&'static str>,
    },
    SubCode,
    SubMessage,
    /// The detail field, kept whole as JSON.
    Detail,
    /// A field kept as JSON, of a flat envelope.
    Kept(&'static str),
    Other(KeyText<'de>),
}

/// The text of a key outside the envelope.
pub(in crate::wire) enum KeyText<'de> {
    /// Not wanted: no allocation.
    Skipped,
    Borrowed(&'de str),
    Owned(String),
}

impl KeyText<'_> {
    pub(in crate::wire) fn as_str(&self) -> &str {
        match self {
            KeyText::Skipped => "",
            KeyText::Borrowed(text) => text,
            KeyText::Owned(text) => text,
        }
    }

    pub(in crate::wire) fn into_string(self) -> String {
        match self {
            KeyText::Skipped => String::new(),
            KeyText::Borrowed(text) => text.to_owned(),
            KeyText::Owned(text) => text,
        }
    }
}

/// Reads a key, classified by the names of `N`'s envelope. Generic rather than holding a
/// reference, so that the names are constants where the keys are compared.
///
/// `B` is the reader's [`MessageBytes`]: it changes nothing but the type, so that the rare
/// reading of a message as bytes has code of its own, and the common one is compiled (and
/// inlined) as if it were alone.
pub(in crate::wire) struct KeySeed<N, B = ()> {
    keep: bool,
    names: PhantomData<fn() -> (N, B)>,
}

impl<N: HasEnvelope, B> KeySeed<N, B> {
    pub(in crate::wire) fn skipping() -> Self {
        KeySeed {
            keep: false,
            names: PhantomData,
        }
    }

    pub(in crate::wire) fn keeping() -> Self {
        KeySeed {
            keep: true,
            names: PhantomData,
        }
    }

    #[inline]
    pub(in crate::wire) fn classify<'de>(
        &self,
        key: &str,
        keep: impl FnOnce() -> KeyText<'de>,
    ) -> Key<'de> {
        if same(key, N::ENVELOPE.code_field()) {
            Key::Code
        } else if same(key, N::ENVELOPE.message_field()) {
            Key::Message
        } else if let Some(found) = request_id_key::<N>(key) {
            found
        } else if let Some(found) = kept_key::<N>(key) {
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
pub(in crate::wire) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The request-id key `key` is, if it is one: a declared name, or the object a dotted name
/// (`error.log_id`) looks into.
#[inline]
pub(in crate::wire) fn request_id_key<N: HasEnvelope>(key: &str) -> Option<Key<'static>> {
    // One test of length and first byte per name, of constants: this runs for every key
    // outside the envelope, and most differ there.
    for &name in N::ENVELOPE.request_id_fields() {
        if name.len() >= key.len() && name.as_bytes().first() == key.as_bytes().first() {
            if let Some(found) = request_id_name(name, key) {
                return Some(found);
            }
        }
    }
    None
}

/// The sub code, its message, the detail or a kept field `key` is, if it is one. Of
/// constants: folds to nothing for an envelope without them.
#[inline]
pub(in crate::wire) fn kept_key<N: HasEnvelope>(key: &str) -> Option<Key<'static>> {
    let envelope = N::ENVELOPE;
    if let Some(name) = envelope.sub_code_field() {
        if same(key, name) {
            return Some(Key::SubCode);
        }
    }
    if let Some(name) = envelope.sub_message_field() {
        if same(key, name) {
            return Some(Key::SubMessage);
        }
    }
    if let Some(name) = envelope.detail_field() {
        if same(key, name) {
            return Some(Key::Detail);
        }
    }
    if envelope.nesting().is_none() {
        for &name in envelope.kept_fields() {
            if same(key, name) {
                return Some(Key::Kept(name));
            }
        }
    }
    None
}

/// `key` as the request-id name `name`, or as the object a dotted `name` looks into.
fn request_id_name(name: &'static str, key: &str) -> Option<Key<'static>> {
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
}

impl<'de, N: HasEnvelope, B> DeserializeSeed<'de> for KeySeed<N, B> {
    type Value = Key<'de>;
    /// Out of line: one copy for every key of every reader of an envelope, which the
    /// compiler would otherwise inline into some of them and not others (counted: inlined,
    /// a success into `Response` took 3.5% more instructions).
    #[inline(never)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, N: HasEnvelope, B> Visitor<'de> for KeySeed<N, B> {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    #[inline(always)]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(self.classify(key, || KeyText::Borrowed(key)))
    }
    /// A key with escapes, which serde_json unescapes into its scratch buffer: rare, and
    /// out of line, so that the usual key's reading stays small.
    #[cold]
    #[inline(never)]
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
