//! How an [`Envelope`] is built, and what it says: its builders (`with_*`, `typed_by_*`,
//! `nested_*`) and accessors (`*_field`, `is_*`).

use super::{Envelope, Nesting};

impl Envelope {
    /// The names of the code and the message; success is 0; no request id.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
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
            success_written_with_code: false,
            no_success_code: false,
            request_id_in_message: None,
            request_id_header: None,
            retry_after_header: None,
            string_codes: false,
            sub_code: None,
            sub_message: None,
            typed_by_sub_code: false,
            code_is_http_status: false,
            typed_by_numeric_sub_code: false,
            detail: None,
            nesting: None,
            kept: &[],
            without_access_token: false,
        }
    }

    /// Declares that the platform's codes are strings (`"PARAM_ERROR"`): a string code is
    /// kept as it was sent, as [`Code::Str`](crate::Code::Str), and a catalogue of numeric
    /// codes still finds a numeric one (`"40004"`). Without it, a string code must hold a
    /// number (`"40001"`), read as that number. A code sent as a JSON number is a number
    /// either way.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::WECHAT_PAY_V3.has_string_codes());
    /// assert!(!Envelope::ERRCODE_ERRMSG.has_string_codes());
    /// ```
    #[must_use]
    pub const fn with_string_codes(self) -> Self {
        Envelope {
            string_codes: true,
            ..self
        }
    }

    /// Declares a sub code and the name of its message, if it has one: Alipay's `sub_code`
    /// and `sub_msg`, DingTalk's `sub_code` and `sub_msg` (errcode 88), AIP-193's `status`
    /// (no message of its own). A sub code is kept as it was sent, string or number
    /// ([`ApiError::sub_code`](crate::ApiError::sub_code)).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// let dingtalk = Envelope::ERRCODE_ERRMSG
    ///     .with_sub_code_fields("sub_code", Some("sub_msg"))
    ///     .typed_by_numeric_sub_code();
    /// assert_eq!(dingtalk, Envelope::DINGTALK);
    /// assert_eq!(dingtalk.sub_code_field(), Some("sub_code"));
    /// assert_eq!(dingtalk.sub_message_field(), Some("sub_msg"));
    /// ```
    #[must_use]
    pub const fn with_sub_code_fields(
        self,
        code: &'static str,
        message: Option<&'static str>,
    ) -> Self {
        Envelope {
            sub_code: Some(code),
            sub_message: message,
            ..self
        }
    }

    /// Declares that the sub code, when the answer has one, is the code that types the
    /// error (Alipay's `sub_code`, AIP-193's `status`), and that an answer with one is never
    /// a success. The envelope's own code and message stay reachable
    /// ([`ApiError::top_code`](crate::ApiError::top_code)).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::ALIPAY.is_typed_by_sub_code());
    /// assert!(!Envelope::DINGTALK.is_typed_by_sub_code());
    /// ```
    #[must_use]
    pub const fn typed_by_sub_code(self) -> Self {
        Envelope {
            typed_by_sub_code: true,
            ..self
        }
    }

    /// Declares that a sub code that is a number (a JSON number, or a string holding one
    /// exactly) other than the success code is the code that types the error, as DingTalk's
    /// `"60011"` under errcode 88, and that an answer with one is never a success; a sub code
    /// of text (or the success code) stays beside the envelope's code, which types the error. The envelope's own code and message stay
    /// reachable ([`ApiError::top_code`](crate::ApiError::top_code)).
    /// [`Envelope::typed_by_sub_code`] is the same for every sub code.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::DINGTALK.is_typed_by_numeric_sub_code());
    /// assert!(!Envelope::DINGTALK.is_typed_by_sub_code());
    /// ```
    #[must_use]
    pub const fn typed_by_numeric_sub_code(self) -> Self {
        Envelope {
            typed_by_numeric_sub_code: true,
            ..self
        }
    }

    /// Whether a sub code that is a number types the error
    /// ([`Envelope::typed_by_numeric_sub_code`]).
    #[must_use]
    pub const fn is_typed_by_numeric_sub_code(&self) -> bool {
        self.typed_by_numeric_sub_code
    }

    /// Declares that the envelope's numeric code is the answer's HTTP status, as AIP-193's
    /// `code` beside its `status`: an error that has its sub code alone (a catalogue's
    /// value, an error built by hand) is written with its HTTP status there, the one it was
    /// received with or else the one its entry declares.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::GOOGLE_RPC.is_code_http_status());
    /// assert!(!Envelope::ALIPAY.is_code_http_status());
    /// ```
    #[must_use]
    pub const fn with_http_status_code(self) -> Self {
        Envelope {
            code_is_http_status: true,
            ..self
        }
    }

    /// Whether the envelope's numeric code is the answer's HTTP status
    /// ([`Envelope::with_http_status_code`]).
    #[must_use]
    pub const fn is_code_http_status(&self) -> bool {
        self.code_is_http_status
    }

    /// Declares a field whose JSON is kept whole, as text
    /// ([`ApiError::detail`](crate::ApiError::detail)): WeChat Pay's `detail`, AIP-193's
    /// `details`, Feishu's `error`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert_eq!(Envelope::WECHAT_PAY_V3.detail_field(), Some("detail"));
    /// ```
    #[must_use]
    pub const fn with_detail_field(self, name: &'static str) -> Self {
        Envelope {
            detail: Some(name),
            ..self
        }
    }

    /// Declares that the code and message sit in an object under `key`, as AIP-193's
    /// `{"error": {...}}`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// use platform_errors::envelope::Nesting;
    /// assert_eq!(Envelope::GOOGLE_RPC.nesting(), Some(Nesting::Key("error")));
    /// ```
    #[must_use]
    pub const fn nested_under(self, key: &'static str) -> Self {
        Envelope {
            nesting: Some(Nesting::Key(key)),
            ..self
        }
    }

    /// Declares that the code and message sit in an object under a key that ends with
    /// `suffix`, as Alipay's `<method>_response` and `error_response`. The key is kept
    /// ([`ApiError::nested_key`](crate::ApiError::nested_key)) and written back.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// use platform_errors::envelope::Nesting;
    /// assert_eq!(Envelope::ALIPAY.nesting(), Some(Nesting::Suffix("_response")));
    /// ```
    #[must_use]
    pub const fn nested_under_suffix(self, suffix: &'static str) -> Self {
        Envelope {
            nesting: Some(Nesting::Suffix(suffix)),
            ..self
        }
    }

    /// Declares fields kept as their JSON and written back: beside the nested object for a
    /// nested envelope (Alipay's `sign`), beside the code otherwise
    /// ([`ApiError::kept_field`](crate::ApiError::kept_field)).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert_eq!(Envelope::ALIPAY.kept_fields(), ["sign", "alipay_cert_sn"]);
    /// ```
    #[must_use]
    pub const fn with_kept_fields(self, names: &'static [&'static str]) -> Self {
        Envelope {
            kept: names,
            ..self
        }
    }

    /// Declares an HTTP header that plays `Retry-After` (a number of seconds), read by
    /// [`wire::from_http`](crate::wire::from_http) when `Retry-After` is absent: Feishu's
    /// `x-ogw-ratelimit-reset`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert_eq!(Envelope::CODE_MSG.retry_after_header(), Some("x-ogw-ratelimit-reset"));
    /// ```
    #[must_use]
    pub const fn with_retry_after_header(self, name: &'static str) -> Self {
        Envelope {
            retry_after_header: Some(name),
            ..self
        }
    }

    /// The header that plays `Retry-After`, if the envelope declares one.
    #[must_use]
    pub const fn retry_after_header(&self) -> Option<&'static str> {
        self.retry_after_header
    }

    /// Whether string codes are codes of their own ([`Envelope::with_string_codes`]).
    #[must_use]
    pub const fn has_string_codes(&self) -> bool {
        self.string_codes
    }

    /// The name of the sub code's field, if the envelope has one.
    #[must_use]
    pub const fn sub_code_field(&self) -> Option<&'static str> {
        self.sub_code
    }

    /// The name of the sub code's message field, if the envelope has one.
    #[must_use]
    pub const fn sub_message_field(&self) -> Option<&'static str> {
        self.sub_message
    }

    /// Whether the sub code types the error ([`Envelope::typed_by_sub_code`]).
    #[must_use]
    pub const fn is_typed_by_sub_code(&self) -> bool {
        self.typed_by_sub_code
    }

    /// The name of the field kept whole as JSON, if any.
    #[must_use]
    pub const fn detail_field(&self) -> Option<&'static str> {
        self.detail
    }

    /// Where the code and message sit, for a nested envelope.
    #[must_use]
    pub const fn nesting(&self) -> Option<Nesting> {
        self.nesting
    }

    /// The fields kept as their JSON ([`Envelope::with_kept_fields`]).
    #[must_use]
    pub const fn kept_fields(&self) -> &'static [&'static str] {
        self.kept
    }

    /// The names a request id may come under, the first found in the answer kept. A name
    /// with a dot, such as `error.log_id`, is a field of an object: `{"error": {"log_id":
    /// "..."}}`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
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
    /// ip: …"`. An empty `end` declares a suffix, as `WeChat`'s `rid: 6592a4e5-0a7f7ac5`: the
    /// id follows the last `start`, up to whitespace or the message's end. Read when no request id
    /// field is present; the message is kept whole.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// let wecom = Envelope::ERRCODE_ERRMSG.with_request_id_in_message("hint: [", "]");
    /// assert_eq!(
    ///     wecom.request_id_in("invalid credential, hint: [1639-ee1f], from ip: 1.2.3.4"),
    ///     Some("1639-ee1f"),
    /// );
    /// assert_eq!(wecom.request_id_in("invalid credential"), None);
    /// assert_eq!(Envelope::ERRCODE_ERRMSG.request_id_in("hint: [1]"), None);
    ///
    /// let wechat = Envelope::ERRCODE_ERRMSG.with_request_id_in_message("rid: ", "");
    /// assert_eq!(wechat.request_id_in("access_token expired rid: 6141b79a-0c2e"), Some("6141b79a-0c2e"));
    /// assert_eq!(wechat.request_id_in("rid: 6141b79a-0c2e\n"), Some("6141b79a-0c2e"));
    /// assert_eq!(wechat.request_id_in("access_token expired rid: "), None);
    /// assert_eq!(wechat.request_id_in("hybrid: car rid: 6141b79a"), Some("6141b79a"));
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
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
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
    /// `start` and the next `end`; for a suffix (an empty `end`), after the last `start`, up
    /// to whitespace or the end. A `start` that begins with a letter or digit counts only
    /// where no ASCII letter, digit or `_` comes before it: `WeChat`'s `rid: ` is not found
    /// in `grid: 5` or `user_rid: 5`, and is found after Chinese text (`系统繁忙rid: ...`).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// let rid = "invalid credential rid: 6592a4e5-0a7f7ac5";
    /// assert_eq!(Envelope::WECHAT.request_id_in(rid), Some("6592a4e5-0a7f7ac5"));
    /// assert_eq!(Envelope::WECHAT.request_id_in("系统繁忙rid: 6141b79a"), Some("6141b79a"));
    /// assert_eq!(Envelope::WECHAT.request_id_in("data grid: 5 rows exceed the limit"), None);
    /// ```
    #[must_use]
    pub fn request_id_in<'m>(&self, message: &'m str) -> Option<&'m str> {
        let (start, end) = self.request_id_in_message?;
        // `start` at `at` is not the tail of an ASCII word, or needs no word of its own.
        let begins = |at: usize| {
            !start.starts_with(|c: char| c.is_ascii_alphanumeric())
                || !message[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        };
        // The id after `start` at `at`, where there is one.
        let id_at = |at: usize| {
            let after = &message[at + start.len()..];
            let id = if end.is_empty() {
                after.split(char::is_whitespace).next().unwrap_or_default()
            } else {
                &after[..after.find(end)?]
            };
            (!id.is_empty()).then_some(id)
        };
        if end.is_empty() {
            message
                .rmatch_indices(start)
                .map(|(at, _)| at)
                .filter(|&at| begins(at))
                .find_map(id_at)
        } else {
            message
                .match_indices(start)
                .map(|(at, _)| at)
                .filter(|&at| begins(at))
                .find_map(id_at)
        }
    }

    /// The code that means success, when it is not 0. After
    /// [`success_without_code`](Self::success_without_code), successes carry this code or
    /// none.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert_eq!(Envelope::new("code", "msg").with_success_code(200).success_code(), Some(200));
    /// let either = Envelope::new("code", "msg").success_without_code().with_success_code(200);
    /// assert_eq!(either.success_code(), Some(200));
    /// assert!(either.is_success_without_code());
    /// ```
    #[must_use]
    pub const fn with_success_code(self, code: i64) -> Self {
        Envelope {
            success: code,
            success_written_with_code: self.success_written_with_code || self.no_success_code,
            no_success_code: false,
            ..self
        }
    }

    /// Declares that successes carry no code, for platforms whose successes are the payload
    /// itself (WeChat Pay v3, DingTalk's newer API, AIP-193): an answer without a code is a
    /// success, and an answer **with** a code is an error, whatever the code (`0` too). The
    /// envelope then has no [`success_code`](Self::success_code). Without it, a missing code
    /// is an error. The last of this, [`success_with_or_without_code`](Self::success_with_or_without_code)
    /// and [`with_success_code`](Self::with_success_code) called decides.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// const PAY: Envelope = Envelope::new("code", "message").with_string_codes().success_without_code();
    /// assert!(PAY.is_success_without_code());
    /// assert_eq!(PAY.success_code(), None);
    /// assert!(!Envelope::ERRCODE_ERRMSG.is_success_without_code());
    /// ```
    #[must_use]
    pub const fn success_without_code(self) -> Self {
        Envelope {
            success: 0,
            success_without_code: true,
            success_written_with_code: false,
            no_success_code: true,
            ..self
        }
    }

    /// Declares that the platform's calls carry no access token: each request is signed
    /// instead, as WeChat Pay v3's are. A 401 then says that the signature, the key or the
    /// certificate was refused, which refreshing a token cannot fix:
    /// [`advice_for_status`](Envelope::advice_for_status) gives
    /// [`Advice::CheckConfig`](crate::Advice::CheckConfig) for it, not
    /// [`Advice::RefreshToken`](crate::Advice::RefreshToken).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::WECHAT_PAY_V3.is_without_access_token());
    /// assert!(!Envelope::ERRCODE_ERRMSG.is_without_access_token());
    /// assert!(Envelope::new("code", "message").without_access_token().is_without_access_token());
    /// ```
    #[must_use]
    pub const fn without_access_token(self) -> Self {
        Envelope {
            without_access_token: true,
            ..self
        }
    }

    /// Declares that successes carry the success code or no code, call by call, for
    /// platforms such as `WeChat` (`GET /cgi-bin/token` answers without `errcode`, most
    /// calls with `"errcode": 0`) and Baidu: both are a success, and any other code an error.
    /// [`Response::success`](crate::Response::success) writes the code.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// const MINE: Envelope = Envelope::new("ret", "msg").success_with_or_without_code();
    /// assert!(MINE.is_success_without_code());
    /// assert_eq!(MINE.success_code(), Some(0));
    /// ```
    #[must_use]
    pub const fn success_with_or_without_code(self) -> Self {
        Envelope {
            success_without_code: true,
            success_written_with_code: true,
            no_success_code: false,
            ..self
        }
    }

    /// Successes carry the success code or none, as with
    /// [`success_with_or_without_code`](Self::success_with_or_without_code), and one built by
    /// hand is written without it; none of `WeChat`'s tests of a success without the code
    /// (Baidu's: its calls answer one way each, and a success without `error_code` read as
    /// `()` is one).
    #[must_use]
    pub(crate) const fn success_with_or_without_code_written_without(self) -> Self {
        Envelope {
            success_without_code: true,
            success_written_with_code: false,
            no_success_code: false,
            ..self
        }
    }

    /// Whether an answer read under `self` is written under `other` in the same places: the
    /// same names for the code, the message, the sub code and its message, the detail and
    /// the kept fields, the same nesting and typing. (How the request id is found, and what
    /// a success carries, may differ.)
    #[must_use]
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn writes_as(&self, other: &Envelope) -> bool {
        self.code == other.code
            && self.message == other.message
            && self.string_codes == other.string_codes
            && self.sub_code == other.sub_code
            && self.sub_message == other.sub_message
            && self.typed_by_sub_code == other.typed_by_sub_code
            && self.typed_by_numeric_sub_code == other.typed_by_numeric_sub_code
            && self.code_is_http_status == other.code_is_http_status
            && self.detail == other.detail
            && self.nesting == other.nesting
            && self.kept == other.kept
    }

    /// Whether successes come with the code or without it, call by call (`WeChat`'s).
    #[must_use]
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) const fn is_success_code_optional(&self) -> bool {
        self.success_without_code && self.success_written_with_code
    }

    /// Whether [`Response::success`](crate::Response::success) writes a success without its
    /// code.
    #[must_use]
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) const fn writes_success_without_code(&self) -> bool {
        self.success_without_code && !self.success_written_with_code
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

    /// The code that means success: `None` where successes carry no code
    /// ([`success_without_code`](Self::success_without_code)), so that every code sent is an
    /// error.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert_eq!(Envelope::ERRCODE_ERRMSG.success_code(), Some(0));
    /// assert_eq!(Envelope::ALIPAY.success_code(), Some(10000));
    /// assert_eq!(Envelope::WECHAT_PAY_V3.success_code(), None);
    /// ```
    #[must_use]
    pub const fn success_code(&self) -> Option<i64> {
        if self.no_success_code {
            None
        } else {
            Some(self.success)
        }
    }

    /// Whether `code` is the success code: never where successes carry no code.
    #[must_use]
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) const fn is_success_code(&self, code: i64) -> bool {
        !self.no_success_code && code == self.success
    }

    /// The number a code is held as where it is not a number of its own: a string code's
    /// (its text beside it), a success without a code's. The success code, else 0.
    #[must_use]
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) const fn held_code(&self) -> i64 {
        self.success
    }

    /// Whether an answer without a code is a success.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::WECHAT_PAY_V3.is_success_without_code());
    /// assert!(Envelope::WECHAT.is_success_without_code());
    /// assert!(!Envelope::ERRCODE_ERRMSG.is_success_without_code());
    /// ```
    #[must_use]
    pub const fn is_success_without_code(&self) -> bool {
        self.success_without_code
    }

    /// Whether the platform's calls carry no access token that a client could refresh,
    /// each request signed instead ([`without_access_token`](Envelope::without_access_token)):
    /// `true` for WeChat Pay v3's envelope, `false` for the others.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Envelope;
    /// assert!(Envelope::WECHAT_PAY_V3.is_without_access_token());
    /// assert!(!Envelope::CODE_MSG.is_without_access_token());
    /// ```
    #[must_use]
    pub const fn is_without_access_token(&self) -> bool {
        self.without_access_token
    }

    /// What an HTTP status alone advises under this envelope, where the body says nothing a
    /// client can act on (a code the catalogue does not declare, or a body that is not the
    /// platform's answer): [`Advice::from_http_status`](crate::Advice::from_http_status),
    /// but for a 401 where the platform has no access token
    /// ([`without_access_token`](Envelope::without_access_token)), which is
    /// [`Advice::CheckConfig`](crate::Advice::CheckConfig): a signature, a key or a
    /// certificate was refused, and there is no token to refresh.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Envelope};
    /// assert_eq!(Envelope::ERRCODE_ERRMSG.advice_for_status(401), Advice::RefreshToken);
    /// assert_eq!(Envelope::WECHAT_PAY_V3.advice_for_status(401), Advice::CheckConfig);
    /// assert_eq!(Envelope::WECHAT_PAY_V3.advice_for_status(503), Advice::Retry);
    /// ```
    #[must_use]
    pub const fn advice_for_status(&self, status: u16) -> crate::Advice {
        crate::advice::status_advice(status, self.without_access_token)
    }
}
