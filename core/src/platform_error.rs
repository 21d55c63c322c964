use core::error::Error;

use crate::{Advice, Code, Entry};

/// An error of an open platform's API, or of a client of one: an `Error` with the code the
/// platform sent, its message, category and advice.
///
/// Implement it with `#[derive(PlatformError)]` or declare whole catalogues with
/// `define_codes!`; both also give `Display` and `Error`. By hand, only [`code`] and
/// [`message`] are needed; the other methods have defaults, and [`advice`], [`category`]
/// and [`message_in`] take theirs from [`entry`] where it gives one:
///
/// [`code`]: PlatformError::code
/// [`message`]: PlatformError::message
/// [`advice`]: PlatformError::advice
/// [`category`]: PlatformError::category
/// [`message_in`]: PlatformError::message_in
/// [`entry`]: PlatformError::entry
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Advice, Code, PlatformError};
/// use core::fmt;
///
/// // A hand-written implementation, for illustration.
/// #[derive(Debug)]
/// struct Busy;
///
/// impl fmt::Display for Busy {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         f.write_str("system busy")
///     }
/// }
///
/// impl std::error::Error for Busy {}
///
/// impl PlatformError for Busy {
///     fn code(&self) -> Option<Code<'_>> { Some(Code::Int(-1)) }
///     fn message(&self) -> &str { "system busy" }
///     fn advice(&self) -> Advice { Advice::Retry }
/// }
///
/// fn report(error: &dyn PlatformError) -> String {
///     format!("[{:?}] {} ({})", error.code(), error, error.advice())
/// }
/// assert_eq!(report(&Busy), "[Some(Int(-1))] system busy (retry)");
/// assert_eq!(Busy.category(), None);
///
/// // A platform error is an `Error`: it boxes, and `?` converts it.
/// fn call() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
///     Err(Busy)?
/// }
/// assert_eq!(call().unwrap_err().to_string(), "system busy");
/// ```
///
/// `Box<dyn PlatformError + Send + Sync>` is a platform error and an `Error` too, so it can be
/// returned with `?` and held as a source. `?` does not box into it, as it boxes into a
/// `Box<dyn Error>`: wrap the error with `Box::new` (std's `From<E>` is for `dyn Error`
/// alone, and one for `dyn PlatformError` would overlap the box's own `From<T> for T`).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// # use platform_errors::qingtui::TokenError;
/// use platform_errors::PlatformError;
///
/// fn call() -> Result<(), Box<dyn PlatformError + Send + Sync>> {
///     Err(Box::new(TokenError::ExpiredToken))
/// }
/// fn caller() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
///     call()?;
///     Ok(())
/// }
/// let err = caller().unwrap_err();
/// assert_eq!(err.to_string(), "expired token");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a platform error",
    label = "not a platform error",
    note = "derive it with `#[derive(PlatformError)]`, or declare it with `define_codes!`",
    note = "a transparent variant wraps a platform error; for an error raised on the caller's side (I/O, HTTP, JSON), mark the variant `#[platform(local)]` with `#[from]` on its field"
)]
pub trait PlatformError: Error {
    /// The code the platform sent (its `errcode`, or `code`), as a number or a string;
    /// `None` for an error raised on the caller's side, such as a transport failure, which
    /// has no code.
    ///
    /// Its type is the same for every platform error, so adding a variant to a type never
    /// changes it. A catalogue's own code, without the `Option`, is its `const fn as_i64()`
    /// (`as_str()` for string codes); an [`ApiError`](crate::ApiError)'s is its inherent
    /// `code()`, since it always has one.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::PlatformError;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// let err = TokenError::InvalidToken;
    /// assert!(err.code().is_some_and(|code| code == 40402));
    /// assert_eq!(err.as_i64(), 40402);
    /// ```
    fn code(&self) -> Option<Code<'_>>;

    /// The declared message: the template as written where it has placeholders (`Display`
    /// fills them in); for a catch-all variant, the message received.
    fn message(&self) -> &str;

    /// The category the code belongs to (`"token"`, `"org"`, …), if the type declares one;
    /// by default the [`entry`](PlatformError::entry)'s, `None` without one.
    fn category(&self) -> Option<&'static str> {
        self.entry().and_then(Entry::category)
    }

    /// What a client should do about this error; by default the
    /// [`entry`](PlatformError::entry)'s advice, [`Advice::None`] without one.
    fn advice(&self) -> Advice {
        self.entry().map_or(Advice::None, Entry::advice)
    }

    /// The declared translation of the message for a language tag such as `"en"` or `"zh"`;
    /// by default the [`entry`](PlatformError::entry)'s, `None` without one.
    fn message_in(&self, lang: &str) -> Option<&'static str> {
        self.entry().and_then(|entry| entry.message_in(lang))
    }

    /// The catalogue entry this error was declared with: its code, message, translations,
    /// advice, reason, documentation link and HTTP status. `None` by default, and for errors
    /// without one (a local error, a code the catalogue does not declare).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::PlatformError;
    /// use platform_errors::qingtui::{QingtuiError, TokenError};
    ///
    /// let err = QingtuiError::Token(TokenError::InvalidToken);
    /// let entry = err.entry().unwrap();
    /// assert_eq!((entry.code(), entry.name()), (40402.into(), "InvalidToken"));
    /// assert_eq!(entry.reason().to_string(), "INVALID_TOKEN");
    /// ```
    ///
    /// A hand-written implementation that gives its entry gets the entry's advice, category
    /// and translations from the default methods:
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Code, Entry, PlatformError};
    ///
    /// static BUSY: Entry = Entry::new(-1, "Busy", "system busy")
    ///     .with_advice(Advice::Retry)
    ///     .with_category("system");
    ///
    /// #[derive(Debug)]
    /// struct Busy;
    /// impl std::fmt::Display for Busy {
    ///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    ///         f.write_str("system busy")
    ///     }
    /// }
    /// impl std::error::Error for Busy {}
    /// impl PlatformError for Busy {
    ///     fn code(&self) -> Option<Code<'_>> { Some(BUSY.code()) }
    ///     fn message(&self) -> &str { BUSY.message() }
    ///     fn entry(&self) -> Option<&'static Entry> { Some(&BUSY) }
    /// }
    ///
    /// assert_eq!((Busy.advice(), Busy.category()), (Advice::Retry, Some("system")));
    /// ```
    fn entry(&self) -> Option<&'static Entry> {
        None
    }

    /// The HTTP status of the answer this error came in, when the error was read from one
    /// ([`ApiError`](crate::ApiError), [`HttpError`](crate::HttpError)); `None` by default.
    /// Not to be confused with [`Entry::http_status`], the status a server *declares* for a
    /// code.
    fn status(&self) -> Option<u16> {
        None
    }

    /// The request id the platform sent with the error, which its support asks for; `None`
    /// by default.
    fn request_id(&self) -> Option<&str> {
        None
    }

    /// How long the platform asked the client to wait before trying again (HTTP
    /// `Retry-After`), when it did; `None` by default. Pass it to
    /// [`RetryPolicy::decide`](crate::retry::RetryPolicy::decide).
    fn retry_after(&self) -> Option<core::time::Duration> {
        None
    }

    /// Whether the failure leaves unknown if the platform did the call (a 502 or a timeout
    /// after the request was sent, a 2xx whose body is not the answer): then a call that is
    /// not idempotent must not be sent again blindly
    /// ([`Attempt::outcome_unknown`](crate::retry::Attempt::outcome_unknown)). By default,
    /// from the code: `true` for Alipay's `isp.unknow-error`, `aop.unknow-error` and
    /// `ACQ.SYSTEM_ERROR` (query the trade first) and WeChat Pay's `USERPAYING` (the payment
    /// waits for the user: query the order), whatever type holds them (a catalogue's value,
    /// a catch-all, an `ApiError`), else `false`; and `false` for every other error the
    /// platform answered but AIP-193's `DEADLINE_EXCEEDED` (the operation may have
    /// completed) and an answer received with a gateway's status (502, 504, 520–599: its code
    /// may be a gateway's, `{"code": 0, "message": "upstream connect error"}`, whatever the
    /// platform also sends with 502); an [`HttpError`](crate::HttpError)'s says, and a
    /// derived type's transparent variant answers its field's. A derived type's local
    /// variant answers `false`, whatever it holds: a transport error's own kind tells
    /// whether the request may have been sent (reqwest's `is_connect()` and `is_builder()`
    /// say it was not), and
    /// the caller marks the attempt itself (the guide's retry chapter shows where).
    fn is_outcome_unknown(&self) -> bool {
        code_leaves_outcome_unknown(self.code())
    }

    /// Writes the message as the platform would send it, for `errmsg`: `Display` by default
    /// (the declared message with its fields filled in); the message as received for
    /// [`ApiError`](crate::ApiError), whose `Display` adds the code.
    ///
    /// # Errors
    /// What the formatter reports.
    fn fmt_message(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Display::fmt(self, f)
    }

    /// Writes the message in the language `lang` asks for (a tag such as `"zh"`, `"zh-CN"`
    /// or `"en_US"`, matched as [`lang::select`](crate::lang::select) does), with the fields
    /// filled in; the default message, as [`fmt_message`](PlatformError::fmt_message) writes
    /// it, when there is no such translation: the `Display` of a declared error, the message
    /// as received without the `errcode N:` (or `code N:`) that `Display` puts before it in
    /// an [`ApiError`](crate::ApiError).
    ///
    /// What [`display_in`](PlatformError::display_in) shows: a message for the reader.
    ///
    /// The default writes [`message_in`](PlatformError::message_in)'s translation where it
    /// has one, else `fmt_message`: a type whose messages have placeholders implements it to
    /// fill them in (the macros do).
    ///
    /// # Errors
    /// What the formatter reports.
    fn fmt_in(&self, lang: &str, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.message_in(lang) {
            Some(translation) => f.write_str(translation),
            None => self.fmt_message(f),
        }
    }

    /// What `self` holds of an answer beyond its code, message and request id (an
    /// `ApiError`'s sub code, detail, nesting and kept fields), for its `Serialize` to write
    /// back under `envelope`: an `ApiError`'s read under an envelope that writes as that one,
    /// an `HttpError`'s, a box's, a derived type's variant's that holds one; empty for
    /// anything else. `read_back_here`: whether what is written is read back into `self`'s
    /// place (a type's catch-all), which then finds the request id in the message as its own
    /// envelope does. Not public API.
    #[doc(hidden)]
    #[inline]
    fn __platform_errors_kept(
        &self,
        envelope: &crate::Envelope,
        read_back_here: bool,
    ) -> crate::__private::KeptRef<'_> {
        let _ = (envelope, read_back_here);
        crate::__private::KeptRef::default()
    }

    /// The message in the reader's language, as a `Display`: the translation `lang` asks for
    /// with the fields filled in, else the default message ([`fmt_in`](PlatformError::fmt_in)).
    /// For a trait object, use [`DisplayIn::new`].
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{ApiError, PlatformError};
    /// use platform_errors::qingtui::{QingtuiError, TokenError};
    ///
    /// let err = QingtuiError::Token(TokenError::InvalidToken);
    /// assert_eq!(err.display_in("zh-CN").to_string(), "无效的 token");
    /// assert_eq!(err.display_in("en").to_string(), "invalid token");
    /// assert_eq!(err.display_in("fr").to_string(), err.to_string());
    ///
    /// // An `ApiError` shows the message for the reader, without `Display`'s `errcode N:`.
    /// let api = ApiError::<QingtuiError>::new(40402, "invalid token");
    /// assert_eq!(api.to_string(), "errcode 40402: invalid token");
    /// assert_eq!(api.display_in("zh").to_string(), "无效的 token");
    /// assert_eq!(api.display_in("fr").to_string(), "invalid token");
    /// ```
    fn display_in<'a>(&'a self, lang: &'a str) -> DisplayIn<'a, Self>
    where
        Self: Sized,
    {
        DisplayIn::new(self, lang)
    }
}

/// A platform error's message in a language: what [`PlatformError::display_in`] returns.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{DisplayIn, PlatformError};
/// use platform_errors::qingtui::TokenError;
///
/// let err: Box<dyn PlatformError> = Box::new(TokenError::ExpiredToken);
/// assert_eq!(DisplayIn::new(&*err, "zh").to_string(), "token 已过期");
/// ```
pub struct DisplayIn<'a, E: ?Sized> {
    error: &'a E,
    lang: &'a str,
}

impl<'a, E: PlatformError + ?Sized> DisplayIn<'a, E> {
    /// `error`'s message in `lang`.
    #[must_use]
    pub fn new(error: &'a E, lang: &'a str) -> Self {
        DisplayIn { error, lang }
    }
}

impl<E: PlatformError + ?Sized> core::fmt::Display for DisplayIn<'_, E> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.error.fmt_in(self.lang, f)
    }
}

impl<E: PlatformError + ?Sized> core::fmt::Debug for DisplayIn<'_, E> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DisplayIn")
            .field("error", &self.error)
            .field("lang", &self.lang)
            .finish()
    }
}

#[cfg(feature = "alloc")]
macro_rules! forward_platform_error {
    () => {
        fn code(&self) -> Option<Code<'_>> {
            (**self).code()
        }
        fn entry(&self) -> Option<&'static Entry> {
            (**self).entry()
        }
        fn status(&self) -> Option<u16> {
            (**self).status()
        }
        fn request_id(&self) -> Option<&str> {
            (**self).request_id()
        }
        fn retry_after(&self) -> Option<core::time::Duration> {
            (**self).retry_after()
        }
        fn is_outcome_unknown(&self) -> bool {
            (**self).is_outcome_unknown()
        }
        fn message(&self) -> &str {
            (**self).message()
        }
        fn category(&self) -> Option<&'static str> {
            (**self).category()
        }
        fn advice(&self) -> Advice {
            (**self).advice()
        }
        fn message_in(&self, lang: &str) -> Option<&'static str> {
            (**self).message_in(lang)
        }
        fn fmt_message(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            (**self).fmt_message(f)
        }
        fn fmt_in(&self, lang: &str, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            (**self).fmt_in(lang, f)
        }
        fn __platform_errors_kept(
            &self,
            envelope: &crate::Envelope,
            read_back_here: bool,
        ) -> crate::__private::KeptRef<'_> {
            (**self).__platform_errors_kept(envelope, read_back_here)
        }
    };
}

// No `impl PlatformError for &E`: with it, a method called on a `&&T` (as in
// `TokenError::ALL.iter().find(|c| c.entry() ...)` or `errors.iter().filter(|e| e.code() ==
// 40001)`) would find the trait's method, answering `Option`, before the type's inherent one
// (`entry()`, `ApiError::code()`). Generic code takes `&dyn PlatformError` or
// `&impl PlatformError`.

#[cfg(feature = "alloc")]
mod boxed {
    use alloc::boxed::Box;
    use core::error::Error;

    use super::PlatformError;
    use crate::{Advice, Code, Entry};

    impl<E: PlatformError> PlatformError for Box<E> {
        forward_platform_error!();
    }

    // A boxed trait object is an `Error` (std implements `Error` only for boxes of sized
    // types), so that it converts with `?` and can be a source.
    macro_rules! boxed_dyn {
        ($($bounds:tt)*) => {
            impl<'a> Error for Box<dyn PlatformError $($bounds)* + 'a> {
                fn source(&self) -> Option<&(dyn Error + 'static)> {
                    (**self).source()
                }
            }

            impl<'a> PlatformError for Box<dyn PlatformError $($bounds)* + 'a> {
                forward_platform_error!();
            }
        };
    }

    boxed_dyn!();
    boxed_dyn!(+ Send);
    boxed_dyn!(+ Send + Sync);
}

/// The HTTP status of an answer with an error whose entry is `entry`, received with
/// `received`: the declared status, else the received one, else for an error with an entry
/// the status of its advice ([`declared_status_of`]) and 500 without (it says nothing about
/// the request). An error without a code received with a status below 400 (a 2xx whose body
/// was not the platform's answer: [`HttpError::Body`](crate::HttpError::Body)) is 502:
/// passed on with its 2xx, under an envelope whose successes carry no code its body would
/// read as a success. An error with a code received with a status that no body goes with
/// (1xx, 204, 205, 304) is answered as if received without one. What
/// [`http::answer_status`](crate::http::answer_status) sends, and AIP-193's `code` of an
/// error written without one.
#[cfg(feature = "serde")]
pub(crate) fn answer_status_code(entry: Option<&Entry>, received: Option<u16>, coded: bool) -> u16 {
    let valid = |status: &u16| (100..=999).contains(status);
    let received = received.filter(valid).and_then(|status| {
        if !coded && status < 400 {
            Some(502)
        } else if status < 200 || matches!(status, 204 | 205 | 304) {
            // A status that no body may go with: the error's would be dropped on the way.
            None
        } else {
            Some(status)
        }
    });
    entry
        .and_then(Entry::http_status)
        .filter(valid)
        .or(received)
        .unwrap_or_else(|| entry.map_or(500, |entry| declared_status_of(entry.advice())))
}

/// The status of an answer whose error has an entry that declares none, from its advice: a
/// rate limit or a used-up quota is 429 Too Many Requests, a transient failure 503 Service
/// Unavailable (so that a generic HTTP client retries it, and honours `Retry-After`), and
/// any other declared code 400: it refuses the caller's request.
#[cfg(feature = "serde")]
pub(crate) const fn declared_status_of(advice: crate::Advice) -> u16 {
    match advice {
        crate::Advice::Throttle | crate::Advice::WaitForQuota => 429,
        crate::Advice::Retry => 503,
        _ => 400,
    }
}

/// Whether a code under AIP-193's envelope leaves unknown whether the operation completed:
/// `DEADLINE_EXCEEDED`, which "may be returned even if the operation has completed
/// successfully" (`google.rpc.Code`). `ApiError`'s `is_outcome_unknown` and a derived
/// type's catch-all (through `__private`) ask it.
#[doc(hidden)]
#[must_use]
pub fn rpc_outcome_unknown(code: Option<Code<'_>>) -> bool {
    // An error without its status name has its number: 504 is `DEADLINE_EXCEEDED`'s. The
    // codes that leave it unknown under any envelope do here too.
    matches!(code, Some(Code::Str("DEADLINE_EXCEEDED") | Code::Int(504)))
        || code_leaves_outcome_unknown(code)
}

/// Whether an HTTP status is a gateway's, not the platform's: 502, 504, and 520–599, the
/// statuses of proxies and CDNs (Cloudflare's 52x and 530, the 598 and 599 of some
/// proxies). Whatever body comes with it, the request may have reached the platform and
/// been done: `ApiError`'s and `UnexpectedBody`'s `is_outcome_unknown` ask it, and
/// `http::answer_status` answers a failure of unknown outcome with one.
#[cfg_attr(not(feature = "alloc"), allow(dead_code))]
pub(crate) const fn is_gateway_status(status: u16) -> bool {
    matches!(status, 502 | 504 | 520..=599)
}

/// Whether a code leaves unknown whether the platform did the call, whatever the envelope:
/// Alipay's sub codes that say its system failed midway (code 20000 with
/// `isp.unknow-error` or `aop.unknow-error`; `ACQ.SYSTEM_ERROR`, as sent or prefixed
/// `aop.`), after which its support says to query the trade (or cancel it) first; WeChat
/// Pay's `USERPAYING`, a payment waiting for the user, which its table says to query after
/// 5 s.
/// [`PlatformError::is_outcome_unknown`]'s default, `ApiError`'s and a derived type's
/// catch-all (through `__private`) ask it.
#[doc(hidden)]
#[must_use]
pub fn code_leaves_outcome_unknown(code: Option<Code<'_>>) -> bool {
    matches!(
        code,
        Some(Code::Str(
            "isp.unknow-error"
                | "aop.unknow-error"
                | "ACQ.SYSTEM_ERROR"
                | "aop.ACQ.SYSTEM_ERROR"
                | "USERPAYING"
        ))
    )
}

/// The HTTP status of a `google.rpc.Code` by its name (AIP-193's `status`), as
/// `google/rpc/code.proto` maps them: the status of an AIP-193 error that came without one.
/// `OK` has none: its 200 would be read as the resource, not as the error.
pub(crate) fn rpc_status_http(name: &str) -> Option<u16> {
    Some(match name {
        "CANCELLED" => 499,
        "INVALID_ARGUMENT" | "FAILED_PRECONDITION" | "OUT_OF_RANGE" => 400,
        "UNAUTHENTICATED" => 401,
        "PERMISSION_DENIED" => 403,
        "NOT_FOUND" => 404,
        "ALREADY_EXISTS" | "ABORTED" => 409,
        "RESOURCE_EXHAUSTED" => 429,
        "UNKNOWN" | "INTERNAL" | "DATA_LOSS" => 500,
        "UNIMPLEMENTED" => 501,
        "UNAVAILABLE" => 503,
        "DEADLINE_EXCEEDED" => 504,
        _ => return None,
    })
}
