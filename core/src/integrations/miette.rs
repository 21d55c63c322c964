//! Platform errors as [`miette`] diagnostics (feature `miette`).
//!
//! [`Diagnosed<E>`] wraps any [`PlatformError`] and implements [`miette::Diagnostic`]:
//!
//! | miette | from the error |
//! |---|---|
//! | `code` | the code the platform sent ([`PlatformError::code`]) |
//! | `help` | what to do, in a sentence per [`Advice`], the wait the platform asked for ([`PlatformError::retry_after`]) and the request id to quote to its support ([`PlatformError::request_id`]) |
//! | `url` | the entry's documentation link ([`Entry::docs_url`](crate::Entry::docs_url)) |
//! | the message | `Display`, as the error writes it |
//! | the causes | the error's own `source()` chain |
//!
//! A wrapper rather than an impl on every type: the derive and `define_codes!` never emit an
//! impl that a feature of another crate switches on, and one type covers the catalogues,
//! [`ApiError`](crate::ApiError), [`HttpError`](crate::HttpError), your own derived types
//! and `Box<dyn PlatformError + Send + Sync>`.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use miette::{NarratableReportHandler, Report};
//! use platform_errors::miette::Diagnosed;
//! # platform_errors::define_codes! {
//! #     #![platform(crate = platform_errors)]
//! #     #[platform(category = "token", docs = "https://example.com/errors/{code}")]
//! #     pub enum TokenError {
//! #         #[advice(refresh_token)]
//! #         InvalidToken = 40402 => "invalid token",
//! #     }
//! # }
//!
//! // Declared with `docs = "https://example.com/errors/{code}"` and `#[advice(refresh_token)]`.
//! let report = Report::new(Diagnosed(TokenError::InvalidToken));
//! let mut text = String::new();
//! NarratableReportHandler::new().render_report(&mut text, report.as_ref())?;
//! assert_eq!(text, "\
//! invalid token
//!     Diagnostic severity: error
//! diagnostic help: Refresh the access token, then retry the call once.
//! diagnostic code: 40402
//! For more details, see:
//! https://example.com/errors/40402
//! ");
//! # Ok::<(), std::fmt::Error>(())
//! ```
//!
//! miette's graphical handler (its `fancy` feature, in an application) shows an error
//! read from the platform's answer, with its request id, as (without colours):
//!
//! ```text
//! 40402 (https://example.com/errors/40402)
//!
//!   × errcode 40402: invalid token
//!   help: Refresh the access token, then retry the call once. Request id
//!         5f3a9c01: quote it to the platform's support.
//! ```
//!
//! and an SDK's local error over the I/O error that caused it, with its cause:
//!
//! ```text
//!   × the platform could not be reached
//!   ╰─▶ connection refused
//!   help: The platform failed for a moment: retry the call after a short wait.
//! ```
//!
//! (`integration/examples/report.rs` makes both; `integration/tests/miette_report.rs`
//! renders them and compares them with this text.)
//!
//! In a `main` that returns [`miette::Result`], convert with `map_err(Diagnosed)`:
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::miette::Diagnosed;
//! use platform_errors::qingtui::{QingtuiError, TokenError};
//!
//! fn call() -> Result<(), QingtuiError> {
//!     Err(QingtuiError::Token(TokenError::ExpiredToken))
//! }
//!
//! fn run() -> miette::Result<()> {
//!     call().map_err(Diagnosed)?;
//!     Ok(())
//! }
//! let report = run().unwrap_err();
//! assert_eq!(report.code().unwrap().to_string(), "42403");
//! assert_eq!(report.to_string(), "expired token");
//! ```

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt::{self, Write as _};
use core::time::Duration;

use crate::{Advice, PlatformError};

/// A platform error shown as a [`miette::Diagnostic`]: its code, its advice as help, its
/// documentation link and its causes. See the [module](self).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use miette::Diagnostic;
/// use platform_errors::miette::Diagnosed;
/// use platform_errors::qingtui::GeneralError;
///
/// let busy = Diagnosed(GeneralError::SystemBusy);
/// assert_eq!(busy.code().unwrap().to_string(), "-1");
/// assert_eq!(
///     busy.help().unwrap().to_string(),
///     "The platform failed for a moment: retry the call after a short wait.",
/// );
/// assert!(busy.url().is_none());
/// assert_eq!(busy.into_inner(), GeneralError::SystemBusy);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Diagnosed<E>(pub E);

impl<E> Diagnosed<E> {
    /// Wraps `error`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use miette::Diagnostic;
    /// use platform_errors::miette::Diagnosed;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// let diagnosed = Diagnosed::new(TokenError::ExpiredToken);
    /// assert!(diagnosed.code().is_some());
    /// ```
    #[must_use]
    pub const fn new(error: E) -> Self {
        Diagnosed(error)
    }

    /// The error.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::miette::Diagnosed;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// assert_eq!(Diagnosed::new(TokenError::ExpiredToken).get_ref(), &TokenError::ExpiredToken);
    /// ```
    #[must_use]
    pub const fn get_ref(&self) -> &E {
        &self.0
    }

    /// The error, unwrapped.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::miette::Diagnosed;
    /// use platform_errors::qingtui::TokenError;
    ///
    /// assert_eq!(Diagnosed(TokenError::ExpiredToken).into_inner(), TokenError::ExpiredToken);
    /// ```
    #[must_use]
    pub fn into_inner(self) -> E {
        self.0
    }
}

impl<E> From<E> for Diagnosed<E> {
    fn from(error: E) -> Self {
        Diagnosed(error)
    }
}

impl<E: fmt::Display> fmt::Display for Diagnosed<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<E: core::error::Error> core::error::Error for Diagnosed<E> {
    /// The error's own source: the wrapper adds no link to the chain.
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.0.source()
    }
}

impl<E: PlatformError> ::miette::Diagnostic for Diagnosed<E> {
    /// The code the platform sent; none for an error raised on the caller's side.
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.0
            .code()
            .map(|code| Box::new(code) as Box<dyn fmt::Display + 'a>)
    }

    /// [`help`]'s sentences.
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        help(&self.0).map(|text| Box::new(text) as Box<dyn fmt::Display + 'a>)
    }

    /// The entry's documentation link, when the catalogue declares one.
    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let url = self.0.entry()?.docs_url()?;
        Some(Box::new(url))
    }
}

/// What to do about `error`, in sentences a person can act on: one for its [`Advice`]
/// ([`advice_help`]), after one where the platform may have done the call
/// ([`PlatformError::is_outcome_unknown`]: check before sending it again; a retry then says
/// "if it was not done"), the wait the platform asked for, and the request id to quote to
/// the platform's support. `None` when
/// there is nothing to say. What [`Diagnosed`] shows as miette's `help`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use std::time::Duration;
/// use platform_errors::{ApiError, Code};
/// use platform_errors::miette::help;
/// use platform_errors::qingtui::QingtuiError;
///
/// let limited = ApiError::<QingtuiError>::new(45009, "api freq out of limit")
///     .with_retry_after(Duration::from_secs(7))
///     .with_request_id("r-1");
/// assert_eq!(
///     help(&limited).unwrap(),
///     "A rate limit was hit: wait before sending more requests. The platform asked \
///      to wait 7 s. Request id r-1: quote it to the platform's support.",
/// );
///
/// // A payment that may have gone through: check it before sending it again.
/// # #[cfg(feature = "wechat-pay")] {
/// use platform_errors::wechat_pay::WechatPayError;
/// let paying = ApiError::<WechatPayError>::new("USERPAYING", "用户支付中，需要输入密码");
/// assert!(help(&paying).unwrap().starts_with("The platform may have done the call"));
/// # }
/// ```
#[must_use]
pub fn help<E: PlatformError + ?Sized>(error: &E) -> Option<String> {
    let mut text = String::new();
    let mut sentence = |s: fmt::Arguments<'_>| {
        if !text.is_empty() {
            text.push(' ');
        }
        // Writing to a `String` cannot fail.
        let _ = text.write_fmt(s);
    };
    // Where the platform may have done the call, that comes first: "retry" would say the
    // opposite (a gateway's 502, WeChat Pay's `USERPAYING`, whose advice is to retry).
    let unknown = error.is_outcome_unknown();
    if unknown {
        sentence(format_args!(
            "The platform may have done the call: check (query the order or the message) \
             before sending it again, unless it is safe to repeat."
        ));
    }
    let advice = match error.advice() {
        Advice::Retry if unknown => Some("If it was not done, retry the call after a short wait."),
        advice => advice_help(advice),
    };
    if let Some(advice) = advice {
        sentence(format_args!("{advice}"));
    }
    if let Some(wait) = error.retry_after() {
        sentence(format_args!(
            "The platform asked to wait {}.",
            Seconds(wait)
        ));
    }
    if let Some(id) = error.request_id() {
        sentence(format_args!(
            "Request id {id}: quote it to the platform's support."
        ));
    }
    (!text.is_empty()).then_some(text)
}

/// One sentence that says what to do about an error with this advice; `None` for
/// [`Advice::None`].
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Advice;
/// use platform_errors::miette::advice_help;
///
/// assert_eq!(
///     advice_help(Advice::FixRequest),
///     Some("The request is wrong: fix its parameters; sending it again unchanged cannot help."),
/// );
/// assert_eq!(advice_help(Advice::None), None);
/// ```
#[must_use]
pub const fn advice_help(advice: Advice) -> Option<&'static str> {
    Some(match advice {
        Advice::None => return None,
        Advice::Retry => "The platform failed for a moment: retry the call after a short wait.",
        Advice::RefreshToken => "Refresh the access token, then retry the call once.",
        Advice::Reauthenticate => {
            "The credentials or the refresh token were refused: authenticate again (a new token \
             from the app's id and secret, or the user signing in again) before retrying."
        }
        Advice::Throttle => "A rate limit was hit: wait before sending more requests.",
        Advice::FixRequest => {
            "The request is wrong: fix its parameters; sending it again unchanged cannot help."
        }
        Advice::CheckConfig => {
            "Check the app's permissions and configuration on the platform (authorised APIs, \
             trusted domains or IP addresses, organisation scope), and its own credentials \
             (a signing key, a certificate)."
        }
        Advice::WaitForQuota => {
            "A quota is used up until it resets (a day, a month): stop calling until then, or \
             have it raised; retrying within seconds cannot help."
        }
    })
}

/// A wait as people read it: whole seconds as `7 s`, anything else as `1500 ms`.
struct Seconds(Duration);

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let wait = self.0;
        if wait.subsec_nanos() == 0 && wait.as_secs() > 0 {
            write!(f, "{} s", wait.as_secs())
        } else {
            // Rounded up, as `Retry-After` is: whoever waits as told never comes back early.
            let part = u128::from(wait.subsec_nanos() % 1_000_000 > 0);
            write!(f, "{} ms", wait.as_millis().saturating_add(part))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn waits_read_as_people_write_them() {
        let s = |d| Seconds(d).to_string();
        assert_eq!(s(Duration::from_secs(7)), "7 s");
        assert_eq!(s(Duration::from_millis(250)), "250 ms");
        assert_eq!(s(Duration::from_millis(1500)), "1500 ms");
        assert_eq!(s(Duration::ZERO), "0 ms");
        assert_eq!(s(Duration::from_micros(500)), "1 ms");
        assert_eq!(s(Duration::from_micros(1500)), "2 ms");
    }

    #[test]
    fn every_advice_but_none_has_a_sentence() {
        for &advice in Advice::ALL {
            let help = advice_help(advice);
            assert_eq!(help.is_none(), advice == Advice::None, "{advice:?}");
            if let Some(help) = help {
                assert!(help.ends_with('.') && help.starts_with(char::is_uppercase));
            }
        }
    }
}
