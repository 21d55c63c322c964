//! The `WeChat` Official Accounts (微信公众号) global return codes: all 161 rows of the
//! list, named from their meaning, with English messages and advice. Behind the `wechat-mp`
//! feature.
//!
//! [`GlobalError`] declares every row; [`WechatMpError`] is the umbrella, with a catch-all
//! for codes the list does not declare.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::wechat_mp::{GlobalError, WechatMpError};
//!
//! let err = WechatMpError::from_received(42001, "access_token expired rid: 6141b79a-1b2c");
//! assert_eq!(err, WechatMpError::Global(GlobalError::AccessTokenExpired));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("wechat-mp"));
//! assert_eq!(GlobalError::AccessTokenExpired.message_in("en").map(|m| &m[..20]), Some("access_token expired"));
//!
//! // -1 is worth retrying; 45009, the daily quota, is not until it resets.
//! assert_eq!(GlobalError::SystemBusy.advice(), Advice::Retry);
//! assert_eq!(GlobalError::ApiCallLimitExceeded.advice(), Advice::WaitForQuota);
//!
//! // Unknown codes keep what was sent.
//! let err = WechatMpError::from_received(99999, "new");
//! assert!(matches!(err, WechatMpError::Unknown { code: 99999, .. }));
//! assert_eq!(err.to_string(), "new");
//! ```
//!
//! # Code 0
//!
//! The list includes 0, "请求成功" (the call succeeded). It is declared, as
//! [`GlobalError::Success`] with [`Advice::None`](crate::Advice::None), so that the catalogue
//! accounts for every row of the list and a received 0 is recognised rather than reported
//! as unknown; its advice is not retryable, so a client that follows the advice never
//! retries a success. A client should still test for 0 before treating an answer as an
//! error, as `Response::into_result` does.
//!
//! # Advice
//!
//! As the platform's SDKs do: [`RefreshToken`](crate::Advice::RefreshToken) on the token
//! codes 40001, 40014 and 42001 (refresh once; if a fresh token is refused with 40001 too,
//! the AppSecret is wrong); [`Retry`](crate::Advice::Retry) on -1 and the few "system
//! error" or "failed to get" rows; [`WaitForQuota`](crate::Advice::WaitForQuota) on 45009,
//! the API's daily quota ("reach max api daily quota limit"; `clear_quota` resets it), on
//! 45047 (the messages to one user, until the user writes again) and on 48006 (the resets
//! of the quota are themselves used up); [`Throttle`](crate::Advice::Throttle) on the
//! frequency codes (45011, 45066);
//! [`Reauthenticate`](crate::Advice::Reauthenticate) where the user must authorise again
//! (40030, 42002, 42007); [`CheckConfig`](crate::Advice::CheckConfig) on the account's
//! permissions and settings (40013, 48001, 48004, 48008, 50001, 50002, 65306, 65309,
//! 9001021); [`None`](crate::Advice::None) on 0 and on 45065 (the mass send was already
//! made). Every other row is [`FixRequest`](crate::Advice::FixRequest). Variants whose
//! advice is not obvious say why in their docs.
//!
//! The default messages are the list's, verbatim (Chinese); `message_in("en")` has the
//! translation written for this crate. The whole catalogue is in
//! `docs/catalogues/wechat-mp.md`, and it is tested against a copy of the list row by row,
//! both ways.

mod codes;

pub use codes::GlobalError;
#[cfg(feature = "alloc")]
pub use codes::WechatMpError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{GlobalError, WechatMpError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(WechatMpError, response);
}
