//! String codes (WeChat Pay v3, DingTalk's newer API, Alipay's sub codes), declared with the
//! derive and the DSL: lookup by code and by each alias, by message where a code is shared,
//! the catch-all keeping the code as sent, `FromStr`, and everything a numeric code has;
//! generated code clean under pedantic lints and without the prelude.
#![deny(warnings, clippy::pedantic, clippy::nursery)]
#![allow(clippy::doc_markdown)] // platform names in prose, not code

use std::str::FromStr as _;

use platform_errors::{define_codes, Advice, Catalogue, Code, Entry, FromReceived, PlatformError};

define_codes! {
    /// The codes every WeChat Pay v3 API may answer, as its pages spell them.
    #[platform(category = "pay", lang = "zh")]
    #[platform(docs = "https://example.com/pay/errors/{code}")]
    pub enum PayError {
        #[advice(fix_request)]
        #[platform(http_status = 400)]
        ParamError = "PARAM_ERROR" => ("参数错误", en = "invalid parameter"),
        #[platform(http_status = 401)]
        #[advice(check_config)]
        SignError = "SIGN_ERROR" => ("签名错误", en = "signature mismatch"),
        #[platform(aliases("SYSTEMERROR"), http_status = 500)]
        #[advice(retry)]
        SystemError = "SYSTEM_ERROR" => ("系统错误", en = "system error"),
        #[platform(aliases("NOAUTH"))]
        NoAuth = "NO_AUTH" => "商户无权限",
        #[platform(aliases("RATELIMIT_EXCEEDED", "RATE_LIMITED"), http_status = 429)]
        #[advice(throttle)]
        FrequencyLimited = "FREQUENCY_LIMITED" => ("频率超限", en = "rate limited"),
        /// DingTalk's new API spells its codes in every case.
        QpsLimit = "Forbidden.AccessDenied.QpsLimitForApi" => "QPS limited",
        LowerCamel = "systemError" => "lower camel",
    }

    /// An umbrella of string codes with the catch-all: it keeps codes it lacks as sent.
    pub enum PayAnswer {
        Pay(PayError),
        #[platform(unknown)]
        Unknown,
    }
}

#[test]
fn a_dsl_catalogue_of_string_codes_looks_up_each_spelling() {
    assert_eq!(
        PayError::from_code("PARAM_ERROR"),
        Some(PayError::ParamError)
    );
    assert_eq!(
        PayError::from_code("SYSTEMERROR"),
        Some(PayError::SystemError)
    );
    assert_eq!(
        PayError::from_code("SYSTEM_ERROR"),
        Some(PayError::SystemError)
    );
    for spelling in ["FREQUENCY_LIMITED", "RATELIMIT_EXCEEDED", "RATE_LIMITED"] {
        assert_eq!(
            PayError::from_code(spelling),
            Some(PayError::FrequencyLimited)
        );
    }
    assert_eq!(
        PayError::from_code("Forbidden.AccessDenied.QpsLimitForApi"),
        Some(PayError::QpsLimit)
    );
    assert_eq!(
        PayError::from_code("systemError"),
        Some(PayError::LowerCamel)
    );
    // Codes are compared as sent: another case is another code.
    assert_eq!(PayError::from_code("param_error"), None);
    assert_eq!(PayError::from_code(""), None);
    assert_eq!(PayError::from_code("ERROR"), None);
}

#[test]
fn a_string_code_answers_what_a_numeric_one_does() {
    let err = PayError::SystemError;
    assert_eq!(err.as_str(), "SYSTEM_ERROR");
    assert_eq!(err.code(), Some(Code::Str("SYSTEM_ERROR")));
    assert_eq!(err.code(), Some("SYSTEM_ERROR".into()));
    assert_eq!(err.message(), "系统错误");
    assert_eq!(err.message_in("en"), Some("system error"));
    assert_eq!(err.message_in("zh"), Some("系统错误"));
    assert_eq!(err.advice(), Advice::Retry);
    assert_eq!(err.category(), Some("pay"));
    assert_eq!(err.to_string(), "系统错误");
    assert_eq!(err.display_in("en").to_string(), "system error");
    let entry: &Entry = err.entry();
    assert_eq!(entry.code(), Code::Str("SYSTEM_ERROR"));
    assert_eq!(entry.http_status(), Some(500));
    assert_eq!(entry.reason().to_string(), "SYSTEM_ERROR");
    assert_eq!(
        entry.docs_url().map(|url| url.to_string()).as_deref(),
        Some("https://example.com/pay/errors/SYSTEM_ERROR")
    );
    assert_eq!(PayError::FrequencyLimited.advice(), Advice::Throttle);
    assert_eq!(
        PlatformError::entry(&PayError::NoAuth).map(Entry::name),
        Some("NoAuth")
    );
    assert_eq!(PayError::ENTRIES.len(), 7);
    assert_eq!(PayError::ALL.len(), 7);
    assert!(PayError::ENTRIES
        .iter()
        .all(|e| e.code().as_str().is_some()));
}

#[test]
fn from_str_takes_codes_aliases_and_names() {
    assert_eq!(PayError::from_str("PARAM_ERROR"), Ok(PayError::ParamError));
    assert_eq!(PayError::from_str("NOAUTH"), Ok(PayError::NoAuth));
    assert_eq!("ParamError".parse::<PayError>(), Ok(PayError::ParamError));
    assert!("NOPE".parse::<PayError>().is_err());
}

#[test]
fn the_catch_all_keeps_a_string_code_as_sent() {
    let known = PayAnswer::from_received("NOAUTH", "商户无权限");
    assert_eq!(known, PayAnswer::Pay(PayError::NoAuth));
    assert_eq!(known.code(), Some(Code::Str("NO_AUTH")));

    let unknown = PayAnswer::from_received("ERROR", "an undocumented code");
    assert_eq!(
        unknown,
        PayAnswer::Unknown {
            code: "ERROR".to_owned(),
            message: "an undocumented code".to_owned(),
        }
    );
    assert_eq!(unknown.code(), Some(Code::Str("ERROR")));
    assert_eq!(unknown.message(), "an undocumented code");
    assert!(unknown.entry().is_none());
}

/// A catch-all of string codes whose fields carry the platforms' own names, the message's
/// first: the names say which is which, since both are text.
#[derive(Debug, PartialEq, PlatformError)]
enum WireNamed {
    #[code("A")]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { msg: String, errcode: String },
}

#[derive(Debug, PartialEq, PlatformError)]
enum MessageFirst {
    #[code("A")]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { message: String, errcode: Box<str> },
}

/// Two message names, where the types tell: the integer is the code.
#[derive(Debug, PartialEq, PlatformError)]
enum TypesTell {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { msg: i64, message: String },
}

#[test]
fn a_string_catch_all_fills_its_fields_by_their_names() {
    assert_eq!(
        TypesTell::from_received(7, "m"),
        TypesTell::Other {
            msg: 7,
            message: "m".to_owned(),
        }
    );

    let got = WireNamed::from_received("PARAM_ERROR", "invalid amount");
    assert_eq!(
        got,
        WireNamed::Other {
            msg: "invalid amount".to_owned(),
            errcode: "PARAM_ERROR".to_owned(),
        }
    );
    assert_eq!(got.code(), Some(Code::Str("PARAM_ERROR")));
    assert_eq!(got.to_string(), "invalid amount");

    let got = MessageFirst::from_received("PARAM_ERROR", "invalid amount");
    assert_eq!(
        got,
        MessageFirst::Other {
            message: "invalid amount".to_owned(),
            errcode: "PARAM_ERROR".into(),
        }
    );
    assert_eq!(got.code(), Some(Code::Str("PARAM_ERROR")));
}

/// A derived type of string codes, with a shared code that its messages tell apart, an
/// alias, a local variant, and a catch-all whose code is a `String`.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(shared("ORDER_ERROR"))]
enum DingtalkError {
    #[code("InvalidAuthentication")]
    #[message("不合法的access_token")]
    #[advice(refresh_token)]
    InvalidToken,
    #[code("ORDER_ERROR")]
    #[message("order not found")]
    OrderMissing,
    #[code("ORDER_ERROR")]
    #[message("order closed")]
    OrderClosed,
    #[code("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi")]
    #[platform(aliases("QpsLimitForAppkeyAndApi"))]
    #[message("qps limit")]
    #[advice(throttle)]
    QpsLimit,
    #[platform(local)]
    #[message("transport failed")]
    Transport,
    #[platform(unknown)]
    Other { code: String, message: String },
}

#[test]
fn a_derived_type_of_string_codes_looks_up_by_code_alias_and_message() {
    assert_eq!(
        DingtalkError::from_received("InvalidAuthentication", "不合法的access_token"),
        DingtalkError::InvalidToken
    );
    assert_eq!(
        DingtalkError::from_received("ORDER_ERROR", "order closed"),
        DingtalkError::OrderClosed
    );
    assert_eq!(
        DingtalkError::from_received("ORDER_ERROR", "something else"),
        DingtalkError::OrderMissing
    );
    assert_eq!(
        DingtalkError::from_received("QpsLimitForAppkeyAndApi", ""),
        DingtalkError::QpsLimit
    );
    assert_eq!(
        DingtalkError::from_received("paramIllegal", "bad"),
        DingtalkError::Other {
            code: "paramIllegal".to_owned(),
            message: "bad".to_owned()
        }
    );
    assert_eq!(
        DingtalkError::from_code("ORDER_ERROR"),
        Some(DingtalkError::OrderMissing)
    );
    assert_eq!(
        DingtalkError::QpsLimit.code(),
        Some(Code::Str("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"))
    );
    assert_eq!(DingtalkError::Transport.code(), None);
    assert_eq!(DingtalkError::InvalidToken.advice(), Advice::RefreshToken);
    assert_eq!(
        DingtalkError::OrderClosed.entry().map(Entry::message),
        Some("order closed")
    );
    let matched = DingtalkError::match_message("ORDER_ERROR", "order closed").map(|m| m.value);
    assert_eq!(matched, Some(DingtalkError::OrderClosed));
}

/// A derived catalogue (unit variants with codes only): `as_str` is inherent and `const`.
#[derive(Clone, Copy, PartialEq, Eq, PlatformError)]
#[platform(debug)]
enum AlipaySubCode {
    #[code("isv.code-invalid")]
    #[message("授权码code无效")]
    CodeInvalid,
    #[code("aop.invalid-auth-token")]
    #[platform(aliases("aop.auth-token-time-out"))]
    #[message("无效的访问令牌")]
    #[advice(refresh_token)]
    InvalidAuthToken,
}

#[test]
fn a_derived_catalogue_of_string_codes() {
    const CODE: &str = AlipaySubCode::CodeInvalid.as_str();
    assert_eq!(CODE, "isv.code-invalid");
    assert_eq!(
        AlipaySubCode::from_code("aop.auth-token-time-out"),
        Some(AlipaySubCode::InvalidAuthToken)
    );
    assert_eq!(
        AlipaySubCode::InvalidAuthToken.code(),
        Some(Code::Str("aop.invalid-auth-token"))
    );
    assert_eq!(format!("{:?}", AlipaySubCode::CodeInvalid), "CodeInvalid");
    assert_eq!(AlipaySubCode::CodeInvalid.to_string(), "授权码code无效");
    assert_eq!(
        AlipaySubCode::InvalidAuthToken.entry().map(Entry::code),
        Some(Code::Str("aop.invalid-auth-token"))
    );
}

/// Generic code over string catalogues names the kind.
fn lookup<C: for<'a> Catalogue<Code<'a> = &'a str>>(code: &str) -> Option<C> {
    C::from_code(code)
}

#[test]
fn generic_code_over_string_catalogues() {
    assert_eq!(lookup::<PayError>("SIGN_ERROR"), Some(PayError::SignError));
    assert_eq!(
        lookup::<AlipaySubCode>("isv.code-invalid"),
        Some(AlipaySubCode::CodeInvalid)
    );
}

/// Beside a user's own `Option`, `Result`, `Error` and `String`, and without the prelude: a
/// table-searched DSL catalogue (8 codes and more), an umbrella, a derived catalogue and a
/// derived struct.
#[no_implicit_prelude]
mod no_prelude {
    #[allow(dead_code)]
    pub struct Option;
    #[allow(dead_code)]
    pub struct Result;
    #[allow(dead_code)]
    pub struct Error;
    #[allow(dead_code)]
    pub struct String;

    ::platform_errors::define_codes! {
        pub enum Bare {
            A = "A" => "a",
            B = "B" => "b",
            C = "C" => "c",
            D = "D" => "d",
            E = "E" => "e",
            F = "F" => "f",
            #[platform(aliases("GEE"))]
            G = "G" => ("g", zh = "庚"),
            H = "H" => "h",
        }

        pub enum BareAll {
            Bare(Bare),
            #[platform(unknown)]
            Unknown,
        }
    }

    #[derive(Debug, ::platform_errors::PlatformError)]
    pub enum Derived {
        #[code("ONE")]
        #[message("one")]
        One,
        #[code("TWO")]
        #[platform(aliases("2"))]
        #[message("two")]
        Two,
    }

    #[derive(Debug, ::platform_errors::PlatformError)]
    #[code("LONE")]
    #[message("a struct with a string code")]
    pub struct Lone;
}

#[test]
fn without_the_prelude() {
    use no_prelude::{Bare, BareAll, Derived, Lone};
    assert_eq!(Bare::from_code("GEE"), Some(Bare::G));
    assert_eq!(Bare::from_code("H"), Some(Bare::H));
    assert_eq!(Bare::from_code("I"), None);
    assert_eq!(Bare::G.message_in("zh"), Some("庚"));
    assert!(
        matches!(BareAll::from_received("I", "x"), BareAll::Unknown { ref code, .. } if code == "I")
    );
    assert!(matches!(Derived::from_code("2"), Some(Derived::Two)));
    assert_eq!(Derived::One.as_str(), "ONE");
    assert_eq!(Lone.code(), Some(Code::Str("LONE")));
    assert_eq!(Lone.entry().map(Entry::code), Some(Code::Str("LONE")));
    assert_eq!(Lone.to_string(), "a struct with a string code");
}

/// A large catalogue searches its table: every code, every alias and no other string.
#[test]
fn a_table_searched_catalogue_finds_every_spelling() {
    for variant in PayError::ALL {
        assert_eq!(PayError::from_code(variant.as_str()), Some(*variant));
        assert_eq!(variant.as_str().parse(), Ok(*variant));
    }
    for text in [
        "",
        "PARAM",
        "PARAM_ERROR ",
        " PARAM_ERROR",
        "PARAM_ERRORS",
        "系统错误",
    ] {
        assert_eq!(PayError::from_code(text), None, "{text:?}");
    }
}

define_codes! {
    /// A shared string code in a catalogue large enough for the table: `from_code` gives
    /// the first variant with it, the message received picks among them.
    #[platform(shared("ORDER_ERROR"))]
    pub enum OrderError {
        Closed = "ORDER_ERROR" => "order closed",
        Paid = "ORDER_ERROR" => "order paid",
        Missing = "ORDER_ERROR" => "order missing",
        A = "A" => "a",
        B = "B" => "b",
        C = "C" => "c",
        D = "D" => "d",
        E = "E" => "e",
    }
}

#[test]
fn a_shared_string_code_is_told_apart_by_its_message() {
    assert_eq!(
        OrderError::from_code("ORDER_ERROR"),
        Some(OrderError::Closed)
    );
    assert_eq!(
        OrderError::from_code_and_message("ORDER_ERROR", "order paid"),
        Some(OrderError::Paid)
    );
    assert_eq!(
        OrderError::from_code_and_message("ORDER_ERROR", "Order Missing."),
        Some(OrderError::Missing)
    );
    assert_eq!(
        OrderError::from_code_and_message("ORDER_ERROR", "something else"),
        Some(OrderError::Closed)
    );
    assert_eq!(OrderError::Paid.code(), Some(Code::Str("ORDER_ERROR")));
    assert_eq!(OrderError::Paid.entry().message(), "order paid");
}

#[test]
fn from_str_of_string_codes_says_code_or_name() {
    platform_errors::define_codes! {
        enum PayCodes {
            Param = "PARAM_ERROR" => "bad parameter",
        }
    }
    assert_eq!("PARAM_ERROR".parse::<PayCodes>(), Ok(PayCodes::Param));
    assert_eq!("Param".parse::<PayCodes>(), Ok(PayCodes::Param));
    let err = "NOPE".parse::<PayCodes>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "no variant of `PayCodes` has that code or name"
    );
}
