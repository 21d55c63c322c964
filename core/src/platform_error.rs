use core::fmt::{Debug, Display};

use crate::Advice;

/// An error of an open platform's API: a numeric code with its message, category and advice.
///
/// Implement it with `#[derive(PlatformError)]` or declare whole catalogues with
/// `define_codes!`; both also give `Display` and `std::error::Error`.
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
/// impl PlatformError for Busy {
///     fn code(&self) -> i64 { -1 }
///     fn message(&self) -> &str { "system busy" }
///     fn category(&self) -> Option<&'static str> { Some("system") }
///     fn advice(&self) -> Advice { Advice::Retry }
///     fn message_in(&self, lang: &str) -> Option<&'static str> {
///         (lang == "zh").then_some("系统繁忙")
///     }
/// }
///
/// fn report(error: &dyn PlatformError) -> String {
///     format!("[{}] {} ({})", error.code(), error, error.advice())
/// }
/// assert_eq!(report(&Busy), "[-1] system busy (retry)");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a platform error",
    label = "not a platform error",
    note = "derive it with `#[derive(PlatformError)]`, or declare it with `define_codes!`"
)]
pub trait PlatformError: Debug + Display {
    /// The code the platform sends as `errcode`.
    fn code(&self) -> i64;

    /// The declared message: the template as written where it has placeholders (`Display`
    /// fills them in); for a catch-all variant, the message received.
    fn message(&self) -> &str;

    /// The category the code belongs to (`"token"`, `"org"`, …), if the type declares one.
    fn category(&self) -> Option<&'static str>;

    /// What a client should do about this error.
    fn advice(&self) -> Advice;

    /// The declared translation of the message for a language tag such as `"en"` or `"zh"`.
    fn message_in(&self, lang: &str) -> Option<&'static str>;
}

impl<E: PlatformError + ?Sized> PlatformError for &E {
    fn code(&self) -> i64 {
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
}

#[cfg(feature = "alloc")]
impl<E: PlatformError + ?Sized> PlatformError for alloc::boxed::Box<E> {
    fn code(&self) -> i64 {
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
}
