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
//! use platform_errors::wechat_miniapp::{GlobalError, TokenCode, WechatMiniappError};
//!
//! let err = WechatMiniappError::from_received(42001, "access_token expired rid: 617682e0-09059ac5");
//! assert_eq!(err, WechatMiniappError::Global(GlobalError::AccessTokenExpired));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("wechat-miniapp"));
//!
//! // -1 is worth retrying; 45009, the daily quota, is not: it resets only the next day.
//! assert_eq!(GlobalError::SystemBusy.advice(), Advice::Retry);
//! assert_eq!(GlobalError::ApiCallLimitExceeded.advice(), Advice::WaitForQuota);
//! assert!(!GlobalError::ApiCallLimitExceeded.advice().is_retryable());
//!
//! // The virtual-payment codes have nine digits.
//! assert_eq!(GlobalError::RefundInProgress.as_i64(), 268_490_014);
//! assert_eq!(GlobalError::RefundInProgress.message(), "退款操作进行中，稍后可以使用相同参数重试");
//! assert_eq!(GlobalError::RefundInProgress.advice(), Advice::Retry);
//!
//! // 40014, which the list lacks, refreshes the token as 40001 and 42001 do.
//! let err = WechatMiniappError::from_received(40014, "invalid access_token rid: 6141b79a");
//! assert_eq!(err, WechatMiniappError::Token(TokenCode::InvalidAccessToken));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//!
//! // Unknown codes keep what was sent.
//! let err = WechatMiniappError::from_received(61000, "brand new");
//! assert!(matches!(err, WechatMiniappError::Unknown { code: 61000, .. }));
//! assert_eq!(err.to_string(), "brand new");
//! ```
//!
//! # The list
//!
//! `core/data/wechat-miniapp-codes.tsv` is every constant of `WxJava`'s
//! `WxMaErrorMsgEnum` (binarywang/WxJava, `weixin-java-common`, commit `8d3c49e`), in its
//! order, with its text verbatim (Chinese); the file's header cites it. The list has no 0 and
//! no 40014: `WxJava` takes those from the Official Accounts' list. 40014, an invalid
//! access_token that the platform sends Mini Programs and `WxJava` refreshes the token on, is
//! declared beside the list, in [`TokenCode`], a member of the umbrella; 0, the success, is
//! no error ([`WechatMiniappError::Unknown`] where it is read as one).
//!
//! Some of `WxJava`'s texts are its own summaries rather than the platform's `errmsg`: for
//! 45009 it says "调用分钟频率受限" (a per-minute limit), where the platform's message is
//! "reach max api daily quota limit", a daily quota. The variant's docs say so.
//!
//! # Advice
//!
//! As `WxJava`'s `BaseWxMaServiceImpl` does: [`RefreshToken`](crate::Advice::RefreshToken) on
//! the token codes, `WxConsts.ACCESS_TOKEN_ERROR_CODES`: 40001 and 42001 of the list, and
//! 40014 ([`TokenCode`]); [`Retry`](crate::Advice::Retry) on -1 (`WxJava` retries it with
//! exponential backoff, 1 s base, up to 5 tries) and on the rows that report a failure of the
//! platform or ask for a later retry (89247, 89401, 89408, 268490011, 268490014, ...);
//! [`WaitForQuota`](crate::Advice::WaitForQuota) on the quotas of a day or a month: 45009,
//! the API's daily quota (the platform's message: "reach max api daily quota limit";
//! `clear_quota` resets it), 45029, 45047 (messages to one user, until the user writes
//! again), 48006 (the resets themselves), 53200, 53202, 85085 (seven days), 87013, 89249,
//! 89405, 89413, 89414 and 89429; [`Throttle`](crate::Advice::Throttle) on the frequency
//! codes and the other limits (45011, 53011, 268490015, ...);
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

crate::define_codes! {
    #![platform(crate = crate)]

    /// The token code the Mini Program list lacks: the platform sends it, and `WxJava`
    /// refreshes the token on it (`WxConsts.ACCESS_TOKEN_ERROR_CODES`, with 40001 and 42001
    /// of the list). Its message is the Official Accounts list's, where `WxJava` takes it
    /// from. A member of [`WechatMiniappError`].
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Catalogue, PlatformError};
    /// use platform_errors::wechat_miniapp::TokenCode;
    ///
    /// assert_eq!(TokenCode::from_code(40014), Some(TokenCode::InvalidAccessToken));
    /// assert_eq!(TokenCode::InvalidAccessToken.advice(), Advice::RefreshToken);
    /// ```
    #[platform(category = "wechat-miniapp", lang = "zh")]
    pub enum TokenCode {
        /// An invalid or expired access_token: refresh it and retry once, as `WxJava` does.
        #[advice(refresh_token)]
        InvalidAccessToken = 40014 => ("不合法的 access_token ，请开发者认真比对 access_token 的有效性（如是否过期），或查看是否正在为恰当的公众号调用接口", en = "Invalid access_token; check that it is valid (for example not expired) and that the API is called for the right account"),
    }
}
#[cfg(feature = "alloc")]
pub use codes::WechatMiniappError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{GlobalError, WechatMiniappError};
    use super::TokenCode;

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(TokenCode, lookup);
    crate::__impl_serde!(WechatMiniappError, response);
}
