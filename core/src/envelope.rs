//! The names a platform gives the code, the message and the request id of its answers.
//!
//! Every platform answers with a code and a message, under names of its own. An
//! [`Envelope`] value holds those names; the trait [`HasEnvelope`] says which envelope a type
//! reads and writes. A catalogue declares its platform's envelope once, as
//! [`Catalogue::ENVELOPE`](crate::Catalogue::ENVELOPE) (the default is `errcode`/`errmsg`), and so has one;
//! `ApiError<C>` and `Response<T, E>` read and write it from there. For an answer read
//! without a catalogue, the four shapes in use have a marker type each, an empty type that
//! only names its envelope:
//!
//! | marker | code, message | request id | platforms |
//! |---|---|---|---|
//! | [`ErrcodeErrmsg`] (the default) | `errcode`, `errmsg` | `request_id`, `rid` | Qingtui, WeChat, WeCom, DingTalk's older API |
//! | [`CodeMsg`] | `code`, `msg` | `log_id`, `error.log_id`, `request_id` | Feishu / Lark |
//! | [`ErrorCodeErrorMsg`] | `error_code`, `error_msg` | `log_id` | Baidu |
//! | [`CodeMessage`] | `code`, `message` | `request_id`, `requestid` | APIs in that style |
//!
//! ```
//! use platform_errors_core::{Envelope, HasEnvelope};
//! use platform_errors_core::envelope::CodeMsg;
//!
//! assert_eq!(CodeMsg::ENVELOPE, Envelope::CODE_MSG);
//! let names = Envelope::CODE_MSG;
//! assert_eq!((names.code_field(), names.message_field()), ("code", "msg"));
//!
//! // A platform of your own: a marker type, usable as `Response<T, Mine>` and as
//! // `#[platform(envelope = Mine)]`.
//! enum Mine {}
//! impl HasEnvelope for Mine {
//!     const ENVELOPE: Envelope = Envelope::new("status", "detail").with_request_id_fields(&["trace"]);
//! }
//! assert_eq!(Mine::ENVELOPE.request_id_fields(), ["trace"]);
//! assert_eq!(Mine::ENVELOPE.success_code(), 0);
//! ```

/// The names of an answer's code, message and request id, and the code that means success.
///
/// Built in `const` context, so that a type declares it as an associated constant:
/// `const ENVELOPE: Envelope = Envelope::CODE_MSG;` in its [`HasEnvelope`] or [`Catalogue`](crate::Catalogue)
/// impl. See the [module](crate::envelope) for the shapes in use.
///
/// Its accessors end in `_field`: they return the *names* of fields (`"errcode"`), never
/// a code or a message.
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
    /// What comes before and after a request id inside the message, as `("hint: [", "]")`.
    request_id_in_message: Option<(&'static str, &'static str)>,
    /// The HTTP header that carries the request id, as `Request-ID`.
    request_id_header: Option<&'static str>,
}

impl Envelope {
    /// `errcode` and `errmsg`, success 0, request id under `request_id` or `rid`: Qingtui,
    /// WeChat, WeCom, DingTalk's older API. The default.
    pub const ERRCODE_ERRMSG: Envelope =
        Envelope::new("errcode", "errmsg").with_request_id_fields(&["request_id", "rid"]);

    /// `code` and `msg`, success 0, request id under `log_id`, `error.log_id` (inside the
    /// `error` object, where Feishu sends it) or `request_id`: Feishu and Lark, e.g.
    /// `{"code": 99991663, "msg": "Invalid access token for authorization."}`.
    pub const CODE_MSG: Envelope = Envelope::new("code", "msg").with_request_id_fields(&[
        "log_id",
        "error.log_id",
        "request_id",
    ]);

    /// `error_code` and `error_msg`, request id under `log_id`: Baidu, whose successes carry
    /// no code.
    pub const ERROR_CODE_ERROR_MSG: Envelope = Envelope::new("error_code", "error_msg")
        .with_request_id_fields(&["log_id"])
        .success_without_code();

    /// `code` and `message`, success 0, request id under `request_id` or `requestid`.
    pub const CODE_MESSAGE: Envelope =
        Envelope::new("code", "message").with_request_id_fields(&["request_id", "requestid"]);

    /// The names of the code and the message; success is 0; no request id.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// let envelope = Envelope::new("status", "detail");
    /// assert_eq!((envelope.code_field(), envelope.message_field()), ("status", "detail"));
    /// assert!(envelope.request_id_fields().is_empty());
    /// ```
    #[must_use]
    pub const fn new(code: &'static str, message: &'static str) -> Self {
        Envelope {
            code,
            message,
            request_id: &[],
            success: 0,
            success_without_code: false,
            request_id_in_message: None,
            request_id_header: None,
        }
    }

    /// The names a request id may come under, the first found in the answer kept. A name
    /// with a dot, such as `error.log_id`, is a field of an object: `{"error": {"log_id":
    /// "..."}}`.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// let envelope = Envelope::new("code", "msg").with_request_id_fields(&["log_id"]);
    /// assert_eq!(envelope.request_id_fields(), ["log_id"]);
    /// ```
    #[must_use]
    pub const fn with_request_id_fields(self, names: &'static [&'static str]) -> Self {
        Envelope {
            request_id: names,
            ..self
        }
    }

    /// Declares that the platform puts its request id inside the message, between `start`
    /// and `end`, as `WeCom` does: `"errmsg": "invalid credential, hint: [1639…-c93a], from
    /// ip: …"`. Read when no request id field is present; the message is kept whole.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// let wecom = Envelope::ERRCODE_ERRMSG.with_request_id_in_message("hint: [", "]");
    /// assert_eq!(
    ///     wecom.request_id_in("invalid credential, hint: [1639-ee1f], from ip: 1.2.3.4"),
    ///     Some("1639-ee1f"),
    /// );
    /// assert_eq!(wecom.request_id_in("invalid credential"), None);
    /// assert_eq!(Envelope::ERRCODE_ERRMSG.request_id_in("hint: [1]"), None);
    /// ```
    #[must_use]
    pub const fn with_request_id_in_message(self, start: &'static str, end: &'static str) -> Self {
        Envelope {
            request_id_in_message: Some((start, end)),
            ..self
        }
    }

    /// Declares the HTTP header that carries the request id, read by
    /// [`wire::from_http`](crate::wire::from_http) when the body has none: WeChat Pay's
    /// `Request-ID`, DingTalk's `x-acs-request-id`.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// let pay = Envelope::new("code", "message").with_request_id_header("Request-ID");
    /// assert_eq!(pay.request_id_header(), Some("Request-ID"));
    /// ```
    #[must_use]
    pub const fn with_request_id_header(self, name: &'static str) -> Self {
        Envelope {
            request_id_header: Some(name),
            ..self
        }
    }

    /// The HTTP header that carries the request id, if the envelope declares one.
    #[must_use]
    pub const fn request_id_header(&self) -> Option<&'static str> {
        self.request_id_header
    }

    /// Where in the message the request id is, if the envelope declares it: `(start, end)`.
    #[must_use]
    pub const fn request_id_in_message(&self) -> Option<(&'static str, &'static str)> {
        self.request_id_in_message
    }

    /// The request id inside `message`, where the envelope declares one
    /// ([`Envelope::with_request_id_in_message`]): the non-empty text between the first
    /// `start` and the next `end`.
    #[must_use]
    pub fn request_id_in<'m>(&self, message: &'m str) -> Option<&'m str> {
        let (start, end) = self.request_id_in_message?;
        let after = &message[message.find(start)? + start.len()..];
        let id = &after[..after.find(end)?];
        (!id.is_empty()).then_some(id)
    }

    /// The code that means success, when it is not 0.
    ///
    /// ```
    /// use platform_errors_core::Envelope;
    /// assert_eq!(Envelope::new("code", "msg").with_success_code(200).success_code(), 200);
    /// ```
    #[must_use]
    pub const fn with_success_code(self, code: i64) -> Self {
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

    /// The name of the code's field, such as `"errcode"`.
    #[must_use]
    pub const fn code_field(&self) -> &'static str {
        self.code
    }

    /// The name of the message's field, such as `"errmsg"`.
    #[must_use]
    pub const fn message_field(&self) -> &'static str {
        self.message
    }

    /// The names of the fields a request id may come under.
    #[must_use]
    pub const fn request_id_fields(&self) -> &'static [&'static str] {
        self.request_id
    }

    /// The code that means success.
    #[must_use]
    pub const fn success_code(&self) -> i64 {
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

/// A type that names the [`Envelope`] its platform's answers come in: the markers of this
/// module, and every [`Catalogue`](crate::Catalogue) (through its `ENVELOPE`). What `Response<T, E>` reads with.
///
/// ```
/// use platform_errors_core::{Envelope, HasEnvelope};
/// use platform_errors_core::envelope::ErrorCodeErrorMsg;
/// use platform_errors_core::qingtui::QingtuiError;
///
/// assert_eq!(ErrorCodeErrorMsg::ENVELOPE.code_field(), "error_code");
/// assert_eq!(<QingtuiError as HasEnvelope>::ENVELOPE, Envelope::ERRCODE_ERRMSG);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` names no envelope",
    label = "not an envelope marker or a catalogue",
    note = "use a marker of `platform_errors::envelope` (`ErrcodeErrmsg`, `CodeMsg`, `ErrorCodeErrorMsg`, `CodeMessage`), a catalogue, or a type of your own that implements `HasEnvelope`"
)]
pub trait HasEnvelope {
    /// The envelope.
    const ENVELOPE: Envelope;
}

macro_rules! markers {
    ($($(#[$doc:meta])* $name:ident = $envelope:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {}

        impl HasEnvelope for $name {
            const ENVELOPE: Envelope = Envelope::$envelope;
        }
    )*};
}
markers! {
    /// `errcode`/`errmsg` ([`Envelope::ERRCODE_ERRMSG`]), with no codes declared: Qingtui,
    /// WeChat, WeCom, DingTalk's older API.
    ///
    /// ```
    /// use platform_errors_core::HasEnvelope;
    /// use platform_errors_core::envelope::ErrcodeErrmsg;
    ///
    /// assert_eq!(ErrcodeErrmsg::ENVELOPE.code_field(), "errcode");
    /// ```
    ErrcodeErrmsg = ERRCODE_ERRMSG;
    /// `code`/`msg` ([`Envelope::CODE_MSG`]), with no codes declared: Feishu and Lark.
    ///
    /// ```
    /// use platform_errors_core::HasEnvelope;
    /// use platform_errors_core::envelope::CodeMsg;
    /// assert_eq!(CodeMsg::ENVELOPE.message_field(), "msg");
    /// ```
    CodeMsg = CODE_MSG;
    /// `error_code`/`error_msg` ([`Envelope::ERROR_CODE_ERROR_MSG`]), with no codes
    /// declared: Baidu.
    ///
    /// ```
    /// use platform_errors_core::HasEnvelope;
    /// use platform_errors_core::envelope::ErrorCodeErrorMsg;
    /// assert_eq!(ErrorCodeErrorMsg::ENVELOPE.code_field(), "error_code");
    /// ```
    ErrorCodeErrorMsg = ERROR_CODE_ERROR_MSG;
    /// `code`/`message` ([`Envelope::CODE_MESSAGE`]), with no codes declared.
    ///
    /// ```
    /// use platform_errors_core::HasEnvelope;
    /// use platform_errors_core::envelope::CodeMessage;
    /// assert_eq!(CodeMessage::ENVELOPE.message_field(), "message");
    /// ```
    CodeMessage = CODE_MESSAGE;
}
