//! What a user expects of the public types beyond their own methods: formatting widths,
//! comparisons both ways, `find_in_chain` through boxed trait objects, and a hand-written
//! impl's translations.

use platform_errors_core::qingtui::TokenError;
use platform_errors_core::{find_in_chain, Advice, Code, PlatformError};

#[test]
fn codes_and_advice_pad_as_strings_do() {
    assert_eq!(format!("[{:<8}]", Code::Int(5)), "[5       ]");
    assert_eq!(format!("[{:<8}]", Code::Str("AB")), "[AB      ]");
    assert_eq!(format!("[{:>8}]", Code::Str("AB")), "[      AB]");
    assert_eq!(format!("[{:<8}]", Advice::Retry), "[retry   ]");
    assert_eq!(format!("{}", Advice::FixRequest), "fix_request");
}

#[test]
fn codes_compare_with_strings_both_ways() {
    let code = Code::Str("PARAM_ERROR");
    assert_eq!(code, "PARAM_ERROR");
    assert_eq!("PARAM_ERROR", code);
    assert_eq!(code, *"PARAM_ERROR");
    assert_eq!(*"PARAM_ERROR", code);
    assert_eq!(code, String::from("PARAM_ERROR"));
    assert_eq!(String::from("PARAM_ERROR"), code);
    assert_ne!(Code::Int(1), "1");
    assert_ne!("1", Code::Int(1));
    assert_eq!(40001, Code::Int(40001));
    assert_eq!(Code::Int(40001), 40001);
}

#[test]
fn find_in_chain_looks_inside_boxed_platform_errors() {
    fn call() -> Result<(), Box<dyn PlatformError + Send + Sync>> {
        Err(Box::new(TokenError::ExpiredToken))
    }
    fn caller() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        call()?;
        Ok(())
    }
    let err = caller().unwrap_err();
    assert_eq!(err.to_string(), "expired token");
    assert_eq!(
        find_in_chain::<TokenError>(&*err),
        Some(&TokenError::ExpiredToken)
    );

    // As a source.
    #[derive(Debug)]
    struct Context(Box<dyn PlatformError + Send + Sync>);
    impl std::fmt::Display for Context {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("loading the org chart")
        }
    }
    impl std::error::Error for Context {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }
    let err = Context(Box::new(TokenError::InvalidToken));
    assert_eq!(
        find_in_chain::<TokenError>(&err),
        Some(&TokenError::InvalidToken)
    );
    // The other boxes too.
    let plain: Box<dyn PlatformError> = Box::new(TokenError::ExpiredToken);
    let err: Box<dyn std::error::Error> = Box::new(plain);
    assert!(find_in_chain::<TokenError>(&*err).is_some());
    let send: Box<dyn PlatformError + Send> = Box::new(TokenError::ExpiredToken);
    let err: Box<dyn std::error::Error> = Box::new(send);
    assert!(find_in_chain::<TokenError>(&*err).is_some());
}

#[test]
fn a_hand_written_impl_is_shown_in_its_translations() {
    #[derive(Debug)]
    struct Busy;
    impl std::fmt::Display for Busy {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("system busy")
        }
    }
    impl std::error::Error for Busy {}
    impl PlatformError for Busy {
        fn code(&self) -> Option<Code<'_>> {
            Some(Code::Int(-1))
        }
        fn message(&self) -> &str {
            "system busy"
        }
        fn message_in(&self, lang: &str) -> Option<&'static str> {
            lang.starts_with("zh").then_some("系统繁忙")
        }
    }
    assert_eq!(Busy.display_in("zh-CN").to_string(), "系统繁忙");
    assert_eq!(Busy.display_in("en").to_string(), "system busy");
}

#[cfg(feature = "serde")]
#[test]
fn responses_hash_as_they_compare() {
    use platform_errors_core::Response;
    use std::collections::HashSet;
    let read = |text: &str| serde_json::from_str::<Response<serde_json::Value>>(text).unwrap();
    let a = read(r#"{"errcode": 0, "errmsg": "ok", "n": 1}"#);
    let b = read(r#"{"errmsg": "ok", "n": 1, "errcode": 0}"#);
    let c = read(r#"{"errcode": 40001, "errmsg": "invalid credential"}"#);
    assert_eq!(a, b);
    let set: HashSet<Response<serde_json::Value>> = [a, b, c].into_iter().collect();
    assert_eq!(set.len(), 2);
}

#[cfg(feature = "serde")]
#[test]
fn every_advice_round_trips_by_its_name() {
    use platform_errors_core::Advice;
    for &advice in Advice::ALL {
        let written = serde_json::to_string(&advice).unwrap();
        assert_eq!(written, format!("\"{}\"", advice.as_str()));
        assert_eq!(serde_json::from_str::<Advice>(&written).unwrap(), advice);
    }
    let err = serde_json::from_str::<Advice>("\"wait\"")
        .unwrap_err()
        .to_string();
    for &advice in Advice::ALL {
        assert!(err.contains(advice.as_str()), "{err}");
    }
}

#[test]
fn reasons_equal_as_they_read() {
    use platform_errors_core::Entry;
    use std::collections::HashSet;
    let by_name = Entry::new(1, "InvalidToken", "").reason();
    let declared = Entry::new(2, "Other", "")
        .with_reason("INVALID_TOKEN")
        .reason();
    let acronym = Entry::new(3, "HTTPError", "").reason();
    assert_eq!(by_name, declared);
    assert_ne!(by_name, acronym);
    let set: HashSet<_> = [by_name, declared, acronym].into_iter().collect();
    assert_eq!(set.len(), 2);
    assert_eq!(acronym.to_string(), "HTTP_ERROR");
}

#[cfg(feature = "std")]
#[test]
fn retry_decisions_read_as_sentences() {
    use platform_errors_core::retry::{Decision, Stop};
    use std::time::Duration;
    assert_eq!(
        Decision::Retry {
            after: Duration::from_secs(2)
        }
        .to_string(),
        "retry in 2s"
    );
    assert_eq!(
        Decision::RefreshToken { if_generation: 3 }.to_string(),
        "refresh the token and retry"
    );
    assert!(Decision::Stop(Stop::NotIdempotent)
        .to_string()
        .starts_with("stop: the call is not idempotent"));
}

/// An `ApiError` shows its code under the name its platform sends it: `errcode` where the
/// answer has `errcode`, `code` where it has `code`.
#[cfg(feature = "alloc")]
#[test]
fn an_api_errors_display_names_the_code_as_its_platform_does() {
    use platform_errors_core::envelope::{CodeMsg, ErrcodeErrmsg, WechatPayV3};
    use platform_errors_core::{ApiError, Uncatalogued};
    let wechat = ApiError::<Uncatalogued<ErrcodeErrmsg>>::new(40001, "invalid credential");
    assert_eq!(wechat.to_string(), "errcode 40001: invalid credential");
    let feishu = ApiError::<Uncatalogued<CodeMsg>>::new(99_991_663, "Invalid access token");
    assert_eq!(feishu.to_string(), "code 99991663: Invalid access token");
    let pay = ApiError::<Uncatalogued<WechatPayV3>>::received("PARAM_ERROR", "参数错误");
    assert_eq!(pay.to_string(), "code PARAM_ERROR: 参数错误");
}

/// Where a sub code types the error, `Display` names it as the platform sends it.
#[cfg(feature = "serde")]
#[test]
fn an_api_errors_display_names_a_sub_code_as_sent() {
    use platform_errors_core::envelope::{Alipay, Dingtalk, GoogleRpc};
    use platform_errors_core::{ApiError, Uncatalogued};
    let dingtalk: ApiError<Uncatalogued<Dingtalk>> = serde_json::from_str(
        r#"{"errcode": 88, "sub_code": "60011", "sub_msg": "没有调用该接口的权限", "errmsg": "x"}"#,
    )
    .unwrap();
    assert_eq!(dingtalk.to_string(), "sub_code 60011: 没有调用该接口的权限");
    let alipay: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(
        r#"{"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}}"#,
    )
    .unwrap();
    assert_eq!(
        alipay.to_string(),
        "sub_code ACQ.TRADE_HAS_SUCCESS: 交易已被支付"
    );
    let alone: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(
        r#"{"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed"}}"#,
    )
    .unwrap();
    assert_eq!(alone.to_string(), "code 40004: Business Failed");
    let aip: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(
        r#"{"error": {"code": 404, "message": "no book", "status": "NOT_FOUND"}}"#,
    )
    .unwrap();
    assert_eq!(aip.to_string(), "status NOT_FOUND: no book");
    let by_hand = ApiError::<Uncatalogued<GoogleRpc>>::received("NOT_FOUND", "no book");
    assert_eq!(by_hand.to_string(), "status NOT_FOUND: no book");
}
