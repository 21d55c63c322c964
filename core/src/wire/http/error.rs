//! [`HttpError`]: an HTTP call's error answer, or a body that is none.

use core::fmt;
use core::time::Duration;

use crate::{Advice, ApiError, Catalogue, Code, Entry, PlatformError};

use super::UnexpectedBody;

/// What went wrong with an HTTP call to the platform: an error answer, or a body that is not
/// an answer at all. See [`from_http`](super::from_http).
///
/// It is a [`PlatformError`]: an SDK's own error type holds it in a transparent variant, and
/// `code()`, `status()`, `request_id()`, `retry_after()`, `advice()` and `entry()` answer
/// through it. The advice of a body that is not the platform's answer comes from the status
/// ([`UnexpectedBody::advice`]).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::wire::from_http;
/// use platform_errors::{Advice, HttpError, PlatformError};
///
/// let body = br#"{"errcode": 45009, "errmsg": "api freq out of limit"}"#;
/// match from_http::<(), QingtuiError>(429, [("Retry-After", "2")], body).unwrap_err() {
///     HttpError::Api(err) => {
///         assert_eq!(err.code(), 45009);
///         assert_eq!(err.status(), Some(429));
///         assert_eq!(err.advice(), Advice::Throttle);
///     }
///     HttpError::Body(body) => unreachable!("{body}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg(feature = "serde")]
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

    /// With a request id found elsewhere than the envelope looks (a gateway's own header),
    /// on the error the platform answered ([`ApiError::with_request_id`]) or the body that
    /// was none ([`UnexpectedBody::with_request_id`]). An empty one is none.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::qingtui::QingtuiError;
    /// use platform_errors::wire::from_http;
    /// use platform_errors::PlatformError;
    ///
    /// let headers = [("x-request-id", "gw-7")];
    /// for (status, body) in [(200, &br#"{"errcode": -1, "errmsg": "busy"}"#[..]), (502, b"<html>502</html>")] {
    ///     let err = from_http::<(), QingtuiError>(status, headers, body).unwrap_err();
    ///     let err = match err.request_id() {
    ///         Some(_) => err,
    ///         None => err.with_request_id("gw-7"),
    ///     };
    ///     assert_eq!(err.request_id(), Some("gw-7"));
    /// }
    /// ```
    #[must_use]
    pub fn with_request_id(self, request_id: impl Into<alloc::string::String>) -> Self {
        match self {
            HttpError::Api(err) => HttpError::Api(err.with_request_id(request_id)),
            HttpError::Body(body) => HttpError::Body(body.with_request_id(request_id)),
        }
    }

    /// Whether the failure leaves unknown if the platform did the call
    /// ([`UnexpectedBody::is_outcome_unknown`]); for an error the platform answered, which
    /// says it did nothing, only AIP-193's `DEADLINE_EXCEEDED` (the operation may have
    /// completed), Alipay's `isp.unknow-error`, `aop.unknow-error` and `ACQ.SYSTEM_ERROR`,
    /// WeChat Pay's `USERPAYING`, and any code received with a gateway's status (502, 504,
    /// 520–599), which may be the gateway's. Mark the attempt of a call that is not idempotent with
    /// [`Attempt::outcome_unknown`](crate::retry::Attempt::outcome_unknown) when it is.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::envelope::GoogleRpc;
    /// use platform_errors::wire::from_http;
    /// use platform_errors::Uncatalogued;
    ///
    /// let body = br#"{"error": {"code": 504, "message": "Deadline expired", "status": "DEADLINE_EXCEEDED"}}"#;
    /// let err = from_http::<(), Uncatalogued<GoogleRpc>>(504, (), body).unwrap_err();
    /// assert!(err.is_outcome_unknown());
    /// let body = br#"{"error": {"code": 503, "message": "busy", "status": "UNAVAILABLE"}}"#;
    /// let err = from_http::<(), Uncatalogued<GoogleRpc>>(503, (), body).unwrap_err();
    /// assert!(!err.is_outcome_unknown());
    /// ```
    #[must_use]
    pub fn is_outcome_unknown(&self) -> bool
    where
        C: Catalogue,
    {
        match self {
            HttpError::Api(err) => err.leaves_outcome_unknown(),
            HttpError::Body(body) => body.is_outcome_unknown(),
        }
    }
}

/// An error answer as an HTTP call's error: `?` takes what [`Response::into_result`]
/// gives into a function that returns `HttpError<C>`.
///
/// [`Response::into_result`]: crate::Response::into_result
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::{HttpError, Response};
///
/// fn read(body: &str) -> Result<u32, HttpError<QingtuiError>> {
///     let response: Response<u32> = serde_json::from_str(body).expect("an answer");
///     Ok(response.into_result::<QingtuiError>()?)
/// }
/// let err = read(r#"{"errcode": 42001, "errmsg": "access_token expired"}"#).unwrap_err();
/// assert!(matches!(err, HttpError::Api(ref api) if api.code() == 42001));
/// ```
impl<C> From<ApiError<C>> for HttpError<C> {
    fn from(err: ApiError<C>) -> Self {
        HttpError::Api(err)
    }
}

impl<C: Catalogue + fmt::Display> fmt::Display for HttpError<C> {
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
    const __PLATFORM_ERRORS_OWN_ENVELOPE: bool = C::__PLATFORM_ERRORS_OWN_ENVELOPE;

    fn __platform_errors_is_received(&self) -> bool {
        true
    }

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
    fn __platform_errors_by_definition(code: C::Code<'_>, message: &str) -> Option<Self> {
        ApiError::__platform_errors_by_definition(code, message).map(HttpError::Api)
    }
}

/// Writes what a `#[platform(serde)]` type holding it in a transparent variant writes: an
/// error answer as it came ([`ApiError`]'s `Serialize`); a body that was not the answer as
/// `C`'s envelope's message alone (`{"errmsg": "not the platform's answer"}`), with the
/// request id (from the body or the envelope's header) under the envelope's field for it,
/// where it names one (WeChat Pay v3 names none: its id comes only in a header). So that a gateway's handler can pass `from_http`'s error on,
/// with [`http::answer`](crate::http::answer) or the `axum` feature's `Answer`; that answer's
/// status is 502 for a body received with a 2xx, which would read as a success. Read back
/// with serde alone, that body has no code: under an envelope whose successes carry none
/// (WeChat Pay v3, DingTalk v1, AIP-193) it reads as a success, so pass it on with its
/// status rather than store it (see [what a round trip keeps](crate::wire#what-a-round-trip-keeps)).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::wire::from_http;
///
/// let body = br#"{"errcode":45009,"errmsg":"api freq out of limit"}"#;
/// let err = from_http::<(), QingtuiError>(200, (), body).unwrap_err();
/// assert_eq!(serde_json::to_string(&err).unwrap(), r#"{"errcode":45009,"errmsg":"api freq out of limit"}"#);
///
/// let page = from_http::<(), QingtuiError>(502, (), b"<html>Bad Gateway</html>").unwrap_err();
/// assert_eq!(serde_json::to_string(&page).unwrap(), r#"{"errmsg":"not the platform's answer"}"#);
/// ```
impl<C: Catalogue + PlatformError + 'static> serde::ser::Serialize for HttpError<C> {
    fn serialize<S: serde::ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::wire::serialize_catalogue(self, serializer)
    }
}

/// Transparent, as its `Display` is: the source is the inner error's source, so that a
/// chain of errors (anyhow's `{:#}`) says the answer once.
impl<C: Catalogue + core::error::Error + 'static> core::error::Error for HttpError<C> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            HttpError::Api(err) => err.source(),
            HttpError::Body(body) => body.source(),
        }
    }
}

impl<C: Catalogue + PlatformError + 'static> PlatformError for HttpError<C> {
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
        match self {
            HttpError::Api(err) => err.message_in(lang),
            HttpError::Body(body) => body.message_in(lang),
        }
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

    fn __platform_errors_kept(
        &self,
        envelope: &crate::Envelope,
        read_back_here: bool,
    ) -> crate::__private::KeptRef<'_> {
        self.api()
            .map(|err| err.__platform_errors_kept(envelope, read_back_here))
            .unwrap_or_default()
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
            HttpError::Body(body) => body.fmt_message(f),
        }
    }

    fn fmt_in(&self, lang: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Api(err) => err.fmt_in(lang, f),
            HttpError::Body(body) => body.fmt_in(lang, f),
        }
    }
}
