//! The names a platform gives the code, the message and the request id of its answers.
//!
//! Every platform answers with a code and a message, under names of its own. An
//! [`Envelope`] value holds those names; the trait [`HasEnvelope`] says which envelope a type
//! reads and writes. A catalogue declares its platform's envelope once, as
//! [`Catalogue::ENVELOPE`](crate::Catalogue::ENVELOPE) (the default is `errcode`/`errmsg`), and so has one;
//! `ApiError<C>` and `Response<T, E>` read and write it from there. For an answer read
//! without a catalogue, the shapes in use have a marker type each, an empty type that
//! only names its envelope:
//!
//! | marker | code, message | request id | platforms |
//! |---|---|---|---|
//! | [`ErrcodeErrmsg`] (the default) | `errcode`, `errmsg` | `request_id`, `rid` | Qingtui |
//! | [`Wechat`] | `errcode`, `errmsg` | `request_id`, `rid`, else the message's `rid: ...` | `WeChat` Official Accounts, Mini Programs, Open Platform |
//! | [`Dingtalk`] | `errcode`, `errmsg`; errcode 88's `sub_code`, `sub_msg` | `request_id`, `rid` | DingTalk's older API |
//! | [`CodeMsg`] | `code`, `msg` | `log_id`, `error.log_id`, `request_id` | Feishu / Lark |
//! | [`ErrorCodeErrorMsg`] | `error_code`, `error_msg` | `log_id` | Baidu |
//! | [`CodeMessage`] | `code`, `message` | `request_id`, `requestid` | APIs in that style |
//! | [`WechatPayV3`] | `code`, `message` (string codes), `detail` | the `Request-ID` header | `WeChat` Pay API v3 |
//! | [`DingtalkV1`] | `code`, `message` (string codes) | `requestid`, the `x-acs-request-id` header | DingTalk's newer API |
//! | [`Alipay`] | `code`, `msg`, typed by `sub_code`, `sub_msg`, under `<method>_response` | none | Alipay's v2 gateway |
//! | [`GoogleRpc`] | `error.code` (the HTTP status), `error.message`, typed by `error.status` | none | Google's AIP-193 |
//!
//! `WeCom`'s envelope, with its request id inside the message as `hint: [...]`, is its
//! catalogue's (`wecom::ENVELOPE`, feature `wecom`).
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Envelope, HasEnvelope};
//! use platform_errors::envelope::CodeMsg;
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
//! assert_eq!(Mine::ENVELOPE.success_code(), Some(0));
//! ```

mod builders;

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
/// for a shape declared with [`Envelope::success_without_code`] (WeChat Pay v3's, DingTalk
/// v1's, AIP-193's, whose successes carry no code at all, so that every code they send is
/// an error, `0` too) or [`Envelope::success_with_or_without_code`] ([`Envelope::WECHAT`]'s
/// and Baidu's, whose successes come with the success code or without a code, call by
/// call). A string code is the
/// success code when its text is that number exactly (Alipay's `"10000"`); an answer with a
/// sub code that types the error ([`Envelope::typed_by_sub_code`]) is never a success.
///
/// Beside names, it says one thing of the platform's calls that reading an answer needs:
/// whether they carry an access token at all ([`Envelope::without_access_token`]: WeChat
/// Pay v3 signs each request instead), so that a 401 is advised as a refused key or
/// signature, not a token to refresh ([`Envelope::advice_for_status`]).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Envelope;
///
/// // Feishu's names, and a platform's own: `status`/`detail`, a request id in `trace`.
/// assert_eq!((Envelope::CODE_MSG.code_field(), Envelope::CODE_MSG.message_field()), ("code", "msg"));
/// const MINE: Envelope = Envelope::new("status", "detail").with_request_id_fields(&["trace"]);
/// assert_eq!(MINE.code_field(), "status");
/// assert_eq!(MINE.request_id_fields(), ["trace"]);
/// assert_eq!(MINE.success_code(), Some(0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Envelope {
    code: &'static str,
    message: &'static str,
    request_id: &'static [&'static str],
    success: i64,
    success_without_code: bool,
    /// Whether a success built by hand is written with the success code although one read
    /// without a code is a success: `WeChat`'s, whose calls answer either way.
    success_written_with_code: bool,
    /// Whether every code is an error, the success code's number too: successes carry none
    /// (WeChat Pay v3's, `DingTalk`'s newer API's, AIP-193's).
    no_success_code: bool,
    /// What comes before and after a request id inside the message, as `("hint: [", "]")`.
    request_id_in_message: Option<(&'static str, &'static str)>,
    /// The HTTP header that carries the request id, as `Request-ID`.
    request_id_header: Option<&'static str>,
    /// The HTTP header that plays `Retry-After`, in seconds, as Feishu's `x-ogw-ratelimit-reset`.
    retry_after_header: Option<&'static str>,
    /// Whether a string code is a code of its own (`"PARAM_ERROR"`), rather than a number
    /// written as a string (`"40001"`).
    string_codes: bool,
    /// The names of a sub code and of its message, as Alipay's `sub_code` and `sub_msg`.
    sub_code: Option<&'static str>,
    sub_message: Option<&'static str>,
    /// Whether the sub code, when the answer has one, is the code that types the error.
    typed_by_sub_code: bool,
    /// Whether the envelope's numeric code is the answer's HTTP status (AIP-193's `code`).
    code_is_http_status: bool,
    /// Whether a sub code that is a number types the error (DingTalk's errcode 88).
    typed_by_numeric_sub_code: bool,
    /// The name of the field whose JSON is kept whole, as WeChat Pay's `detail`.
    detail: Option<&'static str>,
    /// Where the error object sits, when it is not the answer itself.
    nesting: Option<Nesting>,
    /// Fields beside the error object kept as their JSON, as Alipay's `sign`.
    kept: &'static [&'static str],
    /// Whether the platform's calls carry no access token, each request signed instead
    /// (WeChat Pay v3): a 401 is then no token to refresh.
    without_access_token: bool,
}

/// Where an answer's code and message sit when they are not the answer's own fields: in an
/// object under a key of the answer. See [`Envelope::nested_under`] and
/// [`Envelope::nested_under_suffix`].
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::envelope::Nesting;
/// assert!(Nesting::Suffix("_response").matches("alipay_trade_pay_response"));
/// assert!(Nesting::Suffix("_response").matches("error_response"));
/// assert!(!Nesting::Suffix("_response").matches("_response"));
/// assert!(Nesting::Key("error").matches("error"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Nesting {
    /// Under one fixed key: AIP-193's `{"error": {...}}`.
    Key(&'static str),
    /// Under any key that ends with this suffix (and is longer than it): Alipay's
    /// `{"alipay_trade_pay_response": {...}}` and `{"error_response": {...}}`.
    Suffix(&'static str),
}

impl Nesting {
    /// Whether the error object may sit under `key`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    ///
    /// let nesting = Envelope::ALIPAY.nesting().unwrap();
    /// assert!(nesting.matches("alipay_trade_query_response"));
    /// assert!(!nesting.matches("sign"));
    /// ```
    #[must_use]
    #[inline]
    pub fn matches(&self, key: &str) -> bool {
        match *self {
            Nesting::Key(name) => key == name,
            Nesting::Suffix(suffix) => key.len() > suffix.len() && key.ends_with(suffix),
        }
    }

    /// Whether `key`, which the nesting [`matches`](Self::matches), is a method's key
    /// (Alipay's `alipay_system_oauth_token_response`) rather than the error's
    /// (`error_response`): where an object with none of the envelope's fields is a success.
    #[cfg(feature = "serde")]
    pub(crate) fn is_method_key(&self, key: &str) -> bool {
        matches!(self, Nesting::Suffix(_)) && key != ERROR_RESPONSE_KEY
    }
}

impl Envelope {
    /// `errcode` and `errmsg`, success 0, request id under `request_id` or `rid`: Qingtui,
    /// WeChat, WeCom, DingTalk's older API. The default.
    pub const ERRCODE_ERRMSG: Envelope =
        Envelope::new("errcode", "errmsg").with_request_id_fields(&["request_id", "rid"]);

    /// `code` and `msg`, success 0, request id under `log_id`, `error.log_id` (inside the
    /// `error` object, where Feishu sends it) or `request_id`: Feishu and Lark, e.g.
    /// `{"code": 99991663, "msg": "Invalid access token for authorization."}`.
    ///
    /// Its `error` object (`log_id`, `troubleshooter`, `permission_violations`, ...) is kept
    /// whole ([`ApiError::detail`](crate::ApiError::detail)); over HTTP, the request id is
    /// also in the `X-Tt-Logid` header, and `x-ogw-ratelimit-reset` plays `Retry-After`.
    pub const CODE_MSG: Envelope = Envelope::new("code", "msg")
        .with_request_id_fields(&["log_id", "error.log_id", "request_id"])
        .with_detail_field("error")
        .with_request_id_header("X-Tt-Logid")
        .with_retry_after_header("x-ogw-ratelimit-reset");

    /// `error_code` and `error_msg`, request id under `log_id`: Baidu, whose successes carry
    /// no code, or `"error_code": 0` (its AI APIs' `"error_msg": "SUCCESS"`).
    pub const ERROR_CODE_ERROR_MSG: Envelope = Envelope::new("error_code", "error_msg")
        .with_request_id_fields(&["log_id"])
        .success_with_or_without_code_written_without();

    /// `code` and `message`, success 0, request id under `request_id` or `requestid`.
    pub const CODE_MESSAGE: Envelope =
        Envelope::new("code", "message").with_request_id_fields(&["request_id", "requestid"]);

    /// The `WeChat` family (Official Accounts, Mini Programs, the Open Platform):
    /// [`Envelope::ERRCODE_ERRMSG`], with the request id in the message's suffix where no
    /// field carries it: `"errmsg": "invalid credential, access_token is invalid or not
    /// latest rid: 6592a4e5-0a7f7ac5-4e4f4b6b"`; and an answer without a code is a success,
    /// as `WeChat`'s most basic calls answer (`GET /cgi-bin/token`:
    /// `{"access_token": "ACCESS_TOKEN", "expires_in": 7200}`; a Mini Program's
    /// `jscode2session`: `{"openid": "...", "session_key": "..."}`), while most others carry
    /// `"errcode": 0` (a success built with `Response::success` is written with it).
    /// [`from_http`](crate::wire::from_http) takes an answer without the code for a success
    /// only where it carries a field beside the envelope's, and not as `()`. The
    /// catalogues of the `wechat-mp`, `wechat-miniapp` and `wechat-open` features read with
    /// it.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// let message = "invalid credential, access_token is invalid or not latest rid: 6592a4e5-0a7f7ac5";
    /// assert_eq!(Envelope::WECHAT.request_id_in(message), Some("6592a4e5-0a7f7ac5"));
    /// assert_eq!(Envelope::WECHAT.code_field(), "errcode");
    /// assert!(Envelope::WECHAT.is_success_without_code());
    /// ```
    pub const WECHAT: Envelope = Envelope::ERRCODE_ERRMSG
        .with_request_id_in_message("rid: ", "")
        .success_with_or_without_code();

    /// DingTalk's older API (`oapi.dingtalk.com`): [`Envelope::ERRCODE_ERRMSG`] with the sub
    /// code of errcode 88, `sub_code` and `sub_msg`:
    /// `{"errcode": 88, "sub_code": "60011", "sub_msg": "...", "errmsg": "...", "request_id": "..."}`.
    /// A sub code that is a number (`"60011"`, a code of the same global list) types the
    /// error, with errcode 88 kept as the top code; a sub code of text stays beside
    /// `errcode`, which then types the error ([`Envelope::typed_by_numeric_sub_code`]).
    pub const DINGTALK: Envelope = Envelope::ERRCODE_ERRMSG
        .with_sub_code_fields("sub_code", Some("sub_msg"))
        .typed_by_numeric_sub_code();

    /// WeChat Pay API v3: `{"code": "PARAM_ERROR", "message": "...", "detail": {...}}`,
    /// string codes, the `detail` kept, the request id in the `Request-ID` header. A success
    /// is the payload itself, without a code; a body with a code is an error whatever the
    /// HTTP status (`USERPAYING` comes with 202). Requests are signed, with no access token
    /// ([`Envelope::without_access_token`]): a 401 is a key or signature fault.
    pub const WECHAT_PAY_V3: Envelope = Envelope::new("code", "message")
        .with_string_codes()
        .with_detail_field("detail")
        .with_request_id_header("Request-ID")
        .success_without_code()
        .without_access_token();

    /// DingTalk's newer API (`api.dingtalk.com/v1.0`):
    /// `{"code": "InvalidAuthentication", "message": "...", "requestid": "..."}`, string
    /// codes, the request id under `requestid` or in the `x-acs-request-id` header,
    /// `accessdenieddetail` kept. A success is the payload itself, without a code.
    pub const DINGTALK_V1: Envelope = Envelope::new("code", "message")
        .with_string_codes()
        .with_request_id_fields(&["requestid"])
        .with_request_id_header("x-acs-request-id")
        .with_detail_field("accessdenieddetail")
        .success_without_code();

    /// Alipay's v2 gateway: the answer under `<method>_response` (or `error_response`), with
    /// `code` and `msg`, typed by `sub_code` (its message `sub_msg`), `sign` and
    /// `alipay_cert_sn` kept beside it:
    /// `{"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "..."}, "sign": "..."}`.
    /// Success is `code` 10000 with no `sub_code`: stricter than alipay-sdk-java, whose
    /// `isSuccess` asks only for an empty `subCode`, so that a `"40004"` without a sub code is
    /// an error here, as its code says (an empty `sub_code` is none, as there).
    pub const ALIPAY: Envelope = Envelope::new("code", "msg")
        .with_string_codes()
        .with_sub_code_fields("sub_code", Some("sub_msg"))
        .typed_by_sub_code()
        .nested_under_suffix("_response")
        .with_kept_fields(&["sign", "alipay_cert_sn"])
        .with_success_code(10000);

    /// Google's AIP-193 errors: `{"error": {"code": 400, "message": "...", "status":
    /// "INVALID_ARGUMENT", "details": [...]}}`, typed by `status`; `code` is the HTTP
    /// status, `details` kept. A success is the resource itself, without `error`.
    pub const GOOGLE_RPC: Envelope = Envelope::new("code", "message")
        .with_sub_code_fields("status", None)
        .typed_by_sub_code()
        .with_http_status_code()
        .with_detail_field("details")
        .nested_under("error")
        .success_without_code();
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
/// A catalogue has `ENVELOPE` from both traits: with both in scope, `QingtuiError::ENVELOPE`
/// is ambiguous (E0034); write `<QingtuiError as Catalogue>::ENVELOPE`, or import one of
/// them (the [`prelude`](crate::prelude) brings `Catalogue` alone).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Envelope, HasEnvelope};
/// use platform_errors::envelope::ErrorCodeErrorMsg;
/// use platform_errors::qingtui::QingtuiError;
///
/// assert_eq!(ErrorCodeErrorMsg::ENVELOPE.code_field(), "error_code");
/// assert_eq!(<QingtuiError as HasEnvelope>::ENVELOPE, Envelope::ERRCODE_ERRMSG);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` names no envelope",
    label = "not an envelope marker or a catalogue",
    note = "use a marker of `platform_errors::envelope` (`ErrcodeErrmsg`, `Wechat`, `CodeMsg`, `ErrorCodeErrorMsg`, `CodeMessage`, `Dingtalk`, `DingtalkV1`, `WechatPayV3`, `Alipay`, `GoogleRpc`), a catalogue, or a type of your own that implements `HasEnvelope`"
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
    /// and any platform of that shape. `WeChat`'s request id at the end of the message is
    /// [`Wechat`]'s, DingTalk's errcode 88 [`Dingtalk`]'s, `WeCom`'s `hint: [...]` its
    /// catalogue's.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::ErrcodeErrmsg;
    ///
    /// assert_eq!(ErrcodeErrmsg::ENVELOPE.code_field(), "errcode");
    /// ```
    ErrcodeErrmsg = ERRCODE_ERRMSG;
    /// `code`/`msg` ([`Envelope::CODE_MSG`]), with no codes declared: Feishu and Lark.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::CodeMsg;
    /// assert_eq!(CodeMsg::ENVELOPE.message_field(), "msg");
    /// ```
    CodeMsg = CODE_MSG;
    /// `error_code`/`error_msg` ([`Envelope::ERROR_CODE_ERROR_MSG`]), with no codes
    /// declared: Baidu.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::ErrorCodeErrorMsg;
    /// assert_eq!(ErrorCodeErrorMsg::ENVELOPE.code_field(), "error_code");
    /// ```
    ErrorCodeErrorMsg = ERROR_CODE_ERROR_MSG;
    /// `code`/`message` ([`Envelope::CODE_MESSAGE`]), with no codes declared.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::CodeMessage;
    /// assert_eq!(CodeMessage::ENVELOPE.message_field(), "message");
    /// ```
    CodeMessage = CODE_MESSAGE;
    /// The `WeChat` family ([`Envelope::WECHAT`]), with no codes declared: `errcode`/`errmsg`,
    /// and the request id at the end of the message (`... rid: 6592a4e5-...`).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::Wechat;
    /// assert_eq!(Wechat::ENVELOPE.request_id_in("invalid credential rid: 6592a4e5"), Some("6592a4e5"));
    /// ```
    Wechat = WECHAT;
    /// `errcode`/`errmsg` with `sub_code`/`sub_msg` ([`Envelope::DINGTALK`]), with no codes
    /// declared: DingTalk's older API.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::Dingtalk;
    /// assert_eq!(Dingtalk::ENVELOPE.sub_code_field(), Some("sub_code"));
    /// ```
    Dingtalk = DINGTALK;
    /// WeChat Pay API v3 ([`Envelope::WECHAT_PAY_V3`]), with no codes declared.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::WechatPayV3;
    /// assert_eq!(WechatPayV3::ENVELOPE.request_id_header(), Some("Request-ID"));
    /// ```
    WechatPayV3 = WECHAT_PAY_V3;
    /// DingTalk's newer API ([`Envelope::DINGTALK_V1`]), with no codes declared.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::DingtalkV1;
    /// assert_eq!(DingtalkV1::ENVELOPE.request_id_fields(), ["requestid"]);
    /// ```
    DingtalkV1 = DINGTALK_V1;
    /// Alipay's v2 gateway ([`Envelope::ALIPAY`]), with no codes declared.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::Alipay;
    /// assert_eq!(Alipay::ENVELOPE.success_code(), Some(10000));
    /// ```
    Alipay = ALIPAY;
    /// Google's AIP-193 errors ([`Envelope::GOOGLE_RPC`]), with no codes declared.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::HasEnvelope;
    /// use platform_errors::envelope::GoogleRpc;
    /// assert_eq!(GoogleRpc::ENVELOPE.sub_code_field(), Some("status"));
    /// ```
    GoogleRpc = GOOGLE_RPC;
}

/// The key an error of an envelope nested by suffix is written under when it was not read
/// under one (built by hand, or a catalogue's value): Alipay's `error_response`.
#[cfg(feature = "serde")]
pub(crate) const ERROR_RESPONSE_KEY: &str = "error_response";

/// Whether the envelope's answer sits under a key matched by suffix (Alipay's), whose
/// errors built by hand are written under [`ERROR_RESPONSE_KEY`].
#[cfg(feature = "serde")]
pub(crate) const fn nests_by_suffix(envelope: &Envelope) -> bool {
    matches!(envelope.nesting(), Some(Nesting::Suffix(_)))
}
