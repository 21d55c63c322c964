//! The macros of [platform-errors](https://docs.rs/platform-errors): `#[derive(PlatformError)]`
//! and `define_codes!`. Use them through the `platform-errors` crate, which re-exports them
//! with the runtime they target.
//!
//! Both run one pipeline (see `ARCHITECTURE.md` at the repository's root): parse (`ast` for
//! the derive, `dsl` for `define_codes!`, attributes through the key table in `keys` by
//! `attr`), resolve into the typed model with per-variant checks (`resolve`, into `model`;
//! an entry's data is `entry_data`), check the whole type (`check`), and generate (`expand`,
//! one file per generated item).

mod advice;
mod ast;
mod attr;
mod check;
mod dsl;
mod entry_data;
mod errors;
mod expand;
mod keys;
mod literal;
mod model;
mod resolve;
mod template;

use proc_macro::TokenStream;

/// Derives `PlatformError`, `Display` and `std::error::Error` (and `From`, and code lookup
/// where it applies) for an error enum or struct whose variants declare platform codes.
///
/// ```
/// use platform_errors::{Advice, PlatformError};
///
/// #[derive(Debug, PlatformError)]
/// #[platform(category = "org", shared(40100))]
/// pub enum OrgError {
///     #[code(46306)]
///     #[message("org is not exists", zh = "组织不存在")]
///     NotExists,
///     #[code(40299)]
///     #[message("org name {name:?} exists in this parent node")]
///     NameTaken { name: String },
///     #[code(45001)]
///     #[message("org grade is over {0}")]
///     #[advice(fix_request)]
///     TooDeep(u8),
///     #[code(40100)]
///     #[message("{field} is required")]
///     Missing { field: &'static str },
///     #[code(40100)]
///     #[message("invalid param")]
///     BadNumber { #[source] cause: std::num::ParseIntError },
/// }
///
/// let err = OrgError::NameTaken { name: "R&D".into() };
/// assert_eq!(err.to_string(), r#"org name "R&D" exists in this parent node"#);
/// assert_eq!(err.code(), Some(40299.into()));
/// assert_eq!(err.category(), Some("org"));
/// assert_eq!(OrgError::TooDeep(16).advice(), Advice::FixRequest);
/// assert_eq!(OrgError::NotExists.message_in("zh"), Some("组织不存在"));
/// ```
///
/// Its variants with a code carry fields, so it is built, not looked up from a received
/// code: a type whose variants with a code are all unit variants gets lookup, and a
/// `#[platform(unknown)]` catch-all for the codes it does not declare (see
/// [Lookup](#lookup)).
///
/// # Attributes
///
/// Every attribute, and where it may stand (this table is the one the macros read, so it is
/// always complete):
///
#[doc = include_str!("attributes.md")]
///
/// Messages: the first string of `#[message]` is the default, what `Display` shows; named
/// strings are translations for `message_in`. Placeholders name fields as in `format!`:
/// `{field}`, `{0}`, `{name:?}`, `{n:>4}`, `{x:.prec$}`; `{{` and `}}` are literal braces. A
/// message without placeholders is shown by one `write_str`. Extra arguments after the
/// message (`.items.len()`, `max = .limit`) are each shown by a placeholder. On a struct,
/// the variant attributes sit beside the type attributes.
///
/// # Local errors
///
/// A `#[platform(local)]` variant is an error raised on the caller's side: a transport,
/// decoding or I/O failure, a closed client. It has a `#[message]` and may have `#[advice]`,
/// `#[from]` and `#[source]`, but no code: [`code()`](https://docs.rs/platform-errors/latest/platform_errors/trait.PlatformError.html#tymethod.code)
/// is `None`, lookup never returns it, and its type cannot ask for `#[platform(serde)]`
/// (the platform's envelope has no room for an error without a code). A type with local
/// variants still has lookup when its other variants allow it.
///
/// ```
/// use platform_errors::{Advice, PlatformError};
///
/// #[derive(Debug, PlatformError)]
/// enum ClientError {
///     #[code(40402)]
///     #[message("invalid token")]
///     InvalidToken,
///     #[platform(local)]
///     #[message("timed out after {0} ms")]
///     #[advice(retry)]
///     Timeout(u64),
/// }
///
/// assert_eq!(ClientError::Timeout(500).code(), None);
/// assert_eq!(ClientError::Timeout(500).advice(), Advice::Retry);
/// assert_eq!(ClientError::InvalidToken.code(), Some(40402.into()));
/// ```
///
/// # Coming from thiserror
///
/// | thiserror | here |
/// |---|---|
/// | `#[error("...")]` | `#[message("...")]`, plus `#[code(N)]`, or `#[platform(local)]` for an error without a code (the derive knows `#[error]`, and says what to write instead) |
/// | `#[error("{} items", .items.len())]` | `#[message("{} items", .items.len())]`: extra arguments after the message, `.field` for a field |
/// | `#[error(transparent)]` | `#[platform(transparent)]`: over any platform error (`ApiError<C>`, a catalogue, `Box<dyn PlatformError + Send + Sync>`); for another `Error` (`anyhow::Error`, `reqwest::Error`), a `local` variant with `#[from]` and a message of its own, not `"{0}"`: the field is its `source()`, so a chain (anyhow's `{:#}`) would print the field's text twice |
/// | `Api { code: i64, message: String }` with `#[error("...")]` | `#[platform(unknown)] Api { code: i64, message: String }`, the catch-all, without a message: it keeps what was received and shows the message received (or `#[platform(unknown)] Api(ApiError<C>)`, which shows the code under its envelope's name, `errcode 40001: message`, and types the codes `C` declares); a code one of the type's catalogues declares goes to that variant instead, so build values with `from_received(code, message)`, not the catch-all's literal (`Api { code: 40402, .. }` written by hand stays the catch-all, and a `match` arm on it never sees what lookup and serde build) |
/// | `#[error(fmt = path)]` | an argument after the message that shows it: `#[message("{}", describe(.0))]`, with `describe` returning a `Display` |
/// | num_enum's `TryFromPrimitive`, `IntoPrimitive`, `#[repr(i64)]` and `x as i64` | `define_codes!`'s `TryFrom<i64>` (its error `UnknownCode`, for num_enum's `TryFromPrimitiveError`) and `as_i64()` (for `IntoPrimitive`'s `i64::from(x)`): remove the derives and the `repr` (an error), since a variant's discriminant is its index, not its code, and replace every `x as i64`, which still compiles on a fieldless enum and gives that index; strum's `EnumString` is the generated `FromStr` (remove it; its error is `UnknownVariant`, for strum's `ParseError`), `EnumIter` is `ALL`, `IntoStaticStr` is `entry().name()` (strum's derives that add no conflicting impl still compile) |
/// | `#[from]` | `#[from]` |
/// | `#[source]`, or a field named `source` | the same, on a field whose type is an error (`Box<dyn Error + Send + Sync>` included); unlike thiserror, not an `Option<E>`: give the error-less case a variant of its own |
/// | a `Backtrace` field (nightly-only in thiserror) | the same, on stable: `From` captures it |
/// | (nothing) | `#[advice(...)]`, translations (`#[message("...", zh = "...")]`), `category`, lookup from a received code and message |
///
/// # Lookup
///
/// When the type has no generic parameters and every variant with a code is a unit variant
/// (none with fields, none written `A {}` or `A()`), the derive also implements `Catalogue`, and `FromReceived` where there is a catch-all: a
/// received code is looked up through the unit variants with codes, the transparent
/// variants over types with lookup (one without is skipped), and the catch-all; local
/// variants, which have no code, are skipped:
///
/// ```
/// use platform_errors::{Catalogue, FromReceived, PlatformError};
///
/// #[derive(Debug, PartialEq, PlatformError)]
/// #[platform(category = "param", shared(40100))]
/// enum ParamError {
///     #[code(40100)]
///     #[message("invalid param")]
///     Invalid,
///     #[code(40100)]
///     #[message("app_id is required")]
///     AppIdRequired,
/// }
///
/// #[derive(Debug, PartialEq, PlatformError)]
/// enum AnyError {
///     #[platform(transparent)]
///     Param(#[from] ParamError),
///     #[platform(unknown)]
///     Other(i64, String),
/// }
///
/// assert_eq!(ParamError::from_code(40100), Some(ParamError::Invalid));
/// assert_eq!(
///     ParamError::from_code_and_message(40100, "App_id is required."),
///     Some(ParamError::AppIdRequired),
/// );
/// assert_eq!(
///     AnyError::from_received(40100, "app_id is required"),
///     AnyError::Param(ParamError::AppIdRequired),
/// );
/// assert_eq!(AnyError::from_received(1, "new"), AnyError::Other(1, "new".into()));
/// ```
///
/// # Errors
///
/// Misuse is a compile error at the token at fault, saying how to fix it; every error in
/// the input is reported at once, one per mistake. A key written where it would change
/// nothing is an error too: a `reason` or `http_status` on a local variant (it has no
/// entry), a `lang` on a transparent variant (its field answers), an `#[advice]` or a
/// `category` on a type whose variants are all members, an empty `shared()` or `aliases()`,
/// `lang = "*"`, an extra message argument no placeholder shows.
///
/// ```compile_fail
/// use platform_errors::PlatformError;
///
/// #[derive(Debug, PlatformError)]
/// enum Error {
///     #[code(40402)] // no #[message]: a compile error on `InvalidToken`
///     InvalidToken,
/// }
/// ```
#[proc_macro_derive(
    PlatformError,
    attributes(code, message, advice, platform, from, source, error)
)]
pub fn derive_platform_error(input: TokenStream) -> TokenStream {
    derive(input.into()).into()
}

/// Declares catalogues of codes, one line per code.
///
/// A catalogue gets what `#[derive(PlatformError)]` gives a unit-only enum (the trait impls,
/// lookup, `Display`, `Error`, the entry list) through the same generator, and more: each
/// enum derives `Debug, Clone, Copy, PartialEq, Eq, Hash` (an umbrella with a catch-all is
/// not `Copy`: it holds the received message), is `#[non_exhaustive]` unless marked
/// `#[platform(exhaustive)]`, and, for integer codes, implements `TryFrom<i64>`; a
/// catalogue (codes only) also has `const ALL` (named `ALL_VARIANTS` when a variant is named
/// `ALL`), `const fn entry(&self)` (its [`Entry`](https://docs.rs/platform-errors/latest/platform_errors/struct.Entry.html)),
/// `const fn as_i64(&self)` (its code as a number; `const fn as_str(&self)` for string
/// codes), `const fn message(&self)` and `FromStr` by variant name (and, for string codes,
/// by code). Every type's `code()` is `PlatformError::code`, which returns `Option<Code>`
/// whatever the variants: adding a variant never changes it.
///
/// A catalogue's variants are numbered in declaration order, so it takes 1 byte up to 256
/// codes and 2 up to 65,536 (`Name = 40001` declares a code, not a discriminant: `as i64`
/// gives the number, `as_i64()` the code, and a `#[repr]` is an error); the variant's number
/// indexes its entry, which answers `code`,
/// `advice` and `message_in`, and a table of messages, which answers `message` and
/// `Display`. With no `#[cfg]` on a variant, `from_code` reads a perfect hash of the codes
/// where the macro finds one (a multiply, a shift, two reads and one comparison; a table of
/// at most 2^16 slots, 4 or more a code, so up to 16,384 codes), and a catalogue of string
/// codes from 8 to 32,766 spellings (codes and aliases together) hashes the code into a table
/// built at expansion (past that, a `match` on the string: correct, far slower); where no
/// perfect hash
/// is found (as at 65,536 codes), it
/// searches the runs of codes declared in a row (`40001`, `40002`, ...) or is a `match`, and
/// with a `#[cfg]` on a variant it is a `match`. `FromStr` finds a name the same way, in a table
/// of the names hashed at expansion, from 8 to 32,766 variants with no `#[cfg]` (a binary
/// search of the names otherwise). The guide's
/// [performance](https://docs.rs/platform-errors/latest/platform_errors/guide/performance/index.html)
/// chapter has the figures.
///
/// From 2,048 codes (and no `#[cfg]` on a variant), a catalogue whose enum only this macro
/// can shape (no `cfg_attr` on a variant; on the enum and its variants only doc comments,
/// lint levels, `deprecated`, `must_use` and `non_exhaustive`) is `#[repr(u16)]` (`#[repr(u32)]`
/// beyond 65,536 variants), and its `ALL` is a static table of the discriminants read as
/// the enum, rather than a list naming each variant, which rustc checks in time that grows
/// with the square of the variants. That is the one `unsafe` block these macros emit,
/// beside a compile-time check of the enum's size and alignment; it compiles in a crate
/// with `#![forbid(unsafe_code)]`, as the code of another crate's macro does. Any other
/// attribute on the enum (a `derive`, an attribute macro) keeps `ALL` a written
/// list: slower to compile, with no `unsafe`; so does `#[platform(no_unsafe)]` on the enum,
/// for a crate whose policy forbids `unsafe` in macro output too. A 65,536-code catalogue
/// checks in seconds and well under 1 GiB (the figures are in the guide's
/// [performance](https://docs.rs/platform-errors/latest/platform_errors/guide/performance/index.html)
/// chapter).
///
/// # Grammar
///
/// Made from the key table, as the derive's attribute table is:
///
#[doc = include_str!("grammar.md")]
///
/// # A catalogue
///
/// ```
/// use platform_errors::{Advice, Catalogue, PlatformError};
///
/// platform_errors::define_codes! {
///     /// Token errors (token错误码).
///     #[platform(category = "token", lang = "en")]
///     pub enum TokenError {
///         #[advice(reauthenticate)]
///         Unauthenticated = 40401 => "app_id or app_secret is unauthenticated",
///         /// Doc comments pass through to the variant.
///         #[advice(refresh_token)]
///         InvalidToken = 40402 => ("invalid token", zh = "无效的 token"),
///         #[advice(refresh_token)]
///         ExpiredToken = 42403 => "expired token",
///     }
/// }
///
/// const EXPIRED: i64 = TokenError::ExpiredToken.as_i64();
/// assert_eq!(EXPIRED, 42403);
/// assert_eq!(TokenError::try_from(40402), Ok(TokenError::InvalidToken));
/// assert_eq!("ExpiredToken".parse(), Ok(TokenError::ExpiredToken));
/// assert_eq!(TokenError::ALL.len(), 3);
/// const ENTRY: &platform_errors::Entry = TokenError::ExpiredToken.entry();
/// assert_eq!(ENTRY.name(), "ExpiredToken");
/// assert_eq!(TokenError::InvalidToken.message_in("zh"), Some("无效的 token"));
/// assert_eq!(TokenError::InvalidToken.message_in("en"), Some("invalid token"));
/// assert_eq!(TokenError::ExpiredToken.advice(), Advice::RefreshToken);
/// assert_eq!(TokenError::from_code(40401), Some(TokenError::Unauthenticated));
/// ```
///
/// # Shared codes
///
/// ```
/// use platform_errors::Catalogue;
///
/// platform_errors::define_codes! {
///     #[platform(category = "param", shared(40100))]
///     #[advice(fix_request)]
///     pub enum ParamError {
///         InvalidParam = 40100 => "invalid param",
///         AppIdRequired = 40100 => "app_id is required",
///     }
/// }
///
/// assert_eq!(ParamError::from_code(40100), Some(ParamError::InvalidParam));
/// assert_eq!(
///     ParamError::from_code_and_message(40100, "app_id is required"),
///     Some(ParamError::AppIdRequired),
/// );
/// ```
///
/// # An umbrella
///
/// Members are catalogues (or any type with lookup); the catch-all keeps unknown codes and
/// their messages. Lookup tries the members in order; with a message, the best match across
/// members wins. The umbrella derives `Debug`, `Clone`, `PartialEq`, `Eq` and `Hash`, so
/// each member implements them too (the shipped catalogues and any `define_codes!` enum
/// do; a derived type of one's own derives them beside `PlatformError`).
///
/// ```
/// use platform_errors::{Catalogue, FromReceived, PlatformError};
///
/// platform_errors::define_codes! {
///     #[platform(category = "token")]
///     pub enum TokenError {
///         InvalidToken = 40402 => "invalid token",
///     }
///
///     #[platform(category = "system", exhaustive)]
///     pub enum SystemError {
///         Busy = -1 => "system error",
///     }
///
///     /// Anything the API answers.
///     pub enum AnyError {
///         Token(TokenError),
///         System(SystemError),
///         #[platform(unknown)]
///         Unknown,
///     }
/// }
///
/// assert_eq!(AnyError::from_code(-1), Some(AnyError::System(SystemError::Busy)));
/// let unknown = AnyError::from_received(61000, "new failure");
/// assert_eq!(unknown.code(), Some(61000.into()));
/// assert_eq!(unknown.to_string(), "new failure");
/// assert_eq!(AnyError::ENTRIES.len(), 2);
/// ```
///
/// # Errors
///
/// Each mistake is a compile error at the token at fault; all of them are reported at once.
///
/// ```compile_fail
/// platform_errors::define_codes! {
///     pub enum TokenError {
///         InvalidToken = 40402 "invalid token", // expected `=>`
///     }
/// }
/// ```
///
/// A message is fixed text, and a translation names its language:
///
/// ```compile_fail
/// platform_errors::define_codes! {
///     pub enum TokenError {
///         InvalidToken = 40402 => ("invalid token", "无效的 token"), // which language?
///     }
/// }
/// ```
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    define(input.into()).into()
}

/// The derive on `proc_macro2` tokens: never panics, reports every error it finds.
fn derive(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let input = match syn::parse2::<syn::DeriveInput>(tokens) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error(),
    };
    let is_union = matches!(input.data, syn::Data::Union(_));
    let parsed = ast::from_derive(input, &mut errors);
    if is_union {
        // A union gets no impls at all: they would only add errors about its traits.
        return errors.into_compile_errors();
    }
    generate(parsed, errors)
}

/// `define_codes!` on `proc_macro2` tokens: never panics, reports every error it finds.
fn define(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let parsed = dsl::parse(tokens.clone(), &mut errors);
    let mut out = errors.into_compile_errors();
    // An umbrella whose catch-all is under a `#[cfg]` is also generated without it, from a
    // second parse (rare: only then), whose errors are the first's again.
    let gated = parsed
        .iter()
        .any(|item| item.input.variants.iter().any(dsl::is_gated_catch_all));
    let mut again = if gated {
        dsl::parse(tokens, &mut errors::Errors::default())
    } else {
        Vec::new()
    }
    .into_iter();
    for mut item in parsed {
        let without = again
            .next()
            .and_then(|second| dsl::split_gated_catch_all(&mut item, second));
        let had_errors = !item.errors.is_empty();
        out.extend(generate(item.input, item.errors));
        if let Some(without) = without {
            out.extend(generate_quietly(without.input, had_errors));
        }
    }
    out
}

/// [`generate`] for a second expansion of an enum whose errors the first reported: the
/// fallback alone if there were any (in either).
fn generate_quietly(parsed: ast::Input, had_errors: bool) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let model = resolve::resolve(parsed, &mut errors);
    if errors.is_empty() && !had_errors {
        expand::expand(&model)
    } else {
        expand::fallback(model)
    }
}

/// Resolves and checks the parsed input, and generates its code, or the errors beside a
/// fallback.
fn generate(parsed: ast::Input, mut errors: errors::Errors) -> proc_macro2::TokenStream {
    let model = resolve::resolve(parsed, &mut errors);
    if errors.is_empty() {
        expand::expand(&model)
    } else {
        let mut out = errors.into_compile_errors();
        out.extend(expand::fallback(model));
        out
    }
}

#[cfg(test)]
mod tests;

// The runtime's matcher, which `tests::messages` compares `check::matched_as` with, names
// `alloc` as the `no_std` runtime does.
#[cfg(test)]
extern crate alloc;

#[cfg(test)]
mod fuzz;
