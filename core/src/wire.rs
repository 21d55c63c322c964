//! The platform's JSON: responses into typed results, errors into `{"errcode", "errmsg"}`
//! or the names of another [envelope](crate::envelope).
//!
//! [`Response`] reads whole answers; [`from_http`] reads HTTP answers, bodies that are not
//! the platform's included; [`ApiError`] reads and writes the error shape on its own,
//! keeping what was received:
//!
//! ```
//! use platform_errors_core::{Advice, ApiError, PlatformError};
//! use platform_errors_core::qingtui::{QingtuiError, UserError};
//!
//! let body = r#"{"errcode": "43010", "errmsg": "mobile is already existed", "trace": "x"}"#;
//! let err: ApiError<QingtuiError> = serde_json::from_str(body)?;
//! assert_eq!(err.kind(), Some(&QingtuiError::User(UserError::MobileTaken)));
//! assert_eq!(err.advice(), Advice::FixRequest);
//! assert_eq!(
//!     serde_json::to_string(&err)?,
//!     r#"{"errcode":43010,"errmsg":"mobile is already existed"}"#,
//! );
//!
//! // Catalogue types use the same shape.
//! let user: UserError = serde_json::from_str(r#"{"errcode": 43011, "errmsg": "mail is already existed"}"#)?;
//! assert_eq!(user, UserError::MailTaken);
//! # Ok::<(), serde_json::Error>(())
//! ```

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::envelope::ErrcodeErrmsg;
use crate::{ApiError, Envelope, FromCode, FromResponse, PlatformError};

/// What every answer carries, read leniently (see [`Response`]) under an envelope's names.
#[derive(Default)]
struct Head {
    code: Option<i64>,
    message: Option<String>,
    request_id: Option<String>,
}

impl Head {
    /// Reads the value of a key of the envelope into its place.
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &Key<'de>,
        envelope: &Envelope,
    ) -> Result<(), A::Error> {
        match key {
            Key::Code => {
                if self.code.is_some() {
                    return Err(de::Error::duplicate_field(envelope.code()));
                }
                self.code = Some(map.next_value_seed(CodeSeed(envelope))?);
            }
            Key::Message => {
                if self.message.is_some() {
                    return Err(de::Error::duplicate_field(envelope.message()));
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

    /// The code, or the error of its absence: a missing code is never a success, unless
    /// the envelope declares that its successes carry none.
    fn code<E: de::Error>(&self, envelope: &Envelope) -> Result<i64, E> {
        match self.code {
            Some(code) => Ok(code),
            None if envelope.is_success_without_code() => Ok(envelope.success()),
            None => Err(de::Error::missing_field(envelope.code())),
        }
    }
}

/// "a platform response: a JSON object with `errcode` and `errmsg`", with the envelope's
/// names.
fn expecting(f: &mut fmt::Formatter<'_>, envelope: &Envelope) -> fmt::Result {
    write!(
        f,
        "a platform response: a JSON object with `{}` and `{}`",
        envelope.code(),
        envelope.message()
    )
}

/// Reads a whole answer's envelope, skipping every other field without recursing into it.
/// `N` names the envelope ([`FromCode::ENVELOPE`]).
fn read_head<'de, N: FromCode, D: Deserializer<'de>>(deserializer: D) -> Result<Head, D::Error> {
    struct HeadVisitor<N>(PhantomData<fn() -> N>);
    impl<'de, N: FromCode> Visitor<'de> for HeadVisitor<N> {
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
            Ok(head)
        }
    }
    deserializer.deserialize_map(HeadVisitor::<N>(PhantomData))
}

/// A key of an answer: one of the envelope's, or another, kept as text when wanted.
enum Key<'de> {
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
enum KeyText<'de> {
    /// Not wanted: no allocation.
    Skipped,
    Borrowed(&'de str),
    Owned(String),
}

impl KeyText<'_> {
    fn as_str(&self) -> &str {
        match self {
            KeyText::Skipped => "",
            KeyText::Borrowed(text) => text,
            KeyText::Owned(text) => text,
        }
    }

    fn into_string(self) -> String {
        match self {
            KeyText::Skipped => String::new(),
            KeyText::Borrowed(text) => text.to_owned(),
            KeyText::Owned(text) => text,
        }
    }
}

/// Reads a key, classified by the names of `N`'s envelope. Generic rather than holding a
/// reference, so that the names are constants where the keys are compared.
struct KeySeed<N> {
    keep: bool,
    names: PhantomData<fn() -> N>,
}

impl<N: FromCode> KeySeed<N> {
    fn skipping() -> Self {
        KeySeed {
            keep: false,
            names: PhantomData,
        }
    }

    fn keeping() -> Self {
        KeySeed {
            keep: true,
            names: PhantomData,
        }
    }

    #[inline]
    fn classify<'de>(&self, key: &str, keep: impl FnOnce() -> KeyText<'de>) -> Key<'de> {
        if same(key, N::ENVELOPE.code()) {
            Key::Code
        } else if same(key, N::ENVELOPE.message()) {
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
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The request-id key `key` is, if it is one: a declared name, or the object a dotted name
/// (`error.log_id`) looks into.
fn request_id_key(envelope: &Envelope, key: &str) -> Option<Key<'static>> {
    // One prefix test per name: this runs for every key outside the envelope.
    envelope.request_id().iter().find_map(|name| {
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

impl<'de, N: FromCode> DeserializeSeed<'de> for KeySeed<N> {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, N: FromCode> Visitor<'de> for KeySeed<N> {
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
struct CodeSeed<'a>(&'a Envelope);

/// The magnitude below which every integer is a float exactly: 2^53. Beyond it a float
/// code may not be the integer that was written, so it is refused.
const EXACT_IN_F64: f64 = 9_007_199_254_740_992.0;

impl CodeSeed<'_> {
    fn read_f64<E: de::Error>(&self, v: f64) -> Result<i64, E> {
        let name = self.0.code();
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

    fn out_of_range<E: de::Error>(&self, v: impl fmt::Display) -> E {
        E::custom(format_args!(
            "`{}` {v} is out of range: codes are from {} to {}",
            self.0.code(),
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
            self.0.code()
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
                self.0.code()
            ))),
        }
    }
}

/// The message: a string; `null` reads as empty.
struct Message(String);

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
struct IdSeed {
    inside: Option<&'static str>,
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

// ------------------------------------------------------------------------------ Response

/// A response of the platform's API: the code, the message, the request id and, for a
/// success, the API's own fields, read into `T` from beside the envelope. `E` names the
/// envelope ([`FromCode::ENVELOPE`]): a catalogue, or a marker of [`crate::envelope`];
/// the default reads `errcode`/`errmsg`.
///
/// Parsing is lenient where real servers are untidy: the code may be a number, a numeric
/// string, or a float that holds an integer exactly (`40001.0`, `1e5`); the message may be
/// missing or `null`; fields other than the envelope's are skipped on errors, however deep.
/// It is strict where the body is wrong: a code that is missing (unless the envelope declares
/// that successes carry none), not an integer or out of `i64`'s range, a body that is not an
/// object, or a success whose fields do not fit `T` are serde errors. Only the envelope's
/// success code is success.
///
/// A success reads `T` straight from the input when the code comes before the API's fields,
/// as platforms send it; fields sent before the code are kept raw until the code is read
/// (then, for a success, parsed for `T` within serde_json's limit of 128 levels of nesting;
/// an error skips them at any depth).
///
/// ```
/// use platform_errors_core::{Advice, PlatformError, Response};
/// use platform_errors_core::qingtui::QingtuiError;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Token {
///     access_token: String,
///     expires_in: u32,
/// }
///
/// let ok: Response<Token> = serde_json::from_str(
///     r#"{"errcode": 0, "errmsg": "ok", "access_token": "T-1", "expires_in": 7200}"#,
/// )?;
/// let token = ok.into_result::<QingtuiError>()?;
/// assert_eq!(token.access_token, "T-1");
///
/// let expired: Response<Token> =
///     serde_json::from_str(r#"{"errcode": "42001", "errmsg": "access_token超时", "rid": "r-9"}"#)?;
/// let err = expired.into_result::<QingtuiError>().unwrap_err();
/// assert_eq!(err.code(), 42001);
/// assert_eq!(err.request_id(), Some("r-9"));
/// assert_eq!(err.advice(), Advice::RefreshToken);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Another platform's names, from a marker type:
///
/// ```
/// use platform_errors_core::Response;
/// use platform_errors_core::envelope::CodeMsg;
///
/// let body = r#"{"code": 99991663, "msg": "Invalid access token for authorization.", "log_id": "L1"}"#;
/// let response: Response<(), CodeMsg> = serde_json::from_str(body)?;
/// assert_eq!((response.code(), response.request_id()), (99991663, Some("L1")));
/// assert_eq!(serde_json::to_string(&response)?, r#"{"code":99991663,"msg":"Invalid access token for authorization."}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct Response<T, E = ErrcodeErrmsg> {
    code: i64,
    message: String,
    request_id: Option<String>,
    payload: Option<T>,
    names: PhantomData<fn() -> E>,
}

impl<T: fmt::Debug, E> fmt::Debug for Response<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("code", &self.code)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("payload", &self.payload)
            .finish()
    }
}

impl<T: Clone, E> Clone for Response<T, E> {
    fn clone(&self) -> Self {
        Response {
            code: self.code,
            message: self.message.clone(),
            request_id: self.request_id.clone(),
            payload: self.payload.clone(),
            names: PhantomData,
        }
    }
}

impl<T: PartialEq, E> PartialEq for Response<T, E> {
    fn eq(&self, other: &Self) -> bool {
        (self.code, &self.message, &self.request_id, &self.payload)
            == (
                other.code,
                &other.message,
                &other.request_id,
                &other.payload,
            )
    }
}

impl<T: Eq, E> Eq for Response<T, E> {}

/// A successful answer: the payload, and the message that came with it.
///
/// ```
/// use platform_errors_core::Response;
/// use platform_errors_core::qingtui::QingtuiError;
///
/// let body = r#"{"errcode": 0,
///     "errmsg": "success and the accounts [li] [wang] will not change password"}"#;
/// let response: Response<serde_json::Value> = serde_json::from_str(body)?;
/// let done = response.into_success::<QingtuiError>()?;
/// assert_eq!(
///     done.note(),
///     Some("success and the accounts [li] [wang] will not change password"),
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Success<T> {
    /// The API's payload.
    pub value: T,
    /// `errmsg` as received.
    pub message: String,
}

impl<T> Success<T> {
    /// The message, when it says more than a plain success (`"success"`, `"ok"`,
    /// `"请求成功"`, or nothing).
    #[must_use]
    pub fn note(&self) -> Option<&str> {
        let plain = ["", "ok", "success", "请求成功", "成功"];
        let text = self.message.trim();
        let text = text
            .strip_suffix('.')
            .or_else(|| text.strip_suffix('。'))
            .unwrap_or(text);
        (!plain.iter().any(|p| p.eq_ignore_ascii_case(text))).then_some(self.message.as_str())
    }
}

impl<T, E: FromCode> Response<T, E> {
    /// A success carrying `value`, with the envelope's success code.
    pub fn success(message: impl Into<String>, value: T) -> Self {
        Response {
            code: E::ENVELOPE.success(),
            message: message.into(),
            request_id: None,
            payload: Some(value),
            names: PhantomData,
        }
    }

    /// A failure.
    ///
    /// # Panics
    /// If `code` is the envelope's success code.
    pub fn failure(code: i64, message: impl Into<String>) -> Self {
        assert!(
            code != E::ENVELOPE.success(),
            "code {code} is success; use Response::success"
        );
        Response {
            code,
            message: message.into(),
            request_id: None,
            payload: None,
            names: PhantomData,
        }
    }

    /// Whether the code is the envelope's success code.
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.code == E::ENVELOPE.success()
    }
}

impl<T, E> Response<T, E> {
    /// The code as received.
    #[must_use]
    pub fn code(&self) -> i64 {
        self.code
    }

    /// The message as received.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The request id, when the answer had one under a name the envelope declares.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The payload of a success.
    #[must_use]
    pub fn payload(&self) -> Option<&T> {
        self.payload.as_ref()
    }

    /// The payload, or the error resolved in `C`.
    ///
    /// # Errors
    /// The [`ApiError`] of any code but the envelope's success code, with the request id.
    pub fn into_result<C: FromCode>(self) -> Result<T, ApiError<C>> {
        self.into_success().map(|success| success.value)
    }

    /// The payload with the message that came with it, or the error resolved in `C`.
    ///
    /// # Errors
    /// The [`ApiError`] of any code but the envelope's success code, with the request id.
    pub fn into_success<C: FromCode>(self) -> Result<Success<T>, ApiError<C>> {
        // A payload is only ever read or built for the success code.
        match self.payload {
            Some(value) => Ok(Success {
                value,
                message: self.message,
            }),
            None => {
                let err = ApiError::new(self.code, self.message);
                Err(match self.request_id {
                    Some(id) => err.with_request_id(id),
                    None => err,
                })
            }
        }
    }
}

impl<'de, T: Deserialize<'de>, E: FromCode> Deserialize<'de> for Response<T, E> {
    /// Reads the envelope's fields as they come. When the code comes first, as platforms
    /// send it, a success reads `T` straight from the rest of the input and an error skips
    /// the rest; fields before the code are kept raw until the code is known.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ResponseVisitor<T, E>(PhantomData<fn() -> (T, E)>);
        impl<'de, T: Deserialize<'de>, E: FromCode> Visitor<'de> for ResponseVisitor<T, E> {
            type Value = Response<T, E>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                expecting(f, &E::ENVELOPE)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Response<T, E>, A::Error> {
                let envelope = &E::ENVELOPE;
                let mut head = Head::default();
                let mut before = Vec::new();
                let mut ended = true;
                while let Some(key) = map.next_key_seed(KeySeed::<E>::keeping())? {
                    match key {
                        Key::Other(name) => {
                            before.push((name.into_string(), map.next_value::<Box<RawValue>>()?));
                        }
                        // Kept for the envelope, and raw for a payload that wants it too.
                        Key::RequestId { key, inside } => {
                            let raw = map.next_value::<Box<RawValue>>()?;
                            if head.request_id.is_none() {
                                let mut json = serde_json::Deserializer::from_str(raw.get());
                                head.request_id = IdSeed { inside }
                                    .deserialize(&mut json)
                                    .map_err(de::Error::custom)?;
                            }
                            before.push((key.to_owned(), raw));
                        }
                        Key::Code => {
                            head.read(&mut map, &key, envelope)?;
                            ended = false;
                            break;
                        }
                        _ => head.read(&mut map, &key, envelope)?,
                    }
                }
                let code = head.code(envelope)?;
                let payload = if code == envelope.success() {
                    let rest = Rest {
                        map: &mut map,
                        head: &mut head,
                        names: PhantomData::<fn() -> E>,
                        before: before.into_iter(),
                        pending: None,
                        ended,
                    };
                    Some(T::deserialize(rest).map_err(|e| {
                        de::Error::custom(format_args!(
                            "a success whose payload does not parse: {e}"
                        ))
                    })?)
                } else {
                    if !ended {
                        while let Some(key) = map.next_key_seed(KeySeed::<E>::skipping())? {
                            head.read(&mut map, &key, envelope)?;
                        }
                    }
                    None
                };
                Ok(Response {
                    code,
                    message: head.message.unwrap_or_default(),
                    request_id: head.request_id,
                    payload,
                    names: PhantomData,
                })
            }
        }
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
    }
}

/// The rest of a success's answer, as a map for `T`: first the fields sent before the code,
/// then the input's own, without the envelope's code and message (read into the head). A
/// request id goes both to the head and to `T`.
struct Rest<'a, A, N> {
    map: &'a mut A,
    head: &'a mut Head,
    names: PhantomData<fn() -> N>,
    before: alloc::vec::IntoIter<(String, Box<RawValue>)>,
    /// The value of the key last given to `T`, when it was read already.
    pending: Option<serde_json::Value>,
    ended: bool,
}

impl<'de, A: MapAccess<'de>, N: FromCode> Rest<'_, A, N> {
    /// Reads what `T` left: the envelope's fields, and nothing else.
    fn drain(&mut self) -> Result<(), A::Error> {
        self.before.by_ref().for_each(drop);
        self.pending = None;
        while !self.ended {
            match self.map.next_key_seed(KeySeed::<N>::skipping())? {
                Some(key) => self.head.read(self.map, &key, &N::ENVELOPE)?,
                None => self.ended = true,
            }
        }
        Ok(())
    }
}

impl<'de, A: MapAccess<'de>, N: FromCode> MapAccess<'de> for Rest<'_, A, N> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((name, raw)) = self.before.next() {
            let value = serde_json::from_str(raw.get()).map_err(de::Error::custom)?;
            self.pending = Some(value);
            return seed.deserialize(StringDeserializer::new(name)).map(Some);
        }
        while !self.ended {
            let Some(key) = self.map.next_key_seed(KeySeed::<N>::keeping())? else {
                self.ended = true;
                break;
            };
            match key {
                Key::Other(KeyText::Borrowed(name)) => {
                    return seed
                        .deserialize(BorrowedStrDeserializer::new(name))
                        .map(Some);
                }
                Key::Other(name) => {
                    return seed
                        .deserialize(StringDeserializer::new(name.into_string()))
                        .map(Some);
                }
                Key::RequestId { key, inside } => {
                    let value: serde_json::Value = self.map.next_value()?;
                    if self.head.request_id.is_none() {
                        self.head.request_id = IdSeed { inside }
                            .deserialize(&value)
                            .map_err(de::Error::custom)?;
                    }
                    self.pending = Some(value);
                    return seed
                        .deserialize(BorrowedStrDeserializer::new(key))
                        .map(Some);
                }
                key => self.head.read(self.map, &key, &N::ENVELOPE)?,
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.map.next_value_seed(seed),
        }
    }
}

impl<'de, A: MapAccess<'de>, N: FromCode> Deserializer<'de> for Rest<'_, A, N> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, A::Error> {
        let value = visitor.visit_map(&mut self)?;
        self.drain()?;
        Ok(value)
    }

    /// `()` and unit structs: a success whose fields are not wanted.
    fn deserialize_unit<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, A::Error> {
        self.drain()?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        seq tuple tuple_struct map struct enum identifier
    }
}

// ------------------------------------------------------------------------------ errors

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
/// ([`FromCode::ENVELOPE`]), with the message its `Display`. What `#[platform(serde)]`
/// generates calls it, through `__private`.
pub(crate) fn serialize_catalogue<E: PlatformError + FromCode, S: Serializer>(
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
    let mut object = serializer.serialize_map(Some(2))?;
    object.serialize_entry(envelope.code(), &error.code())?;
    object.serialize_entry(envelope.message(), &Displayed(error))?;
    object.end()
}

/// Deserializes a type with lookup from its envelope (`{"errcode", "errmsg"}` by default):
/// shared codes resolved by message; an undeclared code is an error that names it and the
/// type.
///
/// What `#[platform(serde)]` generates calls it, through `__private`.
pub(crate) fn deserialize_lookup<'de, T: FromCode, D: Deserializer<'de>>(
    deserializer: D,
    type_name: &'static str,
) -> Result<T, D::Error> {
    let head = read_head::<T, D>(deserializer)?;
    let code = head.code.unwrap_or_default();
    let message = head.message.unwrap_or_default();
    T::from_code_and_message(code, &message).ok_or_else(|| {
        de::Error::custom(format_args!("code {code} is not declared by `{type_name}`"))
    })
}

/// Deserializes a type with a catch-all from its envelope: every code maps. What
/// `#[platform(serde)]` generates calls it, through `__private`.
pub(crate) fn deserialize_response<'de, T: FromResponse, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let head = read_head::<T, D>(deserializer)?;
    Ok(T::from_response(
        head.code.unwrap_or_default(),
        &head.message.unwrap_or_default(),
    ))
}

impl<E: FromCode> Serialize for ApiError<E> {
    /// The code and message as received, under `E`'s envelope's names.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_map(Some(2))?;
        object.serialize_entry(E::ENVELOPE.code(), &self.code())?;
        object.serialize_entry(E::ENVELOPE.message(), self.message())?;
        object.end()
    }
}

impl<'de, E: FromCode> Deserialize<'de> for ApiError<E> {
    /// The code, the message and the request id under `E`'s envelope's names; every other
    /// field is skipped without recursing into it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let head = read_head::<E, D>(deserializer)?;
        let err = ApiError::new(
            head.code.unwrap_or_default(),
            head.message.unwrap_or_default(),
        );
        Ok(match head.request_id {
            Some(id) => err.with_request_id(id),
            None => err,
        })
    }
}

impl<T: Serialize, E: FromCode> Serialize for Response<T, E> {
    /// The code, the message and, for a success, the payload's fields beside them.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error as _;
        let fields = match &self.payload {
            Some(payload) => match serde_json::to_value(payload).map_err(S::Error::custom)? {
                serde_json::Value::Object(fields) => Some(fields),
                serde_json::Value::Null => None,
                _ => {
                    return Err(S::Error::custom(
                        "a success's payload must serialize as a map or as nothing",
                    ))
                }
            },
            None => None,
        };
        let len = 2 + fields.as_ref().map_or(0, serde_json::Map::len);
        let mut object = serializer.serialize_map(Some(len))?;
        object.serialize_entry(E::ENVELOPE.code(), &self.code)?;
        object.serialize_entry(E::ENVELOPE.message(), &self.message)?;
        for (name, value) in fields.iter().flatten() {
            object.serialize_entry(name, value)?;
        }
        object.end()
    }
}

// ------------------------------------------------------------------------------ HTTP

/// Reads an HTTP answer (its status, its `Content-Type` and its body) into the payload or
/// the error: the names come from `E`'s envelope ([`FromCode::ENVELOPE`]), and an
/// [`ApiError`] carries the status. A body that is not the platform's answer (a proxy's 502
/// page, an empty body, a truncated one) is an [`HttpError::Body`] that carries the status,
/// the content type and the body's first bytes, rather than a bare serde error.
///
/// The body is parsed whatever the content type says, since some platforms send JSON as
/// `text/plain`.
///
/// ```
/// use platform_errors_core::{Advice, HttpError, PlatformError};
/// use platform_errors_core::wire::from_http;
/// use platform_errors_core::qingtui::QingtuiError;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Sent { msgid: u64 }
///
/// let sent: Sent = from_http::<_, QingtuiError>(200, Some("application/json"),
///     br#"{"errcode": 0, "errmsg": "ok", "msgid": 7}"#)?;
/// assert_eq!(sent.msgid, 7);
///
/// let busy = from_http::<Sent, QingtuiError>(200, None, r#"{"errcode": -1, "errmsg": "系统繁忙"}"#.as_bytes());
/// let Err(HttpError::Api(err)) = busy else { panic!() };
/// assert_eq!((err.code(), err.status(), err.advice()), (-1, Some(200), Advice::Retry));
///
/// let page = b"<html><head><title>502 Bad Gateway</title></head></html>";
/// let err = from_http::<Sent, QingtuiError>(502, Some("text/html"), page).unwrap_err();
/// assert_eq!((err.status(), err.advice()), (502, Advice::Retry));
/// let HttpError::Body(body) = &err else { panic!() };
/// assert!(body.head().starts_with("<html><head><title>502"));
/// assert!(err.to_string().starts_with("HTTP 502 (text/html): not the platform's answer"), "{err}");
/// # Ok::<(), HttpError<QingtuiError>>(())
/// ```
///
/// # Errors
/// [`HttpError::Api`] for an answer with any code but the envelope's success code;
/// [`HttpError::Body`] for a body that does not parse as the platform's answer with `T`.
pub fn from_http<'a, T: Deserialize<'a>, E: FromCode>(
    status: u16,
    content_type: Option<&str>,
    body: &'a [u8],
) -> Result<T, HttpError<E>> {
    match serde_json::from_slice::<Response<T, E>>(body) {
        Ok(response) => response
            .into_result()
            .map_err(|err| HttpError::Api(err.with_status(status))),
        Err(reason) => Err(HttpError::Body(BadBody::new(
            status,
            content_type,
            body,
            reason.to_string(),
        ))),
    }
}

/// What went wrong with an HTTP call to the platform: an error answer, or a body that is not
/// an answer at all. See [`from_http`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError<E> {
    /// The platform answered with an error code.
    Api(ApiError<E>),
    /// The body is not the platform's answer.
    Body(BadBody),
}

impl<E> HttpError<E> {
    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> u16 {
        match self {
            // Always set by `from_http`; 0 for an `ApiError` built without one.
            HttpError::Api(err) => err.status().unwrap_or_default(),
            HttpError::Body(body) => body.status(),
        }
    }

    /// The platform's error, when it answered with one.
    #[must_use]
    pub fn api(&self) -> Option<&ApiError<E>> {
        match self {
            HttpError::Api(err) => Some(err),
            HttpError::Body(_) => None,
        }
    }
}

impl<E: PlatformError + 'static> HttpError<E> {
    /// What a client should do: the platform error's advice, or for a body that is not an
    /// answer, [`BadBody::advice`] by status.
    #[must_use]
    pub fn advice(&self) -> crate::Advice {
        match self {
            HttpError::Api(err) => err.advice(),
            HttpError::Body(body) => body.advice(),
        }
    }
}

impl<E: fmt::Display> fmt::Display for HttpError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Api(err) => fmt::Display::fmt(err, f),
            HttpError::Body(body) => fmt::Display::fmt(body, f),
        }
    }
}

impl<E: core::error::Error + 'static> core::error::Error for HttpError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            HttpError::Api(err) => Some(err),
            HttpError::Body(_) => None,
        }
    }
}

/// An HTTP body that is not the platform's answer: its status, content type, first bytes,
/// and why it does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadBody {
    status: u16,
    content_type: Option<String>,
    head: String,
    reason: String,
}

impl BadBody {
    /// How many bytes of the body are kept, at most.
    pub const HEAD_LEN: usize = 256;

    fn new(status: u16, content_type: Option<&str>, body: &[u8], reason: String) -> Self {
        let mut end = body.len().min(Self::HEAD_LEN);
        // Cut at a character boundary when the body is UTF-8 that the cut would split.
        while end > 0 && end < body.len() && (body[end] & 0xC0) == 0x80 {
            end -= 1;
        }
        BadBody {
            status,
            content_type: content_type.map(str::to_owned),
            head: String::from_utf8_lossy(&body[..end]).into_owned(),
            reason,
        }
    }

    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `Content-Type`, when the caller gave it.
    #[must_use]
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The first [`BadBody::HEAD_LEN`] bytes of the body, invalid UTF-8 replaced.
    #[must_use]
    pub fn head(&self) -> &str {
        &self.head
    }

    /// Why the body does not parse, as serde says it.
    #[must_use]
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// What a client should do, by status: 429 is [`Advice::Throttle`](crate::Advice::Throttle);
    /// 500, 502, 503 and 504 are [`Advice::Retry`](crate::Advice::Retry); anything else
    /// [`Advice::None`](crate::Advice::None).
    #[must_use]
    pub fn advice(&self) -> crate::Advice {
        match self.status {
            429 => crate::Advice::Throttle,
            500 | 502 | 503 | 504 => crate::Advice::Retry,
            _ => crate::Advice::None,
        }
    }
}

impl fmt::Display for BadBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        if let Some(content_type) = &self.content_type {
            write!(f, " ({content_type})")?;
        }
        write!(
            f,
            ": not the platform's answer ({}); the body begins {:?}",
            self.reason, self.head
        )
    }
}

impl core::error::Error for BadBody {}
