#![deny(warnings, clippy::pedantic)]

use std::error::Error as _;
use std::fmt;

use platform_errors::{Advice, Catalogue, FromReceived, PlatformError};

/// A unit struct is one code.
#[derive(Debug, PartialEq, PlatformError)]
#[code(45009)]
#[message("api freq out of limit", zh = "接口调用超过限制")]
#[advice(throttle)]
#[platform(category = "general")]
pub struct RateLimited;

/// A struct with fields fills its message in.
#[derive(Debug, PlatformError)]
#[code(40100)]
#[message("{field} is required (got {got:>4})")]
pub struct Required {
    field: &'static str,
    got: i32,
}

/// A tuple struct with a `#[from]` source.
#[derive(Debug, PlatformError)]
#[code(47001)]
#[message("parse error: {0}")]
pub struct ParseFailed(#[from] std::num::ParseIntError);

/// A transparent struct.
#[derive(Debug, PlatformError)]
#[platform(transparent)]
pub struct Wrapped(RateLimited);

/// Generics and lifetimes: bounds are inferred from what the messages use.
#[derive(Debug, PlatformError)]
#[platform(category = "generic")]
pub enum Generic<'a, T, S> {
    #[code(1)]
    #[message("bad value {value:?} for {name}")]
    Bad { value: T, name: &'a str },
    #[code(2)]
    #[message("wrapped")]
    Wrapped(#[source] S),
    #[platform(transparent)]
    Inner(S),
}

#[derive(Debug)]
struct Cause;
impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the cause")
    }
}
impl std::error::Error for Cause {}
impl PlatformError for Cause {
    fn code(&self) -> Option<platform_errors::Code<'_>> {
        Some(platform_errors::Code::Int(9))
    }
    fn message(&self) -> &'static str {
        "the cause"
    }
    fn category(&self) -> Option<&'static str> {
        None
    }
    fn advice(&self) -> Advice {
        Advice::Retry
    }
    fn message_in(&self, _: &str) -> Option<&'static str> {
        None
    }
}

/// A tuple catch-all.
#[derive(Debug, PartialEq, PlatformError)]
pub enum Loose {
    #[code(-1)]
    #[message("系统繁忙.")]
    #[advice(retry)]
    Busy,
    #[platform(unknown)]
    Other(i64, Box<str>),
}

#[test]
fn structs() {
    assert_eq!(RateLimited.as_i64(), 45009);
    assert_eq!(RateLimited.to_string(), "api freq out of limit");
    assert_eq!(RateLimited.advice(), Advice::Throttle);
    assert_eq!(RateLimited.message_in("zh"), Some("接口调用超过限制"));
    assert_eq!(RateLimited::from_code(45009), Some(RateLimited));
    assert_eq!(RateLimited::from_code(45010), None);
    assert_eq!(RateLimited::ENTRIES[0].name(), "");

    let required = Required {
        field: "org_id",
        got: 7,
    };
    assert_eq!(required.to_string(), "org_id is required (got    7)");
    assert_eq!(required.message(), "{field} is required (got {got:>4})");

    let parse: ParseFailed = "x".parse::<i32>().unwrap_err().into();
    assert_eq!(
        parse.to_string(),
        "parse error: invalid digit found in string"
    );
    assert_eq!(
        parse.source().map(ToString::to_string).as_deref(),
        Some("invalid digit found in string")
    );

    let wrapped = Wrapped(RateLimited);
    assert_eq!(wrapped.code(), Some(45009.into()));
    assert_eq!(wrapped.to_string(), "api freq out of limit");
    assert_eq!(Wrapped::from_code(45009).map(|w| w.0), Some(RateLimited));
}

#[test]
fn generics() {
    let bad: Generic<'_, u8, Cause> = Generic::Bad {
        value: 3,
        name: "size",
    };
    assert_eq!(bad.to_string(), "bad value 3 for size");
    assert_eq!(bad.category(), Some("generic"));
    let wrapped: Generic<'_, u8, Cause> = Generic::Wrapped(Cause);
    assert_eq!(
        wrapped.source().map(ToString::to_string).as_deref(),
        Some("the cause")
    );
    let inner: Generic<'_, u8, Cause> = Generic::Inner(Cause);
    assert_eq!(inner.code(), Some(9.into()));
    assert_eq!(inner.advice(), Advice::Retry);
    assert_eq!(inner.to_string(), "the cause");
}

#[test]
fn tuple_catch_all() {
    assert_eq!(Loose::from_received(-1, "系统繁忙"), Loose::Busy);
    let other = Loose::from_received(5, "five");
    assert_eq!(other, Loose::Other(5, "five".into()));
    assert_eq!(other.code(), Some(5.into()));
    assert_eq!(other.to_string(), "five");
}
