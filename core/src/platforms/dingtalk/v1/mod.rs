//! `DingTalk`'s newer server API (`api.dingtalk.com/v1.0`): its string codes, such as
//! `"InvalidAuthentication"` and `"Forbidden.AccessDenied.QpsLimitForApi"`, with English
//! messages, HTTP statuses and advice. Behind the `dingtalk` feature, beside the older API's
//! numeric codes ([`crate::dingtalk`]).
//!
//! The newer API answers an error with an HTTP error status and
//! `{"code": "...", "message": "...", "requestid": "..."}`
//! ([`DingtalkV1`](crate::envelope::DingtalkV1)). [`GlobalError`] declares the codes;
//! [`DingtalkV1Error`] is the umbrella, with a catch-all for the codes it does not declare,
//! which keeps them as they came.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::dingtalk::v1::{DingtalkV1Error, GlobalError};
//!
//! let err = DingtalkV1Error::from_received("InvalidAuthentication", "不合法的access_token");
//! assert_eq!(err, DingtalkV1Error::Global(GlobalError::InvalidAuthentication));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("dingtalk-v1"));
//!
//! let limited = GlobalError::QpsLimitForAppkeyAndApi;
//! assert_eq!(limited.as_str(), "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi");
//! assert_eq!(limited.advice(), Advice::Throttle);
//!
//! // Most codes are in the per-API tables, which the list lacks: they keep what was sent.
//! let err = DingtalkV1Error::from_received("paramIllegal", "参数错误");
//! assert!(matches!(&err, DingtalkV1Error::Unknown { code, .. } if code == "paramIllegal"));
//! ```
//!
//! # The list, and what it lacks
//!
//! `core/data/dingtalk-v1-codes.tsv` takes its rows from `DingTalk`'s own pages, cited in its
//! header: the developer guide (open-dingtalk/developerpedia), which lists the two
//! authorisation codes and the token API's four, and the page on throttling, which names the
//! newer API's three rate and quota codes beside the older API's 90018, 90002 and 90020. The
//! text is theirs, verbatim (Chinese); for the throttling codes, the heading of the section
//! that names each.
//!
//! `DingTalk`'s page of the newer API's codes (open.dingtalk.com/document/orgapp/error-code)
//! and the per-API tables, which hold most codes (`paramIllegal`, `systemError`,
//! `Forbidden.AccessDenied.IpNotInWhiteList`, `user.not.exist`, ...), were not found whole in
//! a copy that could be cited. Their codes arrive as [`DingtalkV1Error::Unknown`], with the
//! code and message received.
//!
//! # Advice and HTTP statuses
//!
//! As `DingTalk`'s pages say: [`RefreshToken`](crate::Advice::RefreshToken) on
//! `InvalidAuthentication` (HTTP 400; "需要重新获取": get a new token);
//! [`Throttle`](crate::Advice::Throttle) on `QpsLimitForAppkeyAndApi` and `QpsLimitForApi`
//! (sleep one second, then go on); [`WaitForQuota`](crate::Advice::WaitForQuota) on
//! `ApiCountLimitForOrg`, the monthly quota, which waiting seconds does not lift (the page's
//! fix is a larger plan); [`Retry`](crate::Advice::Retry)
//! on `server.error` (HTTP 500); [`CheckConfig`](crate::Advice::CheckConfig) on the
//! permission and the app's credentials (`AccessTokenPermissionDenied`, HTTP 403;
//! `invalid.client`, `unauthorized.client`). `unsupported.grant.type` is
//! [`FixRequest`](crate::Advice::FixRequest). Each entry's
//! [`http_status`](crate::Entry::http_status) is the one its source gives; the throttling
//! page gives none, and its three codes take the 403 that DingTalk's status table gives every
//! `Forbidden.AccessDenied.*` code.
//!
//! The whole catalogue is in `docs/catalogues/dingtalk-v1.md`, and it is tested against the
//! list row by row, both ways.

mod codes;

#[cfg(feature = "alloc")]
pub use codes::DingtalkV1Error;
pub use codes::GlobalError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{DingtalkV1Error, GlobalError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(DingtalkV1Error, response);
}
