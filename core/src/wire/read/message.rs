//! The message, as text or as bytes that may not be UTF-8.

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// What a message is read into: a `String`, or a [`MessageText`].
pub(in crate::wire) trait ReadMessage: Default {
    /// The message `text`, lent by the deserializer.
    fn of(text: &str) -> Self;
    /// The message `text`, owned already.
    fn owned(text: String) -> Self;
    fn as_str(&self) -> &str;
}

impl ReadMessage for String {
    #[inline]
    fn of(text: &str) -> Self {
        text.to_owned()
    }
    #[inline]
    fn owned(text: String) -> Self {
        text
    }
    #[inline]
    fn as_str(&self) -> &str {
        self
    }
}

impl ReadMessage for MessageText {
    #[inline]
    fn of(text: &str) -> Self {
        MessageText::of(text)
    }
    #[inline]
    fn owned(text: String) -> Self {
        MessageText::Owned(text)
    }
    #[inline]
    fn as_str(&self) -> &str {
        MessageText::as_str(self)
    }
}

/// A message as read. The messages platforms send with every success (`ok`, `success`,
/// `请求成功`, ...: those [`Success::note`](crate::wire::Success::note) calls plain) are not
/// allocated: a success is read with no allocation of its own, and its message is made a
/// `String` only if asked for ([`Response::into_success`](crate::wire::Response::into_success)).
#[derive(Clone)]
pub(in crate::wire) enum MessageText {
    Plain(&'static str),
    Owned(String),
}

impl MessageText {
    /// `text`, as one of the plain success messages or owned.
    #[inline]
    pub(in crate::wire) fn of(text: &str) -> Self {
        // A `match` on the length first: a message of any other length costs one test.
        match text {
            "" => MessageText::Plain(""),
            "ok" => MessageText::Plain("ok"),
            "success" => MessageText::Plain("success"),
            "成功" => MessageText::Plain("成功"),
            "请求成功" => MessageText::Plain("请求成功"),
            _ => MessageText::Owned(text.to_owned()),
        }
    }

    #[inline]
    pub(in crate::wire) fn as_str(&self) -> &str {
        match self {
            MessageText::Plain(text) => text,
            MessageText::Owned(text) => text,
        }
    }

    /// The text as a `String`: a plain success message allocated now, out of line, so that
    /// taking an owned message (an error's) stays a move.
    #[inline]
    pub(in crate::wire) fn into_string(self) -> String {
        #[inline(never)]
        fn owned(text: &str) -> String {
            String::from(text)
        }
        match self {
            MessageText::Plain(text) => owned(text),
            MessageText::Owned(text) => text,
        }
    }
}

impl Default for MessageText {
    fn default() -> Self {
        MessageText::Plain("")
    }
}

/// The same text, however held.
impl PartialEq for MessageText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for MessageText {}

impl core::hash::Hash for MessageText {
    /// As its text, as it compares.
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// As the text.
impl fmt::Debug for MessageText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The message: a string; `null` reads as empty. Read into `M` ([`ReadMessage`]).
pub(in crate::wire) struct Message<M>(pub(in crate::wire) M);

impl<'de, M: ReadMessage> Deserialize<'de> for Message<M> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MessageVisitor<M>(PhantomData<fn() -> M>);
        impl<M: ReadMessage> Visitor<'_> for MessageVisitor<M> {
            type Value = Message<M>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Message<M>, E> {
                Ok(Message(M::of(v)))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Message<M>, E> {
                Ok(Message(M::owned(v)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Message<M>, E> {
                Ok(Message(M::default()))
            }
            fn visit_none<E: de::Error>(self) -> Result<Message<M>, E> {
                Ok(Message(M::default()))
            }
        }
        // One dispatch on the token, where `Option<String>` takes two.
        deserializer.deserialize_any(MessageVisitor::<M>(PhantomData))
    }
}

/// The message read as bytes, where it may not be UTF-8 (an older platform's GBK): the text,
/// invalid sequences replaced, the bytes when they were not UTF-8, and whether it was `null`
/// (which reads as empty). Used by [`from_slice`](crate::wire::from_slice) when a body is not
/// UTF-8.
pub(in crate::wire) struct LossyMessage(
    pub(in crate::wire) String,
    pub(in crate::wire) Option<Box<[u8]>>,
    pub(in crate::wire) bool,
);

impl LossyMessage {
    fn from_bytes(bytes: &[u8]) -> Self {
        match core::str::from_utf8(bytes) {
            Ok(text) => LossyMessage(text.to_owned(), None, false),
            Err(_) => LossyMessage(lossy(bytes), Some(bytes.into()), false),
        }
    }
}

/// `bytes` as text, each sequence that is not UTF-8 one U+FFFD (as
/// `String::from_utf8_lossy`), and a lone surrogate as serde_json decodes its escape
/// (`ED A0..BF 80..BF`, the three bytes of `"\ud83d"`) one U+FFFD too, not three.
fn lossy(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match core::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return out;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                out.push_str(core::str::from_utf8(valid).unwrap_or_default());
                out.push(char::REPLACEMENT_CHARACTER);
                let skip = match after {
                    [0xED, 0xA0..=0xBF, 0x80..=0xBF, ..] => 3,
                    _ => error.error_len().unwrap_or(after.len()),
                };
                rest = &after[skip..];
            }
        }
    }
}

impl<'de> Deserialize<'de> for LossyMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BytesVisitor;
        impl<'de> Visitor<'de> for BytesVisitor {
            type Value = LossyMessage;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or null")
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<LossyMessage, E> {
                Ok(LossyMessage::from_bytes(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LossyMessage, E> {
                Ok(LossyMessage(v.to_owned(), None, false))
            }
            fn visit_unit<E: de::Error>(self) -> Result<LossyMessage, E> {
                Ok(LossyMessage(String::new(), None, true))
            }
            fn visit_none<E: de::Error>(self) -> Result<LossyMessage, E> {
                Ok(LossyMessage(String::new(), None, true))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<LossyMessage, D::Error> {
                // serde_json gives a string's bytes, unchecked, when asked for bytes.
                d.deserialize_bytes(self)
            }
        }
        deserializer.deserialize_option(BytesVisitor)
    }
}
