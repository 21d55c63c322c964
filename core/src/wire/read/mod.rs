//! Reading the code, the message and the request id of an answer, under an envelope's
//! names: leniently, without recursing into fields it skips.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::raw::{read_text, string_in, FromText, Raw, Text};
use crate::api_error::{JsonText, Rare, Received, ReceivedCode};
use crate::code::{number_in, Number};
use crate::{Code, CodeKind, Envelope, HasEnvelope};

mod code;
mod keys;
mod message;
mod nested;
mod request_id;

pub(super) use code::*;
pub(super) use keys::*;
pub(super) use message::*;
use nested::NestedHeadVisitor;
pub(super) use nested::{missing_nest, NullIsNone};
pub(super) use request_id::*;

/// What every answer carries, read leniently (see [`Response`](super::Response)) under an envelope's names.
/// `B` is where the bytes of a message that is not UTF-8 go: nowhere (`()`, and the message
/// is read as text), or an `Option<Box<[u8]>>` (and the message is read as bytes).
#[derive(Default)]
pub(super) struct Head<B = (), M = MessageText> {
    /// The code, when a number; for a string code 0, never read as such: the string is
    /// `more`'s `string_code`, so that a numeric code is read and kept as an `i64`, and a
    /// numeric answer carries nothing more than before string codes.
    pub(super) code: Option<i64>,
    /// Whether the answer had the code's key, with a code or with none (`null`, or `""`
    /// where codes are strings): a second one is refused either way.
    pub(super) code_seen: bool,
    /// The message: a [`MessageText`] for a [`Response`](super::Response), which keeps a
    /// plain success message without allocating it; a `String` for an error, whose message
    /// an [`ApiError`](crate::ApiError) owns at once.
    pub(super) message: Option<M>,
    pub(super) request_id: Option<String>,
    pub(super) raw_message: B,
    /// The bytes of the sub code's message, where they were not UTF-8 (Alipay's `sub_msg`,
    /// in GBK): the message's bytes when the sub code's message types the error.
    pub(super) raw_sub_message: B,
    /// Sub codes, details, kept fields: only for envelopes that declare them, and made only
    /// when an answer has one.
    pub(super) more: Rare<Received>,
}

impl<B> Head<B, String> {
    /// The head of an error read alone, as a [`Response`](super::Response)'s head.
    pub(super) fn with_message_text(self) -> Head<B> {
        Head {
            code: self.code,
            code_seen: self.code_seen,
            message: self.message.map(MessageText::Owned),
            request_id: self.request_id,
            raw_message: self.raw_message,
            raw_sub_message: self.raw_sub_message,
            more: self.more,
        }
    }
}

/// Where [`Head`] keeps the bytes of a message that is not UTF-8: a type, so that reading
/// text (`()`) carries nothing for them.
pub(super) trait MessageBytes: Default {
    /// Whether the message is read as bytes ([`LossyMessage`]).
    const LOSSY: bool;
    /// Whether a success under an envelope typed by a sub code reads its other fields
    /// ahead, as text, before its payload (`false` once a first read has found it a
    /// success: [`KnownSuccess`]).
    const READ_AHEAD: bool = true;
    fn keep(&mut self, raw: Option<Box<[u8]>>);
    fn into_raw(self) -> Option<Box<[u8]>>;
}

/// The message read as bytes, of an answer already read once and found a success: its
/// payload is read in place, so that a field it skips need not be UTF-8 (Alipay's answer
/// in GBK).
#[derive(Default)]
pub(in crate::wire) struct KnownSuccess(Option<Box<[u8]>>);

impl MessageBytes for KnownSuccess {
    const LOSSY: bool = true;
    const READ_AHEAD: bool = false;
    fn keep(&mut self, raw: Option<Box<[u8]>>) {
        self.0 = raw;
    }
    fn into_raw(self) -> Option<Box<[u8]>> {
        self.0
    }
}

impl MessageBytes for () {
    const LOSSY: bool = false;
    #[inline]
    fn keep(&mut self, _: Option<Box<[u8]>>) {}
    #[inline]
    fn into_raw(self) -> Option<Box<[u8]>> {
        None
    }
}

impl MessageBytes for Option<Box<[u8]>> {
    const LOSSY: bool = true;
    fn keep(&mut self, raw: Option<Box<[u8]>>) {
        *self = raw;
    }
    fn into_raw(self) -> Option<Box<[u8]>> {
        self
    }
}

impl<B: MessageBytes, M: ReadMessage> Head<B, M> {
    /// Reads the value of a key of `N`'s envelope into its place. Inlined: it runs for each
    /// of the envelope's keys, where a call costs as much as the little it does.
    #[inline(always)]
    pub(super) fn read<'de, N: HasEnvelope, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &Key<'de>,
    ) -> Result<(), A::Error> {
        match key {
            Key::Code => {
                if self.code_seen {
                    return Err(de::Error::duplicate_field(N::ENVELOPE.code_field()));
                }
                self.code_seen = true;
                let mut text = None;
                let code = map.next_value_seed(CodeSeed::<N, B>::code(&mut text))?;
                match text {
                    None => self.code = Some(code),
                    // `null`, or `""` where codes are strings: no code, as if the key were
                    // missing.
                    Some(text) if text.is_empty() => {}
                    Some(text) => {
                        self.code = Some(code);
                        if keeps_more::<N>() {
                            self.more_mut().string_code = Some(text);
                        }
                    }
                }
            }
            // Only an envelope that keeps more than a flat one reads these: for any other,
            // the compiler sees that `more` stays empty.
            Key::SubCode | Key::SubMessage | Key::Detail | Key::Kept(_) if !keeps_more::<N>() => {
                map.next_value::<IgnoredAny>()?;
            }
            Key::SubCode => {
                if self.more.get().is_some_and(|more| more.sub_code.is_some()) {
                    return Err(duplicate(N::ENVELOPE.sub_code_field()));
                }
                let mut text = None;
                // `null` is no sub code, as it is no message: nothing is kept for it.
                let code =
                    map.next_value_seed(SubCodeSeed(CodeSeed::<N, B, true>::sub_code(&mut text)))?;
                let sub_code = match (text, code) {
                    (Some(text), _) => Some(ReceivedCode::Str(text)),
                    (None, code) => code.map(ReceivedCode::Int),
                };
                if sub_code.is_some() {
                    self.more_mut().sub_code = sub_code;
                }
            }
            Key::SubMessage => {
                if self
                    .more
                    .get()
                    .is_some_and(|more| more.sub_message.is_some())
                {
                    return Err(duplicate(N::ENVELOPE.sub_message_field()));
                }
                // `null` is no message; bytes that are not UTF-8 are read as the message's.
                let message = if B::LOSSY {
                    let LossyMessage(text, raw, null) = map.next_value()?;
                    self.raw_sub_message.keep(raw);
                    (!null).then_some(text)
                } else {
                    map.next_value::<Option<Message<String>>>()?.map(|m| m.0)
                };
                if message.is_some() {
                    self.more_mut().sub_message = message;
                }
            }
            Key::Detail | Key::Kept(_) => {
                let raw = map.next_value::<Raw<'de>>()?;
                self.keep::<N>(key, &raw);
            }
            Key::Message => {
                if self.message.is_some() {
                    return Err(de::Error::duplicate_field(N::ENVELOPE.message_field()));
                }
                if B::LOSSY {
                    let LossyMessage(text, raw, _) = map.next_value()?;
                    self.message = Some(M::owned(text));
                    self.raw_message.keep(raw);
                } else {
                    self.message = Some(map.next_value::<Message<M>>()?.0);
                }
            }
            Key::RequestId { inside, key } => self.read_request_id::<N, A>(map, key, *inside)?,
            Key::Other(_) => {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }

    /// Reads the value of the request-id key `key` (the first found with an id is the
    /// request id). Out of line: most answers have none, and the usual key's path stays
    /// small (counted: inlined, an error into an `ApiError` took 3% more instructions).
    #[inline(never)]
    fn read_request_id<'de, N: HasEnvelope, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &'static str,
        inside: Option<&'static str>,
    ) -> Result<(), A::Error> {
        if is_detail::<N>(key) {
            // Feishu's `error` holds the request id and is kept whole.
            let raw = map.next_value::<Raw<'de>>()?;
            if self.request_id.is_none() {
                self.request_id = raw.read_id::<_, _, A::Error>(IdSeed { inside })?;
            }
            self.keep::<N>(&Key::Detail, &raw);
        } else {
            let id = map.next_value_seed(IdSeed { inside })?;
            // The first declared name found with an id wins (an empty one is none).
            if self.request_id.is_none() {
                self.request_id = id;
            }
        }
        Ok(())
    }

    /// Where the answer has no request id field and the envelope says the message carries
    /// one (`WeCom`'s `hint: [...]`), the id from the message. Generic, so that an envelope
    /// without one costs nothing.
    #[inline]
    pub(super) fn request_id_from_message<N: HasEnvelope>(&mut self) {
        if N::ENVELOPE.request_id_in_message().is_some() && self.request_id.is_none() {
            if let Some(message) = &self.message {
                self.request_id = N::ENVELOPE
                    .request_id_in(message.as_str())
                    .map(String::from);
            }
        }
    }

    /// The error of an answer without a code where one is needed: the key missing, or
    /// holding none (`null`, or `""` where codes are strings).
    #[cold]
    pub(super) fn no_code<N: HasEnvelope, E: de::Error>(&self) -> E {
        let name = N::ENVELOPE.code_field();
        if self.code_seen {
            let none = if N::ENVELOPE.has_string_codes() {
                "null or empty"
            } else {
                "null"
            };
            E::custom(format_args!("`{name}` is {none}, where a code is needed"))
        } else {
            E::missing_field(name)
        }
    }

    /// Whether the answer had none of the envelope's fields: no code (not even `null`), no
    /// message, no sub code or sub message (a `null` or empty message, sub code or sub
    /// message says nothing, as where a code is).
    pub(super) fn is_bare(&self) -> bool {
        !self.code_seen
            && self
                .message
                .as_ref()
                .is_none_or(|message| message.as_str().is_empty())
            && self
                .more
                .get()
                .is_none_or(|more| more.sub_code.is_none() && more.sub_message.is_none())
    }

    /// Whether the head is an error's: a code other than the success code, or a sub code
    /// that types it. What decides between two answer objects (the error wins).
    pub(super) fn is_error<N: HasEnvelope>(&self) -> bool {
        let more = self.more.get();
        match self.code {
            Some(code) => !is_success::<N>(
                code,
                more.and_then(|more| more.string_code.as_deref()),
                more,
            ),
            None => typed_by_sub_code::<N>(more),
        }
    }

    /// The code read, taken out: `None` for an answer without one.
    #[inline]
    pub(super) fn take_received_code<N: HasEnvelope>(&mut self) -> Option<ReceivedCode> {
        let code = self.code.take()?;
        if !keeps_more::<N>() || self.more.is_none() {
            return Some(ReceivedCode::Int(code));
        }
        Some(self.with_string_code(code))
    }

    /// The code read, where the answer kept more than it: a string code, if it was one.
    #[inline(never)]
    fn with_string_code(&mut self, code: i64) -> ReceivedCode {
        let text = self.more.get_mut().and_then(|more| more.string_code.take());
        // Nothing else kept: nothing to keep.
        if text.is_some()
            && self
                .more
                .get()
                .is_some_and(|more| *more == Received::default())
        {
            self.more = Rare::none();
        }
        match text {
            Some(text) => ReceivedCode::Str(text),
            None => ReceivedCode::Int(code),
        }
    }

    /// The bytes of the message that types the answer, where they were not UTF-8: the sub
    /// code's message's when it types the error ([`typing`]), else the message's.
    pub(super) fn take_raw_message<N: HasEnvelope>(&mut self) -> Option<Box<[u8]>> {
        let message = core::mem::take(&mut self.raw_message).into_raw();
        let sub_message = core::mem::take(&mut self.raw_sub_message).into_raw();
        let more = self.more.get();
        if typed_by_sub_code::<N>(more) && more.is_some_and(|more| more.sub_message.is_some()) {
            sub_message
        } else {
            message
        }
    }

    fn more_mut(&mut self) -> &mut Received {
        self.more.get_or_default()
    }

    /// Keeps the JSON text of the detail field or of a kept field: the last of each name,
    /// as a `serde_json::Value` of the same body keeps it (a signature verified from a
    /// `Value` is the one kept here).
    pub(super) fn keep<N: HasEnvelope>(&mut self, key: &Key<'_>, raw: &Raw<'_>) {
        match key {
            Key::Detail => self.more_mut().detail = Some(JsonText(raw.text())),
            Key::Kept(name) => insert_kept::<N>(&mut self.more_mut().kept, name, raw),
            _ => {}
        }
    }
}

/// Keeps a kept field's text in the envelope's order of them: the same fields, sent in any
/// order, are kept alike. A second of a name replaces the first, as a `serde_json::Value`
/// keeps the last.
pub(super) fn insert_kept<N: HasEnvelope>(
    kept: &mut alloc::vec::Vec<(&'static str, JsonText)>,
    name: &'static str,
    raw: &Raw<'_>,
) {
    if let Some((_, text)) = kept.iter_mut().find(|(kept, _)| *kept == name) {
        *text = JsonText(raw.text());
        return;
    }
    let names = N::ENVELOPE.kept_fields();
    let rank = |name: &str| names.iter().position(|kept| *kept == name);
    let at = kept
        .iter()
        .position(|(kept, _)| rank(kept) > rank(name))
        .unwrap_or(kept.len());
    kept.insert(at, (name, JsonText(raw.text())));
}

/// Whether `N`'s envelope keeps anything beyond a flat one's code, message and request id:
/// a string code, a sub code, a detail, kept fields, a nesting. A constant: for a flat
/// envelope, what reads and keeps them folds away.
#[inline(always)]
pub(super) fn keeps_more<N: HasEnvelope>() -> bool {
    let envelope = N::ENVELOPE;
    envelope.has_string_codes()
        || envelope.sub_code_field().is_some()
        || envelope.sub_message_field().is_some()
        || envelope.detail_field().is_some()
        || envelope.nesting().is_some()
        || !envelope.kept_fields().is_empty()
}

/// A field given twice.
#[cold]
fn duplicate<E: de::Error>(name: Option<&'static str>) -> E {
    de::Error::duplicate_field(name.unwrap_or_default())
}

/// Whether the request-id key `key` is also the envelope's detail field (Feishu's `error`).
#[inline]
pub(super) fn is_detail<N: HasEnvelope>(key: &str) -> bool {
    matches!(N::ENVELOPE.detail_field(), Some(name) if name == key)
}

/// Whether `code` is the envelope's success: its success code (a string code whose text is
/// that number exactly, for an envelope of string codes), and no sub code where the sub
/// code types the error.
#[inline]
pub(super) fn is_success<N: HasEnvelope>(
    code: i64,
    string_code: Option<&str>,
    more: Option<&Received>,
) -> bool {
    let envelope = N::ENVELOPE;
    let success = match string_code {
        None => envelope.is_success_code(code),
        Some(text) => {
            envelope.has_string_codes()
                && <i64 as CodeKind<'_>>::from_code(Code::Str(text))
                    .is_some_and(|code| envelope.is_success_code(code))
        }
    };
    success && !typed_by_sub_code::<N>(more)
}

/// Whether the answer's sub code types it: the envelope is typed by its sub code, and the
/// answer has one that is not empty (alipay-sdk-java's `isSuccess` takes an empty
/// `sub_code` as none); or the envelope is typed by a numeric sub code (DingTalk's), and the
/// answer's is a number other than the success code.
#[inline]
pub(super) fn typed_by_sub_code<N: HasEnvelope>(more: Option<&Received>) -> bool {
    let envelope = N::ENVELOPE;
    if !envelope.is_typed_by_sub_code() && !envelope.is_typed_by_numeric_sub_code() {
        return false;
    }
    // A numeric sub code types the error unless it is the success code (DingTalk's
    // `{"errcode": 0, "sub_code": "0"}` is a success).
    let numeric = |code: i64| envelope.is_typed_by_sub_code() || !envelope.is_success_code(code);
    match more.and_then(|more| more.sub_code.as_ref()) {
        Some(ReceivedCode::Str(code)) => {
            (envelope.is_typed_by_sub_code() && !code.is_empty())
                || <i64 as CodeKind<'_>>::from_code(Code::Str(code)).is_some_and(numeric)
        }
        Some(ReceivedCode::Int(code)) => numeric(*code),
        None => false,
    }
}

/// The code and message that type an error, and what else was kept: where the sub code
/// types the error and the answer has one, the sub code and its message (the message
/// beside the code when the sub code has none), with the envelope's own code and message
/// kept as `top`; else the code and message as read.
#[inline]
pub(super) fn typing<N: HasEnvelope>(
    code: Option<ReceivedCode>,
    message: Option<String>,
    more: Option<Box<Received>>,
) -> (ReceivedCode, String, Option<Box<Received>>) {
    match more {
        Some(mut more) if typed_by_sub_code::<N>(Some(&more)) => {
            let sub = match more.sub_code.clone() {
                // A number held in a string types a numeric catalogue as that number
                // (DingTalk's "60011"); kept as received in `sub_code`.
                Some(ReceivedCode::Str(text)) if !N::ENVELOPE.has_string_codes() => {
                    match <i64 as CodeKind<'_>>::from_code(Code::Str(&text)) {
                        Some(number) => ReceivedCode::Int(number),
                        None => ReceivedCode::Str(text),
                    }
                }
                sub => sub.unwrap_or(ReceivedCode::Int(0)),
            };
            let typed = more
                .sub_message
                .clone()
                .or_else(|| message.clone())
                .unwrap_or_default();
            more.top = Some((code, message));
            (sub, typed, Some(more))
        }
        // No code, and no sub code typing it: a success of an envelope whose successes
        // carry none, with the success code.
        more => (
            code.unwrap_or(ReceivedCode::Int(N::ENVELOPE.held_code())),
            message.unwrap_or_default(),
            more,
        ),
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

/// Reads a whole error answer's envelope, skipping every other field without recursing into
/// it: an answer without a code (or without the nested object) is an error, since it is no
/// error answer. `N` names the envelope ([`HasEnvelope::ENVELOPE`]); `B` says whether the
/// message is read as bytes ([`MessageBytes`]).
pub(super) fn read_head<'de, N: HasEnvelope, B: MessageBytes, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Head<B, String>, D::Error> {
    read_head_into::<N, B, D, _, _, _>(deserializer, Ok::<_, core::convert::Infallible>)
}

/// [`read_head`], and what `finish` makes of the head: for a flat answer, made inside the
/// visitor, so that the head is not moved out of it first, and so that an error `finish`
/// gives (a code the catalogue does not declare) is the deserializer's, with the position
/// serde_json gives an error raised while it reads.
#[inline]
pub(super) fn read_head_into<'de, N, B, D, V, E, F>(
    deserializer: D,
    finish: F,
) -> Result<V, D::Error>
where
    N: HasEnvelope,
    B: MessageBytes,
    D: Deserializer<'de>,
    E: fmt::Display,
    F: FnOnce(Head<B, String>) -> Result<V, E>,
{
    match N::ENVELOPE.nesting() {
        None => deserializer.deserialize_map(HeadVisitor::<N, B, F>(finish, PhantomData)),
        Some(nesting) => deserializer
            .deserialize_map(NestedHeadVisitor::<N, B> {
                nesting,
                types: PhantomData,
            })
            .and_then(|head| finish(head).map_err(de::Error::custom)),
    }
}

/// Reads a flat answer's head, and gives what `F` makes of it.
struct HeadVisitor<N, B, F>(F, PhantomData<fn() -> (N, B)>);

impl<'de, N, B, V, E, F> Visitor<'de> for HeadVisitor<N, B, F>
where
    N: HasEnvelope,
    B: MessageBytes,
    E: fmt::Display,
    F: FnOnce(Head<B, String>) -> Result<V, E>,
{
    type Value = V;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting(f, &N::ENVELOPE)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V, A::Error> {
        let mut head = Head::<B, String>::default();
        while let Some(key) = map.next_key_seed(KeySeed::<N, B>::skipping())? {
            head.read::<N, A>(&mut map, &key)?;
        }
        // What reads a head reads an error (an `ApiError`, a catalogue): an answer without a
        // code is none, even where the envelope's successes carry no code, unless a sub code
        // types it (AIP-193's `{"error": {"status": "UNAVAILABLE"}}`).
        if head.code.is_none() && !typed_by_sub_code::<N>(head.more.get()) {
            return Err(head.no_code::<N, A::Error>());
        }
        head.request_id_from_message::<N>();
        (self.0)(head).map_err(de::Error::custom)
    }
}
