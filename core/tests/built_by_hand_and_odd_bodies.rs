//! Errors built by hand are what the same answer read from the wire is, and are written in
//! the platform's shape; bodies that plain serde_json refuses keep their code.
#![cfg(all(feature = "serde", feature = "wecom"))]

use platform_errors_core::envelope::{Alipay, ErrcodeErrmsg, GoogleRpc, WechatPayV3};
use platform_errors_core::qingtui::QingtuiError;
use platform_errors_core::wecom::WecomError;
use platform_errors_core::wire::{from_http, from_slice};
use platform_errors_core::{
    Advice, ApiError, Code, HttpError, PlatformError, Response, Uncatalogued,
};
use serde_json::json;

#[test]
fn a_numeric_string_code_is_the_number_under_numeric_codes() {
    let from_text = ApiError::<QingtuiError>::received("40001", "invalid credential");
    let from_number = ApiError::<QingtuiError>::received(40001, "invalid credential");
    let read: ApiError<QingtuiError> =
        serde_json::from_str(r#"{"errcode":"40001","errmsg":"invalid credential"}"#).unwrap();
    assert_eq!(from_text, from_number);
    assert_eq!(from_text, read);
    assert!(from_text.code() == 40001);
    assert!(from_text.kind().is_some());
    assert_eq!(
        serde_json::to_value(&from_text).unwrap(),
        json!({"errcode": 40001, "errmsg": "invalid credential"})
    );
    // Under string codes, text stays text (Alipay's "40004").
    let alipay = ApiError::<Uncatalogued<Alipay>>::received("40004", "Business Failed");
    assert_eq!(alipay.code(), Code::Str("40004"));
}

#[test]
fn wecom_hint_is_the_request_id_of_an_error_built_by_hand() {
    let message = "invalid access_token, hint: [1639_3_ee1f], from ip: 1.2.3.4";
    let built = ApiError::<WecomError>::new(40014, message);
    assert_eq!(built.request_id(), Some("1639_3_ee1f"));
    let received = ApiError::<WecomError>::received(40014, message);
    assert_eq!(received.request_id(), Some("1639_3_ee1f"));
    let read: ApiError<WecomError> =
        serde_json::from_value(json!({"errcode": 40014, "errmsg": message})).unwrap();
    assert_eq!(read, built);
    // Written back as received: the id stays in the message, not in a field of its own.
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"errcode": 40014, "errmsg": message})
    );
    // Through a type of the SDK's own.
    assert_eq!(
        PlatformError::request_id(&ApiError::<WecomError>::new(40014, message)),
        Some("1639_3_ee1f")
    );
}

#[test]
fn failures_of_either_kind_of_code() {
    let pay = Response::<(), WechatPayV3>::failure("PARAM_ERROR", "参数错误");
    assert!(!pay.is_success());
    assert_eq!(
        serde_json::to_value(&pay).unwrap(),
        json!({"code": "PARAM_ERROR", "message": "参数错误"})
    );
    let err = pay.into_result::<Uncatalogued<WechatPayV3>>().unwrap_err();
    assert_eq!(err.code(), Code::Str("PARAM_ERROR"));

    let alipay = Response::<(), Alipay>::failure(40004, "Business Failed");
    assert_eq!(
        serde_json::to_value(&alipay).unwrap(),
        json!({"error_response": {"code": "40004", "msg": "Business Failed"}})
    );
    let numeric = Response::<(), ErrcodeErrmsg>::failure("40001", "invalid credential");
    assert_eq!(numeric.code(), Code::Int(40001));
    assert_eq!(
        serde_json::to_value(&numeric).unwrap(),
        json!({"errcode": 40001, "errmsg": "invalid credential"})
    );
}

#[test]
#[should_panic(expected = "is success")]
fn a_failure_of_the_success_code_panics() {
    let _ = Response::<(), ErrcodeErrmsg>::failure(0, "ok");
}

#[test]
fn a_sub_code_built_by_hand_is_written_as_the_sub_code() {
    // Alipay: the sub code under `sub_code`, its message under `sub_msg`, and no made-up
    // code beside it; read back, it types the error as before.
    let err = ApiError::<Uncatalogued<Alipay>>::received("ACQ.TRADE_HAS_SUCCESS", "交易已被支付")
        .with_nested_key("alipay_trade_pay_response");
    let written = serde_json::to_value(&err).unwrap();
    assert_eq!(
        written,
        json!({"alipay_trade_pay_response": {"sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}})
    );
    let again: ApiError<Uncatalogued<Alipay>> = serde_json::from_value(written).unwrap();
    assert_eq!(again, err);
    assert_eq!(again.code(), Code::Str("ACQ.TRADE_HAS_SUCCESS"));
    assert_eq!(again.sub_code(), Some(Code::Str("ACQ.TRADE_HAS_SUCCESS")));
    assert_eq!(again.message(), "交易已被支付");

    // AIP-193: `status`, and the numeric `code` where the HTTP status is known.
    let down =
        ApiError::<Uncatalogued<GoogleRpc>>::received("UNAVAILABLE", "down").with_status(503);
    assert_eq!(
        serde_json::to_value(&down).unwrap(),
        json!({"error": {"code": 503, "status": "UNAVAILABLE", "message": "down"}})
    );
    // Without a status received or declared: the status `google.rpc.Code` maps the name to
    // (AIP-193 requires a `code`), which `http::answer` sends too; 500 for another name.
    let unknown = ApiError::<Uncatalogued<GoogleRpc>>::received("UNAVAILABLE", "down");
    assert_eq!(
        serde_json::to_value(&unknown).unwrap(),
        json!({"error": {"code": 503, "status": "UNAVAILABLE", "message": "down"}})
    );
    for (name, code) in [
        ("NOT_FOUND", 404),
        ("INVALID_ARGUMENT", 400),
        ("PERMISSION_DENIED", 403),
        ("RESOURCE_EXHAUSTED", 429),
        ("DEADLINE_EXCEEDED", 504),
        ("BOOK_GONE", 500),
    ] {
        let err = ApiError::<Uncatalogued<GoogleRpc>>::received(name, "m");
        assert_eq!(
            serde_json::to_value(&err).unwrap()["error"]["code"],
            json!(code),
            "{name}"
        );
        let response = Response::<(), GoogleRpc>::failure(name, "m");
        assert_eq!(
            serde_json::to_value(&response).unwrap()["error"]["code"],
            json!(code),
            "{name}"
        );
    }
    // The status is the error's own, so `http::answer` sends what the body says.
    #[cfg(feature = "http")]
    {
        use platform_errors_core::http::answer;
        let missing = ApiError::<Uncatalogued<GoogleRpc>>::received("NOT_FOUND", "m");
        let sent = answer(&missing);
        assert_eq!(sent.status(), 404);
        assert!(sent.body().contains(r#""code":404"#), "{}", sent.body());
        let numeric = ApiError::<Uncatalogued<GoogleRpc>>::received(404, "m");
        assert_eq!(answer(&numeric).status(), 404);
    }
    // Under any other envelope a code named as a `google.rpc.Code` is a code like any other:
    // no status of its own, and `http::answer`'s defaults.
    for err in [
        ApiError::<Uncatalogued<WechatPayV3>>::received("NOT_FOUND", "m"),
        ApiError::<Uncatalogued<WechatPayV3>>::received("UNAVAILABLE", "m"),
    ] {
        assert_eq!((err.status(), err.advice()), (None, Advice::None));
        #[cfg(feature = "http")]
        assert_eq!(platform_errors_core::http::answer_status(&err), 500);
    }
    let alipay = ApiError::<Uncatalogued<Alipay>>::received("UNAVAILABLE", "m");
    assert_eq!(alipay.status(), None);
}

#[test]
fn failures_of_a_sub_code_are_written_where_the_platform_sends_it() {
    let aip = Response::<(), GoogleRpc>::failure("UNAVAILABLE", "down");
    assert!(!aip.is_success());
    let written = serde_json::to_value(&aip).unwrap();
    assert_eq!(
        written,
        json!({"error": {"code": 503, "status": "UNAVAILABLE", "message": "down"}})
    );
    let back: Response<(), GoogleRpc> = serde_json::from_value(written).unwrap();
    assert_eq!(back.code(), Code::Str("UNAVAILABLE"));
    // Held as the answer read back holds it: the status name is the sub code too, and the
    // two are equal, for a name `google.rpc.Code` has and for one of the API's own.
    assert_eq!(aip.sub_code(), Some(Code::Str("UNAVAILABLE")));
    assert_eq!(back, aip);
    // A name of the API's own has no status: written with 500, which it reads back with.
    let own = Response::<(), GoogleRpc>::failure("BOOK_GONE", "gone");
    let text = serde_json::to_string(&own).unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        json!({"error": {"code": 500, "status": "BOOK_GONE", "message": "gone"}})
    );
    let back = serde_json::from_str::<Response<(), GoogleRpc>>(&text).unwrap();
    assert_eq!(back.code(), Code::Str("BOOK_GONE"));
    // An `ApiError` built with a `google.rpc.Code` name is held alike: written the same,
    // equal to what it writes read back, and to the failure's error.
    for (name, status) in [("UNAVAILABLE", 503), ("NOT_FOUND", 404), ("CANCELLED", 499)] {
        let built = ApiError::<Uncatalogued<GoogleRpc>>::received(name, "m");
        let failure = Response::<(), GoogleRpc>::failure(name, "m");
        let text = serde_json::to_string(&built).unwrap();
        assert_eq!(text, serde_json::to_string(&failure).unwrap());
        assert_eq!(
            (built.sub_code(), built.status()),
            (Some(Code::Str(name)), Some(status))
        );
        let back: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, built, "{text}");
        let from_failure = failure
            .into_result::<Uncatalogued<GoogleRpc>>()
            .unwrap_err();
        assert_eq!(from_failure, built);
    }

    let alipay = Response::<(), Alipay>::failure("ACQ.TRADE_HAS_SUCCESS", "交易已被支付")
        .with_nested_key("alipay_trade_pay_response");
    let written = serde_json::to_value(&alipay).unwrap();
    assert_eq!(
        written,
        json!({"alipay_trade_pay_response": {"sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}})
    );
    let back: Response<(), Alipay> = serde_json::from_value(written).unwrap();
    assert_eq!(back, alipay);
    assert_eq!(back.sub_code(), Some(Code::Str("ACQ.TRADE_HAS_SUCCESS")));
    // Numbers as the wire reads them.
    let spaced = Response::<(), ErrcodeErrmsg>::failure(" 40001 ", "invalid credential");
    assert_eq!(spaced.code(), Code::Int(40001));
}

#[test]
fn a_failure_that_reads_as_a_success_panics_however_written() {
    for code in [" 0", "+0", "0.0", "-0"] {
        let panicked =
            std::panic::catch_unwind(|| Response::<(), ErrcodeErrmsg>::failure(code, "m"));
        assert!(panicked.is_err(), "{code:?}");
    }
    // A string that no answer of a numeric envelope can hold.
    let panicked =
        std::panic::catch_unwind(|| Response::<(), ErrcodeErrmsg>::failure("ACQ.X", "m"));
    assert!(panicked.is_err());
}

#[test]
fn numeric_strings_are_read_as_the_wire_reads_them() {
    let read: ApiError<QingtuiError> =
        serde_json::from_str(r#"{"errcode":" 40001","errmsg":"invalid credential"}"#).unwrap();
    for code in [" 40001", "+40001", "40001.0", "4.0001e4"] {
        let built = ApiError::<QingtuiError>::received(code, "invalid credential");
        assert_eq!(built, read, "{code:?}");
    }
}

#[test]
fn dingtalk_a_numeric_sub_code_of_zero_is_no_error() {
    use platform_errors_core::envelope::Dingtalk;
    let ok: Response<(), Dingtalk> =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok","sub_code":"0"}"#).unwrap();
    assert!(ok.is_success());
    // A sub code written as a float zero is 0, not a refused body.
    let ok: Response<(), Dingtalk> =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok","sub_code":0.0}"#).unwrap();
    assert!(ok.is_success());
}

#[test]
fn an_aip_answer_has_one_status_in_its_head_and_body() {
    let err = ApiError::<Rpc>::new("UNAVAILABLE", "down").with_status(500);
    // Declared first, as `http::answer_status` decides: 503 in the body.
    assert_eq!(
        serde_json::to_value(&err).unwrap()["error"]["code"],
        json!(503)
    );
}

#[test]
fn which_failures_leave_the_outcome_unknown() {
    let unknown = |status: u16| {
        from_http::<(), QingtuiError>(status, (), b"<html></html>")
            .unwrap_err()
            .is_outcome_unknown()
    };
    for status in [200, 500, 502, 504, 522, 524] {
        assert!(unknown(status), "{status}");
    }
    for status in [400, 401, 403, 404, 408, 429, 501, 503] {
        assert!(!unknown(status), "{status}");
    }
    // A code under a gateway's status (502, 504, 52x) is the gateway's, whatever its shape:
    // the call behind it may have been done. Under any other status the platform answered.
    let busy = br#"{"errcode":-1,"errmsg":"busy"}"#;
    let answered = from_http::<(), QingtuiError>(502, (), busy);
    assert!(answered.unwrap_err().is_outcome_unknown());
    for status in [200, 400, 429, 500, 503] {
        let answered = from_http::<(), QingtuiError>(status, (), busy);
        assert!(!answered.unwrap_err().is_outcome_unknown(), "{status}");
    }
}

#[test]
fn a_lone_surrogate_escape_keeps_the_code() {
    let body = br#"{"errcode": 45009, "errmsg": "api freq out of limit \ud83d"}"#;
    let err: ApiError<QingtuiError> = from_slice(body).unwrap();
    assert_eq!(err.code(), 45009);
    assert_eq!(err.advice(), Advice::Throttle);
    // One replacement character for the lost half of the emoji.
    assert_eq!(err.message(), "api freq out of limit \u{FFFD}");
    match from_http::<(), QingtuiError>(200, (), body) {
        Err(HttpError::Api(err)) => assert_eq!(err.code(), 45009),
        other => panic!("{other:?}"),
    }
    let response: Response<()> = from_slice(body).unwrap();
    assert_eq!(response.code(), Code::Int(45009));
    // A body that is no answer still says what serde_json says of it.
    let broken = br#"{"errcode": 45009, "errmsg": "\ud83d"#;
    assert!(from_slice::<ApiError<QingtuiError>>(broken).is_err());
}

#[test]
fn a_float_zero_from_a_value_is_no_success() {
    // Read into a `Value` first, `1e-400` is 0.0: refused, never a success.
    for text in [
        r#"{"errcode": 1e-400, "errmsg": "system busy"}"#,
        r#"{"errcode": 0.0, "errmsg": "ok"}"#,
        r#"{"errcode": -0.0, "errmsg": "ok"}"#,
    ] {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let read = serde_json::from_value::<Response<()>>(value.clone());
        let err = read.map(|r| r.is_success()).unwrap_err().to_string();
        assert!(err.contains("zero written as a float"), "{text}: {err}");
        assert!(
            serde_json::from_value::<ApiError<QingtuiError>>(value).is_err(),
            "{text}"
        );
    }
    // An integral float is still its integer, and a plain 0 the success.
    let value = json!({"errcode": 40001.0, "errmsg": "invalid credential"});
    let err: ApiError<QingtuiError> = serde_json::from_value(value).unwrap();
    assert_eq!(err.code(), 40001);
    let ok: Response<()> = serde_json::from_value(json!({"errcode": 0, "errmsg": "ok"})).unwrap();
    assert!(ok.is_success());
    // From the text too, zero written as a float is no code: a `Value` gives `1e-400` to
    // the reader as `0.0`, which cannot be told from a `0.0` sent.
    assert!(serde_json::from_str::<Response<()>>(r#"{"errcode": 0.0, "errmsg": "ok"}"#).is_err());
}

platform_errors_core::define_codes! {
    #[platform(crate = platform_errors_core, envelope = GoogleRpc, serde)]
    pub enum Rpc {
        #[platform(http_status = 503)]
        Unavailable = "UNAVAILABLE" => "The service is unavailable",
    }
}

platform_errors_core::define_codes! {
    #[platform(crate = platform_errors_core, envelope = Alipay, serde)]
    pub enum AlipaySub {
        InvalidAuthToken = "aop.invalid-auth-token" => "无效的访问令牌",
    }
}

#[test]
fn a_catalogues_sub_code_is_written_as_the_sub_code() {
    // AIP-193: the status it declares is the numeric `code`.
    assert_eq!(
        serde_json::to_value(Rpc::Unavailable).unwrap(),
        json!({"error": {"code": 503, "status": "UNAVAILABLE", "message": "The service is unavailable"}})
    );
    // Alipay: `sub_code` and `sub_msg`, which Alipay's SDKs read as an error.
    assert_eq!(
        serde_json::to_value(AlipaySub::InvalidAuthToken).unwrap(),
        json!({"error_response": {"sub_code": "aop.invalid-auth-token", "sub_msg": "无效的访问令牌"}})
    );
    let back: AlipaySub =
        serde_json::from_value(serde_json::to_value(AlipaySub::InvalidAuthToken).unwrap()).unwrap();
    assert_eq!(back, AlipaySub::InvalidAuthToken);
    // Hand-built, of the catalogue's kind: the same as read.
    let built = ApiError::<AlipaySub>::new("aop.invalid-auth-token", "无效的访问令牌")
        .with_nested_key("error_response");
    let read: ApiError<AlipaySub> = serde_json::from_value(
        json!({"error_response": {"sub_code": "aop.invalid-auth-token", "sub_msg": "无效的访问令牌"}}),
    )
    .unwrap();
    assert_eq!(built, read);
    assert_eq!(built.kind(), Some(&AlipaySub::InvalidAuthToken));
}

#[test]
fn an_aip_193_resource_under_2xx_is_the_resource() {
    #[derive(Debug, serde::Deserialize)]
    struct Operation {
        name: String,
        done: bool,
        error: Option<serde_json::Value>,
    }
    // A finished long-running operation that failed: a 200 resource with `error`.
    let body = br#"{"name":"operations/123","done":true,"error":{"code":3,"message":"invalid","details":[]}}"#;
    let op = from_http::<Operation, Uncatalogued<GoogleRpc>>(200, (), body).unwrap();
    assert_eq!((op.name.as_str(), op.done), ("operations/123", true));
    assert_eq!(op.error.unwrap()["code"], 3);
    // The same body under 400 is the error.
    let err = from_http::<Operation, Uncatalogued<GoogleRpc>>(400, (), body).unwrap_err();
    assert_eq!(err.api().map(|e| e.code()), Some(Code::Int(3)));
    // A 2xx body that is not the resource is a body error, not a success.
    let err = from_http::<Operation, Uncatalogued<GoogleRpc>>(200, (), b"<html>").unwrap_err();
    assert!(matches!(err, HttpError::Body(_)));
}

#[test]
fn a_number_under_string_codes_is_the_same_failure_as_its_text() {
    let number = Response::<(), WechatPayV3>::failure(40001, "m");
    let text = Response::<(), WechatPayV3>::failure("40001", "m");
    assert_eq!(number, text);
    let read: Response<(), WechatPayV3> =
        serde_json::from_str(&serde_json::to_string(&number).unwrap()).unwrap();
    assert_eq!(read, number);
    use std::hash::BuildHasher;
    let hasher = std::collections::hash_map::RandomState::new();
    assert_eq!(hasher.hash_one(&number), hasher.hash_one(&read));
}

#[test]
fn an_alipay_error_built_by_hand_reads_back_equal() {
    for err in [
        ApiError::<Uncatalogued<Alipay>>::received("ACQ.TRADE_HAS_SUCCESS", "交易已被支付"),
        ApiError::<Uncatalogued<Alipay>>::received("40004", "Business Failed"),
    ] {
        assert_eq!(err.nested_key(), Some("error_response"));
        let written = serde_json::to_value(&err).unwrap();
        assert!(written.get("error_response").is_some(), "{written}");
        let back: ApiError<Uncatalogued<Alipay>> = serde_json::from_value(written).unwrap();
        assert_eq!(back, err);
    }
    for failure in [
        Response::<(), Alipay>::failure("ACQ.TRADE_HAS_SUCCESS", "交易已被支付"),
        Response::<(), Alipay>::failure(40004, "Business Failed"),
    ] {
        assert_eq!(failure.nested_key(), Some("error_response"));
        let written = serde_json::to_string(&failure).unwrap();
        let back: Response<(), Alipay> = serde_json::from_str(&written).unwrap();
        assert_eq!(back, failure, "{written}");
    }
    assert_eq!(
        serde_json::to_value(Response::<(), Alipay>::failure(40004, "Business Failed")).unwrap(),
        json!({"error_response": {"code": "40004", "msg": "Business Failed"}})
    );
}

#[test]
fn a_field_that_is_not_utf8_before_the_code_keeps_the_error() {
    let body = b"{\"data\": \"\xB7\xB1\", \"errcode\": 40001, \"errmsg\": \"invalid credential\"}";
    let response: Response<serde_json::Value> = from_slice(body).unwrap();
    assert!(!response.is_success());
    assert_eq!(
        (response.code(), response.message()),
        (Code::Int(40001), "invalid credential")
    );
    let err = from_http::<(), Uncatalogued<ErrcodeErrmsg>>(200, (), body).unwrap_err();
    assert_eq!(err.code(), Some(40001.into()));
    assert!(matches!(err, HttpError::Api(_)), "{err:?}");
    // A success needs its payload: one that is not UTF-8 is still refused.
    let success = b"{\"data\": \"\xB7\xB1\", \"errcode\": 0, \"errmsg\": \"ok\"}";
    assert!(from_slice::<Response<serde_json::Value>>(success).is_err());
}

platform_errors_core::define_codes! {
    #![platform(crate = platform_errors_core)]
    /// Every `google.rpc.Code` name, under AIP-193; one declares its own status.
    #[platform(envelope = GoogleRpc, serde)]
    pub enum RpcCodes {
        Ok = "OK" => "ok",
        Cancelled = "CANCELLED" => "cancelled",
        Unknown = "UNKNOWN" => "unknown",
        InvalidArgument = "INVALID_ARGUMENT" => "invalid argument",
        DeadlineExceeded = "DEADLINE_EXCEEDED" => "deadline exceeded",
        NotFound = "NOT_FOUND" => "not found",
        AlreadyExists = "ALREADY_EXISTS" => "already exists",
        PermissionDenied = "PERMISSION_DENIED" => "permission denied",
        Unauthenticated = "UNAUTHENTICATED" => "unauthenticated",
        ResourceExhausted = "RESOURCE_EXHAUSTED" => "resource exhausted",
        FailedPrecondition = "FAILED_PRECONDITION" => "failed precondition",
        Aborted = "ABORTED" => "aborted",
        OutOfRange = "OUT_OF_RANGE" => "out of range",
        Unimplemented = "UNIMPLEMENTED" => "unimplemented",
        Internal = "INTERNAL" => "internal",
        Unavailable = "UNAVAILABLE" => "unavailable",
        DataLoss = "DATA_LOSS" => "data loss",
        #[platform(http_status = 410)]
        BookGone = "BOOK_GONE" => "gone",
        NotAName = "NOT_A_NAME" => "no status of its own",
    }
}

#[test]
fn a_catalogues_rpc_names_declare_their_status() {
    use platform_errors_core::Catalogue;
    // The macro's statuses are the runtime's (`ApiError` built by hand), name by name.
    for entry in RpcCodes::ENTRIES {
        let name = entry.code().as_str().unwrap();
        let by_hand = ApiError::<Uncatalogued<GoogleRpc>>::received(name, "m");
        match name {
            "BOOK_GONE" => assert_eq!(entry.http_status(), Some(410)),
            // `OK`'s 200 would make the error read back as the resource.
            "NOT_A_NAME" | "OK" => {
                assert_eq!(
                    (entry.http_status(), by_hand.status()),
                    (None, None),
                    "{name}"
                );
            }
            _ => assert_eq!(entry.http_status(), by_hand.status(), "{name}"),
        }
    }
    assert_eq!(RpcCodes::NotFound.entry().http_status(), Some(404));
    // Written with that status as its `code`.
    assert_eq!(
        serde_json::to_value(RpcCodes::Unauthenticated).unwrap(),
        json!({"error": {"code": 401, "status": "UNAUTHENTICATED", "message": "unauthenticated"}})
    );
    #[cfg(feature = "http")]
    assert_eq!(
        platform_errors_core::http::answer_status(&RpcCodes::PermissionDenied),
        403
    );
}

/// A derived catalogue under AIP-193, its envelope named by path, with a catch-all.
#[derive(Debug, PartialEq, Eq, platform_errors_core::PlatformError)]
#[platform(crate = platform_errors_core, envelope = platform_errors_core::envelope::GoogleRpc, serde)]
enum Books {
    #[code("NOT_FOUND")]
    #[message("no such book")]
    NotFound,
    #[platform(unknown)]
    Other { code: String, message: String },
}

#[test]
fn a_derived_aip_catalogues_codes_and_catch_all_have_their_status() {
    use platform_errors_core::Catalogue;
    // The envelope named by its path declares as the bare name does.
    assert_eq!(
        Books::NotFound.entry().map(|e| e.http_status()),
        Some(Some(404))
    );
    assert_eq!(
        serde_json::to_value(&Books::NotFound).unwrap()["error"]["code"],
        json!(404)
    );
    // The catch-all's status name has its status too.
    let other = Books::Other {
        code: "UNAVAILABLE".into(),
        message: "down".into(),
    };
    assert_eq!(other.status(), Some(503));
    assert_eq!(
        serde_json::to_value(&other).unwrap(),
        json!({"error": {"code": 503, "status": "UNAVAILABLE", "message": "down"}})
    );
    let read: Books = serde_json::from_str(
        r#"{"error": {"code": 504, "status": "DEADLINE_EXCEEDED", "message": "slow"}}"#,
    )
    .unwrap();
    assert_eq!((read.status(), read.advice()), (Some(504), Advice::Retry));
    assert_eq!(other.advice(), Advice::Retry);
    let unnamed = Books::Other {
        code: "BOOK_GONE".into(),
        message: "gone".into(),
    };
    assert_eq!(unnamed.status(), None);
    assert_eq!(
        Books::ENVELOPE,
        platform_errors_core::Envelope::GOOGLE_RPC.with_string_codes()
    );
    #[cfg(feature = "http")]
    assert_eq!(platform_errors_core::http::answer_status(&other), 503);
}

/// AIP-193's `DEADLINE_EXCEEDED` leaves unknown whether the operation completed: a call
/// that is not idempotent stops; other answered errors, as `UNAVAILABLE`, are retried.
#[cfg(feature = "std")]
#[test]
fn a_deadline_exceeded_leaves_the_outcome_unknown() {
    use platform_errors_core::envelope::GoogleRpc;
    use platform_errors_core::retry::{Attempt, Decision, RetryPolicy, Stop};
    use platform_errors_core::wire::from_http;
    use platform_errors_core::{PlatformError, Uncatalogued};
    use std::time::Duration;
    let decide = |status: u16, body: &[u8]| {
        let err = from_http::<(), Uncatalogued<GoogleRpc>>(status, (), body).unwrap_err();
        let mut attempt = Attempt::new(1, Duration::ZERO).not_idempotent();
        if err.is_outcome_unknown() {
            attempt = attempt.outcome_unknown();
        }
        let api = err.api().unwrap();
        assert_eq!(api.is_outcome_unknown(), err.is_outcome_unknown());
        RetryPolicy::DEFAULT.decide(err.advice(), &attempt, 0)
    };
    let deadline = br#"{"error":{"code":504,"message":"Deadline expired before operation could complete.","status":"DEADLINE_EXCEEDED"}}"#;
    assert_eq!(decide(504, deadline), Decision::Stop(Stop::NotIdempotent));
    let busy = br#"{"error":{"code":503,"message":"busy","status":"UNAVAILABLE"}}"#;
    assert!(matches!(decide(503, busy), Decision::Retry { .. }));
}

/// A derived catalogue under AIP-193 that declares `DEADLINE_EXCEEDED`.
#[derive(Debug, PartialEq, Eq, platform_errors_core::PlatformError)]
#[platform(crate = platform_errors_core, envelope = GoogleRpc)]
enum Deadlines {
    #[code("DEADLINE_EXCEEDED")]
    #[message("deadline exceeded")]
    Exceeded,
    #[code("NOT_FOUND")]
    #[message("no such book")]
    NotFound,
}

/// The same answer leaves the outcome unknown whatever type reads it: an `ApiError`, a
/// derived type's catch-all, or a variant that declares the code.
#[test]
fn a_deadline_exceeded_is_unknown_in_every_type() {
    use platform_errors_core::{ApiError, FromReceived, PlatformError};
    let body = r#"{"error": {"code": 504, "status": "DEADLINE_EXCEEDED", "message": "Deadline expired before operation could complete."}}"#;
    assert!(serde_json::from_str::<ApiError<Books>>(body)
        .unwrap()
        .is_outcome_unknown());
    assert!(serde_json::from_str::<Books>(body)
        .unwrap()
        .is_outcome_unknown());
    assert!(Books::from_received("DEADLINE_EXCEEDED", "slow").is_outcome_unknown());
    assert!(!Books::NotFound.is_outcome_unknown());
    assert!(!Books::from_received("UNAVAILABLE", "busy").is_outcome_unknown());
    assert!(Deadlines::Exceeded.is_outcome_unknown());
    assert!(!Deadlines::NotFound.is_outcome_unknown());
}

/// Google's `Delete` answers `{}`: through `from_http`, as through `Response`, the payload of
/// nothing for an `Option`.
#[cfg(feature = "std")]
#[test]
fn an_empty_aip_success_is_none_for_an_option() {
    use platform_errors_core::wire::from_http;
    use platform_errors_core::{Response, Uncatalogued};
    #[derive(Debug, serde::Deserialize)]
    struct Book {
        #[allow(dead_code)]
        name: String,
    }
    let read = from_http::<Option<Book>, Uncatalogued<GoogleRpc>>(200, (), b" { } ").unwrap();
    assert!(read.is_none());
    let value =
        from_http::<Option<serde_json::Value>, Uncatalogued<GoogleRpc>>(200, (), b"{}").unwrap();
    let response: Response<Option<serde_json::Value>, GoogleRpc> =
        serde_json::from_str("{}").unwrap();
    assert_eq!(Some(&value), response.payload());
    let book =
        from_http::<Option<Book>, Uncatalogued<GoogleRpc>>(200, (), br#"{"name": "b1"}"#).unwrap();
    assert!(book.is_some());
    // A type that is not nothing reads `{}` as itself: a `Value` is the empty object.
    let object = from_http::<serde_json::Value, Uncatalogued<GoogleRpc>>(200, (), b"{ }").unwrap();
    assert_eq!(object, serde_json::json!({}));
}

/// A catalogue of string codes written by hand, whose envelope leaves out
/// `.with_string_codes()`: its kind of code says it, and its answers read.
mod hand_written_string_catalogue {
    use platform_errors_core::{
        ApiError, Catalogue, Code, Entry, Envelope, HasEnvelope, MessageMatch,
    };

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Pay {
        NoAuth,
    }

    static ENTRIES: [Entry; 1] = [Entry::with_code(Code::Str("NO_AUTH"), "NoAuth", "no auth")];

    impl Catalogue for Pay {
        type Code<'a> = &'a str;
        const ENTRIES: &'static [Entry] = &ENTRIES;
        const ENVELOPE: Envelope = Envelope::CODE_MESSAGE;
        fn from_code(code: &str) -> Option<Self> {
            (code == "NO_AUTH").then_some(Self::NoAuth)
        }
        fn match_message(_: &str, _: &str) -> Option<MessageMatch<Self>> {
            None
        }
    }

    #[test]
    fn reads_its_string_codes() {
        assert!(<Pay as HasEnvelope>::ENVELOPE.has_string_codes());
        let err: ApiError<Pay> =
            serde_json::from_str(r#"{"code": "NO_AUTH", "message": "no auth"}"#).unwrap();
        assert_eq!(err.code(), Code::Str("NO_AUTH"));
        assert_eq!(err.kind(), Some(&Pay::NoAuth));
    }
}

#[test]
fn of_two_answer_objects_the_error_is_read_whichever_comes_first() {
    let success = r#""alipay_trade_pay_response":{"code":"10000","msg":"Success"}"#;
    let error = r#""error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"x"}"#;
    for body in [
        format!(r#"{{{success},{error},"sign":"S"}}"#),
        format!(r#"{{{error},{success},"sign":"S"}}"#),
    ] {
        let err = from_http::<serde_json::Value, Uncatalogued<Alipay>>(200, (), body.as_bytes())
            .unwrap_err();
        let api = err.api().expect("the error answer");
        assert_eq!(api.code(), Code::Str("isv.code-invalid"));
        assert_eq!(api.nested_key(), Some("error_response"));
        let response: Response<serde_json::Value, Alipay> = serde_json::from_str(&body).unwrap();
        assert!(!response.is_success());
        assert_eq!(response.sub_code(), Some(Code::Str("isv.code-invalid")));
        let api: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(&body).unwrap();
        assert_eq!(api.code(), Code::Str("isv.code-invalid"));
        // The pattern the wire chapter shows for a success or an error: the error.
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Answer {
            Failed(ApiError<Uncatalogued<Alipay>>),
            Paid(serde_json::Value),
        }
        match serde_json::from_str(&body).unwrap() {
            Answer::Failed(api) => assert_eq!(api.code(), Code::Str("isv.code-invalid")),
            Answer::Paid(value) => panic!("read as a success: {value}"),
        }
    }
    // With a payload of the API's own type: the error too, whichever comes first; a success
    // after an error is skipped unread.
    #[derive(Debug, serde::Deserialize)]
    struct Paid {
        trade_no: String,
    }
    let paid = r#""alipay_trade_pay_response":{"code":"10000","msg":"Success","trade_no":"T1"}"#;
    for body in [
        format!(r#"{{{paid},{error},"sign":"S"}}"#),
        format!(r#"{{{error},{paid},"sign":"S"}}"#),
        format!(r#"{{{error},{success},"sign":"S"}}"#),
    ] {
        let err = from_http::<Paid, Uncatalogued<Alipay>>(200, (), body.as_bytes()).unwrap_err();
        assert_eq!(
            err.api().map(ApiError::code),
            Some(Code::Str("isv.code-invalid")),
            "{body}"
        );
        let response: Response<Paid, Alipay> = serde_json::from_str(&body).unwrap();
        assert_eq!(response.sub_code(), Some(Code::Str("isv.code-invalid")));
        assert!(response.payload().is_none());
    }
    let alone: Response<Paid, Alipay> = serde_json::from_str(&format!("{{{paid}}}")).unwrap();
    assert_eq!(alone.payload().map(|p| p.trade_no.as_str()), Some("T1"));
    // Two errors: the first.
    let twice = r#"{"error":{"code":503,"status":"UNAVAILABLE","message":"a"},"error":{"code":404,"status":"NOT_FOUND","message":"b"}}"#;
    let api: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(twice).unwrap();
    assert_eq!((api.code(), api.message()), (Code::Str("UNAVAILABLE"), "a"));
    let response: Response<serde_json::Value, GoogleRpc> = serde_json::from_str(twice).unwrap();
    assert_eq!(response.code(), Code::Str("UNAVAILABLE"));
}

#[test]
fn a_field_the_envelope_keeps_given_twice_is_the_last_as_a_value_keeps_it() {
    use platform_errors_core::envelope::{CodeMessage, DingtalkV1};
    // Alipay's signature: the one a verifier reading the body as a `serde_json::Value` gets.
    let signed = r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"A"},"sign":"S","sign":"T"}"#;
    let value: serde_json::Value = serde_json::from_str(signed).unwrap();
    assert_eq!(value["sign"], "T");
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(signed).unwrap();
    assert_eq!(err.kept_field("sign"), Some(r#""T""#));
    let response: Response<(), Alipay> = serde_json::from_str(signed).unwrap();
    let err = response.into_result::<Uncatalogued<Alipay>>().unwrap_err();
    assert_eq!(err.kept_field("sign"), Some(r#""T""#));
    // WeChat Pay's detail, in an error.
    let detail = r#"{"code":"PARAM_ERROR","message":"m","detail":{},"detail":{"field":"/amount"}}"#;
    let err: ApiError<Uncatalogued<WechatPayV3>> = serde_json::from_str(detail).unwrap();
    assert_eq!(err.detail(), Some(r#"{"field":"/amount"}"#));
    // A request id key given twice says nothing of whether the call failed: the answer is
    // read, typed, with the first id (the first of the envelope's names found with one).
    for body in [
        r#"{"code":"Forbidden","message":"m","requestid":"A","requestid":"B"}"#,
        r#"{"requestid":"A","code":"Forbidden","message":"m","requestid":"B"}"#,
    ] {
        let err: ApiError<Uncatalogued<DingtalkV1>> = serde_json::from_str(body).unwrap();
        assert_eq!(err.request_id(), Some("A"));
        let response: Response<(), DingtalkV1> = serde_json::from_str(body).unwrap();
        assert_eq!(
            (response.is_success(), response.request_id()),
            (false, Some("A"))
        );
    }
    let both: Response<(), CodeMessage> =
        serde_json::from_str(r#"{"code":40001,"message":"m","request_id":"A","requestid":"B"}"#)
            .unwrap();
    assert_eq!(both.request_id(), Some("A"));
}

/// A `google.rpc.Code` name's HTTP status is AIP-193's, where the code is the HTTP status:
/// under an envelope of its own typed by a string sub code, `NOT_FOUND` is a name like any
/// other, with no 404 beside it.
#[test]
fn an_rpc_name_has_its_status_only_where_the_code_is_the_http_status() {
    use platform_errors_core::{Envelope, HasEnvelope};
    enum Typed {}
    impl HasEnvelope for Typed {
        const ENVELOPE: Envelope = Envelope::new("code", "msg")
            .with_sub_code_fields("status", Some("detail_msg"))
            .typed_by_sub_code();
    }
    let failure = Response::<(), Typed>::failure("NOT_FOUND", "m");
    let written = serde_json::to_value(&failure).unwrap();
    assert!(!written.to_string().contains("404"), "{written}");
    let aip = Response::<(), GoogleRpc>::failure("NOT_FOUND", "m");
    assert_eq!(serde_json::to_value(&aip).unwrap()["error"]["code"], 404);
}
