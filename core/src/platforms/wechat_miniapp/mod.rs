//! The `WeChat` Mini Program (微信小程序) error codes: all 208 rows of `WxJava`'s list
//! (`WxMaErrorMsgEnum`), named from their meaning, with English messages and advice. Behind the
//! `wechat-miniapp` feature.
//!
//! [`GlobalError`] declares every row; [`WechatMiniappError`] is the umbrella, with a
//! catch-all for codes the list does not declare.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::wechat_miniapp::{GlobalError, WechatMiniappError};
//!
//! let err = WechatMiniappError::from_received(42001, "access_token expired rid: 617682e0-09059ac5");
//! assert_eq!(err, WechatMiniappError::Global(GlobalError::AccessTokenExpired));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("wechat-miniapp"));
//!
//! // -1 is worth retrying; 45009, the daily quota, is not until it resets.
//! assert_eq!(GlobalError::SystemBusy.advice(), Advice::Retry);
//! assert_eq!(GlobalError::ApiCallLimitExceeded.advice(), Advice::Throttle);
//!
//! // The virtual-payment codes have nine digits.
//! assert_eq!(GlobalError::RefundInProgress.as_i64(), 268_490_014);
//! assert_eq!(GlobalError::RefundInProgress.message(), "退款操作进行中，稍后可以使用相同参数重试");
//! assert_eq!(GlobalError::RefundInProgress.advice(), Advice::Retry);
//!
//! // Unknown codes keep what was sent.
//! let err = WechatMiniappError::from_received(40014, "invalid access_token");
//! assert!(matches!(err, WechatMiniappError::Unknown { code: 40014, .. }));
//! assert_eq!(err.to_string(), "invalid access_token");
//! ```
//!
//! # The list
//!
//! `core/data/wechat-miniapp-codes.tsv` is every constant of `WxJava`'s
//! `WxMaErrorMsgEnum` (binarywang/WxJava, `weixin-java-common`, commit `8d3c49e`), in its
//! order, with its text verbatim (Chinese); the file's header cites it. The list has no 0 and
//! no 40014: `WxJava` takes those from the Official Accounts' list, which the `wechat-mp`
//! feature declares (`wechat_mp`). Received here, they are
//! [`WechatMiniappError::Unknown`], with the code and message kept.
//!
//! Some of `WxJava`'s texts are its own summaries rather than the platform's `errmsg`: for
//! 45009 it says "调用分钟频率受限" (a per-minute limit), where the platform's message is
//! "reach max api daily quota limit", a daily quota. The variant's docs say so.
//!
//! # Advice
//!
//! As `WxJava`'s `BaseWxMaServiceImpl` does: [`RefreshToken`](crate::Advice::RefreshToken) on
//! the token codes of the list, 40001 and 42001 (`WxConsts.ACCESS_TOKEN_ERROR_CODES`, which
//! also names 40014); [`Retry`](crate::Advice::Retry) on -1 (`WxJava` retries it with
//! exponential backoff, 1 s base, up to 5 tries) and on the rows that report a failure of the
//! platform or ask for a later retry (89247, 89401, 89408, 268490011, 268490014, ...);
//! [`Throttle`](crate::Advice::Throttle) on the frequency and quota codes (45009, 45011,
//! 45029, 45047, 48006, 53011, 268490015, and the daily or monthly limits such as 87013);
//! [`Reauthenticate`](crate::Advice::Reauthenticate) where the user must log in again (40029,
//! 268490009); [`CheckConfig`](crate::Advice::CheckConfig) on permissions and the account's
//! set-up (40013, 48001, 80082, 89002, ...); [`None`](crate::Advice::None) where the row
//! reports that the thing is already done (89019, 89404, 268490004, ...). Every other row is
//! [`FixRequest`](crate::Advice::FixRequest). Variants whose advice is not obvious say why in
//! their docs.
//!
//! The default messages are the list's, verbatim (Chinese); `message_in("en")` has the
//! translation written for this crate. The whole catalogue is in
//! `docs/catalogues/wechat-miniapp.md`, and it is tested against the list row by row, both
//! ways.

mod codes;

pub use codes::GlobalError;
#[cfg(feature = "alloc")]
pub use codes::WechatMiniappError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{GlobalError, WechatMiniappError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(WechatMiniappError, response);
}
