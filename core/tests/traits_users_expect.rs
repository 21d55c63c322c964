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
