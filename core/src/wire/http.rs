//! HTTP answers: [`from_http`], the [`Headers`] it reads, [`HttpError`] and
//! [`UnexpectedBody`].

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use core::fmt;
use core::time::Duration;

use serde::de::Deserialize;

use crate::{Advice, ApiError, Catalogue, Code, Entry, PlatformError};

use super::response::Response;

/// The headers of an HTTP answer, as [`from_http`] reads them: by name, matched without
/// regard to ASCII case.
///
/// Implemented for `()` (no headers), for slices and arrays of `(name, value)` pairs, and,
/// with the `http` feature, for `http::HeaderMap`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::wire::Headers;
///
/// let headers = [("Content-Type", "application/json"), ("retry-after", "3")];
/// assert_eq!(headers.header("Retry-After"), Some("3"));
/// assert_eq!(().header("Retry-After"), None);
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

impl<H: Headers + ?Sized> Headers for &H {
    fn header(&self, name: &str) -> Option<&str> {
        (**self).header(name)
    }
}

/// `Retry-After` as a number of seconds, or (with `std`, which has a clock) as an HTTP date,
/// the wait until then; else the envelope's header that plays it (Feishu's
/// `x-ogw-ratelimit-reset`), in seconds.
fn retry_after(headers: &impl Headers, envelope: &crate::Envelope) -> Option<Duration> {
    let seconds = |value: &str| value.trim().parse::<u64>().ok().map(Duration::from_secs);
    match headers.header("retry-after") {
        Some(value) => seconds(value).or_else(|| until_date(value)),
        None => None,
    }
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
/// code under a 2xx status is an error (WeChat Pay's `USERPAYING` comes with 202). Where the
/// envelope's code is the HTTP status ([`Envelope::with_http_status_code`](crate::Envelope::with_http_status_code), AIP-193's), the
/// status decides: a 2xx answer is the resource, whatever fields it has (a finished
/// operation's `error` included). Where
/// the envelope's successes carry no code (WeChat Pay v3, DingTalk's newer API), a body
/// without a code is the success only under 2xx: under any other status it is a gateway's
/// or a proxy's JSON (`{"message": "upstream timed out"}` with 502), an
/// [`HttpError::Body`]. An empty body under 2xx (WeChat Pay's 204) is the success of a `T`
/// that reads from nothing, such as `()`.
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
        .and_then(|name| headers.header(name));
    let body = super::bytes::without_bom(body);
    let success_status = (200..300).contains(&status);
    // A success without a body (WeChat Pay's 204), where the envelope's successes carry no
    // code: the payload of nothing, for a `T` that is nothing (`()`, `Option`).
    if C::ENVELOPE.is_success_without_code()
        && success_status
        && body.iter().all(u8::is_ascii_whitespace)
    {
        if let Ok(value) =
            T::deserialize(serde::de::value::UnitDeserializer::<serde::de::value::Error>::new())
        {
            return Ok(value);
        }
    }
    // Why the body is not the platform's answer, where it is not.
    let reason = if C::ENVELOPE.is_code_http_status() && success_status {
        // Where the envelope's code is the HTTP status (AIP-193's), the status decides: a
        // 2xx answer is the resource, even one with a field named like the envelope's (a
        // finished long-running operation's `error`, AIP-151).
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
            Err(reason) => reason.to_string(),
        }
    };
    let mut unexpected = UnexpectedBody::new(status, headers.header("content-type"), body, reason);
    unexpected.inner.retry_after = wait;
    unexpected.inner.request_id = header_id.map(str::to_owned);
    Err(HttpError::Body(unexpected))
}

/// Why JSON without the envelope's code under an error status is not the platform's answer.
fn no_code_under<C: Catalogue>(status: u16) -> String {
    alloc::format!(
        "no `{}` under HTTP {status}: not a success, which comes with 2xx",
        C::ENVELOPE.code_field()
    )
}

/// `T`'s value for a body of any JSON, where `T` is `()` or a unit struct (the only types
/// that read from [`UnitOnly`]).
fn unit_of_any_json<'a, T: Deserialize<'a>>(body: &[u8]) -> Option<T> {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).ok()?;
    T::deserialize(UnitOnly).ok()
}

/// Whether `body` is JSON without the envelope's code, where the envelope's successes carry
/// none: a gateway's or a proxy's answer when it comes with an error status. Read again, on
/// this rare path only, with a payload that takes anything.
fn gateway_json<C: Catalogue>(body: &[u8]) -> bool {
    C::ENVELOPE.is_success_without_code()
        && super::bytes::read::<Response<serde::de::IgnoredAny, C>>(body)
            .is_ok_and(|response| response.without_code())
}

/// A deserializer of nothing that only `()` and unit structs read: an `Option` or any other
/// type is refused, not given `None`.
struct UnitOnly;

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

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// What went wrong with an HTTP call to the platform: an error answer, or a body that is not
/// an answer at all. See [`from_http`].
///
/// It is a [`PlatformError`]: an SDK's own error type holds it in a transparent variant, and
/// `code()`, `status()`, `request_id()`, `retry_after()`, `advice()` and `entry()` answer
/// through it. The advice of a body that is not the platform's answer comes from the status
/// ([`UnexpectedBody::advice`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HttpError<C> {
    /// The platform answered with an error code.
    Api(ApiError<C>),
    /// The body is not the platform's answer.
    Body(UnexpectedBody),
}

impl<C> HttpError<C> {
    /// The platform's error, when it answered with one.
    #[must_use]
    pub fn api(&self) -> Option<&ApiError<C>> {
        match self {
            HttpError::Api(err) => Some(err),
            HttpError::Body(_) => None,
        }
    }

    /// Whether the failure leaves unknown if the platform did the call
    /// ([`UnexpectedBody::is_outcome_unknown`]); never for an error the platform answered,
    /// which says it did nothing. Mark the attempt of a call that is not idempotent with
    /// [`Attempt::outcome_unknown`](crate::retry::Attempt::outcome_unknown) when it is.
    #[must_use]
    pub fn is_outcome_unknown(&self) -> bool {
        match self {
            HttpError::Api(_) => false,
            HttpError::Body(body) => body.is_outcome_unknown(),
        }
    }
}

impl<C: fmt::Display> fmt::Display for HttpError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Api(err) => fmt::Display::fmt(err, f),
            HttpError::Body(body) => fmt::Display::fmt(body, f),
        }
    }
}

/// `C`'s lookup, as an [`ApiError`]'s: so that an SDK's error type whose transparent member
/// is an `HttpError` has `C`'s codes (its kind of code, its entries).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Catalogue, HttpError};
/// use platform_errors::qingtui::QingtuiError;
///
/// let err = HttpError::<QingtuiError>::from_code(42001).unwrap();
/// assert_eq!(err.api().map(|api| api.code()), Some(42001.into()));
/// assert!(err.api().is_some_and(|api| api.kind().is_some()));
/// assert!(HttpError::<QingtuiError>::from_code(1).is_none());
/// assert_eq!(HttpError::<QingtuiError>::ENTRIES.len(), QingtuiError::ENTRIES.len());
/// ```
impl<C: Catalogue + PlatformError> Catalogue for HttpError<C> {
    type Code<'a> = C::Code<'a>;
    const ENTRIES: &'static [Entry] = C::ENTRIES;
    const ENVELOPE: crate::Envelope = C::ENVELOPE;

    fn from_code(code: C::Code<'_>) -> Option<Self> {
        ApiError::from_code(code).map(HttpError::Api)
    }

    fn match_message(code: C::Code<'_>, message: &str) -> Option<crate::MessageMatch<Self>> {
        let found = ApiError::match_message(code, message)?;
        Some(crate::MessageMatch {
            value: HttpError::Api(found.value),
            strength: found.strength,
        })
    }

    /// Always `Some`: the code and message as received, resolved where `C` declares them.
    fn from_code_and_message(code: C::Code<'_>, message: &str) -> Option<Self> {
        Some(HttpError::Api(ApiError::new(code, message)))
    }

    /// Where `C` declares the code: its value, with the code and message as received.
    #[doc(hidden)]
    fn __from_code_and_message_by_definition(code: C::Code<'_>, message: &str) -> Option<Self> {
        ApiError::__from_code_and_message_by_definition(code, message).map(HttpError::Api)
    }
}

/// Transparent, as its `Display` is: the source is the inner error's source, so that a
/// chain of errors (anyhow's `{:#}`) says the answer once.
impl<C: core::error::Error + 'static> core::error::Error for HttpError<C> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            HttpError::Api(err) => err.source(),
            HttpError::Body(body) => body.source(),
        }
    }
}

impl<C: PlatformError + 'static> PlatformError for HttpError<C> {
    fn code(&self) -> Option<Code<'_>> {
        match self {
            HttpError::Api(err) => Some(err.code()),
            HttpError::Body(_) => None,
        }
    }

    fn message(&self) -> &str {
        match self {
            HttpError::Api(err) => err.message(),
            HttpError::Body(body) => body.message(),
        }
    }

    fn category(&self) -> Option<&'static str> {
        self.api().and_then(PlatformError::category)
    }

    fn advice(&self) -> Advice {
        match self {
            HttpError::Api(err) => err.advice(),
            HttpError::Body(body) => body.advice(),
        }
    }

    fn message_in(&self, lang: &str) -> Option<&'static str> {
        self.api().and_then(|err| err.message_in(lang))
    }

    fn entry(&self) -> Option<&'static Entry> {
        self.api().and_then(PlatformError::entry)
    }

    fn status(&self) -> Option<u16> {
        match self {
            HttpError::Api(err) => err.status(),
            HttpError::Body(body) => Some(body.status()),
        }
    }

    fn request_id(&self) -> Option<&str> {
        match self {
            HttpError::Api(err) => err.request_id(),
            HttpError::Body(body) => body.request_id(),
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            HttpError::Api(err) => err.retry_after(),
            HttpError::Body(body) => body.retry_after(),
        }
    }

    fn is_outcome_unknown(&self) -> bool {
        HttpError::is_outcome_unknown(self)
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Api(err) => err.fmt_message(f),
            HttpError::Body(body) => f.write_str(body.message()),
        }
    }

    fn fmt_in(&self, lang: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Api(err) => err.fmt_in(lang, f),
            HttpError::Body(body) => fmt::Display::fmt(body, f),
        }
    }
}

/// An HTTP body that is not the platform's answer: its status, content type, first bytes,
/// and why it does not parse.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnexpectedBody {
    // Behind one pointer: an `HttpError`, and an SDK's error type that holds one, stays small
    // to return (clippy's `result_large_err`).
    inner: Box<BodyParts>,
}

/// What an [`UnexpectedBody`] keeps.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BodyParts {
    status: u16,
    content_type: Option<String>,
    head: String,
    reason: String,
    retry_after: Option<Duration>,
    request_id: Option<String>,
}

impl UnexpectedBody {
    /// How many bytes of the body are kept, at most.
    pub const HEAD_LEN: usize = 256;

    fn new(status: u16, content_type: Option<&str>, body: &[u8], reason: String) -> Self {
        let cut = body.len().min(Self::HEAD_LEN);
        // Back to the first byte of the character the cut would split, where the body is
        // UTF-8 (a character is at most 4 bytes); else the cut as it is: bytes that are not
        // UTF-8 are replaced either way.
        let end = (cut.saturating_sub(3)..=cut)
            .rev()
            .find(|&at| at == body.len() || body[at] & 0xC0 != 0x80)
            .unwrap_or(cut);
        UnexpectedBody {
            inner: Box::new(BodyParts {
                status,
                content_type: content_type.map(str::to_owned),
                head: String::from_utf8_lossy(&body[..end]).into_owned(),
                reason,
                retry_after: None,
                request_id: None,
            }),
        }
    }

    /// The HTTP status.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.inner.status
    }

    /// The wait the answer asked for (`Retry-After`, in seconds or until its HTTP date), if
    /// any.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// The request id, from the header the envelope names
    /// ([`Envelope::with_request_id_header`](crate::Envelope::with_request_id_header)).
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// A one-line message for an error's `errmsg`: that the body is not the platform's
    /// answer.
    #[must_use]
    pub fn message(&self) -> &'static str {
        "not the platform's answer"
    }

    /// The `Content-Type`, when the answer had one.
    #[must_use]
    pub fn content_type(&self) -> Option<&str> {
        self.inner.content_type.as_deref()
    }

    /// The first [`UnexpectedBody::HEAD_LEN`] bytes of the body, invalid UTF-8 replaced.
    #[must_use]
    pub fn head(&self) -> &str {
        &self.inner.head
    }

    /// Why the body does not parse, as serde says it.
    #[must_use]
    pub fn reason(&self) -> &str {
        &self.inner.reason
    }

    /// What a client should do, by status, since the body says nothing the client can read:
    ///
    /// | status | advice | why |
    /// |---|---|---|
    /// | 502, 503, 504 | [`Advice::Retry`] | a gateway or the platform is down or overloaded: transient |
    /// | 429 | [`Advice::Throttle`] | a rate limit; wait [`retry_after`](Self::retry_after) when given |
    /// | 401 | [`Advice::RefreshToken`] | the credentials were refused before the platform saw the call; the retry policy refreshes once per call, then stops |
    /// | any other | [`Advice::None`] | other 4xx mean the request is wrong, and retrying it unchanged cannot help; a 500 is the platform's own failure, not known to be transient |
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, HttpError, PlatformError};
    /// use platform_errors::wire::from_http;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// let advice = |status| from_http::<(), QingtuiError>(status, (), b"").unwrap_err().advice();
    /// assert_eq!(advice(503), Advice::Retry);
    /// assert_eq!(advice(429), Advice::Throttle);
    /// assert_eq!(advice(401), Advice::RefreshToken);
    /// assert_eq!(advice(404), Advice::None);
    /// ```
    #[must_use]
    pub fn advice(&self) -> Advice {
        Advice::from_http_status(self.inner.status)
    }

    /// Whether the answer leaves unknown if the platform did the call, so that a call that is
    /// not idempotent must not be sent again
    /// ([`Attempt::outcome_unknown`](crate::retry::Attempt::outcome_unknown)): a 2xx status
    /// whose body is not the answer (the call was done, its answer lost), 500, a gateway's
    /// 502 or 504 (the request may have reached the platform), and the 52x statuses of
    /// proxies and CDNs. Not a refusal before any work: a 4xx (401, 429, ...), 503, 501.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::wire::from_http;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// let unknown = |status| {
    ///     let err = from_http::<(), QingtuiError>(status, (), b"<html></html>").unwrap_err();
    ///     err.is_outcome_unknown()
    /// };
    /// assert!(unknown(502) && unknown(504) && unknown(500) && unknown(200));
    /// assert!(!unknown(429) && !unknown(503) && !unknown(401));
    /// ```
    #[must_use]
    pub fn is_outcome_unknown(&self) -> bool {
        matches!(self.inner.status, 200..=299 | 500 | 502 | 504 | 520..=599)
    }
}

impl fmt::Display for UnexpectedBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.inner.status)?;
        if let Some(content_type) = &self.inner.content_type {
            write!(f, " ({content_type})")?;
        }
        write!(
            f,
            ": not the platform's answer ({}); the body begins {:?}",
            self.inner.reason, self.inner.head
        )
    }
}

impl core::error::Error for UnexpectedBody {}

impl PlatformError for UnexpectedBody {
    /// `None`: the body carries no code the client can read.
    fn code(&self) -> Option<Code<'_>> {
        None
    }

    fn message(&self) -> &str {
        UnexpectedBody::message(self)
    }

    fn advice(&self) -> Advice {
        UnexpectedBody::advice(self)
    }

    fn status(&self) -> Option<u16> {
        Some(self.inner.status)
    }

    fn request_id(&self) -> Option<&str> {
        UnexpectedBody::request_id(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    fn is_outcome_unknown(&self) -> bool {
        UnexpectedBody::is_outcome_unknown(self)
    }
}
