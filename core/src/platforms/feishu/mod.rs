//! Feishu / Lark (飞书) generic server error codes: the 21 codes that Lark's own SDKs name,
//! for tokens, permissions, the app's status and rate limits, and three of Feishu's page of
//! generic codes (24 in all), with Chinese translations and advice. Behind the `feishu` feature.
//!
//! Feishu answers `{"code": ..., "msg": ...}` ([`CodeMsg`](crate::envelope::CodeMsg)), with
//! codes of up to nine digits, and the request id in `error.log_id`. [`GlobalError`] declares
//! the codes; [`FeishuError`] is the umbrella, with a catch-all for the codes it does not
//! declare, which keeps them whole (no code is narrowed to fit a smaller integer).
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::feishu::{FeishuError, GlobalError};
//!
//! let err = FeishuError::from_received(99991663, "Invalid access token for authorization.");
//! assert_eq!(err, FeishuError::Global(GlobalError::InvalidAccessToken));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("feishu"));
//! assert_eq!(GlobalError::RateLimited.advice(), Advice::Throttle);
//!
//! // The list's text is English; `message_in("zh")` has Chinese.
//! assert_eq!(GlobalError::RateLimited.message(), "request trigger frequency limit");
//! assert_eq!(GlobalError::RateLimited.message_in("zh"), Some("请求频率超出限制"));
//!
//! // A nine-digit code the list lacks is kept as it came.
//! let err = FeishuError::from_received(99991403, "a code the list lacks");
//! assert!(matches!(err, FeishuError::Unknown { code: 99_991_403, .. }));
//! ```
//!
//! # The list, and what it lacks
//!
//! `core/data/feishu-codes.tsv` takes its rows from two of Lark's own repositories, cited in
//! its header: the generic error constants of the Lark CLI (larksuite/cli,
//! `internal/output/lark_errors.go`), with their comments as messages (18 rows), and the
//! `ErrCode` constants of the Java SDK (larksuite/oapi-sdk-java, `Body.java`) that the CLI
//! lacks: 10012, 99991664 and 99991669 (3 rows), which the SDK names without text, so their
//! message is the constant's name in words. 99991400's message is the one Feishu sends with
//! HTTP 429, "request trigger frequency limit" (its page on frequency control), not the CLI's
//! comment.
//!
//! Feishu's own page of generic codes
//! (open.feishu.cn/document/server-docs/api-call-guide/generic-error-code) gives three more,
//! declared with its text: 1000004 and 1000005 (rate limits of a method and of an app:
//! throttle) and 1500 (an internal error: retry later). It has more rows, and no copy of it
//! whole was found to cite; these are not declared, and arrive as [`FeishuError::Unknown`]
//! with their code and message: among them 99991403 (the monthly quota: stop until it
//! resets), 11232 (a bot's message rate limit: throttle) and 99991665.
//!
//! # Advice
//!
//! As Lark's Go SDK (larksuite/oapi-sdk-go, `core/httptransport.go`) does, which gets a new
//! token and resends once on 99991671, 99991664 and 99991663 only:
//! [`RefreshToken`](crate::Advice::RefreshToken) on those three, on the user token codes
//! 99991668 and 99991677 (refresh it with its refresh token), and on 10012 (the SDK asks the
//! platform to resend the `app_ticket`). [`Throttle`](crate::Advice::Throttle) on 99991400,
//! which comes with HTTP 429 and an `x-ogw-ratelimit-reset` header (the SDK does not resend
//! on it), and on 1000004 and 1000005, the rate limits of a method and of an app. [`Reauthenticate`](crate::Advice::Reauthenticate) when the refresh token itself is
//! refused (20026, 20037, 20064, 20073, 99991669). [`Retry`](crate::Advice::Retry) on 20050,
//! which the list calls retryable, and on 1500, an internal error ("请稍后重试"). [`CheckConfig`](crate::Advice::CheckConfig) on the scope
//! and permission codes (99991672, 99991676, 99991679, 230027) and on the app's credentials
//! and status (99991543, 99991662, 99991673). 99991661, a request sent without a token, is
//! [`FixRequest`](crate::Advice::FixRequest).
//!
//! The default messages are the list's, verbatim (English); `message_in("zh")` has the
//! translation written for this crate. The whole catalogue is in `docs/catalogues/feishu.md`,
//! and it is tested against the list row by row, both ways.

mod codes;

#[cfg(feature = "alloc")]
pub use codes::FeishuError;
pub use codes::GlobalError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{FeishuError, GlobalError};

    crate::__impl_serde!(FeishuError, response);
    crate::__impl_serde!(GlobalError, lookup);
}
