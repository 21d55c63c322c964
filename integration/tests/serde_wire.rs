//! The wire: responses into typed results, errors into and out of the platform's shape.

use platform_errors::qingtui::{
    GeneralError, ParamError, QingtuiError, SystemError, TokenError, UserError,
};
use platform_errors::{Advice, ApiError, PlatformError, Response};
use serde_json::json;

#[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
struct Token {
    access_token: String,
    expires_in: u32,
}

#[test]
fn success_and_failure() {
    let ok: Response<Token> = serde_json::from_str(
        r#"{"errcode":0,"errmsg":"ok","access_token":"T1","expires_in":7200}"#,
    )
    .unwrap();
    assert!(ok.is_success());
    assert_eq!(
        ok.into_result::<QingtuiError>().unwrap(),
        Token {
            access_token: "T1".into(),
            expires_in: 7200
        }
    );

    let err: Response<Token> =
        serde_json::from_str(r#"{"errcode":42001,"errmsg":"access_token超时"}"#).unwrap();
    let err = err.into_result::<QingtuiError>().unwrap_err();
    assert_eq!(err.code(), 42001);
    assert_eq!(err.message(), "access_token超时");
    assert_eq!(
        err.kind(),
        Some(&QingtuiError::General(GeneralError::AccessTokenExpired))
    );
    assert_eq!(err.advice(), Advice::RefreshToken);
    assert_eq!(err.to_string(), "errcode 42001: access_token超时");
}

#[test]
fn partial_success_keeps_its_message() {
    let body =
        json!({"errcode": 0, "errmsg": "success and the accounts [li] will not change password"});
    let response: Response<serde_json::Value> = serde_json::from_value(body).unwrap();
    let done = response.into_success::<QingtuiError>().unwrap();
    assert_eq!(
        done.note(),
        Some("success and the accounts [li] will not change password")
    );
    for plain in ["success", "ok", "请求成功.", "", "Success"] {
        let response: Response<()> =
            serde_json::from_value(json!({"errcode": 0, "errmsg": plain})).unwrap();
        assert_eq!(
            response.into_success::<QingtuiError>().unwrap().note(),
            None,
            "{plain:?}"
        );
    }
}

#[test]
fn lenient_where_servers_are_untidy() {
    for body in [
        json!({"errcode": "40100", "errmsg": "app_id is required"}),
        json!({"errcode": " 40100 ", "errmsg": "APP_ID IS REQUIRED.", "extra": [1, 2, {"x": null}]}),
        json!({"errmsg": "app_id is required: see docs", "errcode": 40100, "request_id": "r"}),
    ] {
        let response: Response<Token> = serde_json::from_value(body.clone()).unwrap();
        let err = response.into_result::<QingtuiError>().unwrap_err();
        assert_eq!(
            err.kind(),
            Some(&QingtuiError::Param(ParamError::AppIdRequired)),
            "{body}"
        );
    }
    // errmsg missing or null.
    for body in [
        json!({"errcode": 45009}),
        json!({"errcode": 45009, "errmsg": null}),
    ] {
        let response: Response<Token> = serde_json::from_value(body).unwrap();
        let err = response.into_result::<QingtuiError>().unwrap_err();
        assert_eq!(err.message(), "");
        assert_eq!(err.advice(), Advice::Throttle);
        assert_eq!(err.to_string(), "errcode 45009: 接口调用超过限制");
    }
}

#[test]
fn bad_input_is_a_clear_serde_error() {
    let cases = [
        (r#"{"errcode": "forty", "errmsg": "x"}"#, "not an integer"),
        (r#"{"errcode": 1.5}"#, "must be an integer"),
        (r#"{"errcode": 9223372036854775808}"#, "out of range"),
        (r#"{"errcode": -9223372036854775809}"#, "out of range"),
        (r#"{"errcode": true}"#, "errcode"),
        (r#"{"errmsg": "no code"}"#, "missing field `errcode`"),
        (
            r#"[40001, "x"]"#,
            "a JSON object with `errcode` and `errmsg`",
        ),
        (r#""40001""#, "a JSON object with `errcode` and `errmsg`"),
        (
            r#"{"errcode": 0, "errmsg": "ok", "access_token": 5}"#,
            "payload does not parse",
        ),
        (
            r#"{"errcode": 0, "errmsg": "ok", "access_token": "T", "expires_in": 1, "#,
            "EOF",
        ),
    ];
    for (body, expected) in cases {
        let err = serde_json::from_str::<Response<Token>>(body).unwrap_err();
        assert!(
            err.to_string().contains(expected),
            "{body}: {err} should mention {expected:?}"
        );
    }
    // The plain envelope, as used by the typed errors, says the same.
    let err = serde_json::from_str::<TokenError>(r#"{"errcode": "x"}"#).unwrap_err();
    assert!(err.to_string().contains("not an integer"), "{err}");
    let err = serde_json::from_str::<TokenError>("7").unwrap_err();
    assert!(err.to_string().contains("a JSON object"), "{err}");
}

#[test]
fn api_error_loses_nothing() {
    let body = json!({"errcode": 40100, "errmsg": "  page_size is required (trace 7) "});
    let err: ApiError<QingtuiError> = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(
        err.kind(),
        Some(&QingtuiError::Param(ParamError::PageSizeRequired))
    );
    assert_eq!(serde_json::to_value(&err).unwrap(), body);

    let unknown = json!({"errcode": 77777, "errmsg": "new"});
    let err: ApiError<TokenError> = serde_json::from_value(unknown.clone()).unwrap();
    assert_eq!(err.kind(), None);
    assert_eq!(serde_json::to_value(&err).unwrap(), unknown);

    let response: Response<Token> = serde_json::from_value(unknown.clone()).unwrap();
    assert_eq!(serde_json::to_value(&response).unwrap(), unknown);
    let ok = json!({"errcode": 0, "errmsg": "ok", "access_token": "T", "expires_in": 5});
    let response: Response<Token> = serde_json::from_value(ok.clone()).unwrap();
    assert_eq!(serde_json::to_value(&response).unwrap(), ok);
}

#[test]
fn catalogue_types_use_the_platform_shape() {
    let value = serde_json::to_value(TokenError::ExpiredToken).unwrap();
    assert_eq!(value, json!({"errcode": 42403, "errmsg": "expired token"}));
    let back: TokenError = serde_json::from_value(value).unwrap();
    assert_eq!(back, TokenError::ExpiredToken);

    // Shared codes by message.
    let user: UserError =
        serde_json::from_value(json!({"errcode": 0, "errmsg": "success and the accounts [a] [b] will not change password"}))
            .unwrap();
    assert_eq!(user, UserError::PartialSuccess);
    let param: ParamError =
        serde_json::from_value(json!({"errcode": 40100, "errmsg": "sync_time is required"}))
            .unwrap();
    assert_eq!(param, ParamError::SyncTimeRequired);

    // Undeclared code: an error naming it and the type.
    let err =
        serde_json::from_value::<SystemError>(json!({"errcode": 1, "errmsg": "x"})).unwrap_err();
    assert_eq!(err.to_string(), "code 1 is not declared by `SystemError`");

    // The umbrella: the catch-all keeps unknown codes.
    let any: QingtuiError =
        serde_json::from_value(json!({"errcode": 1, "errmsg": "x", "more": 1})).unwrap();
    assert_eq!(any.code(), Some(1.into()));
    assert_eq!(
        serde_json::to_value(&any).unwrap(),
        json!({"errcode": 1, "errmsg": "x"})
    );
    let any: QingtuiError =
        serde_json::from_value(json!({"errcode": 46100, "errmsg": "domain is not exists"}))
            .unwrap();
    assert_eq!(any.category(), Some("domain"));
}

#[test]
fn derived_types_serialize_their_display() {
    #[derive(Debug, platform_errors::PlatformError)]
    #[platform(serde)]
    enum OrgError {
        #[code(40299)]
        #[message("org name {name:?} exists in this parent node")]
        NameTaken { name: String },
    }
    let value = serde_json::to_value(OrgError::NameTaken { name: "R&D".into() }).unwrap();
    assert_eq!(
        value,
        json!({"errcode": 40299, "errmsg": "org name \"R&D\" exists in this parent node"})
    );
}
