//! The `DingTalk` (钉钉) global return codes of the older server API (`oapi.dingtalk.com`,
//! `errcode`/`errmsg`): all 274 rows of the list, and 90018 and 90020 from `DingTalk`'s page
//! on throttling, named from their meaning, with English messages and advice. Behind the `dingtalk` feature.
//!
//! [`GlobalError`] declares every row; [`DingtalkError`] is the umbrella, with a catch-all
//! for codes the list does not declare. Both read their answers with
//! [`Dingtalk`](crate::envelope::Dingtalk): `errcode`/`errmsg`, with the `sub_code` and
//! `sub_msg` that errcode 88 wraps: a numeric sub code types the error, errcode 88 kept as
//! the top code.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::dingtalk::{DingtalkError, GlobalError};
//!
//! // DingTalk answers an expired token with 40014.
//! let err = DingtalkError::from_received(40014, "不合法的access_token");
//! assert_eq!(err, DingtalkError::Global(GlobalError::InvalidAccessToken));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("dingtalk"));
//!
//! assert_eq!(GlobalError::SystemBusy.advice(), Advice::Retry);
//! // Too many calls to one API: the server is banned from it for a while.
//! assert_eq!(GlobalError::ServerBannedThisApi.as_i64(), 90002);
//! assert_eq!(GlobalError::ServerBannedThisApi.advice(), Advice::Throttle);
//! assert_eq!(GlobalError::IpNotWhitelisted.advice(), Advice::CheckConfig);
//!
//! // Codes added after the list was published keep what was sent.
//! let err = DingtalkError::from_received(90019, "a code the list lacks");
//! assert!(matches!(err, DingtalkError::Unknown { code: 90019, .. }));
//!
//! // The month's quota: stop until it resets (the retry policy does not retry it).
//! assert_eq!(GlobalError::MonthlyCallLimit.as_i64(), 90020);
//! assert_eq!(GlobalError::MonthlyCallLimit.advice(), Advice::WaitForQuota);
//! ```
//!
//! With the `serde` feature, the sub code of errcode 88 types the error where it is a
//! number, as a code of this list (60011: no permission for the API, so check the app's
//! configuration); errcode 88 and its message stay reachable as the top code and message:
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! # #[cfg(feature = "serde")] {
//! use platform_errors::{Advice, ApiError, PlatformError};
//! use platform_errors::dingtalk::DingtalkError;
//!
//! let body = r#"{"errcode":88,"sub_code":"60011","sub_msg":"没有调用该接口的权限","errmsg":"ding talk error[subcode=60011]","request_id":"5imjny7u9xwa"}"#;
//! let err: ApiError<DingtalkError> = serde_json::from_str(body).unwrap();
//! assert_eq!((err.code(), err.top_code()), (60011.into(), 88.into()));
//! assert_eq!(err.advice(), Advice::CheckConfig);
//! assert_eq!(err.sub_code(), Some("60011".into()));
//! assert_eq!(err.sub_message(), Some("没有调用该接口的权限"));
//! assert_eq!(err.request_id(), Some("5imjny7u9xwa"));
//! # }
//! ```
//!
//! # The list, and what it lacks
//!
//! `core/data/dingtalk-codes.tsv` is the global return code table of `DingTalk`'s own
//! server API documentation (ddtalk/dingTalkDoc, `source/includes/_server.md`, 2016), in its
//! order, with its text verbatim (Chinese); the file's header cites it. The source lists
//! 60107 twice with the same text; it is declared once.
//!
//! `DingTalk` has added codes since. Its page on throttling names two of the older API's,
//! declared after the list with the page's text: 90018 (too many calls per second by one app
//! to one API: throttle) and 90020 (the organisation's monthly call quota is used up: stop
//! until next month). The current page of codes
//! (open.dingtalk.com/document/orgapp/server-api-error-codes-1) was not found whole in a
//! copy that could be cited, so its other codes are not declared, and arrive as
//! [`DingtalkError::Unknown`] with their code and message: among them 88 (an authorisation
//! failure whose cause is in the answer's `sub_code` and `sub_msg`: where that is a number,
//! such as 60011, it types the error instead, and 88 is its top code; a sub code of text
//! leaves 88 unknown). The string codes of the newer API
//! (`api.dingtalk.com`, such as `InvalidAuthentication`) are another envelope: they are
//! declared in [`v1`].
//!
//! # Code 0
//!
//! The list includes 0, "请求成功" (the call succeeded). It is declared, as
//! [`GlobalError::Success`] with [`Advice::None`](crate::Advice::None), so that the catalogue
//! accounts for every row of the list and a received 0 is recognised rather than reported
//! as unknown; its advice is not retryable. A client should still test for 0 before treating
//! an answer as an error, as `Response::into_result` does.
//!
//! # Advice
//!
//! [`RefreshToken`](crate::Advice::RefreshToken) on the token codes 40001, 40014 and 42001,
//! and on the suite tokens and pre-authorisation codes (40082, 42007, 42009, 48003);
//! [`Retry`](crate::Advice::Retry) on -1 (`DingTalk`'s page advises one retry after a pause,
//! at most 3) and the rows that report a failure of the platform ("...失败", such as 40087,
//! 52011, 60019); [`Throttle`](crate::Advice::Throttle) on 45009, on 90001-90014, the
//! temporary bans for too many calls (90002: this server on this API, as the 2016 table says,
//! which `DingTalk`'s throttling page now calls the API's global QPS limit; 90005 and 90006:
//! per minute), and on 90018 (one app's calls per second to one API);
//! [`WaitForQuota`](crate::Advice::WaitForQuota) on 90020, the organisation's monthly quota; [`Reauthenticate`](crate::Advice::Reauthenticate) where the user or the
//! enterprise must authorise again (40091, 42002, 42003, 42008);
//! [`CheckConfig`](crate::Advice::CheckConfig) on the app's, suite's and enterprise's
//! configuration: ids and secrets, authorisations, the IP whitelist (60020), permissions
//! (48002, 60011), callbacks; [`None`](crate::Advice::None) on 0 and 71006 (the callback is
//! already registered). Every other row is [`FixRequest`](crate::Advice::FixRequest).
//! Variants whose advice is not obvious say why in their docs.
//!
//! The default messages are the list's, verbatim (Chinese); `message_in("en")` has the
//! translation written for this crate. The whole catalogue is in `docs/catalogues/dingtalk.md`,
//! and it is tested against the list row by row, both ways.

mod codes;
pub mod v1;

#[cfg(feature = "alloc")]
pub use codes::DingtalkError;
pub use codes::GlobalError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{DingtalkError, GlobalError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(DingtalkError, response);
}
