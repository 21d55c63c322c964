//! Shapes users write, each of which once failed to compile or misbehaved: local variants,
//! thiserror's conventions, field names the generated code uses, raw identifiers, inline
//! bounds, extra format arguments, and catch-all fields in any order.
#![deny(warnings, clippy::pedantic, clippy::nursery)]
#![allow(clippy::missing_const_for_fn)]

use std::error::Error as _;
use std::fmt::Debug;

use platform_errors::qingtui::{QingtuiError, TokenError};
use platform_errors::{Advice, ApiError, Catalogue, FromReceived, PlatformError};

/// A whole SDK's error type: the platform's errors, and what fails on the caller's side.
#[derive(Debug, PlatformError)]
pub enum SdkError {
    /// What the platform answered.
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
    /// The transport failed.
    #[platform(local)]
    #[message("http: {0}")]
    #[advice(retry)]
    Http(#[from] std::io::Error),
    /// The client was closed.
    #[platform(local)]
    #[message("client is closed", zh = "客户端已关闭")]
    Closed,
}

#[test]
fn local_variants_have_no_code_and_are_never_looked_up() {
    let closed = SdkError::Closed;
    assert_eq!(closed.code(), None);
    assert_eq!(closed.to_string(), "client is closed");
    assert_eq!(closed.message_in("zh"), Some("客户端已关闭"));
    assert_eq!(closed.advice(), Advice::None);

    let http = SdkError::from(std::io::Error::other("reset"));
    assert_eq!(http.code(), None);
    assert_eq!(http.advice(), Advice::Retry);
    assert_eq!(http.to_string(), "http: reset");
    assert_eq!(
        http.source().map(ToString::to_string).as_deref(),
        Some("reset")
    );

    // Lookup goes through the `ApiError` member, and keeps what was sent.
    let sent = SdkError::from_received(-2, "whatever the server said");
    let SdkError::Api(api) = &sent else {
        panic!("{sent:?}")
    };
    assert_eq!(
        (api.code(), api.message()),
        ((-2).into(), "whatever the server said")
    );
    assert_eq!(sent.code(), Some((-2).into()));

    let expired = SdkError::from_received(42001, "access_token expired, rid: 5f3a");
    assert_eq!(expired.advice(), Advice::RefreshToken);
    assert_eq!(expired.code(), Some(42001.into()));
    assert_eq!(
        PlatformError::message(&expired),
        "access_token expired, rid: 5f3a"
    );
    assert!(SdkError::ENTRIES.len() > 100);
    assert!(matches!(SdkError::from_code(40402), Some(SdkError::Api(_))));
}

/// A hand-written platform error: no lookup, and a transparent variant over it compiles.
#[derive(Debug, PartialEq, Eq)]
pub struct Hand;
impl std::fmt::Display for Hand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("by hand")
    }
}
impl std::error::Error for Hand {}
impl PlatformError for Hand {
    fn code(&self) -> Option<platform_errors::Code<'_>> {
        Some(platform_errors::Code::Int(7))
    }
    fn message(&self) -> &'static str {
        "by hand"
    }
}

/// A derived type with field variants: no lookup of its own.
#[derive(Debug, PlatformError)]
pub enum Fields {
    /// With a field.
    #[code(9)]
    #[message("field {0}")]
    One(u8),
}

/// Transparent over any platform error.
#[derive(Debug, PlatformError)]
pub enum Wrapper {
    /// A catalogue: has lookup.
    #[platform(transparent)]
    Token(TokenError),
    /// Hand-written: skipped by lookup.
    #[platform(transparent)]
    Hand(Hand),
    /// Boxed.
    #[platform(transparent)]
    Boxed(Box<Fields>),
    /// A boxed trait object.
    #[platform(transparent)]
    Dyn(Box<dyn PlatformError + Send + Sync>),
}

#[test]
fn transparent_over_any_platform_error() {
    assert_eq!(Wrapper::Hand(Hand).code(), Some(7.into()));
    assert_eq!(
        Wrapper::Boxed(Box::new(Fields::One(3))).to_string(),
        "field 3"
    );
    assert_eq!(
        Wrapper::Dyn(Box::new(TokenError::ExpiredToken)).advice(),
        Advice::RefreshToken
    );
    // Lookup through the members that have it; the others are skipped.
    assert!(matches!(
        Wrapper::from_code(40402),
        Some(Wrapper::Token(TokenError::InvalidToken))
    ));
    assert!(Wrapper::from_code(7).is_none());
    assert_eq!(Wrapper::ENTRIES.len(), TokenError::ENTRIES.len());
}

/// thiserror's conventions.
#[derive(Debug, PlatformError)]
pub enum Thiserrorish {
    /// A field named `source` is the source.
    #[platform(local)]
    #[message("wrapped")]
    Named { source: std::num::ParseIntError },
    /// A boxed trait object as the source.
    #[platform(local)]
    #[message("boxed: {0}")]
    Boxed(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Extra format arguments.
    #[code(45001)]
    #[message("{} items over {max}", .items.len(), max = .limit)]
    TooMany { items: Vec<u8>, limit: usize },
    /// `.field` after a keyword that an expression follows, as at the start.
    #[code(45002)]
    #[message(
        "{} {} {}",
        if *.ready { "ready" } else { "waiting" },
        match .count { 0 => "none", _ => "some" },
        { let mut total = 0; for n in .sizes { total += n; } total }
    )]
    Nested {
        ready: bool,
        count: u8,
        sizes: Vec<u8>,
    },
    /// A backtrace, captured by `From`.
    #[platform(local)]
    #[message("utf-8: {source}")]
    Utf8 {
        #[from]
        source: std::str::Utf8Error,
        backtrace: std::backtrace::Backtrace,
    },
}

#[test]
fn thiserror_parity() {
    let parse = "x".parse::<u8>().unwrap_err();
    let named = Thiserrorish::Named { source: parse };
    assert!(named.source().is_some());
    let boxed = Thiserrorish::Boxed("inner".into());
    assert_eq!(
        boxed.source().map(ToString::to_string).as_deref(),
        Some("inner")
    );
    let many = Thiserrorish::TooMany {
        items: vec![1, 2, 3],
        limit: 2,
    };
    assert_eq!(many.to_string(), "3 items over 2");
    let nested = Thiserrorish::Nested {
        ready: true,
        count: 0,
        sizes: vec![1, 2],
    };
    assert_eq!(nested.to_string(), "ready none 3");
    #[allow(invalid_from_utf8)]
    let utf8 = std::str::from_utf8(&[0xff]).unwrap_err();
    let err = Thiserrorish::from(utf8);
    assert!(matches!(err, Thiserrorish::Utf8 { .. }));
    assert!(err.source().is_some());
}

/// Fields named like the generated code's own parameters.
#[derive(Debug, PlatformError)]
pub enum Names {
    /// `lang`, `f`, `formatter`.
    #[code(1)]
    #[message("{lang} {f} {formatter}", zh = "{lang} {f} {formatter}")]
    A { lang: String, f: u8, formatter: u8 },
    /// `code` and `message` as ordinary fields of a declared variant.
    #[code(2)]
    #[message("{code}: {message}")]
    B { code: u32, message: String },
    /// A raw identifier.
    #[code(3)]
    #[message("type {r#type}")]
    C { r#type: String },
    /// A transparent variant whose field is named `lang`.
    #[platform(transparent)]
    D { lang: TokenError },
}

#[test]
fn field_names_the_generated_code_uses() {
    let a = Names::A {
        lang: "en".into(),
        f: 1,
        formatter: 2,
    };
    assert_eq!(a.to_string(), "en 1 2");
    assert_eq!(a.message_in("zh"), Some("{lang} {f} {formatter}"));
    let b = Names::B {
        code: 5,
        message: "m".into(),
    };
    assert_eq!(
        (b.to_string(), b.code()),
        ("5: m".to_owned(), Some(2.into()))
    );
    assert_eq!(Names::C { r#type: "x".into() }.to_string(), "type x");
    let d = Names::D {
        lang: TokenError::InvalidToken,
    };
    assert_eq!(d.message_in("en"), Some("invalid token"));
}

/// Generic fields: widths from other fields, pointers, inline bounds.
#[derive(Debug, PlatformError)]
pub enum Generic<T: Debug, P> {
    /// Width from a field named `x`.
    #[code(1)]
    #[message("{v:>x$}|")]
    Width { v: T, x: usize },
    /// A pointer.
    #[code(2)]
    #[message("{p:p}")]
    Pointer { p: P },
    /// Debug of an inline-bounded parameter.
    #[code(3)]
    #[message("{0:?}")]
    Debugged(T),
}

#[test]
fn generic_format_specs() {
    let width: Generic<&str, &u8> = Generic::Width { v: "ab", x: 4 };
    assert_eq!(width.to_string(), "  ab|");
    let value = 5u8;
    let pointer: Generic<u8, &u8> = Generic::Pointer { p: &value };
    assert!(pointer.to_string().starts_with("0x"));
}

/// Fill characters that are also a precision's marks: `*` and `.` before an alignment.
#[derive(Debug, PlatformError)]
pub enum Filled {
    /// `*` as the fill.
    #[code(1)]
    #[message("[{name:*<8}] [{:*>4}]", .count)]
    Star { name: String, count: u8 },
    /// `.` as the fill, and a precision from a field.
    #[code(2)]
    #[message("[{name:.^9}] [{ratio:.prec$}]")]
    Dot {
        name: String,
        ratio: f64,
        prec: usize,
    },
}

#[test]
fn fill_characters_as_in_format() {
    let star = Filled::Star {
        name: "ab".into(),
        count: 7,
    };
    assert_eq!(star.to_string(), format!("[{:*<8}] [{:*>4}]", "ab", 7));
    let dot = Filled::Dot {
        name: "ab".into(),
        ratio: 0.5,
        prec: 2,
    };
    assert_eq!(dot.to_string(), "[...ab....] [0.50]");
}

/// Catch-all fields in any order, by name or by type.
#[derive(Debug, PartialEq, Eq, PlatformError)]
pub enum AnyOrder {
    /// Declared.
    #[code(1)]
    #[message("one")]
    One,
    /// Message first.
    #[platform(unknown)]
    Other { message: String, code: i64 },
}

/// A tuple catch-all, message first.
#[derive(Debug, PartialEq, Eq, PlatformError)]
pub enum TupleOrder {
    /// Declared.
    #[code(1)]
    #[message("one")]
    One,
    /// Message first, found by type.
    #[platform(unknown)]
    Other(Box<str>, i64),
}

/// Named otherwise, found by type.
#[derive(Debug, PartialEq, Eq, PlatformError)]
pub enum ByType {
    /// The catch-all.
    #[platform(unknown)]
    Other { text: String, errcode: i64 },
}

#[test]
fn catch_all_fields_in_any_order() {
    let other = AnyOrder::from_received(9, "nine");
    assert_eq!(
        other,
        AnyOrder::Other {
            message: "nine".into(),
            code: 9
        }
    );
    assert_eq!(
        (other.code(), other.to_string()),
        (Some(9.into()), "nine".to_owned())
    );
    let tuple = TupleOrder::from_received(8, "eight");
    assert_eq!(tuple, TupleOrder::Other("eight".into(), 8));
    assert_eq!(tuple.code(), Some(8.into()));
    assert_eq!(PlatformError::message(&tuple), "eight");
    let by_type = ByType::from_received(7, "seven");
    assert_eq!(
        (by_type.code(), by_type.to_string()),
        (Some(7.into()), "seven".to_owned())
    );
}

/// A `?` through `Box<dyn Error>`, and back to the platform error with `find`.
#[test]
fn question_mark_through_box_dyn_error_and_find() {
    fn call() -> Result<(), SdkError> {
        Err(ApiError::<QingtuiError>::from_received(42001, "expired"))?
    }
    fn app() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        call()?;
        Ok(())
    }
    let err = app().unwrap_err();
    let sdk = platform_errors::find_in_chain::<SdkError>(&*err).expect("an SdkError in the chain");
    assert_eq!(sdk.advice(), Advice::RefreshToken);
    let SdkError::Api(api) = sdk else {
        panic!("{sdk:?}")
    };
    assert_eq!(api.code(), 42001);
}

/// Messages in the reader's language, with the fields filled in.
#[derive(Debug, PlatformError)]
#[platform(lang = "en")]
pub enum Localized {
    /// Templated translations.
    #[code(40299)]
    #[message(
        "org name {name:?} exists under {parent}",
        zh = "组织名 {name:?} 已存在于 {parent} 下"
    )]
    NameTaken { name: String, parent: u32 },
    /// A plain translation.
    #[code(46306)]
    #[message("org is not exists", zh = "组织不存在")]
    NotExists,
    /// No translation.
    #[code(1)]
    #[message("untranslated {0}")]
    Untranslated(u8),
}

#[test]
fn display_in_the_readers_language() {
    let taken = Localized::NameTaken {
        name: "R&D".into(),
        parent: 7,
    };
    assert_eq!(
        taken.display_in("zh-CN").to_string(),
        "组织名 \"R&D\" 已存在于 7 下"
    );
    assert_eq!(
        taken.display_in("en-US").to_string(),
        "org name \"R&D\" exists under 7"
    );
    assert_eq!(taken.display_in("fr").to_string(), taken.to_string());
    assert_eq!(
        Localized::NotExists.display_in("zh_CN").to_string(),
        "组织不存在"
    );
    assert_eq!(
        Localized::NotExists.message_in("zh-Hans-CN"),
        Some("组织不存在")
    );
    assert_eq!(
        Localized::Untranslated(3).display_in("zh").to_string(),
        "untranslated 3"
    );
    // Through a transparent variant and a trait object.
    let names = Names::D {
        lang: TokenError::InvalidToken,
    };
    assert_eq!(names.display_in("zh").to_string(), "无效的 token");
    let boxed: Box<dyn PlatformError> = Box::new(Localized::NotExists);
    assert_eq!(
        platform_errors::DisplayIn::new(&*boxed, "zh").to_string(),
        "组织不存在"
    );
}

/// `Debug` as the variant's name, without `#[derive(Debug)]`.
#[derive(Clone, Copy, PartialEq, Eq, PlatformError)]
#[platform(debug)]
pub enum Named {
    /// One.
    #[code(1)]
    #[message("one")]
    One,
    /// Two.
    #[code(2)]
    #[message("two")]
    Two,
}

#[test]
fn debug_by_name() {
    assert_eq!(format!("{:?}", Named::Two), "Two");
    assert_eq!(format!("{:?}", Some(Named::One)), "Some(One)");
    assert_eq!(Named::Two.as_i64(), 2);
}

/// A struct raised on the caller's side.
#[derive(Debug, PlatformError)]
#[platform(local)]
#[message("client is closed after {0} calls")]
#[advice(reauthenticate)]
pub struct ClosedClient(u32);

#[test]
fn a_local_struct() {
    let closed = ClosedClient(3);
    assert_eq!(closed.code(), None);
    assert_eq!(closed.to_string(), "client is closed after 3 calls");
    assert_eq!(closed.advice(), Advice::Reauthenticate);
}

/// A derived umbrella: its own variants (one shares a code with a member) and members that
/// share codes with each other, one without lookup.
#[derive(Debug, PartialEq, Eq, PlatformError)]
pub enum Mixed {
    /// Its own code.
    #[code(990_001)]
    #[message("own code")]
    Own,
    /// The code of `GeneralError::MediaFileTooLarge` and `OrgError::OrgTooDeep`, again.
    #[code(45001)]
    #[message("mixed's own 45001")]
    Shared,
    /// 45001 too.
    #[platform(transparent)]
    General(platform_errors::qingtui::GeneralError),
    /// Hand-written: skipped by lookup.
    #[platform(transparent)]
    Hand(Hand),
    /// 40100, with its 23 messages.
    #[platform(transparent)]
    Qingtui(platform_errors::qingtui::ParamError),
    /// 45001 too.
    #[platform(transparent)]
    Org(platform_errors::qingtui::OrgError),
}

/// `from_code_and_message` of `T` against the trait's definition, for each code and message.
fn agrees_with_the_definition<T>(codes: &[i64], messages: &[String])
where
    T: for<'a> Catalogue<Code<'a> = i64> + PartialEq + Debug,
{
    for &code in codes {
        for message in messages {
            let definition = match T::match_message(code, message) {
                Some(found) => Some(found.value),
                None => T::from_code(code),
            };
            assert_eq!(
                T::from_code_and_message(code, message),
                definition,
                "{code} {message:?}"
            );
        }
    }
}

/// Each declared code and a few others; each declared message (also padded) and a few others.
fn probes<T: for<'a> Catalogue<Code<'a> = i64>>(extra: &[&str]) -> (Vec<i64>, Vec<String>) {
    let mut codes: Vec<i64> = T::ENTRIES
        .iter()
        .filter_map(|e| e.code().as_i64())
        .collect();
    codes.extend([7, 0, -1, 99]);
    let mut messages: Vec<String> = vec![String::new(), "no such message".to_owned()];
    messages.extend(extra.iter().map(|m| (*m).to_owned()));
    for entry in T::ENTRIES {
        messages.push(entry.message().to_owned());
        messages.push(format!("  {} ", entry.message()));
    }
    (codes, messages)
}

#[test]
fn code_and_message_agree_with_the_definition() {
    use platform_errors::qingtui::{GeneralError, OrgError, ParamError};
    let (codes, messages) = probes::<Mixed>(&["mixed's own 45001", "by hand"]);
    agrees_with_the_definition::<Mixed>(&codes, &messages);
    // The code its own variant and two members share: the message decides, else the first.
    assert_eq!(Mixed::from_code_and_message(45001, ""), Some(Mixed::Shared));
    assert_eq!(
        Mixed::from_code_and_message(45001, OrgError::OrgTooDeep.message()),
        Some(Mixed::Org(OrgError::OrgTooDeep))
    );
    // A code one member alone declares: the member's own answer.
    assert_eq!(
        Mixed::from_code_and_message(40100, "app_id is required"),
        Some(Mixed::Qingtui(ParamError::AppIdRequired))
    );
    assert_eq!(
        Mixed::from_code_and_message(40014, "anything"),
        GeneralError::from_code(40014).map(Mixed::General)
    );
    assert_eq!(Mixed::from_code_and_message(990_001, "x"), Some(Mixed::Own));
    assert_eq!(Mixed::from_code_and_message(7, "by hand"), None);
}

/// An umbrella over an `ApiError`, which keeps the message received, and over a
/// hand-written catalogue that compares messages exactly.
#[derive(Debug, PartialEq, Eq, PlatformError)]
pub enum OverOthers {
    /// 45001 too.
    #[platform(transparent)]
    Api(ApiError<platform_errors::qingtui::GeneralError>),
    /// Hand-written.
    #[platform(transparent)]
    Exact(Exact),
    /// 45001 too.
    #[platform(transparent)]
    Org(platform_errors::qingtui::OrgError),
}

/// A hand-written catalogue: code 1 for both, its `match_message` exact (no trimming).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exact {
    /// "a".
    A,
    /// "b".
    B,
}
impl std::fmt::Display for Exact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}
impl std::error::Error for Exact {}
impl PlatformError for Exact {
    fn code(&self) -> Option<platform_errors::Code<'_>> {
        Some(platform_errors::Code::Int(1))
    }
    fn message(&self) -> &'static str {
        match self {
            Self::A => "a",
            Self::B => "b",
        }
    }
}
impl Catalogue for Exact {
    type Code<'a> = i64;
    const ENTRIES: &'static [platform_errors::Entry] = &[
        platform_errors::Entry::new(1, "A", "a"),
        platform_errors::Entry::new(1, "B", "b"),
    ];
    fn from_code(code: i64) -> Option<Self> {
        (code == 1).then_some(Self::A)
    }
    fn match_message(code: i64, message: &str) -> Option<platform_errors::MessageMatch<Self>> {
        let value = match (code, message) {
            (1, "a") => Self::A,
            (1, "b") => Self::B,
            _ => return None,
        };
        Some(platform_errors::MessageMatch { value, strength: 1 })
    }
}

#[test]
fn members_answer_by_the_definition() {
    use platform_errors::qingtui::GeneralError;
    let (codes, messages) = probes::<OverOthers>(&["a", " b ", "B"]);
    // The definition's variant, and for the `ApiError` member its kind, with the message
    // received, trimmed as members are given it (the definition's `from_code` would give the
    // declared one where no message matches).
    for &code in &codes {
        for message in &messages {
            let definition = match OverOthers::match_message(code, message) {
                Some(found) => Some(found.value),
                None => OverOthers::from_code(code),
            };
            match (OverOthers::from_code_and_message(code, message), definition) {
                (Some(OverOthers::Api(found)), Some(OverOthers::Api(defined))) => {
                    assert_eq!(found.kind(), defined.kind(), "{code} {message:?}");
                    assert_eq!(found.message(), message.trim(), "{code} {message:?}");
                }
                (found, defined) => assert_eq!(found, defined, "{code} {message:?}"),
            }
        }
    }
    // The `ApiError` member, alone with 40014: its kind, and the message received.
    let Some(OverOthers::Api(api)) = OverOthers::from_code_and_message(40014, "unrelated") else {
        panic!("40014 is the ApiError member's")
    };
    assert_eq!(api.kind(), GeneralError::from_code(40014).as_ref());
    assert_eq!(api.message(), "unrelated");
    // The hand-written member is given the message trimmed, as `match_message` gives it.
    assert_eq!(
        OverOthers::from_code_and_message(1, " b "),
        Some(OverOthers::Exact(Exact::B))
    );
}

/// Messages of a shared code that differ only in the length of a run of whitespace are two
/// messages to lookup (the longer run is found where it is sent), so both are accepted.
#[derive(Debug, PartialEq, Eq, PlatformError)]
#[platform(shared(40100))]
enum Spacing {
    #[code(40100)]
    #[message("invalid param")]
    One,
    #[code(40100)]
    #[message("invalid  param")]
    Two,
}

#[test]
fn shared_messages_that_lookup_tells_apart() {
    assert_eq!(
        Spacing::from_code_and_message(40100, "Invalid param."),
        Some(Spacing::One)
    );
    assert_eq!(
        Spacing::from_code_and_message(40100, "invalid  param"),
        Some(Spacing::Two)
    );
}

/// A category on a type of members with a catch-all: the catch-all's, and each member's
/// own.
#[derive(Debug, PlatformError)]
#[platform(category = "sdk")]
enum Categorised {
    #[platform(transparent)]
    Token(TokenError),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

platform_errors::define_codes! {
    #[platform(category = "token")]
    pub enum Member {
        A = 1 => "a",
    }

    #[platform(category = "api")]
    pub enum CategorisedUmbrella {
        Member(Member),
        #[platform(unknown)]
        Unknown,
    }
}

#[test]
fn a_category_describes_the_catch_all() {
    assert_eq!(Categorised::from_received(1, "x").category(), Some("sdk"));
    assert_eq!(
        Categorised::Token(TokenError::InvalidToken).category(),
        TokenError::InvalidToken.category()
    );
    assert_eq!(
        CategorisedUmbrella::from_received(2, "x").category(),
        Some("api")
    );
    assert_eq!(
        CategorisedUmbrella::from_received(1, "a").category(),
        Some("token")
    );
}

/// A deprecated type and a deprecated variant: the generated impls name them without a
/// warning (this file denies warnings), serde's included where the feature is on.
#[deprecated = "a test of the generated code"]
#[derive(Debug, PlatformError)]
#[cfg_attr(feature = "serde", platform(serde))]
pub enum Retired {
    #[code(1)]
    #[message("one")]
    One,
}

#[derive(Debug, PlatformError)]
#[cfg_attr(feature = "serde", platform(serde))]
pub enum WithRetired {
    #[deprecated = "a test of the generated code"]
    #[code(1)]
    #[message("one")]
    One,
    #[code(2)]
    #[message("two")]
    Two,
}

#[test]
#[allow(deprecated)]
fn deprecated_types_and_variants() {
    assert_eq!(
        Retired::from_code(1).map(|e| e.to_string()).as_deref(),
        Some("one")
    );
    assert!(matches!(WithRetired::from_code(1), Some(WithRetired::One)));
}

/// A source bounded inline by `Error + 'static`, and one bounded by `Error` alone: the
/// generated impls repeat no bound the type declares (clippy's `trait_duplication_in_bounds`).
#[derive(Debug, PlatformError)]
pub enum Src<E: std::error::Error + 'static> {
    #[platform(local)]
    #[message("wrapped: {0}")]
    Wrap(#[source] E),
}

#[derive(Debug, PlatformError)]
pub enum SrcWhere<E>
where
    E: std::error::Error,
{
    #[platform(local)]
    #[message("wrapped: {0}")]
    Wrap(#[source] E),
}

#[test]
fn declared_source_bounds_are_not_repeated() {
    let parse = "x".parse::<u8>().unwrap_err();
    let err = Src::Wrap(parse.clone());
    assert_eq!(err.to_string(), format!("wrapped: {parse}"));
    assert!(err.source().is_some());
    assert!(SrcWhere::Wrap(parse).source().is_some());
}

/// Types whose codes come only from transparent members of string codes (`WeChat` Pay's):
/// they compile (they failed with E0308), answer `code()` through the member, and, their
/// own codes being `i64` with no code or catch-all to say otherwise, find nothing by code;
/// with a string catch-all they speak string codes and find the members' codes.
#[cfg(all(feature = "wechat-pay", feature = "serde"))]
mod string_members {
    use platform_errors::wechat_pay::{GlobalError, WechatPayError};
    use platform_errors::{ApiError, Catalogue, Code, FromReceived, HttpError, PlatformError};

    /// A newtype over a catalogue of string codes.
    #[derive(Debug, PlatformError)]
    #[platform(transparent)]
    pub struct PayError(WechatPayError);

    /// An SDK's error over `WeChat` Pay, with a local variant.
    #[derive(Debug, PlatformError)]
    pub enum PaySdkError {
        /// The platform's error.
        #[platform(transparent)]
        Pay(#[from] WechatPayError),
        /// The transport.
        #[platform(local)]
        #[message("io: {0}")]
        Io(#[from] std::io::Error),
    }

    /// Over an `ApiError` and an `HttpError` of string codes.
    #[derive(Debug, PlatformError)]
    pub enum ClientError {
        /// Read from the body.
        #[platform(transparent)]
        Api(#[from] ApiError<WechatPayError>),
        /// From an HTTP answer.
        #[platform(transparent)]
        Http(#[from] HttpError<GlobalError>),
    }

    /// With a catch-all of string codes: the members' codes are found.
    #[derive(Debug, PlatformError)]
    pub enum WithCatchAll {
        /// `WeChat` Pay's.
        #[platform(transparent)]
        Pay(WechatPayError),
        /// Any other.
        #[platform(unknown)]
        Other {
            /// The code received.
            code: String,
            /// The message received.
            message: String,
        },
    }

    /// An SDK's type over `WeChat` Pay's `HttpError` and a local variant: its codes are `i64`
    /// (no transparent member decides: a type's name does not say it has lookup), and it
    /// answers through its members.
    #[derive(Debug, PlatformError)]
    pub enum PayClientError {
        /// From an HTTP answer.
        #[platform(transparent)]
        Http(#[from] HttpError<WechatPayError>),
        /// `WeChat` Pay's, read from a body.
        #[platform(transparent)]
        Pay(GlobalError),
        /// The transport.
        #[platform(local)]
        #[message("io: {0}")]
        Io(#[from] std::io::Error),
    }

    #[test]
    fn an_http_error_member_answers_through_itself() {
        let api = ApiError::<WechatPayError>::received("SYSTEM_ERROR", "系统错误");
        let err = PayClientError::from(HttpError::Api(api));
        assert_eq!(err.code(), Some(Code::Str("SYSTEM_ERROR")));
        assert!(PayClientError::from_code(1).is_none());
        assert!(PayClientError::Io(std::io::Error::other("x"))
            .code()
            .is_none());
        assert!(PayClientError::Pay(GlobalError::SystemError)
            .code()
            .is_some());
    }

    #[test]
    fn they_compile_and_answer_through_the_member() {
        let pay = WechatPayError::from_received("SYSTEM_ERROR", "系统错误");
        let err = PaySdkError::from(pay.clone());
        assert_eq!(err.code(), Some(Code::Str("SYSTEM_ERROR")));
        assert_eq!(PayError(pay).code(), Some(Code::Str("SYSTEM_ERROR")));
        assert_eq!(PayError::from_code(1).map(|e| e.to_string()), None);
        let api = ApiError::<WechatPayError>::received("SYSTEM_ERROR", "系统错误");
        assert_eq!(
            ClientError::from(api).code(),
            Some(Code::Str("SYSTEM_ERROR"))
        );

        let found = WithCatchAll::from_code("SYSTEM_ERROR").unwrap();
        assert!(matches!(found, WithCatchAll::Pay(_)));
        let other = WithCatchAll::from_received("NEW_CODE", "new");
        assert_eq!(other.code(), Some(Code::Str("NEW_CODE")));
    }
}

/// An `HttpError` member of numeric codes: its catalogue's lookup.
#[cfg(feature = "serde")]
mod http_error_member {
    use platform_errors::qingtui::QingtuiError;
    use platform_errors::{Catalogue, HttpError, PlatformError};

    /// An SDK's error type.
    #[derive(Debug, PlatformError)]
    pub enum SdkError {
        /// From an HTTP answer.
        #[platform(transparent)]
        Http(#[from] HttpError<QingtuiError>),
        /// The caller's mistake.
        #[platform(local)]
        #[message("bad input: {0}")]
        Input(String),
    }

    #[test]
    fn found_through_the_http_error() {
        let err = SdkError::from_code(42001).unwrap();
        assert_eq!(err.code(), Some(42001.into()));
        assert!(SdkError::from_code(1).is_none());
        assert_eq!(SdkError::ENTRIES.len(), QingtuiError::ENTRIES.len());
        assert_eq!(SdkError::Input("x".into()).code(), None);
    }

    #[test]
    fn whether_the_outcome_is_unknown_answers_through_the_member() {
        let gateway =
            platform_errors::wire::from_http::<(), QingtuiError>(502, (), b"<html>").unwrap_err();
        let err = SdkError::from(gateway);
        assert!(err.is_outcome_unknown());
        let boxed: Box<dyn PlatformError + Send + Sync> = Box::new(err);
        assert!(boxed.is_outcome_unknown());
        let answered = SdkError::from_code(42001).unwrap();
        assert!(!answered.is_outcome_unknown());
        assert!(!SdkError::Input("x".into()).is_outcome_unknown());
    }
}

/// A translation into a language whose tag is a keyword: `r#as` is Assamese, `as`.
#[derive(Debug, PlatformError)]
pub enum KeywordTag {
    /// Declared with a translation into Assamese.
    #[code(1)]
    #[message("a", r#as = "ক")]
    A,
}

#[test]
fn a_raw_identifier_tag_is_the_language() {
    assert_eq!(KeywordTag::A.message_in("as"), Some("ক"));
    assert_eq!(KeywordTag::A.message_in("r#as"), None);
}

/// A named argument named like a field is what its placeholder shows, as in `format!` and
/// thiserror, in the message and in its translations.
#[derive(Debug, PlatformError)]
pub enum ShadowingArgument {
    /// The name, upper-cased, and its length.
    #[code(1)]
    #[message("{name} ({len})", name = .name.to_uppercase(), len = .name.len())]
    Upper {
        /// A name.
        name: String,
    },
    /// The name, trimmed, in two languages.
    #[code(2)]
    #[message("{name}!", zh = "{name}！", name = .name.trim())]
    Trimmed {
        /// A name.
        name: String,
    },
}

#[test]
fn a_named_argument_shows_instead_of_its_field() {
    let upper = ShadowingArgument::Upper { name: "ab".into() };
    assert_eq!(upper.to_string(), "AB (2)");
    let trimmed = ShadowingArgument::Trimmed { name: " x ".into() };
    assert_eq!(trimmed.to_string(), "x!");
    assert_eq!(trimmed.display_in("zh").to_string(), "x！");
}

/// A member that keeps what was received (`ApiError`, `HttpError`) keeps the message
/// received when the derived type is built from a code and a message, as it does alone.
#[cfg(feature = "serde")]
mod members_keep_the_message {
    use platform_errors::qingtui::QingtuiError;
    use platform_errors::{ApiError, Catalogue, FromReceived, HttpError, PlatformError};

    /// Over an `ApiError`, with a local variant.
    #[derive(Debug, PlatformError)]
    pub enum OverApiError {
        /// The platform's.
        #[platform(transparent)]
        Api(#[from] ApiError<QingtuiError>),
        /// The transport's.
        #[platform(local)]
        #[message("io")]
        Io(#[from] std::io::Error),
    }

    /// Over an `HttpError`, with a catch-all.
    #[derive(Debug, PlatformError)]
    pub enum OverHttpError {
        /// The platform's.
        #[platform(transparent)]
        Http(#[from] HttpError<QingtuiError>),
        /// Any other code.
        #[platform(unknown)]
        Other {
            /// The code received.
            code: i64,
            /// The message received.
            message: String,
        },
    }

    #[test]
    fn the_message_received_is_kept() {
        let sent = "access_token expired, rid: 5f3a";
        let err = OverApiError::from_code_and_message(42001, sent).unwrap();
        assert_eq!((err.message(), err.code()), (sent, Some(42001.into())));
        assert!(matches!(&err, OverApiError::Api(api) if api.kind().is_some()));
        let err = OverHttpError::from_received(42001, sent);
        assert_eq!(err.message(), sent);
        assert!(matches!(err, OverHttpError::Http(_)));
        let other = OverHttpError::from_received(61000, "new");
        assert_eq!(other.message(), "new");
        // From a code alone, the declared message.
        let declared = OverApiError::from_code(42001).unwrap();
        assert_eq!(
            declared.message(),
            QingtuiError::from_code(42001).unwrap().message()
        );
        assert!(OverApiError::Io(std::io::Error::other("x"))
            .code()
            .is_none());
    }
}

/// Translations into region tags written as tokens, and a named argument whose value is a
/// string (`unit = "ms"`, shown by `{unit}`: an argument, not a translation into `unit`).
#[derive(Debug, PlatformError)]
pub enum Tags {
    /// Region tags.
    #[code(1)]
    #[message("a", zh-TW = "甲", es-419 = "a (419)", zh_HK = "甲 (HK)")]
    Regions,
    /// A string-valued argument.
    #[code(2)]
    #[message("took {ms}{unit}", unit = "ms", zh = "用时 {ms}{unit}")]
    Slow {
        /// Milliseconds.
        ms: u64,
    },
}

#[test]
fn region_tags_and_string_arguments() {
    assert_eq!(Tags::Regions.message_in("zh-TW"), Some("甲"));
    assert_eq!(Tags::Regions.message_in("es-419"), Some("a (419)"));
    assert_eq!(Tags::Regions.message_in("zh-HK"), Some("甲 (HK)"));
    let slow = Tags::Slow { ms: 5 };
    assert_eq!(slow.to_string(), "took 5ms");
    assert_eq!(slow.display_in("zh").to_string(), "用时 5ms");
}

/// A catalogue of unit variants only (codes, no fields) whose messages take format
/// arguments: `Display` fills them in, as it does where a variant has fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
pub enum Limits {
    /// A named argument, translated too.
    #[code(45001)]
    #[message("at most {n} items", n = 20, zh = "最多 {n} 项")]
    TooMany,
    /// Positional arguments.
    #[code(45002)]
    #[message("between {} and {}", 1, 100)]
    OutOfRange,
    #[code(45003)]
    #[message("plain text")]
    Plain,
}

/// The same on a unit struct.
#[derive(Debug, PlatformError)]
#[code(45004)]
#[message("wait {secs} s", secs = 60)]
pub struct Wait;

#[test]
fn format_arguments_of_unit_variants_are_filled_in() {
    assert_eq!(Limits::TooMany.to_string(), "at most 20 items");
    assert_eq!(Limits::TooMany.display_in("zh").to_string(), "最多 20 项");
    assert_eq!(Limits::OutOfRange.to_string(), "between 1 and 100");
    assert_eq!(Limits::Plain.to_string(), "plain text");
    assert_eq!(Wait.to_string(), "wait 60 s");
    // `message()` is the declared text, placeholders and all, as for variants with fields.
    assert_eq!(Limits::TooMany.message(), "at most {n} items");
    assert_eq!(Limits::from_code(45002), Some(Limits::OutOfRange));
}

/// Format arguments that name fields bare, as thiserror's do, beside `.field`.
#[derive(Debug, platform_errors::PlatformError)]
enum BareArguments {
    #[code(1)]
    #[message("bad {}", x)]
    Bad { x: u8 },
    #[code(2)]
    #[message("{} over {max}", n, max = limit)]
    Over { n: u32, limit: u32 },
    #[code(3)]
    #[message("{} bytes", x.len())]
    Long { x: String },
    #[code(4)]
    #[message("{}", core::cmp::max(*.a, **.b))]
    Max { a: u8, b: &'static u8 },
    /// Inside parentheses or a block, a bare name is what it is there (a `let` or a
    /// closure's parameter), never the field: `.x` names the field.
    #[code(5)]
    #[message("{} {:?}", { let x = 3_u8; x * 2 }, 0..x.len())]
    Shadowed { x: String },
}

#[test]
fn format_arguments_name_fields_bare() {
    assert_eq!(BareArguments::Bad { x: 3 }.to_string(), "bad 3");
    assert_eq!(
        BareArguments::Over { n: 5, limit: 4 }.to_string(),
        "5 over 4"
    );
    assert_eq!(
        BareArguments::Long { x: "ab".into() }.to_string(),
        "2 bytes"
    );
    assert_eq!(BareArguments::Max { a: 7, b: &9 }.to_string(), "9");
    assert_eq!(
        BareArguments::Shadowed { x: "abc".into() }.to_string(),
        "6 0..3"
    );
}

/// `shared` and `aliases` written over several attributes add up, as serde's repeated
/// `alias` does.
#[derive(Debug, PartialEq, Eq, PlatformError)]
#[platform(shared(1))]
#[platform(shared(2))]
enum SplitShared {
    #[code(1)]
    #[message("a")]
    A,
    #[code(1)]
    #[message("b")]
    B,
    #[code(2)]
    #[message("c")]
    C,
    #[code(2)]
    #[message("d")]
    D,
}

#[derive(Debug, PartialEq, Eq, PlatformError)]
enum SplitAliases {
    #[code("NO_AUTH")]
    #[message("no permission")]
    #[platform(aliases("NOAUTH"))]
    #[platform(aliases("NO-AUTH"))]
    NoAuth,
}

#[test]
fn lists_written_again_add_up() {
    assert_eq!(
        SplitShared::from_code_and_message(1, "b"),
        Some(SplitShared::B)
    );
    assert_eq!(
        SplitShared::from_code_and_message(2, "d"),
        Some(SplitShared::D)
    );
    assert_eq!(SplitShared::ENTRIES.len(), 4);
    for spelling in ["NO_AUTH", "NOAUTH", "NO-AUTH"] {
        assert_eq!(
            SplitAliases::from_code(spelling),
            Some(SplitAliases::NoAuth)
        );
    }
}

/// A field of a tuple field (`.0.1`, which Rust reads as one float token), and a named
/// argument a translation takes its width from, shown nowhere else in it.
#[derive(Debug, PlatformError)]
pub enum Nested {
    #[code(1)]
    #[message("second {}", .0.1)]
    Pair((u8, u8)),
    #[code(2)]
    #[message("width [{0:>w$}]", w = 4, zh = "宽 [{0:<w$}]")]
    Width(u8),
}

#[test]
fn tuple_fields_of_tuple_fields_and_widths_in_translations() {
    assert_eq!(Nested::Pair((1, 2)).to_string(), "second 2");
    assert_eq!(Nested::Width(7).to_string(), "width [   7]");
    assert_eq!(Nested::Width(7).display_in("zh").to_string(), "宽 [7   ]");
}

/// A named argument only a translation shows, as its text or as a width.
#[derive(Debug, PlatformError)]
pub enum OnlyTranslated {
    #[code(1)]
    #[message("[{0}]", w = 4, zh = "[{0:>w$}]")]
    Width(u8),
    #[code(2)]
    #[message("page {0}", n = .1, zh = "第 {0} 页，共 {n} 页")]
    Page(u32, u32),
}

#[test]
fn named_arguments_only_a_translation_shows() {
    assert_eq!(OnlyTranslated::Width(7).to_string(), "[7]");
    assert_eq!(
        OnlyTranslated::Width(7).display_in("zh").to_string(),
        "[   7]"
    );
    assert_eq!(OnlyTranslated::Page(2, 9).to_string(), "page 2");
    assert_eq!(
        OnlyTranslated::Page(2, 9).display_in("zh").to_string(),
        "第 2 页，共 9 页"
    );
}
