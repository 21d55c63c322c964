//! The names a platform gives the code, the message and the request id of its answers.
//!
//! Every platform answers with a code and a message, under names of its own. A catalogue
//! declares its platform's names once, as [`FromCode::ENVELOPE`]
//! (the default is `errcode`/`errmsg`); `ApiError<E>` and `Response<T, E>` read and write
//! them from there. For an answer read without a catalogue, the four shapes in use have a
//! marker type each, an empty catalogue that only declares its names:
//!
//! | marker | code, message | request id | platforms |
//! |---|---|---|---|
//! | [`ErrcodeErrmsg`] (the default) | `errcode`, `errmsg` | `request_id`, `rid` | Qingtui, WeChat, WeCom, DingTalk's older API |
//! | [`CodeMsg`] | `code`, `msg` | `log_id`, `error.log_id`, `request_id` | Feishu / Lark |
//! | [`ErrorCodeErrorMsg`] | `error_code`, `error_msg` | `log_id` | Baidu |
//! | [`CodeMessage`] | `code`, `message` | `request_id`, `requestid` | APIs in that style |
//!
//! ```
//! use platform_errors_core::{Envelope, FromCode};
//! use platform_errors_core::envelope::CodeMsg;
//!
//! assert_eq!(CodeMsg::ENVELOPE, Envelope::CODE_MSG);
//! assert_eq!((Envelope::CODE_MSG.code(), Envelope::CODE_MSG.message()), ("code", "msg"));
//!
//! // A platform of your own.
//! const MINE: Envelope = Envelope::new("status", "detail").with_request_id(&["trace"]);
//! assert_eq!(MINE.request_id(), ["trace"]);
//! assert_eq!(MINE.success(), 0);
//! ```

use core::fmt;

use crate::{Entry, FromCode, MessageMatch};

/// The names of an answer's code, message and request id, and the code that means success.
///
/// Built in `const` context, so that a catalogue declares it as an associated constant:
/// `const ENVELOPE: Envelope = Envelope::CODE_MSG;` in its `FromCode` impl. See the
/// [module](crate::envelope) for the shapes in use.
///
/// Only the declared success code is success: a code that is missing is an error, except
/// for a shape declared with [`Envelope::success_without_code`] (Baidu's, whose successes
/// carry no code at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Envelope {
    code: &'static str,
    message: &'static str,
    request_id: &'static [&'static str],
    success: i64,
    success_without_code: bool,
}

impl Envelope {
    /// `errcode` and `errmsg`, success 0, request id under `request_id` or `rid`: Qingtui,
    /// WeChat, WeCom, DingTalk's older API. The default.
    pub const ERRCODE_ERRMSG: Envelope =
        Envelope::new("errcode", "errmsg").with_request_id(&["request_id", "rid"]);

    /// `code` and `msg`, success 0, request id under `log_id`, `error.log_id` (inside the
    /// `error` object, where Feishu sends it) or `request_id`: Feishu and Lark, e.g.
    /// `{"code": 99991663, "msg": "Invalid access token for authorization."}`.
    pub const CODE_MSG: Envelope =
        Envelope::new("code", "msg").with_request_id(&["log_id", "error.log_id", "request_id"]);

    /// `error_code` and `error_msg`, request id under `log_id`: Baidu, whose successes carry
    /// no code.
    pub const ERROR_CODE_ERROR_MSG: Envelope = Envelope::new("error_code", "error_msg")
        .with_request_id(&["log_id"])
        .success_without_code();

    /// `code` and `message`, success 0, request id under `request_id` or `requestid`.
    pub const CODE_MESSAGE: Envelope =
        Envelope::new("code", "message").with_request_id(&["request_id", "requestid"]);

    /// The names of the code and the message; success is 0; no request id.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// let envelope = Envelope::new("status", "detail");
    /// assert_eq!((envelope.code(), envelope.message()), ("status", "detail"));
    /// assert!(envelope.request_id().is_empty());
    /// ```
    #[must_use]
    pub const fn new(code: &'static str, message: &'static str) -> Self {
        Envelope {
            code,
            message,
            request_id: &[],
            success: 0,
            success_without_code: false,
        }
    }

    /// The names a request id may come under, the first found in the answer kept. A name
    /// with a dot, such as `error.log_id`, is a field of an object: `{"error": {"log_id":
    /// "..."}}`.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// let envelope = Envelope::new("code", "msg").with_request_id(&["log_id"]);
    /// assert_eq!(envelope.request_id(), ["log_id"]);
    /// ```
    #[must_use]
    pub const fn with_request_id(self, names: &'static [&'static str]) -> Self {
        Envelope {
            request_id: names,
            ..self
        }
    }

    /// The code that means success, when it is not 0.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// assert_eq!(Envelope::new("code", "msg").with_success(200).success(), 200);
    /// ```
    #[must_use]
    pub const fn with_success(self, code: i64) -> Self {
        Envelope {
            success: code,
            ..self
        }
    }

    /// Declares that an answer without a code is a success, for platforms whose successes
    /// carry none (Baidu). Without it, a missing code is an error.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// assert!(Envelope::ERROR_CODE_ERROR_MSG.is_success_without_code());
    /// assert!(!Envelope::ERRCODE_ERRMSG.is_success_without_code());
    /// ```
    #[must_use]
    pub const fn success_without_code(self) -> Self {
        Envelope {
            success_without_code: true,
            ..self
        }
    }

    /// The name of the code.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// The name of the message.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The names a request id may come under.
    #[must_use]
    pub const fn request_id(&self) -> &'static [&'static str] {
        self.request_id
    }

    /// The code that means success.
    #[must_use]
    pub const fn success(&self) -> i64 {
        self.success
    }

    /// Whether an answer without a code is a success.
    #[must_use]
    pub const fn is_success_without_code(&self) -> bool {
        self.success_without_code
    }
}

impl Default for Envelope {
    /// [`Envelope::ERRCODE_ERRMSG`].
    fn default() -> Self {
        Envelope::ERRCODE_ERRMSG
    }
}

macro_rules! markers {
    ($($(#[$doc:meta])* $name:ident = $envelope:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {}

        impl FromCode for $name {
            const ENTRIES: &'static [Entry] = &[];
            const ENVELOPE: Envelope = Envelope::$envelope;
            fn from_code(_: i64) -> Option<Self> {
                None
            }
            fn match_message(_: i64, _: &str) -> Option<MessageMatch<Self>> {
                None
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
                match *self {}
            }
        }

        impl core::error::Error for $name {}
    )*};
}

markers! {
    /// `errcode`/`errmsg` ([`Envelope::ERRCODE_ERRMSG`]), with no codes declared: Qingtui,
    /// WeChat, WeCom, DingTalk's older API.
    ///
    /// ```
    /// use platform_errors_core::ApiError;
    /// use platform_errors_core::envelope::ErrcodeErrmsg;
    ///
    /// let err: ApiError<ErrcodeErrmsg> = ApiError::new(40001, "invalid credential");
    /// assert_eq!((err.code(), err.kind()), (40001, None));
    /// ```
    ErrcodeErrmsg = ERRCODE_ERRMSG;
    /// `code`/`msg` ([`Envelope::CODE_MSG`]), with no codes declared: Feishu and Lark.
    ///
    /// ```
    /// use platform_errors_core::{FromCode, Envelope};
    /// use platform_errors_core::envelope::CodeMsg;
    /// assert_eq!(CodeMsg::ENVELOPE.message(), "msg");
    /// ```
    CodeMsg = CODE_MSG;
    /// `error_code`/`error_msg` ([`Envelope::ERROR_CODE_ERROR_MSG`]), with no codes
    /// declared: Baidu.
    ///
    /// ```
    /// use platform_errors_core::FromCode;
    /// use platform_errors_core::envelope::ErrorCodeErrorMsg;
    /// assert_eq!(ErrorCodeErrorMsg::ENVELOPE.code(), "error_code");
    /// ```
    ErrorCodeErrorMsg = ERROR_CODE_ERROR_MSG;
    /// `code`/`message` ([`Envelope::CODE_MESSAGE`]), with no codes declared.
    ///
    /// ```
    /// use platform_errors_core::FromCode;
    /// use platform_errors_core::envelope::CodeMessage;
    /// assert_eq!(CodeMessage::ENVELOPE.message(), "message");
    /// ```
    CodeMessage = CODE_MESSAGE;
}
