//! `code()` has one type, whatever the variants: adding a local variant to a derived
//! catalogue changes what the type can do (it is no longer a catalogue), never the type of
//! `code()`.

use platform_errors::{Catalogue, Code, PlatformError};

/// A derived catalogue: every variant a unit variant with a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
pub enum Before {
    /// A code.
    #[code(40001)]
    #[message("invalid credential")]
    InvalidCredential,
    /// Another.
    #[code(-1)]
    #[message("system busy")]
    Busy,
}

/// The same catalogue, with one local variant added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
pub enum After {
    /// A code.
    #[code(40001)]
    #[message("invalid credential")]
    InvalidCredential,
    /// Another.
    #[code(-1)]
    #[message("system busy")]
    Busy,
    /// Raised on the caller's side: no code.
    #[platform(local)]
    #[message("closed")]
    Closed,
}

/// Downstream code written against `Before`, unchanged for `After`: it names the type of
/// `code()`, so a change of that type would fail to compile here.
fn described(code: Option<Code<'_>>) -> String {
    code.map_or_else(|| "no code".to_owned(), |code| format!("code {code}"))
}

#[test]
fn adding_a_local_variant_keeps_the_type_of_code() {
    let before: Option<Code<'_>> = Before::InvalidCredential.code();
    let after: Option<Code<'_>> = After::InvalidCredential.code();
    assert_eq!(before, after);
    assert_eq!(described(Before::Busy.code()), "code -1");
    assert_eq!(described(After::Busy.code()), "code -1");
    assert_eq!(described(After::Closed.code()), "no code");

    // The catalogue's own number is `as_i64`, usable in `const` context.
    const BUSY: i64 = Before::Busy.as_i64();
    assert_eq!(BUSY, -1);
    // Lookup still finds declared codes in both.
    assert_eq!(Before::from_code(40001), Some(Before::InvalidCredential));
    assert_eq!(After::from_code(40001), Some(After::InvalidCredential));
}

#[test]
fn every_kind_of_type_answers_code_alike() {
    use platform_errors::qingtui::{QingtuiError, TokenError};
    use platform_errors::{ApiError, FromReceived};
    let catalogue = TokenError::InvalidToken;
    let umbrella = QingtuiError::from_received(40402, "invalid token");
    let unknown = QingtuiError::from_received(61000, "new");
    let api = ApiError::<QingtuiError>::new(40402, "invalid token");
    let boxed: Box<dyn PlatformError> = Box::new(TokenError::InvalidToken);
    for code in [
        catalogue.code(),
        umbrella.code(),
        PlatformError::code(&api),
        boxed.code(),
    ] {
        assert_eq!(code, Some(Code::Int(40402)));
    }
    assert_eq!(unknown.code(), Some(Code::Int(61000)));
    // An `ApiError` always has a code: its inherent `code()` is the `Code` itself.
    assert_eq!(api.code(), 40402);
}
