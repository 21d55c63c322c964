//! The `WeCom` (企业微信, `WeChat` Work) global error codes: all 281 rows of the list, named
//! from their meaning, with English messages and advice. Behind the `wecom` feature.
//!
//! [`GlobalError`] declares every row; [`WecomError`] is the umbrella, with a catch-all
//! for codes the list does not declare.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::wecom::{GlobalError, WecomError};
//!
//! // WeCom answers an expired token with 40014, not 42001: both say refresh.
//! let err = WecomError::from_received(40014, "invalid access_token, hint: [1639]");
//! assert_eq!(err, WecomError::Global(GlobalError::InvalidAccessToken));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(GlobalError::AccessTokenExpired.advice(), Advice::RefreshToken);
//!
//! assert_eq!(GlobalError::IpNotWhitelisted.as_i64(), 60020);
//! assert_eq!(GlobalError::IpNotWhitelisted.advice(), Advice::CheckConfig);
//! assert_eq!(GlobalError::TooManyConcurrentCalls.advice(), Advice::Throttle);
//! assert_eq!(err.category(), Some("wecom"));
//! ```
//!
//! # Code 0
//!
//! The list includes 0, "请求成功；接口调用成功" (the call succeeded). It is declared, as
//! [`GlobalError::Success`] with [`Advice::None`](crate::Advice::None), so that the catalogue
//! accounts for every row of the list and a received 0 is recognised rather than reported
//! as unknown; its advice is not retryable, so a client that follows the advice never
//! retries a success. A client should still test for 0 before treating an answer as an
//! error, as `Response::into_result` does.
//!
//! # Advice
//!
//! As the platform's SDKs do: [`RefreshToken`](crate::Advice::RefreshToken) on 40001,
//! 40014 and 42001 (the list calls 40001 an invalid secret, but WeCom's SDKs refresh on it
//! as on WeChat; if a fresh token fails with 40001 too, the secret is wrong) and on the
//! expired suite and pre-authorisation credentials (40082, 42007, 42009);
//! [`Retry`](crate::Advice::Retry) on -1 and the rows that say the system failed and may be
//! retried; [`Throttle`](crate::Advice::Throttle) on 45009, 45033 (concurrency) and 84055;
//! [`WaitForQuota`](crate::Advice::WaitForQuota) on the daily and monthly quotas (84066,
//! 84067, 85004); [`CheckConfig`](crate::Advice::CheckConfig) on the
//! IP whitelist (60020), trusted domains, secrets and ids of the app's configuration, and
//! the permission and scope codes (48002, 48004, 50001–50003, 60011, 81011, ...);
//! [`None`](crate::Advice::None) on 0 and on 301071 and 301072 (the face was recorded).
//! Every other row is [`FixRequest`](crate::Advice::FixRequest). Variants whose advice is
//! not obvious say why in their docs.
//!
//! The default messages are the list's, verbatim (Chinese); `message_in("en")` has the
//! translation written for this crate. The whole catalogue is in `docs/catalogues/wecom.md`,
//! and it is tested against a copy of the list row by row, both ways.

mod codes;

pub use codes::GlobalError;
#[cfg(feature = "alloc")]
pub use codes::WecomError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{GlobalError, WecomError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(WecomError, response);
}

/// `WeCom`'s envelope: `errcode`/`errmsg`, success 0, and the request id inside the message,
/// as `hint: [...]` (`WeCom` sends no request id field), which `request_id()` of an error read
/// with the catalogue returns.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, PlatformError};
/// use platform_errors::wecom::WecomError;
///
/// let body = r#"{"errcode": 40014, "errmsg": "invalid access_token, hint: [1639013553_3_ee1f], from ip: 10.1.2.3"}"#;
/// let err: ApiError<WecomError> = serde_json::from_str(body)?;
/// assert_eq!(err.request_id(), Some("1639013553_3_ee1f"));
/// // The message is kept whole.
/// assert!(err.message().ends_with("from ip: 10.1.2.3"));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const ENVELOPE: crate::Envelope =
    crate::Envelope::ERRCODE_ERRMSG.with_request_id_in_message("hint: [", "]");
