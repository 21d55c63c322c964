//! `ApiError`'s trait impls: `Display` (the code under the platform's name for it),
//! `PlatformError` (the catalogue's entry, advice and translations where the message
//! received is the declared one), `Error`, and `Catalogue` and `FromReceived`, so that an
//! `ApiError<C>` is a catalogue of `C`'s codes that keeps every answer as received.

#[cfg(feature = "serde")]
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

#[cfg(feature = "serde")]
use super::received::ReceivedMessage;
use super::ApiError;
#[cfg(feature = "serde")]
use super::Rare;
use crate::{Advice, Catalogue, Code, Entry, PlatformError};

impl<C: Catalogue + fmt::Display> fmt::Display for ApiError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The code under the name the platform sends it: `errcode 40100: ...` (WeChat,
        // Qingtui), `code 99991663: ...` (Feishu), `code PARAM_ERROR: ...` (WeChat Pay),
        // `sub_code 60011: ...` where a sub code types the error (DingTalk's 88, Alipay's),
        // `status NOT_FOUND: ...` (AIP-193).
        let code = self.code();
        let label = self.code_label();
        // A message of blanks says nothing, as an empty one.
        match (&self.kind, self.message().trim().is_empty()) {
            (Some(kind), true) => write!(f, "{label} {code}: {kind}"),
            (None, true) => write!(f, "{label} {code}"),
            _ => write!(f, "{label} {code}: {}", self.message()),
        }
    }
}

impl<C: Catalogue + PlatformError + 'static> PlatformError for ApiError<C> {
    fn code(&self) -> Option<Code<'_>> {
        Some(self.code.as_code())
    }

    fn entry(&self) -> Option<&'static Entry> {
        self.kind.as_ref().and_then(PlatformError::entry)
    }

    fn status(&self) -> Option<u16> {
        ApiError::status(self)
    }

    fn request_id(&self) -> Option<&str> {
        ApiError::request_id(self)
    }

    fn retry_after(&self) -> Option<core::time::Duration> {
        ApiError::retry_after(self)
    }

    fn message(&self) -> &str {
        self.message.as_str()
    }

    fn category(&self) -> Option<&'static str> {
        self.kind.as_ref().and_then(PlatformError::category)
    }

    /// The catalogue's advice for the code; where it has none (a code it does not declare,
    /// or one declared without advice), what the HTTP status the answer came with advises
    /// under `C`'s envelope ([`Envelope::advice_for_status`](crate::Envelope::advice_for_status)):
    /// a 429 throttles, a 503 retries, whatever the code; a 401 refreshes the token, but
    /// where the platform has none (WeChat Pay v3 signs its requests) says to check the
    /// configuration.
    fn advice(&self) -> Advice {
        match self.kind.as_ref().map(PlatformError::advice) {
            Some(advice) if advice != Advice::None => advice,
            _ => self
                .status()
                .map_or(Advice::None, |status| C::ENVELOPE.advice_for_status(status)),
        }
    }

    /// `true` for AIP-193's `DEADLINE_EXCEEDED` (the deadline passed, and the operation may
    /// have completed all the same: `google.rpc.Code`'s own words), for Alipay's
    /// `isp.unknow-error`, `aop.unknow-error` and `ACQ.SYSTEM_ERROR` (query the trade
    /// first), for WeChat Pay's `USERPAYING` (the payment waits for the user: query the
    /// order), and for any code received with a gateway's status (502, 504, 520–599: perhaps the
    /// gateway's code, not the platform's), so that a call that is not idempotent is not
    /// sent again blindly. Any other error the platform answered says it did nothing.
    fn is_outcome_unknown(&self) -> bool {
        self.leaves_outcome_unknown()
    }

    /// The declared message in `lang` of the value the code and message resolve to, where
    /// it says what the message received says: `None` for a code several entries share
    /// with a message none of them declares (typed by the first, which may mean another
    /// thing: Qingtui's 46001 is a missing user or missing media). An empty message (or
    /// blanks, or `null`) says nothing to compare: the first entry's is given, as `Display`
    /// shows it.
    fn message_in(&self, lang: &str) -> Option<&'static str> {
        self.kind
            .as_ref()
            .filter(|kind| self.says_the_message(kind))
            .and_then(|kind| kind.message_in(lang))
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.as_str())
    }

    /// The declared message in `lang` where the catalogue has one that says what the
    /// message received says ([`message_in`](PlatformError::message_in)); else the message
    /// as received, or, where it is empty, the declared message (in `lang` if it has one),
    /// as `Display` shows it.
    fn fmt_in(&self, lang: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Some(kind)
                if (self.message.as_str().trim().is_empty() || kind.message_in(lang).is_some())
                    && self.says_the_message(kind) =>
            {
                kind.fmt_in(lang, f)
            }
            _ => f.write_str(self.message.as_str()),
        }
    }

    fn __platform_errors_kept(
        &self,
        envelope: &crate::Envelope,
        read_back_here: bool,
    ) -> crate::__private::KeptRef<'_> {
        // Read back into this place (a catch-all over `ApiError<C>`), the message gives the
        // request id again as `C`'s envelope finds it; read back elsewhere, as the writer's
        // envelope finds it.
        #[cfg(feature = "serde")]
        let reader = if read_back_here {
            &C::ENVELOPE
        } else {
            envelope
        };
        #[cfg(not(feature = "serde"))]
        let _ = (envelope, read_back_here);
        crate::__private::KeptRef {
            // Written under an envelope that writes otherwise than the one that read it,
            // what it kept has no place (a DingTalk answer's errcode 88 under Feishu's
            // names): the code, the message and the request id alone.
            #[cfg(feature = "serde")]
            more: self.more().filter(|_| C::ENVELOPE.writes_as(envelope)),
            #[cfg(feature = "serde")]
            id_in_message: self.request_id().is_some()
                && reader.request_id_in(self.message()) == self.request_id(),
            lifetime: core::marker::PhantomData,
        }
    }
}

impl<C: Catalogue> ApiError<C> {
    /// The name the platform sends [`code`](Self::code) under: the envelope's sub code
    /// field where a sub code types the error (read beside the envelope's own code, or a
    /// string code that is no number where string sub codes type errors), else its code
    /// field.
    fn code_label(&self) -> &'static str {
        let envelope = &C::ENVELOPE;
        let Some(sub_code) = envelope.sub_code_field() else {
            return envelope.code_field();
        };
        #[cfg(feature = "serde")]
        if self.more().is_some_and(|more| more.top.is_some()) {
            return sub_code;
        }
        if envelope.is_typed_by_sub_code() && self.code().is_name() {
            sub_code
        } else {
            envelope.code_field()
        }
    }

    /// [`PlatformError::is_outcome_unknown`] of an answered error: AIP-193's
    /// `DEADLINE_EXCEEDED`, Alipay's sub codes that say its system failed midway
    /// (`platform_error::code_leaves_outcome_unknown`: query the trade first), and an answer
    /// received with a gateway's status (`platform_error::is_gateway_status`), whose code is
    /// a gateway's (`{"code": 0, "message": "upstream connect error"}`), the platform's call
    /// behind it done or not. Of any catalogue, for [`HttpError`](crate::HttpError)'s.
    pub(crate) fn leaves_outcome_unknown(&self) -> bool {
        use crate::platform_error::{
            code_leaves_outcome_unknown, is_gateway_status, rpc_outcome_unknown,
        };
        self.status().is_some_and(is_gateway_status)
            || (C::ENVELOPE.is_code_http_status() && rpc_outcome_unknown(Some(self.code())))
            || code_leaves_outcome_unknown(Some(self.code()))
    }
}

impl<C: Catalogue + PlatformError> ApiError<C> {
    /// Whether the value `kind` the code and message resolved to says what the message
    /// received says: its declared message matches it, or no other entry of `C` declares
    /// its code (a message reworded means the same), or the message is empty (nothing to
    /// compare: `Display` shows the entry's). A shared code with a message no entry declares
    /// is typed by its first entry, which may mean another thing.
    fn says_the_message(&self, kind: &C) -> bool {
        let Some(entry) = kind.entry() else {
            return true;
        };
        let received = self.message.as_str();
        received.trim().is_empty()
            || crate::message_matches(entry.message(), received)
            || C::ENTRIES
                .iter()
                .filter(|other| other.code() == entry.code())
                .nth(1)
                .is_none()
    }
}

impl<C: Catalogue + core::error::Error + 'static> core::error::Error for ApiError<C> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.kind.as_ref().and_then(core::error::Error::source)
    }
}

/// An `ApiError` can hold any code: lookup gives the typed value where `C` declares the
/// code, and keeps the code and message either way.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, Catalogue, FromReceived};
/// use platform_errors::qingtui::{QingtuiError, TokenError};
///
/// let err = ApiError::<QingtuiError>::from_received(42001, "access_token expired, rid: 5f3a");
/// assert_eq!(err.message(), "access_token expired, rid: 5f3a");
///
/// let unknown = ApiError::<QingtuiError>::from_received(-2, "whatever the server said");
/// assert_eq!((unknown.code(), unknown.message()), ((-2).into(), "whatever the server said"));
///
/// // From a code alone: the declared message.
/// let err = ApiError::<TokenError>::from_code(40402).unwrap();
/// assert_eq!((err.message(), err.kind()), ("invalid token", Some(&TokenError::InvalidToken)));
/// assert_eq!(ApiError::<TokenError>::from_code(1), None);
/// ```
impl<C: Catalogue + PlatformError> Catalogue for ApiError<C> {
    type Code<'a> = C::Code<'a>;
    const ENTRIES: &'static [crate::Entry] = C::ENTRIES;
    const ENVELOPE: crate::Envelope = C::ENVELOPE;
    const __PLATFORM_ERRORS_OWN_ENVELOPE: bool = C::__PLATFORM_ERRORS_OWN_ENVELOPE;

    fn __platform_errors_is_received(&self) -> bool {
        true
    }

    fn from_code(code: C::Code<'_>) -> Option<Self> {
        let kind = C::from_code(code)?;
        let message = kind.message();
        let message = String::from(message);
        Some(ApiError::with_kind(code.into(), message, Some(kind)).held_as_the_envelope_holds_it())
    }

    fn match_message(code: C::Code<'_>, message: &str) -> Option<crate::MessageMatch<Self>> {
        let found = C::match_message(code, message)?;
        Some(crate::MessageMatch {
            value: ApiError::with_kind(code.into(), String::from(message), Some(found.value))
                .held_as_the_envelope_holds_it(),
            strength: found.strength,
        })
    }

    /// Always `Some`: the code and message as received, resolved where `C` declares them.
    fn from_code_and_message(code: C::Code<'_>, message: &str) -> Option<Self> {
        Some(ApiError::new(code, message))
    }

    /// Where `C` declares the code: its value, with the code and message as received (an
    /// umbrella or a derived type asks a member this; the default would give the declared
    /// message for a message `C` does not declare).
    #[doc(hidden)]
    fn __platform_errors_by_definition(code: C::Code<'_>, message: &str) -> Option<Self> {
        let kind = C::__platform_errors_by_definition(code, message)?;
        Some(
            ApiError::with_kind(code.into(), String::from(message), Some(kind))
                .with_request_id_from_message()
                .held_as_the_envelope_holds_it(),
        )
    }
}

impl<C: Catalogue + PlatformError> crate::FromReceived for ApiError<C> {
    fn from_received(code: C::Code<'_>, message: &str) -> Self {
        ApiError::new(code, message)
    }

    fn __platform_errors_take_any_kind(code: Code<'_>, message: &str) -> Option<Self> {
        Some(ApiError::of_either_kind(code, message))
    }

    #[cfg_attr(not(feature = "serde"), allow(unused_mut))]
    fn __platform_errors_with_received(
        mut self,
        received: crate::__private::ReceivedParts,
    ) -> Self {
        #[cfg(feature = "serde")]
        {
            let crate::__private::ReceivedParts {
                request_id,
                raw_message,
                more,
            } = received;
            if let Some(raw) = raw_message {
                let text = match core::mem::replace(
                    &mut self.message,
                    ReceivedMessage::Text(String::new()),
                ) {
                    ReceivedMessage::Text(text) => text,
                    ReceivedMessage::Lossy(lossy) => lossy.0,
                };
                self.message = ReceivedMessage::Lossy(Box::new((text, raw)));
            }
            if request_id.is_some() {
                self.context_mut().request_id = request_id;
            }
            // The body's code, where it has one, over the status its name gives.
            let top = more
                .as_deref()
                .and_then(|more| more.top.as_ref()?.0.as_ref());
            if let Some(status) = Self::status_by_code(&self.code, top) {
                self.context_mut().status = Some(status);
            }
            if more.is_some() {
                self.context_mut().more = Rare::new(more);
            }
        }
        #[cfg(not(feature = "serde"))]
        let _ = received;
        self
    }
}
