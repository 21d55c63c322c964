//! Reading the code, the message and the request id of an answer, under an envelope's
//! names: leniently, without recursing into fields it skips.

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::raw::{read_text, string_in, FromText, Raw, Text};
use crate::api_error::{JsonText, Rare, Received, ReceivedCode};
use crate::code::{number_in, Number};
use crate::envelope::Nesting;
use crate::{Code, CodeKind, Envelope, HasEnvelope};

/// What every answer carries, read leniently (see [`Response`]) under an envelope's names.
/// `B` is where the bytes of a message that is not UTF-8 go: nowhere (`()`, and the message
/// is read as text), or an `Option<Box<[u8]>>` (and the message is read as bytes).
#[derive(Default)]
pub(super) struct Head<B = (), M = MessageText> {
    /// The code, when a number; for a string code 0, never read as such: the string is
    /// `more`'s `string_code`, so that a numeric code is read and kept as an `i64`, and a
    /// numeric answer carries nothing more than before string codes.
    pub(super) code: Option<i64>,
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

/// Where [`Head`] keeps the bytes of a message that is not UTF-8: a type, so that reading
/// text (`()`) carries nothing for them.
pub(super) trait MessageBytes: Default {
    /// Whether the message is read as bytes ([`LossyMessage`]).
    const LOSSY: bool;
    fn keep(&mut self, raw: Option<Box<[u8]>>);
    fn into_raw(self) -> Option<Box<[u8]>>;
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
                if self.code.is_some() {
                    return Err(de::Error::duplicate_field(N::ENVELOPE.code_field()));
                }
                let mut text = None;
                self.code = Some(map.next_value_seed(CodeSeed::<N, B>::code(&mut text))?);
                if let (true, Some(text)) = (keeps_more::<N>(), text) {
                    self.more_mut().string_code = Some(text);
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
            Key::RequestId { inside, key } if is_detail::<N>(key) => {
                // Feishu's `error` holds the request id and is kept whole.
                let raw = map.next_value::<Raw<'de>>()?;
                if self.request_id.is_none() {
                    self.request_id = raw.read_id::<_, _, A::Error>(IdSeed { inside: *inside })?;
                }
                self.keep::<N>(&Key::Detail, &raw);
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

    /// Keeps the JSON text of the detail field or of a kept field (the first of each name).
    pub(super) fn keep<N: HasEnvelope>(&mut self, key: &Key<'_>, raw: &Raw<'_>) {
        match key {
            Key::Detail => {
                let more = self.more_mut();
                if more.detail.is_none() {
                    more.detail = Some(JsonText(raw.text()));
                }
            }
            Key::Kept(name) => insert_kept::<N>(&mut self.more_mut().kept, name, raw),
            _ => {}
        }
    }
}

/// Keeps a kept field's text, the first of its name, in the envelope's order of them: the
/// same fields, sent in any order, are kept alike.
pub(super) fn insert_kept<N: HasEnvelope>(
    kept: &mut alloc::vec::Vec<(&'static str, JsonText)>,
    name: &'static str,
    raw: &Raw<'_>,
) {
    if kept.iter().any(|(kept, _)| *kept == name) {
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
        None => code == envelope.success_code(),
        Some(text) => {
            envelope.has_string_codes()
                && <i64 as CodeKind<'_>>::from_code(Code::Str(text))
                    == Some(envelope.success_code())
        }
    };
    success && !typed_by_sub_code::<N>(more)
}

/// Whether the answer's sub code types it: the envelope is typed by its sub code, and the
/// answer has one that is not empty (alipay-sdk-java's `isSuccess` takes an empty
/// `sub_code` as none); or the envelope is typed by a numeric sub code (DingTalk's), and the
/// answer's is a number.
#[inline]
pub(super) fn typed_by_sub_code<N: HasEnvelope>(more: Option<&Received>) -> bool {
    let envelope = N::ENVELOPE;
    if !envelope.is_typed_by_sub_code() && !envelope.is_typed_by_numeric_sub_code() {
        return false;
    }
    match more.and_then(|more| more.sub_code.as_ref()) {
        Some(ReceivedCode::Str(code)) => {
            (envelope.is_typed_by_sub_code() && !code.is_empty())
                || <i64 as CodeKind<'_>>::from_code(Code::Str(code)).is_some()
        }
        Some(ReceivedCode::Int(_)) => true,
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
            code.unwrap_or(ReceivedCode::Int(N::ENVELOPE.success_code())),
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
    read_head_into::<N, B, D, _, _>(deserializer, |head| head)
}

/// [`read_head`], and what `finish` makes of the head: for a flat answer, made inside the
/// visitor, so that the head is not moved out of it first.
#[inline]
pub(super) fn read_head_into<'de, N, B, D, V, F>(deserializer: D, finish: F) -> Result<V, D::Error>
where
    N: HasEnvelope,
    B: MessageBytes,
    D: Deserializer<'de>,
    F: FnOnce(Head<B, String>) -> V,
{
    match N::ENVELOPE.nesting() {
        None => deserializer.deserialize_map(HeadVisitor::<N, B, F>(finish, PhantomData)),
        Some(nesting) => deserializer
            .deserialize_map(NestedHeadVisitor::<N, B> {
                nesting,
                types: PhantomData,
            })
            .map(finish),
    }
}

/// Reads the answer of a nested envelope: the head from the object under the nesting's
/// key, the kept fields beside it; every other field skipped without recursing.
struct NestedHeadVisitor<N, B> {
    nesting: Nesting,
    types: PhantomData<fn() -> (N, B)>,
}

impl<'de, N: HasEnvelope, B: MessageBytes> Visitor<'de> for NestedHeadVisitor<N, B> {
    type Value = Head<B, String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting(f, &N::ENVELOPE)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head<B, String>, A::Error> {
        let mut head: Option<Head<B, String>> = None;
        let mut nested_key = None;
        let mut kept = alloc::vec::Vec::new();
        while let Some(key) = map.next_key::<KeyText<'de>>()? {
            let name = key.as_str();
            if head.is_none() && self.nesting.matches(name) {
                head = Some(map.next_value_seed(FlatHead::<N, B>(PhantomData))?);
                if let Nesting::Suffix(_) = self.nesting {
                    nested_key = Some(Box::from(name));
                }
            } else if let Some(&kept_name) =
                N::ENVELOPE.kept_fields().iter().find(|kept| **kept == name)
            {
                let raw = map.next_value::<Raw<'de>>()?;
                insert_kept::<N>(&mut kept, kept_name, &raw);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        // An error: an answer without the nested object is none (AIP-193's success).
        let Some(mut head) = head else {
            return Err(missing_nest(self.nesting));
        };
        if nested_key.is_some() || !kept.is_empty() {
            let more = head.more_mut();
            more.nested_key = nested_key;
            more.kept = kept;
        }
        Ok(head)
    }
}

/// The error of an answer without the nested object.
#[cold]
pub(super) fn missing_nest<E: de::Error>(nesting: Nesting) -> E {
    match nesting {
        Nesting::Key(key) => de::Error::missing_field(key),
        Nesting::Suffix(suffix) => de::Error::custom(format_args!(
            "the answer has no object under a key ending in `{suffix}`"
        )),
        #[allow(unreachable_patterns)]
        _ => de::Error::custom("the answer has no nested object"),
    }
}

/// The head of a flat answer, as a seed: what a nested envelope reads inside its object.
struct FlatHead<N, B>(PhantomData<fn() -> (N, B)>);

impl<'de, N: HasEnvelope, B: MessageBytes> DeserializeSeed<'de> for FlatHead<N, B> {
    type Value = Head<B, String>;
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Head<B, String>, D::Error> {
        read_flat_head::<N, B, D>(deserializer)
    }
}

/// Reads a flat answer's envelope, skipping every other field without recursing into it.
pub(super) fn read_flat_head<'de, N: HasEnvelope, B: MessageBytes, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Head<B, String>, D::Error> {
    deserializer.deserialize_map(HeadVisitor::<N, B, _>(|head| head, PhantomData))
}

/// Reads a flat answer's head, and gives what `F` makes of it.
struct HeadVisitor<N, B, F>(F, PhantomData<fn() -> (N, B)>);

impl<'de, N: HasEnvelope, B: MessageBytes, V, F: FnOnce(Head<B, String>) -> V> Visitor<'de>
    for HeadVisitor<N, B, F>
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
            return Err(de::Error::missing_field(N::ENVELOPE.code_field()));
        }
        head.request_id_from_message::<N>();
        Ok((self.0)(head))
    }
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
    SubCode,
    SubMessage,
    /// The detail field, kept whole as JSON.
    Detail,
    /// A field kept as JSON, of a flat envelope.
    Kept(&'static str),
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
///
/// `B` is the reader's [`MessageBytes`]: it changes nothing but the type, so that the rare
/// reading of a message as bytes has code of its own, and the common one is compiled (and
/// inlined) as if it were alone.
pub(super) struct KeySeed<N, B = ()> {
    keep: bool,
    names: PhantomData<fn() -> (N, B)>,
}

impl<N: HasEnvelope, B> KeySeed<N, B> {
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
pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The request-id key `key` is, if it is one: a declared name, or the object a dotted name
/// (`error.log_id`) looks into.
#[inline]
pub(super) fn request_id_key<N: HasEnvelope>(key: &str) -> Option<Key<'static>> {
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
pub(super) fn kept_key<N: HasEnvelope>(key: &str) -> Option<Key<'static>> {
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
pub(super) struct CodeSeed<'s, N, B = (), const SUB: bool = false> {
    /// Where a string code goes (the value read is then 0): only the string's path writes
    /// it, so that a numeric code is an `i64` all the way.
    string: &'s mut Option<Box<str>>,
    types: PhantomData<fn() -> (N, B)>,
}

/// The magnitude below which every integer is a float exactly: 2^53.
const EXACT_IN_F64: f64 = 9_007_199_254_740_992.0;

impl<'s, N: HasEnvelope, B> CodeSeed<'s, N, B> {
    #[inline]
    pub(super) fn code(string: &'s mut Option<Box<str>>) -> Self {
        CodeSeed {
            string,
            types: PhantomData,
        }
    }
}

impl<'s, N: HasEnvelope, B> CodeSeed<'s, N, B, true> {
    pub(super) fn sub_code(string: &'s mut Option<Box<str>>) -> Self {
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
        } else if v == 0.0 {
            // `1e-400` is 0.0 by the time it is a float: never the success code.
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

    /// A string code, kept as sent: the value read is 0.
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
                Number::Integer(0) if text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) => {
                    Err(self.float_zero(text))
                }
                number => self.code_of(number, text, text),
            },
            Some(b'"') => self.string_code(text),
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
pub(super) struct SubCodeSeed<'s, N, B>(CodeSeed<'s, N, B, true>);

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
    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        if self.0.strings() {
            Ok(self.0.keep(v.into()))
        } else {
            self.0.read_str(v)
        }
    }
}

/// What a message is read into: a `String`, or a [`MessageText`].
pub(super) trait ReadMessage: Default {
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
/// `请求成功`, ...: those [`Success::note`](super::Success::note) calls plain) are not
/// allocated: a success is read with no allocation of its own, and its message is made a
/// `String` only if asked for ([`Response::into_success`](super::Response::into_success)).
#[derive(Clone)]
pub(super) enum MessageText {
    Plain(&'static str),
    Owned(String),
}

impl MessageText {
    /// `text`, as one of the plain success messages or owned.
    #[inline]
    pub(super) fn of(text: &str) -> Self {
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
    pub(super) fn as_str(&self) -> &str {
        match self {
            MessageText::Plain(text) => text,
            MessageText::Owned(text) => text,
        }
    }

    /// The text as a `String`: a plain success message allocated now, out of line, so that
    /// taking an owned message (an error's) stays a move.
    #[inline]
    pub(super) fn into_string(self) -> String {
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

/// As the text.
impl fmt::Debug for MessageText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The message: a string; `null` reads as empty. Read into `M` ([`ReadMessage`]).
pub(super) struct Message<M>(M);

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
/// (which reads as empty). Used by [`from_slice`](super::from_slice) when a body is not
/// UTF-8.
pub(super) struct LossyMessage(String, Option<Box<[u8]>>, bool);

impl LossyMessage {
    fn from_bytes(bytes: &[u8]) -> Self {
        match core::str::from_utf8(bytes) {
            Ok(text) => LossyMessage(text.to_owned(), None, false),
            Err(_) => LossyMessage(
                String::from_utf8_lossy(bytes).into_owned(),
                Some(bytes.into()),
                false,
            ),
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

/// A request id: a string, or a number kept as its text exactly as written (one beyond
/// `u64` included); anything else is skipped. With `inside`, the id is the field of that
/// name of an object (Feishu's `error.log_id`).
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
        read_text(deserializer, self)
    }
}

impl<'de> FromText<'de> for IdSeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request id")
    }

    fn of_text<E: de::Error>(self, text: Text<'de, '_>) -> Result<Option<String>, E> {
        let text = text.as_str();
        match (self.inside, text.as_bytes().first()) {
            (None, Some(b'-' | b'0'..=b'9')) => Ok(Some(text.to_owned())),
            (None, Some(b'"')) => string_in(text).transpose(),
            (Some(_), Some(b'{')) => {
                let mut json = serde_json::Deserializer::from_str(text);
                (&mut json)
                    .deserialize_map(IdValue(self))
                    .map_err(E::custom)
            }
            _ => Ok(None),
        }
    }

    fn of_value<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<String>, D::Error> {
        deserializer.deserialize_any(IdValue(self))
    }
}

/// A request id from a deserializer that gives values (and the object an id is inside).
struct IdValue(IdSeed);

impl<'de> Visitor<'de> for IdValue {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request id")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then_some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
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
            match self.0.inside {
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
