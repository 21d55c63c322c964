use alloc::string::String;
use core::fmt;

use crate::{Advice, FromCode, PlatformError};

/// An error answer of the platform: the code and message exactly as received, the typed
/// value they resolve to when `E` declares the code, and what came with them: the request id
/// (when the body has one under a name `E`'s [envelope](crate::FromCode::ENVELOPE) declares)
/// and the HTTP status (when the caller gives it).
///
/// ```
/// use platform_errors_core::{Advice, ApiError, PlatformError};
/// use platform_errors_core::qingtui::{ParamError, QingtuiError};
///
/// let err: ApiError<QingtuiError> = ApiError::new(40100, "page_size is required (request 9f2)");
/// assert_eq!(err.code(), 40100);
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
pub struct ApiError<E> {
    code: i64,
    message: String,
    kind: Option<E>,
    request_id: Option<String>,
    status: Option<u16>,
}

impl<E: FromCode> ApiError<E> {
    /// An error for a received code and message, resolved with
    /// [`FromCode::from_code_and_message`].
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        let message = message.into();
        let kind = E::from_code_and_message(code, &message);
        ApiError {
            code,
            message,
            kind,
            request_id: None,
            status: None,
        }
    }
}

impl<E> ApiError<E> {
    /// The code, as received.
    #[must_use]
    pub fn code(&self) -> i64 {
        self.code
    }

    /// The message, exactly as received.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The typed value, when `E` declares the code.
    #[must_use]
    pub fn kind(&self) -> Option<&E> {
        self.kind.as_ref()
    }

    /// The typed value, when `E` declares the code.
    #[must_use]
    pub fn into_kind(self) -> Option<E> {
        self.kind
    }

    /// The received code and message.
    #[must_use]
    pub fn into_parts(self) -> (i64, String) {
        (self.code, self.message)
    }

    /// The request id the platform sent with the error, which its support asks for.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The HTTP status of the answer, when the caller gave it.
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// With the request id the platform sent.
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// With the HTTP status of the answer.
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }
}

impl<E: fmt::Display> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.kind, self.message.is_empty()) {
            (Some(kind), true) => write!(f, "errcode {}: {kind}", self.code),
            _ => write!(f, "errcode {}: {}", self.code, self.message),
        }
    }
}

impl<E> crate::__private::Coded for ApiError<E> {
    fn code(&self) -> i64 {
        self.code
    }
}

impl<E: PlatformError + 'static> PlatformError for ApiError<E> {
    fn code(&self) -> Option<i64> {
        Some(self.code)
    }

    fn message(&self) -> &str {
        &self.message
    }

    fn category(&self) -> Option<&'static str> {
        self.kind.as_ref().and_then(PlatformError::category)
    }

    fn advice(&self) -> Advice {
        self.kind
            .as_ref()
            .map_or(Advice::None, PlatformError::advice)
    }

    fn message_in(&self, lang: &str) -> Option<&'static str> {
        self.kind.as_ref().and_then(|kind| kind.message_in(lang))
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }

    /// The declared message in `lang` where the catalogue has one; else the message as
    /// received.
    fn fmt_in(&self, lang: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Some(kind) if kind.message_in(lang).is_some() => kind.fmt_in(lang, f),
            _ => f.write_str(&self.message),
        }
    }
}

impl<E: core::error::Error + 'static> core::error::Error for ApiError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.kind.as_ref().and_then(core::error::Error::source)
    }
}

/// An `ApiError` can hold any code: lookup gives the typed value where `E` declares the
/// code, and keeps the code and message either way.
///
/// ```
/// use platform_errors_core::{ApiError, FromCode, FromResponse};
/// use platform_errors_core::qingtui::{QingtuiError, TokenError};
///
/// let err = ApiError::<QingtuiError>::from_response(42001, "access_token expired, rid: 5f3a");
/// assert_eq!(err.message(), "access_token expired, rid: 5f3a");
///
/// let unknown = ApiError::<QingtuiError>::from_response(-2, "whatever the server said");
/// assert_eq!((unknown.code(), unknown.message()), (-2, "whatever the server said"));
///
/// // From a code alone: the declared message.
/// let err = ApiError::<TokenError>::from_code(40402).unwrap();
/// assert_eq!((err.message(), err.kind()), ("invalid token", Some(&TokenError::InvalidToken)));
/// assert_eq!(ApiError::<TokenError>::from_code(1), None);
/// ```
impl<E: FromCode + PlatformError> FromCode for ApiError<E> {
    const ENTRIES: &'static [crate::Entry] = E::ENTRIES;

    fn from_code(code: i64) -> Option<Self> {
        let kind = E::from_code(code)?;
        Some(ApiError {
            code,
            message: String::from(kind.message()),
            kind: Some(kind),
            request_id: None,
            status: None,
        })
    }

    fn match_message(code: i64, message: &str) -> Option<crate::MessageMatch<Self>> {
        let found = E::match_message(code, message)?;
        Some(crate::MessageMatch {
            value: ApiError {
                code,
                message: String::from(message),
                kind: Some(found.value),
                request_id: None,
                status: None,
            },
            strength: found.strength,
        })
    }

    /// Always `Some`: the code and message as received, resolved where `E` declares them.
    fn from_code_and_message(code: i64, message: &str) -> Option<Self> {
        Some(ApiError::new(code, message))
    }
}

impl<E: FromCode + PlatformError> crate::FromResponse for ApiError<E> {
    fn from_response(code: i64, message: &str) -> Self {
        ApiError::new(code, message)
    }
}
