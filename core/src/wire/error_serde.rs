//! Serde for errors: any platform error written as its envelope, and `ApiError` and
//! catalogues read from it.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};

use alloc::string::ToString;
use alloc::vec::Vec;

use serde_json::value::RawValue;

use crate::api_error::{Received, ReceivedCode};
use crate::envelope::Nesting;
use crate::{ApiError, Catalogue, Code, CodeKind, Envelope, FromReceived, PlatformError};

use super::read::*;

/// Serializes any platform error as `{"errcode": N, "errmsg": "..."}`, with `errmsg` its
/// [`PlatformError::fmt_message`].
///
/// As a field's `serialize_with`, or for a type of one's own:
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::TokenError;
///
/// let mut out = Vec::new();
/// platform_errors::wire::serialize_error(&TokenError::ExpiredToken, &mut serde_json::Serializer::new(&mut out))?;
/// assert_eq!(String::from_utf8(out).unwrap(), r#"{"errcode":42403,"errmsg":"expired token"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
/// What the serializer reports.
pub fn serialize_error<E: PlatformError + ?Sized, S: Serializer>(
    error: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_error_in(error, &Envelope::ERRCODE_ERRMSG, serializer)
}

/// Serializes a catalogue's error (a type with lookup) under its envelope's names
/// ([`Catalogue::ENVELOPE`]), with the message its `Display` and what an `ApiError` it holds
/// kept of the answer (a nested answer's key, the top code, the detail, kept fields), so that
/// reading it back gives it again. What `#[platform(serde)]` generates calls it, through
/// `__private`.
pub(crate) fn serialize_catalogue<E: PlatformError + Catalogue, S: Serializer>(
    error: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // The type reads back what it writes: its catch-all finds the id as its envelope does.
    let kept = error.__platform_errors_kept(&E::ENVELOPE, true);
    // An id the message carries (read so by the envelope of the `ApiError` that holds it)
    // is not written again.
    let request_id = error.request_id().filter(|_| !kept.id_in_message);
    let more = kept.more;
    if more.is_none() {
        return serialize_in(error, &E::ENVELOPE, request_id, serializer);
    }
    let envelope = &E::ENVELOPE;
    Written {
        envelope,
        code: error.code(),
        message: Some(error.message()),
        text: error.message(),
        request_id,
        status: status_of(error, envelope),
        more,
        payload: None,
    }
    .serialize(serializer)
}

/// Serializes any platform error under the envelope's names, with `errmsg` (the envelope's
/// message field) its [`PlatformError::fmt_message`]: the message, without the `Display`'s
/// code in front.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, Envelope};
/// use platform_errors::qingtui::QingtuiError;
///
/// let err = ApiError::<QingtuiError>::new(40100, "page_size is required");
/// let mut out = Vec::new();
/// platform_errors::wire::serialize_error_in(&err, &Envelope::CODE_MSG, &mut serde_json::Serializer::new(&mut out))?;
/// assert_eq!(String::from_utf8(out).unwrap(), r#"{"code":40100,"msg":"page_size is required"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
/// What the serializer reports.
pub fn serialize_error_in<E: PlatformError + ?Sized, S: Serializer>(
    error: &E,
    envelope: &Envelope,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serialize_in(error, envelope, error.request_id(), serializer)
}

/// [`serialize_error_in`] with the request id to write.
fn serialize_in<E: PlatformError + ?Sized, S: Serializer>(
    error: &E,
    envelope: &Envelope,
    request_id: Option<&str>,
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
    let code = error.code();
    Written {
        envelope,
        code,
        message: Some(&Displayed(error)),
        text: error.message(),
        request_id,
        status: status_of(error, envelope),
        more: None,
        payload: None,
    }
    .serialize(serializer)
}

/// The HTTP status an answer with the error has, where the envelope's code is that status
/// (AIP-193's): as [`http::answer_status`](crate::http::answer_status) decides it, so that
/// the body's `code` is the status `http::answer` sends (unless the error keeps a code of
/// the body's own that differs from the status it came with). `None` for any other
/// envelope.
fn status_of<E: PlatformError + ?Sized>(error: &E, envelope: &Envelope) -> Option<u16> {
    envelope.is_code_http_status().then(|| {
        crate::platform_error::answer_status_code(
            error.entry(),
            error.status(),
            error.code().is_some(),
        )
    })
}

/// [`status_of`] for an `ApiError` of a catalogue `C`, whose entry is found as lookup found
/// its value: of the entries with its code, the one whose message the received one matches
/// best (lookup's own [`Best`](crate::__private::Best)), else the first.
fn api_error_status<C: Catalogue>(
    code: Code<'_>,
    message: &str,
    received: Option<u16>,
) -> Option<u16> {
    C::ENVELOPE.is_code_http_status().then(|| {
        let message = crate::__private::received(message);
        let mut best = crate::__private::Best::new();
        let mut first = None;
        for entry in C::ENTRIES.iter().filter(|entry| entry.code() == code) {
            first = first.or(Some(entry));
            best.offer(entry, entry.message(), message);
        }
        let entry = best.finish().map(|found| found.value).or(first);
        crate::platform_error::answer_status_code(entry, received, true)
    })
}

/// An answer to write, under an envelope's names: the code (`None` for a success sent
/// without one), the message (`text` is its text, where a request id may be, see
/// [`id_place`]), the request id, the HTTP status (written only as AIP-193's numeric code
/// of an error that has its string code alone), what else the envelope kept, and a
/// success's payload fields (without the envelope's code and message).
pub(super) struct Written<'a, M: ?Sized> {
    pub(super) envelope: &'a Envelope,
    pub(super) code: Option<Code<'a>>,
    pub(super) message: Option<&'a M>,
    pub(super) text: &'a str,
    pub(super) request_id: Option<&'a str>,
    pub(super) status: Option<u16>,
    pub(super) more: Option<&'a Received>,
    pub(super) payload: Option<&'a PayloadFields>,
}

/// A success's payload fields, each key once: as a `serde_json::Value`'s (any serializer
/// writes them, a pretty printer indents them), or, where a value is beyond what a `Value`
/// holds (a `u128` beyond `u64`), as the JSON text the payload's `Serialize` wrote, exactly.
pub(super) enum PayloadFields {
    Values(serde_json::Map<alloc::string::String, serde_json::Value>),
    Texts(Vec<PayloadField>),
}

/// A payload field's name, and its value's JSON text.
pub(super) type PayloadField = (alloc::string::String, alloc::boxed::Box<RawValue>);

impl PayloadFields {
    /// The fields of `payload`: what it writes as a JSON object, or none for what it writes
    /// as `null` (`()`, `None`).
    ///
    /// # Errors
    /// What serde_json says, or that the payload writes neither a map nor nothing.
    pub(super) fn of<T: Serialize + ?Sized>(
        payload: Option<&T>,
    ) -> Result<Self, alloc::string::String> {
        const NOT_A_MAP: &str = "a success's payload must serialize as a map or as nothing";
        let Some(payload) = payload else {
            return Ok(PayloadFields::Values(serde_json::Map::new()));
        };
        match serde_json::to_value(payload) {
            Ok(serde_json::Value::Object(fields)) => Ok(PayloadFields::Values(fields)),
            Ok(serde_json::Value::Null) => Ok(PayloadFields::Values(serde_json::Map::new())),
            Ok(_) => Err(NOT_A_MAP.to_string()),
            // A value no `Value` holds: the fields' text, exact.
            Err(_) => payload_fields(payload).map(PayloadFields::Texts),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            PayloadFields::Values(fields) => fields.is_empty(),
            PayloadFields::Texts(fields) => fields.is_empty(),
        }
    }

    fn has(&self, name: &str) -> bool {
        match self {
            PayloadFields::Values(fields) => fields.contains_key(name),
            PayloadFields::Texts(fields) => fields.iter().any(|(key, _)| key == name),
        }
    }

    /// The value of the field `name`, as a `Value`.
    fn value(&self, name: &str) -> Option<serde_json::Value> {
        match self {
            PayloadFields::Values(fields) => fields.get(name).cloned(),
            PayloadFields::Texts(fields) => {
                let (_, text) = fields.iter().find(|(key, _)| key == name)?;
                serde_json::from_str(text.get()).ok()
            }
        }
    }

    /// Every field, to write.
    fn parts<'a, M: ?Sized>(&'a self) -> Vec<(&'a str, Part<'a, M>)> {
        match self {
            PayloadFields::Values(fields) => fields
                .iter()
                .map(|(name, value)| (name.as_str(), Part::Payload(value)))
                .collect(),
            PayloadFields::Texts(fields) => fields
                .iter()
                .map(|(name, text)| (name.as_str(), Part::Raw(text)))
                .collect(),
        }
    }
}

/// A payload's fields as JSON text, each key once (the last value of a key written twice,
/// as a `Value` keeps it), in the order of their first appearance.
fn payload_fields<T: Serialize + ?Sized>(
    payload: &T,
) -> Result<Vec<PayloadField>, alloc::string::String> {
    /// The fields of a JSON object's text, in order, each value's text kept.
    struct Fields(Vec<PayloadField>);

    impl<'de> Deserialize<'de> for Fields {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> de::Visitor<'de> for Visit {
                type Value = Fields;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a map or nothing")
                }
                fn visit_unit<E: de::Error>(self) -> Result<Fields, E> {
                    Ok(Fields(Vec::new()))
                }
                fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                    let mut fields: Vec<PayloadField> =
                        Vec::with_capacity(map.size_hint().unwrap_or(0));
                    let mut at = alloc::collections::BTreeMap::new();
                    while let Some((name, value)) = map.next_entry::<alloc::string::String, _>()? {
                        match at.get(&name) {
                            Some(&index) => fields[index] = (name, value),
                            None => {
                                at.insert(name.clone(), fields.len());
                                fields.push((name, value));
                            }
                        }
                    }
                    Ok(Fields(fields))
                }
            }
            deserializer.deserialize_any(Visit)
        }
    }

    let text = serde_json::to_string(payload).map_err(|e| e.to_string())?;
    serde_json::from_str::<Fields>(&text)
        .map(|fields| fields.0)
        .map_err(|_| "a success's payload must serialize as a map or as nothing".to_string())
}

/// Whether the detail (kept whole, under `name`) holds the request id `id` where the
/// envelope reads one (Feishu's `error.log_id`): then it gives the id back, and the id is
/// not written again.
fn holds_id(envelope: &Envelope, name: &str, detail: &str, id: &str) -> bool {
    envelope.request_id_fields().iter().any(|field| {
        field.split_once('.').is_some_and(|(outer, inner)| {
            outer == name
                && serde_json::from_str::<serde_json::Value>(detail)
                    .is_ok_and(|value| gives_id(&value[inner], id))
        })
    })
}

/// Whether a JSON value gives the request id `id` back when read: the same string, or a
/// number of the same text.
fn gives_id(value: &serde_json::Value, id: &str) -> bool {
    match value {
        serde_json::Value::String(text) => text == id,
        serde_json::Value::Number(number) => number.to_string() == id,
        _ => false,
    }
}

/// A value of a written answer.
enum Part<'a, M: ?Sized> {
    Code(Code<'a>),
    Message(&'a M),
    Text(&'a str),
    Id(IdValue<'a>),
    /// JSON text, written as it is.
    Json(&'a str),
    Payload(&'a serde_json::Value),
    /// A payload's value as its JSON text, exact.
    Raw(&'a RawValue),
    Object(Vec<(&'a str, Part<'a, M>)>),
}

impl<M: Serialize + ?Sized> Serialize for Part<'_, M> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Part::Code(code) => code.serialize(serializer),
            Part::Message(message) => message.serialize(serializer),
            Part::Text(text) => serializer.serialize_str(text),
            Part::Id(id) => id.serialize(serializer),
            // Text this crate read as JSON; a text that is not (built by hand) is a string.
            Part::Json(text) => match serde_json::from_str::<&RawValue>(text) {
                Ok(raw) => raw.serialize(serializer),
                Err(_) => serializer.serialize_str(text),
            },
            Part::Payload(value) => value.serialize(serializer),
            Part::Raw(text) => text.serialize(serializer),
            Part::Object(entries) => {
                let mut object = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    object.serialize_entry(key, value)?;
                }
                object.end()
            }
        }
    }
}

impl<M: Serialize + ?Sized> Serialize for Written<'_, M> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Part::Object(self.parts()).serialize(serializer)
    }
}

impl<'a, M: Serialize + ?Sized> Written<'a, M> {
    /// The answer's entries: the code, the message, the sub code and its message, the request
    /// id, the detail, the payload's fields; for a nested envelope, the object holding them
    /// under its key, and the kept fields beside it.
    fn parts(&self) -> Vec<(&'a str, Part<'a, M>)> {
        let envelope = self.envelope;
        let more = self.more;
        let in_payload = |name: &str| self.payload.is_some_and(|p| p.has(name));
        let mut inner = Vec::new();
        match more.and_then(|more| more.top.as_ref()) {
            Some((code, message)) => {
                // The envelope's own code, where one was sent beside the sub code.
                if let Some(code) = code {
                    inner.push((envelope.code_field(), Part::Code(code.as_code())));
                }
                if let Some(message) = message {
                    inner.push((envelope.message_field(), Part::Text(message)));
                }
            }
            None => match (self.code, envelope.sub_code_field()) {
                // An error's string code that is no number, with no code beside it (a
                // catalogue's value, an error built by hand), where a string sub code types
                // the envelope's errors: the sub code, as the platform sends it (AIP-193's
                // `status`, Alipay's `sub_code`), with its message. AIP-193's numeric
                // `code` is the HTTP status, written where the error has one; Alipay's code
                // beside a sub code is not made up. (A numeric string under Alipay, such as
                // `"40004"`, is its code.)
                (Some(code), Some(sub_code))
                    if envelope.is_typed_by_sub_code()
                        && code.is_name()
                        && self.payload.is_none_or(PayloadFields::is_empty)
                        // Alipay's: a catalogue's value only (an `ApiError` built by hand
                        // holds its sub code as read; one read without a sub code is
                        // written back as read).
                        && if envelope.is_code_http_status() {
                            more.is_none_or(|more| more.sub_code.is_none())
                        } else {
                            more.is_none()
                        } =>
                {
                    if let Some(status) = self.status {
                        inner.push((envelope.code_field(), Part::Code(Code::Int(status.into()))));
                    }
                    inner.push((sub_code, Part::Code(code)));
                    if let Some(message) = self.message {
                        let name = envelope
                            .sub_message_field()
                            .unwrap_or(envelope.message_field());
                        inner.push((name, Part::Message(message)));
                    }
                }
                (code, _) => {
                    if let Some(code) = code {
                        inner.push((envelope.code_field(), Part::Code(code)));
                    }
                    if let Some(message) = self.message {
                        inner.push((envelope.message_field(), Part::Message(message)));
                    }
                }
            },
        }
        if let Some(more) = more {
            if let (Some(name), Some(sub)) = (envelope.sub_code_field(), &more.sub_code) {
                inner.push((name, Part::Code(sub.as_code())));
            }
            if let (Some(name), Some(sub)) = (envelope.sub_message_field(), &more.sub_message) {
                inner.push((name, Part::Text(sub)));
            }
        }
        let detail = envelope
            .detail_field()
            .filter(|name| !in_payload(name))
            .zip(more.and_then(|more| more.detail.as_deref()));
        // A payload with a value under one of the id's names (read with the id, which goes
        // to both) writes it: once, as the payload holds it. Otherwise the envelope writes
        // the id, under its first name that no field of the payload takes: a payload's own
        // `request_id: None` or `""` (a `String`'s default), which holds no id (reading
        // skips an empty one), stays the payload's.
        let payload_value = |name: &str| {
            let (outer, inner) = name
                .split_once('.')
                .map_or((name, None), |(o, i)| (o, Some(i)));
            let value = self.payload?.value(outer)?;
            match inner {
                Some(inner) => value.get(inner).cloned(),
                None => Some(value),
            }
        };
        let id_in_payload = envelope
            .request_id_fields()
            .iter()
            .any(|name| payload_value(name).is_some_and(|value| !value.is_null() && value != ""));
        let free = |name: &str| !in_payload(name.split('.').next().unwrap_or(name));
        if let (Some((key, inside)), Some(id)) = (
            id_place(envelope, self.text, self.request_id, &free).filter(|_| !id_in_payload),
            self.request_id,
        ) {
            // Feishu's `error`, kept whole, holds its `log_id` already.
            if !detail.is_some_and(|(name, detail)| holds_id(envelope, name, detail, id)) {
                inner.push((key, Part::Id(IdValue { inside, id })));
            }
        }
        if let Some((name, detail)) = detail {
            inner.push((name, Part::Json(detail)));
        }
        let kept = more
            .map(|more| more.kept.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|(name, text)| (*name, Part::Json(&text.0)));
        // A success of a nested envelope whose successes come without the object (AIP-193's
        // resource) is the payload alone: its fields are the resource's (`status`, `code`),
        // whatever the envelope's error names. (Alipay's success without a code, its token
        // call's, stays under its method's key, beside `sign`.)
        let payload_alone = envelope.nesting().is_some()
            && envelope.is_success_without_code()
            && self.code.is_none()
            && inner.is_empty();
        let payload = self
            .payload
            .map(PayloadFields::parts)
            .unwrap_or_default()
            .into_iter()
            .filter(|(name, _)| {
                payload_alone
                    || *name != envelope.code_field()
                        && *name != envelope.message_field()
                        && envelope.sub_code_field() != Some(*name)
                        && envelope.sub_message_field() != Some(*name)
            });
        match envelope.nesting() {
            Some(_) if payload_alone => payload.collect(),
            Some(nesting) => {
                inner.extend(payload);
                let key = match nesting {
                    Nesting::Key(key) => key,
                    _ => more
                        .and_then(|more| more.nested_key.as_deref())
                        .unwrap_or(crate::envelope::ERROR_RESPONSE_KEY),
                };
                let mut outer = Vec::with_capacity(1 + kept.len());
                outer.push((key, Part::Object(inner)));
                outer.extend(kept);
                outer
            }
            None => {
                inner.extend(kept);
                inner.extend(payload);
                inner
            }
        }
    }
}

/// Where a request id is written: under the envelope's first request-id name, as
/// `(key, None)`, or `(outer, Some(inner))` for a dotted name (`error.log_id`): the first of
/// the envelope's names for it that is `free`. `None` when there is no id to write, when the
/// message carries it (`WeCom`'s `hint: [...]`, written back as received), or when the
/// envelope names no free field for one.
pub(super) fn id_place(
    envelope: &Envelope,
    message: &str,
    id: Option<&str>,
    free: &dyn Fn(&str) -> bool,
) -> Option<(&'static str, Option<&'static str>)> {
    let id = id?;
    if envelope.request_id_in(message) == Some(id) {
        return None;
    }
    let name: &'static str = envelope
        .request_id_fields()
        .iter()
        .find(|name| free(name))?;
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
    // Decided inside the reader, so that an error has the position of the answer's end.
    read_head_into::<T, (), D, _, _, _>(deserializer, |head| {
        let (code, message, _) = head_typing::<T, ()>(head);
        let code = code.as_code();
        typed_code::<T, de::value::Error>(code, type_name).and_then(|typed| {
            T::from_code_and_message(typed, &message).ok_or_else(|| {
                de::Error::custom(format_args!("code {code} is not declared by `{type_name}`"))
            })
        })
    })
}

/// The code, message and what else was kept of a head read whole.
fn head_typing<N: crate::HasEnvelope, B: MessageBytes>(
    mut head: Head<B, alloc::string::String>,
) -> (
    ReceivedCode,
    alloc::string::String,
    Option<alloc::boxed::Box<Received>>,
) {
    let code = head.take_received_code::<N>();
    typing::<N>(code, head.message, head.more.take())
}

/// A received code as the catalogue's kind of code; an error for a kind it does not speak.
pub(super) fn typed_code<'a, T: Catalogue, E: de::Error>(
    code: Code<'a>,
    type_name: &str,
) -> Result<T::Code<'a>, E> {
    let type_name = ShortName(type_name);
    <T::Code<'a> as CodeKind<'a>>::from_code(code).ok_or_else(|| match code {
        Code::Int(code) => de::Error::custom(format_args!(
            "code {code} is a number, and `{type_name}` has string codes"
        )),
        Code::Str(code) => de::Error::custom(format_args!(
            "code {code:?} is a string, and `{type_name}` has numeric codes"
        )),
    })
}

/// A type's name as a user writes it: each path in `core::any::type_name`'s answer
/// (`platform_errors_core::platforms::wechat_pay::codes::WechatPayError`, inside generics
/// too) by its last segment (`WechatPayError`), as the type is exported.
struct ShortName<'a>(&'a str);

impl fmt::Display for ShortName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use core::fmt::Write as _;
        let mut rest = self.0;
        loop {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let path = &rest[..end];
            f.write_str(path.rsplit("::").next().unwrap_or(path))?;
            let mut after = rest[end..].chars();
            match after.next() {
                Some(c) => f.write_char(c)?,
                None => return Ok(()),
            }
            rest = after.as_str();
        }
    }
}

/// Deserializes a type with a catch-all from its envelope: every code maps. What
/// `#[platform(serde)]` generates calls it, through `__private`.
pub(crate) fn deserialize_response<'de, T: FromReceived, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    read_head_into::<T, (), D, _, _, _>(deserializer, |mut head| {
        let raw_message = head.take_raw_message::<T>();
        let request_id = head.request_id.take();
        let (code, message, more) = head_typing::<T, ()>(head);
        // A code of the other kind than `T`'s goes to a catch-all that keeps any code as
        // sent (an `ApiError`'s: AIP-193's number without a `status` under a type of string
        // codes, Alipay's `"20000"` under one whose lookup takes numbers); else a number
        // under string codes is its decimal text (a gateway's `"code": 404` before WeChat
        // Pay), which the catch-all keeps.
        let value = match T::__platform_errors_take_any_kind(code.as_code(), &message) {
            Some(value) => value,
            None => {
                let text = crate::code::number_as_string_code::<T>(code.as_code());
                let code = text.as_deref().map_or(code.as_code(), Code::Str);
                let typed = typed_code::<T, de::value::Error>(code, core::any::type_name::<T>())?;
                T::from_received(typed, &message)
            }
        };
        // What else came is kept where the value holds an `ApiError` (a catch-all over one).
        let received = crate::__private::ReceivedParts {
            request_id,
            raw_message,
            more,
        };
        Ok::<_, de::value::Error>(value.__platform_errors_with_received(received))
    })
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
        Written {
            envelope: &E::ENVELOPE,
            code: Some(self.code()),
            message: Some(self.message()),
            text: self.message(),
            request_id: self.request_id(),
            status: api_error_status::<E>(self.code(), self.message(), self.status()),
            more: self.more(),
            payload: None,
        }
        .serialize(serializer)
    }
}

impl<'de, E: Catalogue> Deserialize<'de> for ApiError<E> {
    /// The code, the message and the request id under `E`'s envelope's names; every other
    /// field is skipped without recursing into it. An answer without a code is no error,
    /// even where the envelope's successes carry none: "missing field `code`".
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_head_into::<E, (), D, _, _, _>(deserializer, |head| {
            Ok::<_, core::convert::Infallible>(api_error(head))
        })
    }
}

/// The error an answer's head holds.
#[inline]
pub(super) fn api_error<C: Catalogue, B: MessageBytes>(
    mut head: Head<B, alloc::string::String>,
) -> ApiError<C> {
    let raw_message = head.take_raw_message::<C>();
    let request_id = head.request_id.take();
    let (code, message, more) = head_typing::<C, B>(head);
    ApiError::received_owned(code, message, request_id, raw_message, more)
}
