use core::error::Error;

use crate::Advice;

/// An error of an open platform's API, or of a client of one: an `Error` with the code the
/// platform sent, its message, category and advice.
///
/// Implement it with `#[derive(PlatformError)]` or declare whole catalogues with
/// `define_codes!`; both also give `Display` and `Error`. By hand, only [`code`] and
/// [`message`] are needed:
///
/// [`code`]: PlatformError::code
/// [`message`]: PlatformError::message
///
/// ```
/// use platform_errors_core::{Advice, PlatformError};
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
///     fn code(&self) -> Option<i64> { Some(-1) }
///     fn message(&self) -> &str { "system busy" }
///     fn advice(&self) -> Advice { Advice::Retry }
/// }
///
/// fn report(error: &dyn PlatformError) -> String {
///     format!("[{:?}] {} ({})", error.code(), error, error.advice())
/// }
/// assert_eq!(report(&Busy), "[Some(-1)] system busy (retry)");
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
/// returned with `?` and held as a source:
///
/// ```
/// # use platform_errors_core::qingtui::TokenError;
/// use platform_errors_core::PlatformError;
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
    /// The code the platform sent (its `errcode`); `None` for an error raised on the
    /// caller's side, such as a transport failure, which has no code.
    ///
    /// Types whose every value has a code (catalogues, [`ApiError`](crate::ApiError), derived
    /// types made of declared variants and a catch-all) also have an inherent `code()` that
    /// returns the `i64` itself.
    fn code(&self) -> Option<i64>;

    /// The declared message: the template as written where it has placeholders (`Display`
    /// fills them in); for a catch-all variant, the message received.
    fn message(&self) -> &str;

    /// The category the code belongs to (`"token"`, `"org"`, …), if the type declares one;
    /// `None` by default.
    fn category(&self) -> Option<&'static str> {
        None
    }

    /// What a client should do about this error; [`Advice::None`] by default.
    fn advice(&self) -> Advice {
        Advice::None
    }

    /// The declared translation of the message for a language tag such as `"en"` or `"zh"`;
    /// `None` by default.
    fn message_in(&self, lang: &str) -> Option<&'static str> {
        let _ = lang;
        None
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
    /// filled in; the default message, as `Display` writes it, when there is no such
    /// translation. What [`display_in`](PlatformError::display_in) shows.
    ///
    /// # Errors
    /// What the formatter reports.
    fn fmt_in(&self, lang: &str, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let _ = lang;
        core::fmt::Display::fmt(self, f)
    }

    /// The message in the reader's language, as a `Display`: the translation `lang` asks for
    /// with the fields filled in, else the default message. For a trait object, use
    /// [`DisplayIn::new`].
    ///
    /// ```
    /// use platform_errors_core::PlatformError;
    /// use platform_errors_core::qingtui::{QingtuiError, TokenError};
    ///
    /// let err = QingtuiError::Token(TokenError::InvalidToken);
    /// assert_eq!(err.display_in("zh-CN").to_string(), "无效的 token");
    /// assert_eq!(err.display_in("en").to_string(), "invalid token");
    /// assert_eq!(err.display_in("fr").to_string(), err.to_string());
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
/// use platform_errors_core::{DisplayIn, PlatformError};
/// use platform_errors_core::qingtui::TokenError;
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
        fn code(&self) -> Option<i64> {
            (**self).code()
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
    };
}

// No `impl PlatformError for &E`: with it, `code()` on a `&&Catalogue` (as in
// `Catalogue::ALL.iter().find(|c| c.code() == ...)`) would find the trait's `Option` before the
// catalogue's inherent `i64`. Generic code takes `&dyn PlatformError` or `&impl PlatformError`.

#[cfg(feature = "alloc")]
mod boxed {
    use alloc::boxed::Box;
    use core::error::Error;

    use super::PlatformError;
    use crate::Advice;

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
