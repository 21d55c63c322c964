//! The [`http`] crate's types (feature `http`): an [`http::HeaderMap`] is the [`Headers`]
//! that [`wire::from_http`](crate::wire::from_http) reads, an [`http::Response`] is read with
//! [`read_response`], a platform error becomes an answer with [`answer`], and statuses are
//! [`StatusCode`]s.
//!
//! # The status of an answer
//!
//! [`answer_status`] decides, in this order:
//!
//! 1. the status the error's entry declares (`#[platform(http_status = 429)]`,
//!    [`Entry::http_status`]);
//! 2. else the status the error was received with ([`PlatformError::status`]), so that a
//!    gateway passes the platform's answer on as it came (an `ApiError` under AIP-193,
//!    whose `code` is the HTTP status, has one even read without HTTP or built by hand: its
//!    `code`, else the status its `status` name has, `NOT_FOUND` 404); but an error without
//!    a code received with a status below 400 (a 2xx whose body was not the platform's
//!    answer, [`HttpError::Body`]) is 502 Bad Gateway: passed on with its 2xx, its body,
//!    which has no code, would read as a success under WeChat Pay's or `DingTalk`'s newer
//!    envelope, and the caller would not know that the call may have gone through; and a
//!    status that no body goes with (1xx, 204, 205, 304) is not passed on;
//! 3. else, for an error with an entry, the status of its advice: 429 Too Many Requests for
//!    [`Advice::Throttle`](crate::Advice::Throttle) and
//!    [`Advice::WaitForQuota`](crate::Advice::WaitForQuota), 503 Service Unavailable for
//!    [`Advice::Retry`](crate::Advice::Retry) (what a generic HTTP client retries, with the
//!    error's `Retry-After`), and [`DECLARED_WITHOUT_STATUS`], 400, for any other: a declared
//!    code refuses the caller's request;
//! 4. else [`WITHOUT_ENTRY`], 500: a code no entry declares (a catch-all variant, an
//!    `ApiError` with an unknown code) or an error without a code (a local variant), which
//!    says nothing about the request;
//!
//! and then, for a failure received over HTTP that leaves the outcome unknown
//! ([`PlatformError::is_outcome_unknown`]), 502 Bad Gateway unless that status is a
//! gateway's already (502, 504, 520–599): the client that reads the answer passed on then knows
//! that the call may have been done, as this side did. (An error this side makes, not
//! received, keeps the status its entry declares.)
//!
//! Platforms of the WeChat family answer errors with HTTP 200 and the code in the body: a
//! mock of one gives that status itself ([`answer_with_status`], or
//! `Answer::with_status` with the `axum` feature).
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use http::StatusCode;
//! use platform_errors::http::{answer, answer_status};
//! # platform_errors::define_codes! {
//! #     #![platform(crate = platform_errors)]
//! #     #[platform(serde)]
//! #     pub enum BotError {
//! #         #[platform(http_status = 429)]
//! #         #[advice(throttle)]
//! #         RateLimited = 45009 => "api freq out of limit",
//! #         #[advice(fix_request)]
//! #         NoText = 40003 => "text is required",
//! #     }
//! # }
//!
//! // Declared with `#[platform(serde)]`; `RateLimited` with `http_status = 429`.
//! let limited = answer(&BotError::RateLimited);
//! assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
//! assert_eq!(limited.headers()["content-type"], "application/json");
//! assert_eq!(limited.body(), r#"{"errcode":45009,"errmsg":"api freq out of limit"}"#);
//! assert_eq!(answer_status(&BotError::NoText), StatusCode::BAD_REQUEST);
//! ```

use alloc::string::String;
use core::time::Duration;

use ::http::header::{CONTENT_TYPE, RETRY_AFTER};
use ::http::{HeaderMap, HeaderValue, Response, StatusCode};
use serde::de::Deserialize;
use serde::ser::Serialize;

use crate::wire::{from_http, Headers};
use crate::{Catalogue, Entry, HttpError, PlatformError};

/// The status of an answer whose error has an entry that declares none, and whose advice
/// is not to wait or retry: 400 Bad Request. See the [module](self).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use http::StatusCode;
/// use platform_errors::http::{answer_status, DECLARED_WITHOUT_STATUS};
/// use platform_errors::qingtui::{GeneralError, TokenError};
///
/// assert_eq!(answer_status(&TokenError::InvalidToken), DECLARED_WITHOUT_STATUS);
/// // What the advice says to wait for, or retry, is not the request's fault.
/// assert_eq!(answer_status(&GeneralError::ApiCallLimitExceeded), StatusCode::TOO_MANY_REQUESTS);
/// assert_eq!(answer_status(&GeneralError::SystemBusy), StatusCode::SERVICE_UNAVAILABLE);
/// ```
pub const DECLARED_WITHOUT_STATUS: StatusCode = StatusCode::BAD_REQUEST;

/// The status of an answer whose error has no entry and was not received with a status:
/// 500 Internal Server Error. See the [module](self).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::http::{answer_status, WITHOUT_ENTRY};
/// use platform_errors::ApiError;
/// use platform_errors::qingtui::QingtuiError;
///
/// assert_eq!(answer_status(&ApiError::<QingtuiError>::new(61000, "new code")), WITHOUT_ENTRY);
/// ```
pub const WITHOUT_ENTRY: StatusCode = StatusCode::INTERNAL_SERVER_ERROR;

/// Headers by name, ASCII case-insensitively, as `http` looks them up; a value that is not
/// visible ASCII (which `HeaderValue::to_str` refuses) reads as absent.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use http::HeaderMap;
/// use platform_errors::wire::Headers;
///
/// let mut headers = HeaderMap::new();
/// headers.insert("retry-after", "3".parse().unwrap());
/// assert_eq!(headers.header("Retry-After"), Some("3"));
/// assert_eq!(headers.header("Content-Type"), None);
/// assert_eq!(headers.header("not a header name"), None);
/// ```
impl Headers for HeaderMap {
    fn header(&self, name: &str) -> Option<&str> {
        self.get(name)?.to_str().ok()
    }
}

/// Reads an [`http::Response`] as [`from_http`] reads a status, headers and a
/// body: the payload, or the error with the status, the request id and `Retry-After`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::http::read_response;
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::{Advice, HttpError, PlatformError};
///
/// let response = http::Response::builder()
///     .status(429)
///     .header("Retry-After", "2")
///     .body(r#"{"errcode": 45009, "errmsg": "api freq out of limit"}"#)
///     .unwrap();
/// let err = read_response::<(), QingtuiError, _>(&response).unwrap_err();
/// assert_eq!((err.status(), err.advice()), (Some(429), Advice::Throttle));
/// assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(2)));
/// ```
///
/// # Errors
/// What [`from_http`] returns: [`HttpError::Api`] for an error answer, [`HttpError::Body`]
/// for a body that is not the platform's answer.
pub fn read_response<'a, T: Deserialize<'a>, C: Catalogue, B: AsRef<[u8]>>(
    response: &'a Response<B>,
) -> Result<T, HttpError<C>> {
    from_http(
        response.status().as_u16(),
        response.headers(),
        response.body().as_ref(),
    )
}

/// The status the entry declares, as a [`StatusCode`] (`None` when it declares none, or a
/// number `http` does not take as a status).
///
/// The other way, a `StatusCode` is a `u16`: `Entry::with_http_status(StatusCode::NOT_FOUND.as_u16())`
/// (in `const` context too), `ApiError::with_status(status.into())`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use http::StatusCode;
/// use platform_errors::Entry;
/// use platform_errors::http::declared_status;
///
/// const GONE: Entry = Entry::new(40404, "Gone", "gone").with_http_status(StatusCode::GONE.as_u16());
/// assert_eq!(declared_status(&GONE), Some(StatusCode::GONE));
/// assert_eq!(declared_status(&Entry::new(1, "One", "one")), None);
/// ```
#[must_use]
pub fn declared_status(entry: &Entry) -> Option<StatusCode> {
    entry
        .http_status()
        .and_then(|status| StatusCode::from_u16(status).ok())
}

/// The status the error was received with ([`PlatformError::status`]), as a [`StatusCode`].
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use http::StatusCode;
/// use platform_errors::ApiError;
/// use platform_errors::http::received_status;
/// use platform_errors::qingtui::QingtuiError;
///
/// let err = ApiError::<QingtuiError>::new(-1, "系统繁忙").with_status(StatusCode::BAD_GATEWAY.into());
/// assert_eq!(received_status(&err), Some(StatusCode::BAD_GATEWAY));
/// ```
#[must_use]
pub fn received_status<E: PlatformError + ?Sized>(error: &E) -> Option<StatusCode> {
    error
        .status()
        .and_then(|status| StatusCode::from_u16(status).ok())
}

/// The status an answer with this error has: the declared one, else the one it was received
/// with, else for a declared code its advice's (429 to wait, 503 to retry, 400 otherwise) and
/// 500 without one; but 502 for a failure received
/// over HTTP ([`PlatformError::status`]) that leaves the outcome unknown
/// ([`PlatformError::is_outcome_unknown`]: WeChat Pay's `SYSTEM_ERROR` received with a
/// gateway's 502, the success code received under 400), unless it has a gateway's status
/// already (504, 520–599), so that the client reading the answer passed on does not send a call
/// that may have been done again. See the [module](self).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use http::StatusCode;
/// use platform_errors::ApiError;
/// use platform_errors::http::answer_status;
/// use platform_errors::qingtui::{QingtuiError, TokenError};
///
/// // Qingtui declares no statuses: a declared code is 400, unless its advice is to wait
/// // (429) or retry (503).
/// assert_eq!(answer_status(&TokenError::InvalidToken), StatusCode::BAD_REQUEST);
/// // A code the catalogue does not know is 500, unless it came with a status.
/// let unknown = ApiError::<QingtuiError>::new(61000, "brand new");
/// assert_eq!(answer_status(&unknown), StatusCode::INTERNAL_SERVER_ERROR);
/// assert_eq!(answer_status(&unknown.with_status(200)), StatusCode::OK);
///
/// // Under AIP-193 an `ApiError` built by hand has the status its `status` name has.
/// use platform_errors::Uncatalogued;
/// use platform_errors::envelope::GoogleRpc;
/// let missing = ApiError::<Uncatalogued<GoogleRpc>>::received("NOT_FOUND", "no such book");
/// assert_eq!(answer_status(&missing), StatusCode::NOT_FOUND);
///
/// // A code received with a gateway's status leaves the outcome unknown: passed on so.
/// let gateway = ApiError::<QingtuiError>::new(-1, "系统繁忙").with_status(502);
/// assert_eq!(answer_status(&gateway), StatusCode::BAD_GATEWAY);
/// ```
#[must_use]
pub fn answer_status<E: PlatformError + ?Sized>(error: &E) -> StatusCode {
    let status = crate::platform_error::answer_status_code(
        error.entry(),
        error.status(),
        error.code().is_some(),
    );
    // A failure received over HTTP whose outcome is unknown, passed on, keeps it so for the
    // client that reads the answer: a gateway's status, whatever the code declares. (An
    // error this side makes has the status its entry declares.)
    let passed_on = error.status().is_some();
    let status = if passed_on
        && error.is_outcome_unknown()
        && !crate::platform_error::is_gateway_status(status)
    {
        502
    } else {
        status
    };
    StatusCode::from_u16(status).unwrap_or(WITHOUT_ENTRY)
}

/// The error as an HTTP answer: [`answer_status`], `Content-Type: application/json`,
/// `Retry-After` when the error carries a wait, and the body its `Serialize` writes: for a
/// type with `#[platform(serde)]`, its envelope (`{"errcode": N, "errmsg": "..."}` by
/// default); for an [`ApiError`](crate::ApiError), the code and message as received.
///
/// A `Serialize` impl that fails gives a 500 answer in plain text that says so.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use std::time::Duration;
/// use platform_errors::ApiError;
/// use platform_errors::http::answer;
/// use platform_errors::qingtui::QingtuiError;
///
/// let err = ApiError::<QingtuiError>::new(45009, "api freq out of limit")
///     .with_status(429)
///     .with_retry_after(Duration::from_secs(2));
/// let response = answer(&err);
/// assert_eq!(response.status(), 429);
/// assert_eq!(response.headers()["retry-after"], "2");
/// assert_eq!(response.body(), r#"{"errcode":45009,"errmsg":"api freq out of limit"}"#);
/// ```
#[must_use]
pub fn answer<E: PlatformError + Serialize + ?Sized>(error: &E) -> Response<String> {
    answer_with_status(error, answer_status(error))
}

/// [`answer`] with the status given: 200 for a mock of a platform that sends its errors
/// with HTTP 200, as the WeChat family does. The body is the error's own, whatever status
/// is given here: under AIP-193, whose `code` is the HTTP status, that `code` is the one the
/// error was read with (its body's), else [`answer_status`]'s.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use http::StatusCode;
/// use platform_errors::http::answer_with_status;
/// use platform_errors::qingtui::TokenError;
///
/// let response = answer_with_status(&TokenError::ExpiredToken, StatusCode::OK);
/// assert_eq!(response.status(), StatusCode::OK);
/// assert_eq!(response.body(), r#"{"errcode":42403,"errmsg":"expired token"}"#);
/// ```
#[must_use]
pub fn answer_with_status<E: PlatformError + Serialize + ?Sized>(
    error: &E,
    status: StatusCode,
) -> Response<String> {
    let mut response = match serde_json::to_string(error) {
        Ok(body) => {
            let mut response = Response::new(body);
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.status_mut() = status;
            response
        }
        Err(reason) => {
            let mut response = Response::new(alloc::format!(
                "the error could not be written as JSON: {reason}"
            ));
            response.headers_mut().insert(
                CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            );
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
        }
    };
    if let Some(wait) = error.retry_after() {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(whole_seconds(wait)));
    }
    response
}

/// `Retry-After` counts whole seconds: a wait is rounded up, so that a client that waits as
/// told never comes back early.
fn whole_seconds(wait: Duration) -> u64 {
    wait.as_secs()
        .saturating_add(u64::from(wait.subsec_nanos() > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_constants() {
        let declared = crate::Entry::new(1, "One", "one");
        fn answer(entry: Option<&crate::Entry>, received: Option<u16>) -> u16 {
            crate::platform_error::answer_status_code(entry, received, true)
        }
        assert_eq!(
            answer(Some(&declared), None),
            DECLARED_WITHOUT_STATUS.as_u16()
        );
        assert_eq!(answer(None, None), WITHOUT_ENTRY.as_u16());
        assert_eq!(answer(None, Some(429)), 429);
        let advised = |advice| answer(Some(&declared.with_advice(advice)), None);
        assert_eq!(advised(crate::Advice::Throttle), 429);
        assert_eq!(advised(crate::Advice::WaitForQuota), 429);
        assert_eq!(advised(crate::Advice::Retry), 503);
        for advice in [
            crate::Advice::None,
            crate::Advice::RefreshToken,
            crate::Advice::Reauthenticate,
            crate::Advice::FixRequest,
            crate::Advice::CheckConfig,
        ] {
            assert_eq!(advised(advice), 400, "{advice}");
        }
        assert_eq!(
            answer(Some(&declared.with_http_status(404)), Some(429)),
            404
        );
        // A number no status is: the next in order.
        assert_eq!(
            answer(Some(&declared.with_http_status(42)), Some(1000)),
            400
        );
    }

    #[test]
    fn waits_round_up_to_whole_seconds() {
        assert_eq!(whole_seconds(Duration::from_secs(2)), 2);
        assert_eq!(whole_seconds(Duration::from_millis(2001)), 3);
        assert_eq!(whole_seconds(Duration::from_millis(1)), 1);
        assert_eq!(whole_seconds(Duration::ZERO), 0);
        // No overflow into "now" for a wait of forever.
        assert_eq!(whole_seconds(Duration::MAX), u64::MAX);
    }
}
