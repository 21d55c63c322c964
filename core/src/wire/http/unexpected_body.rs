//! [`UnexpectedBody`]: an HTTP body that is not the platform's answer.

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::time::Duration;

use crate::{Advice, Code, PlatformError};

/// An HTTP body that is not the platform's answer: its status, content type, first bytes,
/// and why it does not parse.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::wire::from_http;
/// use platform_errors::{Advice, HttpError, PlatformError};
///
/// let page = b"<html><body>502 Bad Gateway</body></html>";
/// let err = from_http::<(), QingtuiError>(502, [("Content-Type", "text/html")], page).unwrap_err();
/// let HttpError::Body(body) = err else { unreachable!() };
/// assert_eq!((body.status(), body.content_type()), (502, Some("text/html")));
/// assert!(body.head().starts_with("<html>"));
/// assert_eq!(body.advice(), Advice::Retry);
/// assert!(body.is_outcome_unknown());
///
/// // For logs, `Display` quotes the body; for a reader, `display_in` does not.
/// assert!(body.to_string().contains("502 Bad Gateway"));
/// assert_eq!(body.display_in("en").to_string(), "HTTP 502: not the platform's answer");
/// assert_eq!(body.display_in("zh-CN").to_string(), "HTTP 502：不是平台的应答");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg(feature = "serde")]
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
    /// The body said the call was done (the success code), and the status that it failed.
    said_done: bool,
    /// The platform's calls carry no access token (its envelope's
    /// [`is_without_access_token`](crate::Envelope::is_without_access_token) is `true`): a 401 is no token
    /// to refresh.
    without_access_token: bool,
}

impl UnexpectedBody {
    /// With the wait and the request id the answer's headers gave.
    pub(super) fn with_headers(
        mut self,
        retry_after: Option<Duration>,
        request_id: Option<&str>,
    ) -> Self {
        self.inner.retry_after = retry_after;
        self.inner.request_id = request_id.map(str::to_owned);
        self
    }

    /// A body that said the call was done, under a status that says it failed: which of the
    /// two is true is unknown.
    pub(super) fn saying_done(mut self) -> Self {
        self.inner.said_done = true;
        self
    }

    /// Of a platform whose calls carry no access token.
    pub(super) fn without_access_token(mut self) -> Self {
        self.inner.without_access_token = true;
        self
    }

    /// How many bytes of the body are kept, at most.
    pub const HEAD_LEN: usize = 256;

    pub(super) fn new(
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
        reason: String,
    ) -> Self {
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
                said_done: false,
                without_access_token: false,
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
    /// ([`Envelope::with_request_id_header`](crate::Envelope::with_request_id_header)), or
    /// given with [`with_request_id`](Self::with_request_id).
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// With a request id found elsewhere than the envelope looks: a gateway's own header
    /// (`X-Request-Id` before a platform whose envelope names none). An empty one is none,
    /// and takes back one given before.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::qingtui::QingtuiError;
    /// use platform_errors::wire::from_http;
    /// use platform_errors::HttpError;
    ///
    /// let headers = [("x-request-id", "gw-7")];
    /// let err = from_http::<(), QingtuiError>(502, headers, b"<html>502</html>").unwrap_err();
    /// let HttpError::Body(body) = err else { unreachable!() };
    /// assert_eq!(body.request_id(), None); // Qingtui's envelope names no header
    /// let body = body.with_request_id("gw-7");
    /// assert_eq!(body.request_id(), Some("gw-7"));
    /// ```
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        let request_id = request_id.into();
        self.inner.request_id = (!request_id.trim().is_empty()).then_some(request_id);
        self
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
    /// | 401, where the platform has no access token | [`Advice::CheckConfig`] | WeChat Pay v3 signs its requests ([`Envelope::without_access_token`](crate::Envelope::without_access_token)): a key, a certificate or the signature was refused |
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
    ///
    /// # #[cfg(feature = "wechat-pay")] {
    /// // WeChat Pay v3 signs its requests: a 401 page is no token to refresh.
    /// use platform_errors::wechat_pay::WechatPayError;
    /// let err = from_http::<(), WechatPayError>(401, (), b"<html>401</html>").unwrap_err();
    /// assert_eq!(err.advice(), Advice::CheckConfig);
    /// # }
    /// ```
    #[must_use]
    pub fn advice(&self) -> Advice {
        crate::advice::status_advice(self.inner.status, self.inner.without_access_token)
    }

    /// Whether the answer leaves unknown if the platform did the call, so that a call that is
    /// not idempotent must not be sent again
    /// ([`Attempt::outcome_unknown`](crate::retry::Attempt::outcome_unknown)): a 2xx status
    /// whose body is not the answer (the call was done, its answer lost), 500, a gateway's
    /// 502 or 504 (the request may have reached the platform), and the statuses of
    /// proxies and CDNs (520–599); and a body with the success code under any other status (the body
    /// says done, the status failed). Not a refusal before any work: a 4xx (401, 429, ...),
    /// 503, 501.
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
        let status = self.inner.status;
        self.inner.said_done
            || matches!(status, 200..=299 | 500)
            || crate::platform_error::is_gateway_status(status)
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

    /// The message in Chinese for `zh` tags (`不是平台的应答`); `None` for other languages.
    fn message_in(&self, lang: &str) -> Option<&'static str> {
        crate::lang::select(&[("zh", "不是平台的应答")], lang).map(|&(_, text)| text)
    }

    /// The message alone, `not the platform's answer`, as an `HttpError` writes it for
    /// `errmsg`: `Display`, which quotes the body for logs, is no message.
    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(UnexpectedBody::message(self))
    }

    /// For a reader: the status and the message (`HTTP 502: not the platform's answer`,
    /// `HTTP 502：不是平台的应答`), never the body, which may be a proxy's page in any language.
    fn fmt_in(&self, lang: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message_in(lang) {
            Some(translation) => write!(f, "HTTP {}：{translation}", self.inner.status),
            None => write!(
                f,
                "HTTP {}: {}",
                self.inner.status,
                UnexpectedBody::message(self)
            ),
        }
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
