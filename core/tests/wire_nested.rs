//! String codes and the envelopes beyond a flat object (issue 26 §2): WeChat Pay v3,
//! DingTalk's newer API and its older one's errcode 88, Alipay's v2 gateway, Google's
//! AIP-193. For each: what is read (behaviour), what a round trip keeps, and abuse (wrong
//! types for every field, deep nesting, huge bodies, time linear in the body's size).
//! Bodies are the platforms' own examples, from `shared/anchors-string-codes.md` (sources
//! there): WeChat Pay's rules page, satorijs/satori#240, DingTalk's global code page, the
//! Alipay Node SDK's fixture, AIP-193.
#![cfg(feature = "serde")]

use std::time::{Duration, Instant};

use platform_errors_core::envelope::{
    Alipay, Dingtalk, DingtalkV1, ErrcodeErrmsg, GoogleRpc, WechatPayV3,
};
use platform_errors_core::wire::from_http;
use platform_errors_core::{
    ApiError, Catalogue, Code, Entry, Envelope, HasEnvelope, HttpError, MessageMatch,
    PlatformError, Response, Uncatalogued,
};
use serde_json::{json, Value};

/// WeChat Pay's official example of an error.
const PAY_PARAM_ERROR: &str = r#"{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount/currency","value":"XYZ","issue":"Currency code is invalid","location":"body"}}"#;
/// A real 401, whose `detail` nests a `detail`.
const PAY_SIGN_ERROR: &str = r#"{"code":"SIGN_ERROR","detail":{"detail":{"issue":"sign not match"},"field":"signature","location":"authorization","sign_information":{"method":"GET","sign_message_length":120}},"message":"签名错误,请检查后再试"}"#;
/// DingTalk's newer API, HTTP 400.
const DING_V1: &str = r#"{"code":"InvalidAuthentication","requestid":"30EE8654-C9F0-7A4B-B0B5-4B0D6BF3B4A0","message":"不合法的access_token"}"#;
/// DingTalk's older API, errcode 88 and its sub code.
const DING_88: &str = r#"{"errcode":88,"sub_code":"60011","sub_msg":"没有调用该接口的权限","errmsg":"ding talk error[subcode=60011,submsg=没有调用该接口的权限]","request_id":"5imjny7u9xwa"}"#;
/// Alipay: a business failure under the method's key, signed.
const ALIPAY_PAY: &str = r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS","sub_msg":"交易已被支付"},"sign":"ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}"#;
/// Alipay: the gateway's own failure, the Node SDK's fixture.
const ALIPAY_GATEWAY: &str = r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"}}"#;
/// AIP-193.
const AIP: &str = r#"{"error":{"code":429,"message":"The zone 'us-east1-a' does not have enough resources available to fulfill the request.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"RESOURCE_AVAILABILITY","domain":"compute.googleapis.com","metadata":{"zone":"us-east1-a","vmType":"e2-medium"}}]}}"#;

/// A catalogue of string codes, written by hand as the macros will generate one: WeChat
/// Pay's common codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PayError {
    ParamError,
    UserPaying,
}

impl core::fmt::Display for PayError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.message())
    }
}

impl core::error::Error for PayError {}

impl PlatformError for PayError {
    fn code(&self) -> Option<Code<'_>> {
        Some(Code::Str(match self {
            PayError::ParamError => "PARAM_ERROR",
            PayError::UserPaying => "USERPAYING",
        }))
    }
    fn message(&self) -> &str {
        match self {
            PayError::ParamError => "参数错误",
            PayError::UserPaying => "用户支付中",
        }
    }
}

impl Catalogue for PayError {
    type Code<'a> = &'a str;
    const ENTRIES: &'static [Entry] = &[];
    const ENVELOPE: Envelope = Envelope::WECHAT_PAY_V3;
    fn from_code(code: &str) -> Option<Self> {
        match code {
            "PARAM_ERROR" => Some(PayError::ParamError),
            "USERPAYING" => Some(PayError::UserPaying),
            _ => None,
        }
    }
    fn match_message(_: &str, _: &str) -> Option<MessageMatch<Self>> {
        None
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
struct Prepay {
    prepay_id: String,
}

/// Reads `body` as `ApiError<C>`, writes it, reads that back: the same error, and the same
/// JSON as was read (as values: the order of keys aside). Then as `Response<T, C>`, and
/// through `into_result`, the same error.
fn round_trip<C>(body: &str) -> ApiError<C>
where
    C: Catalogue + PartialEq + core::fmt::Debug,
{
    let err: ApiError<C> = serde_json::from_str(body).unwrap();
    let text = serde_json::to_string(&err).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap(),
        serde_json::from_str::<Value>(body).unwrap(),
        "{body} was written {text}"
    );
    assert_eq!(serde_json::from_str::<ApiError<C>>(&text).unwrap(), err);
    let value = serde_json::to_value(&err).unwrap();
    assert_eq!(serde_json::from_value::<ApiError<C>>(value).unwrap(), err);

    let response: Response<Value, C> = serde_json::from_str(body).unwrap();
    assert!(!response.is_success(), "{body}");
    let written = serde_json::to_string(&response).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&written).unwrap(),
        serde_json::from_str::<Value>(body).unwrap(),
        "{body} was written {written}"
    );
    let again: Response<Value, C> = serde_json::from_str(&written).unwrap();
    assert_eq!(again, response);
    assert_eq!(response.into_result::<C>().unwrap_err(), err);
    err
}

// ---------------------------------------------------------------------------------------
// String codes

#[test]
fn a_string_code_is_kept_as_sent_and_typed_by_a_string_catalogue() {
    let err: ApiError<PayError> = serde_json::from_str(PAY_PARAM_ERROR).unwrap();
    assert_eq!(err.code(), "PARAM_ERROR");
    assert_eq!(err.kind(), Some(&PayError::ParamError));
    assert_eq!(err.message(), "参数错误");
    assert_eq!(PlatformError::code(&err), Some(Code::Str("PARAM_ERROR")));

    // Without a catalogue, the code is kept all the same.
    let err: ApiError<Uncatalogued<WechatPayV3>> = serde_json::from_str(PAY_PARAM_ERROR).unwrap();
    assert_eq!((err.code(), err.kind()), (Code::Str("PARAM_ERROR"), None));

    // Any spelling, escapes read, spaces kept: a string code is the text sent.
    for (body, code) in [
        (r#"{"code": "systemError", "message": ""}"#, "systemError"),
        (
            r#"{"code": "Forbidden.AccessDenied.QpsLimitForApi"}"#,
            "Forbidden.AccessDenied.QpsLimitForApi",
        ),
        (r#"{"code": "isv.code-invalid"}"#, "isv.code-invalid"),
        (r#"{"code": "40004"}"#, "40004"),
        (r#"{"code": " X "}"#, " X "),
        (r#"{"code": "A\u005fB"}"#, "A_B"),
    ] {
        let err: ApiError<Uncatalogued<WechatPayV3>> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), Code::Str(code), "{body}");
    }
    // But the empty string is no code, as `null` is (serde's `Option`): an error needs one,
    // and an answer with either is a success, as one without the key is, and so under 2xx.
    for body in [
        r#"{"code": "", "message": "m"}"#,
        r#"{"code": null, "message": "m"}"#,
    ] {
        let err = serde_json::from_str::<ApiError<Uncatalogued<WechatPayV3>>>(body).unwrap_err();
        assert!(
            err.to_string()
                .contains("`code` is null or empty, where a code is needed"),
            "{body}: {err}"
        );
    }
    for body in [
        r#"{"code": "", "message": null, "prepay_id": "p"}"#,
        r#"{"code": null, "message": null, "prepay_id": "p"}"#,
    ] {
        let answer: Response<Value, WechatPayV3> = serde_json::from_str(body).unwrap();
        assert!(answer.is_success(), "{body}");
        assert_eq!(answer.payload(), Some(&json!({"prepay_id": "p"})), "{body}");
        let read = from_http::<Value, PayError>(200, (), body.as_bytes()).unwrap();
        assert_eq!(read, json!({"prepay_id": "p"}), "{body}");
        // Under 4xx, what any answer without a code is: not the platform's.
        let err = from_http::<Value, PayError>(400, (), body.as_bytes()).unwrap_err();
        assert!(err.api().is_none(), "{body}: {err}");
    }
    // A second code key is refused, the first `null` or not.
    let err =
        serde_json::from_str::<Response<Value, WechatPayV3>>(r#"{"code": null, "code": "X"}"#)
            .unwrap_err();
    assert!(err.to_string().contains("duplicate field `code`"), "{err}");
    // A code sent as a number is a number.
    let err: ApiError<Uncatalogued<WechatPayV3>> =
        serde_json::from_str(r#"{"code": 500, "message": "m"}"#).unwrap();
    assert_eq!(err.code(), 500);
}

#[test]
fn numeric_envelopes_read_string_codes_as_before() {
    // `"40001"` is the number; a string that is none is still refused.
    let err: ApiError<Uncatalogued<ErrcodeErrmsg>> =
        serde_json::from_str(r#"{"errcode": " 40001 ", "errmsg": "m"}"#).unwrap();
    assert_eq!(err.code(), 40001);
    let refused = serde_json::from_str::<ApiError<Uncatalogued<ErrcodeErrmsg>>>(
        r#"{"errcode": "PARAM_ERROR"}"#,
    )
    .unwrap_err();
    assert!(
        refused.to_string().contains("is not an integer"),
        "{refused}"
    );
}

#[test]
fn a_string_catalogue_refuses_numbers_and_a_numeric_one_finds_numeric_strings() {
    // A numeric code under a string catalogue: kept, not typed.
    let err: ApiError<PayError> = serde_json::from_str(r#"{"code": 400}"#).unwrap();
    assert_eq!((err.code(), err.kind()), (Code::Int(400), None));
    // Alipay's top code "40004" is a number for a numeric catalogue (CodeKind::from_code).
    assert_eq!(
        <i64 as platform_errors_core::CodeKind<'_>>::from_code(Code::Str("40004")),
        Some(40004)
    );
}

// ---------------------------------------------------------------------------------------
// WeChat Pay v3

#[test]
fn wechat_pay_behaviour() {
    let err: ApiError<PayError> = serde_json::from_str(PAY_SIGN_ERROR).unwrap();
    assert_eq!(err.code(), "SIGN_ERROR");
    assert_eq!(err.kind(), None);
    let detail: Value = serde_json::from_str(err.detail().unwrap()).unwrap();
    assert_eq!(detail["detail"]["issue"], "sign not match");

    // Over HTTP: the request id from its header, the status kept.
    let headers = [
        ("Request-ID", "08F78BB5AF0610D302A0D7F7"),
        ("Content-Type", "application/json"),
    ];
    let Err(HttpError::Api(err)) =
        from_http::<Prepay, PayError>(400, headers, PAY_PARAM_ERROR.as_bytes())
    else {
        panic!()
    };
    assert_eq!(
        (err.code(), err.status(), err.request_id()),
        (
            Code::Str("PARAM_ERROR"),
            Some(400),
            Some("08F78BB5AF0610D302A0D7F7")
        )
    );

    // An error under a success status: USERPAYING with 202.
    let body = r#"{"code":"USERPAYING","message":"用户支付中，需要输入密码"}"#.as_bytes();
    let Err(HttpError::Api(err)) = from_http::<Prepay, PayError>(202, headers, body) else {
        panic!()
    };
    assert_eq!(
        (err.kind(), err.status()),
        (Some(&PayError::UserPaying), Some(202))
    );

    // A success is the payload, without a code.
    let ok = from_http::<Prepay, PayError>(
        200,
        headers,
        br#"{"prepay_id":"wx201410272009395522657a690389285100"}"#,
    )
    .unwrap();
    assert_eq!(ok.prepay_id, "wx201410272009395522657a690389285100");
    let response: Response<Prepay, WechatPayV3> =
        serde_json::from_str(r#"{"prepay_id":"p-1"}"#).unwrap();
    assert!(response.is_success());
    // And 204, no body, for a `()` payload.
    from_http::<(), PayError>(204, headers, b"").unwrap();
    // A payload with a field named `detail` (goods detail) still gets it.
    #[derive(Debug, serde::Deserialize)]
    struct WithDetail {
        detail: Value,
    }
    let ok: Response<WithDetail, WechatPayV3> =
        serde_json::from_str(r#"{"detail": {"goods": [1]}}"#).unwrap();
    assert_eq!(
        ok.into_result::<PayError>().unwrap().detail,
        json!({"goods": [1]})
    );
}

#[test]
fn wechat_pay_round_trip() {
    let err = round_trip::<PayError>(PAY_PARAM_ERROR);
    assert_eq!(err.kind(), Some(&PayError::ParamError));
    round_trip::<PayError>(PAY_SIGN_ERROR);
    round_trip::<Uncatalogued<WechatPayV3>>(r#"{"code":"ERROR","message":"undocumented"}"#);
    // Written exactly as read, `detail` included.
    let err: ApiError<PayError> = serde_json::from_str(PAY_PARAM_ERROR).unwrap();
    assert_eq!(serde_json::to_string(&err).unwrap(), PAY_PARAM_ERROR);
    // A success without a code is written without one.
    let ok: Response<Prepay, WechatPayV3> = serde_json::from_str(r#"{"prepay_id":"p-1"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&ok).unwrap(),
        r#"{"prepay_id":"p-1"}"#
    );
}

// ---------------------------------------------------------------------------------------
// DingTalk

#[test]
fn dingtalk_v1_behaviour_and_round_trip() {
    let err = round_trip::<Uncatalogued<DingtalkV1>>(DING_V1);
    assert_eq!(err.code(), "InvalidAuthentication");
    assert_eq!(
        err.request_id(),
        Some("30EE8654-C9F0-7A4B-B0B5-4B0D6BF3B4A0")
    );
    assert_eq!(err.message(), "不合法的access_token");

    let body = r#"{"code":"Forbidden.AccessDenied.AccessTokenPermissionDenied","message":"没有调用该接口的权限","accessdenieddetail":{"requiredScopes":["Contact.User.Read"]}}"#;
    let err = round_trip::<Uncatalogued<DingtalkV1>>(body);
    assert_eq!(
        err.detail(),
        Some(r#"{"requiredScopes":["Contact.User.Read"]}"#)
    );

    // The header's id, where the body has none.
    let Err(HttpError::Api(err)) = from_http::<Value, Uncatalogued<DingtalkV1>>(
        500,
        [("x-acs-request-id", "H-1")],
        r#"{"code":"systemError","message":"系统错误"}"#.as_bytes(),
    ) else {
        panic!()
    };
    assert_eq!(
        (err.code(), err.request_id()),
        (Code::Str("systemError"), Some("H-1"))
    );
    // A success is the payload.
    let ok: Value =
        from_http::<Value, Uncatalogued<DingtalkV1>>(200, (), br#"{"result":{"userid":"u"}}"#)
            .unwrap();
    assert_eq!(ok["result"]["userid"], "u");
}

#[test]
fn dingtalk_errcode_88_keeps_its_sub_code() {
    let err = round_trip::<Uncatalogued<Dingtalk>>(DING_88);
    // A numeric sub code types the error, as the number it holds; errcode 88 is the top.
    assert_eq!(err.code(), 60011);
    assert_eq!(err.message(), "没有调用该接口的权限");
    assert_eq!(err.sub_code(), Some(Code::Str("60011")));
    assert_eq!(err.sub_message(), Some("没有调用该接口的权限"));
    assert_eq!(err.request_id(), Some("5imjny7u9xwa"));
    assert_eq!(err.top_code(), Code::Int(88));
    assert!(err
        .top_message()
        .is_some_and(|m| m.starts_with("ding talk error")));
    // A sub code of text stays beside errcode, which types the error.
    let err = round_trip::<Uncatalogued<Dingtalk>>(
        r#"{"errcode":88,"sub_code":"isv.invalid","sub_msg":"no","errmsg":"ding talk error"}"#,
    );
    assert_eq!(err.code(), 88);
    assert_eq!(err.sub_code(), Some(Code::Str("isv.invalid")));
    assert_eq!(
        (err.top_code(), err.top_message()),
        (Code::Int(88), Some(err.message()))
    );
    // errcode 22 with a sub message and no sub code.
    let err = round_trip::<Uncatalogued<Dingtalk>>(
        r#"{"errcode":22,"sub_msg":"参数错误","errmsg":"x","request_id":"r"}"#,
    );
    assert_eq!(
        (err.sub_code(), err.sub_message()),
        (None, Some("参数错误"))
    );
    // A numeric sub code is a number.
    let err: ApiError<Uncatalogued<Dingtalk>> =
        serde_json::from_str(r#"{"errcode":88,"sub_code":60011}"#).unwrap();
    assert_eq!(err.sub_code(), Some(Code::Int(60011)));
    // The plain errcode/errmsg envelope skips them, as before.
    let err: ApiError<Uncatalogued<ErrcodeErrmsg>> = serde_json::from_str(DING_88).unwrap();
    assert_eq!(err.sub_code(), None);
}

// ---------------------------------------------------------------------------------------
// Alipay

#[test]
fn alipay_behaviour() {
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(ALIPAY_PAY).unwrap();
    assert_eq!(err.code(), "ACQ.TRADE_HAS_SUCCESS");
    assert_eq!(err.message(), "交易已被支付");
    assert_eq!(err.sub_code(), Some(Code::Str("ACQ.TRADE_HAS_SUCCESS")));
    assert_eq!(
        (err.top_code(), err.top_message()),
        (Code::Str("40004"), Some("Business Failed"))
    );
    assert_eq!(err.nested_key(), Some("alipay_trade_pay_response"));
    assert_eq!(
        err.kept_field("sign"),
        Some(r#""ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE""#)
    );

    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(ALIPAY_GATEWAY).unwrap();
    assert_eq!(
        (err.code(), err.nested_key()),
        (Code::Str("isv.code-invalid"), Some("error_response"))
    );

    // Without a sub code, the code types it.
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(
        r#"{"alipay_trade_query_response":{"code":"20000","msg":"Service Currently Unavailable"}}"#,
    )
    .unwrap();
    assert_eq!(
        (err.code(), err.message()),
        (Code::Str("20000"), "Service Currently Unavailable")
    );

    // A success: code 10000 and no sub code; the payload is inside.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Query {
        trade_no: String,
        total_amount: String,
    }
    let body = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_no":"2013112011001004330000121536","total_amount":"88.88"},"sign":"S"}"#;
    let ok: Response<Query, Alipay> = serde_json::from_str(body).unwrap();
    assert!(ok.is_success());
    assert_eq!(ok.payload().unwrap().total_amount, "88.88");
    let text = serde_json::to_string(&ok).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap(),
        serde_json::from_str::<Value>(body).unwrap()
    );
    assert_eq!(
        serde_json::from_str::<Response<Query, Alipay>>(&text).unwrap(),
        ok
    );

    // 10000 with a sub code, before or after the payload's fields, is an error
    // (alipay-sdk-java's `isSuccess` is an empty `subCode`).
    for body in [
        r#"{"x_response":{"code":"10000","msg":"Success","sub_code":"ACQ.SYSTEM_ERROR","trade_no":"t","total_amount":"1"}}"#,
        r#"{"x_response":{"sub_code":"ACQ.SYSTEM_ERROR","code":"10000","msg":"Success","trade_no":"t","total_amount":"1"}}"#,
        r#"{"x_response":{"code":"10000","msg":"Success","trade_no":"t","total_amount":"1","sub_code":"ACQ.SYSTEM_ERROR"}}"#,
    ] {
        let response: Response<Query, Alipay> = serde_json::from_str(body).unwrap();
        assert!(!response.is_success(), "{body}");
        let err = response.into_result::<Uncatalogued<Alipay>>().unwrap_err();
        assert_eq!(err.code(), "ACQ.SYSTEM_ERROR", "{body}");
    }
    // No `_response` object: an error that says what is missing.
    let refused =
        serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(r#"{"sign":"S"}"#).unwrap_err();
    assert!(refused.to_string().contains("_response"), "{refused}");
}

#[test]
fn alipay_round_trip() {
    round_trip::<Uncatalogued<Alipay>>(ALIPAY_PAY);
    round_trip::<Uncatalogued<Alipay>>(ALIPAY_GATEWAY);
    round_trip::<Uncatalogued<Alipay>>(
        r#"{"alipay_trade_query_response":{"code":"20000","msg":"Service Currently Unavailable"},"sign":"S","alipay_cert_sn":"c"}"#,
    );
    // A sub code without its message, and without the top message.
    let err = round_trip::<Uncatalogued<Alipay>>(
        r#"{"error_response":{"code":"40002","sub_code":"isv.invalid-signature"}}"#,
    );
    assert_eq!(
        (err.message(), err.top_message(), err.sub_message()),
        ("", None, None)
    );
    // Written exactly as read.
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(ALIPAY_PAY).unwrap();
    assert_eq!(serde_json::to_string(&err).unwrap(), ALIPAY_PAY);
}

#[test]
fn a_success_code_then_a_sub_code_is_an_error_whatever_the_payload() {
    // The payload a success of this method has: an error has none of its fields.
    #[derive(Debug, serde::Deserialize)]
    struct Query {
        #[allow(dead_code)]
        trade_no: String,
    }
    let body = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"},"sign":"S"}"#;
    let read: Response<Query, Alipay> = serde_json::from_str(body).unwrap();
    assert!(!read.is_success());
    let err = read.into_result::<Uncatalogued<Alipay>>().unwrap_err();
    assert_eq!(err.code(), "ACQ.TRADE_NOT_EXIST");
    let Err(HttpError::Api(err)) =
        from_http::<Query, Uncatalogued<Alipay>>(200, (), body.as_bytes())
    else {
        panic!()
    };
    assert_eq!(
        (err.code(), err.sub_message()),
        ("ACQ.TRADE_NOT_EXIST".into(), Some("交易不存在"))
    );
    // A success sent the same way, its fields after the code, is read as before.
    let ok = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_no":"2013"},"sign":"S"}"#;
    let query = from_http::<Query, Uncatalogued<Alipay>>(200, (), ok.as_bytes()).unwrap();
    assert_eq!(query.trade_no, "2013");
    // An empty sub code is no sub code: a success.
    let ok = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","sub_code":"","trade_no":"7"},"sign":"S"}"#;
    assert_eq!(
        from_http::<Query, Uncatalogued<Alipay>>(200, (), ok.as_bytes())
            .unwrap()
            .trade_no,
        "7"
    );
    // DingTalk's older API: errcode 0, then a numeric sub code that is no success.
    #[derive(Debug, serde::Deserialize)]
    struct User {
        #[allow(dead_code)]
        userid: String,
    }
    let body = r#"{"errcode":0,"errmsg":"ok","sub_code":"60011","sub_msg":"no permission"}"#;
    let Err(HttpError::Api(err)) =
        from_http::<User, Uncatalogued<Dingtalk>>(200, (), body.as_bytes())
    else {
        panic!()
    };
    assert_eq!(err.code(), 60011);
    let ok = r#"{"errcode":0,"errmsg":"ok","userid":"u1"}"#;
    assert_eq!(
        from_http::<User, Uncatalogued<Dingtalk>>(200, (), ok.as_bytes())
            .unwrap()
            .userid,
        "u1"
    );
}

// ---------------------------------------------------------------------------------------
// AIP-193

#[test]
fn aip_193_behaviour_and_round_trip() {
    let err = round_trip::<Uncatalogued<GoogleRpc>>(AIP);
    assert_eq!(err.code(), "RESOURCE_EXHAUSTED");
    assert_eq!(err.top_code(), 429);
    assert!(err.message().starts_with("The zone"));
    let details: Value = serde_json::from_str(err.detail().unwrap()).unwrap();
    assert_eq!(details[0]["reason"], "RESOURCE_AVAILABILITY");
    assert_eq!(serde_json::to_string(&err).unwrap(), AIP);

    // A success is the resource itself.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Book {
        name: String,
    }
    let ok: Response<Book, GoogleRpc> =
        serde_json::from_str(r#"{"name": "shelves/1/books/2"}"#).unwrap();
    assert!(ok.is_success());
    assert_eq!(
        serde_json::to_string(&ok).unwrap(),
        r#"{"name":"shelves/1/books/2"}"#
    );
    let ok = from_http::<Book, Uncatalogued<GoogleRpc>>(200, (), br#"{"name": "b"}"#).unwrap();
    assert_eq!(ok.name, "b");
    // An `error` object with neither `code` nor `status` (protobuf's empty `Status`) is no
    // answer: not a success read from inside it.
    for body in [
        r#"{"name":"shelves/1/books/2","error":{"message":"quota"}}"#,
        r#"{"error":{}}"#,
        r#"{"error":{"code":0,"message":"ok?"}}"#,
    ] {
        let refused = serde_json::from_str::<Response<Value, GoogleRpc>>(body).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("holds no error: neither `status` nor a `code` other than 0"),
            "{body}: {refused}"
        );
    }
    // A resource's fields named as the error's (a VM's `status`, a currency's `code`) are
    // its own: written whole, read back equal.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Instance {
        name: String,
        status: String,
        code: String,
        message: String,
    }
    let body = r#"{"name":"vm-1","status":"RUNNING","code":"USD","message":"up"}"#;
    let read: Response<Instance, GoogleRpc> = serde_json::from_str(body).unwrap();
    let as_value = |text: &str| serde_json::from_str::<Value>(text).unwrap();
    assert_eq!(
        as_value(&serde_json::to_string(&read).unwrap()),
        as_value(body)
    );
    let built = Response::<_, GoogleRpc>::success(
        "",
        Instance {
            name: "vm-1".into(),
            status: "RUNNING".into(),
            code: "USD".into(),
            message: "up".into(),
        },
    );
    let written = serde_json::to_string(&built).unwrap();
    assert_eq!(as_value(&written), as_value(body));
    let back: Response<Instance, GoogleRpc> = serde_json::from_str(&written).unwrap();
    assert_eq!(
        back.into_result::<Uncatalogued<GoogleRpc>>().unwrap(),
        read.into_result::<Uncatalogued<GoogleRpc>>().unwrap()
    );
    // Over HTTP, an error keeps the HTTP status apart from the body's code.
    let Err(HttpError::Api(err)) =
        from_http::<Book, Uncatalogued<GoogleRpc>>(429, [("Retry-After", "30")], AIP.as_bytes())
    else {
        panic!()
    };
    assert_eq!(
        (err.status(), err.retry_after()),
        (Some(429), Some(Duration::from_secs(30)))
    );
    // An error object without `status`: its numeric code types it.
    let err =
        round_trip::<Uncatalogued<GoogleRpc>>(r#"{"error":{"code":404,"message":"Not found"}}"#);
    assert_eq!(err.code(), 404);
}

// ---------------------------------------------------------------------------------------
// Headers

#[test]
fn feishu_headers_give_the_request_id_and_the_wait() {
    use platform_errors_core::envelope::CodeMsg;
    let Err(HttpError::Api(err)) = from_http::<Value, Uncatalogued<CodeMsg>>(
        429,
        [("X-Tt-Logid", "L-9"), ("x-ogw-ratelimit-reset", "12")],
        br#"{"code":99991400,"msg":"request trigger frequency limit"}"#,
    ) else {
        panic!()
    };
    assert_eq!(err.request_id(), Some("L-9"));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(12)));
    // `Retry-After`, when sent, wins; the body's id wins over the header's.
    let Err(HttpError::Api(err)) = from_http::<Value, Uncatalogued<CodeMsg>>(
        429,
        [
            ("X-Tt-Logid", "L-9"),
            ("x-ogw-ratelimit-reset", "12"),
            ("Retry-After", "3"),
        ],
        br#"{"code":99991400,"msg":"m","error":{"log_id":"L-body"}}"#,
    ) else {
        panic!()
    };
    assert_eq!(
        (err.request_id(), err.retry_after()),
        (Some("L-body"), Some(Duration::from_secs(3)))
    );
}

// ---------------------------------------------------------------------------------------
// Abuse: no panic on any input, linear time.

/// Reads `body` under every new envelope, as an error, a response and over HTTP: whatever
/// happens, no panic.
fn read_everywhere(body: &str) {
    fn under<E: HasEnvelope>(body: &str) {
        let _ = serde_json::from_str::<ApiError<Uncatalogued<E>>>(body);
        let _ = serde_json::from_str::<Response<Value, E>>(body);
        let _ = serde_json::from_str::<Response<(), E>>(body);
        let _ = from_http::<Value, Uncatalogued<E>>(200, (), body.as_bytes());
    }
    under::<WechatPayV3>(body);
    under::<DingtalkV1>(body);
    under::<Dingtalk>(body);
    under::<Alipay>(body);
    under::<GoogleRpc>(body);
    under::<platform_errors_core::envelope::CodeMsg>(body);
}

#[test]
fn wrong_types_for_every_field_are_errors_or_kept_never_panics() {
    let wrong = [
        "null",
        "true",
        "1.5",
        "-0",
        "1e400",
        "[]",
        "[1,{}]",
        "{}",
        r#"{"a":[null]}"#,
        r#""""#,
        r#""\ud800""#,
    ];
    let shapes = [
        r#"{"code": W, "message": "m"}"#,
        r#"{"code": "X", "message": W}"#,
        r#"{"code": "X", "message": "m", "detail": W}"#,
        r#"{"code": "X", "message": "m", "requestid": W}"#,
        r#"{"errcode": 88, "sub_code": W, "sub_msg": "s"}"#,
        r#"{"errcode": 88, "sub_code": "s", "sub_msg": W}"#,
        r#"{"x_response": W, "sign": "s"}"#,
        r#"{"x_response": {"code": W, "msg": "m"}}"#,
        r#"{"x_response": {"code": "40004", "sub_code": W}}"#,
        r#"{"x_response": {"code": "40004", "sub_code": "s"}, "sign": W}"#,
        r#"{"error": W}"#,
        r#"{"error": {"code": W, "status": "S"}}"#,
        r#"{"error": {"code": 400, "status": W}}"#,
        r#"{"error": {"code": 400, "status": "S", "details": W}}"#,
        r#"W"#,
    ];
    for shape in shapes {
        for value in wrong {
            read_everywhere(&shape.replace('W', value));
        }
    }
    // Some of them, exactly.
    let err = serde_json::from_str::<ApiError<Uncatalogued<WechatPayV3>>>(
        r#"{"code": [], "message": "m"}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("`code` as a string or an integer"),
        "{err}"
    );
    let err = serde_json::from_str::<ApiError<Uncatalogued<Dingtalk>>>(
        r#"{"errcode": 88, "sub_code": {}}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("`sub_code`"), "{err}");
    let err = serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(r#"{"x_response": []}"#)
        .unwrap_err();
    assert!(err.to_string().contains("a platform response"), "{err}");
    let err = serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(
        r#"{"x_response": {"code": "40004", "sub_code": "a", "sub_code": "b"}}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("duplicate field `sub_code`"),
        "{err}"
    );
    // A detail of any type is kept as sent.
    let err: ApiError<Uncatalogued<WechatPayV3>> =
        serde_json::from_str(r#"{"code": "X", "detail": [1, "2", null]}"#).unwrap();
    assert_eq!(err.detail(), Some(r#"[1, "2", null]"#));
}

/// `[[[...]]]`, `depth` deep.
fn nested(depth: usize) -> String {
    "[".repeat(depth) + &"]".repeat(depth)
}

#[test]
fn deep_nesting_never_panics_and_skipped_fields_are_skipped() {
    let deep = nested(100_000);
    for shape in [
        r#"{"code": "X", "message": "m", "other": D}"#,
        r#"{"code": "X", "message": "m", "detail": D}"#,
        r#"{"x_response": {"code": "40004", "sub_code": "s", "other": D}, "other": D}"#,
        r#"{"x_response": {"code": "40004", "sub_code": "s"}, "sign": D}"#,
        r#"{"error": {"code": 400, "status": "S", "details": D}}"#,
        r#"{"error": D}"#,
        r#"{"errcode": 88, "sub_code": D}"#,
        r#"D"#,
    ] {
        read_everywhere(&shape.replace('D', &deep));
    }
    // Fields an error does not keep are skipped at any depth, as before.
    let err: ApiError<Uncatalogued<WechatPayV3>> =
        serde_json::from_str(&r#"{"code": "X", "message": "m", "other": D}"#.replace('D', &deep))
            .unwrap();
    assert_eq!(err.code(), "X");
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(
        &r#"{"other": D, "x_response": {"code": "40004", "sub_code": "s", "other": D}}"#
            .replace('D', &deep),
    )
    .unwrap();
    assert_eq!(err.code(), "s");
    // Objects nested in the nested object, deeper than the envelope: not the envelope.
    let body = r#"{"x_response": {"y_response": {"code": "1"}, "code": "40004", "sub_code": "s"}}"#;
    let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
    assert_eq!(err.code(), "s");
}

/// The fastest of two readings of `body` by `read`.
fn time_to_read(read: fn(&str) -> bool, body: &str) -> Duration {
    (0..2)
        .map(|_| {
            let start = Instant::now();
            assert!(read(body), "{}", &body[..100]);
            start.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn huge_bodies_are_read_in_linear_time() {
    const MIB: usize = 1 << 20;
    fn pay(body: &str) -> bool {
        serde_json::from_str::<ApiError<Uncatalogued<WechatPayV3>>>(body).is_ok()
    }
    fn alipay(body: &str) -> bool {
        serde_json::from_str::<Response<Value, Alipay>>(body).is_ok_and(|r| !r.is_success())
    }
    fn aip(body: &str) -> bool {
        serde_json::from_str::<ApiError<Uncatalogued<GoogleRpc>>>(body).is_ok_and(|err| {
            err.detail()
                .is_some_and(|detail| detail.len() + 60 > body.len())
        })
    }
    fn ding(body: &str) -> bool {
        serde_json::from_str::<ApiError<Uncatalogued<DingtalkV1>>>(body).is_ok()
    }
    // A 20 MiB detail, kept; a 20 MiB skipped field in Alipay's object; a detail nested
    // 10 Mi levels deep, kept whole (serde_json skips a value without recursing); a
    // 20 MiB code.
    /// A body with `D` in place of the filler, the filler of a size, and the reading.
    type Case = (&'static str, fn(usize) -> String, fn(&str) -> bool);
    let shapes: [Case; 4] = [
        (
            r#"{"code": "X", "message": "m", "detail": {"text": "D"}}"#,
            |n| "a".repeat(n),
            pay,
        ),
        (
            r#"{"x_response": {"code": "40004", "sub_code": "s", "big": [D]}, "sign": "s"}"#,
            |n| "1,".repeat(n / 2) + "1",
            alipay,
        ),
        (
            r#"{"error": {"code": 400, "status": "S", "details": D}}"#,
            |n| nested(n / 2),
            aip,
        ),
        (r#"{"code": "D", "message": "m"}"#, |n| "b".repeat(n), ding),
    ];
    for (shape, filler, read) in shapes {
        let half = shape.replace('D', &filler(10 * MIB));
        let whole = shape.replace('D', &filler(20 * MIB));
        assert!(whole.len() >= 20 * MIB);
        let (t_half, t_whole) = (time_to_read(read, &half), time_to_read(read, &whole));
        let ratio = t_whole.as_secs_f64() / t_half.as_secs_f64().max(1e-6);
        // Twice the size, about twice the time: far from the 4× of a quadratic reading,
        // with room for a shared machine. (Under a millisecond, there is nothing to time.)
        assert!(
            ratio < 3.2 || t_whole < Duration::from_millis(1),
            "{}: {t_half:?} for 10 MiB, {t_whole:?} for 20 MiB",
            &shape[..20]
        );
    }
    // And what is kept is all of it.
    let big = "a".repeat(20 * MIB);
    let body = format!(r#"{{"code": "X", "detail": "{big}"}}"#);
    let err: ApiError<Uncatalogued<WechatPayV3>> = serde_json::from_str(&body).unwrap();
    assert_eq!(err.detail().unwrap().len(), 20 * MIB + 2);
}

#[test]
fn api_error_and_http_error_stay_the_size_they_were() {
    // What they were before sub codes and details: the context is still one pointer.
    // (`integration/tests/sdk_http_context.rs` checks an SDK's error holding one.)
    assert_eq!(core::mem::size_of::<ApiError<PayError>>(), 56);
    assert_eq!(core::mem::size_of::<HttpError<PayError>>(), 56);
}

/// An Alipay success sent in GBK (`charset=GBK`), with GBK text in a field the payload
/// skips: read as the success it is, as the flat shape reads it.
#[test]
fn alipay_success_in_gbk_reads() {
    use platform_errors_core::wire::from_slice;
    #[derive(Debug, serde::Deserialize)]
    struct Query {
        trade_no: String,
    }
    let mut body = br#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_no":"2013","store_name":""#.to_vec();
    body.extend_from_slice(b"\xCF\xB5\xCD\xB3\xB7\xB1\xC3\xA6"); // 系统繁忙 in GBK
    body.extend_from_slice(br#""},"sign":"S"}"#);
    let read = from_http::<Query, Uncatalogued<Alipay>>(200, (), &body).unwrap();
    assert_eq!(read.trade_no, "2013");
    let response: Response<Query, Alipay> = from_slice(&body).unwrap();
    assert!(response.is_success());
    // A payload that reads the GBK field is refused, as serde_json refuses it.
    #[derive(Debug, serde::Deserialize)]
    struct WithStore {
        #[allow(dead_code)]
        store_name: String,
    }
    assert!(from_slice::<Response<WithStore, Alipay>>(&body).is_err());
    // DingTalk's older API reads ahead too (`errcode` 0 then a numeric sub code).
    let mut body = br#"{"errcode":0,"errmsg":"ok","trade_no":"7","note":""#.to_vec();
    body.extend_from_slice(b"\xCF\xB5");
    body.extend_from_slice(br#""}"#);
    let read = from_http::<Query, Uncatalogued<Dingtalk>>(200, (), &body).unwrap();
    assert_eq!(read.trade_no, "7");
}

/// Alipay's code 20000 with `isp.unknow-error` (or `ACQ.SYSTEM_ERROR`) says its system
/// failed midway: the trade's outcome is unknown, and a payment is queried before it is sent
/// again. Other sub codes say it did nothing.
#[test]
fn alipay_sub_codes_that_leave_the_outcome_unknown() {
    let read = |sub: &str| {
        let body = format!(
            r#"{{"alipay_trade_pay_response":{{"code":"20000","msg":"Service Currently Unavailable","sub_code":"{sub}","sub_msg":"系统繁忙"}},"sign":"S"}}"#
        );
        serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(&body).unwrap()
    };
    for sub in [
        "isp.unknow-error",
        "aop.unknow-error",
        "ACQ.SYSTEM_ERROR",
        "aop.ACQ.SYSTEM_ERROR",
    ] {
        assert!(read(sub).is_outcome_unknown(), "{sub}");
    }
    for sub in [
        "ACQ.TRADE_HAS_SUCCESS",
        "isv.invalid-signature",
        "aop.invalid-auth-token",
    ] {
        assert!(!read(sub).is_outcome_unknown(), "{sub}");
    }
}

platform_errors_core::define_codes! {
    #![platform(crate = platform_errors_core)]
    #[platform(envelope = Alipay)]
    pub enum AlipayCodes {
        SystemError = "ACQ.SYSTEM_ERROR" => "系统错误",
        TradeHasSuccess = "ACQ.TRADE_HAS_SUCCESS" => "交易已被支付",
        #[platform(unknown)]
        Unknown,
    }
}

/// An SDK's own type over Alipay's codes: a member, a code of its own, a catch-all of fields.
#[derive(Debug, platform_errors_core::PlatformError)]
#[platform(crate = platform_errors_core, envelope = Alipay)]
enum AlipaySdkError {
    #[platform(transparent)]
    Codes(AlipayCodes),
    #[code("aop.ACQ.SYSTEM_ERROR")]
    #[message("系统错误")]
    Prefixed,
    #[platform(unknown)]
    Other { code: String, message: String },
}

/// Alipay's codes that leave the outcome unknown say so whatever type holds them: a
/// catalogue's value, its catch-all, an SDK's type over it, its own declared code and
/// catch-all (only `ApiError` did).
#[test]
fn alipay_codes_leave_the_outcome_unknown_in_every_type() {
    use platform_errors_core::{FromReceived, PlatformError};
    assert!(AlipayCodes::SystemError.is_outcome_unknown());
    assert!(!AlipayCodes::TradeHasSuccess.is_outcome_unknown());
    assert!(AlipayCodes::from_received("isp.unknow-error", "x").is_outcome_unknown());
    assert!(!AlipayCodes::from_received("isv.invalid-signature", "x").is_outcome_unknown());
    assert!(AlipaySdkError::Codes(AlipayCodes::SystemError).is_outcome_unknown());
    assert!(AlipaySdkError::Prefixed.is_outcome_unknown());
    let other = |code: &str| AlipaySdkError::Other {
        code: code.into(),
        message: "x".into(),
    };
    assert!(other("aop.unknow-error").is_outcome_unknown());
    assert!(!other("aop.invalid-auth-token").is_outcome_unknown());
    assert!(AlipaySdkError::from_received("isp.unknow-error", "x").is_outcome_unknown());
    assert!(!AlipaySdkError::from_received("ACQ.TRADE_HAS_SUCCESS", "x").is_outcome_unknown());
}

platform_errors_core::define_codes! {
    #![platform(crate = platform_errors_core)]
    /// An umbrella over Alipay's codes that takes its members' envelope, with a catch-all.
    #[platform(serde)]
    pub enum AlipayUmbrella {
        Codes(AlipayCodes),
        #[platform(unknown)]
        Unknown,
    }
}

/// A type that takes its envelope from its members (not written `envelope = Alipay`): its
/// catch-all asks the code too (it answered `false`, the envelope not being AIP-193's).
#[derive(Debug, platform_errors_core::PlatformError)]
#[platform(crate = platform_errors_core)]
enum InheritingSdkError {
    #[platform(transparent)]
    Codes(AlipayCodes),
    #[platform(unknown)]
    Other { code: String, message: String },
}

#[test]
fn a_catch_all_under_an_inherited_envelope_asks_the_code() {
    use platform_errors_core::FromReceived;
    for code in [
        "isp.unknow-error",
        "aop.unknow-error",
        "aop.ACQ.SYSTEM_ERROR",
    ] {
        assert!(
            AlipayUmbrella::from_received(code, "x").is_outcome_unknown(),
            "{code}"
        );
        assert!(
            InheritingSdkError::from_received(code, "x").is_outcome_unknown(),
            "{code}"
        );
    }
    assert!(!AlipayUmbrella::from_received("isv.invalid-signature", "x").is_outcome_unknown());
    let body = r#"{"alipay_trade_pay_response":{"code":"20000","msg":"Service Currently Unavailable","sub_code":"aop.unknow-error","sub_msg":"系统繁忙"},"sign":"S"}"#;
    let read: ApiError<AlipayUmbrella> = serde_json::from_str(body).unwrap();
    assert!(read.is_outcome_unknown());
    // Read as the umbrella itself (its serde), the catch-all holds it.
    let read: AlipayUmbrella = serde_json::from_str(body).unwrap();
    assert!(read.is_outcome_unknown(), "{read:?}");
}

#[test]
fn a_null_or_empty_code_before_a_sub_code_is_none_and_the_sub_code_types_the_error() {
    // Alipay's nested answer, and the older DingTalk's errcode 88 shape: the code holds none,
    // the sub code after it types the error, as it does where the key is missing.
    for body in [
        r#"{"alipay_trade_pay_response":{"code":"","msg":"x","sub_code":"ACQ.X","sub_msg":"y"},"sign":"S"}"#,
        r#"{"alipay_trade_pay_response":{"code":null,"msg":"x","sub_code":"ACQ.X","sub_msg":"y"},"sign":"S"}"#,
    ] {
        let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), "ACQ.X", "{body}");
        let answer: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
        assert!(!answer.is_success(), "{body}");
        assert_eq!(answer.code(), Code::Str("ACQ.X"), "{body}");
        for status in [200, 400, 500] {
            let err =
                from_http::<Value, Uncatalogued<Alipay>>(status, (), body.as_bytes()).unwrap_err();
            assert_eq!(err.code(), Some(Code::Str("ACQ.X")), "{status} {body}");
        }
    }
    let body = r#"{"errcode": null, "sub_code": "60011", "sub_msg": "没有调用该接口的权限"}"#;
    let answer: Response<Value, Dingtalk> = serde_json::from_str(body).unwrap();
    assert_eq!(
        (answer.is_success(), answer.code()),
        (false, Code::Int(60011))
    );
    let err = from_http::<Value, Uncatalogued<Dingtalk>>(200, (), body.as_bytes()).unwrap_err();
    assert_eq!(err.code(), Some(Code::Int(60011)));

    // Without a sub code, an answer whose code is none is no answer where a code is needed.
    let body = r#"{"alipay_trade_pay_response":{"code":"","msg":"x"},"sign":"S"}"#;
    let err = serde_json::from_str::<Response<Value, Alipay>>(body).unwrap_err();
    assert!(
        err.to_string()
            .contains("`code` is null or empty, where a code is needed"),
        "{err}"
    );
    // And a code after a `null` one is a second code, under `Response` too.
    let err =
        serde_json::from_str::<Response<Value, Dingtalk>>(r#"{"errcode": null, "errcode": 40001}"#)
            .unwrap_err();
    assert!(
        err.to_string().contains("duplicate field `errcode`"),
        "{err}"
    );
}

/// Alipay's token call (`alipay.system.oauth.token`) answers a success with neither `code`
/// nor `msg` under its method's key: a success, read with serde, from bytes and over HTTP,
/// and written back as it came. Under `error_response`, an object without a code is still
/// no answer.
#[test]
fn an_alipay_success_without_a_code_is_a_success() {
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Token {
        access_token: String,
        expires_in: u64,
        user_id: String,
    }
    let body = r#"{"alipay_system_oauth_token_response":{"access_token":"authusrB9","alipay_user_id":"2088","expires_in":1296000,"re_expires_in":2592000,"refresh_token":"authusrBff","user_id":"2088902487861012"},"sign":"W/ZQ"}"#;
    let expected = Token {
        access_token: "authusrB9".into(),
        expires_in: 1_296_000,
        user_id: "2088902487861012".into(),
    };
    let response: Response<Token, Alipay> = serde_json::from_str(body).unwrap();
    assert!(response.is_success());
    let written = serde_json::to_string(&response).unwrap();
    assert_eq!(
        written,
        r#"{"alipay_system_oauth_token_response":{"access_token":"authusrB9","expires_in":1296000,"user_id":"2088902487861012"},"sign":"W/ZQ"}"#
    );
    let again: Response<Token, Alipay> = serde_json::from_str(&written).unwrap();
    assert_eq!(again, response);
    assert_eq!(
        response.into_result::<Uncatalogued<Alipay>>().unwrap(),
        expected
    );
    let token: Token =
        platform_errors_core::wire::from_slice::<Response<Token, Alipay>>(body.as_bytes())
            .unwrap()
            .into_result::<Uncatalogued<Alipay>>()
            .unwrap();
    assert_eq!(token, expected);
    let token = from_http::<Token, Uncatalogued<Alipay>>(200, (), body.as_bytes()).unwrap();
    assert_eq!(token, expected);
    // `error_response` without a code or a sub code is no answer.
    let error =
        serde_json::from_str::<Response<Value, Alipay>>(r#"{"error_response":{"msg":"x"}}"#)
            .unwrap_err();
    assert!(error.to_string().contains("code"), "{error}");
    // A sub code alone under the method's key is an error, typed by it.
    let response: Response<Value, Alipay> = serde_json::from_str(
        r#"{"alipay_trade_query_response":{"sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"}}"#,
    )
    .unwrap();
    assert!(!response.is_success());
    assert_eq!(response.code(), Code::Str("ACQ.TRADE_NOT_EXIST"));
}

/// An answer object written `null` (a serializer that writes unset fields: a finished
/// operation's `"error": null`) is no object: read with serde as `from_http` reads it.
#[test]
fn a_null_answer_object_is_none() {
    let body = r#"{"name":"operations/1","done":true,"error":null,"response":{"x":1}}"#;
    let response: Response<Value, GoogleRpc> = serde_json::from_str(body).unwrap();
    assert!(response.is_success());
    let payload = response.into_result::<Uncatalogued<GoogleRpc>>().unwrap();
    assert_eq!(payload["done"], json!(true));
    assert_eq!(payload["response"], json!({"x": 1}));
    let over_http = from_http::<Value, Uncatalogued<GoogleRpc>>(200, (), body.as_bytes()).unwrap();
    assert_eq!(over_http, payload);

    let body = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_no":"1"},"error_response":null,"sign":"S"}"#;
    let response: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
    assert!(response.is_success());
    let body = r#"{"error_response":null,"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST"}}"#;
    let response: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
    assert_eq!(response.code(), Code::Str("ACQ.TRADE_NOT_EXIST"));
    // Nothing but `null`: no answer, as with no object at all.
    let error =
        serde_json::from_str::<Response<Value, Alipay>>(r#"{"error_response":null}"#).unwrap_err();
    let missing = serde_json::from_str::<Response<Value, Alipay>>(r#"{"sign":"S"}"#).unwrap_err();
    assert_eq!(
        error.to_string().split(" at line").next(),
        missing.to_string().split(" at line").next()
    );
}

/// Under AIP-193, `with_status` sets the status `http::answer` sends, not the body's code:
/// the one built (the `status` name's) or read, as `from_http` keeps it.
#[test]
fn with_status_under_aip_193_keeps_the_body_code() {
    let err = ApiError::<Uncatalogued<GoogleRpc>>::received("NOT_FOUND", "no such book");
    assert_eq!((err.status(), err.top_code()), (Some(404), 404.into()));
    let err = err.with_status(400);
    assert_eq!((err.status(), err.top_code()), (Some(400), 404.into()));
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({"error": {"code": 404, "status": "NOT_FOUND", "message": "no such book"}})
    );
    let body = r#"{"error":{"code":404,"message":"no such book","status":"NOT_FOUND"}}"#;
    let HttpError::Api(read) =
        from_http::<Value, Uncatalogued<GoogleRpc>>(502, (), body.as_bytes()).unwrap_err()
    else {
        panic!("an API error")
    };
    assert_eq!((read.status(), read.top_code()), (Some(502), 404.into()));
    assert_eq!(serde_json::to_string(&read).unwrap(), body);
    // Read with serde, then given the status: the same value as `from_http` reads.
    let by_hand: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(body).unwrap();
    assert_eq!(by_hand.with_status(502), read);
}

/// An `ApiError` reads the bodies a `Response` reads as an error alike: beside a `null`
/// object, and beside Alipay's success without a code, whichever comes first. A method's
/// object with a message but no code is no success.
#[test]
fn api_error_and_response_agree_beside_null_and_bare_objects() {
    for body in [
        r#"{"error_response":null,"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"}}"#,
        r#"{"alipay_trade_query_response":{"trade_no":"1"},"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"ACQ.TRADE_NOT_EXIST"}}"#,
        r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"ACQ.TRADE_NOT_EXIST"},"alipay_trade_query_response":{"trade_no":"1"}}"#,
    ] {
        let err: ApiError<Uncatalogued<Alipay>> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), "ACQ.TRADE_NOT_EXIST", "{body}");
        let from_bytes: ApiError<Uncatalogued<Alipay>> =
            platform_errors_core::wire::from_slice(body.as_bytes()).unwrap();
        assert_eq!(from_bytes, err, "{body}");
        let response: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
        assert_eq!(response.code(), Code::Str("ACQ.TRADE_NOT_EXIST"), "{body}");
        let over_http =
            from_http::<Value, Uncatalogued<Alipay>>(200, (), body.as_bytes()).unwrap_err();
        assert_eq!(
            over_http.code(),
            Some(Code::Str("ACQ.TRADE_NOT_EXIST")),
            "{body}"
        );
    }
    let body = r#"{"error":null,"error":{"code":404,"message":"x","status":"NOT_FOUND"}}"#;
    let err: ApiError<Uncatalogued<GoogleRpc>> = serde_json::from_str(body).unwrap();
    assert_eq!(err.code(), "NOT_FOUND");

    // A success without a code, alone, is no error for an `ApiError` to hold.
    let bare = r#"{"alipay_system_oauth_token_response":{"access_token":"a"},"sign":"S"}"#;
    let error = serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(bare).unwrap_err();
    assert!(
        error.to_string().starts_with("missing field `code`"),
        "{error}"
    );
    let error =
        serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(r#"{"error_response":null}"#)
            .unwrap_err();
    assert!(error.to_string().contains("_response"), "{error}");

    // A `null` field of the envelope says nothing: the object is still bare.
    for body in [
        r#"{"alipay_system_oauth_token_response":{"access_token":"t","msg":null}}"#,
        r#"{"alipay_system_oauth_token_response":{"access_token":"t","sub_code":null}}"#,
        r#"{"alipay_system_oauth_token_response":{"access_token":"t","sub_msg":null}}"#,
    ] {
        let response: Response<Value, Alipay> = serde_json::from_str(body).unwrap();
        assert!(response.is_success(), "{body}");
    }
    // A message without a code, under a method's key, is neither a success nor an error.
    for body in [
        r#"{"alipay_trade_query_response":{"msg":"Success","trade_no":"1"},"sign":"S"}"#,
        r#"{"alipay_trade_query_response":{"msg":"Business Failed","sub_msg":"交易不存在"}}"#,
    ] {
        let error = serde_json::from_str::<Response<Value, Alipay>>(body).unwrap_err();
        assert!(
            error.to_string().starts_with("missing field `code`"),
            "{body}: {error}"
        );
        assert!(serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(body).is_err());
    }
}
