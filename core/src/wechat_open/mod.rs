//! The `WeChat` Open Platform (微信开放平台) global return codes: all 1,830 rows of the list,
//! with advice. Behind the `wechat-open` feature.
//!
//! [`GlobalError`] declares every row; [`WechatOpenError`] is the umbrella, with a
//! catch-all for codes the list does not declare.
//!
//! ```
//! use platform_errors_core::{Advice, FromResponse, PlatformError};
//! use platform_errors_core::wechat_open::{GlobalError, WechatOpenError};
//!
//! let err = WechatOpenError::from_response(40001, "invalid credential");
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
//! UNTRANSLATED_NOTE
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
//! ADVICE_NOTE
//!
//! The whole catalogue is in `docs/catalogues/wechat-open.md`, and it is tested against a
//! copy of the list row by row, both ways.

mod codes;

pub use codes::GlobalError;
#[cfg(feature = "alloc")]
pub use codes::WechatOpenError;
