//! The `WeChat` Open Platform (微信开放平台) global return codes: all 1,830 rows of the list,
//! with advice. Behind the `wechat-open` feature.
//!
//! [`GlobalError`] declares every row; [`WechatOpenError`] is the umbrella, with a
//! catch-all for codes the list does not declare.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::wechat_open::{GlobalError, WechatOpenError};
//!
//! let err = WechatOpenError::from_received(40001, "invalid credential");
//! assert_eq!(err, WechatOpenError::Global(GlobalError::InvalidCredential));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("wechat-open"));
//!
//! // English rows answer in English by default; Chinese rows in Chinese, with a translation
//! // where one was written.
//! assert_eq!(GlobalError::InvalidTemplateSize.message(), "invalid template size");
//! assert_eq!(GlobalError::InvalidTemplateSize.message_in("en"), Some("invalid template size"));
//! assert_eq!(GlobalError::SystemBusy.message_in("zh"), Some("系统繁忙，此时请开发者稍候再试"));
//! assert_eq!(GlobalError::SystemBusy.message_in("en"), Some("System busy; please try again later"));
//! ```
//!
//! # Names and translations
//!
//! The list is mostly English: 1,255 rows are English and 575 Chinese (holding CJK
//! ideographs). The default message of
//! every variant is the list's, verbatim, and `message_in` answers in the row's own language
//! (`"en"` or `"zh"`). All 575 Chinese rows have an English translation written for this
//! crate, so `message_in("en")` answers for every variant; none remain untranslated.
//!
//! 586 variant names were written by hand: the Chinese rows, the rows that share their code
//! and message with the Official Accounts list (which take that list's names), and a few
//! English rows whose words make no name. The other 1,244 are made by the generator from
//! the English message's first words (`invalid template size` is `InvalidTemplateSize`), with
//! the code appended where two messages would make the same name (`InvalidUrl61100`).
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
//! As for the Official Accounts list, and as the platforms' SDKs do:
//! [`RefreshToken`](crate::Advice::RefreshToken) on 40001, 40014 and 42001, and on the
//! expired plugin, component and client tokens (42004, 42006, 42009, 40185);
//! [`Retry`](crate::Advice::Retry) on -1 and the rows that report a system error, a busy
//! service or a timeout (73000, 75003, 75004, ...);
//! [`WaitForQuota`](crate::Advice::WaitForQuota) on the quotas of a day, a month or a long
//! period (45009, the API's daily quota; 45028, 45040, 45047, 45093, 47006, 48006, 53200,
//! 53202, 53300, 61055, 72057, 82022, 85049, 85085, 86006, 87013, 89007, 89016, 89017,
//! 89030, 89405, 101002, 300012, 9300513); [`Throttle`](crate::Advice::Throttle) on
//! the frequency codes and temporary blocks (45011, 45061, 45102, 82023, 86005, 9300509,
//! 9402005, ...); [`Retry`](crate::Advice::Retry) also on the rows that say to try later
//! (46007, 61503, 73107); [`CheckConfig`](crate::Advice::CheckConfig) on the IP
//! whitelist codes (40090, 40164, 40187, 45035, 9202003, ...), the permission codes (43007,
//! 48001, 61004, 61007, 63004, 94006, ...) and bans;
//! [`Reauthenticate`](crate::Advice::Reauthenticate) where the user or the authorizing
//! account must authorise again (40030, 42002, 42003, 42007, 61023, 72050, 87007);
//! [`None`](crate::Advice::None) on 0 and on the rows that report nothing to do (61018,
//! 61019, 85004, 85071, 89019, 89404, ...). A code that another platform's catalogue
//! declares with the same message has the same advice there. Every other row is
//! [`FixRequest`](crate::Advice::FixRequest). Advice on the English rows was set where the
//! message names a quota, a frequency limit, a permission, a whitelist or a system failure;
//! the docs of a variant say why where it is not obvious.
//!
//! The whole catalogue is in `docs/catalogues/wechat-open.md`, and it is tested against a
//! copy of the list row by row, both ways.

mod codes;

pub use codes::GlobalError;
#[cfg(feature = "alloc")]
pub use codes::WechatOpenError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{GlobalError, WechatOpenError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(WechatOpenError, response);
}
