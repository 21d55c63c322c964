//! The platform's JSON: responses into typed results, errors into `{"errcode", "errmsg"}`.
//!
//! [`Response`] reads whole answers; [`ApiError`] reads and writes the
//! error shape on its own, keeping what was received:
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

use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{ApiError, FromCode, FromResponse, PlatformError};

/// What every answer carries: `errcode` and `errmsg`, read leniently (see [`Response`]).
struct Envelope {
    code: i64,
    message: String,
}

const EXPECTING: &str = "a platform response: a JSON object with `errcode` and `errmsg`";

impl<'de> Deserialize<'de> for Envelope {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EnvelopeVisitor;
        impl<'de> Visitor<'de> for EnvelopeVisitor {
            type Value = Envelope;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTING)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
                read_envelope(&mut map, |map, ()| map.next_value::<IgnoredAny>().map(drop))
            }
        }
        deserializer.deserialize_map(EnvelopeVisitor)
    }
}

/// Reads an answer's map: `errcode` and `errmsg` as they come, every other field handed to
/// `other` with its key as `O` makes it (`()` to skip it, `String` to keep it).
fn read_envelope<'de, A: MapAccess<'de>, O: OtherKey>(
    map: &mut A,
    mut other: impl FnMut(&mut A, O) -> Result<(), A::Error>,
) -> Result<Envelope, A::Error> {
    let mut code = None;
    let mut message = None;
    while let Some(key) = map.next_key::<Field<O>>()? {
        match key {
            Field::Code => {
                if code.is_some() {
                    return Err(de::Error::duplicate_field("errcode"));
                }
                code = Some(map.next_value::<Code>()?.0);
            }
            Field::Message => {
                if message.is_some() {
                    return Err(de::Error::duplicate_field("errmsg"));
                }
                message = Some(map.next_value::<Message>()?.0);
            }
            Field::Other(key) => other(map, key)?,
        }
    }
    Ok(Envelope {
        code: code.ok_or_else(|| de::Error::missing_field("errcode"))?,
        message: message.unwrap_or_default(),
    })
}

/// What the key of a field other than `errcode` and `errmsg` becomes.
trait OtherKey {
    fn from_key(key: &str) -> Self;
}

/// Skipped: no allocation.
impl OtherKey for () {
    fn from_key(_: &str) -> Self {}
}

/// Kept by name.
impl OtherKey for String {
    fn from_key(key: &str) -> Self {
        key.into()
    }
}

/// A field of an answer: the envelope's two, or another.
enum Field<O> {
    Code,
    Message,
    Other(O),
}

impl<'de, O: OtherKey> Deserialize<'de> for Field<O> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldVisitor<O>(PhantomData<O>);
        impl<O: OtherKey> Visitor<'_> for FieldVisitor<O> {
            type Value = Field<O>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Field<O>, E> {
                Ok(match key {
                    "errcode" => Field::Code,
                    "errmsg" => Field::Message,
                    other => Field::Other(O::from_key(other)),
                })
            }
        }
        deserializer.deserialize_identifier(FieldVisitor(PhantomData))
    }
}

/// `errcode`: an integer within `i64`, or a string that holds one.
struct Code(i64);

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;
        impl Visitor<'_> for CodeVisitor {
            type Value = Code;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("`errcode` as an integer, or a string holding one")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Code, E> {
                Ok(Code(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Code, E> {
                i64::try_from(v).map(Code).map_err(|_| {
                    E::custom(format_args!(
                        "`errcode` {v} is out of range: codes are from {} to {}",
                        i64::MIN,
                        i64::MAX
                    ))
                })
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Code, E> {
                i64::try_from(v)
                    .map(Code)
                    .map_err(|_| E::custom(format_args!("`errcode` {v} is out of range for i64")))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Code, E> {
                i64::try_from(v)
                    .map(Code)
                    .map_err(|_| E::custom(format_args!("`errcode` {v} is out of range for i64")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Code, E> {
                // Parsers hand integers beyond i64 over as floats.
                if v.is_finite() && v % 1.0 == 0.0 {
                    Err(E::custom(format_args!(
                        "`errcode` {v} is out of range for i64"
                    )))
                } else {
                    Err(E::custom(format_args!(
                        "`errcode` must be an integer, not {v}"
                    )))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Code, E> {
                v.trim().parse().map(Code).map_err(|_| {
                    E::custom(format_args!("`errcode` {v:?} is not an integer within i64"))
                })
            }
        }
        deserializer.deserialize_any(CodeVisitor)
    }
}

/// `errmsg`: a string; `null` reads as empty.
struct Message(String);

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<String>::deserialize(deserializer).map(|m| Message(m.unwrap_or_default()))
    }
}

// ------------------------------------------------------------------------------ Response

/// A response of the platform's API: `errcode`, `errmsg`, and the API's own fields, which
/// are flattened into `T` (only a success needs them).
///
/// Parsing is lenient where real servers are untidy: `errcode` may be a number or a numeric
/// string, `errmsg` may be missing or `null`, and extra fields are ignored on errors. It is
/// strict where the body is wrong: an `errcode` that is missing, not an integer or out of
/// `i64`'s range, a body that is not an object, or a success whose fields do not fit `T`
/// are serde errors.
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
///     serde_json::from_str(r#"{"errcode": "42001", "errmsg": "access_token超时"}"#)?;
/// let err = expired.into_result::<QingtuiError>().unwrap_err();
/// assert_eq!(err.code(), 42001);
/// assert_eq!(err.advice(), Advice::RefreshToken);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response<T> {
    code: i64,
    message: String,
    payload: Option<T>,
}

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

impl<T> Response<T> {
    /// A success carrying `value`.
    pub fn success(message: impl Into<String>, value: T) -> Self {
        Response {
            code: 0,
            message: message.into(),
            payload: Some(value),
        }
    }

    /// A failure with a non-zero code.
    ///
    /// # Panics
    /// If `code` is 0, which is success.
    pub fn failure(code: i64, message: impl Into<String>) -> Self {
        assert!(code != 0, "code 0 is success; use Response::success");
        Response {
            code,
            message: message.into(),
            payload: None,
        }
    }

    /// `errcode` as received.
    #[must_use]
    pub fn code(&self) -> i64 {
        self.code
    }

    /// `errmsg` as received.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether the code is 0.
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.code == 0
    }

    /// The payload of a success.
    #[must_use]
    pub fn payload(&self) -> Option<&T> {
        self.payload.as_ref()
    }

    /// The payload, or the error resolved in `E`.
    ///
    /// # Errors
    /// The [`ApiError`] of a non-zero code.
    pub fn into_result<E: FromCode>(self) -> Result<T, ApiError<E>> {
        self.into_success().map(|success| success.value)
    }

    /// The payload with the message that came with it, or the error resolved in `E`.
    ///
    /// # Errors
    /// The [`ApiError`] of a non-zero code.
    pub fn into_success<E: FromCode>(self) -> Result<Success<T>, ApiError<E>> {
        match self.payload {
            Some(value) if self.code == 0 => Ok(Success {
                value,
                message: self.message,
            }),
            _ => Err(ApiError::new(self.code, self.message)),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Response<T> {
    /// Reads `errcode` and `errmsg` as they come and keeps the other fields aside; only a
    /// success (code 0) builds `T` from them, so an error answer never touches `T`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ResponseVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ResponseVisitor<T> {
            type Value = Response<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTING)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Response<T>, A::Error> {
                let mut rest = serde_json::Map::new();
                let Envelope { code, message } = read_envelope(&mut map, |map, name: String| {
                    rest.insert(name, map.next_value::<serde_json::Value>()?);
                    Ok(())
                })?;
                let payload = if code == 0 {
                    let nothing_else = rest.is_empty();
                    let value = T::deserialize(serde_json::Value::Object(rest))
                        // With no other field, `()` and unit structs read as nothing.
                        .or_else(|e| match nothing_else {
                            true => T::deserialize(serde_json::Value::Null).map_err(|_| e),
                            false => Err(e),
                        })
                        .map_err(|e| {
                            de::Error::custom(format_args!(
                                "a success whose payload does not parse: {e}"
                            ))
                        })?;
                    Some(value)
                } else {
                    None
                };
                Ok(Response {
                    code,
                    message,
                    payload,
                })
            }
        }
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
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
    let mut object = serializer.serialize_struct("PlatformError", 2)?;
    object.serialize_field("errcode", &error.code())?;
    object.serialize_field("errmsg", &Displayed(error))?;
    object.end()
}

/// Deserializes a type with lookup from `{"errcode", "errmsg"}`: shared codes resolved by
/// message; an undeclared code is an error that names it and the type.
///
/// # Errors
/// A malformed body, or a code `T` does not declare.
pub fn deserialize_lookup<'de, T: FromCode, D: Deserializer<'de>>(
    deserializer: D,
    type_name: &'static str,
) -> Result<T, D::Error> {
    let envelope = Envelope::deserialize(deserializer)?;
    T::from_code_and_message(envelope.code, &envelope.message).ok_or_else(|| {
        de::Error::custom(format_args!(
            "code {} is not declared by `{type_name}`",
            envelope.code
        ))
    })
}

/// Deserializes a type with a catch-all from `{"errcode", "errmsg"}`: every code maps.
/// `_type_name` is there so that both kinds of type deserialize through one macro arm.
///
/// # Errors
/// A malformed body.
pub fn deserialize_response<'de, T: FromResponse, D: Deserializer<'de>>(
    deserializer: D,
    _type_name: &'static str,
) -> Result<T, D::Error> {
    let envelope = Envelope::deserialize(deserializer)?;
    Ok(T::from_response(envelope.code, &envelope.message))
}

impl<E> Serialize for ApiError<E> {
    /// The code and message as received.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("ApiError", 2)?;
        object.serialize_field("errcode", &self.code())?;
        object.serialize_field("errmsg", self.message())?;
        object.end()
    }
}

impl<'de, E: FromCode> Deserialize<'de> for ApiError<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let envelope = Envelope::deserialize(deserializer)?;
        Ok(ApiError::new(envelope.code, envelope.message))
    }
}

impl<T: Serialize> Serialize for Response<T> {
    /// `errcode`, `errmsg` and, for a success, the payload's fields beside them.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Flat<'a, T> {
            errcode: i64,
            errmsg: &'a str,
            #[serde(flatten)]
            payload: &'a Option<T>,
        }
        Flat {
            errcode: self.code,
            errmsg: &self.message,
            payload: &self.payload,
        }
        .serialize(serializer)
    }
}
