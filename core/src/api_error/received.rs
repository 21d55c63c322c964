//! What an `ApiError` keeps as received: its code and message, owned, and behind one
//! pointer what answers rarely carry (sub codes, details, nested answers, kept fields).

use alloc::boxed::Box;
use alloc::string::String;
#[cfg(feature = "serde")]
use core::fmt;

use crate::Code;

/// An `Option<Box<T>>` for what answers rarely carry, whose drop is out of line and cold:
/// a type that holds one is dropped, where it is `None`, with one test, inlined.
#[cfg(feature = "serde")]
pub(crate) struct Rare<T>(Option<Box<T>>);

#[cfg(feature = "serde")]
impl<T> Rare<T> {
    pub(crate) fn none() -> Self {
        Rare(None)
    }

    pub(crate) fn new(value: Option<Box<T>>) -> Self {
        Rare(value)
    }

    pub(crate) fn get(&self) -> Option<&T> {
        self.0.as_deref()
    }

    pub(crate) fn is_none(&self) -> bool {
        self.0.is_none()
    }

    pub(crate) fn get_mut(&mut self) -> Option<&mut T> {
        self.0.as_deref_mut()
    }

    pub(crate) fn take(&mut self) -> Option<Box<T>> {
        self.0.take()
    }

    pub(crate) fn get_or_default(&mut self) -> &mut T
    where
        T: Default,
    {
        self.0.get_or_insert_with(Box::default)
    }
}

#[cfg(feature = "serde")]
impl<T> Default for Rare<T> {
    fn default() -> Self {
        Rare(None)
    }
}

#[cfg(feature = "serde")]
impl<T: Clone> Clone for Rare<T> {
    fn clone(&self) -> Self {
        Rare(self.0.clone())
    }
}

#[cfg(feature = "serde")]
impl<T: PartialEq> PartialEq for Rare<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

#[cfg(feature = "serde")]
impl<T: Eq> Eq for Rare<T> {}

#[cfg(feature = "serde")]
impl<T: core::hash::Hash> core::hash::Hash for Rare<T> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

#[cfg(feature = "serde")]
impl<T: fmt::Debug> fmt::Debug for Rare<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(feature = "serde")]
impl<T> Drop for Rare<T> {
    #[inline]
    fn drop(&mut self) {
        if let Some(rare) = self.0.take() {
            drop_rare(rare);
        }
    }
}

#[cfg(feature = "serde")]
#[cold]
#[inline(never)]
fn drop_rare<T>(rare: Box<T>) {
    drop(rare);
}

/// What an envelope keeps beside the code, the message and the request id, as received.
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(crate) struct Received {
    /// The sub code (Alipay's `sub_code`, DingTalk's errcode 88 `sub_code`, AIP-193's
    /// `status`) and its message, each if sent.
    pub(crate) sub_code: Option<ReceivedCode>,
    pub(crate) sub_message: Option<String>,
    /// The envelope's own code and message (if sent), when the sub code types the error.
    pub(crate) top: Option<(Option<ReceivedCode>, Option<String>)>,
    /// The JSON text of the envelope's detail field.
    pub(crate) detail: Option<JsonText>,
    /// The key the answer sat under, for a nesting by suffix (Alipay's
    /// `alipay_trade_pay_response`).
    pub(crate) nested_key: Option<Box<str>>,
    /// The envelope's kept fields (Alipay's `sign`): name and JSON text, in the order read.
    pub(crate) kept: alloc::vec::Vec<(&'static str, JsonText)>,
    /// A string code, while an answer is read (the wire keeps it here, so that a numeric
    /// answer carries nothing for it); taken out before an error or a response keeps this.
    pub(crate) string_code: Option<Box<str>>,
}

#[cfg(feature = "serde")]
impl Received {
    /// What the wire keeps of `{"sub_code": code, "sub_msg": message}` with no code beside
    /// it: an error built by hand of a sub code (Alipay's) holds the same, so that it is
    /// written there and reads back equal.
    pub(crate) fn sub_code_alone(code: ReceivedCode, message: String) -> Self {
        Received {
            sub_code: Some(code),
            sub_message: Some(message),
            top: Some((None, None)),
            ..Received::default()
        }
    }

    /// What the wire keeps of AIP-193's `{"code": 404, "status": "NOT_FOUND", "message":
    /// message}`: the status name as the sub code, beside the HTTP status `google.rpc.Code`
    /// gives it as the code. An error built by hand of the name (`ApiError::received`,
    /// `Response::failure`) holds the same, so that it reads back equal. `None` for a name
    /// of the API's own, which has no status.
    pub(crate) fn rpc_status(name: &str, message: String) -> Option<Self> {
        let status = crate::platform_error::rpc_status_http(name)?;
        Some(Received {
            sub_code: Some(ReceivedCode::Str(name.into())),
            top: Some((Some(ReceivedCode::Int(i64::from(status))), Some(message))),
            ..Received::default()
        })
    }
}

/// JSON text as received. Two are equal when they are the same text or, with `serde`, the
/// same JSON value: an answer written and read back through a `serde_json::Value` (which
/// orders keys and drops spaces) is the answer read first. Hashed as nothing, so that equal
/// texts hash alike.
#[cfg(feature = "serde")]
#[derive(Debug, Clone)]
pub(crate) struct JsonText(pub(crate) Box<str>);

#[cfg(feature = "serde")]
impl core::ops::Deref for JsonText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "serde")]
impl PartialEq for JsonText {
    fn eq(&self, other: &Self) -> bool {
        if self.0 == other.0 {
            return true;
        }
        use serde_json::Value;
        matches!(
            (serde_json::from_str::<Value>(&self.0), serde_json::from_str::<Value>(&other.0)),
            (Ok(a), Ok(b)) if a == b
        )
    }
}

#[cfg(feature = "serde")]
impl Eq for JsonText {}

#[cfg(feature = "serde")]
impl core::hash::Hash for JsonText {
    fn hash<H: core::hash::Hasher>(&self, _: &mut H) {}
}

/// The message as received: text, or, for a message that was not UTF-8, the text read from
/// it and its bytes (rare, so behind one pointer: the enum is the size of a `String`, and an
/// `ApiError` no larger than without it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum ReceivedMessage {
    Text(String),
    /// Only the wire (`serde`) reads bytes.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    Lossy(Box<(String, Box<[u8]>)>),
}

impl ReceivedMessage {
    pub(super) fn as_str(&self) -> &str {
        match self {
            ReceivedMessage::Text(text) => text,
            ReceivedMessage::Lossy(lossy) => &lossy.0,
        }
    }
}

/// A received code, owned: a number, or a string code's text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ReceivedCode {
    Int(i64),
    Str(Box<str>),
}

impl ReceivedCode {
    #[inline]
    pub(crate) fn new(code: Code<'_>) -> Self {
        match code {
            Code::Int(code) => ReceivedCode::Int(code),
            Code::Str(code) => ReceivedCode::Str(code.into()),
        }
    }

    pub(crate) fn as_code(&self) -> Code<'_> {
        match self {
            ReceivedCode::Int(code) => Code::Int(*code),
            ReceivedCode::Str(code) => Code::Str(code),
        }
    }
}
