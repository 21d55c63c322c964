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

/// A derived type with field variants: `entry()` reads what its attributes declare.
#[derive(Debug, PlatformError)]
#[platform(docs = "https://example.com/errors/{code}", shared(60111))]
pub enum UserError {
    /// No such user.
    #[code(60111)]
    #[message("user {0} not found")]
    #[platform(http_status = 404, reason = "USER_NOT_FOUND")]
    NotFound(String),
    /// The same code, another message: its own entry.
    #[code(60111)]
    #[message("department {0} not found")]
    DepartmentNotFound(u64),
    /// Raised on the caller's side.
    #[platform(local)]
    #[message("closed")]
    Closed,
}

#[test]
fn every_derived_value_tells_its_entry() {
    let err = UserError::NotFound("zhangsan".into());
    let entry = err.entry().unwrap();
    assert_eq!(entry.http_status(), Some(404));
    assert_eq!(entry.reason().to_string(), "USER_NOT_FOUND");
    assert_eq!(
        entry.docs_url().unwrap().to_string(),
        "https://example.com/errors/60111"
    );
    // A shared code gives the variant's entry, not the first with the code.
    let entry = UserError::DepartmentNotFound(7).entry().unwrap();
    assert_eq!(entry.name(), "DepartmentNotFound");
    assert_eq!(entry.message(), "department {0} not found");
    assert_eq!(entry.http_status(), None);
    assert!(UserError::Closed.entry().is_none());
}

platform_errors::define_codes! {
    /// Codes shared by two variants, in a catalogue.
    #[platform(shared(40100))]
    pub enum Shared {
        First = 40100 => "first",
        Second = 40100 => "second",
    }
}

/// The same in a derived catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
#[platform(shared(40100))]
pub enum DerivedShared {
    /// The first.
    #[code(40100)]
    #[message("first")]
    First,
    /// The second.
    #[code(40100)]
    #[message("second")]
    Second,
}

#[test]
fn a_shared_code_gives_the_variants_entry() {
    assert_eq!(
        PlatformError::entry(&Shared::Second).unwrap().name(),
        "Second"
    );
    assert_eq!(DerivedShared::Second.entry().unwrap().name(), "Second");
    assert_eq!(DerivedShared::First.entry().unwrap().message(), "first");
}

/// A catalogue of the user's own called `ApiError`, held by a transparent variant: an
/// ordinary member, whatever its name.
mod named_api_error {
    use platform_errors::{Catalogue, PlatformError};

    /// The user's own.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
    pub enum ApiError {
        /// A code.
        #[code(7)]
        #[message("seven")]
        Seven,
    }

    /// Holds it.
    #[derive(Debug, PartialEq, PlatformError)]
    pub enum Outer {
        /// The member.
        #[platform(transparent)]
        Api(ApiError),
        /// Another code.
        #[code(8)]
        #[message("eight")]
        Eight,
    }

    #[test]
    fn a_member_named_api_error_is_an_ordinary_member() {
        assert_eq!(Outer::from_code(7), Some(Outer::Api(ApiError::Seven)));
        assert_eq!(Outer::from_code(9), None);
        assert_eq!(Outer::Api(ApiError::Seven).code(), Some(7.into()));
    }
}

/// With the traits in scope, a method called on a `&&T` in a closure is the type's own:
/// `entry()` of a catalogue, `code()` of an `ApiError` (no `PlatformError for &E` impl,
/// whose methods would be found first and answer `Option`).
#[cfg(feature = "serde")]
#[test]
fn closures_over_references_call_the_types_own_methods() {
    // `PlatformError` and `Catalogue` are in scope (imported above), as with the prelude.
    use platform_errors::qingtui::{QingtuiError, TokenError};
    use platform_errors::ApiError;

    let found = TokenError::ALL
        .iter()
        .find(|c| c.entry().name() == "ExpiredToken");
    assert_eq!(found, Some(&TokenError::ExpiredToken));
    let errors = [
        ApiError::<QingtuiError>::new(40001, "a"),
        ApiError::<QingtuiError>::new(42001, "b"),
    ];
    assert_eq!(errors.iter().filter(|e| e.code() == 40001).count(), 1);
}
