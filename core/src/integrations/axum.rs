//! Platform errors as axum answers (feature `axum`): a handler returns
//! `Result<_, Answer<E>>` and the error goes out as the platform sends it, with the status
//! its entry declares. No `IntoResponse` to write by hand.
//!
//! It depends on `axum-core`, the crate axum's documentation asks libraries to implement
//! `IntoResponse` through (axum 0.8 is `axum-core` 0.5), not on axum itself.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use axum_core::response::IntoResponse;
//! use platform_errors::axum::Answer;
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
//! // A handler: `async fn send(...) -> Result<Json<Sent>, Answer<BotError>>`, whose body
//! // returns `Err(BotError::NoText)?` or `Err(Answer::from(BotError::RateLimited))`.
//! fn send(text: &str) -> Result<&'static str, Answer<BotError>> {
//!     if text.is_empty() {
//!         Err(BotError::NoText)?;
//!     }
//!     Ok("sent")
//! }
//! let response = send("").unwrap_err().into_response();
//! assert_eq!(response.status(), 400);
//! assert_eq!(response.headers()["content-type"], "application/json");
//! ```
//!
//! The status is [`crate::http::answer_status`]'s: the declared one, else the
//! one the error was received with, else for a declared code its advice's (429 to wait, 503
//! to retry, 400 otherwise) and 500 without one ([`crate::http`] says why). The body is the error's `Serialize`: the type's envelope for a
//! type with `#[platform(serde)]` (`{"errcode": 45009, "errmsg": "api freq out of limit"}`).
//! A successful answer in the same envelope is `Json(Response::<T, BotError>::success("ok",
//! value))` ([`Response::success`](crate::Response::success)), where `value` serializes as a
//! map (a struct): its fields go beside the code and message.

use ::axum_core::body::Body;
use ::axum_core::response::{IntoResponse, Response};
use ::http::StatusCode;
use serde::ser::Serialize;

use crate::http::{answer_status, answer_with_status};
use crate::PlatformError;

/// A platform error as an axum answer: the status its entry declares (or the one given with
/// [`with_status`](Answer::with_status)), `Content-Type: application/json`, `Retry-After`
/// when the error carries a wait, and the error's envelope as the body. See the
/// [module](self).
///
/// `From<E>`, so that `?` turns an `E` into an answer in a handler that returns
/// `Result<_, Answer<E>>`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use axum_core::response::IntoResponse;
/// use http::StatusCode;
/// use platform_errors::axum::Answer;
/// use platform_errors::qingtui::TokenError;
///
/// // A mock of the platform answers as the platform does: HTTP 200, the code in the body.
/// let answer = Answer::new(TokenError::ExpiredToken).with_status(StatusCode::OK);
/// assert_eq!(answer.status(), StatusCode::OK);
/// let response = answer.into_response();
/// assert_eq!(response.status(), StatusCode::OK);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer<E> {
    error: E,
    status: Option<StatusCode>,
}

impl<E> Answer<E> {
    /// The answer for `error`, with the status [`answer_status`] decides.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use http::StatusCode;
    /// use platform_errors::axum::Answer;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// // Qingtui declares no statuses: a declared code is 400 (unless its advice is to wait
    /// // or retry).
    /// assert_eq!(Answer::new(TokenError::InvalidToken).status(), StatusCode::BAD_REQUEST);
    /// ```
    #[must_use]
    pub const fn new(error: E) -> Self {
        Answer {
            error,
            status: None,
        }
    }

    /// The same answer, with this status whatever the error declares.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use http::StatusCode;
    /// use platform_errors::axum::Answer;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// let mock = Answer::new(TokenError::InvalidToken).with_status(StatusCode::OK);
    /// assert_eq!(mock.status(), StatusCode::OK);
    /// ```
    #[must_use]
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    /// The error.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::axum::Answer;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// assert_eq!(Answer::new(TokenError::ExpiredToken).error(), &TokenError::ExpiredToken);
    /// ```
    #[must_use]
    pub const fn error(&self) -> &E {
        &self.error
    }

    /// The error, unwrapped.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::axum::Answer;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// assert_eq!(Answer::from(TokenError::ExpiredToken).into_inner(), TokenError::ExpiredToken);
    /// ```
    #[must_use]
    pub fn into_inner(self) -> E {
        self.error
    }
}

impl<E: PlatformError> Answer<E> {
    /// The status the answer goes out with.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use http::StatusCode;
    /// use platform_errors::axum::Answer;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// // Received with a status: it goes out with it.
    /// let limited = ApiError::<QingtuiError>::new(45009, "api freq out of limit").with_status(429);
    /// assert_eq!(Answer::new(limited).status(), StatusCode::TOO_MANY_REQUESTS);
    /// ```
    #[must_use]
    pub fn status(&self) -> StatusCode {
        self.status.unwrap_or_else(|| answer_status(&self.error))
    }
}

/// The error's `Display`: an answer logged by a handler's error layer reads as its error.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::axum::Answer;
/// use platform_errors::qingtui::TokenError;
///
/// let answer = Answer::new(TokenError::ExpiredToken);
/// assert_eq!(answer.to_string(), TokenError::ExpiredToken.to_string());
/// let _: &dyn std::error::Error = &answer;
/// ```
impl<E: core::fmt::Display> core::fmt::Display for Answer<E> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.error.fmt(f)
    }
}

/// Transparent, as its `Display` is: the source is the error's source.
impl<E: core::error::Error> core::error::Error for Answer<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.error.source()
    }
}

impl<E> From<E> for Answer<E> {
    fn from(error: E) -> Self {
        Answer::new(error)
    }
}

impl<E: PlatformError + Serialize> IntoResponse for Answer<E> {
    fn into_response(self) -> Response {
        answer_with_status(&self.error, self.status()).map(Body::from)
    }
}
