#![deny(warnings, clippy::pedantic)]

use platform_errors::{Advice, Catalogue, FromReceived, PlatformError, UnknownCode};

platform_errors::define_codes! {
    /// Token errors (token错误码).
    #[platform(category = "token", lang = "en")]
    pub enum TokenError {
        #[advice(reauthenticate)]
        Unauthenticated = 40401 => "app_id or app_secret is unauthenticated",
        /// Doc comments pass through to the variant.
        #[advice(refresh_token)]
        InvalidToken = 40402 => ("invalid token", zh = "无效的 token"),
        #[advice(refresh_token)]
        ExpiredToken = 42403 => "expired token",
    }

    #[platform(category = "param", shared(40100))]
    #[advice(fix_request)]
    pub enum ParamError {
        InvalidParam = 40100 => "invalid param",
        AppIdRequired = 40100 => "app_id is required",
        #[cfg(any())]
        NeverCompiled = 40100 => "never compiled",
        PageSizeRequired = 40100 => "page_size is required",
        #[advice(none)]
        Negative = -1 => "negative codes work",
    }

    #[platform(category = "system", exhaustive, shared(0))]
    pub enum SystemError {
        Success = 0 => "success",
        Busy = -1 => "system error",
        Partial = 0 => "success and some accounts will not change",
    }

    /// Everything an API call can answer.
    pub enum AnyError {
        Token(TokenError),
        Param(ParamError),
        #[platform(unknown)]
        Unknown,
    }
}

platform_errors::define_codes! {
    // The system category shares code 0 with itself, without declaring it: an error test
    // covers that; here it is declared.
    #[platform(shared(0))]
    enum Shared {
        A = 0 => "a",
        B = 0 => "b",
    }
}

platform_errors::define_codes! {
    // Runs of consecutive codes declared in a row, broken every way a run can break: a
    // code declared twice, which also shifts the indices after it, codes declared out of
    // order, a lone code, and the ends of `i64`. At 46 codes `from_code` is a `match`;
    // `tests/crates/generated` has 1,000 such codes, which it searches by runs.
    #[platform(shared(40003))]
    enum Runs {
        A40001 = 40001 => "a1",
        A40002 = 40002 => "a2",
        A40003 = 40003 => "a3",
        A40004 = 40004 => "a4",
        A40005 = 40005 => "a5",
        A40006 = 40006 => "a6",
        A40007 = 40007 => "a7",
        A40008 = 40008 => "a8",
        A40009 = 40009 => "a9",
        A40010 = 40010 => "a10",
        A40003Again = 40003 => "a3 again",
        A40011 = 40011 => "a11",
        A40012 = 40012 => "a12",
        A40013 = 40013 => "a13",
        A40014 = 40014 => "a14",
        A40015 = 40015 => "a15",
        A40016 = 40016 => "a16",
        A40017 = 40017 => "a17",
        A40018 = 40018 => "a18",
        A40019 = 40019 => "a19",
        A40020 = 40020 => "a20",
        Lone = 50000 => "lone",
        B40022 = 40022 => "declared before 40021",
        B40021 = 40021 => "declared after 40022",
        Min = -9_223_372_036_854_775_808 => "i64::MIN",
        Max = 9_223_372_036_854_775_807 => "i64::MAX",
        BelowMax = 9_223_372_036_854_775_806 => "i64::MAX - 1",
        C60001 = 60001 => "c1",
        C60002 = 60002 => "c2",
        C60003 = 60003 => "c3",
        C60004 = 60004 => "c4",
        C60005 = 60005 => "c5",
        C60006 = 60006 => "c6",
        C60007 = 60007 => "c7",
        C60008 = 60008 => "c8",
        C60009 = 60009 => "c9",
        C60010 = 60010 => "c10",
        C60011 = 60011 => "c11",
        C60012 = 60012 => "c12",
        C60013 = 60013 => "c13",
        C60014 = 60014 => "c14",
        C60015 = 60015 => "c15",
        C60016 = 60016 => "c16",
        C60017 = 60017 => "c17",
        C60018 = 60018 => "c18",
        C60019 = 60019 => "c19",
        C60020 = 60020 => "c20",
    }
}

#[test]
fn lookup_by_runs_finds_every_code_and_nothing_else() {
    for variant in Runs::ALL {
        let first = Runs::ALL
            .iter()
            .find(|v| v.code() == variant.code())
            .copied();
        assert_eq!(Runs::from_code(variant.as_i64()), first, "{variant:?}");
        assert_eq!(
            Runs::from_code_and_message(variant.as_i64(), variant.message()),
            Some(*variant)
        );
    }
    assert_eq!(Runs::from_code(40003), Some(Runs::A40003));
    assert_eq!(Runs::from_code(40011), Some(Runs::A40011));
    assert_eq!(Runs::from_code(40021), Some(Runs::B40021));
    for code in [
        0,
        40000,
        40023,
        49_999,
        50_001,
        60000,
        60021,
        i64::MIN + 1,
        i64::MAX - 2,
    ] {
        assert_eq!(Runs::from_code(code), None, "{code}");
    }
    assert_eq!(Runs::from_code(i64::MIN), Some(Runs::Min));
    assert_eq!(Runs::from_code(i64::MAX), Some(Runs::Max));
}

#[test]
fn every_variant_has_its_entry() {
    const ENTRY: &platform_errors::Entry = TokenError::InvalidToken.entry();
    assert_eq!(ENTRY.code(), 40402);
    assert_eq!(ENTRY.name(), "InvalidToken");
    assert_eq!(ENTRY.advice(), Advice::RefreshToken);
    assert_eq!(ENTRY.message_in("zh"), Some("无效的 token"));
    for (variant, entry) in ParamError::ALL.iter().zip(ParamError::ENTRIES) {
        assert_eq!(variant.entry(), entry);
        assert_eq!(variant.advice(), entry.advice());
    }
}

#[test]
fn catalogue_api_is_const() {
    const CODE: i64 = TokenError::ExpiredToken.as_i64();
    const MESSAGE: &str = TokenError::ExpiredToken.message();
    assert_eq!(CODE, 42403);
    assert_eq!(MESSAGE, "expired token");
    assert_eq!(
        TokenError::ALL,
        &[
            TokenError::Unauthenticated,
            TokenError::InvalidToken,
            TokenError::ExpiredToken
        ]
    );
    assert_eq!(ParamError::ALL.len(), 4, "the cfg'd-out variant is gone");
}

#[test]
fn trait_impls_match_the_declarations() {
    let e = TokenError::InvalidToken;
    assert_eq!(PlatformError::code(&e), Some(40402.into()));
    assert_eq!(e.to_string(), "invalid token");
    assert_eq!(e.category(), Some("token"));
    assert_eq!(e.advice(), Advice::RefreshToken);
    assert_eq!(e.message_in("zh"), Some("无效的 token"));
    assert_eq!(e.message_in("en"), Some("invalid token"));
    assert_eq!(ParamError::AppIdRequired.advice(), Advice::FixRequest);
    assert_eq!(ParamError::Negative.advice(), Advice::None);
    assert_eq!(ParamError::Negative.as_i64(), -1);
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert_eq!(boxed.to_string(), "invalid token");
}

#[test]
fn try_from_and_from_str() {
    assert_eq!(TokenError::try_from(42403), Ok(TokenError::ExpiredToken));
    let err = TokenError::try_from(40100).unwrap_err();
    assert_eq!(err, UnknownCode::new(40100, "TokenError"));
    assert_eq!(
        err.to_string(),
        "code 40100 is not declared by `TokenError`"
    );
    assert_eq!("ExpiredToken".parse(), Ok(TokenError::ExpiredToken));
    assert!("expiredtoken".parse::<TokenError>().is_err());
}

#[test]
fn shared_codes_resolve_by_message() {
    assert_eq!(ParamError::from_code(40100), Some(ParamError::InvalidParam));
    for (received, expected) in [
        ("app_id is required", ParamError::AppIdRequired),
        ("  APP_ID IS REQUIRED.  ", ParamError::AppIdRequired),
        (
            "page_size is required: got none",
            ParamError::PageSizeRequired,
        ),
        ("page_size is required.", ParamError::PageSizeRequired),
        ("something else", ParamError::InvalidParam),
        ("invalid parameters", ParamError::InvalidParam),
    ] {
        assert_eq!(
            ParamError::from_code_and_message(40100, received),
            Some(expected),
            "{received:?}"
        );
    }
    // "invalid parameters" is not a match for "invalid param": it continues the word.
    assert_eq!(ParamError::match_message(40100, "invalid parameters"), None);
    // The longest declared message that matches wins.
    assert_eq!(
        SystemError::from_code_and_message(0, "success and some accounts will not change"),
        Some(SystemError::Partial)
    );
    assert_eq!(
        SystemError::from_code_and_message(0, "success"),
        Some(SystemError::Success)
    );
    assert_eq!(Shared::from_code_and_message(0, "b"), Some(Shared::B));
}

#[test]
fn umbrella_tries_members_in_order_and_keeps_unknown_codes() {
    assert_eq!(
        AnyError::from_code(40402),
        Some(AnyError::Token(TokenError::InvalidToken))
    );
    assert_eq!(
        AnyError::from_code_and_message(40100, "app_id is required"),
        Some(AnyError::Param(ParamError::AppIdRequired))
    );
    assert_eq!(AnyError::from_code(777), None);
    let unknown = AnyError::from_received(777, "new failure");
    assert_eq!(
        unknown,
        AnyError::Unknown {
            code: 777,
            message: "new failure".to_owned()
        }
    );
    assert_eq!(unknown.code(), Some(777.into()));
    assert_eq!(unknown.to_string(), "new failure");
    assert_eq!(unknown.message(), "new failure");
    assert_eq!(
        AnyError::from_received(42403, "expired token"),
        AnyError::Token(TokenError::ExpiredToken)
    );
    assert_eq!(
        AnyError::ENTRIES.len(),
        TokenError::ENTRIES.len() + ParamError::ENTRIES.len()
    );
    assert_eq!(AnyError::ENTRIES[3].category(), Some("param"));
    assert_eq!(
        AnyError::try_from(40401),
        Ok(AnyError::Token(TokenError::Unauthenticated))
    );
    assert_eq!(AnyError::try_from(1).unwrap_err().type_name(), "AnyError");
}

#[test]
fn exhaustive_enums_can_be_matched_without_a_wildcard() {
    let text = match SystemError::Busy {
        SystemError::Success | SystemError::Partial => "ok",
        SystemError::Busy => "busy",
    };
    assert_eq!(text, "busy");
}

/// A member converts into its umbrella, so that `?` takes a member's error into it, as a
/// derived type's `#[from]` field does.
#[test]
fn a_member_converts_into_its_umbrella() {
    fn check(valid: bool) -> Result<(), TokenError> {
        if valid {
            Ok(())
        } else {
            Err(TokenError::InvalidToken)
        }
    }
    fn app(valid: bool) -> Result<(), AnyError> {
        check(valid)?;
        Ok(())
    }
    assert_eq!(app(true), Ok(()));
    assert_eq!(app(false), Err(AnyError::Token(TokenError::InvalidToken)));
    assert_eq!(
        AnyError::from(ParamError::AppIdRequired),
        AnyError::Param(ParamError::AppIdRequired)
    );
}
