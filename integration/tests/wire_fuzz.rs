//! Fuzzes the response parser: arbitrary bytes, and real-looking responses mutated at the
//! edges (codes at i64's limits, numeric strings, huge strings, deep nesting, bad escapes,
//! flipped bytes). Nothing panics; every `Ok` re-serializes to the same code and message.
//!
//! `PLATFORM_ERRORS_FUZZ_CASES=N` sets the cases per property (default 2,000).

use platform_errors::qingtui::{QingtuiError, TokenError};
use platform_errors::{ApiError, PlatformError, Response};
use proptest::prelude::*;
use serde_json::{json, Value};

fn cases() -> u32 {
    std::env::var("PLATFORM_ERRORS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// What an independent reading of the body says `errcode` and `errmsg` are, when it is an
/// object with an integer (or numeric-string) `errcode`: a serde-derived struct that takes
/// the two fields as raw JSON values and skips the rest, as the parser under test must.
fn expected(bytes: &[u8]) -> Option<(i64, String)> {
    #[derive(serde::Deserialize)]
    struct Oracle {
        errcode: Option<Value>,
        errmsg: Option<Value>,
        // Read (not skipped) by the parser, so their strings must be valid.
        #[allow(dead_code)]
        request_id: Option<Value>,
        #[allow(dead_code)]
        rid: Option<Value>,
    }
    // A float code is the integer it holds exactly, below 2^53.
    let exact = |f: f64| (f % 1.0 == 0.0 && f.abs() < 9_007_199_254_740_992.0).then_some(f as i64);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first != b'{' {
        return None;
    }
    let oracle: Oracle = serde_json::from_slice(bytes).ok()?;
    let code = match oracle.errcode? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().and_then(exact))?,
        Value::String(s) => s.trim().parse().ok().or_else(|| {
            let t = s.trim();
            let float = t
                .parse::<f64>()
                .ok()
                .filter(|_| t.bytes().any(|b| b.is_ascii_digit()));
            float.and_then(exact)
        })?,
        _ => return None,
    };
    let message = match oracle.errmsg {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s,
        Some(_) => return None,
    };
    Some((code, message))
}

/// Parses `bytes` every way there is, checking the properties.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let want = expected(bytes);

    if let Ok(err) = serde_json::from_slice::<ApiError<QingtuiError>>(bytes) {
        prop_assert_eq!(
            Some((err.code().as_i64().unwrap(), err.message().to_owned())),
            want.clone()
        );
        let again = serde_json::to_value(&err).unwrap();
        prop_assert_eq!(
            again,
            json!({"errcode": err.code().as_i64(), "errmsg": err.message()})
        );
    } else {
        // The parser refuses only what the independent reading refuses too... or a body
        // whose errmsg is not a string.
        prop_assert!(want.is_none(), "refused a good body");
    }

    if let Ok(response) = serde_json::from_slice::<Response<Value>>(bytes) {
        prop_assert_eq!(
            Some((
                response.code().as_i64().unwrap(),
                response.message().to_owned()
            )),
            want.clone()
        );
        let again: Value = serde_json::to_value(&response).unwrap();
        prop_assert_eq!(&again["errcode"], &json!(response.code().as_i64()));
        prop_assert_eq!(&again["errmsg"], &json!(response.message()));
        let code = response.code().as_i64().unwrap();
        match response.into_result::<QingtuiError>() {
            Ok(_) => prop_assert_eq!(code, 0),
            Err(err) => prop_assert_eq!(err.code(), code),
        }
    }

    if let Ok(any) = serde_json::from_slice::<QingtuiError>(bytes) {
        let (code, message) = want.clone().expect("parsed, so well formed");
        prop_assert_eq!(any.code(), Some(code.into()));
        if matches!(any, QingtuiError::Unknown { .. }) {
            prop_assert_eq!(any.message(), message.as_str());
        }
    }
    let _ = serde_json::from_slice::<TokenError>(bytes);
    Ok(())
}

/// Codes where parsers go wrong.
fn code() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        Just(json!(i64::MIN)),
        Just(json!(i64::MAX)),
        Just(json!(u64::MAX)),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(40100)),
        any::<f64>().prop_map(|f| json!(f)),
        any::<i64>().prop_map(|n| json!(format!(" {n} "))),
        Just(json!("9223372036854775808")),
        Just(json!("")),
        Just(json!(null)),
        Just(json!(true)),
        Just(json!([40100])),
        Just(json!({"errcode": 1})),
    ]
}

fn message() -> impl Strategy<Value = Value> {
    prop_oneof![
        ".{0,64}".prop_map(Value::from),
        Just(json!("page_size is required")),
        Just(json!("系统繁忙.")),
        Just(json!(
            "success and the accounts [a] [b] will not change password"
        )),
        (0usize..200_000).prop_map(|n| Value::from("界".repeat(n))),
        Just(Value::Null),
        Just(json!(42)),
        Just(json!({"nested": ["x"]})),
    ]
}

fn nested(depth: usize) -> String {
    format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        check(&bytes)?;
    }

    #[test]
    fn real_looking_responses(
        code in code(),
        message in message(),
        extra in proptest::option::of(".{0,16}"),
        depth in 0usize..300,
        drop_message in any::<bool>(),
    ) {
        let mut body = serde_json::Map::new();
        body.insert("errcode".into(), code);
        if !drop_message {
            body.insert("errmsg".into(), message);
        }
        if let Some(extra) = extra {
            body.insert(extra, json!({"deep": true}));
        }
        let mut text = Value::Object(body).to_string();
        if depth > 0 {
            // Deep nesting beside the envelope: beyond the parser's recursion limit, an
            // error; never a stack overflow.
            text.insert_str(1, &format!("\"nest\":{},", nested(depth)));
        }
        check(text.as_bytes())?;
    }

    #[test]
    fn flipped_bytes_and_bad_escapes(
        index in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        escape in prop_oneof![
            Just("\\ud800"), Just("\\udc00\\ud800"), Just("\\u00"), Just("\\x41"), Just("\\"),
            Just("\\u0000"), Just("\u{feff}"),
        ],
    ) {
        let good = r#"{"errcode":40100,"errmsg":"page_size is required","request_id":"r-1"}"#;
        let mut bytes = good.as_bytes().to_vec();
        let at = index.index(bytes.len());
        bytes[at] = byte;
        check(&bytes)?;
        let with_escape = good.replace("page_size", &format!("page{escape}_size"));
        check(with_escape.as_bytes())?;
    }
}
