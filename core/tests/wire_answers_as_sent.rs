//! Answers read as the platform meant them, found by a user's review of the wire: a body in
//! GBK under a nested envelope, the bytes of the message that types an error, a success
//! body read as an error, a `null` or empty sub code, a success written as the platform
//! sends one, an error chain that says the answer once, a gateway's JSON under 502.
#![cfg(feature = "serde")]

use std::error::Error as _;

use platform_errors_core::envelope::{Alipay, Dingtalk, DingtalkV1, GoogleRpc, WechatPayV3};
use platform_errors_core::wire::{from_http, from_slice};
use platform_errors_core::{
    Advice, ApiError, Code, HttpError, PlatformError, Response, Uncatalogued,
};
use serde_json::{json, Value};

/// "系统繁忙" in GBK: not UTF-8.
const GBK_BUSY: &[u8] = b"\xCF\xB5\xCD\xB3\xB7\xB1\xC3\xA6";

/// `prefix`, the GBK bytes, `suffix`: a body that is not UTF-8.
fn gbk_body(prefix: &str, suffix: &str) -> Vec<u8> {
    let mut body = prefix.as_bytes().to_vec();
    body.extend_from_slice(GBK_BUSY);
    body.extend_from_slice(suffix.as_bytes());
    body
}

// ---------------------------------------------------------------------------------------
// A body that is not UTF-8, under a nested envelope

#[test]
fn a_gbk_body_under_a_nested_envelope_keeps_its_code_as_a_response_and_over_http() {
    // GBK in Alipay's `sub_msg`, as a `charset=GBK` call answers.
    let body = gbk_body(
        r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.SYSTEM_ERROR","sub_msg":""#,
        r#""},"sign":"S"}"#,
    );
    let response: Response<Value, Alipay> = from_slice(&body).unwrap();
    assert!(!response.is_success());
    assert_eq!(response.code(), Code::Str("ACQ.SYSTEM_ERROR"));
    assert_eq!(response.raw_message(), Some(GBK_BUSY));
    assert_eq!(response.nested_key(), Some("alipay_trade_pay_response"));

    let err: ApiError<Uncatalogued<Alipay>> = from_slice(&body).unwrap();
    assert_eq!(err.code(), "ACQ.SYSTEM_ERROR");
    assert_eq!(err.raw_message(), Some(GBK_BUSY));
    assert_eq!(err.message(), String::from_utf8_lossy(GBK_BUSY));
    assert_eq!(err.top_message(), Some("Business Failed"));

    let over_http = from_http::<Value, Uncatalogued<Alipay>>(200, (), &body).unwrap_err();
    let HttpError::Api(err) = over_http else {
        panic!("not the platform's error: {over_http}");
    };
    assert_eq!(
        (err.code(), err.raw_message()),
        ("ACQ.SYSTEM_ERROR".into(), Some(GBK_BUSY))
    );

    // AIP-193, nested under `error`.
    let body = gbk_body(
        r#"{"error":{"code":503,"message":""#,
        r#"","status":"UNAVAILABLE"}}"#,
    );
    let response: Response<Value, GoogleRpc> = from_slice(&body).unwrap();
    assert_eq!(response.code(), Code::Str("UNAVAILABLE"));
    assert_eq!(response.raw_message(), Some(GBK_BUSY));
}

#[test]
fn the_raw_message_is_the_bytes_of_the_message_shown() {
    // GBK in `msg`, beside a sub code whose message types the error: `message()` is the
    // sub message, so the raw bytes (of `msg`) are not its bytes.
    let body = gbk_body(
        r#"{"alipay_trade_pay_response":{"code":"40004","msg":""#,
        r#"","sub_code":"ACQ.SYSTEM_ERROR","sub_msg":"x"},"sign":"S"}"#,
    );
    let err: ApiError<Uncatalogued<Alipay>> = from_slice(&body).unwrap();
    assert_eq!((err.message(), err.raw_message()), ("x", None));
    assert_eq!(err.top_message(), Some(&*String::from_utf8_lossy(GBK_BUSY)));
    let response: Response<Value, Alipay> = from_slice(&body).unwrap();
    assert_eq!((response.message(), response.raw_message()), ("x", None));

    // Without a sub message, `msg` types the error with the sub code: its bytes.
    let body = gbk_body(
        r#"{"alipay_trade_pay_response":{"code":"40004","msg":""#,
        r#"","sub_code":"ACQ.SYSTEM_ERROR"},"sign":"S"}"#,
    );
    let err: ApiError<Uncatalogued<Alipay>> = from_slice(&body).unwrap();
    assert_eq!(err.raw_message(), Some(GBK_BUSY));
    assert_eq!(err.message(), String::from_utf8_lossy(GBK_BUSY));

    // DingTalk's errcode 88 with a numeric sub code: the sub code types the error, its
    // message (UTF-8 here) is the message; errcode 88 and `errmsg` are the top.
    let body = gbk_body(
        r#"{"errcode":88,"sub_code":"60011","sub_msg":"no","errmsg":""#,
        r#""}"#,
    );
    let err: ApiError<Uncatalogued<Dingtalk>> = from_slice(&body).unwrap();
    assert_eq!((err.code(), err.raw_message()), (60011.into(), None));
    assert_eq!((err.top_code(), err.message()), (88.into(), "no"));
    // With a sub code of text, errcode types the error, and `errmsg` is the message.
    let body = gbk_body(
        r#"{"errcode":88,"sub_code":"isv.x","sub_msg":"no","errmsg":""#,
        r#""}"#,
    );
    let err: ApiError<Uncatalogued<Dingtalk>> = from_slice(&body).unwrap();
    assert_eq!((err.code(), err.raw_message()), (88.into(), Some(GBK_BUSY)));
}

// ---------------------------------------------------------------------------------------
// A success is no error

#[test]
fn a_body_without_a_code_is_no_error_even_where_successes_carry_none() {
    fn refused<C: platform_errors_core::Catalogue + std::fmt::Debug>(body: &str) -> String {
        match serde_json::from_str::<ApiError<C>>(body) {
            Ok(err) => panic!("{body} read as the error {err:?}"),
            Err(e) => e.to_string(),
        }
    }
    for body in [
        "{}",
        r#"{"prepay_id":"wx201410272009395522657a690389285100"}"#,
    ] {
        assert!(refused::<Uncatalogued<WechatPayV3>>(body).contains("missing field `code`"));
        assert!(refused::<Uncatalogued<DingtalkV1>>(body).contains("missing field `code`"));
        // AIP-193: a resource, without `error`.
        assert!(refused::<Uncatalogued<GoogleRpc>>(body).contains("missing field `error`"));
    }
    // The object without its code is no error either.
    assert!(
        refused::<Uncatalogued<GoogleRpc>>(r#"{"error":{"message":"m"}}"#)
            .contains("missing field `code`")
    );
    // Through the bytes' reader too.
    assert!(from_slice::<ApiError<Uncatalogued<WechatPayV3>>>(b"{}").is_err());

    // So that an untagged answer takes the success's arm.
    #[derive(Debug, serde::Deserialize)]
    #[serde(untagged)]
    enum Answer {
        Failed(ApiError<Uncatalogued<WechatPayV3>>),
        Paid(Value),
    }
    let paid: Answer = serde_json::from_str(r#"{"prepay_id":"wx1"}"#).unwrap();
    assert!(
        matches!(&paid, Answer::Paid(v) if v["prepay_id"] == "wx1"),
        "{paid:?}"
    );
    let failed: Answer =
        serde_json::from_str(r#"{"code":"PARAM_ERROR","message":"参数错误"}"#).unwrap();
    assert!(matches!(&failed, Answer::Failed(err) if err.code() == "PARAM_ERROR"));
}

// ---------------------------------------------------------------------------------------
// Sub codes: `null` is none, empty is none for success

#[test]
fn a_null_sub_code_is_no_sub_code() {
    let body = r#"{"errcode":0,"errmsg":"ok","sub_code":null,"sub_msg":null,"result":1}"#;
    let response: Response<Value, Dingtalk> = serde_json::from_str(body).unwrap();
    assert!(response.is_success());
    assert_eq!(
        (response.sub_code(), response.payload()),
        (None, Some(&json!({"result": 1})))
    );
    // From a `Value`, which gives values rather than text.
    let response: Response<Value, Dingtalk> =
        serde_json::from_value(serde_json::from_str(body).unwrap()).unwrap();
    assert!(response.is_success());

    let body = r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":null,"sub_msg":null}}"#;
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
    assert_eq!(
        (err.code(), err.message(), err.sub_code()),
        ("40004".into(), "Business Failed", None)
    );
    let err: ApiError<Uncatalogued<Alipay>> =
        serde_json::from_value(serde_json::from_str(body).unwrap()).unwrap();
    assert_eq!(err.code(), "40004");

    let body = r#"{"error":{"code":400,"message":"bad","status":null}}"#;
    let err: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(body).unwrap();
    assert_eq!((err.code(), err.sub_code()), (400.into(), None));
    let response: Response<Value, GoogleRpc> = serde_json::from_str(body).unwrap();
    assert!(!response.is_success());

    // Nothing is kept for a `null`: written back and read again, the same error.
    let err: ApiError<Uncatalogued<Dingtalk>> =
        serde_json::from_str(r#"{"errcode":"40004","sub_code":null,"sub_msg":null}"#).unwrap();
    let again: ApiError<Uncatalogued<Dingtalk>> =
        serde_json::from_str(&serde_json::to_string(&err).unwrap()).unwrap();
    assert_eq!(again, err);

    // A sub code of the wrong type is still refused.
    let body = r#"{"errcode":88,"errmsg":"x","sub_code":[1]}"#;
    assert!(serde_json::from_str::<ApiError<Uncatalogued<Dingtalk>>>(body).is_err());
}

#[test]
fn an_empty_alipay_sub_code_is_a_success_as_alipays_sdk_reads_it() {
    let body = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","sub_code":"","trade_no":"1"},"sign":"S"}"#;
    let response: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
    assert!(response.is_success());
    assert_eq!(response.code(), Code::Str("10000"));
    let value = response.into_result::<Uncatalogued<Alipay>>().unwrap();
    assert_eq!(value["trade_no"], "1");

    // An error with an empty sub code is typed by its code, and keeps the sub code sent.
    let body = r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"","sub_msg":""}}"#;
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
    assert_eq!(
        (err.code(), err.message()),
        ("40004".into(), "Business Failed")
    );
    assert_eq!(err.sub_code(), Some(Code::Str("")));
    let again: ApiError<Uncatalogued<Alipay>> =
        serde_json::from_str(&serde_json::to_string(&err).unwrap()).unwrap();
    assert_eq!(again, err);
}

// ---------------------------------------------------------------------------------------
// A success written as the platform sends one

#[test]
fn a_success_is_written_as_the_platform_sends_it_and_read_back() {
    fn written<E: platform_errors_core::HasEnvelope>(response: &Response<Value, E>) -> Value {
        serde_json::to_value(response).unwrap()
    }
    fn read_back<E: platform_errors_core::HasEnvelope>(response: &Response<Value, E>) {
        let text = serde_json::to_string(response).unwrap();
        let again: Response<Value, E> = serde_json::from_str(&text).unwrap();
        assert!(again.is_success(), "{text}");
        assert_eq!(again.payload(), response.payload(), "{text}");
        assert_eq!(again.message(), response.message(), "{text}");
    }

    // WeChat Pay v3 and DingTalk's newer API: the payload alone.
    let paid = Response::<_, WechatPayV3>::success("", json!({"prepay_id": "wx1"}));
    assert_eq!(written(&paid), json!({"prepay_id": "wx1"}));
    read_back(&paid);
    let noted = Response::<_, DingtalkV1>::success("done", json!({"result": true}));
    assert_eq!(written(&noted), json!({"message": "done", "result": true}));
    read_back(&noted);

    // AIP-193: the resource alone, never under `error`.
    let book = Response::<_, GoogleRpc>::success("", json!({"name": "shelves/1/books/2"}));
    assert_eq!(written(&book), json!({"name": "shelves/1/books/2"}));
    read_back(&book);

    // Alipay: under the method's key, the code a string as Alipay sends it.
    let queried = Response::<_, Alipay>::success("Success", json!({"trade_no": "1"}))
        .with_nested_key("alipay_trade_query_response");
    assert_eq!(
        written(&queried),
        json!({"alipay_trade_query_response": {"code": "10000", "msg": "Success", "trade_no": "1"}})
    );
    assert_eq!(queried.code(), Code::Str("10000"));
    read_back(&queried);
    // Without the key there is no right place for it: an error, not a body that says
    // `error_response`.
    let keyless = Response::<_, Alipay>::success("Success", json!({"trade_no": "1"}));
    let refused = serde_json::to_string(&keyless).unwrap_err().to_string();
    assert!(refused.contains("with_nested_key"), "{refused}");

    // And a hand-built Alipay error goes under the key it is given.
    let err = ApiError::<Uncatalogued<Alipay>>::received("40004", "Business Failed")
        .with_nested_key("alipay_trade_pay_response");
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed"}})
    );
    let again: ApiError<Uncatalogued<Alipay>> =
        serde_json::from_str(&serde_json::to_string(&err).unwrap()).unwrap();
    assert_eq!(again, err);
}

// ---------------------------------------------------------------------------------------
// Over HTTP

#[test]
fn an_http_error_says_its_answer_once_in_a_chain() {
    let err = from_http::<(), platform_errors_core::qingtui::QingtuiError>(
        200,
        (),
        br#"{"errcode":-1,"errmsg":"busy"}"#,
    )
    .unwrap_err();
    let mut chain = err.to_string();
    let mut source = err.source();
    while let Some(next) = source {
        chain.push_str(": ");
        chain.push_str(&next.to_string());
        source = next.source();
    }
    assert_eq!(chain.matches("busy").count(), 1, "{chain}");
    assert_eq!(chain, "errcode -1: busy");
}

#[test]
fn a_gateways_json_under_an_error_status_is_no_success() {
    let body = br#"{"message":"upstream timed out"}"#;
    for status in [401, 500, 502] {
        let err = from_http::<(), Uncatalogued<WechatPayV3>>(status, (), body).unwrap_err();
        let HttpError::Body(unexpected) = &err else {
            panic!("{status}: {err}");
        };
        assert_eq!(unexpected.status(), status);
        assert!(
            unexpected.reason().contains("no `code` under HTTP"),
            "{err}"
        );
    }
    let err = from_http::<Value, Uncatalogued<DingtalkV1>>(502, (), b"{}").unwrap_err();
    assert_eq!(err.advice(), Advice::Retry);
    // Under 2xx, the same body is the success.
    assert!(from_http::<(), Uncatalogued<WechatPayV3>>(200, (), body).is_ok());
    // An error answer with its code is the platform's error under any status.
    let err = from_http::<(), Uncatalogued<WechatPayV3>>(
        400,
        (),
        r#"{"code":"PARAM_ERROR","message":"参数错误"}"#.as_bytes(),
    )
    .unwrap_err();
    assert!(matches!(err, HttpError::Api(_)), "{err}");
}

#[test]
fn the_head_of_a_body_of_stray_bytes_is_kept() {
    let body = [0x80_u8; 300];
    let err = from_http::<(), Uncatalogued<WechatPayV3>>(502, (), &body).unwrap_err();
    let HttpError::Body(unexpected) = &err else {
        panic!("{err}");
    };
    assert!(!unexpected.head().is_empty());
    assert!(unexpected.head().chars().all(|c| c == '\u{FFFD}'));
    // A UTF-8 body cut inside a character is cut before it.
    let mut text = "a".repeat(255);
    text.push('系');
    let err = from_http::<(), Uncatalogued<WechatPayV3>>(502, (), text.as_bytes()).unwrap_err();
    let HttpError::Body(unexpected) = &err else {
        panic!("{err}");
    };
    assert_eq!(unexpected.head(), "a".repeat(255));
}

#[test]
fn an_error_without_a_message_says_no_empty_one() {
    let err = ApiError::<Uncatalogued<WechatPayV3>>::received("PARAM_ERROR", "");
    assert_eq!(err.to_string(), "code PARAM_ERROR");
    let err = ApiError::<Uncatalogued>::received(-2, "");
    assert_eq!(err.to_string(), "errcode -2");
}

#[test]
fn an_unknown_code_takes_its_advice_from_the_status() {
    use platform_errors_core::envelope::CodeMsg;
    use platform_errors_core::retry::{Attempt, Decision, RetryPolicy};
    use std::time::Duration;

    let body = br#"{"code":99991400,"msg":"request trigger frequency limit"}"#;
    let err =
        from_http::<Value, Uncatalogued<CodeMsg>>(429, [("retry-after", "3")], body).unwrap_err();
    assert_eq!(err.advice(), Advice::Throttle);
    let first = Attempt::new(1, Duration::ZERO).with_retry_after(err.retry_after());
    assert_eq!(
        RetryPolicy::DEFAULT.decide(err.advice(), &first, 0),
        Decision::Retry {
            after: Duration::from_secs(3)
        }
    );
    // As a body that is not the platform's answer does.
    let page =
        from_http::<Value, Uncatalogued<CodeMsg>>(429, (), b"<html>busy</html>").unwrap_err();
    assert_eq!(page.advice(), err.advice());

    let busy =
        from_http::<Value, Uncatalogued<CodeMsg>>(503, (), br#"{"code":1,"msg":"?"}"#).unwrap_err();
    assert_eq!(busy.advice(), Advice::Retry);
    // Under 200, or 400, an unknown code has no advice.
    for status in [200, 400] {
        let err = from_http::<Value, Uncatalogued<CodeMsg>>(status, (), br#"{"code":1,"msg":"?"}"#)
            .unwrap_err();
        assert_eq!(err.advice(), Advice::None, "{status}");
    }
    // A declared code keeps its own advice whatever the status.
    let token = from_http::<Value, platform_errors_core::qingtui::QingtuiError>(
        503,
        (),
        br#"{"errcode":42001,"errmsg":"access_token expired"}"#,
    )
    .unwrap_err();
    assert_eq!(token.advice(), Advice::RefreshToken);
}

#[test]
fn an_error_typed_by_its_sub_code_alone_is_an_error() {
    let err: ApiError<Uncatalogued<GoogleRpc>> =
        serde_json::from_str(r#"{"error":{"status":"UNAVAILABLE"}}"#).unwrap();
    assert_eq!(err.code(), "UNAVAILABLE");
    // An empty sub code types nothing: without a code, no error.
    let refused = serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(
        r#"{"error_response":{"sub_code":""}}"#,
    );
    assert!(refused.is_err());
}

#[test]
fn a_missing_code_beside_a_sub_code_is_not_made_up() {
    // AIP-193, typed by `status` alone.
    let body = r#"{"error":{"message":"bad","status":"INVALID_ARGUMENT"}}"#;
    let err: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(body).unwrap();
    assert_eq!(
        (err.code(), err.top_code()),
        ("INVALID_ARGUMENT".into(), "INVALID_ARGUMENT".into())
    );
    let written = serde_json::to_value(&err).unwrap();
    assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());

    // Over HTTP, under an error status: the platform's error, not a body it did not send.
    // (Under 2xx, AIP-193's status decides: the body is the resource.)
    let ok = from_http::<Value, Uncatalogued<GoogleRpc>>(200, (), body.as_bytes()).unwrap();
    assert_eq!(ok["error"]["status"], "INVALID_ARGUMENT");
    for status in [400, 503] {
        let err =
            from_http::<Value, Uncatalogued<GoogleRpc>>(status, (), body.as_bytes()).unwrap_err();
        let HttpError::Api(api) = &err else {
            panic!("{status}: {err}");
        };
        assert_eq!(api.code(), "INVALID_ARGUMENT");
    }

    // A `Response` reads it as the error, and reads no payload from it.
    #[derive(Debug, serde::Deserialize)]
    struct Book {
        #[allow(dead_code)]
        name: String,
    }
    let response: Response<Book, GoogleRpc> = serde_json::from_str(body).unwrap();
    assert!(!response.is_success());
    assert_eq!(response.code(), Code::Str("INVALID_ARGUMENT"));

    // Alipay, typed by `sub_code` alone: no code 10000 (its success) made up.
    let body = r#"{"error_response":{"sub_code":"isv.x","sub_msg":"m"}}"#;
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
    assert_eq!(
        (err.code(), err.top_code(), err.message()),
        ("isv.x".into(), "isv.x".into(), "m")
    );
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        serde_json::from_str::<Value>(body).unwrap()
    );
    let response: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
    assert_eq!(response.code(), Code::Str("isv.x"));
    assert!(!response.is_success());
}

#[test]
fn http_errors_hash_as_api_errors_do() {
    use std::collections::HashSet;
    let busy =
        from_http::<(), Uncatalogued>(200, (), br#"{"errcode":-1,"errmsg":"busy"}"#).unwrap_err();
    let page = from_http::<(), Uncatalogued>(502, (), b"<html></html>").unwrap_err();
    let set: HashSet<HttpError<Uncatalogued>> =
        [busy.clone(), page.clone(), busy].into_iter().collect();
    assert_eq!(set.len(), 2);
    assert!(set.contains(&page));
}

#[test]
fn an_error_built_by_hand_is_written_as_the_platform_types_it() {
    // AIP-193: a string code is the `status`, beside the HTTP status as `code` (where none is
    // known, the one `google.rpc.Code` maps the name to, as `http::answer` sends it); an
    // integer, the `code`.
    let err = ApiError::<Uncatalogued<GoogleRpc>>::received("RESOURCE_EXHAUSTED", "quota");
    let written = serde_json::to_value(&err).unwrap();
    assert_eq!(
        written,
        json!({"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "message": "quota"}})
    );
    let again: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_value(written).unwrap();
    assert_eq!(
        (again.code(), again.message()),
        ("RESOURCE_EXHAUSTED".into(), "quota")
    );
    // Read back, the body's `code` is the status the answer had, as over HTTP.
    assert_eq!(
        (again.status(), again.advice()),
        (Some(429), Advice::Throttle)
    );
    let by_status = ApiError::<Uncatalogued<GoogleRpc>>::received(404, "missing");
    assert_eq!(
        serde_json::to_value(&by_status).unwrap(),
        json!({"error": {"code": 404, "message": "missing"}})
    );

    // Alipay: an error built by hand of a sub code is written as the sub code, and reads
    // back the same, under the key given.
    let err = ApiError::<Uncatalogued<Alipay>>::received("ACQ.TRADE_HAS_SUCCESS", "交易已被支付")
        .with_nested_key("alipay_trade_pay_response");
    let written = serde_json::to_value(&err).unwrap();
    let again: ApiError<Uncatalogued<Alipay>> = serde_json::from_value(written).unwrap();
    assert_eq!(
        (again.code(), again.message()),
        ("ACQ.TRADE_HAS_SUCCESS".into(), "交易已被支付")
    );
    assert_eq!(again.nested_key(), Some("alipay_trade_pay_response"));

    // What was read is written back as it was, top code included.
    let body = r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"}}"#;
    let read: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_string(&read).unwrap(), body);
}
