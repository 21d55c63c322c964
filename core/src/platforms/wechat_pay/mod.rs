//! WeChat Pay API v3 (微信支付 APIv3) error codes: string codes such as `"PARAM_ERROR"`, with
//! the HTTP status WeChat Pay answers each with, the other spellings its pages use, English
//! messages and advice. Behind the `wechat-pay` feature.
//!
//! WeChat Pay v3 answers an error with an HTTP error status and
//! `{"code": "...", "message": "...", "detail": {...}}`
//! ([`WechatPayV3`](crate::envelope::WechatPayV3)); the request id is in the `Request-ID`
//! header, and the same code may come with different messages, so lookup keys on the code.
//! [`GlobalError`] declares the codes; [`WechatPayError`] is the umbrella, with a catch-all
//! for the codes it does not declare, which keeps them as they came.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, Catalogue, FromReceived, PlatformError};
//! use platform_errors::wechat_pay::{GlobalError, WechatPayError};
//!
//! let err = WechatPayError::from_received("SYSTEM_ERROR", "系统异常，请稍后重试");
//! assert_eq!(err, WechatPayError::Global(GlobalError::SystemError));
//! assert_eq!(err.advice(), Advice::Retry);
//! assert_eq!(err.category(), Some("wechat-pay"));
//! assert_eq!(GlobalError::SystemError.as_str(), "SYSTEM_ERROR");
//! assert_eq!(GlobalError::SystemError.entry().http_status(), Some(500));
//!
//! // The older spellings are the same codes.
//! assert_eq!(GlobalError::from_code("NOAUTH"), Some(GlobalError::NoAuth));
//! assert_eq!(GlobalError::from_code("ORDERNOTEXIST"), Some(GlobalError::OrderNotFound));
//! assert_eq!(GlobalError::from_code("RATELIMIT_EXCEEDED"), Some(GlobalError::FrequencyLimited));
//! assert_eq!(GlobalError::FrequencyLimited.advice(), Advice::Throttle);
//!
//! // The list's text is Chinese; `message_in("en")` has English.
//! assert_eq!(GlobalError::ParamError.message(), "参数错误。");
//! assert_eq!(GlobalError::ParamError.message_in("en"), Some("Invalid parameter."));
//!
//! // A code the list lacks is kept as it came.
//! let err = WechatPayError::from_received("A_CODE_THE_LIST_LACKS", "新的错误");
//! assert!(matches!(&err, WechatPayError::Unknown { code, .. } if code == "A_CODE_THE_LIST_LACKS"));
//! ```
//!
//! # The list, and what it lacks
//!
//! WeChat Pay publishes no single list of its v3 codes: each API's page has a table of the
//! common codes and one of its own. `core/data/wechat-pay-codes.tsv` takes the union that the
//! open-source .NET SDK EasyAbp/Abp.WeChat keeps (`Services/ErrorCodes/`, cited with its
//! commit in the file's header): the common codes and those of the basic payment APIs
//! (ordering, query, close), refunds and bills, each with its description verbatim. Its 23
//! rows are 22 codes: `ORDERNOTEXIST` is the older spelling of `ORDER_NOT_EXIST`, declared as
//! its alias. Two codes of WeChat Pay's own pages follow them: `SERVICE_UNAVAILABLE` (HTTP 502
//! or 503, from the API rules' table of statuses) and `USERPAYING` (HTTP 202: the payment
//! waits for the user to enter a password), 24 codes in all.
//!
//! The business codes of the other APIs (coupons, profit sharing, transfers, merchant
//! onboarding, ...) are not declared, and arrive as [`WechatPayError::Unknown`] with their
//! code and message.
//!
//! # Aliases and HTTP statuses
//!
//! WeChat Pay's pages spell some codes two ways, and lookup (`from_code`, `from_received` on
//! [`WechatPayError`], and [`GlobalError`]'s `FromStr`) accepts each: `NOAUTH`, `SYSTEMERROR`, `BANKERROR`, `RULELIMIT`, `NOTENOUGH`
//! and `ORDERNOTEXIST`, and for the rate limit `FREQUENCY_LIMITED` (the per-API tables),
//! `RATELIMIT_EXCEEDED` (the API rules) and `RATE_LIMITED` (the English pages). `as_str()`
//! and `code()` give the first spelling. Each entry's
//! [`http_status`](crate::Entry::http_status) is the status of WeChat Pay's table of HTTP
//! statuses and codes (400 `PARAM_ERROR`, 401 `SIGN_ERROR`, 403 `NO_AUTH`, 404
//! `ORDER_NOT_EXIST`, 429 `FREQUENCY_LIMITED`, 500 `SYSTEM_ERROR`, ...); the five codes that
//! table does not give have none. The sources are cited in `core/data/wechat-pay-names.tsv`.
//!
//! # Advice
//!
//! WeChat Pay's SDKs (wechatpay-apiv3/wechatpay-go, wechatpay-java) retry on no code; the
//! advice follows the solutions of the per-API tables: [`Retry`](crate::Advice::Retry) on
//! `SYSTEM_ERROR` and `BANK_ERROR` ("请用相同参数重新调用": call again with the same
//! parameters, and for a refund the same refund number) and on `STATEMENT_CREATING` (the bill
//! is ready the next morning), on `SERVICE_UNAVAILABLE` ("请稍后重试") and on `USERPAYING`
//! (its outcome is unknown until the order is queried, so
//! [`RetryPolicy`](crate::retry::RetryPolicy) stops a call marked not idempotent with
//! `Stop::NotIdempotent`; the client then waits 5 s and queries the order, as WeChat Pay's
//! table says: the policy neither waits 5 s nor queries, and sends a call marked idempotent
//! again after its usual backoff);
//! [`Throttle`](crate::Advice::Throttle) on `FREQUENCY_LIMITED`
//! (lower the rate) and `RULE_LIMIT`. API v3 signs each request and has no access token:
//! `SIGN_ERROR` is [`CheckConfig`](crate::Advice::CheckConfig) (the key, the certificate
//! serial, the signature), as are `NO_AUTH`, `MCH_NOT_EXISTS` and `APPID_MCHID_NOT_MATCH`.
//! [`None`](crate::Advice::None) where the payer's side decides and the merchant's request is
//! not at fault (`ACCOUNT_ERROR`, `NOT_ENOUGH`, `TRADE_ERROR`, `USER_ACCOUNT_ABNORMAL`,
//! `NO_STATEMENT_EXIST`). Every other code is [`FixRequest`](crate::Advice::FixRequest).
//!
//! The default messages are the list's, verbatim (Chinese); `message_in("en")` has the
//! translation written for this crate. The whole catalogue is in
//! `docs/catalogues/wechat-pay.md`, and it is tested against the list row by row, both ways.

mod codes;

pub use codes::GlobalError;
#[cfg(feature = "alloc")]
pub use codes::WechatPayError;

// Serialized under core's own `serde` feature, as the Qingtui catalogue is.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{GlobalError, WechatPayError};

    crate::__impl_serde!(GlobalError, lookup);
    crate::__impl_serde!(WechatPayError, response);
}
