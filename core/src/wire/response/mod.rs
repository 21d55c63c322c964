//! [`Response`] and [`Success`]: whole answers, with the payload read from beside the
//! envelope by a deserializer that replays the fields it saw before the code.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::ser::{Serialize, Serializer};

use crate::api_error::{Rare, Received, ReceivedCode};
use crate::envelope::{ErrcodeErrmsg, Nesting};
use crate::{ApiError, Catalogue, Code, HasEnvelope};

use super::error_serde::Written;
use super::raw::Raw;
use super::read::*;

mod nested;
mod read;

pub(super) use nested::NestedVisitor;
pub(super) use read::*;

/// A response of the platform's API: the code, the message, the request id and, for a
/// success, the API's own fields, read into `T` from beside the envelope. `E` names the
/// envelope ([`Catalogue::ENVELOPE`]): a catalogue, or a marker of [`crate::envelope`];
/// the default reads `errcode`/`errmsg`.
///
/// Parsing is lenient where real servers are untidy: the code may be a number, a numeric
/// string, or a number written with a fraction or an exponent whose text denotes an integer
/// exactly (`40001.0`, `1e5`; never `1e-400` or `40001.0000000000001`, see the
/// [module](super)); the message may be missing or `null`; fields other than the envelope's
/// are skipped on errors, however deep.
/// A code of `null`, or `""` where codes are strings, is none, as if the key were missing
/// (as serde reads an `Option`).
/// It is strict where the body is wrong: a code that is missing (unless the envelope declares
/// that successes carry none), not an integer or out of `i64`'s range, a body that is not an
/// object, or a success whose fields do not fit `T` are serde errors. Only the envelope's
/// success code is success.
///
/// A success reads `T` straight from the input when the code comes before the API's fields,
/// as platforms send it; fields sent before the code are kept as their text until the code
/// is read, then, for a success, handed to `T` through serde_json's own deserializer, so
/// that `T` reads them as serde_json would: a field `T` ignores is skipped at any depth, one
/// it reads is subject to serde_json's limit of 128 levels, as it would be without the
/// envelope. (Without `std`, text that serde_json could not lend, from `from_reader` or a
/// `Value`, is parsed into a `serde_json::Value` first, within that limit.) An error skips
/// every other field at any depth.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Advice, PlatformError, Response};
/// use platform_errors::qingtui::QingtuiError;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Token {
///     access_token: String,
///     expires_in: u32,
/// }
///
/// let ok: Response<Token> = serde_json::from_str(
///     r#"{"errcode": 0, "errmsg": "ok", "access_token": "T-1", "expires_in": 7200}"#,
/// )?;
/// let token = ok.into_result::<QingtuiError>()?;
/// assert_eq!(token.access_token, "T-1");
///
/// let expired: Response<Token> =
///     serde_json::from_str(r#"{"errcode": "42001", "errmsg": "access_token超时", "rid": "r-9"}"#)?;
/// let err = expired.into_result::<QingtuiError>().unwrap_err();
/// assert_eq!(err.code(), 42001);
/// assert_eq!(err.request_id(), Some("r-9"));
/// assert_eq!(err.advice(), Advice::RefreshToken);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Another platform's names, from a marker type:
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Response;
/// use platform_errors::envelope::CodeMsg;
///
/// let body = r#"{"code": 99991663, "msg": "Invalid access token for authorization.", "log_id": "L1"}"#;
/// let response: Response<(), CodeMsg> = serde_json::from_str(body)?;
/// assert_eq!((response.code(), response.request_id()), (99991663.into(), Some("L1")));
/// // Written back as it was read, request id included.
/// assert_eq!(serde_json::to_string(&response)?, body.replace(": ", ":").replace(", ", ","));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg(feature = "serde")]
pub struct Response<T, E = ErrcodeErrmsg> {
    /// The code that types the answer (a sub code that types it, where sent), when it is a
    /// number.
    code: i64,
    message: MessageText,
    /// A string code, sub codes, details, kept fields, a message's bytes: rare, behind one
    /// pointer, so that a numeric answer is read, moved and dropped as before.
    more: Rare<More>,
    request_id: Option<String>,
    payload: Option<T>,
    names: PhantomData<fn() -> E>,
}

/// What a [`Response`] keeps beyond a numeric code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct More {
    /// A string code, in place of the numeric one.
    string_code: Option<Box<str>>,
    /// Whether the answer came without a code (a success of an envelope whose successes
    /// carry none): written back without one.
    without_code: bool,
    /// Sub codes, details, kept fields, the nested object's key.
    received: Option<Box<Received>>,
    /// The message's bytes, when they were not UTF-8 ([`from_slice`](super::from_slice)).
    raw_message: Option<Box<[u8]>>,
}

impl More {
    /// What a response keeps of a numeric answer: the message's bytes, where they were not
    /// UTF-8, and else nothing.
    #[inline]
    fn of_raw_message(raw_message: Option<Box<[u8]>>) -> Rare<More> {
        match raw_message {
            None => Rare::none(),
            Some(raw) => Rare::new(Some(Box::new(More {
                raw_message: Some(raw),
                ..More::default()
            }))),
        }
    }
}

impl<T: fmt::Debug, E> fmt::Debug for Response<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("code", &self.code())
            .field("more", &self.more)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("raw_message", &self.raw_message())
            .field("payload", &self.payload)
            .finish()
    }
}

impl<T: Clone, E> Clone for Response<T, E> {
    fn clone(&self) -> Self {
        Response {
            code: self.code,
            message: self.message.clone(),
            more: self.more.clone(),
            request_id: self.request_id.clone(),
            payload: self.payload.clone(),
            names: PhantomData,
        }
    }
}

impl<T: PartialEq, E> PartialEq for Response<T, E> {
    fn eq(&self, other: &Self) -> bool {
        (
            self.code,
            &self.message,
            &self.more,
            &self.request_id,
            &self.payload,
        ) == (
            other.code,
            &other.message,
            &other.more,
            &other.request_id,
            &other.payload,
        )
    }
}

impl<T: Eq, E> Eq for Response<T, E> {}

impl<T: core::hash::Hash, E> core::hash::Hash for Response<T, E> {
    /// What it compares: the code, the message, what else was received, the request id and
    /// the payload (not the envelope, a type).
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
        self.message.hash(state);
        self.more.hash(state);
        self.request_id.hash(state);
        self.payload.hash(state);
    }
}

/// A successful answer: the payload, and the message that came with it.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Response;
/// use platform_errors::qingtui::QingtuiError;
///
/// let body = r#"{"errcode": 0,
///     "errmsg": "success and the accounts [li] [wang] will not change password"}"#;
/// let response: Response<serde_json::Value> = serde_json::from_str(body)?;
/// let done = response.into_success::<QingtuiError>()?;
/// assert_eq!(
///     done.note(),
///     Some("success and the accounts [li] [wang] will not change password"),
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg(feature = "serde")]
pub struct Success<T> {
    /// The API's payload.
    pub value: T,
    /// `errmsg` as received.
    pub message: String,
}

impl<T> Success<T> {
    /// The message, when it says more than a plain success (`"success"`, `"ok"`,
    /// `"请求成功"`, or nothing).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// let ok: Response<()> = serde_json::from_str(r#"{"errcode": 0, "errmsg": "ok"}"#)?;
    /// assert_eq!(ok.into_success::<QingtuiError>().unwrap().note(), None);
    /// let noted: Response<()> = serde_json::from_str(r#"{"errcode": 0, "errmsg": "sent, 1 user skipped"}"#)?;
    /// assert_eq!(noted.into_success::<QingtuiError>().unwrap().note(), Some("sent, 1 user skipped"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn note(&self) -> Option<&str> {
        let plain = ["", "ok", "success", "请求成功", "成功"];
        let text = self.message.trim();
        let text = text
            .strip_suffix('.')
            .or_else(|| text.strip_suffix('。'))
            .unwrap_or(text);
        (!plain.iter().any(|p| p.eq_ignore_ascii_case(text))).then_some(self.message.as_str())
    }
}

impl<T, E: HasEnvelope> Response<T, E> {
    /// A success carrying `value`, written as the platform sends one: with the envelope's
    /// success code (as a string where codes are strings: Alipay's `"10000"`), or, where the
    /// envelope's successes carry no code (WeChat Pay v3, DingTalk's newer API, AIP-193), the
    /// payload's fields alone, with the message where it is not empty and the envelope is
    /// flat.
    ///
    /// The payload's fields go beside the envelope's, so `value` serializes as a map (a
    /// struct, a map, a `serde_json::Value` object) or as nothing (`()`, `None`): a number or
    /// a list fails to serialize, as it would have no name; wrap it in a struct
    /// (`{"items": [...]}`).
    ///
    /// An envelope nested under a key matched by suffix (Alipay's `<method>_response`) needs
    /// the key to be written: [`with_nested_key`](Self::with_nested_key).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    /// use platform_errors::envelope::{Alipay, WechatPayV3};
    /// use serde_json::json;
    ///
    /// let paid = Response::<_, WechatPayV3>::success("", json!({"prepay_id": "wx1"}));
    /// assert_eq!(serde_json::to_string(&paid)?, r#"{"prepay_id":"wx1"}"#);
    ///
    /// let queried = Response::<_, Alipay>::success("Success", json!({"trade_no": "1"}))
    ///     .with_nested_key("alipay_trade_query_response");
    /// assert_eq!(
    ///     serde_json::to_string(&queried)?,
    ///     r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_no":"1"}}"#,
    /// );
    /// // Without its key, such a success is not written: its key names the method.
    /// let keyless = Response::<_, Alipay>::success("Success", json!({"trade_no": "1"}));
    /// assert!(serde_json::to_string(&keyless).is_err());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn success(message: impl Into<String>, value: T) -> Self {
        let envelope = &E::ENVELOPE;
        let more = if envelope.writes_success_without_code() {
            Rare::new(Some(Box::new(More {
                without_code: true,
                ..More::default()
            })))
        } else if envelope.has_string_codes() {
            let code = alloc::string::ToString::to_string(&envelope.held_code());
            Rare::new(Some(Box::new(More {
                string_code: Some(code.into_boxed_str()),
                ..More::default()
            })))
        } else {
            Rare::none()
        };
        Response {
            code: envelope.held_code(),
            message: MessageText::Owned(message.into()),
            more,
            request_id: None,
            payload: Some(value),
            names: PhantomData,
        }
    }

    /// With the key the answer is written under, for an envelope nested under a key
    /// matched by suffix (Alipay's `<method>_response`); see [`success`](Self::success).
    #[must_use]
    pub fn with_nested_key(mut self, key: impl Into<String>) -> Self {
        let key: String = key.into();
        let more = self.more.get_or_default();
        more.received.get_or_insert_with(Box::default).nested_key = Some(key.into_boxed_str());
        self
    }

    /// A failure, of a code of either kind: a number, or a string code such as WeChat Pay's
    /// `"PARAM_ERROR"`. A code is kept as the envelope writes it: a number as text where
    /// the envelope's codes are strings (Alipay's `"40004"`), a numeric string as the
    /// number under numeric codes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::envelope::{Alipay, ErrcodeErrmsg, WechatPayV3};
    /// use platform_errors::{Code, Response};
    ///
    /// let pay = Response::<(), WechatPayV3>::failure("PARAM_ERROR", "参数错误");
    /// assert_eq!(pay.code(), Code::Str("PARAM_ERROR"));
    /// assert_eq!(
    ///     serde_json::to_string(&pay)?,
    ///     r#"{"code":"PARAM_ERROR","message":"参数错误"}"#,
    /// );
    /// let alipay = Response::<(), Alipay>::failure(40004, "Business Failed");
    /// assert_eq!(
    ///     serde_json::to_string(&alipay)?,
    ///     r#"{"error_response":{"code":"40004","msg":"Business Failed"}}"#,
    /// );
    /// let qingtui = Response::<(), ErrcodeErrmsg>::failure("40001", "invalid credential");
    /// assert_eq!(qingtui.code(), Code::Int(40001));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// A string code that is no number, under an envelope typed by a string sub code, is
    /// the sub code: Alipay's `sub_code` (its message `sub_msg`), AIP-193's `status`.
    ///
    /// # Panics
    /// If `code` reads as the envelope's success code, as the wire reads it (`0`, `"0"`,
    /// `" 0 "`; `Response::success` writes a success); or if it is a string that is no number
    /// under an envelope of numeric codes that no string sub code types, which no answer of
    /// it can hold.
    #[must_use]
    pub fn failure<'a>(code: impl Into<Code<'a>>, message: impl Into<String>) -> Self {
        let envelope = &E::ENVELOPE;
        let given = code.into();
        let message: String = message.into();
        let number = crate::code::integer_as_the_wire_reads(given);
        // A string code that is no number, under an envelope typed by a string sub code
        // (Alipay's `sub_code`, AIP-193's `status`): the sub code.
        let sub_code = match given {
            Code::Str(text) if number.is_none() && !text.is_empty() => {
                envelope.is_typed_by_sub_code().then_some(text)
            }
            _ => None,
        };
        let (code, string_code, received) = match (envelope.has_string_codes(), given) {
            // Held as the wire holds a string code (the number's text beside the success
            // code), so that `failure(40001, ..)`, `failure("40001", ..)` and the answer
            // read are equal.
            (true, Code::Int(number)) => (
                envelope.held_code(),
                Some(alloc::string::ToString::to_string(&number)),
                None,
            ),
            // Alipay's sub code is held as the wire holds `{"sub_code": ..., "sub_msg": ...}`,
            // and written there.
            (true, Code::Str(text)) => {
                let received = sub_code
                    .filter(|_| !envelope.is_code_http_status())
                    .map(|sub| {
                        let sub = ReceivedCode::Str(sub.into());
                        Box::new(Received::sub_code_alone(sub, message.clone()))
                    });
                (envelope.held_code(), Some(String::from(text)), received)
            }
            (false, _) => match (number, sub_code) {
                (Some(number), _) => (number, None, None),
                // AIP-193's `status`: written there, beside the HTTP status its name has. A
                // `google.rpc.Code` name is held as the wire holds `{"code": 404, "status":
                // "NOT_FOUND"}`, so that the answer read back is equal, as
                // `ApiError::received` holds it; a name of the API's own has no status, and
                // is written with 500.
                (None, Some(sub)) => {
                    let received = envelope
                        .is_code_http_status()
                        .then(|| Received::rpc_status(sub, message.clone()))
                        .flatten()
                        .map(Box::new);
                    (envelope.held_code(), Some(String::from(sub)), received)
                }
                (None, None) => panic!(
                    "code {given:?} is no number, and the envelope's codes are numbers \
                     (`{}`): give the number, or use an envelope of string codes",
                    envelope.code_field()
                ),
            },
        };
        assert!(
            !is_success::<E>(code, string_code.as_deref(), received.as_deref()),
            "code {given} is success; use Response::success"
        );
        // Under an envelope nested by suffix (Alipay's), with the key it is written under,
        // as the same failure read back from what it writes holds it.
        // A sub code alone, as the wire reads Alipay's: no code beside it (AIP-193's status
        // name has its HTTP status beside it).
        let without_code = received.is_some() && !envelope.is_code_http_status();
        let mut received = received;
        if crate::envelope::nests_by_suffix(envelope) {
            received.get_or_insert_with(Box::default).nested_key =
                Some(crate::envelope::ERROR_RESPONSE_KEY.into());
        }
        let more = if string_code.is_some() || received.is_some() {
            Rare::new(Some(Box::new(More {
                string_code: string_code.map(String::into_boxed_str),
                without_code,
                received,
                ..More::default()
            })))
        } else {
            Rare::none()
        };
        Response {
            code,
            message: MessageText::Owned(message),
            more,
            request_id: None,
            payload: None,
            names: PhantomData,
        }
    }

    /// Whether the answer is a success: its code is the envelope's success code, or it
    /// came without one where the envelope's successes carry none.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    ///
    /// let ok: Response<()> = serde_json::from_str(r#"{"errcode": 0, "errmsg": "ok"}"#)?;
    /// let failed: Response<()> = serde_json::from_str(r#"{"errcode": 40014, "errmsg": "invalid access_token"}"#)?;
    /// assert!(ok.is_success() && !failed.is_success());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn is_success(&self) -> bool {
        let string_code = self.more.get().and_then(|more| more.string_code.as_deref());
        self.payload.is_some() || is_success::<E>(self.code, string_code, self.received())
    }
}

impl<T, E> Response<T, E> {
    /// The code as received (the success code, for a success, sent or not; 0 where the
    /// envelope has none, [`Envelope::success_code`](crate::Envelope::success_code) `None`,
    /// which an error may send too: tell a success by [`Response::is_success`]): the sub
    /// code, where the envelope is typed by it and the answer has one (Alipay's
    /// `sub_code`).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    ///
    /// let failed: Response<()> = serde_json::from_str(r#"{"errcode": 40014, "errmsg": "invalid access_token"}"#)?;
    /// assert_eq!(failed.code(), 40014);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn code(&self) -> Code<'_> {
        match self.more.get().and_then(|more| more.string_code.as_deref()) {
            Some(code) => Code::Str(code),
            None => Code::Int(self.code),
        }
    }

    fn received(&self) -> Option<&Received> {
        self.more.get()?.received.as_deref()
    }

    /// Whether the answer came without a code, as a success of an envelope whose successes
    /// carry none.
    pub(super) fn without_code(&self) -> bool {
        self.more.get().is_some_and(|more| more.without_code)
    }

    /// The sub code as received, where the envelope declares one and the answer has it.
    #[must_use]
    pub fn sub_code(&self) -> Option<Code<'_>> {
        self.received()?
            .sub_code
            .as_ref()
            .map(ReceivedCode::as_code)
    }

    /// The JSON text of the envelope's detail field, where the answer has it.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.received()?.detail.as_deref()
    }

    /// The key the answer sat under, for an envelope nested under a key matched by suffix
    /// (Alipay's `alipay_trade_pay_response`). An error built by hand
    /// under such an envelope has `error_response`, the key it is written under, so that
    /// reading back what it writes gives it again.
    #[must_use]
    pub fn nested_key(&self) -> Option<&str> {
        self.received()?.nested_key.as_deref()
    }

    /// The message as received.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    ///
    /// let failed: Response<()> = serde_json::from_str(r#"{"errcode": -1, "errmsg": "系统繁忙"}"#)?;
    /// assert_eq!(failed.message(), "系统繁忙");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn message(&self) -> &str {
        self.message.as_str()
    }

    /// The request id, when the answer had one under a name the envelope declares.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    ///
    /// let failed: Response<()> = serde_json::from_str(r#"{"errcode": -1, "errmsg": "busy", "request_id": "r-1"}"#)?;
    /// assert_eq!(failed.request_id(), Some("r-1"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The message's bytes as received, when they were not UTF-8 (an older platform's GBK),
    /// read with [`from_slice`](super::from_slice) or [`from_http`](super::from_http);
    /// [`message`](Self::message) is then the text with invalid sequences replaced by
    /// U+FFFD. `None` when the message was UTF-8.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    /// use platform_errors::wire::from_slice;
    ///
    /// // "系统繁忙" in GBK.
    /// let body = b"{\"errcode\": -1, \"errmsg\": \"\xCF\xB5\xCD\xB3\xB7\xB1\xC3\xA6\"}";
    /// let response: Response<()> = from_slice(body)?;
    /// assert_eq!(response.code(), -1);
    /// assert_eq!(response.raw_message(), Some(&b"\xCF\xB5\xCD\xB3\xB7\xB1\xC3\xA6"[..]));
    /// assert!(response.message().contains('\u{FFFD}'));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn raw_message(&self) -> Option<&[u8]> {
        self.more.get()?.raw_message.as_deref()
    }

    /// The payload of a success.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    /// #[derive(serde::Deserialize)]
    /// struct Sent { msgid: u64 }
    ///
    /// let sent: Response<Sent> = serde_json::from_str(r#"{"errcode": 0, "errmsg": "ok", "msgid": 7}"#)?;
    /// assert_eq!(sent.payload().map(|s| s.msgid), Some(7));
    /// let failed: Response<Sent> = serde_json::from_str(r#"{"errcode": 40014, "errmsg": "invalid access_token"}"#)?;
    /// assert!(failed.payload().is_none());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn payload(&self) -> Option<&T> {
        self.payload.as_ref()
    }

    /// The payload, or the error resolved in `C`.
    ///
    /// Read the answer with `C`'s envelope, `Response<T, C>`, as
    /// [`from_http`](super::from_http) does, where it is not the default `errcode`/`errmsg`:
    /// what `C`'s envelope reads and the one the answer was read with does not is not in the
    /// answer (DingTalk's `sub_code`, which types errcode 88: `Response<T>` reads 88 and
    /// drops it). A request id inside the message (WeCom's `hint: [...]`) is found either
    /// way.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// # #[cfg(feature = "dingtalk")] {
    /// use platform_errors::Response;
    /// use platform_errors::dingtalk::DingtalkError;
    ///
    /// let body = r#"{"errcode": 88, "errmsg": "ding talk error", "sub_code": "60011", "sub_msg": "没有调用该接口的权限"}"#;
    /// let err = serde_json::from_str::<Response<(), DingtalkError>>(body)?
    ///     .into_result::<DingtalkError>()
    ///     .unwrap_err();
    /// assert_eq!((err.code(), err.top_code()), (60011.into(), 88.into()));
    /// # }
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    /// The [`ApiError`] of any code but the envelope's success code, with the request id.
    pub fn into_result<C: Catalogue>(mut self) -> Result<T, ApiError<C>> {
        // The message of a success is not wanted: not made into a `String`.
        match self.payload.take() {
            Some(value) => Ok(value),
            None => Err(self.into_error()),
        }
    }

    /// The payload with the message that came with it, or the error resolved in `C`.
    ///
    /// # Errors
    /// The [`ApiError`] of any code but the envelope's success code, with the request id.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Response;
    /// use platform_errors::qingtui::QingtuiError;
    ///
    /// let sent: Response<u64> = Response::success("sent to 2 of 3 users", 7);
    /// let success = sent.into_success::<QingtuiError>().unwrap();
    /// assert_eq!((success.value, success.note()), (7, Some("sent to 2 of 3 users")));
    /// ```
    pub fn into_success<C: Catalogue>(mut self) -> Result<Success<T>, ApiError<C>> {
        // A payload is only ever read or built for the success code.
        match self.payload.take() {
            Some(value) => Ok(Success {
                value,
                message: self.message.into_string(),
            }),
            None => Err(self.into_error()),
        }
    }

    /// The error of an answer without a payload.
    fn into_error<C: Catalogue>(mut self) -> ApiError<C> {
        let (string_code, received, raw_message) = match self.more.take() {
            Some(more) => (more.string_code, more.received, more.raw_message),
            None => (None, None, None),
        };
        let code = match string_code {
            Some(code) => ReceivedCode::Str(code),
            None => ReceivedCode::Int(self.code),
        };
        // `C`'s envelope may find a request id in the message (WeCom's `hint: [...]`) that
        // the envelope the answer was read with (`E`) does not.
        ApiError::received_owned(
            code,
            self.message.into_string(),
            self.request_id,
            raw_message,
            received,
        )
        .with_request_id_from_message()
    }
}

impl<T: Serialize, E: HasEnvelope> Serialize for Response<T, E> {
    /// The code, the message, the request id and, for a success, the payload's fields beside
    /// them: what reading it back gives again (see the [module](super)). The envelope's code
    /// and message are the envelope's: a payload field under either name is not written. A
    /// payload with a field under one of the request id's names writes the id itself, once.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error as _;
        let envelope = &E::ENVELOPE;
        let fields = crate::wire::error_serde::PayloadFields::of(self.payload.as_ref())
            .map_err(S::Error::custom)?;
        let without_code = self.without_code() && self.payload.is_some();
        if let (Some(Nesting::Suffix(suffix)), true, None) = (
            envelope.nesting(),
            self.payload.is_some(),
            self.nested_key(),
        ) {
            return Err(S::Error::custom(format_args!(
                "a success is written under its method's key, ending in `{suffix}`: \
                 give it with `Response::with_nested_key`"
            )));
        }
        Written {
            envelope,
            code: (!without_code).then(|| self.code()),
            // A success without a code has its message beside the payload, where the
            // envelope is flat; nested, it has nowhere to go (AIP-193's resource).
            message: Some(self.message())
                .filter(|m| !without_code || (!m.is_empty() && envelope.nesting().is_none())),
            text: self.message(),
            request_id: self.request_id.as_deref(),
            // AIP-193's `code` of an error built here: no entry, no status received; the
            // status its `status` name has (`NOT_FOUND`: 404), else 500.
            status: envelope.is_code_http_status().then(|| match self.code() {
                Code::Str(name) => crate::platform_error::rpc_status_http(name).unwrap_or(500),
                Code::Int(_) => crate::platform_error::answer_status_code(None, None, true),
            }),
            more: self.received(),
            payload: Some(&fields),
        }
        .serialize(serializer)
    }
}
