//! The wire reads what was sent, exactly: a code from its literal's text (never from a float
//! made of it), a request id as written however large, a field before the code at any
//! depth, and bytes with a byte order mark or a message that is not UTF-8.
#![cfg(feature = "serde")]

use platform_errors_core::envelope::{CodeMsg, ErrcodeErrmsg};
use platform_errors_core::qingtui::{QingtuiError, SystemError};
use platform_errors_core::wecom::WecomError;
use platform_errors_core::wire::{from_http, from_slice};
use platform_errors_core::{Advice, ApiError, HttpError, PlatformError, Response, Uncatalogued};
use serde_json::{json, Value};

#[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
struct Sent {
    msgid: u64,
}

type Plain = ApiError<Uncatalogued<ErrcodeErrmsg>>;

/// The code of `{"errcode": <literal>}` read three ways (error, whole answer, bytes), which
/// must agree; `Err` holds what the error says.
fn code_of(literal: &str) -> Result<i64, String> {
    let body = format!(r#"{{"errcode": {literal}, "errmsg": "x", "msgid": 1}}"#);
    let err = serde_json::from_str::<Plain>(&body).map(|err| err.code().as_i64().unwrap());
    let response =
        serde_json::from_str::<Response<Sent>>(&body).map(|r| r.code().as_i64().unwrap());
    let bytes = from_slice::<Response<Sent>>(body.as_bytes()).map(|r| r.code().as_i64().unwrap());
    let message = |e: serde_json::Error| e.to_string();
    let (err, response, bytes) = (
        err.map_err(message),
        response.map_err(message),
        bytes.map_err(message),
    );
    assert_eq!(
        err.is_ok(),
        response.is_ok(),
        "{literal}: {err:?} {response:?}"
    );
    assert_eq!(response, bytes, "{literal}");
    err
}

#[test]
fn a_float_code_is_decided_from_its_text() {
    // Each of these was misread from the float serde_json made of it.
    let fraction = code_of("1e-400").unwrap_err();
    assert!(
        fraction.contains("`errcode` must be an integer, not 1e-400"),
        "{fraction}"
    );
    assert_eq!(code_of("9007199254740991.0"), Ok(9_007_199_254_740_991));
    let fraction = code_of("40001.0000000000001").unwrap_err();
    assert!(fraction.contains("must be an integer"), "{fraction}");

    // `1e-400` is not zero, so never a success.
    let body = br#"{"errcode": 1e-400, "errmsg": "ok", "msgid": 1}"#;
    assert!(serde_json::from_slice::<Response<Sent>>(body).is_err());
    assert!(matches!(
        from_http::<Sent, QingtuiError>(200, (), body),
        Err(HttpError::Body(_))
    ));

    // Integers, however written.
    for (literal, code) in [
        ("40001", 40001),
        ("-40001", -40001),
        ("40001.0", 40001),
        ("40001.000", 40001),
        ("4.0001e4", 40001),
        ("4.0001E+4", 40001),
        ("400010e-1", 40001),
        ("0.40001e5", 40001),
        ("-0", 0),
        ("1E2", 100),
        ("9007199254740993.0", 9_007_199_254_740_993),
        ("9223372036854775807", i64::MAX),
        ("9223372036854775807.0", i64::MAX),
        ("922337203685477580.7e1", i64::MAX),
        ("-9223372036854775808", i64::MIN),
        ("-9223372036854775808.0e0", i64::MIN),
        ("-92233720368547758080e-1", i64::MIN),
        ("100000000000000000000e-2", 1_000_000_000_000_000_000),
        ("\"40001.0\"", 40001),
        ("\" 4.0001e4 \"", 40001),
        ("\"+7\"", 7),
        ("\"7.\"", 7),
        ("\"40\\u00301\"", 4001),
    ] {
        assert_eq!(code_of(literal), Ok(code), "{literal}");
    }

    // Not integers, or beyond i64: refused, saying which.
    for (literal, says) in [
        ("1.5", "must be an integer, not 1.5"),
        ("0.1", "must be an integer, not 0.1"),
        ("1e-1", "must be an integer"),
        ("1.00000000000000000001", "must be an integer"),
        ("123456789012345678901234567890e-10", "must be an integer"),
        ("\"1e-400\"", "must be an integer, not 1e-400"),
        // Zero written as a float: what `1e-400` is once it has been a float.
        ("-0.0", "zero written as a float"),
        ("0.0", "zero written as a float"),
        ("0e-999999999999", "zero written as a float"),
        ("0.000e99999", "zero written as a float"),
        ("9223372036854775808", "out of range"),
        ("9223372036854775808.0", "out of range"),
        ("-9223372036854775809", "out of range"),
        ("1e19", "out of range"),
        ("1e400", "out of range"),
        ("12345678901234567890123", "out of range"),
        ("\"9223372036854775808\"", "out of range"),
        ("\"1e19\"", "out of range"),
        ("\"forty\"", "\"forty\" is not an integer within i64"),
        ("\"NaN\"", "is not an integer within i64"),
        ("\"inf\"", "is not an integer within i64"),
        ("\"1e\"", "is not an integer within i64"),
        ("\".\"", "is not an integer within i64"),
        ("\"\"", "is not an integer within i64"),
        (
            "true",
            "invalid type: boolean `true`, expected `errcode` as an integer",
        ),
        // `null` is no code, as serde reads an `Option`: here, where a code is needed, an
        // error that says so (where a missing code is a success, it reads as one).
        ("null", "`errcode` is null, where a code is needed"),
        ("[1]", "invalid type: sequence"),
        ("{\"a\": 1}", "invalid type: map"),
    ] {
        let err = code_of(literal).unwrap_err();
        assert!(err.contains(says), "{literal}: {err:?} should say {says:?}");
    }

    // Another envelope's name, in the message.
    let err = serde_json::from_str::<Response<Sent, CodeMsg>>(r#"{"code": 0.5, "msg": "x"}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("`code` must be an integer, not 0.5"),
        "{err}"
    );
}

#[test]
fn a_code_from_a_deserializer_without_text_is_read_from_its_value() {
    // `#[serde(untagged)]` buffers the body: the code comes as a value, not as text. A float
    // is taken when it holds an integer below 2^53.
    #[derive(Debug, serde::Deserialize)]
    #[serde(untagged)]
    enum Answer {
        Failed(ApiError<QingtuiError>),
        Other(#[allow(dead_code)] Value),
    }
    let read = |body: &str| match serde_json::from_str::<Answer>(body).unwrap() {
        Answer::Failed(err) => Some((err.code().as_i64().unwrap(), err.kind().cloned())),
        Answer::Other(_) => None,
    };
    let error = Some(QingtuiError::System(SystemError::SystemError));
    for code in ["-1", "-1.0", "\"-1\"", "-1e0"] {
        let body = format!(r#"{{"errcode": {code}, "errmsg": "system error"}}"#);
        assert_eq!(read(&body), Some((-1, error.clone())), "{body}");
    }
    assert_eq!(read(r#"{"errcode": 1.5, "errmsg": "x"}"#), None);
    assert_eq!(read(r#"{"errcode": 1e300, "errmsg": "x"}"#), None);
    assert_eq!(read(r#"{"errcode": true, "errmsg": "x"}"#), None);

    // A `Value` gives its text again: its numbers as it prints them.
    let err: Plain = serde_json::from_value(json!({"errcode": 40001.0, "errmsg": "x"})).unwrap();
    assert_eq!(err.code(), 40001);
    assert!(serde_json::from_value::<Plain>(json!({"errcode": 0.5})).is_err());
}

#[test]
fn a_request_id_is_kept_as_written() {
    let big = "123456789012345678901234567890";
    for body in [
        format!(r#"{{"errcode": 1, "errmsg": "m", "request_id": {big}}}"#),
        format!(r#"{{"request_id": {big}, "errcode": 1, "errmsg": "m"}}"#),
    ] {
        let err: Plain = serde_json::from_str(&body).unwrap();
        assert_eq!(err.request_id(), Some(big), "{body}");
        let response: Response<Sent> = serde_json::from_str(&body).unwrap();
        assert_eq!(response.request_id(), Some(big), "{body}");
        let value: Value = serde_json::from_str(&body).unwrap();
        let from_value: Plain = serde_json::from_value(value).unwrap();
        // A `Value` made the number a float already.
        assert!(from_value.request_id().is_some(), "{body}");
    }
    // In a success, before and after the code, for the envelope and for the payload.
    #[derive(Debug, serde::Deserialize)]
    struct Traced {
        msgid: u64,
        request_id: Value,
    }
    for body in [
        format!(r#"{{"errcode": 0, "errmsg": "ok", "request_id": {big}, "msgid": 3}}"#),
        format!(r#"{{"request_id": {big}, "msgid": 3, "errcode": 0}}"#),
    ] {
        let ok: Response<Traced> = serde_json::from_str(&body).unwrap();
        assert_eq!(ok.request_id(), Some(big), "{body}");
        let payload = ok.payload().unwrap();
        assert_eq!((payload.msgid, payload.request_id.is_number()), (3, true));
    }
    // Spelling kept: a sign, a fraction, an exponent, escapes in a string.
    for (id, kept) in [
        ("-42", "-42"),
        ("1.50", "1.50"),
        ("2E+3", "2E+3"),
        (r#""r\u002d1""#, "r-1"),
        (r#""中 \"x\"""#, "中 \"x\""),
    ] {
        let body = format!(r#"{{"errcode": 1, "rid": {id}}}"#);
        let err: Plain = serde_json::from_str(&body).unwrap();
        assert_eq!(err.request_id(), Some(kept), "{body}");
    }
    // Not an id: skipped.
    for id in ["true", "null", "[1]", "{\"a\": 1}"] {
        let err: Plain =
            serde_json::from_str(&format!(r#"{{"errcode": 1, "rid": {id}}}"#)).unwrap();
        assert_eq!(err.request_id(), None, "{id}");
    }
    // Feishu's `error.log_id`, a number beyond u64.
    let body = format!(
        r#"{{"code": 9, "msg": "m", "error": {{"troubleshooter": [1], "log_id": {big}}}}}"#
    );
    let err: ApiError<Uncatalogued<CodeMsg>> = serde_json::from_str(&body).unwrap();
    assert_eq!(err.request_id(), Some(big));
}

/// `[[[...1...]]]`, `depth` deep.
fn nested(depth: usize) -> String {
    format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn a_deep_field_before_the_code_is_read_as_serde_json_reads_it() {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct PlainSent {
        errcode: i64,
        msgid: u64,
    }
    for depth in [127, 129, 200, 10_000] {
        let body = format!(
            r#"{{"nest": {}, "errcode": 0, "errmsg": "ok", "msgid": 3}}"#,
            nested(depth)
        );
        // serde_json alone skips it.
        let plain: PlainSent = serde_json::from_str(&body).unwrap();
        assert_eq!(plain.msgid, 3);
        // So does the envelope, from text, bytes and a reader.
        let ok: Response<Sent> = serde_json::from_str(&body).unwrap();
        assert_eq!(ok.payload(), Some(&Sent { msgid: 3 }), "depth {depth}");
        let ok: Response<Sent> = from_slice(body.as_bytes()).unwrap();
        assert_eq!(ok.payload(), Some(&Sent { msgid: 3 }), "depth {depth}");
        // Text from a reader is owned: with `std`, handed over through serde_json's reader
        // (without, through a `Value`, within serde_json's limit: documented).
        if cfg!(feature = "std") {
            let ok: Response<Sent> = serde_json::from_reader(body.as_bytes()).unwrap();
            assert_eq!(ok.payload(), Some(&Sent { msgid: 3 }), "depth {depth}");
        }
    }
    // A payload that reads the field has serde_json's limit, as it would alone.
    #[derive(Debug, serde::Deserialize)]
    struct Nested {
        #[allow(dead_code)]
        nest: Value,
    }
    for (depth, reads) in [(100, true), (200, false)] {
        let body = format!(r#"{{"nest": {}, "errcode": 0}}"#, nested(depth));
        assert_eq!(serde_json::from_str::<Nested>(&body).is_ok(), reads);
        let response = serde_json::from_str::<Response<Nested>>(&body);
        assert_eq!(response.is_ok(), reads, "depth {depth}");
        if let Err(err) = response {
            assert!(
                err.to_string().contains("recursion limit exceeded"),
                "{err}"
            );
        }
        let response = serde_json::from_reader::<_, Response<Nested>>(body.as_bytes());
        assert_eq!(response.is_ok(), reads, "depth {depth}");
    }
}

/// "系统繁忙" in GBK: not UTF-8.
const GBK_BUSY: &[u8] = b"\xCF\xB5\xCD\xB3\xB7\xB1\xC3\xA6";

/// `{"errcode": code, "errmsg": "<message>"}` and the rest, as bytes.
fn body(code: i64, message: &[u8], rest: &str) -> Vec<u8> {
    let mut body = format!(r#"{{"errcode": {code}, "errmsg": ""#).into_bytes();
    body.extend_from_slice(message);
    body.extend_from_slice(format!(r#""{rest}}}"#).as_bytes());
    body
}

#[test]
fn a_message_that_is_not_utf8_keeps_its_code() {
    let gbk = body(-1, GBK_BUSY, r#", "rid": "R-1""#);
    assert!(serde_json::from_slice::<Plain>(&gbk).is_err());

    // Over HTTP: the platform's error, not a bad body.
    let err = from_http::<Sent, QingtuiError>(200, (), &gbk).unwrap_err();
    let HttpError::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.code(), -1);
    assert_eq!(api.advice(), Advice::Retry);
    assert_eq!(api.request_id(), Some("R-1"));
    assert_eq!(api.raw_message(), Some(GBK_BUSY));
    assert_eq!(api.message(), String::from_utf8_lossy(GBK_BUSY));
    assert_eq!(api.status(), Some(200));

    // From bytes, into either type.
    let api: ApiError<QingtuiError> = from_slice(&gbk).unwrap();
    assert_eq!(
        (api.code(), api.raw_message()),
        ((-1).into(), Some(GBK_BUSY))
    );
    let response: Response<Sent> = from_slice(&gbk).unwrap();
    assert_eq!(response.raw_message(), Some(GBK_BUSY));
    let err = response.into_result::<QingtuiError>().unwrap_err();
    assert_eq!(err, api);

    // A success whose message is GBK is a success.
    let ok = body(0, GBK_BUSY, r#", "msgid": 7"#);
    assert_eq!(
        from_http::<Sent, QingtuiError>(200, (), &ok).unwrap(),
        Sent { msgid: 7 }
    );
    // A payload that is not UTF-8 cannot be read, and says where serde_json stopped.
    let mut bad = body(0, b"ok", r#", "msgid": 7, "name": "?""#);
    let at = bad.iter().rposition(|&b| b == b'?').unwrap();
    bad[at] = 0xFF;
    let err = from_http::<Value, QingtuiError>(200, (), &bad).unwrap_err();
    let HttpError::Body(unexpected) = &err else {
        panic!("{err:?}")
    };
    assert!(
        unexpected.reason().contains("invalid unicode"),
        "{unexpected}"
    );

    // WeCom's id inside a message that is otherwise GBK.
    let mut message = GBK_BUSY.to_vec();
    message.extend_from_slice(b", hint: [1639_ee1f]");
    let err: ApiError<WecomError> = from_slice(&body(-1, &message, "")).unwrap();
    assert_eq!(err.request_id(), Some("1639_ee1f"));
    assert_eq!(err.raw_message(), Some(&message[..]));

    // UTF-8 messages have no raw bytes; escapes are read as text.
    let api: ApiError<QingtuiError> = from_slice(&body(-1, "系统繁忙\\n".as_bytes(), "")).unwrap();
    assert_eq!((api.message(), api.raw_message()), ("系统繁忙\n", None));
}

#[test]
fn a_byte_order_mark_is_skipped_by_every_entry_point_that_takes_bytes() {
    let bom = |body: &[u8]| [b"\xEF\xBB\xBF".as_slice(), body].concat();
    let error = bom(br#"{"errcode": 45009, "errmsg": "api freq out of limit"}"#);
    let success = bom(br#"{"errcode": 0, "errmsg": "ok", "msgid": 7}"#);
    // serde_json refuses it: the reason for these entry points.
    assert!(serde_json::from_slice::<Plain>(&error).is_err());

    let err: ApiError<QingtuiError> = from_slice(&error).unwrap();
    assert_eq!(err.code(), 45009);
    let response: Response<Sent> = from_slice(&success).unwrap();
    assert_eq!(response.payload(), Some(&Sent { msgid: 7 }));
    let err = from_http::<Sent, QingtuiError>(200, (), &error).unwrap_err();
    assert_eq!(err.code(), Some(45009.into()));
    assert_eq!(
        from_http::<Sent, QingtuiError>(200, (), &success).unwrap(),
        Sent { msgid: 7 }
    );
    // With a GBK message too.
    let both = bom(&body(-1, GBK_BUSY, ""));
    let err: ApiError<QingtuiError> = from_slice(&both).unwrap();
    assert_eq!(
        (err.code(), err.raw_message()),
        ((-1).into(), Some(GBK_BUSY))
    );
    // Only one is skipped, and only at the start.
    assert!(from_slice::<Plain>(&bom(&error)).is_err());
    // Trailing data is refused, as serde_json refuses it.
    assert!(from_slice::<Plain>(br#"{"errcode": 1} x"#).is_err());
}
