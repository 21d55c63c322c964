//! HTTP answers: [`from_http`] and the [`Headers`] it reads (this file), [`HttpError`]
//! (`error.rs`) and [`UnexpectedBody`] (`unexpected_body.rs`).

mod error;
mod unexpected_body;

pub use error::HttpError;
pub use unexpected_body::UnexpectedBody;

use alloc::string::{String, ToString};
use core::time::Duration;

use serde::de::Deserialize;

use crate::{ApiError, Catalogue};

use super::response::Response;

/// The headers of an HTTP answer, as [`from_http`] reads them: by name, matched without
/// regard to ASCII case.
///
/// Implemented for `()` (no headers), for slices, arrays and `Vec`s of `(name, value)` pairs,
/// and, with the `http` feature, for `http::HeaderMap`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::wire::Headers;
///
/// let headers = [("Content-Type", "application/json"), ("retry-after", "3")];
/// assert_eq!(headers.header("Retry-After"), Some("3"));
/// assert_eq!(().header("Retry-After"), None);
///
/// // What a client collects, owned.
/// let collected: Vec<(String, String)> = vec![("Request-ID".into(), "r-1".into())];
/// assert_eq!(collected.header("request-id"), Some("r-1"));
/// assert_eq!((&collected).header("request-id"), Some("r-1"));
/// ```
pub trait Headers {
    /// The value of the first header named `name`, if any, as text.
    fn header(&self, name: &str) -> Option<&str>;
}

impl Headers for () {
    fn header(&self, _: &str) -> Option<&str> {
        None
    }
}

impl<N: AsRef<str>, V: AsRef<str>> Headers for [(N, V)] {
    fn header(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(key, _)| key.as_ref().eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_ref())
    }
}

impl<N: AsRef<str>, V: AsRef<str>, const LEN: usize> Headers for [(N, V); LEN] {
    fn header(&self, name: &str) -> Option<&str> {
        self.as_slice().header(name)
    }
}

/// The pairs a client collects (`Vec<(String, String)>`), as their slice.
impl<N: AsRef<str>, V: AsRef<str>> Headers for alloc::vec::Vec<(N, V)> {
    fn header(&self, name: &str) -> Option<&str> {
        self.as_slice().header(name)
    }
}

impl<H: Headers + ?Sized> Headers for &H {
    fn header(&self, name: &str) -> Option<&str> {
        (**self).header(name)
    }
}

/// `Retry-After` as a number of seconds, or (with `std`, which has a clock) as an HTTP date,
/// the wait until then; else the envelope's header that plays it (Feishu's
/// `x-ogw-ratelimit-reset`), in seconds. More seconds than a `u64` holds are the longest
/// wait there is (`u64::MAX` seconds): the retry policy stops rather than retrying soon.
fn retry_after(headers: &impl Headers, envelope: &crate::Envelope) -> Option<Duration> {
    let seconds = |value: &str| {
        let value = value.trim();
        match value.parse::<u64>() {
            Ok(seconds) => Some(Duration::from_secs(seconds)),
            Err(_) if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                Some(Duration::from_secs(u64::MAX))
            }
            Err(_) => None,
        }
    };
    headers
        .header("retry-after")
        .and_then(|value| seconds(value).or_else(|| until_date(value)))
        .or_else(|| {
            envelope
                .retry_after_header()
                .and_then(|name| headers.header(name))
                .and_then(seconds)
        })
}

/// The wait until an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`, or the two obsolete forms
/// RFC 9110 still asks a reader to accept), by the system clock: none for a date already
/// past. `None` for text that is no HTTP date.
#[cfg(feature = "std")]
fn until_date(value: &str) -> Option<Duration> {
    let when = httpdate::parse_http_date(value.trim()).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Without `std` there is no clock: an HTTP date is not read.
#[cfg(not(feature = "std"))]
fn until_date(_: &str) -> Option<Duration> {
    None
}

/// Reads an HTTP answer (its status, its headers and its body) into the payload or the
/// error: the names come from `C`'s envelope ([`Catalogue::ENVELOPE`]), and the error
/// carries the status, the request id (from the body, else from the envelope's header:
/// WeChat Pay's `Request-ID`, DingTalk's `x-acs-request-id`, Feishu's `X-Tt-Logid`) and the
/// wait the platform asked for (`Retry-After`, else the envelope's header that plays it:
/// Feishu's `x-ogw-ratelimit-reset`). A wait is read in seconds, or, for `Retry-After` with
/// the `std` feature, as an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`): the time from now
/// until then by the system clock, zero for a date past. Without `std` there is no clock,
/// and a date is not read: read it from the headers yourself and give it with
/// [`ApiError::with_retry_after`](crate::ApiError::with_retry_after).
///
/// The body decides success, and the status where the body cannot: an answer with an error
/// code under a 2xx status is an error (WeChat Pay's `USERPAYING` comes with 202), and one
/// with the success code under any other status is an [`HttpError::Body`] (a gateway's or a
/// proxy's, or an error answered with the wrong code: a call that may have failed is not
/// taken for done). Where the
/// envelope's code is the HTTP status ([`Envelope::with_http_status_code`](crate::Envelope::with_http_status_code), AIP-193's), the
/// status decides: a 2xx answer is the resource, whatever fields it has (a finished
/// operation's `error` included). Where
/// the envelope's successes carry no code (WeChat Pay v3, DingTalk's newer API), a body
/// without a code is the success only under 2xx: under any other status it is a gateway's
/// or a proxy's JSON (`{"message": "upstream timed out"}` with 502), an
/// [`HttpError::Body`]. An empty body under 2xx (WeChat Pay's 204) is the success of a `T`
/// that reads from nothing, such as `()`. Where successes come with the code or without it,
/// call by call (`WeChat`'s: `GET /cgi-bin/token` answers `{"access_token": ...}`, sending a
/// message `{"errcode": 0, ...}`), a body without the code is the success only where it
/// carries a payload, a field beside the envelope's: an empty body, `{}`, `{"errmsg": ""}`,
/// or any body read as `()` is an [`HttpError::Body`]. (`Response<T, C>`, read with serde,
/// does not see the status and is not so strict: it reads any answer without the code as a
/// success.)
/// A body that is not the platform's answer (a proxy's 502 page, an empty body, a truncated
/// one) is an [`HttpError::Body`] that carries the same, with the content type and the
/// body's first bytes, rather than a bare serde error.
///
/// The body is parsed whatever the content type says, since some platforms send JSON as
/// `text/plain`, and as [`from_slice`](super::from_slice) parses it: a byte order mark is
/// skipped, and a message that is not UTF-8 keeps its code
/// ([`ApiError::raw_message`]).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use std::time::Duration;
/// use platform_errors::{Advice, HttpError, PlatformError};
/// use platform_errors::wire::from_http;
/// use platform_errors::qingtui::QingtuiError;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Sent { msgid: u64 }
///
/// let json = [("Content-Type", "application/json")];
/// let sent: Sent = from_http::<_, QingtuiError>(200, &json,
///     br#"{"errcode": 0, "errmsg": "ok", "msgid": 7}"#)?;
/// assert_eq!(sent.msgid, 7);
///
/// let busy = from_http::<Sent, QingtuiError>(200, (), r#"{"errcode": -1, "errmsg": "系统繁忙"}"#.as_bytes());
/// let Err(HttpError::Api(err)) = busy else { panic!() };
/// assert_eq!((err.code(), err.status(), err.advice()), ((-1).into(), Some(200), Advice::Retry));
///
/// let page = b"<html><head><title>502 Bad Gateway</title></head></html>";
/// let err = from_http::<Sent, QingtuiError>(502, [("content-type", "text/html")], page).unwrap_err();
/// assert_eq!((err.status(), err.advice()), (Some(502), Advice::Retry));
/// let HttpError::Body(body) = &err else { panic!() };
/// assert!(body.head().starts_with("<html><head><title>502"));
/// assert!(err.to_string().starts_with("HTTP 502 (text/html): not the platform's answer"), "{err}");
///
/// // A gateway's rate limit, with the wait it asks for.
/// let err = from_http::<Sent, QingtuiError>(429, [("Retry-After", "7")], b"slow down").unwrap_err();
/// assert_eq!((err.advice(), err.retry_after()), (Advice::Throttle, Some(Duration::from_secs(7))));
/// // As an HTTP date (with `std`): the wait until then, none for a date past.
/// let past = [("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")];
/// let err = from_http::<Sent, QingtuiError>(503, past, b"down").unwrap_err();
/// assert_eq!(err.retry_after(), Some(Duration::ZERO));
/// # Ok::<(), HttpError<QingtuiError>>(())
/// ```
///
/// # Errors
/// [`HttpError::Api`] for an answer with any code but the envelope's success code;
/// [`HttpError::Body`] for a body that does not parse as the platform's answer with `T`.
pub fn from_http<'a, T: Deserialize<'a>, C: Catalogue>(
    status: u16,
    headers: impl Headers,
    body: &'a [u8],
) -> Result<T, HttpError<C>> {
    let wait = retry_after(&headers, &C::ENVELOPE);
    let header_id = C::ENVELOPE
        .request_id_header()
        .and_then(|name| headers.header(name))
        .filter(|id| !id.trim().is_empty());
    let body = super::bytes::without_bom(body);
    let success_status = (200..300).contains(&status);
    // A success without a body (WeChat Pay's 204), where the envelope's successes carry no
    // code: the payload of nothing, for a `T` that is nothing (`()`, `Option`).
    if C::ENVELOPE.writes_success_without_code()
        && success_status
        && body.iter().all(u8::is_ascii_whitespace)
    {
        if let Ok(value) =
            T::deserialize(serde::de::value::UnitDeserializer::<serde::de::value::Error>::new())
        {
            return Ok(value);
        }
    }
    // Whether the body said the call was done, under a status that says it failed.
    let mut said_done = false;
    // Why the body is not the platform's answer, where it is not.
    let reason = if C::ENVELOPE.is_code_http_status() && success_status {
        // Where the envelope's code is the HTTP status (AIP-193's), the status decides: a
        // 2xx answer is the resource, even one with a field named like the envelope's (a
        // finished long-running operation's `error`, AIP-151). An empty object (Google's
        // `Delete` answers `{}`) is the payload of nothing for a `T` that can be nothing
        // (`Option`, `()`), as `Response<Option<T>>` reads it.
        if is_empty_object(body) {
            if let Ok(value) = T::deserialize(UnitOnly { none: true }) {
                return Ok(value);
            }
        }
        match serde_json::from_slice::<T>(body) {
            Ok(value) => return Ok(value),
            // `()` and unit structs read a success whatever fields it carries, as
            // `Response<()>` does: Google's `Delete` answers `{}`.
            Err(reason) => match unit_of_any_json::<T>(body) {
                Some(value) => return Ok(value),
                None => reason.to_string(),
            },
        }
    } else {
        match super::bytes::read::<Response<T, C>>(body) {
            // A body without a code under a status that is not 2xx, where successes carry no
            // code: a gateway's or a proxy's JSON, not the platform's success (the platform
            // answers errors with a code).
            Ok(response)
                if response.without_code() && response.payload().is_some() && !success_status =>
            {
                no_code_under::<C>(status)
            }
            // Where successes come with the code or without it (`WeChat`'s), one without it
            // carries its payload (`access_token`): an answer with no field beside the
            // envelope's (`{}`, `{"errmsg": ""}`), or one read as a `T` of nothing (`()`,
            // where the call's success is `"errcode": 0`), is not the platform's.
            Ok(response)
                if response.without_code()
                    && C::ENVELOPE.is_success_code_optional()
                    && (T::deserialize(UnitOnly { none: false }).is_ok()
                        || !carries_payload::<C>(body)) =>
            {
                alloc::format!(
                    "no `{}`: a success without it carries a payload",
                    C::ENVELOPE.code_field()
                )
            }
            // The success code under an error status: the two disagree, and a call that may
            // have failed is not taken for done.
            Ok(response) if !success_status && response.is_success() => {
                said_done = true;
                success_code_under(status)
            }
            Ok(response) => {
                return response.into_result().map_err(|err: ApiError<C>| {
                    let mut err = err.with_status(status);
                    if let Some(wait) = wait {
                        err = err.with_retry_after(wait);
                    }
                    if err.request_id().is_none() {
                        if let Some(id) = header_id {
                            err = err.with_request_id(id);
                        }
                    }
                    HttpError::Api(err)
                })
            }
            // A gateway's JSON under an error status, which the payload does not read: said
            // as what it is, not as a success whose payload does not parse.
            Err(_) if !success_status && gateway_json::<C>(body) => no_code_under::<C>(status),
            // The success code under an error status, with a payload `T` does not read (it
            // has none, as a failed call's body has not): said done all the same, as where
            // `T` reads it, so that a call that is not idempotent is not sent again.
            Err(_) if !success_status && says_done_without_payload::<C>(body) => {
                said_done = true;
                success_code_under(status)
            }
            Err(reason) => reason.to_string(),
        }
    };
    let mut unexpected = UnexpectedBody::new(status, headers.header("content-type"), body, reason);
    if said_done {
        unexpected = unexpected.saying_done();
    }
    if C::ENVELOPE.is_without_access_token() {
        unexpected = unexpected.without_access_token();
    }
    Err(HttpError::Body(unexpected.with_headers(wait, header_id)))
}

/// Why JSON without the envelope's code under an error status is not the platform's answer.
fn no_code_under<C: Catalogue>(status: u16) -> String {
    alloc::format!(
        "no `{}` under HTTP {status}: not a success, which comes with 2xx",
        C::ENVELOPE.code_field()
    )
}

/// Whether an answer has a field beside the envelope's: read again, on this rare path only,
/// with a payload that says whether it had one.
fn carries_payload<C: Catalogue>(body: &[u8]) -> bool {
    /// A payload of any fields: whether there was one.
    struct AnyField(bool);
    impl<'de> Deserialize<'de> for AnyField {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Fields;
            impl<'de> serde::de::Visitor<'de> for Fields {
                type Value = AnyField;
                fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<AnyField, A::Error> {
                    let mut any = false;
                    while map
                        .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                        .is_some()
                    {
                        any = true;
                    }
                    Ok(AnyField(any))
                }
            }
            deserializer.deserialize_map(Fields)
        }
    }
    super::bytes::read::<Response<AnyField, C>>(body)
        .is_ok_and(|response| response.payload().is_some_and(|payload| payload.0))
}

/// Whether a body is `{}`, whitespace aside.
fn is_empty_object(body: &[u8]) -> bool {
    body.iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .eq(*b"{}")
}

/// `T`'s value for a body of any JSON, where `T` is `()` or a unit struct (the only types
/// that read from [`UnitOnly`]).
fn unit_of_any_json<'a, T: Deserialize<'a>>(body: &[u8]) -> Option<T> {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).ok()?;
    T::deserialize(UnitOnly { none: false }).ok()
}

/// Whether `body` is JSON without the envelope's code, where the envelope's successes carry
/// none: a gateway's or a proxy's answer when it comes with an error status. Read again, on
/// this rare path only, with a payload that takes anything.
fn gateway_json<C: Catalogue>(body: &[u8]) -> bool {
    C::ENVELOPE.is_success_without_code()
        && super::bytes::read::<Response<serde::de::IgnoredAny, C>>(body)
            .is_ok_and(|response| response.without_code())
}

/// Why the success code under an error status is not the platform's answer: the two
/// disagree, and the call may have been done.
fn success_code_under(status: u16) -> String {
    alloc::format!("the success code under HTTP {status}: a success comes with 2xx")
}

/// Whether the body is the envelope's success code, read with no payload: on the rare path
/// of a body that the payload's type did not read.
fn says_done_without_payload<C: Catalogue>(body: &[u8]) -> bool {
    super::bytes::read::<Response<serde::de::IgnoredAny, C>>(body)
        .is_ok_and(|response| response.is_success() && !response.without_code())
}

/// A deserializer of nothing that only `()` and unit structs read, and an `Option` where
/// `none` says (as `None`): any other type is refused (a `serde_json::Value` is not given
/// `Null` for `{}`).
struct UnitOnly {
    none: bool,
}

impl<'de> serde::de::Deserializer<'de> for UnitOnly {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("not a unit"))
    }

    fn deserialize_unit<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if self.none {
            visitor.visit_none()
        } else {
            Err(serde::de::Error::custom("not a unit"))
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}
