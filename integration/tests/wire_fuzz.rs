//! Fuzzes the response parser: arbitrary bytes, and real-looking responses mutated at the
//! edges (codes at i64's limits, numeric strings, huge strings, deep nesting, bad escapes,
//! flipped bytes). Nothing panics; every `Ok` reads the code from its text as an independent
//! reading does, and is written and read again into the same value.
//!
//! `PLATFORM_ERRORS_FUZZ_CASES=N` sets the cases per property (default 2,000).

use platform_errors::qingtui::{QingtuiError, TokenError};
use platform_errors::wire::from_slice;
use platform_errors::{ApiError, PlatformError, Response};
use proptest::prelude::*;
use serde_json::value::RawValue;
use serde_json::{json, Value};

fn cases() -> u32 {
    std::env::var("PLATFORM_ERRORS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// What an independent reading of the body says `errcode` and `errmsg` are, when it is an
/// object with an integer (or numeric-string) `errcode`: a serde-derived struct that takes
/// the code as its JSON text and the message as a value, and skips the rest, as the parser
/// under test must.
fn expected(bytes: &[u8]) -> Option<(i64, String)> {
    #[derive(serde::Deserialize)]
    struct Oracle {
        errcode: Option<Box<RawValue>>,
        errmsg: Option<Value>,
        // Read (not skipped) by the parser: a number as its text, a string as a string,
        // which must be valid.
        request_id: Option<Box<RawValue>>,
        rid: Option<Box<RawValue>>,
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first != b'{' {
        return None;
    }
    let oracle: Oracle = serde_json::from_slice(bytes).ok()?;
    for id in [&oracle.request_id, &oracle.rid].into_iter().flatten() {
        if id.get().starts_with('"') {
            serde_json::from_str::<String>(id.get()).ok()?;
        }
    }
    let text = oracle.errcode?;
    let code = match serde_json::from_str::<Value>(text.get()).ok()? {
        // Zero written as a float is no code: it is what `1e-400` becomes in a `Value`.
        Value::Number(_)
            if text.get().contains(['.', 'e', 'E']) && integer_denoted(text.get()) == Some(0) =>
        {
            return None
        }
        Value::Number(_) => integer_denoted(text.get())?,
        Value::String(s) => integer_denoted(s.trim())?,
        _ => return None,
    };
    let message = match oracle.errmsg {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s,
        Some(_) => return None,
    };
    Some((code, message))
}

/// The integer within `i64` that a decimal number's text denotes exactly, if any, found by
/// moving its decimal point in the text: no float, and not the parser's algorithm.
fn integer_denoted(text: &str) -> Option<i64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, "0"),
    };
    let exponent_digits = exponent.trim_start_matches(['+', '-']);
    if exponent_digits.is_empty()
        || !exponent_digits.bytes().all(|b| b.is_ascii_digit())
        || exponent.len() - exponent_digits.len() > 1
    {
        return None;
    }
    // Beyond ±10^6 only the sign of the exponent matters.
    let exponent: i64 = exponent.parse().unwrap_or(if exponent.starts_with('-') {
        -1_000_000
    } else {
        1_000_000
    });
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if digits.bytes().all(|b| b == b'0') {
        return Some(0);
    }
    // The number is 0.DIGITS × 10^point.
    let point = int.len() as i64 + exponent;
    if point > 40 {
        return None;
    }
    let (whole, fraction) = if point <= 0 {
        (String::new(), digits)
    } else if point as usize >= digits.len() {
        let zeros = "0".repeat(point as usize - digits.len());
        (format!("{digits}{zeros}"), String::new())
    } else {
        let (whole, fraction) = digits.split_at(point as usize);
        (whole.to_owned(), fraction.to_owned())
    };
    if !fraction.bytes().all(|b| b == b'0') {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let magnitude: i128 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    i64::try_from(if negative { -magnitude } else { magnitude }).ok()
}

#[test]
fn the_oracle_moves_points_correctly() {
    for (text, want) in [
        ("40001", Some(40001)),
        ("40001.0", Some(40001)),
        ("4.0001e4", Some(40001)),
        ("400010e-1", Some(40001)),
        ("1e-400", None),
        ("40001.0000000000001", None),
        ("9007199254740993.0", Some(9_007_199_254_740_993)),
        ("-9223372036854775808", Some(i64::MIN)),
        ("9223372036854775808", None),
        ("0e99999999999", Some(0)),
        ("1e99999999999", None),
        ("1.5", None),
        ("+7", Some(7)),
        ("7.", Some(7)),
        ("inf", None),
        ("", None),
        ("1e", None),
    ] {
        assert_eq!(integer_denoted(text), want, "{text}");
    }
}

/// Whether `value` holds a float anywhere.
fn has_float(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_f64(),
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(fields) => fields.values().any(has_float),
        _ => false,
    }
}

/// Parses `bytes` every way there is, checking the properties.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let want = expected(bytes);

    if let Ok(err) = serde_json::from_slice::<ApiError<QingtuiError>>(bytes) {
        prop_assert_eq!(
            Some((err.code().as_i64().unwrap(), err.message().to_owned())),
            want.clone()
        );
        // `wire::from_slice` reads what serde_json reads, the same (it checks UTF-8 once,
        // and reads bytes that are not UTF-8 differently).
        prop_assert_eq!(&from_slice::<ApiError<QingtuiError>>(bytes).unwrap(), &err);
        // Written and read again: the same error, request id included.
        let again = serde_json::to_value(&err).unwrap();
        prop_assert_eq!(&again["errcode"], &json!(err.code().as_i64()));
        prop_assert_eq!(&again["errmsg"], &json!(err.message()));
        let back: ApiError<QingtuiError> = serde_json::from_value(again).unwrap();
        prop_assert_eq!(back, err);
    } else {
        // The parser refuses only what the independent reading refuses too... or a body
        // whose errmsg is not a string.
        prop_assert!(want.is_none(), "refused a good body");
    }

    // Bytes that are not UTF-8 in the message only: the code kept, the message lossy.
    if let (Err(_), Ok(err)) = (
        core::str::from_utf8(bytes),
        from_slice::<ApiError<QingtuiError>>(bytes),
    ) {
        let lossy = String::from_utf8_lossy(bytes);
        if let Some((code, message)) = expected(lossy.as_bytes()) {
            prop_assert_eq!(err.code(), code);
            if err.raw_message().is_some() {
                prop_assert_eq!(err.message(), message.as_str());
            }
        }
    }

    if let Ok(response) = serde_json::from_slice::<Response<Value>>(bytes) {
        prop_assert_eq!(&from_slice::<Response<Value>>(bytes).unwrap(), &response);
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
        let back: Response<Value> = serde_json::from_value(again).unwrap();
        prop_assert_eq!(
            (back.code(), back.message()),
            (response.code(), response.message())
        );
        // serde_json reads a float it printed as another float, now and then (without its
        // `float_roundtrip`): payloads with floats are compared by their keys.
        match (back.payload(), response.payload()) {
            (Some(back), Some(first)) if has_float(first) => {
                prop_assert_eq!(
                    back.as_object().map(|o| o.keys().collect::<Vec<_>>()),
                    first.as_object().map(|o| o.keys().collect::<Vec<_>>())
                );
            }
            (back, first) => prop_assert_eq!(back, first),
        }
        // The id is written by the payload when it has the id's field, as the payload holds
        // it (a `Value` holds `0e0` as 0.0); else by the envelope, as it was read.
        let in_payload = response
            .payload()
            .is_some_and(|p| p.get("request_id").is_some() || p.get("rid").is_some());
        if in_payload {
            prop_assert_eq!(back.request_id().is_some(), response.request_id().is_some());
        } else {
            prop_assert_eq!(back.request_id(), response.request_id());
        }
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

/// A number's literal, as a server may write it: digits, a fraction, an exponent, whose
/// value may or may not be an integer within `i64`.
const NUMBER_TEXT: &str = "-?(0|[1-9][0-9]{0,24})(\\.[0-9]{1,24})?([eE][-+]?[0-9]{1,3})?";

/// A request id, as a number's literal or a string.
fn request_id() -> impl Strategy<Value = String> {
    prop_oneof![
        NUMBER_TEXT.prop_map(String::from),
        "[a-z0-9-]{0,12}".prop_map(|id| format!("{id:?}")),
        Just("null".to_owned()),
        Just("[1]".to_owned()),
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
    fn codes_and_ids_as_written(
        code in NUMBER_TEXT,
        quoted in any::<bool>(),
        id in proptest::option::of(request_id()),
        before in any::<bool>(),
    ) {
        // The code's literal straight into the text: no float made of it on the way.
        let code = if quoted { format!("\" {code} \"") } else { code };
        let id = id.map(|id| format!(r#""rid": {id}"#));
        let fields = [Some(format!(r#""errcode": {code}"#)), id, Some(r#""errmsg": "m""#.to_owned())];
        let mut fields: Vec<String> = fields.into_iter().flatten().collect();
        if before {
            fields.reverse();
        }
        let text = format!("{{{}}}", fields.join(", "));
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

/// An answer of a nested or string-code envelope, read as `ApiError<Uncatalogued<E>>` and as
/// `Response<Value, E>`: nothing panics; an error read is written and read again into the
/// same error, and its JSON is the JSON read (the order of keys aside) where the body holds
/// nothing the envelope skips.
fn check_nested<E: platform_errors::HasEnvelope>(
    text: &str,
    whole: bool,
) -> Result<(), TestCaseError> {
    use platform_errors::Uncatalogued;
    let _ = serde_json::from_str::<Response<Value, E>>(text);
    let _ = from_slice::<Response<(), E>>(text.as_bytes());
    if let Ok(err) = serde_json::from_str::<ApiError<Uncatalogued<E>>>(text) {
        let written = serde_json::to_string(&err).unwrap();
        let again: ApiError<Uncatalogued<E>> = serde_json::from_str(&written).unwrap();
        prop_assert_eq!(&again, &err, "{} was written {}", text, written);
        if whole {
            prop_assert_eq!(
                serde_json::from_str::<Value>(&written).unwrap(),
                serde_json::from_str::<Value>(text).unwrap(),
                "{}",
                text
            );
        }
    }
    Ok(())
}

/// A string code, or what a server may send instead.
fn string_code() -> impl Strategy<Value = Value> {
    prop_oneof![
        "[A-Za-z_.-]{0,24}".prop_map(Value::from),
        Just(json!("PARAM_ERROR")),
        Just(json!("40004")),
        Just(json!("10000")),
        Just(json!(" 7 ")),
        any::<i64>().prop_map(Value::from),
        Just(json!(1.5)),
        Just(json!(null)),
        Just(json!([])),
        Just(json!({"code": "x"})),
    ]
}

/// Any small JSON value, for a detail, a sign or a sub message.
fn any_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(json!({"field": "/amount", "detail": {"issue": "x"}})),
        Just(json!([{"@type": "ErrorInfo", "reason": "R"}])),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn nested_and_string_code_answers(
        code in string_code(),
        sub_code in proptest::option::of(string_code()),
        message in proptest::option::of(message()),
        sub_message in proptest::option::of(any_json()),
        detail in proptest::option::of(any_json()),
        kept in proptest::option::of(any_json()),
        key in "[a-z_]{0,12}",
        depth in 0usize..300,
    ) {
        use platform_errors::envelope::{Alipay, Dingtalk, DingtalkV1, GoogleRpc, WechatPayV3};
        let mut inner = serde_json::Map::new();
        let put = |inner: &mut serde_json::Map<String, Value>, name: &str, value: &Option<Value>| {
            if let Some(value) = value {
                inner.insert(name.to_owned(), value.clone());
            }
        };
        inner.insert("code".into(), code.clone());
        put(&mut inner, "message", &message);
        put(&mut inner, "detail", &detail);
        put(&mut inner, "requestid", &kept);
        let flat = Value::Object(inner.clone()).to_string();
        // Written as read, where nothing read is skipped and the message is text (an
        // absent or null message is written as "").
        let text_message = matches!(message, Some(Value::String(_)));
        check_nested::<WechatPayV3>(&flat, text_message && kept.is_none())?;
        // A request id is kept when it is text (a number is written back as its text); an
        // empty or blank one is no id, and skipped.
        let id_text = match &kept {
            None => true,
            Some(Value::String(id)) => !id.trim().is_empty(),
            Some(_) => false,
        };
        check_nested::<DingtalkV1>(&flat, text_message && id_text && detail.is_none())?;

        let mut ding = serde_json::Map::new();
        ding.insert("errcode".into(), code.clone());
        put(&mut ding, "errmsg", &message);
        put(&mut ding, "sub_code", &sub_code);
        put(&mut ding, "sub_msg", &sub_message);
        check_nested::<Dingtalk>(&Value::Object(ding).to_string(), false)?;

        let mut alipay = serde_json::Map::new();
        alipay.insert("code".into(), code.clone());
        put(&mut alipay, "msg", &message);
        put(&mut alipay, "sub_code", &sub_code);
        put(&mut alipay, "sub_msg", &sub_message);
        let mut outer = serde_json::Map::new();
        outer.insert(format!("{key}_response"), Value::Object(alipay));
        put(&mut outer, "sign", &kept);
        let mut text = Value::Object(outer).to_string();
        if depth > 0 {
            text.insert_str(1, &format!("\"nest\":{},", nested(depth)));
        }
        check_nested::<Alipay>(&text, false)?;

        let mut error = serde_json::Map::new();
        error.insert("code".into(), code);
        put(&mut error, "message", &message);
        put(&mut error, "status", &sub_code);
        put(&mut error, "details", &detail);
        check_nested::<GoogleRpc>(&json!({ "error": error }).to_string(), false)?;
    }
}
