use alloc::boxed::Box;
use alloc::string::String;

use crate::{Catalogue, Code};

mod received;
mod traits;

pub(crate) use received::ReceivedCode;
use received::ReceivedMessage;
#[cfg(feature = "serde")]
pub(crate) use received::{JsonText, Rare, Received};

/// An error answer of the platform, read with the catalogue `C`: the code and message exactly
/// as received, the typed value they resolve to when `C` declares the code
/// ([`kind`](ApiError::kind)), and what came with them: the request id (when the body has
/// one where `C`'s [envelope](crate::Catalogue::ENVELOPE) says) and the HTTP status (when the
/// answer came over HTTP).
///
/// `C` is always a catalogue (a `define_codes!` enum or umbrella, a derived catalogue);
/// envelopes are named by [`HasEnvelope`](crate::HasEnvelope) types, which `Response<T, E>`
/// takes.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Advice, ApiError, PlatformError};
/// use platform_errors::qingtui::{ParamError, QingtuiError};
///
/// let err: ApiError<QingtuiError> = ApiError::new(40100, "page_size is required (request 9f2)");
/// assert_eq!(err.code(), 40100);
/// assert_eq!(err.entry().unwrap().name(), "PageSizeRequired");
/// assert_eq!(err.message(), "page_size is required (request 9f2)");
/// assert_eq!(err.kind(), Some(&QingtuiError::Param(ParamError::PageSizeRequired)));
/// assert_eq!(err.advice(), Advice::FixRequest);
/// assert_eq!(err.to_string(), "errcode 40100: page_size is required (request 9f2)");
///
/// let err: ApiError<ParamError> = ApiError::new(99, "new").with_status(400).with_request_id("r-1");
/// assert_eq!(err.kind(), None);
/// assert_eq!(err.advice(), Advice::None);
/// assert_eq!((err.status(), err.request_id()), (Some(400), Some("r-1")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg(feature = "alloc")]
pub struct ApiError<C> {
    code: ReceivedCode,
    message: ReceivedMessage,
    kind: Option<C>,
    /// What came beside the code and message, behind one pointer (most errors have none),
    /// so that an `ApiError`, and an SDK's error type that holds one or an `HttpError`,
    /// stays small to return (clippy's `result_large_err` asks for under 128 bytes).
    context: Option<Box<Context>>,
}

/// The request id, HTTP status and `Retry-After` of an error answer, and what else its
/// envelope keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Context {
    request_id: Option<String>,
    status: Option<u16>,
    retry_after: Option<core::time::Duration>,
    /// Rarer still (sub codes, details, nested answers): behind a pointer of its own, so that
    /// an error with a request id alone allocates no more than before. Only the wire fills it.
    #[cfg(feature = "serde")]
    more: Rare<Received>,
}

/// The value of `C` a received code and message type: `C`'s lookup, for a code of either
/// kind; a number under a catalogue of string codes (a gateway's `"code": 404`) is looked
/// up as its decimal text, as a catalogue's own serde reads it (`"404"` declared is found).
#[inline]
fn lookup_received<C: Catalogue>(code: Code<'_>, message: &str) -> Option<C> {
    let kind = C::__platform_errors_lookup_any_kind(code, message);
    // A constant first: for a catalogue of numeric codes the rest folds away (the wire's hot
    // path types every error answer here).
    if !<C::Code<'_> as crate::CodeKind<'_>>::IS_STR || kind.is_some() {
        return kind;
    }
    let text = crate::code::number_as_string_code::<C>(code)?;
    C::__platform_errors_lookup_any_kind(Code::Str(&text), message)
}

impl Context {
    /// Whether it holds nothing: an error without context has none (`ApiError::context` is
    /// `None`), so that two errors holding the same compare equal.
    fn is_empty(&self) -> bool {
        #[cfg(feature = "serde")]
        let more = self.more.is_none();
        #[cfg(not(feature = "serde"))]
        let more = true;
        self.request_id.is_none() && self.status.is_none() && self.retry_after.is_none() && more
    }
}

impl<C: Catalogue> ApiError<C> {
    /// An error for a code of `C`'s own kind (an `i64` for a catalogue of numeric codes, a
    /// `&str` for one of string codes) and a message, resolved with
    /// [`Catalogue::from_code_and_message`]. For a code of either kind, as an answer may
    /// send it (`"40001"`, a string code under a numeric catalogue), use
    /// [`ApiError::received`].
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let err = ApiError::<QingtuiError>::new(42001, "access_token expired");
    /// assert_eq!(err.kind(), Some(&QingtuiError::General(GeneralError::AccessTokenExpired)));
    /// assert_eq!(err.to_string(), "errcode 42001: access_token expired");
    /// ```
    #[must_use]
    pub fn new(code: C::Code<'_>, message: impl Into<String>) -> Self {
        let message = message.into();
        let kind = C::from_code_and_message(code, &message);
        ApiError::with_kind(code.into(), message, kind)
            .with_request_id_from_message()
            .held_as_the_envelope_holds_it()
    }

    /// Where a string sub code types `C`'s errors, a code that is no number is a sub code,
    /// held as the wire holds it, so that it is written there and reads back equal: Alipay's
    /// `{"sub_code": ..., "sub_msg": ...}`; AIP-193's `status` of a `google.rpc.Code` name,
    /// beside the HTTP status it has as `code` (`NOT_FOUND`: 404), as `Response::failure`
    /// holds it. (A name of the API's own has no status: it is written with 500, and held as
    /// the code alone.)
    #[cfg(feature = "serde")]
    fn with_sub_code_where_it_types(mut self) -> Self {
        let envelope = &C::ENVELOPE;
        let code = self.code.as_code();
        let (Code::Str(name), true) = (code, code.is_name()) else {
            return self;
        };
        if !envelope.is_typed_by_sub_code() {
            return self;
        }
        let received = if envelope.is_code_http_status() {
            let Some(received) = Received::rpc_status(name, String::from(self.message())) else {
                return self;
            };
            received
        } else {
            Received::sub_code_alone(self.code.clone(), String::from(self.message()))
        };
        *self.context_mut().more.get_or_default() = received;
        self
    }

    #[cfg(not(feature = "serde"))]
    fn with_sub_code_where_it_types(self) -> Self {
        self
    }

    /// Under an envelope nested by suffix (Alipay's), with the key it is written under,
    /// `error_response`, as the same error read back from what it writes holds it.
    #[cfg(feature = "serde")]
    fn with_written_nested_key(mut self) -> Self {
        if crate::envelope::nests_by_suffix(&C::ENVELOPE) && self.nested_key().is_none() {
            self.context_mut().more.get_or_default().nested_key =
                Some(crate::envelope::ERROR_RESPONSE_KEY.into());
        }
        self
    }

    #[cfg(not(feature = "serde"))]
    fn with_written_nested_key(self) -> Self {
        self
    }

    /// With the request id inside the message, where `C`'s envelope says the message
    /// carries one (`WeCom`'s `hint: [...]`), as the wire reads it.
    pub(crate) fn with_request_id_from_message(self) -> Self {
        if C::ENVELOPE.request_id_in_message().is_none() || self.request_id().is_some() {
            return self;
        }
        match C::ENVELOPE.request_id_in(self.message()).map(String::from) {
            Some(id) => self.with_request_id(id),
            None => self,
        }
    }
}

impl<C: Catalogue> ApiError<C> {
    /// An error for a code of either kind, numeric or string (anything `Into<Code>`), and a
    /// message, as received:
    /// resolved where the code is of `C`'s kind and `C` declares it, kept as received either
    /// way. [`ApiError::new`] takes `C`'s kind of code only; this takes any, such as a
    /// string code under an [`Uncatalogued`](crate::Uncatalogued) envelope of string codes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{ApiError, Code, Uncatalogued};
    /// use platform_errors::envelope::WechatPayV3;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// let err = ApiError::<Uncatalogued<WechatPayV3>>::received("PARAM_ERROR", "参数错误");
    /// assert_eq!((err.code(), err.message()), (Code::Str("PARAM_ERROR"), "参数错误"));
    ///
    /// // A string code under a catalogue of numeric codes: kept, not resolved (a string
    /// // that holds a number, such as "40001", is that number, as on the wire). Written
    /// // as kept (`{"errcode":"PARAM_ERROR",...}`), it is no answer of `C`'s envelope,
    /// // whose reader refuses a code that is no integer: log it, don't send it.
    /// let odd = ApiError::<QingtuiError>::received("PARAM_ERROR", "bad");
    /// assert_eq!((odd.code(), odd.kind()), (Code::Str("PARAM_ERROR"), None));
    /// let typed = ApiError::<QingtuiError>::received(40001, "invalid credential");
    /// assert!(typed.kind().is_some());
    /// let from_text = ApiError::<QingtuiError>::received("40001", "invalid credential");
    /// assert_eq!(from_text, typed);
    /// assert!(from_text.code() == 40001);
    /// ```
    #[must_use]
    pub fn received<'a>(code: impl Into<Code<'a>>, message: impl Into<String>) -> Self {
        let code = code.into();
        let message = message.into();
        // Kept as the envelope writes it.
        let code = crate::code::as_the_envelope_holds(code, &C::ENVELOPE);
        let kind = lookup_received::<C>(code, &message);
        ApiError::with_kind(code, message, kind)
            .with_request_id_from_message()
            .held_as_the_envelope_holds_it()
    }

    /// `from_received` for a code of either kind: one of `C`'s kind is resolved as
    /// `from_received` resolves it; one of the other kind (a string under `Uncatalogued`'s
    /// numbers, even `"20000"`; a number under a catalogue of strings) is kept as the
    /// envelope holds it, as [`ApiError::received`] keeps it.
    pub(crate) fn of_either_kind(code: Code<'_>, message: &str) -> Self
    where
        C: crate::PlatformError,
    {
        match crate::__private::code_of_kind::<C>(code) {
            Some(typed) => <Self as crate::FromReceived>::from_received(typed, message),
            None => ApiError::received(code, message),
        }
    }

    #[cfg(feature = "serde")]
    /// An error for what a body carried, of a code owned already: the message, the request
    /// id, the bytes of a message that was not UTF-8, and what else the envelope kept.
    #[inline]
    pub(crate) fn received_owned(
        code: ReceivedCode,
        message: String,
        request_id: Option<String>,
        raw_message: Option<Box<[u8]>>,
        more: Option<Box<Received>>,
    ) -> Self {
        let kind = lookup_received::<C>(code.as_code(), &message);
        let top = more
            .as_deref()
            .and_then(|more| more.top.as_ref()?.0.as_ref());
        let status = Self::status_by_code(&code, top);
        ApiError {
            code,
            message: match raw_message {
                None => ReceivedMessage::Text(message),
                Some(raw) => ReceivedMessage::Lossy(Box::new((message, raw))),
            },
            kind,
            context: if request_id.is_none() && more.is_none() && status.is_none() {
                None
            } else {
                Some(Box::new(Context {
                    request_id,
                    status,
                    more: Rare::new(more),
                    ..Context::default()
                }))
            },
        }
    }

    /// The HTTP status the error has by its codes where `C`'s envelope's code is the status
    /// (AIP-193's `error.code`): the body's numeric code (beside a sub code, `top`, or the
    /// code itself), else the status `google.rpc.Code` gives its status name (`NOT_FOUND`:
    /// 404), so that an answer read without HTTP, or built by hand, has the status it would
    /// have over HTTP. `None` under any other envelope.
    fn status_by_code(code: &ReceivedCode, top: Option<&ReceivedCode>) -> Option<u16> {
        if !C::ENVELOPE.is_code_http_status() {
            return None;
        }
        let number = |code: &ReceivedCode| match code {
            // An error's status is 4xx or 5xx: a 2xx answer is the resource.
            ReceivedCode::Int(number) => u16::try_from(*number)
                .ok()
                .filter(|status| (400..=599).contains(status)),
            ReceivedCode::Str(_) => None,
        };
        top.and_then(number)
            .or_else(|| number(code))
            .or_else(|| match code {
                ReceivedCode::Str(name) => crate::platform_error::rpc_status_http(name),
                ReceivedCode::Int(_) => None,
            })
    }

    /// As the same error read from what it writes holds it, under `C`'s envelope: its sub
    /// code (Alipay's), its status (AIP-193's), the key it is written under (Alipay's).
    fn held_as_the_envelope_holds_it(self) -> Self {
        self.with_sub_code_where_it_types()
            .with_status_by_code()
            .with_written_nested_key()
    }

    /// With the status its codes give under `C`'s envelope ([`Self::status_by_code`]).
    fn with_status_by_code(mut self) -> Self {
        // The status a `google.rpc.Code` name has, held beside it as the wire holds it.
        #[cfg(feature = "serde")]
        let top = self.more().and_then(|more| more.top.as_ref()?.0.as_ref());
        #[cfg(not(feature = "serde"))]
        let top = None;
        if let Some(status) = Self::status_by_code(&self.code, top) {
            self.context_mut().status = Some(status);
        }
        self
    }
}

impl<C> ApiError<C> {
    fn with_kind(code: Code<'_>, message: String, kind: Option<C>) -> Self {
        ApiError {
            code: ReceivedCode::new(code),
            message: ReceivedMessage::Text(message),
            kind,
            context: None,
        }
    }

    /// The context, made on first use.
    fn context_mut(&mut self) -> &mut Context {
        self.context.get_or_insert_with(Box::default)
    }

    /// The code, as received. An `ApiError` always has one, so this is not the trait's
    /// `Option`: it compares with an integer directly (`err.code() == 40001`).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let err = ApiError::<QingtuiError>::new(61000, "a new code");
    /// assert_eq!(err.code(), 61000);
    /// assert_eq!(err.code().as_i64(), Some(61000));
    /// ```
    #[must_use]
    pub fn code(&self) -> Code<'_> {
        self.code.as_code()
    }

    /// The message, exactly as received.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// // As received, not the catalogue's message for the code.
    /// let err = ApiError::<QingtuiError>::new(42001, "access_token超时");
    /// assert_eq!(err.message(), "access_token超时");
    /// ```
    #[must_use]
    pub fn message(&self) -> &str {
        self.message.as_str()
    }

    /// The message's bytes as received, when they were not UTF-8 (an older platform's GBK):
    /// [`message`](Self::message) is then the text with invalid sequences replaced by
    /// U+FFFD, and the code and request id are read as usual. `None` when the message was
    /// UTF-8. Only bytes can hold such a message: it is read by
    /// [`wire::from_slice`](crate::wire::from_slice) and
    /// [`wire::from_http`](crate::wire::from_http).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "serde")] {
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::QingtuiError;
    /// use platform_errors::wire::from_slice;
    ///
    /// // "系统繁忙" in GBK.
    /// let gbk = b"\xCF\xB5\xCD\xB3\xB7\xB1\xC3\xA6";
    /// let mut body = br#"{"errcode": -1, "errmsg": ""#.to_vec();
    /// body.extend_from_slice(gbk);
    /// body.extend_from_slice(br#""}"#);
    /// let err: ApiError<QingtuiError> = from_slice(&body).unwrap();
    /// assert_eq!((err.code(), err.raw_message()), ((-1).into(), Some(&gbk[..])));
    /// // Read as far as it is UTF-8: "ϵͳ\u{FFFD}\u{FFFD}æ".
    /// assert!(err.message().contains('\u{FFFD}'));
    /// # }
    /// ```
    #[must_use]
    pub fn raw_message(&self) -> Option<&[u8]> {
        match &self.message {
            ReceivedMessage::Text(_) => None,
            ReceivedMessage::Lossy(lossy) => Some(&lossy.1),
        }
    }

    /// The typed value, when `C` declares the code.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let known = ApiError::<QingtuiError>::new(42001, "access_token expired");
    /// assert!(matches!(known.kind(), Some(QingtuiError::General(GeneralError::AccessTokenExpired))));
    /// assert_eq!(ApiError::<QingtuiError>::new(61000, "new").kind(), None);
    /// ```
    #[must_use]
    pub fn kind(&self) -> Option<&C> {
        self.kind.as_ref()
    }

    /// The typed value, when `C` declares the code.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let err = ApiError::<QingtuiError>::new(42001, "access_token expired");
    /// assert_eq!(err.into_kind(), Some(QingtuiError::General(GeneralError::AccessTokenExpired)));
    /// ```
    #[must_use]
    pub fn into_kind(self) -> Option<C> {
        self.kind
    }

    /// The received message, taken out.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let message: String = ApiError::<QingtuiError>::new(-1, "系统繁忙").into_message();
    /// assert_eq!(message, "系统繁忙");
    /// ```
    #[must_use]
    pub fn into_message(self) -> String {
        match self.message {
            ReceivedMessage::Text(text) => text,
            ReceivedMessage::Lossy(lossy) => lossy.0,
        }
    }

    /// The request id the platform sent with the error, which its support asks for: the
    /// answer's, or the one inside the message where `C`'s envelope says the message carries
    /// one (`WeCom`'s `hint: [...]`), for an error built with [`new`](Self::new) or
    /// [`received`](Self::received) too. An empty or blank one (`"request_id": ""` or `"  "`,
    /// an empty `Request-ID` header) is none.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// let err = ApiError::<QingtuiError>::new(40001, "invalid credential").with_request_id("r-7");
    /// assert_eq!(err.request_id(), Some("r-7"));
    /// ```
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.context.as_ref()?.request_id.as_deref()
    }

    #[cfg(feature = "serde")]
    /// The sub code, as received, when the answer had one: Alipay's `sub_code` (which is
    /// then also [`code`](Self::code), since it types the error), DingTalk's errcode 88
    /// `sub_code` (a number inside a string, which types the error as that number:
    /// [`code`](Self::code) is 60011, [`top_code`](Self::top_code) 88), AIP-193's `status`.
    /// See [`Envelope::with_sub_code_fields`](crate::Envelope::with_sub_code_fields).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "serde")] {
    /// use platform_errors::{ApiError, Uncatalogued};
    /// use platform_errors::envelope::Dingtalk;
    ///
    /// let body = r#"{"errcode": 88, "sub_code": "60011", "sub_msg": "没有调用该接口的权限",
    ///     "errmsg": "ding talk error[subcode=60011]", "request_id": "5imjny7u9xwa"}"#;
    /// let err: ApiError<Uncatalogued<Dingtalk>> = serde_json::from_str(body).unwrap();
    /// assert_eq!((err.code(), err.top_code()), (60011.into(), 88.into()));
    /// assert_eq!(err.sub_code(), Some("60011".into()));
    /// assert_eq!(err.sub_message(), Some("没有调用该接口的权限"));
    /// # }
    /// ```
    #[must_use]
    pub fn sub_code(&self) -> Option<Code<'_>> {
        self.more()?.sub_code.as_ref().map(ReceivedCode::as_code)
    }

    #[cfg(feature = "serde")]
    /// The sub code's message, as received, when the answer had one (Alipay's `sub_msg`).
    #[must_use]
    pub fn sub_message(&self) -> Option<&str> {
        self.more()?.sub_message.as_deref()
    }

    #[cfg(feature = "serde")]
    /// The envelope's own code, as received. It is [`code`](Self::code) unless a sub code
    /// types the error: then it is the code beside it, Alipay's `code` (`"40004"`) or
    /// AIP-193's `error.code` (the HTTP status, `400`).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "serde")] {
    /// use platform_errors::{ApiError, Uncatalogued};
    /// use platform_errors::envelope::Alipay;
    ///
    /// let body = r#"{"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed",
    ///     "sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}, "sign": "ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}"#;
    /// let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
    /// assert_eq!(err.code(), "ACQ.TRADE_HAS_SUCCESS");
    /// assert_eq!(err.message(), "交易已被支付");
    /// assert_eq!((err.top_code(), err.top_message()), ("40004".into(), Some("Business Failed")));
    /// assert_eq!(err.nested_key(), Some("alipay_trade_pay_response"));
    /// assert_eq!(err.kept_field("sign"), Some(r#""ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE""#));
    /// # }
    /// ```
    ///
    /// An answer typed by its sub code alone (`{"error": {"status": "UNAVAILABLE"}}`) has no
    /// code beside it: then this is [`code`](Self::code), and nothing is made up (nor written
    /// back).
    #[must_use]
    pub fn top_code(&self) -> Code<'_> {
        match self.more().and_then(|more| more.top.as_ref()) {
            Some((Some(code), _)) => code.as_code(),
            _ => self.code(),
        }
    }

    #[cfg(feature = "serde")]
    /// The envelope's own message, as received: [`message`](Self::message) unless a sub
    /// code types the error, then the message beside the envelope's own code (Alipay's
    /// `msg`), if sent.
    #[must_use]
    pub fn top_message(&self) -> Option<&str> {
        match self.more().and_then(|more| more.top.as_ref()) {
            Some((_, message)) => message.as_deref(),
            None => Some(self.message()),
        }
    }

    #[cfg(feature = "serde")]
    /// The JSON text of the envelope's detail field, as received: WeChat Pay's `detail`,
    /// AIP-193's `details`, Feishu's `error` object, DingTalk's `accessdenieddetail`
    /// ([`Envelope::with_detail_field`](crate::Envelope::with_detail_field)). Text rather
    /// than a parsed value: these are open-ended (WeChat Pay nests `detail` in `detail`),
    /// the text is what was sent, exactly, and `serde_json::from_str` reads it into any
    /// type.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "serde")] {
    /// use platform_errors::{ApiError, Uncatalogued};
    /// use platform_errors::envelope::WechatPayV3;
    ///
    /// let body = r#"{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount/currency","issue":"Currency code is invalid"}}"#;
    /// let err: ApiError<Uncatalogued<WechatPayV3>> = serde_json::from_str(body).unwrap();
    /// assert_eq!(err.code(), "PARAM_ERROR");
    /// assert_eq!(err.detail(), Some(r#"{"field":"/amount/currency","issue":"Currency code is invalid"}"#));
    /// # }
    /// ```
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.more()?.detail.as_deref()
    }

    #[cfg(feature = "serde")]
    /// The key the answer sat under, for an envelope nested under a key matched by suffix
    /// (Alipay's `alipay_trade_pay_response` or `error_response`). An error built by hand
    /// under such an envelope has `error_response`, the key it is written under, so that
    /// reading back what it writes gives it again.
    #[must_use]
    pub fn nested_key(&self) -> Option<&str> {
        self.more()?.nested_key.as_deref()
    }

    #[cfg(feature = "serde")]
    /// With the key the answer is written under, for an envelope nested under a key matched
    /// by suffix (Alipay's `<method>_response`); without one, such an error is written under
    /// `error_response`, the key of Alipay's gateway errors.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "serde")] {
    /// use platform_errors::{ApiError, Uncatalogued};
    /// use platform_errors::envelope::Alipay;
    ///
    /// let err = ApiError::<Uncatalogued<Alipay>>::received("40004", "Business Failed")
    ///     .with_nested_key("alipay_trade_query_response");
    /// assert_eq!(err.nested_key(), Some("alipay_trade_query_response"));
    /// assert_eq!(
    ///     serde_json::to_string(&err).unwrap(),
    ///     r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed"}}"#,
    /// );
    /// # }
    /// ```
    #[must_use]
    pub fn with_nested_key(mut self, key: impl Into<String>) -> Self {
        let key: String = key.into();
        self.context_mut().more.get_or_default().nested_key = Some(key.into_boxed_str());
        self
    }

    #[cfg(feature = "serde")]
    /// The JSON text of a field the envelope keeps
    /// ([`Envelope::with_kept_fields`](crate::Envelope::with_kept_fields)), as Alipay's
    /// `sign`, when the answer had it.
    #[must_use]
    pub fn kept_field(&self, name: &str) -> Option<&str> {
        self.more()?
            .kept
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, text)| &*text.0)
    }

    #[cfg(feature = "serde")]
    /// What the envelope kept beside the code and message, if anything.
    pub(crate) fn more(&self) -> Option<&Received> {
        self.context.as_ref()?.more.get()
    }

    /// The HTTP status of the answer, when it came over HTTP, or under AIP-193, whose
    /// `error.code` is the HTTP status, when the error gives it: an answer read with serde
    /// alone has its `code`, and an error built by hand the status `google.rpc.Code` gives its
    /// status name (`NOT_FOUND`: 404), as the platform would have answered it.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "serde")] {
    /// use platform_errors::{Advice, ApiError, PlatformError, Uncatalogued};
    /// use platform_errors::envelope::GoogleRpc;
    ///
    /// let body = r#"{"error": {"code": 503, "status": "UNAVAILABLE", "message": "down"}}"#;
    /// let err: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(body).unwrap();
    /// assert_eq!((err.status(), err.advice()), (Some(503), Advice::Retry));
    /// let by_hand = ApiError::<Uncatalogued<GoogleRpc>>::received("NOT_FOUND", "no such book");
    /// assert_eq!(by_hand.status(), Some(404));
    /// # }
    /// ```
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.context.as_ref()?.status
    }

    /// How long the platform asked to wait before trying again (`Retry-After`), if it did.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let err = ApiError::<QingtuiError>::new(45009, "api freq out of limit");
    /// assert_eq!(err.retry_after(), None);
    /// assert_eq!(err.with_retry_after(Duration::from_secs(2)).retry_after(), Some(Duration::from_secs(2)));
    /// ```
    #[must_use]
    pub fn retry_after(&self) -> Option<core::time::Duration> {
        self.context.as_ref()?.retry_after
    }

    /// With the wait the platform asked for.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use core::time::Duration;
    /// use platform_errors::PlatformError;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// // A mock of the platform, or a test of a retry loop.
    /// let err = ApiError::<QingtuiError>::new(45009, "api freq out of limit").with_retry_after(Duration::from_secs(5));
    /// assert_eq!(PlatformError::retry_after(&err), Some(Duration::from_secs(5)));
    /// ```
    #[must_use]
    pub fn with_retry_after(mut self, wait: core::time::Duration) -> Self {
        self.context_mut().retry_after = Some(wait);
        self
    }

    /// With the request id the platform sent. An empty (or blank) one is none, as on the wire, and
    /// takes back one given before (but for an id the message carries, such as `WeCom`'s
    /// `hint: [...]`, which reading the message finds again).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// let err = ApiError::<QingtuiError>::new(-1, "系统繁忙").with_request_id("req-7");
    /// assert_eq!(err.request_id(), Some("req-7"));
    /// assert_eq!(err.with_request_id("").request_id(), None);
    /// ```
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        let request_id = request_id.into();
        if request_id.trim().is_empty() {
            if let Some(context) = self.context.as_mut() {
                context.request_id = None;
                if context.is_empty() {
                    self.context = None;
                }
            }
        } else {
            self.context_mut().request_id = Some(request_id);
        }
        self
    }

    /// With the HTTP status of the answer: what [`status`](Self::status) gives, and what
    /// `http::answer` (feature `http`) sends unless the entry declares one. The body's code
    /// is unchanged: under AIP-193, whose `code` is the HTTP status, an error built with
    /// [`received`](Self::received) holds the status its `status` name gives (`NOT_FOUND`:
    /// 404), and one read holds the code it was read with.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, PlatformError};
    /// use platform_errors::ApiError;
    /// use platform_errors::qingtui::{GeneralError, QingtuiError};
    ///
    /// // A code the catalogue does not know, under a 503: the status's advice.
    /// let err = ApiError::<QingtuiError>::new(61000, "upstream down").with_status(503);
    /// assert_eq!(err.status(), Some(503));
    /// assert_eq!(err.advice(), Advice::Retry);
    /// ```
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        self.context_mut().status = Some(status);
        self
    }
}
