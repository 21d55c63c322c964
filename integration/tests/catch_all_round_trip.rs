//! A user's own type with `#[platform(serde)]` and a catch-all over an `ApiError`, read from
//! the wire and written back: what the catch-all's `ApiError` keeps (the request id, a nested
//! answer's key, its top code and kept fields) survives the round trip, as it does for the
//! `ApiError` alone.
#![deny(warnings, clippy::pedantic, clippy::nursery)]

use platform_errors::envelope::{Alipay, CodeMsg, GoogleRpc, WechatPayV3};
use platform_errors::qingtui::QingtuiError;
use platform_errors::{define_codes, ApiError, PlatformError};
use serde_json::{json, Value};

/// A bot's errors over Qingtui's: one declared code and the platform's answer.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde)]
enum BotError {
    #[code(40003)]
    #[message("text is required")]
    NoText,
    #[platform(unknown)]
    Api(ApiError<QingtuiError>),
}

define_codes! {
    /// The payment codes an Alipay SDK knows.
    #[platform(envelope = Alipay)]
    pub enum PayCodes {
        HasSuccess = "ACQ.TRADE_HAS_SUCCESS" => "交易已被支付",
    }
}

/// An Alipay SDK's error: one code of its own, the rest as answered.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde, envelope = Alipay)]
enum PayError {
    #[code("ACQ.TRADE_NOT_EXIST")]
    #[message("交易不存在")]
    NotExist,
    #[platform(unknown)]
    Other(ApiError<PayCodes>),
}

/// Reads `body` as `T` and as its catch-all alone, writes each, and checks that both
/// writings are the same and read back to the same value; returns the value and the writing.
fn round_trip<T>(body: &str) -> (T, Value)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let value: T = serde_json::from_str(body).unwrap();
    let written = serde_json::to_value(&value).unwrap();
    let again: T = serde_json::from_value(written.clone()).unwrap();
    assert_eq!(again, value, "{body} was written {written}");
    (value, written)
}

#[test]
fn a_catch_all_keeps_the_request_id() {
    let body = r#"{"errcode": 61000, "errmsg": "brand new", "request_id": "abc"}"#;
    let (err, written) = round_trip::<BotError>(body);
    assert_eq!(err.request_id(), Some("abc"));
    assert!(matches!(&err, BotError::Api(api) if api.request_id() == Some("abc")));
    let alone: ApiError<QingtuiError> = serde_json::from_str(body).unwrap();
    assert_eq!(written, serde_json::to_value(&alone).unwrap());
    assert_eq!(
        written,
        json!({"errcode": 61000, "errmsg": "brand new", "request_id": "abc"})
    );
    // A code the platform declares, into the catch-all's `ApiError`: typed, id kept.
    let body = r#"{"errcode": 40001, "errmsg": "invalid credential", "request_id": "r2"}"#;
    let (err, _) = round_trip::<BotError>(body);
    assert_eq!(
        (err.request_id(), err.code()),
        (Some("r2"), Some(40001.into()))
    );
    // A declared variant of the type's own has no place for one: the code and message.
    let body = r#"{"errcode": 40003, "errmsg": "text is required", "request_id": "r3"}"#;
    let (err, written) = round_trip::<BotError>(body);
    assert_eq!((err, err_request_id(&written)), (BotError::NoText, None));
}

fn err_request_id(written: &Value) -> Option<&str> {
    written.get("request_id").and_then(Value::as_str)
}

#[test]
fn a_catch_all_keeps_a_nested_answer() {
    let body = r#"{"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed",
        "sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}, "sign": "ERIT"}"#;
    let (err, written) = round_trip::<PayError>(body);
    let PayError::Other(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.kind(), Some(&PayCodes::HasSuccess));
    assert_eq!(
        (api.top_code(), api.nested_key(), api.kept_field("sign")),
        (
            "40004".into(),
            Some("alipay_trade_pay_response"),
            Some(r#""ERIT""#)
        )
    );
    let alone: ApiError<PayCodes> = serde_json::from_str(body).unwrap();
    assert_eq!(written, serde_json::to_value(&alone).unwrap());
    assert_eq!(
        written,
        json!({"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed",
            "sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}, "sign": "ERIT"})
    );
    // The type's own code: its variant, written under the envelope's names.
    let body = r#"{"alipay_trade_pay_response": {"code": "40004", "msg": "Business Failed",
        "sub_code": "ACQ.TRADE_NOT_EXIST", "sub_msg": "交易不存在"}, "sign": "ERIT"}"#;
    let (err, written) = round_trip::<PayError>(body);
    assert_eq!(err, PayError::NotExist);
    assert_eq!(
        written,
        json!({"error_response": {"sub_code": "ACQ.TRADE_NOT_EXIST", "sub_msg": "交易不存在"}})
    );
}

#[test]
fn a_catch_all_built_by_lookup_reads_back_equal() {
    use platform_errors::{Catalogue, FromReceived};
    let built = PayError::from_code_and_message("ACQ.TRADE_HAS_SUCCESS", "交易已被支付").unwrap();
    let by_received = PayError::from_received("ACQ.TRADE_HAS_SUCCESS", "交易已被支付");
    let by_code =
        PayError::Other(ApiError::<PayCodes>::from_code("ACQ.TRADE_HAS_SUCCESS").unwrap());
    for value in [built, by_received, by_code] {
        let written = serde_json::to_value(&value).unwrap();
        assert_eq!(
            written,
            json!({"error_response": {"sub_code": "ACQ.TRADE_HAS_SUCCESS", "sub_msg": "交易已被支付"}})
        );
        let back: PayError = serde_json::from_value(written).unwrap();
        assert_eq!(back, value);
    }
}

/// The catch-all boxed, to keep the type small.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum BoxedBotError {
    #[code(40003)]
    #[message("text is required")]
    NoText,
    #[platform(unknown)]
    Api(Box<ApiError<QingtuiError>>),
}

#[test]
fn a_boxed_catch_all_is_a_catch_all() {
    use platform_errors::{Catalogue, FromReceived};
    let body = r#"{"errcode": 61000, "errmsg": "brand new", "request_id": "abc"}"#;
    let err: BoxedBotError = serde_json::from_str(body).unwrap();
    assert!(matches!(&err, BoxedBotError::Api(api) if api.request_id() == Some("abc")));
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({"errcode": 61000, "errmsg": "brand new", "request_id": "abc"})
    );
    assert!(matches!(
        BoxedBotError::from_received(40003, "text is required"),
        BoxedBotError::NoText
    ));
    assert_eq!(
        BoxedBotError::from_received(40001, "invalid credential").code(),
        Some(40001.into())
    );
    assert_eq!(
        BoxedBotError::from_code(40003).map(|e| e.to_string()),
        Some("text is required".into())
    );
}

/// An SDK's error as the guide builds it: the platform's answer over HTTP first, then the
/// catch-all that gives it lookup, and a catalogue of its own.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum SdkError {
    #[platform(transparent)]
    Http(#[from] platform_errors::HttpError<QingtuiError>),
    #[platform(transparent)]
    Token(#[from] platform_errors::qingtui::TokenError),
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
}

#[test]
fn an_answer_received_goes_to_the_catch_all_not_to_an_http_member() {
    use platform_errors::qingtui::TokenError;
    use platform_errors::FromReceived;
    // A code the catalogue declares, and one it does not: the same variant, with what was
    // received (the message as sent, the request id).
    for body in [
        r#"{"errcode": 40100, "errmsg": "page_size is required rid: 5f1e", "request_id": "abc"}"#,
        r#"{"errcode": 61000, "errmsg": "brand new", "request_id": "abc"}"#,
    ] {
        let err: SdkError = serde_json::from_str(body).unwrap();
        let SdkError::Api(api) = &err else {
            panic!("{body} read as {err:?}")
        };
        assert_eq!(api.request_id(), Some("abc"));
        let sent: Value = serde_json::from_str(body).unwrap();
        assert_eq!(err.message(), sent["errmsg"]);
        assert_eq!(serde_json::to_value(&err).unwrap(), sent);
    }
    let err = SdkError::from_received(42001, "access_token expired");
    assert!(matches!(&err, SdkError::Api(api) if api.message() == "access_token expired"));
    // A member of typed variants of its own still takes the codes it declares.
    let err = SdkError::from_received(42403, "expired token");
    assert!(matches!(err, SdkError::Token(TokenError::ExpiredToken)));
}

/// The catch-all declared first, the `HttpError` member between: the same answers.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde)]
enum CatchAllFirst {
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
    #[platform(transparent)]
    Http(#[from] platform_errors::HttpError<QingtuiError>),
    #[platform(transparent)]
    Token(#[from] platform_errors::qingtui::TokenError),
}

#[test]
fn lookup_and_received_answers_agree_and_read_back() {
    use platform_errors::qingtui::TokenError;
    use platform_errors::{Catalogue, FromReceived};
    // Every declared code: `from_code` gives what `from_received` gives for its declared
    // message, and what is written reads back equal.
    for entry in SdkError::ENTRIES {
        let code = entry.code().as_i64().unwrap();
        let by_code = SdkError::from_code(code).unwrap();
        let written = serde_json::to_string(&by_code).unwrap();
        let again: SdkError = serde_json::from_str(&written).unwrap();
        assert_eq!(
            std::mem::discriminant(&again),
            std::mem::discriminant(&by_code),
            "{written}"
        );
        assert!(!matches!(by_code, SdkError::Http(_)), "{code}: {by_code:?}");
        let received = SdkError::from_received(code, entry.message());
        assert_eq!(
            std::mem::discriminant(&received),
            std::mem::discriminant(&by_code),
            "{code}"
        );
    }
    // A typed member takes its codes wherever the catch-all is declared.
    for found in [
        CatchAllFirst::from_code(42403),
        CatchAllFirst::from_code_and_message(42403, "expired token"),
        Some(CatchAllFirst::from_received(42403, "expired token")),
    ] {
        assert_eq!(found, Some(CatchAllFirst::Token(TokenError::ExpiredToken)));
    }
    let err: CatchAllFirst =
        serde_json::from_str(r#"{"errcode": 42001, "errmsg": "custom", "rid": "abc"}"#).unwrap();
    assert!(matches!(&err, CatchAllFirst::Api(api) if api.message() == "custom"));
    assert_eq!(err.request_id(), Some("abc"));
}

/// The guide's SDK type (its answers through `HttpError`, no catch-all) inside an app's
/// type with a catch-all of its own: the SDK type's values are answers as received, so the
/// app's catch-all takes what the app receives, with the message as sent and the request id.
#[derive(Debug, PlatformError)]
enum GuideSdkError {
    #[platform(transparent)]
    Http(#[from] platform_errors::HttpError<QingtuiError>),
    #[platform(local)]
    #[message("io: {0}")]
    #[advice(retry)]
    Io(#[from] std::io::Error),
    #[platform(transparent)]
    Auth(#[from] GuideAuthError),
}

/// The guide's auth layer: local errors only, no code.
#[derive(Debug, PlatformError)]
enum GuideAuthError {
    #[platform(local)]
    #[message("no app secret configured for {app_id}")]
    #[advice(check_config)]
    NoSecret { app_id: String },
}

#[derive(Debug, PlatformError)]
#[platform(serde)]
enum AppError {
    #[platform(transparent)]
    Sdk(#[from] GuideSdkError),
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
}

#[test]
fn an_sdk_type_of_answers_inside_an_app_type_leaves_them_to_its_catch_all() {
    use platform_errors::{Catalogue, FromReceived};
    let body = r#"{"errcode":45009,"errmsg":"api freq out of limit","request_id":"r-1"}"#;
    let err: AppError = serde_json::from_str(body).unwrap();
    assert!(
        matches!(&err, AppError::Api(api) if api.message() == "api freq out of limit"),
        "{err:?}"
    );
    assert_eq!(err.request_id(), Some("r-1"));
    let sent: Value = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_value(&err).unwrap(), sent);
    assert!(matches!(
        AppError::from_received(45009, "custom"),
        AppError::Api(_)
    ));
    assert!(matches!(AppError::from_code(45009), Some(AppError::Api(_))));
    // The SDK type's own lookup is unchanged, and its local errors have no code.
    assert!(matches!(
        GuideSdkError::from_code(45009),
        Some(GuideSdkError::Http(_))
    ));
    let auth = AppError::Sdk(GuideSdkError::from(GuideAuthError::NoSecret {
        app_id: "tq1".into(),
    }));
    assert_eq!(auth.code(), None);
}

/// An SDK type with a code of its own beside its `HttpError`, and an inner type of typed
/// members with a catch-all of its own, inside an app's type with a catch-all: what their
/// lookups build from the catalogue alone (the `HttpError`'s, the inner catch-all's) goes
/// to the app's catch-all, with the message as sent and the request id; their own typed
/// values stay theirs.
#[derive(Debug, PlatformError)]
enum MixedSdkError {
    #[platform(transparent)]
    Http(#[from] platform_errors::HttpError<QingtuiError>),
    #[code(90001)]
    #[message("sdk: signature mismatch")]
    BadSignature,
}

#[derive(Debug, PlatformError)]
enum TypedLayer {
    #[platform(transparent)]
    Token(#[from] platform_errors::qingtui::TokenError),
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
}

#[derive(Debug, PlatformError)]
#[platform(serde)]
enum LayeredApp {
    #[platform(unknown)]
    Api(ApiError<QingtuiError>),
    #[platform(transparent)]
    Sdk(MixedSdkError),
    #[platform(transparent)]
    Layer(TypedLayer),
}

#[test]
fn answers_built_from_the_catalogue_by_members_go_to_the_outer_catch_all() {
    use platform_errors::qingtui::TokenError;
    use platform_errors::{Catalogue, FromReceived};
    let body = r#"{"errcode":45009,"errmsg":"api freq out of limit","rid":"r-1"}"#;
    let err: LayeredApp = serde_json::from_str(body).unwrap();
    assert!(
        matches!(&err, LayeredApp::Api(api) if api.message() == "api freq out of limit"),
        "{err:?}"
    );
    assert_eq!(err.request_id(), Some("r-1"));
    assert!(matches!(
        LayeredApp::from_received(45009, "custom"),
        LayeredApp::Api(_)
    ));
    assert!(matches!(
        LayeredApp::from_code(45009),
        Some(LayeredApp::Api(_))
    ));
    // Typed values of the members are theirs.
    assert!(matches!(
        LayeredApp::from_received(90001, "sdk: signature mismatch"),
        LayeredApp::Sdk(MixedSdkError::BadSignature)
    ));
    assert!(matches!(
        LayeredApp::from_received(40402, "invalid token"),
        LayeredApp::Layer(TypedLayer::Token(TokenError::InvalidToken))
    ));
    assert!(matches!(
        LayeredApp::from_code_and_message(40402, "invalid token"),
        Some(LayeredApp::Layer(TypedLayer::Token(
            TokenError::InvalidToken
        )))
    ));
}

/// A `WeChat` Pay SDK's error without a catalogue: its own string codes, the rest as answered
/// under an `Uncatalogued` envelope, whose lookup takes numbers.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde, envelope = WechatPayV3)]
enum WechatPayError {
    #[code("ORDERPAID")]
    #[message("订单已支付")]
    OrderPaid,
    #[platform(unknown)]
    Other(ApiError<platform_errors::Uncatalogued<platform_errors::envelope::WechatPayV3>>),
}

/// The same over Alipay's nested answers, boxed.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde, envelope = Alipay)]
enum AlipayError {
    #[code("ACQ.TRADE_NOT_EXIST")]
    #[message("交易不存在")]
    NotExist,
    #[platform(unknown)]
    Other(Box<ApiError<platform_errors::Uncatalogued<platform_errors::envelope::Alipay>>>),
}

/// And over AIP-193's statuses.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde, envelope = GoogleRpc)]
enum RpcError {
    #[code("NOT_FOUND")]
    #[message("no such book")]
    NotFound,
    #[platform(unknown)]
    Other(ApiError<platform_errors::Uncatalogued<platform_errors::envelope::GoogleRpc>>),
}

#[test]
fn a_string_code_type_takes_an_uncatalogued_catch_all() {
    use platform_errors::{Code, FromReceived};
    // The type's own code, then one it does not declare: kept as sent, string and all.
    assert_eq!(
        WechatPayError::from_received("ORDERPAID", "订单已支付"),
        WechatPayError::OrderPaid
    );
    let other = WechatPayError::from_received("PARAM_ERROR", "参数错误");
    assert!(matches!(&other, WechatPayError::Other(api) if api.code() == Code::Str("PARAM_ERROR")));
    assert_eq!(
        (other.code(), other.message(), other.to_string()),
        (
            Some(Code::Str("PARAM_ERROR")),
            "参数错误",
            "code PARAM_ERROR: 参数错误".to_owned()
        )
    );
    // Read from the wire and written back, with the detail.
    let body = r#"{"code": "SYSTEM_ERROR", "message": "系统错误", "detail": {"field": "amount"}}"#;
    let (err, written) = round_trip::<WechatPayError>(body);
    assert_eq!(err.code(), Some(Code::Str("SYSTEM_ERROR")));
    assert_eq!(written["detail"], json!({"field": "amount"}));
    let alone: ApiError<platform_errors::Uncatalogued<platform_errors::envelope::WechatPayV3>> =
        serde_json::from_str(body).unwrap();
    assert_eq!(written, serde_json::to_value(&alone).unwrap());
    let (err, _) =
        round_trip::<WechatPayError>(r#"{"code": "ORDERPAID", "message": "订单已支付"}"#);
    assert_eq!(err, WechatPayError::OrderPaid);
}

#[test]
fn a_nested_string_code_type_takes_an_uncatalogued_catch_all() {
    use platform_errors::{Code, FromReceived};
    let body = r#"{"alipay_trade_query_response": {"code": "40004", "msg": "Business Failed",
        "sub_code": "ACQ.SYSTEM_ERROR", "sub_msg": "系统错误"}, "sign": "ERIT"}"#;
    let (err, written) = round_trip::<AlipayError>(body);
    let AlipayError::Other(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (api.code(), api.top_code(), api.kept_field("sign")),
        (
            Some(Code::Str("ACQ.SYSTEM_ERROR")),
            "40004".into(),
            Some(r#""ERIT""#)
        )
    );
    let alone: ApiError<platform_errors::Uncatalogued<platform_errors::envelope::Alipay>> =
        serde_json::from_str(body).unwrap();
    assert_eq!(written, serde_json::to_value(&alone).unwrap());
    let (err, _) = round_trip::<AlipayError>(
        r#"{"alipay_trade_query_response": {"code": "40004", "msg": "Business Failed",
            "sub_code": "ACQ.TRADE_NOT_EXIST", "sub_msg": "交易不存在"}}"#,
    );
    assert_eq!(err, AlipayError::NotExist);
    // A gateway error without a sub code: its code, a number in a string, stays a string.
    let body =
        r#"{"error_response":{"code":"20000","msg":"Service Currently Unavailable"},"sign":"S"}"#;
    let (err, written) = round_trip::<AlipayError>(body);
    assert_eq!(err.code(), Some(Code::Str("20000")));
    assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
    assert_eq!(
        AlipayError::from_received("20000", "Service Currently Unavailable").code(),
        Some(Code::Str("20000"))
    );
    // Built from a code alone, it is the one the wire would read.
    let built = AlipayError::from_received("ACQ.SYSTEM_ERROR", "系统错误");
    assert_eq!(built.code(), Some(Code::Str("ACQ.SYSTEM_ERROR")));
    let written = serde_json::to_value(&built).unwrap();
    assert_eq!(
        serde_json::from_value::<AlipayError>(written).unwrap(),
        built
    );
}

#[test]
fn a_status_type_takes_an_uncatalogued_catch_all() {
    use platform_errors::{Code, FromReceived};
    let body = r#"{"error": {"code": 504, "message": "late", "status": "DEADLINE_EXCEEDED"}}"#;
    let (err, _) = round_trip::<RpcError>(body);
    assert_eq!(
        (err.code(), err.status(), err.is_outcome_unknown()),
        (Some(Code::Str("DEADLINE_EXCEEDED")), Some(504), true)
    );
    let (err, _) = round_trip::<RpcError>(
        r#"{"error": {"code": 404, "message": "no such book", "status": "NOT_FOUND"}}"#,
    );
    assert_eq!(err, RpcError::NotFound);
    // An older API's error without `status`: its code, a number, to the catch-all as sent.
    let body = r#"{"error":{"code":403,"message":"The caller does not have permission","errors":[{"domain":"global","reason":"forbidden"}]}}"#;
    let (err, written) = round_trip::<RpcError>(body);
    assert!(matches!(&err, RpcError::Other(api) if api.code() == Code::Int(403)));
    let alone: ApiError<platform_errors::Uncatalogued<platform_errors::envelope::GoogleRpc>> =
        serde_json::from_str(body).unwrap();
    assert_eq!(written, serde_json::to_value(&alone).unwrap());
    let built = RpcError::from_received("UNAVAILABLE", "down");
    assert!(matches!(&built, RpcError::Other(api) if api.code() == Code::Str("UNAVAILABLE")));
    assert_eq!(built.status(), Some(503));
}

/// An application's type whose catch-all is an SDK's type with a catch-all of its own.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde)]
enum AppOverSdk {
    #[code(60001)]
    #[message("app failure")]
    App,
    #[platform(unknown)]
    Sdk(BotError),
}

#[test]
fn a_catch_all_over_an_sdk_type_reads_what_the_sdk_type_reads() {
    use platform_errors::FromReceived;
    let built = AppOverSdk::from_received(88888, "new");
    assert!(matches!(&built, AppOverSdk::Sdk(BotError::Api(api)) if api.message() == "new"));
    let written = serde_json::to_string(&built).unwrap();
    assert_eq!(serde_json::from_str::<AppOverSdk>(&written).unwrap(), built);
    let (err, _) = round_trip::<AppOverSdk>(r#"{"errcode": 40003, "errmsg": "text is required"}"#);
    assert_eq!(err, AppOverSdk::Sdk(BotError::NoText));
    let (err, _) = round_trip::<AppOverSdk>(r#"{"errcode": 60001, "errmsg": "app failure"}"#);
    assert_eq!(err, AppOverSdk::App);
}

/// A type whose only variant with codes is a catch-all over Alipay's answers.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde)]
enum AlipayOnly {
    #[platform(unknown)]
    Api(ApiError<platform_errors::Uncatalogued<platform_errors::envelope::Alipay>>),
}

#[test]
fn a_type_of_an_uncatalogued_catch_all_alone_reads_string_codes() {
    use platform_errors::Code;
    let body = r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS","sub_msg":"交易已被支付"},"sign":"S"}"#;
    let (err, written) = round_trip::<AlipayOnly>(body);
    assert_eq!(err.code(), Some(Code::Str("ACQ.TRADE_HAS_SUCCESS")));
    assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
    // A gateway's code, a number in a string: a string, as the envelope reads it, though
    // the type's own lookup takes numbers.
    for body in [
        r#"{"error_response":{"code":"20000","msg":"Service Currently Unavailable"},"sign":"S"}"#,
        r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":""}}"#,
    ] {
        let (err, written) = round_trip::<AlipayOnly>(body);
        assert!(
            matches!(err.code(), Some(Code::Str(_))),
            "{body}: {:?}",
            err.code()
        );
        assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
        let alone: ApiError<platform_errors::Uncatalogued<platform_errors::envelope::Alipay>> =
            serde_json::from_str(body).unwrap();
        assert_eq!(err, AlipayOnly::Api(alone));
    }
}

/// A typed member of string codes beside a catch-all whose own lookup takes numbers.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde, envelope = WechatPayV3)]
enum PaySdk {
    #[platform(transparent)]
    Pay(platform_errors::wechat_pay::WechatPayError),
    #[platform(unknown)]
    Other(Box<ApiError<platform_errors::Uncatalogued<platform_errors::envelope::WechatPayV3>>>),
}

#[test]
fn a_typed_member_of_the_other_kind_takes_its_codes() {
    let (err, _) = round_trip::<PaySdk>(r#"{"code":"SYSTEM_ERROR","message":"系统错误"}"#);
    assert!(matches!(err, PaySdk::Pay(_)), "{err:?}");
    let (err, _) = round_trip::<PaySdk>(r#"{"code":"BRAND_NEW","message":"新"}"#);
    assert!(
        matches!(&err, PaySdk::Other(api) if api.message() == "新"),
        "{err:?}"
    );
    // An answer read as `ApiError<PaySdk>` (`from_http`, `into_result`) is typed alike.
    let body = r#"{"code":"SYSTEM_ERROR","message":"系统错误"}"#;
    let err =
        platform_errors::wire::from_http::<Value, PaySdk>(500, (), body.as_bytes()).unwrap_err();
    assert_eq!(err.advice(), platform_errors::Advice::Retry);
    let api: ApiError<PaySdk> = serde_json::from_str(body).unwrap();
    assert!(matches!(api.kind(), Some(PaySdk::Pay(_))), "{api:?}");
    assert!(matches!(
        ApiError::<PaySdk>::received("SYSTEM_ERROR", "系统错误").kind(),
        Some(PaySdk::Pay(_))
    ));
}

/// A trait of the user's with a method of a name the generated code might call.
mod beside_a_trait_of_the_users {
    #[allow(dead_code, clippy::wrong_self_convention)]
    pub trait CatchAllExt {
        fn catch_all(&self) {}
        fn from_received(&self) {}
    }
    impl<T: ?Sized> CatchAllExt for T {}

    #[derive(Debug, platform_errors::PlatformError)]
    pub enum BotError {
        #[code(40003)]
        #[message("text is required")]
        NoText,
        #[platform(unknown)]
        Api(platform_errors::ApiError<platform_errors::qingtui::QingtuiError>),
    }
}

#[test]
fn a_users_trait_in_scope_changes_nothing() {
    use beside_a_trait_of_the_users::BotError;
    use platform_errors::FromReceived;
    assert!(matches!(
        BotError::from_received(61000, "new"),
        BotError::Api(_)
    ));
}

/// The guide's SDK shape: an `HttpError<C>` member and an `ApiError<C>` catch-all, both of
/// `C`'s codes.
#[derive(Debug, PlatformError)]
enum Both {
    #[platform(transparent)]
    Http(platform_errors::HttpError<QingtuiError>),
    #[platform(unknown)]
    Api(ApiError<QingtuiError>),
}

#[test]
fn entries_list_each_members_list() {
    use platform_errors::Catalogue;
    // As documented: one list per member, `C`'s twice here (not compared at compile time).
    assert_eq!(Both::ENTRIES.len(), 2 * QingtuiError::ENTRIES.len());
    assert_eq!(
        AppOverSdk::ENTRIES.len(),
        1 + BotError::ENTRIES.len(),
        "its own, then the SDK type's"
    );
}

#[test]
fn drift_counts_an_entry_listed_twice_once() {
    use platform_errors::{drift, Catalogue};
    use std::fmt::Write as _;
    // The catalogue's own table, as a platform page would list it.
    let mut table = String::new();
    for e in QingtuiError::ENTRIES {
        let category = e.category().unwrap_or("");
        writeln!(table, "{}\t{}\t{category}", e.code(), e.message()).unwrap();
    }
    let drift = drift::compare(Both::ENTRIES, &table).unwrap();
    assert!(drift.is_empty(), "{drift}");
    // A row the page no longer has is still an extra entry, once.
    let shorter: String = table.split_inclusive('\n').skip(1).collect();
    let drift = drift::compare(Both::ENTRIES, &shorter).unwrap();
    assert_eq!(drift.extra, [QingtuiError::ENTRIES[0]]);
    let entries = format!("the catalogue ({} entries)", QingtuiError::ENTRIES.len());
    assert!(drift.to_string().contains(&entries), "{drift}");
}

/// A bot's own code beside `WeCom`'s answers, whose request id is in the message.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde)]
enum WecomBotError {
    #[code(40003)]
    #[message("text is required")]
    NoText,
    #[platform(unknown)]
    Api(ApiError<platform_errors::wecom::WecomError>),
}

#[test]
fn an_id_the_message_carries_is_not_written_again() {
    for body in [
        r#"{"errcode":42001,"errmsg":"access_token expired, hint: [1639-ee1f]"}"#,
        r#"{"errcode":61000,"errmsg":"brand new, hint: [1639-ee1f]"}"#,
    ] {
        let (err, written) = round_trip::<WecomBotError>(body);
        assert_eq!(err.request_id(), Some("1639-ee1f"));
        assert_eq!(
            written,
            serde_json::from_str::<Value>(body).unwrap(),
            "{body}"
        );
    }
    // An id of its own field is written in it.
    let body = r#"{"errcode":61000,"errmsg":"brand new","request_id":"r1"}"#;
    let (_, written) = round_trip::<WecomBotError>(body);
    assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
}

/// An SDK's failures as the guide splits them: answers that came over HTTP in a transparent
/// `HttpError<C>` member (`from_http`'s error, through `?`), the rest in the catch-all.
macro_rules! failure {
    ($name:ident, $catalogue:ty) => {
        #[derive(Debug, PlatformError)]
        #[platform(serde)]
        enum $name {
            #[platform(transparent)]
            Http(#[from] platform_errors::HttpError<$catalogue>),
            #[platform(unknown)]
            Api(#[from] ApiError<$catalogue>),
        }
    };
}

failure!(FeishuFailure, platform_errors::feishu::FeishuError);
failure!(
    PayFailure,
    platform_errors::Uncatalogued<platform_errors::envelope::WechatPayV3>
);
failure!(
    DingtalkFailure,
    platform_errors::Uncatalogued<platform_errors::envelope::Dingtalk>
);
failure!(
    AlipayFailure,
    platform_errors::Uncatalogued<platform_errors::envelope::Alipay>
);

/// Only a transparent member, no catch-all: a type with lookup.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum FeishuOnly {
    #[platform(transparent)]
    Api(ApiError<platform_errors::feishu::FeishuError>),
}

/// Writes `body` as `from_http` read it, through the type's transparent `HttpError` member
/// and its catch-all: both write what `ApiError` writes, which is the body.
fn written_both_ways<C, F>(body: &str) -> Value
where
    C: platform_errors::Catalogue + PlatformError + 'static,
    F: serde::Serialize + From<platform_errors::HttpError<C>> + From<ApiError<C>>,
    ApiError<C>: serde::Serialize + Clone,
{
    let http = platform_errors::wire::from_http::<(), C>(400, (), body.as_bytes()).unwrap_err();
    let api = http.api().unwrap().clone();
    let alone = serde_json::to_value(&api).unwrap();
    let through_api = serde_json::to_value(F::from(api)).unwrap();
    let through_http = serde_json::to_value(F::from(http)).unwrap();
    assert_eq!(through_api, alone, "{body}");
    assert_eq!(through_http, alone, "{body}");
    alone
}

#[test]
fn a_transparent_http_error_writes_what_the_answer_kept() {
    use platform_errors::envelope::{Alipay, Dingtalk, WechatPayV3};
    use platform_errors::feishu::FeishuError;
    use platform_errors::Uncatalogued;
    let feishu = r#"{"code":99991672,"msg":"Access denied","error":{"log_id":"L-1","permission_violations":[{"subject":"im:message"}]}}"#;
    let pay = r#"{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount/currency","issue":"Currency code is invalid"}}"#;
    let dingtalk = r#"{"errcode":88,"errmsg":"ding talk error","sub_code":"60011","sub_msg":"没有调用该接口的权限","request_id":"5imjny7u9xwa"}"#;
    let alipay = r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS","sub_msg":"交易已被支付"},"sign":"ERITJK"}"#;
    for (body, written) in [
        (
            feishu,
            written_both_ways::<FeishuError, FeishuFailure>(feishu),
        ),
        (
            pay,
            written_both_ways::<Uncatalogued<WechatPayV3>, PayFailure>(pay),
        ),
        (
            dingtalk,
            written_both_ways::<Uncatalogued<Dingtalk>, DingtalkFailure>(dingtalk),
        ),
        (
            alipay,
            written_both_ways::<Uncatalogued<Alipay>, AlipayFailure>(alipay),
        ),
    ] {
        assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
    }
    // Read back, the DingTalk answer is the same answer: errcode 88, typed by its sub code.
    let http = platform_errors::wire::from_http::<(), Uncatalogued<Dingtalk>>(
        200,
        (),
        dingtalk.as_bytes(),
    )
    .unwrap_err();
    let text = serde_json::to_string(&DingtalkFailure::from(http)).unwrap();
    let again: ApiError<Uncatalogued<Dingtalk>> = serde_json::from_str(&text).unwrap();
    assert_eq!(again.top_code(), 88);
    assert_eq!(again.code(), 60011);
    // A type with a transparent member and no catch-all writes it whole too.
    let api: ApiError<FeishuError> = serde_json::from_str(feishu).unwrap();
    assert_eq!(
        serde_json::to_value(FeishuOnly::Api(api)).unwrap(),
        serde_json::from_str::<Value>(feishu).unwrap()
    );
}

/// A 2xx whose body is not the platform's answer (cut off), passed on by a gateway through
/// `http::answer`: under envelopes whose successes carry no code (`WeChat` Pay v3, `DingTalk`'s
/// newer API) its written body has no code, and with the 2xx it came with it would read as a
/// success. It is answered 502, and read back it is again a failure whose outcome is unknown.
#[test]
fn a_body_that_was_not_the_answer_is_not_passed_on_as_a_success() {
    use platform_errors::envelope::{Dingtalk, WechatPayV3};
    use platform_errors::http::{answer, read_response};
    use platform_errors::Uncatalogued;

    let cut = platform_errors::wire::from_http::<serde_json::Value, Uncatalogued<WechatPayV3>>(
        200,
        [("Request-ID", "R-1")],
        br#"{"prepay_id":"wx"#,
    )
    .unwrap_err();
    assert!(cut.is_outcome_unknown());
    let response = answer(&PayFailure::from(cut));
    assert_eq!(response.status(), 502, "{}", response.body());
    let again =
        read_response::<serde_json::Value, Uncatalogued<WechatPayV3>, _>(&response).unwrap_err();
    assert!(again.api().is_none(), "{again:?}");
    assert!(again.is_outcome_unknown());

    let cut =
        platform_errors::wire::from_http::<(), Uncatalogued<Dingtalk>>(201, (), br#"{"result":"#)
            .unwrap_err();
    let response = answer(&DingtalkFailure::from(cut));
    assert_eq!(response.status(), 502);
    assert!(read_response::<(), Uncatalogued<Dingtalk>, _>(&response).is_err());

    // A failure that has a code keeps the 2xx it came with (`DingTalk`'s older API and the
    // WeChat family answer their errors with 200).
    let coded = platform_errors::wire::from_http::<(), Uncatalogued<Dingtalk>>(
        200,
        (),
        br#"{"errcode":40014,"errmsg":"invalid access_token"}"#,
    )
    .unwrap_err();
    assert_eq!(answer(&DingtalkFailure::from(coded)).status(), 200);
}

/// A bot's type of `WeCom`'s shape holding a `DingTalk` answer: what the `DingTalk` answer kept
/// (errcode 88 beside its typing `sub_code`) has no place under `WeCom`'s names, so the
/// variant is written with its code and message, and read back into it.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum MixedBot {
    #[code(1)]
    #[message("bot busy")]
    Busy,
    #[platform(transparent)]
    Ding(#[from] platform_errors::HttpError<platform_errors::dingtalk::DingtalkError>),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

#[test]
fn a_member_of_another_envelope_writes_its_code_and_message() {
    let body = r#"{"errcode":88,"errmsg":"ding talk error","sub_code":"60011","sub_msg":"no privilege","request_id":"5imjny7u9xwa"}"#;
    let http = platform_errors::wire::from_http::<(), platform_errors::dingtalk::DingtalkError>(
        200,
        (),
        body.as_bytes(),
    )
    .unwrap_err();
    let bot = MixedBot::from(http);
    assert_eq!(bot.code(), Some(60011.into()));
    let written = serde_json::to_value(&bot).unwrap();
    assert_eq!(written["errcode"], 60011);
    assert_eq!(written["errmsg"], "no privilege");
    let again: MixedBot = serde_json::from_value(written).unwrap();
    assert!(matches!(again, MixedBot::Ding(_)), "{again:?}");
}

#[test]
fn a_serde_error_names_the_type_as_exported() {
    let err = serde_json::from_str::<platform_errors::wechat_pay::GlobalError>(
        r#"{"code":404,"message":"Not Found"}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("code 404 is a number, and `GlobalError` has string codes"),
        "{err}"
    );
}

/// A gateway's number before a platform of string codes: the catch-all keeps it as its
/// text, as `from_received` would be given it, and writes it back as that text.
#[test]
fn a_number_under_string_codes_reaches_the_catch_all_as_its_text() {
    use platform_errors::wechat_pay::WechatPayError;
    use platform_errors::FromReceived;
    let err: WechatPayError =
        serde_json::from_str(r#"{"code":404,"message":"Not Found"}"#).unwrap();
    assert_eq!(err, WechatPayError::from_received("404", "Not Found"));
    assert_eq!(err.code(), Some("404".into()));
    assert_eq!(err.to_string(), "Not Found");
    let written = serde_json::to_string(&err).unwrap();
    assert_eq!(written, r#"{"code":"404","message":"Not Found"}"#);
    assert_eq!(
        serde_json::from_str::<WechatPayError>(&written).unwrap(),
        err
    );
    // A declared code written as a number is not one: WeChat Pay's codes are words.
    let err: WechatPayError = serde_json::from_str(r#"{"code":-1,"message":"x"}"#).unwrap();
    assert_eq!(err.code(), Some("-1".into()));
}

/// `WeChat`'s shape (its catch-all), holding a `WeCom` answer in a transparent member: the id
/// `WeCom` reads from `hint: [...]` is one `WeChat`'s envelope does not find in the message,
/// so it is written in its field, and read back into the catch-all.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum WechatShaped {
    #[platform(transparent)]
    Wecom(#[from] platform_errors::HttpError<platform_errors::wecom::WecomError>),
    #[platform(unknown)]
    Api(#[from] ApiError<platform_errors::Uncatalogued<platform_errors::envelope::Wechat>>),
}

#[test]
fn an_id_the_reader_would_not_find_is_written() {
    let body = r#"{"errcode":42001,"errmsg":"access_token expired, hint: [1639-ee1f]"}"#;
    let http = platform_errors::wire::from_http::<(), platform_errors::wecom::WecomError>(
        200,
        (),
        body.as_bytes(),
    )
    .unwrap_err();
    let err = WechatShaped::from(http);
    assert_eq!(err.request_id(), Some("1639-ee1f"));
    let written = serde_json::to_string(&err).unwrap();
    let back: WechatShaped = serde_json::from_str(&written).unwrap();
    assert_eq!(back.request_id(), Some("1639-ee1f"), "written {written}");
    assert_eq!(back.code(), err.code());
    assert_eq!(back.message(), err.message());
}

/// A type without lookup (a code with fields) written under the envelope it names: a Feishu
/// member writes `code` and `msg`, as `FeishuError` alone does, and so does its own code.
#[derive(Debug, PlatformError)]
#[platform(serde, envelope = CodeMsg)]
enum LarkBot {
    #[platform(transparent)]
    Feishu(platform_errors::feishu::FeishuError),
    #[code(99991)]
    #[message("chat {0} is closed")]
    Closed(u32),
}

#[test]
fn a_type_without_lookup_writes_under_the_envelope_it_names() {
    use platform_errors::FromReceived as _;
    let member = platform_errors::feishu::FeishuError::from_received(99_991_663, "x");
    let alone = serde_json::to_value(&member).unwrap();
    assert_eq!(alone["code"], 99_991_663);
    assert_eq!(
        serde_json::to_value(LarkBot::Feishu(member)).unwrap(),
        alone
    );
    assert_eq!(
        serde_json::to_value(LarkBot::Closed(7)).unwrap(),
        json!({"code": 99991, "msg": "chat 7 is closed"})
    );
}

/// Under AIP-193 an integer code is the HTTP status (`error.code`): a declared one is the
/// status `http::answer` sends, as the body says.
#[derive(Debug, PlatformError)]
#[platform(serde, envelope = GoogleRpc)]
enum RpcByNumber {
    #[code(404)]
    #[message("no such book")]
    Missing,
    #[code(42)]
    #[message("not a status")]
    Odd,
    #[code(200)]
    #[message("an error's status is no 2xx")]
    TwoHundred,
    #[platform(unknown)]
    Other { code: i64, message: String },
}

#[test]
fn an_aip_193_integer_code_is_the_status_answered() {
    use platform_errors::http::answer;
    use platform_errors::{Advice, FromReceived};
    let response = answer(&RpcByNumber::Missing);
    assert_eq!(response.status(), 404);
    let body: Value = serde_json::from_str(response.body()).unwrap();
    assert_eq!(body["error"]["code"], 404);
    // A number that is no error's HTTP status has the default of a declared code: a 2xx
    // answer would be read as the resource.
    assert_eq!(answer(&RpcByNumber::Odd).status(), 400);
    assert_eq!(answer(&RpcByNumber::TwoHundred).status(), 400);
    // The catch-all's integer code is its status, and gives its advice.
    let busy = RpcByNumber::from_received(503, "backend unavailable");
    assert_eq!((busy.status(), busy.advice()), (Some(503), Advice::Retry));
    assert_eq!(answer(&busy).status(), 503);
    // 504 without its name is `DEADLINE_EXCEEDED`: the operation may have completed.
    assert!(RpcByNumber::from_received(504, "late").is_outcome_unknown());
    assert!(!busy.is_outcome_unknown());
    let odd = RpcByNumber::from_received(201, "odd");
    assert_eq!((odd.status(), answer(&odd).status().as_u16()), (None, 500));
}

/// A status that no body goes with (1xx, 204, 205, 304) is not passed on with an error's body:
/// it would be dropped on the way (hyper sends 204 and 304 without one).
#[test]
fn an_error_is_not_answered_with_a_status_that_has_no_body() {
    use platform_errors::http::answer;
    for status in [101, 204, 205, 304] {
        // As if received without a status: a declared rate limit is 429 (its advice's).
        let err = ApiError::<QingtuiError>::new(45009, "api freq out of limit").with_status(status);
        assert_eq!(answer(&err).status(), 429, "{status}");
        let err = ApiError::<QingtuiError>::new(40003, "invalid openid").with_status(status);
        assert_eq!(answer(&err).status(), 400, "{status}");
        let unknown = ApiError::<QingtuiError>::new(61000, "new").with_status(status);
        assert_eq!(answer(&unknown).status(), 500, "{status}");
    }
    let err = ApiError::<QingtuiError>::new(45009, "api freq out of limit").with_status(200);
    assert_eq!(answer(&err).status(), 200);
}

platform_errors::define_codes! {
    /// AIP-193 codes of one's own.
    #[platform(serde, envelope = GoogleRpc)]
    pub enum RpcCodes {
        NotFound = "NOT_FOUND" => "not found",
    }

    /// An umbrella that takes its envelope, AIP-193's, from its member.
    #[platform(serde)]
    pub enum RpcUmbrella {
        Rpc(RpcCodes),
        #[platform(unknown)]
        Unknown,
    }
}

/// A derived type over the same member, without an envelope of its own.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum RpcDerived {
    #[platform(transparent)]
    Rpc(RpcCodes),
    #[platform(unknown)]
    Other { code: String, message: String },
}

/// A catch-all whose envelope, AIP-193's, is its member's: its status name gives its status,
/// advice and whether the outcome is known, as under `envelope = GoogleRpc` written.
#[test]
fn a_catch_all_under_an_inherited_aip_193_envelope_has_its_status() {
    use platform_errors::http::answer;
    use platform_errors::{Advice, FromReceived, PlatformError};
    let down = r#"{"error":{"code":503,"message":"down","status":"UNAVAILABLE"}}"#;
    let late = r#"{"error":{"code":504,"message":"late","status":"DEADLINE_EXCEEDED"}}"#;
    let umbrella: RpcUmbrella = serde_json::from_str(down).unwrap();
    assert_eq!(
        (umbrella.status(), umbrella.advice()),
        (Some(503), Advice::Retry)
    );
    assert_eq!(answer(&umbrella).status(), 503);
    assert!(serde_json::from_str::<RpcUmbrella>(late)
        .unwrap()
        .is_outcome_unknown());
    let derived: RpcDerived = serde_json::from_str(down).unwrap();
    assert_eq!(
        (derived.status(), derived.advice()),
        (Some(503), Advice::Retry)
    );
    assert!(serde_json::from_str::<RpcDerived>(late)
        .unwrap()
        .is_outcome_unknown());
    // Under the default envelope a catch-all's code says nothing of a status.
    let qingtui = QingtuiError::from_received(503, "busy");
    assert_eq!((qingtui.status(), qingtui.advice()), (None, Advice::None));
}

/// A marker of one's own whose envelope is AIP-193's.
enum MyRpc {}

impl platform_errors::HasEnvelope for MyRpc {
    const ENVELOPE: platform_errors::Envelope = platform_errors::Envelope::GOOGLE_RPC;
}

/// A type under that marker: the macro does not know its shape, the catch-all asks it.
#[derive(Debug, PlatformError)]
#[platform(serde, envelope = MyRpc)]
enum RpcByMarker {
    #[code("NOT_FOUND")]
    #[message("no such book")]
    NotFound,
    #[platform(unknown)]
    Other { code: String, message: String },
}

#[test]
fn a_catch_all_under_an_aip_193_envelope_of_ones_own_has_its_status() {
    use platform_errors::http::answer;
    use platform_errors::{Advice, FromReceived};
    let down = r#"{"error":{"code":503,"message":"down","status":"UNAVAILABLE"}}"#;
    let err: RpcByMarker = serde_json::from_str(down).unwrap();
    assert_eq!((err.status(), err.advice()), (Some(503), Advice::Retry));
    assert_eq!(answer(&err).status(), 503);
    let late = RpcByMarker::from_received("DEADLINE_EXCEEDED", "late");
    assert!(late.is_outcome_unknown());
}

/// A failure whose outcome is unknown, passed on by a gateway through `http::answer`, is read
/// back so by the client behind it: `WeChat` Pay's `SYSTEM_ERROR` (declared 500) received with
/// a gateway's 502, and the success code under 400 (the body says done, the status failed).
/// Passed on with the declared 500, or the 400, it read back as a failure known to have done
/// nothing, and a payment was sent again.
#[test]
fn a_failure_of_unknown_outcome_is_passed_on_so() {
    use platform_errors::envelope::ErrcodeErrmsg;
    use platform_errors::http::{answer, read_response};
    use platform_errors::wechat_pay::WechatPayError;
    use platform_errors::{HttpError, Uncatalogued};

    let upstream = platform_errors::wire::from_http::<(), WechatPayError>(
        502,
        (),
        br#"{"code":"SYSTEM_ERROR","message":"system error"}"#,
    )
    .unwrap_err();
    assert!(upstream.is_outcome_unknown());
    let response = answer(&upstream);
    assert_eq!(response.status(), 502, "{}", response.body());
    let again = read_response::<(), WechatPayError, _>(&response).unwrap_err();
    assert!(again.is_outcome_unknown(), "{again:?}");
    assert!(matches!(again, HttpError::Api(_)));

    let said_done = platform_errors::wire::from_http::<(), Uncatalogued<ErrcodeErrmsg>>(
        400,
        (),
        br#"{"errcode":0,"errmsg":"ok"}"#,
    )
    .unwrap_err();
    assert!(said_done.is_outcome_unknown());
    let response = answer(&said_done);
    assert_eq!(response.status(), 502, "{}", response.body());
    let again = read_response::<(), Uncatalogued<ErrcodeErrmsg>, _>(&response).unwrap_err();
    assert!(again.is_outcome_unknown(), "{again:?}");

    // A failure known to have done nothing keeps its status.
    let refused = platform_errors::wire::from_http::<(), WechatPayError>(
        400,
        (),
        br#"{"code":"PARAM_ERROR","message":"bad"}"#,
    )
    .unwrap_err();
    assert!(!refused.is_outcome_unknown());
    assert_eq!(answer(&refused).status(), 400);

    // An error this side makes, not received, keeps the status its entry declares, even
    // one whose code leaves the outcome unknown.
    assert!(PayGateway::SystemError.is_outcome_unknown());
    assert_eq!(answer(&PayGateway::SystemError).status(), 500);
}

/// A payment gateway's own error, declared with its status.
#[derive(Debug, PlatformError)]
#[platform(serde, envelope = Alipay)]
enum PayGateway {
    #[code("ACQ.SYSTEM_ERROR")]
    #[message("系统错误")]
    #[platform(http_status = 500)]
    SystemError,
}

platform_errors::define_codes! {
    /// A string catalogue that declares a code written as digits.
    #[platform(serde, envelope = WECHAT_PAY_V3)]
    pub enum Gateway {
        NotFound = "404" => "not found",
        Busy = "BUSY" => "busy",
    }

    #[platform(serde, envelope = WECHAT_PAY_V3)]
    pub enum GatewayAnswer {
        Gateway(Gateway),
        #[platform(unknown)]
        Unknown,
    }
}

/// A number under string codes is its decimal text on every path: the umbrella's serde, an
/// `ApiError`'s, and `from_http`'s type the same declared code.
#[test]
fn a_number_under_string_codes_is_typed_alike_on_every_path() {
    let body = r#"{"code": 404, "message": "not found"}"#;
    let umbrella: GatewayAnswer = serde_json::from_str(body).unwrap();
    assert_eq!(umbrella, GatewayAnswer::Gateway(Gateway::NotFound));
    let api: ApiError<GatewayAnswer> = serde_json::from_str(body).unwrap();
    assert_eq!(api.kind(), Some(&GatewayAnswer::Gateway(Gateway::NotFound)));
    assert_eq!(api.code(), 404);
    let http = platform_errors::wire::from_http::<(), GatewayAnswer>(404, (), body.as_bytes())
        .unwrap_err();
    assert_eq!(
        http.entry().map(platform_errors::Entry::name),
        Some("NotFound")
    );
    let built = ApiError::<Gateway>::received(404, "not found");
    assert_eq!(built.kind(), Some(&Gateway::NotFound));
    // A number no entry declares stays untyped, kept as sent.
    let api: ApiError<GatewayAnswer> =
        serde_json::from_str(r#"{"code": 500, "message": "x"}"#).unwrap();
    assert_eq!((api.code(), api.kind()), (500.into(), None));
}

platform_errors::define_codes! {
    /// Two entries of one AIP-193 code, told apart by message, with different advice.
    #[platform(serde, envelope = GoogleRpc, shared("QUOTA_X"))]
    pub enum Quota {
        #[advice(throttle)]
        Exceeded = "QUOTA_X" => "too many requests",
        #[advice(fix_request)]
        BadValue = "QUOTA_X" => "bad quota value",
    }
}

/// The body's `code` is the status `http::answer` sends, for the entry the message typed.
#[test]
fn a_shared_code_writes_the_status_of_its_own_entry() {
    use platform_errors::http::answer;
    for (message, status) in [("bad quota value", 400), ("too many requests", 429)] {
        let err = ApiError::<Quota>::new("QUOTA_X", message);
        let response = answer(&err);
        assert_eq!(response.status(), status, "{message}");
        let body: Value = serde_json::from_str(response.body()).unwrap();
        assert_eq!(body["error"]["code"], status, "{message}");
    }
}
