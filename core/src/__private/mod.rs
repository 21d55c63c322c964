//! Not public API: what the macros' generated code calls. May change in any release; the
//! macros crate is pinned with `=` by this crate and the facade for that reason.
//!
//! Everything here is a typed function or type, checked when this crate compiles, except
//! `__impl_serde!`: a `macro_rules!` because this crate's `serde` feature decides what it
//! expands to.

pub use crate::entry::concat as concat_entries;
pub use crate::entry::from_columns as entries_from_columns;
pub use crate::entry::from_str_columns as entries_from_str_columns;
pub use crate::entry::translation;

#[cfg(feature = "alloc")]
pub use alloc::string::String;

use core::marker::PhantomData;

use crate::{Catalogue, Code, Entry, FromReceived, MessageMatch};

mod by_message;
mod find;

pub use by_message::{by_message_then_code, received, Best};
pub use find::{
    find_hashed, find_run, find_str_code, index_named, index_named_hashed, index_named_packed,
    same_str_code, str_hash,
};

/// A derived type's transparent member, asked for lookup. `Member::<T>::__platform_errors_from_code`
/// and the others are `T`'s own when `T` has lookup (these inherent items win), and
/// [`NoLookup`]'s, which find nothing, when it has not: members without lookup are skipped,
/// with no annotation from the user. Their names are the macros' own, so that rustc does
/// not offer `NoLookup` for a user's `from_code` on a type without lookup.
pub struct Member<T>(PhantomData<T>);

impl<T: Catalogue> Member<T> {
    /// `T`'s entries.
    pub const __PLATFORM_ERRORS_ENTRIES: &'static [Entry] = T::ENTRIES;

    /// `T`'s envelope.
    pub const __PLATFORM_ERRORS_ENVELOPE: crate::Envelope = T::ENVELOPE;

    /// Whether `T`'s envelope is its own.
    pub const __PLATFORM_ERRORS_OWN_ENVELOPE: bool = T::__PLATFORM_ERRORS_OWN_ENVELOPE;

    /// Whether `value` is an answer as received (`Catalogue::__platform_errors_is_received`).
    #[inline]
    pub fn __platform_errors_is_received(value: &T) -> bool {
        value.__platform_errors_is_received()
    }

    /// `T::from_code`, for a code of either kind: a derived type's codes need not be its
    /// member's kind (a code of the other kind finds nothing there).
    #[inline]
    pub fn __platform_errors_from_code<'c>(code: impl Into<Code<'c>>) -> Option<T> {
        T::from_code(<T::Code<'c> as crate::CodeKind<'c>>::from_code(
            code.into(),
        )?)
    }

    /// `T::match_message`, for a code of either kind.
    #[inline]
    pub fn __platform_errors_match_message<'c>(
        code: impl Into<Code<'c>>,
        message: &str,
    ) -> Option<MessageMatch<T>> {
        T::match_message(
            <T::Code<'c> as crate::CodeKind<'c>>::from_code(code.into())?,
            message,
        )
    }

    /// `T::__platform_errors_by_definition`, for a code of either kind.
    #[inline]
    pub fn __platform_errors_by_definition<'c>(
        code: impl Into<Code<'c>>,
        message: &str,
    ) -> Option<T> {
        T::__platform_errors_by_definition(
            <T::Code<'c> as crate::CodeKind<'c>>::from_code(code.into())?,
            message,
        )
    }
}

/// A received code as `T`'s kind, as `T`'s envelope reads it: a string holding a number is
/// that number unless the envelope's codes are strings (Alipay's `"20000"` stays text);
/// `None` for a code of the other kind, which only a catch-all that keeps any code takes.
#[inline]
pub fn code_of_kind<'c, T: Catalogue>(code: Code<'c>) -> Option<T::Code<'c>> {
    let code = crate::code::as_the_envelope_holds(code, &T::ENVELOPE);
    let typed = <T::Code<'c> as crate::CodeKind<'c>>::from_code(code)?;
    (matches!(typed.into(), Code::Str(_)) == matches!(code, Code::Str(_))).then_some(typed)
}

impl<T> Member<T> {
    /// The value the catch-all's construction is asked on: `(&&Member::<T>::NEW).__platform_errors_catch_all(..)`
    /// takes [`ReceivedAsSent`]'s method where `T` holds a code of either kind, else
    /// [`ReceivedAsItsKind`]'s where `T` has a catch-all, else [`NoCatchAll`]'s.
    pub const NEW: Self = Member(PhantomData);
}

impl<T> Clone for Member<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Member<T> {}

/// A derived type's catch-all member that holds a code of either kind as sent: an
/// [`ApiError`](crate::ApiError) (or a box of one), whose catalogue's kind may differ from
/// the type's (`ApiError<Uncatalogued<WechatPayV3>>`, whose lookup takes numbers, under a
/// type of string codes). Asked through `&Member<T>`, it is found before
/// [`ReceivedAsItsKind`], which method lookup reaches one reference later.
pub trait ReceivedAsSent {
    /// The catch-all's value.
    type Value;

    /// The value for `code` and `message`: resolved as `T::from_received` resolves them
    /// where the code is of the catalogue's kind, kept as received either way.
    fn __platform_errors_catch_all<'c>(
        &self,
        code: impl Into<Code<'c>>,
        message: &str,
    ) -> Self::Value;
}

#[cfg(feature = "alloc")]
impl<C: Catalogue + crate::PlatformError> ReceivedAsSent for &Member<crate::ApiError<C>> {
    type Value = crate::ApiError<C>;

    #[inline]
    fn __platform_errors_catch_all<'c>(
        &self,
        code: impl Into<Code<'c>>,
        message: &str,
    ) -> crate::ApiError<C> {
        crate::ApiError::of_either_kind(code.into(), message)
    }
}

#[cfg(feature = "alloc")]
impl<C: Catalogue + crate::PlatformError> ReceivedAsSent
    for &Member<alloc::boxed::Box<crate::ApiError<C>>>
{
    type Value = alloc::boxed::Box<crate::ApiError<C>>;

    #[inline]
    fn __platform_errors_catch_all<'c>(
        &self,
        code: impl Into<Code<'c>>,
        message: &str,
    ) -> Self::Value {
        alloc::boxed::Box::new(crate::ApiError::of_either_kind(code.into(), message))
    }
}

/// Any other catch-all member: `T::from_received`, for a code of `T`'s kind (a code of the
/// other kind is a compile error at the member's type).
pub trait ReceivedAsItsKind<T: FromReceived> {
    /// `T::from_received`.
    fn __platform_errors_catch_all(&self, code: T::Code<'_>, message: &str) -> T;
}

impl<T: FromReceived> ReceivedAsItsKind<T> for Member<T> {
    #[inline]
    fn __platform_errors_catch_all(&self, code: T::Code<'_>, message: &str) -> T {
        T::from_received(code, message)
    }
}

/// A member that is no catch-all (`#[platform(unknown)]` on an `HttpError<C>`): found only
/// so that the call has a method, and the mistake is one error, `FromReceived`'s, which
/// the same impl's `<T as FromReceived>::__platform_errors_with_received` reports. Never called: that
/// error stops the build.
pub trait NoCatchAll<T> {
    /// Never returns; never compiled into a program that runs.
    fn __platform_errors_catch_all<K>(self, code: K, message: &str) -> T;
}

impl<T> NoCatchAll<T> for Member<T> {
    fn __platform_errors_catch_all<K>(self, code: K, message: &str) -> T {
        let _ = (code, message);
        unreachable!("a member without a catch-all fails the build before this is called")
    }
}

/// What [`Member`] answers for a type without lookup: nothing.
pub trait NoLookup<T> {
    /// No entries.
    const __PLATFORM_ERRORS_ENTRIES: &'static [Entry] = &[];

    /// The default envelope.
    const __PLATFORM_ERRORS_ENVELOPE: crate::Envelope = crate::Envelope::ERRCODE_ERRMSG;

    /// No envelope of its own.
    const __PLATFORM_ERRORS_OWN_ENVELOPE: bool = false;

    /// No answer as received.
    #[inline]
    fn __platform_errors_is_received(value: &T) -> bool {
        let _ = value;
        false
    }

    /// Nothing.
    #[inline]
    fn __platform_errors_from_code<K>(code: K) -> Option<T> {
        let _ = code;
        None
    }

    /// Nothing.
    #[inline]
    fn __platform_errors_match_message<K>(code: K, message: &str) -> Option<MessageMatch<T>> {
        let _ = (code, message);
        None
    }

    /// Nothing.
    #[inline]
    fn __platform_errors_by_definition<K>(code: K, message: &str) -> Option<T> {
        let _ = (code, message);
        None
    }
}

impl<T> NoLookup<T> for Member<T> {}

/// A catch-all's code field as a [`Code`]: an integer, or the text of a string code.
pub trait AsCode {
    /// The field as a code.
    fn as_code(&self) -> Code<'_>;
}

impl AsCode for i64 {
    #[inline]
    fn as_code(&self) -> Code<'_> {
        Code::Int(*self)
    }
}

impl AsCode for str {
    #[inline]
    fn as_code(&self) -> Code<'_> {
        Code::Str(self)
    }
}

impl<T: AsCode + ?Sized> AsCode for &T {
    #[inline]
    fn as_code(&self) -> Code<'_> {
        (**self).as_code()
    }
}

#[cfg(feature = "alloc")]
impl AsCode for String {
    #[inline]
    fn as_code(&self) -> Code<'_> {
        Code::Str(self)
    }
}

#[cfg(feature = "alloc")]
impl AsCode for alloc::boxed::Box<str> {
    #[inline]
    fn as_code(&self) -> Code<'_> {
        Code::Str(self)
    }
}

#[cfg(feature = "alloc")]
impl AsCode for alloc::borrow::Cow<'_, str> {
    #[inline]
    fn as_code(&self) -> Code<'_> {
        Code::Str(self)
    }
}

/// A string catalogue's code: its entry's, which is always a string (`""` otherwise).
#[inline]
#[must_use]
pub const fn str_code(entry: &Entry) -> &'static str {
    match entry.code() {
        Code::Str(code) => code,
        Code::Int(_) => "",
    }
}

/// A numeric catalogue's code: its entry's, which is always an integer (0 otherwise).
#[inline]
#[must_use]
pub const fn int_code(entry: &Entry) -> i64 {
    match entry.code() {
        Code::Int(code) => code,
        Code::Str(_) => 0,
    }
}

/// A catch-all's code field, for the trait's `code()`.
#[inline]
#[must_use]
pub fn code_of<T: AsCode + ?Sized>(field: &T) -> Option<Code<'_>> {
    Some(field.as_code())
}

/// A source field as `&dyn Error`: any sized error, and the boxed trait objects
/// (`Box<dyn Error + Send + Sync>` reaches `dyn Error + Send + Sync` by auto-deref), which
/// are not `Error` themselves.
pub trait AsDynError<'a> {
    /// `self` as a trait object.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a);
}

impl<'a, T: core::error::Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

macro_rules! as_dyn_error {
    ($($bounds:tt)*) => {
        impl<'a> AsDynError<'a> for dyn core::error::Error $($bounds)* + 'a {
            #[inline]
            fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
                self
            }
        }
    };
}

as_dyn_error!();
as_dyn_error!(+ Send);
as_dyn_error!(+ Sync);
as_dyn_error!(+ Send + Sync);

/// Which of the declared languages `lang` asks for, per [`crate::lang::select`]: the number
/// paired with the tag, or 0 for none.
#[must_use]
pub fn choose(declared: &[(&str, usize)], lang: &str) -> usize {
    crate::lang::select(declared, lang).map_or(0, |&(_, index)| index)
}

/// The total length of entry lists.
#[must_use]
pub const fn count_entries(parts: &[&[Entry]]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].len();
        i += 1;
    }
    total
}

/// What an answer carried beside its code and message (its request id, the bytes of a
/// message that was not UTF-8, its sub code, detail and kept fields), handed by a derived
/// type's `Deserialize` to [`FromReceived::__platform_errors_with_received`], so that a catch-all over an
/// `ApiError` keeps them as `ApiError`'s own `Deserialize` does. Empty without `serde`.
pub struct ReceivedParts {
    #[cfg(feature = "serde")]
    pub(crate) request_id: Option<String>,
    #[cfg(feature = "serde")]
    pub(crate) raw_message: Option<alloc::boxed::Box<[u8]>>,
    #[cfg(feature = "serde")]
    pub(crate) more: Option<alloc::boxed::Box<crate::api_error::Received>>,
}

/// What a value holds of an answer beside its code, message and request id (an `ApiError`'s
/// sub code, detail, nesting and kept fields), for a derived type's `Serialize` to write back
/// as its catch-all's `ApiError` would. Empty without `serde`.
#[derive(Default, Clone, Copy)]
pub struct KeptRef<'a> {
    #[cfg(feature = "serde")]
    pub(crate) more: Option<&'a crate::api_error::Received>,
    /// Whether the message carries the request id as the envelope that reads the written
    /// answer back finds it (`WeCom`'s `hint: [...]`, `WeChat`'s `rid: ...`): the held
    /// `ApiError`'s own for a type's catch-all, the writer's for any other variant. Then the
    /// message gives it again, and no field is written for it.
    #[cfg(feature = "serde")]
    pub(crate) id_in_message: bool,
    pub(crate) lifetime: PhantomData<&'a ()>,
}

#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "serde")]
pub use crate::wire::{serialize_error, serialize_error_in};

/// `Serialize` of a type with lookup: under its envelope's names, with what an `ApiError`
/// it holds kept of the answer.
///
/// # Errors
/// What the serializer reports.
#[cfg(feature = "serde")]
pub fn serialize_catalogue<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: crate::PlatformError + Catalogue,
    S: serde::Serializer,
{
    crate::wire::serialize_catalogue(error, serializer)
}

/// The HTTP status of a catch-all's code under AIP-193's envelope: the one
/// `google.rpc.Code` gives its status name (`NOT_FOUND`: 404).
#[must_use]
pub fn rpc_status(code: Option<Code<'_>>) -> Option<u16> {
    match code {
        Some(Code::Str(name)) => crate::platform_error::rpc_status_http(name),
        // AIP-193's numeric `code` is the HTTP status: an error's is 4xx or 5xx.
        Some(Code::Int(number)) => u16::try_from(number)
            .ok()
            .filter(|status| (400..=599).contains(status)),
        None => None,
    }
}

pub use crate::platform_error::{code_leaves_outcome_unknown, rpc_outcome_unknown};

/// The advice of a catch-all's code under AIP-193's envelope: its status's
/// ([`Advice::from_http_status`](crate::Advice::from_http_status)).
#[must_use]
pub fn rpc_advice(code: Option<Code<'_>>) -> crate::Advice {
    rpc_status(code).map_or(crate::Advice::None, crate::Advice::from_http_status)
}

/// `Deserialize` of a type with lookup: an undeclared code is an error naming the type.
///
/// # Errors
/// A malformed body, or a code `T` does not declare.
#[cfg(feature = "serde")]
pub fn deserialize_lookup<'de, T: Catalogue, D: serde::Deserializer<'de>>(
    deserializer: D,
    type_name: &'static str,
) -> Result<T, D::Error> {
    crate::wire::deserialize_lookup(deserializer, type_name)
}

/// `Deserialize` of a type with `FromReceived`: every code maps.
///
/// # Errors
/// A malformed body.
#[cfg(feature = "serde")]
pub fn deserialize_response<'de, T: FromReceived, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    crate::wire::deserialize_response(deserializer)
}

/// Serde impls for a type that asked for them with `#[platform(serde)]`: `serialize` (any
/// type), `lookup` (catalogues) or `response` (types with `FromReceived`).
/// Without the `serde` feature of this crate it is a compile error that says how to turn it
/// on. The impls allow `deprecated`, as every generated impl does: naming a `#[deprecated]`
/// type in its own impls is no use of it.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident, serialize) => {
        $crate::__impl_serde!(@serialize $ty, serialize_error);
    };
    // A type without lookup that names its envelope: written under the envelope's names.
    ($ty:ident, serialize_in, $envelope:expr) => {
        $crate::__impl_serde!(@serialize $ty, serialize_error_in, $envelope);
    };
    ($ty:ident, lookup) => {
        $crate::__impl_serde!($ty, lookup, ::core::stringify!($ty));
    };
    // `$name`: the type's name as its errors say it (a raw identifier's without `r#`).
    ($ty:ident, lookup, $name:expr) => {
        $crate::__impl_serde!(@serialize $ty, serialize_catalogue);
        $crate::__impl_serde!(@deserialize $ty, deserialize_lookup, $name);
    };
    ($ty:ident, response) => {
        $crate::__impl_serde!(@serialize $ty, serialize_catalogue);
        $crate::__impl_serde!(@deserialize $ty, deserialize_response);
    };
    // `Serialize` through `__private::$write`, given the envelope where `$envelope` is.
    (@serialize $ty:ident, $write:ident $(, $envelope:expr)?) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                __serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::$write(self, $(&$envelope,)? __serializer)
            }
        }
    };
    // `Deserialize` through `__private::$read`, given the type's name where `$name` is.
    (@deserialize $ty:ident, $read:ident $(, $name:expr)?) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                __deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::$read(__deserializer $(, $name)?)
            }
        }
    };
}

/// Without the `serde` feature: a compile error where the type asks for serde.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($anything:tt)*) => {
        ::core::compile_error!(
            "`#[platform(serde)]` needs the `serde` feature of `platform-errors`: write `platform-errors = { version = \"...\", features = [\"serde\"] }` in Cargo.toml"
        );
    };
}
