//! The catalogue traits: [`Catalogue`] (lookup by code and message) and [`FromReceived`]
//! (every received pair maps to a value), and their errors.

use core::fmt;

use crate::code::CodeKind;
use crate::{Entry, Envelope, HasEnvelope};

/// A catalogue: a type whose values are declared codes, so that a value can be looked up
/// from a received code (and message), and whose [`ENTRIES`](Catalogue::ENTRIES) list every
/// code it declares.
///
/// Every `define_codes!` enum and umbrella is one, and so is every type deriving
/// `PlatformError` whose variants are all unit variants with a code, transparent variants
/// over another catalogue, or the catch-all. [`ApiError<C>`](crate::ApiError) is one too.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Catalogue;
/// use platform_errors::qingtui::ParamError;
///
/// // 40100 has 23 messages: the code alone gives the first declared.
/// assert_eq!(ParamError::from_code(40100), Some(ParamError::InvalidParam));
/// // With the received message, the one it matches, however untidy.
/// assert_eq!(
///     ParamError::from_code_and_message(40100, "  Page_size is required. (request 7f3a)"),
///     Some(ParamError::PageSizeRequired),
/// );
/// assert_eq!(ParamError::from_code(99999), None);
/// assert_eq!(ParamError::ENTRIES.len(), 23);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be looked up by code: it is not a catalogue",
    label = "not a catalogue",
    note = "catalogues are enums declared with `define_codes!`, or types deriving `PlatformError` whose variants are all unit variants with a code, transparent variants over a catalogue, or the catch-all"
)]
pub trait Catalogue: Sized {
    /// The kind of code the platform sends: `i64` for numeric codes (`{"errcode": 40001}`),
    /// `&'a str` for string codes (`{"code": "PARAM_ERROR"}`). A catalogue speaks one kind;
    /// [`Code`](crate::Code) is the view of either that every platform error gives.
    type Code<'a>: CodeKind<'a>;

    /// Every declared code, in declaration order; for a type with transparent variants, the
    /// entries of each inner type in their place, one list per member: an SDK type with an
    /// `HttpError<C>` member and an `ApiError<C>` catch-all lists `C`'s entries twice
    /// ([`drift`](crate::drift) counts an entry listed twice once). The lists are not
    /// compared: comparing them at compile time costs more than rustc allows a constant for
    /// thousands of codes.
    const ENTRIES: &'static [Entry];

    /// The names under which the platform sends the code, the message and the request id,
    /// and its success code: what `ApiError<Self>`, `Response<T, Self>` and the type's own
    /// serde impls read and write. The default is `errcode`/`errmsg` with success 0
    /// ([`Envelope::ERRCODE_ERRMSG`]); a catalogue of another platform overrides it
    /// (`#[platform(envelope = CodeMsg)]` in the derive and the DSL):
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Catalogue, Entry, Envelope, MessageMatch};
    ///
    /// #[derive(Debug)]
    /// enum LarkError {}
    ///
    /// impl Catalogue for LarkError {
    ///     type Code<'a> = i64;
    ///     const ENTRIES: &'static [Entry] = &[];
    ///     const ENVELOPE: Envelope = Envelope::CODE_MSG;
    ///     fn from_code(_: i64) -> Option<Self> { None }
    ///     fn match_message(_: i64, _: &str) -> Option<MessageMatch<Self>> { None }
    /// }
    /// assert_eq!(LarkError::ENVELOPE.code_field(), "code");
    /// ```
    const ENVELOPE: Envelope = Envelope::ERRCODE_ERRMSG;

    /// Not public API: whether [`ENVELOPE`](Catalogue::ENVELOPE) is the type's own, which a
    /// derived type of members takes from it; `false` for a derived type that declares no
    /// code, names no envelope and has no member with one (its local variants only).
    #[doc(hidden)]
    const __PLATFORM_ERRORS_OWN_ENVELOPE: bool = true;

    /// Not public API: whether this value is an answer as it was received, code and message,
    /// rather than one the catalogue types ([`ApiError`](crate::ApiError),
    /// [`HttpError`](crate::HttpError), a box of one, a derived type's variant holding one or
    /// its catch-all). A derived type with a catch-all hands what it receives to the
    /// catch-all rather than take such a value from a member's lookup, which builds it from
    /// the catalogue alone.
    #[doc(hidden)]
    #[inline]
    fn __platform_errors_is_received(&self) -> bool {
        false
    }

    /// The first declared variant with this code.
    fn from_code(code: Self::Code<'_>) -> Option<Self>;

    /// The variant with this code whose declared message best matches `message`, with the
    /// strength of the match; `None` when no declared message for `code` matches.
    ///
    /// Matching follows [`message_matches`](crate::message_matches); among several matches
    /// the longest declared message wins, so that the most specific one is chosen. Composite
    /// types use the strength to pick among their members.
    fn match_message(code: Self::Code<'_>, message: &str) -> Option<MessageMatch<Self>>;

    /// Among the variants with this code, the one whose declared message matches `message`;
    /// else the first with the code.
    ///
    /// The default is that definition as written: [`match_message`](Catalogue::match_message),
    /// then [`from_code`](Catalogue::from_code). The macros' types find the same faster, by
    /// asking the code first: a code that one variant alone declares needs no comparison of
    /// messages, and an umbrella hands a code that one member alone declares (and none of
    /// its own variants) to that member. An umbrella reads its members by the definition,
    /// whatever their own `from_code_and_message` does: [`ApiError`](crate::ApiError)'s
    /// keeps the message received, where the definition gives the declared one.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Catalogue;
    /// use platform_errors::qingtui::{GeneralError, OrgError, ParamError, QingtuiError};
    ///
    /// // 40100 has 23 messages: the message picks one.
    /// assert_eq!(
    ///     ParamError::from_code_and_message(40100, "app_id is required"),
    ///     Some(ParamError::AppIdRequired),
    /// );
    /// // 45001 is in two categories: the message picks, else the first in the page's order.
    /// assert_eq!(
    ///     QingtuiError::from_code_and_message(45001, OrgError::OrgTooDeep.message()),
    ///     Some(QingtuiError::Org(OrgError::OrgTooDeep)),
    /// );
    /// assert_eq!(
    ///     QingtuiError::from_code_and_message(45001, "something else"),
    ///     Some(QingtuiError::General(GeneralError::MediaFileTooLarge)),
    /// );
    /// ```
    fn from_code_and_message(code: Self::Code<'_>, message: &str) -> Option<Self> {
        crate::__private::by_message_then_code(code, message)
    }

    /// Not public API: [`from_code_and_message`](Catalogue::from_code_and_message) as the
    /// trait defines it. The macros' types answer it with their faster
    /// `from_code_and_message`, which finds the same; an umbrella asks its members for it,
    /// so that a member whose `from_code_and_message` answers otherwise (`ApiError`'s keeps
    /// the message received) is still read by the definition.
    #[doc(hidden)]
    #[inline]
    fn __platform_errors_by_definition(code: Self::Code<'_>, message: &str) -> Option<Self> {
        crate::__private::by_message_then_code(code, message)
    }

    /// Not public API: [`from_code_and_message`](Catalogue::from_code_and_message) for a
    /// code of either kind, read as the type's envelope reads it: `None` for a code of the
    /// other kind than `Self::Code`, except in a derived type whose members declare it (a
    /// member of string codes in a type whose own lookup takes numbers). What an
    /// `ApiError<Self>` received is typed with.
    #[doc(hidden)]
    #[inline]
    fn __platform_errors_lookup_any_kind(code: crate::Code<'_>, message: &str) -> Option<Self> {
        Self::from_code_and_message(crate::__private::code_of_kind::<Self>(code)?, message)
    }
}

/// A boxed catalogue is the catalogue: so a catch-all holds `Box<ApiError<C>>` as it holds
/// `ApiError<C>`, to keep its type small.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, Catalogue, FromReceived};
/// use platform_errors::qingtui::{QingtuiError, TokenError};
///
/// assert_eq!(Box::<TokenError>::from_code(40402).as_deref(), Some(&TokenError::InvalidToken));
/// let err = Box::<ApiError<QingtuiError>>::from_received(61000, "brand new");
/// assert_eq!(err.message(), "brand new");
/// ```
#[cfg(feature = "alloc")]
impl<T: Catalogue> Catalogue for alloc::boxed::Box<T> {
    type Code<'a> = T::Code<'a>;
    const ENTRIES: &'static [Entry] = T::ENTRIES;
    const ENVELOPE: Envelope = T::ENVELOPE;
    const __PLATFORM_ERRORS_OWN_ENVELOPE: bool = T::__PLATFORM_ERRORS_OWN_ENVELOPE;

    fn from_code(code: Self::Code<'_>) -> Option<Self> {
        T::from_code(code).map(alloc::boxed::Box::new)
    }

    fn match_message(code: Self::Code<'_>, message: &str) -> Option<MessageMatch<Self>> {
        T::match_message(code, message).map(|found| found.map(alloc::boxed::Box::new))
    }

    fn from_code_and_message(code: Self::Code<'_>, message: &str) -> Option<Self> {
        T::from_code_and_message(code, message).map(alloc::boxed::Box::new)
    }

    fn __platform_errors_by_definition(code: Self::Code<'_>, message: &str) -> Option<Self> {
        T::__platform_errors_by_definition(code, message).map(alloc::boxed::Box::new)
    }

    fn __platform_errors_lookup_any_kind(code: crate::Code<'_>, message: &str) -> Option<Self> {
        T::__platform_errors_lookup_any_kind(code, message).map(alloc::boxed::Box::new)
    }

    fn __platform_errors_is_received(&self) -> bool {
        (**self).__platform_errors_is_received()
    }
}

#[cfg(feature = "alloc")]
impl<T: FromReceived> FromReceived for alloc::boxed::Box<T> {
    fn from_received(code: Self::Code<'_>, message: &str) -> Self {
        alloc::boxed::Box::new(T::from_received(code, message))
    }

    fn __platform_errors_with_received(self, received: crate::__private::ReceivedParts) -> Self {
        alloc::boxed::Box::new((*self).__platform_errors_with_received(received))
    }

    fn __platform_errors_take_any_kind(code: crate::Code<'_>, message: &str) -> Option<Self> {
        T::__platform_errors_take_any_kind(code, message).map(alloc::boxed::Box::new)
    }
}

/// Every catalogue names its envelope: `Response<T, C>` reads a catalogue's platform's
/// answers as it reads a marker's. A catalogue of string codes (`type Code<'a> = &'a str`)
/// reads its envelope with string codes, as the macros declare it, though a hand-written
/// `ENVELOPE` leaves out `.with_string_codes()`.
impl<C: Catalogue> HasEnvelope for C {
    const ENVELOPE: Envelope = {
        let envelope = <C as Catalogue>::ENVELOPE;
        if <C::Code<'static> as CodeKind<'static>>::IS_STR {
            envelope.with_string_codes()
        } else {
            envelope
        }
    };
}

/// A variant found by its message, with the strength of the match (the length in bytes of
/// the declared message that matched: longer is more specific).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Catalogue;
/// use platform_errors::qingtui::ParamError;
///
/// let found = ParamError::match_message(40100, "app_id is required").unwrap();
/// assert_eq!(found.value, ParamError::AppIdRequired);
/// assert_eq!(found.strength, "app_id is required".len());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MessageMatch<T> {
    /// The variant found.
    pub value: T,
    /// The length of the declared message that matched.
    pub strength: usize,
}

impl<T> MessageMatch<T> {
    /// Maps the value, keeping the strength.
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> MessageMatch<U> {
        MessageMatch {
            value: f(self.value),
            strength: self.strength,
        }
    }
}

/// Catalogues that hold whatever the platform sends: every received code and message maps to
/// a value, an unknown code to the catch-all, which keeps both.
///
/// Named for what it takes: the code and message as received (not a whole response, which
/// [`Response`](crate::Response) reads). Implemented by types with a catch-all
/// (`#[platform(unknown)]` on a variant, in the derive and in `define_codes!`) and by
/// [`ApiError`](crate::ApiError).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{FromReceived, PlatformError};
/// use platform_errors::qingtui::QingtuiError;
///
/// let known = QingtuiError::from_received(40402, "invalid token");
/// assert_eq!(known.category(), Some("token"));
///
/// let unknown = QingtuiError::from_received(12345, "brand new failure");
/// assert_eq!(unknown.code().unwrap(), 12345);
/// assert_eq!(unknown.to_string(), "brand new failure");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no catch-all that lookup fills, so not every received code maps to a value",
    label = "no catch-all, or no lookup",
    note = "give the type a catch-all: a `#[platform(unknown)]` variant with a code and a message field (`Other {{ code: i64, message: String }}`), or a one-field `#[platform(unknown)]` variant over an `ApiError<C>`; in `define_codes!`, a `#[platform(unknown)] Unknown` variant",
    note = "a catch-all is filled by lookup, which a type has where its variants with a code have no fields and it has no generic parameters (`Catalogue`)",
    note = "or look up with `Catalogue::from_code_and_message`, which returns an `Option`"
)]
pub trait FromReceived: Catalogue {
    /// The declared variant that [`Catalogue::from_code_and_message`] finds, else the
    /// catch-all holding `code` and `message`.
    fn from_received(code: Self::Code<'_>, message: &str) -> Self;

    /// `self`, built by [`from_received`](Self::from_received), given what else the answer
    /// carried. An `ApiError` keeps it, and so does a derived type's catch-all over one;
    /// anything else drops it. Not public API: the derive and the wire call it.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    fn __platform_errors_with_received(self, received: crate::__private::ReceivedParts) -> Self
    where
        Self: Sized,
    {
        let _ = received;
        self
    }

    /// [`from_received`](Self::from_received) for a code of either kind: `None` for one of
    /// the other kind than `Self::Code`, unless `Self` keeps any code as sent (an
    /// `ApiError`, a box of one, a derived type whose catch-all is one). The wire reads
    /// through it, so that AIP-193's answer without a `status` (its code a number) goes to
    /// a string-code type's catch-all over an `ApiError`. Not public API.
    #[doc(hidden)]
    #[inline]
    fn __platform_errors_take_any_kind(code: crate::Code<'_>, message: &str) -> Option<Self> {
        Some(Self::from_received(
            <Self::Code<'_> as crate::CodeKind<'_>>::from_code(code)?,
            message,
        ))
    }
}

/// The error of converting a code into a catalogue type that does not declare it: it keeps
/// the code and names the type.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::TokenError;
///
/// let err = TokenError::try_from(40100).unwrap_err();
/// assert_eq!(err.code(), 40100);
/// assert_eq!(err.type_name(), "TokenError");
/// assert_eq!(err.to_string(), "code 40100 is not declared by `TokenError`");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: i64,
    type_name: &'static str,
}

impl UnknownCode {
    /// An error for `code`, rejected by the type named `type_name`.
    #[must_use]
    pub const fn new(code: i64, type_name: &'static str) -> Self {
        UnknownCode { code, type_name }
    }

    /// The code that was rejected.
    #[must_use]
    pub const fn code(&self) -> i64 {
        self.code
    }

    /// The name of the type that rejected it.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "code {} is not declared by `{}`",
            self.code, self.type_name
        )
    }
}

impl core::error::Error for UnknownCode {}

/// The error of parsing a catalogue value from a string that names none of its variants
/// (and, for a catalogue of string codes, which `FromStr` reads first, is none of its codes).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::TokenError;
///
/// assert_eq!("InvalidToken".parse(), Ok(TokenError::InvalidToken));
/// let err = "NoSuchThing".parse::<TokenError>().unwrap_err();
/// assert_eq!(err.to_string(), "no variant of `TokenError` has that name");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownVariant {
    type_name: &'static str,
    codes: bool,
}

impl UnknownVariant {
    /// An error naming the type whose variant was not found.
    #[must_use]
    pub const fn new(type_name: &'static str) -> Self {
        UnknownVariant {
            type_name,
            codes: false,
        }
    }

    /// The same, for a type whose `FromStr` reads its string codes too: it says that the
    /// text is neither a code nor a name.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::UnknownVariant;
    ///
    /// let err = UnknownVariant::new("PayError").of_codes_too();
    /// assert_eq!(err.to_string(), "no variant of `PayError` has that code or name");
    /// ```
    #[must_use]
    pub const fn of_codes_too(mut self) -> Self {
        self.codes = true;
        self
    }

    /// The name of the type.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.codes { "code or name" } else { "name" };
        write!(f, "no variant of `{}` has that {what}", self.type_name)
    }
}

impl core::error::Error for UnknownVariant {}

/// The catalogue of a platform whose codes are not declared: it knows the envelope `E` its
/// answers come in, and no code. What [`ApiError`](crate::ApiError) and
/// [`Response::into_result`](crate::Response::into_result) take to read a platform's answers
/// without a catalogue: every code is kept as received, and `kind()` is `None`.
///
/// It has no values (`ApiError<Uncatalogued<E>>` never holds one).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, Catalogue, Uncatalogued};
/// use platform_errors::envelope::CodeMsg;
///
/// let err: ApiError<Uncatalogued<CodeMsg>> = ApiError::new(99991663, "Invalid access token");
/// assert_eq!((err.code(), err.kind()), (99991663.into(), None));
/// assert_eq!(Uncatalogued::<CodeMsg>::ENVELOPE.code_field(), "code");
/// ```
pub struct Uncatalogued<E = crate::envelope::ErrcodeErrmsg> {
    never: core::convert::Infallible,
    envelope: core::marker::PhantomData<fn() -> E>,
}

impl<E> Uncatalogued<E> {
    fn never(&self) -> ! {
        match self.never {}
    }
}

impl<E> fmt::Debug for Uncatalogued<E> {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.never()
    }
}

impl<E> fmt::Display for Uncatalogued<E> {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.never()
    }
}

impl<E> Clone for Uncatalogued<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Uncatalogued<E> {}

impl<E> PartialEq for Uncatalogued<E> {
    fn eq(&self, _: &Self) -> bool {
        self.never()
    }
}

impl<E> Eq for Uncatalogued<E> {}

impl<E> core::hash::Hash for Uncatalogued<E> {
    fn hash<H: core::hash::Hasher>(&self, _: &mut H) {
        self.never()
    }
}

impl<E> core::error::Error for Uncatalogued<E> {}

impl<E> crate::PlatformError for Uncatalogued<E> {
    fn code(&self) -> Option<crate::Code<'_>> {
        self.never()
    }

    fn message(&self) -> &str {
        self.never()
    }
}

impl<E: HasEnvelope> Catalogue for Uncatalogued<E> {
    type Code<'a> = i64;
    const ENTRIES: &'static [Entry] = &[];
    const ENVELOPE: Envelope = E::ENVELOPE;

    fn from_code(_: i64) -> Option<Self> {
        None
    }

    fn match_message(_: i64, _: &str) -> Option<MessageMatch<Self>> {
        None
    }
}
