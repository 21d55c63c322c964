use core::fmt;

/// What a client should do about an error.
///
/// Every declared code carries one; [`PlatformError::advice`](crate::PlatformError::advice)
/// returns it. New kinds of advice may be added, so a `match` needs a wildcard arm.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Advice;
///
/// let advice = Advice::RefreshToken;
/// assert!(advice.is_retryable());
/// assert_eq!(advice.as_str(), "refresh_token");
/// assert_eq!("refresh_token".parse::<Advice>(), Ok(Advice::RefreshToken));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Advice {
    /// Nothing to do: the code is informational, or no advice is known.
    #[default]
    None,
    /// A transient failure on the platform's side: back off and retry.
    Retry,
    /// The access token is invalid or expired: refresh it, then retry once.
    RefreshToken,
    /// The credentials themselves are rejected, or the refresh token is: the token cannot be
    /// refreshed. Authenticate again (a new token from the app's id and secret, renewed if
    /// they are what was refused, or the user signing in again) before trying again; a retry
    /// policy cannot do that on its own.
    Reauthenticate,
    /// A rate limit was hit (calls per second or per minute): wait before sending more
    /// requests.
    Throttle,
    /// The request is wrong: retrying it unchanged cannot help; fix the parameters.
    FixRequest,
    /// The app lacks a permission or is misconfigured on the platform (authorised APIs,
    /// trusted domains, organisation scope), or its own credentials are (a signing key, a
    /// certificate: WeChat Pay's `SIGN_ERROR`, a 401 of a platform without tokens): fix the
    /// configuration.
    CheckConfig,
    /// A quota is used up until something resets it (a day, a month, a rolling week, the
    /// user writing again): sending the call again within seconds cannot help. Stop calling
    /// until the quota resets, or have it raised or cleared (WeChat's 45009 and
    /// `clear_quota`, `DingTalk`'s monthly `Forbidden.AccessDenied.ApiCountLimitForOrg`).
    WaitForQuota,
}

impl Advice {
    /// Every kind of advice, in declaration order.
    pub const ALL: &'static [Advice] = &[
        Advice::None,
        Advice::Retry,
        Advice::RefreshToken,
        Advice::Reauthenticate,
        Advice::Throttle,
        Advice::FixRequest,
        Advice::CheckConfig,
        Advice::WaitForQuota,
    ];

    /// The snake-case name used in `#[advice(...)]`, e.g. `"fix_request"`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// assert_eq!(platform_errors::Advice::Throttle.as_str(), "throttle");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Advice::None => "none",
            Advice::Retry => "retry",
            Advice::RefreshToken => "refresh_token",
            Advice::Reauthenticate => "reauthenticate",
            Advice::Throttle => "throttle",
            Advice::FixRequest => "fix_request",
            Advice::CheckConfig => "check_config",
            Advice::WaitForQuota => "wait_for_quota",
        }
    }

    /// One sentence that tells a person what to do.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Advice;
    /// assert_eq!(Advice::Throttle.describe(), "a rate limit was hit: wait before sending more requests");
    /// ```
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Advice::None => "nothing to do",
            Advice::Retry => "a transient failure: back off and retry",
            Advice::RefreshToken => "refresh the access token, then retry once",
            Advice::Reauthenticate => {
                "the credentials or the refresh token are rejected: authenticate again"
            }
            Advice::Throttle => "a rate limit was hit: wait before sending more requests",
            Advice::FixRequest => "the request is wrong: retrying it unchanged cannot help",
            Advice::CheckConfig => "check the app's permissions and configuration",
            Advice::WaitForQuota => {
                "a quota is used up until it resets (a day, a month): stop until then, or have it raised"
            }
        }
    }

    /// Whether the same request may succeed when a client sends it again after what it can
    /// do on its own: wait ([`Retry`](Advice::Retry), [`Throttle`](Advice::Throttle)) or
    /// refresh the token ([`RefreshToken`](Advice::RefreshToken)). The advice
    /// [`RetryPolicy`](crate::retry::RetryPolicy) retries; where a person must act (new
    /// credentials, a fixed request or configuration) or a quota must reset
    /// ([`WaitForQuota`](Advice::WaitForQuota)), `false`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Advice;
    /// use platform_errors::retry::{Attempt, Decision, RetryPolicy};
    ///
    /// assert!(Advice::Retry.is_retryable());
    /// assert!(!Advice::FixRequest.is_retryable());
    /// assert!(!Advice::Reauthenticate.is_retryable());
    /// assert!(!Advice::WaitForQuota.is_retryable());
    /// // The policy retries exactly these.
    /// let first = Attempt::new(1, core::time::Duration::ZERO);
    /// for &advice in Advice::ALL {
    ///     let retried = !matches!(RetryPolicy::DEFAULT.decide(advice, &first, 0), Decision::Stop(_));
    ///     assert_eq!(retried, advice.is_retryable(), "{advice}");
    /// }
    /// ```
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            Advice::Retry | Advice::RefreshToken | Advice::Throttle
        )
    }

    /// What an HTTP status alone advises, where the body says nothing a client can act on
    /// (a code the catalogue does not declare, or a body that is not the platform's
    /// answer): 502, 503 and 504 [`Retry`](Advice::Retry) (a gateway or the platform is down
    /// or overloaded); 429 [`Throttle`](Advice::Throttle); 401
    /// [`RefreshToken`](Advice::RefreshToken) (the credentials were refused before the
    /// platform saw the call; the retry policy refreshes once per call); any other
    /// [`None`](Advice::None): other 4xx mean the request is wrong, and a 500 is the
    /// platform's own failure, not known to be transient. Under a platform's envelope,
    /// [`Envelope::advice_for_status`](crate::Envelope::advice_for_status) is what
    /// `ApiError` and `UnexpectedBody` ask: the same, but a 401 where the platform has no
    /// access token (WeChat Pay v3 signs its requests) is
    /// [`CheckConfig`](Advice::CheckConfig).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Advice;
    /// assert_eq!(Advice::from_http_status(503), Advice::Retry);
    /// assert_eq!(Advice::from_http_status(429), Advice::Throttle);
    /// assert_eq!(Advice::from_http_status(404), Advice::None);
    /// assert_eq!(Advice::from_http_status(200), Advice::None);
    /// ```
    #[must_use]
    pub const fn from_http_status(status: u16) -> Advice {
        match status {
            502..=504 => Advice::Retry,
            429 => Advice::Throttle,
            401 => Advice::RefreshToken,
            _ => Advice::None,
        }
    }
}

/// What `status` advises where the platform's calls carry an access token or not
/// (`without_access_token`): [`Advice::from_http_status`], but a 401 without a token is a
/// refused signature, key or certificate, [`Advice::CheckConfig`].
/// `Envelope::advice_for_status` and `UnexpectedBody::advice` ask it.
pub(crate) const fn status_advice(status: u16, without_access_token: bool) -> Advice {
    if status == 401 && without_access_token {
        Advice::CheckConfig
    } else {
        Advice::from_http_status(status)
    }
}

impl fmt::Display for Advice {
    /// Its name ([`Advice::as_str`]), padded as a `str` is (`{:<14}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error of parsing an [`Advice`] from a name that is not one of [`Advice::as_str`]'s.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Advice, ParseAdviceError};
///
/// assert_eq!("refresh_token".parse(), Ok(Advice::RefreshToken));
/// assert_eq!("refresh".parse::<Advice>(), Err(ParseAdviceError));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseAdviceError;

impl fmt::Display for ParseAdviceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown advice; expected one of none, retry, refresh_token, reauthenticate, throttle, fix_request, check_config, wait_for_quota")
    }
}

impl core::error::Error for ParseAdviceError {}

impl core::str::FromStr for Advice {
    type Err = ParseAdviceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Advice::ALL
            .iter()
            .copied()
            .find(|advice| advice.as_str() == s)
            .ok_or(ParseAdviceError)
    }
}

#[cfg(feature = "serde")]
serde_by_name!(
/// Written as its name in `#[advice(...)]` (`"refresh_token"`), so that a log or a
/// configuration file carries it as text.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Advice;
///
/// assert_eq!(serde_json::to_string(&Advice::RefreshToken)?, r#""refresh_token""#);
/// assert_eq!(serde_json::from_str::<Advice>(r#""throttle""#)?, Advice::Throttle);
/// assert!(serde_json::from_str::<Advice>(r#""wait""#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
    Advice,
    "an advice's name, such as \"refresh_token\""
);

/// `Serialize` as its `as_str()` and `Deserialize` from it (`FromStr`), for a closed set of
/// values with `ALL` and `as_str`: `Advice`'s and `qingtui::Category`'s. Doc comments
/// before the type go on the `Serialize` impl.
#[cfg(feature = "serde")]
macro_rules! serde_by_name {
    ($(#[$doc:meta])* $ty:ident, $expecting:literal) => {
        $(#[$doc])*
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        /// Read from its name (`as_str`).
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                /// Every value's name, for the error of another.
                const NAMES: [&str; $ty::ALL.len()] = {
                    let mut names = [""; $ty::ALL.len()];
                    let mut i = 0;
                    while i < names.len() {
                        names[i] = $ty::ALL[i].as_str();
                        i += 1;
                    }
                    names
                };
                $crate::advice::deserialize_by_name(deserializer, &NAMES, $expecting)
            }
        }
    };
}
#[cfg(feature = "serde")]
pub(crate) use serde_by_name;

/// A value of a closed set read from its name (its `FromStr`), or the error that lists the
/// names: `Advice`'s and `qingtui::Category`'s serde.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_by_name<'de, D, T>(
    deserializer: D,
    names: &'static [&'static str],
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: core::str::FromStr,
{
    struct Name<T> {
        names: &'static [&'static str],
        expecting: &'static str,
        value: core::marker::PhantomData<T>,
    }
    impl<T: core::str::FromStr> serde::de::Visitor<'_> for Name<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<T, E> {
            name.parse()
                .map_err(|_| E::unknown_variant(name, self.names))
        }
    }
    deserializer.deserialize_str(Name {
        names,
        expecting,
        value: core::marker::PhantomData,
    })
}
