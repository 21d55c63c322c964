//! The wire: every platform's envelope (the names of the code, message and request id), code
//! parsing, success, responses into results, errors and catalogues into and out of the
//! platform's shape, HTTP answers, and nothing lost.
#![cfg(feature = "serde")]

use platform_errors_core::envelope::{CodeMessage, CodeMsg, ErrcodeErrmsg, ErrorCodeErrorMsg};
use platform_errors_core::qingtui::{GeneralError, QingtuiError};
use platform_errors_core::wire::{from_http, UnexpectedBody};
use platform_errors_core::{
    Advice, ApiError, Catalogue, Entry, Envelope, HasEnvelope, HttpError, MessageMatch,
    PlatformError, Response, Uncatalogued,
};
use serde_json::{json, Value};

platform_errors_core::define_codes! {
    #![platform(crate = platform_errors_core)]
    /// Some of Feishu's codes, with Feishu's `code`/`msg` envelope.
    #[platform(category = "feishu", lang = "en", envelope = CODE_MSG, serde)]
    pub enum Feishu {
        #[advice(refresh_token)]
        InvalidTenantToken = 99991663 => "Invalid access token for authorization.",
        #[advice(throttle)]
        RateLimited = 99991400 => "request trigger frequency limit",
    }
}

#[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
struct Sent {
    msgid: u64,
}

/// The errcode/errmsg envelope end to end: responses into results, what untidy servers send,
/// clear errors for bad input, and round trips of errors and catalogues.
mod errcode_errmsg {
    use super::*;
    use platform_errors_core::qingtui::{ParamError, SystemError, TokenError, UserError};

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
        let body = json!({"errcode": 0, "errmsg": "success and the accounts [li] will not change password"});
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
        let err = serde_json::from_value::<SystemError>(json!({"errcode": 1, "errmsg": "x"}))
            .unwrap_err();
        assert_eq!(err.to_string(), "code 1 is not declared by `SystemError`");
        // Read from text, the error says where: at the end of the answer.
        let err =
            serde_json::from_str::<SystemError>(r#"{"errcode": 1, "errmsg": "x"}"#).unwrap_err();
        assert_eq!((err.line(), err.column()), (1, 29), "{err}");
        assert_eq!(
            err.to_string(),
            "code 1 is not declared by `SystemError` at line 1 column 29"
        );

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
        #[derive(Debug, platform_errors_core::PlatformError)]
        #[platform(crate = platform_errors_core, serde)]
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
}

#[test]
fn a_feishu_catalogue_reads_and_writes_code_and_msg() {
    let body = json!({"code": 99991663, "msg": "Invalid access token for authorization."});
    let typed: Feishu = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(typed, Feishu::InvalidTenantToken);
    assert_eq!(serde_json::to_value(typed).unwrap(), body);

    let with_id = json!({"code": 99991663, "msg": "Invalid access token for authorization.",
        "log_id": "20240101-abc", "data": {}});
    let err: ApiError<Feishu> = serde_json::from_value(with_id).unwrap();
    // 99991663 does not fit in 16 or 32 bits' worth of anything narrower: kept whole.
    assert_eq!(err.code(), 99_991_663);
    assert_eq!(err.request_id(), Some("20240101-abc"));
    assert_eq!(
        err.kind().map(PlatformError::advice),
        Some(Advice::RefreshToken)
    );
    // Written back with the request id, under the envelope's first name for it.
    let mut again = body.clone();
    again["log_id"] = json!("20240101-abc");
    assert_eq!(serde_json::to_value(&err).unwrap(), again);

    // A Feishu answer in the errcode shape is a missing `code`, not a success.
    let err = serde_json::from_value::<ApiError<Feishu>>(json!({"errcode": 0})).unwrap_err();
    assert!(err.to_string().contains("missing field `code`"), "{err}");

    let ok: Response<Sent, Feishu> =
        serde_json::from_value(json!({"code": 0, "msg": "success", "msgid": 5})).unwrap();
    assert_eq!(ok.into_result::<Feishu>().unwrap(), Sent { msgid: 5 });
    let ok = Response::<Sent, Feishu>::success("success", Sent { msgid: 5 });
    assert_eq!(
        serde_json::to_value(&ok).unwrap(),
        json!({"code": 0, "msg": "success", "msgid": 5})
    );
}

#[test]
fn the_four_shapes() {
    fn read<E: HasEnvelope>(body: Value) -> (i64, String, Option<String>) {
        let err: ApiError<Uncatalogued<E>> = serde_json::from_value(body.clone()).unwrap();
        let response: Response<Sent, E> = serde_json::from_value(body).unwrap();
        assert_eq!(response.code(), err.code());
        assert_eq!(response.request_id(), err.request_id());
        (
            err.code().as_i64().unwrap(),
            err.message().to_owned(),
            err.request_id().map(str::to_owned),
        )
    }
    let expect = |code: i64, id: &str| (code, "m".to_owned(), Some(id.to_owned()));
    assert_eq!(
        read::<ErrcodeErrmsg>(json!({"errcode": 40001, "errmsg": "m", "rid": "r1"})),
        expect(40001, "r1")
    );
    assert_eq!(
        read::<CodeMsg>(json!({"code": 99991663, "msg": "m", "log_id": "l1"})),
        expect(99_991_663, "l1")
    );
    assert_eq!(
        read::<ErrorCodeErrorMsg>(
            json!({"log_id": 3_141_592_653_u64, "error_code": 110, "error_msg": "m"})
        ),
        expect(110, "3141592653")
    );
    assert_eq!(
        read::<CodeMessage>(json!({"code": 500, "message": "m", "requestid": "q"})),
        expect(500, "q")
    );
    // Feishu sends its log id inside `error`: `error.log_id`, before or after the code.
    for body in [
        r#"{"code": 99991663, "msg": "m", "error": {"log_id": "L2", "troubleshooter": "x"}}"#,
        r#"{"error": {"helps": [{"url": "u"}], "log_id": "L2"}, "msg": "m", "code": 99991663}"#,
    ] {
        let err: ApiError<Uncatalogued<CodeMsg>> = serde_json::from_str(body).unwrap();
        assert_eq!(err.request_id(), Some("L2"), "{body}");
        let response: Response<Sent, CodeMsg> = serde_json::from_str(body).unwrap();
        assert_eq!(response.request_id(), Some("L2"), "{body}");
    }
    // A success that carries `error` gives it to the payload too.
    #[derive(Debug, serde::Deserialize)]
    struct WithError {
        error: Value,
    }
    for body in [
        r#"{"code": 0, "msg": "", "error": {"log_id": "L3"}}"#,
        r#"{"error": {"log_id": "L3"}, "code": 0}"#,
    ] {
        let ok: Response<WithError, CodeMsg> = serde_json::from_str(body).unwrap();
        assert_eq!(ok.request_id(), Some("L3"));
        assert_eq!(ok.payload().unwrap().error, json!({"log_id": "L3"}));
    }
    // `error` that is not an object holds no id.
    let err: ApiError<Uncatalogued<CodeMsg>> =
        serde_json::from_str(r#"{"code": 1, "error": "L4", "msg": "m"}"#).unwrap();
    assert_eq!(err.request_id(), None);

    // The first found in the body is kept.
    let body = r#"{"errcode": 1, "errmsg": "m", "rid": "a", "request_id": "b"}"#;
    let err: ApiError<Uncatalogued<ErrcodeErrmsg>> = serde_json::from_str(body).unwrap();
    assert_eq!(err.request_id(), Some("a"));
    // Another shape's names are other fields.
    let err: ApiError<Uncatalogued<CodeMsg>> =
        serde_json::from_value(json!({"code": 7, "errcode": 8, "errmsg": "x"})).unwrap();
    assert_eq!((err.code(), err.message()), (7.into(), ""));
}

#[test]
fn only_the_declared_success_code_is_success() {
    for body in [
        json!({"errmsg": "ok", "msgid": 1}),
        json!({"errcode": null, "errmsg": "ok", "msgid": 1}),
    ] {
        assert!(
            serde_json::from_value::<Response<Sent>>(body.clone()).is_err(),
            "{body}"
        );
    }
    // An unknown code is an error with no kind, never a success.
    let response: Response<Sent> =
        serde_json::from_value(json!({"errcode": 61234, "errmsg": "new", "msgid": 1})).unwrap();
    assert!(!response.is_success());
    let err = response.into_result::<QingtuiError>().unwrap_err();
    assert_eq!((err.code(), err.advice()), (61234.into(), Advice::None));

    // Baidu declares that its successes carry no code.
    let response: Response<Sent, ErrorCodeErrorMsg> =
        serde_json::from_value(json!({"log_id": 1, "msgid": 9})).unwrap();
    assert!(response.is_success());
    assert_eq!(response.payload(), Some(&Sent { msgid: 9 }));

    // A success code of its own.
    #[derive(Debug)]
    enum Http200 {}
    impl Catalogue for Http200 {
        type Code<'a> = i64;
        const ENTRIES: &'static [Entry] = &[];
        const ENVELOPE: Envelope = Envelope::new("status", "detail").with_success_code(200);
        fn from_code(_: i64) -> Option<Self> {
            None
        }
        fn match_message(_: i64, _: &str) -> Option<MessageMatch<Self>> {
            None
        }
    }
    let ok: Response<Sent, Http200> =
        serde_json::from_value(json!({"status": 200, "detail": "", "msgid": 2})).unwrap();
    assert_eq!(ok.into_result::<Http200>().unwrap(), Sent { msgid: 2 });
    let zero: Response<Sent, Http200> =
        serde_json::from_value(json!({"status": 0, "msgid": 2})).unwrap();
    assert_eq!(zero.into_result::<Http200>().unwrap_err().code(), 0);
}

#[test]
fn codes_are_i64_from_numbers_strings_and_exact_floats() {
    let read = |code: &str| -> Result<i64, String> {
        let body = format!(r#"{{"errcode": {code}, "errmsg": "x"}}"#);
        serde_json::from_str::<ApiError<Uncatalogued<ErrcodeErrmsg>>>(&body)
            .map(|err| err.code().as_i64().unwrap())
            .map_err(|e| e.to_string())
    };
    assert_eq!(read("99991663"), Ok(99_991_663));
    assert_eq!(read("\"99991663\""), Ok(99_991_663));
    assert_eq!(read("\" -1 \""), Ok(-1));
    assert_eq!(read("9223372036854775807"), Ok(i64::MAX));
    assert_eq!(read("-9223372036854775808"), Ok(i64::MIN));
    assert_eq!(read("\"-9223372036854775808\""), Ok(i64::MIN));
    assert_eq!(read("1e5"), Ok(100_000));
    assert_eq!(read("40001.0"), Ok(40001));
    assert_eq!(read("-0"), Ok(0));
    assert!(read("-0.0")
        .unwrap_err()
        .contains("zero written as a float"));
    assert_eq!(read("4.0001E4"), Ok(40001));
    assert_eq!(read("\"40001.0\""), Ok(40001));
    assert_eq!(read("99991663.0"), Ok(99_991_663));
    assert_eq!(read("-4.0e4"), Ok(-40000));

    let refused = |code: &str, says: &str| {
        let err = read(code).unwrap_err();
        assert!(err.contains(says), "{code}: {err:?} should say {says:?}");
    };
    refused("1.5", "must be an integer, not 1.5");
    refused("\"1.5\"", "must be an integer, not 1.5");
    refused("1e-3", "must be an integer");
    refused("9223372036854775808", "out of range");
    refused("\"9223372036854775808\"", "out of range");
    refused("1e19", "out of range");
    // Beyond 2^53, from the literal's text: no float is made.
    assert_eq!(read("9007199254740993.0"), Ok(9_007_199_254_740_993));
    refused("\"forty\"", "is not an integer within i64");
    refused("\"NaN\"", "is not an integer within i64");
    refused("\"\"", "is not an integer within i64");
    refused("true", "`errcode` as an integer");
    refused("[1]", "`errcode` as an integer");
}

/// `[[[...1...]]]`, `depth` deep.
fn nested(depth: usize) -> String {
    format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn deep_fields_of_an_error_are_skipped_not_refused() {
    for depth in [1, 127, 200, 10_000] {
        let after = format!(
            r#"{{"errcode": 42001, "errmsg": "access_token超时", "nest": {}}}"#,
            nested(depth)
        );
        let before = format!(
            r#"{{"nest": {}, "errcode": 42001, "errmsg": "access_token超时"}}"#,
            nested(depth)
        );
        for body in [after, before] {
            let api: ApiError<QingtuiError> = serde_json::from_str(&body).unwrap();
            let response: Response<Sent> = serde_json::from_str(&body).unwrap();
            let err = response.into_result::<QingtuiError>().unwrap_err();
            assert_eq!(err, api, "depth {depth}");
            assert_eq!(
                err.kind(),
                Some(&QingtuiError::General(GeneralError::AccessTokenExpired))
            );
        }
    }
    // A success skips what its payload does not want, at any depth after the code.
    let body = format!(
        r#"{{"errcode": 0, "errmsg": "ok", "nest": {}, "msgid": 3}}"#,
        nested(10_000)
    );
    let ok: Response<Sent> = serde_json::from_str(&body).unwrap();
    assert_eq!(ok.payload(), Some(&Sent { msgid: 3 }));
    // Before the code, a field is kept raw; a success then gives it to the payload, which
    // skips it at any depth, as serde_json does.
    for depth in [100, 200, 10_000] {
        let body = format!(
            r#"{{"nest": {}, "errcode": 0, "errmsg": "ok", "msgid": 3}}"#,
            nested(depth)
        );
        let ok: Response<Sent> = serde_json::from_str(&body).unwrap();
        assert_eq!(ok.payload(), Some(&Sent { msgid: 3 }));
    }
}

#[test]
fn a_success_with_fields_reads_as_unit() {
    let body = json!({"errcode": 0, "errmsg": "ok", "msgid": 3, "more": {"a": [1, 2]}});
    let ok: Response<()> = serde_json::from_value(body.clone()).unwrap();
    assert!(ok.into_result::<QingtuiError>().is_ok());
    let text = body.to_string();
    let ok: Response<()> = serde_json::from_str(&text).unwrap();
    assert_eq!(ok.message(), "ok");
    #[derive(Debug, serde::Deserialize)]
    struct Nothing;
    let ok: Response<Nothing> = serde_json::from_str(&text).unwrap();
    assert!(ok.payload().is_some());
    let ok: Response<serde::de::IgnoredAny> = serde_json::from_str(&text).unwrap();
    assert!(ok.is_success());
}

#[test]
fn fields_before_the_code_reach_the_payload() {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Page {
        msgid: u64,
        request_id: String,
        tags: Vec<String>,
    }
    for text in [
        r#"{"errcode": 0, "errmsg": "ok", "msgid": 3, "request_id": "r", "tags": ["a"]}"#,
        r#"{"msgid": 3, "tags": ["a"], "errcode": 0, "request_id": "r", "errmsg": "ok"}"#,
        r#"{"request_id": "r", "msgid": 3, "tags": ["a"], "errmsg": "ok", "errcode": "0"}"#,
    ] {
        let ok: Response<Page> = serde_json::from_str(text).unwrap();
        // The request id goes both to the envelope and to the payload that asks for it.
        assert_eq!(ok.request_id(), Some("r"), "{text}");
        assert_eq!(
            ok.into_result::<QingtuiError>().unwrap(),
            Page {
                msgid: 3,
                request_id: "r".into(),
                tags: vec!["a".into()]
            },
            "{text}"
        );
        // And from a `Value`, the same.
        let value: Value = serde_json::from_str(text).unwrap();
        let ok: Response<Page> = serde_json::from_value(value).unwrap();
        assert_eq!(ok.payload().unwrap().msgid, 3);
    }
    // Duplicates are refused wherever they are.
    for text in [
        r#"{"errcode": 0, "errmsg": "ok", "msgid": 3, "errcode": 0}"#,
        r#"{"errcode": 0, "errmsg": "ok", "msgid": 3, "errmsg": "again"}"#,
        r#"{"errmsg": "ok", "errcode": 1, "errmsg": "again"}"#,
    ] {
        let err = serde_json::from_str::<Response<Sent>>(text).unwrap_err();
        assert!(err.to_string().contains("duplicate field"), "{text}: {err}");
    }
    // A field of the envelope sent twice is said as that, not blamed on the payload (the
    // answer, whose second code is an error's, is no success either).
    for text in [
        r#"{"errcode": 0, "errcode": 40001, "errmsg": "x"}"#,
        r#"{"errcode": 0, "errc\u006fde": 40001}"#,
        r#"{"errcode": 0, "errmsg": "ok", "errmsg": "again", "msgid": 3}"#,
    ] {
        let err = serde_json::from_str::<Response<Sent>>(text).unwrap_err();
        assert!(
            err.to_string().starts_with("duplicate field `errc")
                || err.to_string().starts_with("duplicate field `errm"),
            "{text}: {err}"
        );
    }
    // A success whose payload does not parse says so.
    let err =
        serde_json::from_str::<Response<Sent>>(r#"{"errcode": 0, "msgid": "x"}"#).unwrap_err();
    assert!(
        err.to_string()
            .contains("a success whose payload does not parse"),
        "{err}"
    );
}

#[test]
fn http_answers_keep_the_status_and_what_is_not_json() {
    let err = from_http::<Sent, QingtuiError>(
        200,
        [("Content-Type", "application/json")],
        br#"{"errcode": 45009, "errmsg": "api freq out of limit", "rid": "R"}"#,
    )
    .unwrap_err();
    let api = err.api().unwrap();
    assert_eq!(
        (api.code(), api.status(), api.request_id()),
        (45009.into(), Some(200), Some("R"))
    );
    assert_eq!(err.advice(), Advice::Throttle);

    // Feishu sends some errors with HTTP 400.
    let err = from_http::<Sent, Feishu>(
        400,
        [("content-type", "application/json; charset=utf-8")],
        br#"{"code": 99991663, "msg": "Invalid access token for authorization.", "log_id": "L"}"#,
    )
    .unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert_eq!(
        err.api().and_then(ApiError::kind),
        Some(&Feishu::InvalidTenantToken)
    );

    let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body></html>";
    let err =
        from_http::<Sent, QingtuiError>(502, [("Content-Type", "text/html")], page.as_bytes())
            .unwrap_err();
    let HttpError::Body(body) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (body.status(), body.content_type(), body.head()),
        (502, Some("text/html"), page)
    );
    assert!(body.reason().contains("expected value at line 1 column 1"));
    assert_eq!(err.advice(), Advice::Retry);
    let text = err.to_string();
    assert!(
        text.starts_with("HTTP 502 (text/html): not the platform's answer (expected value"),
        "{text}"
    );
    assert!(text.contains("502 Bad Gateway"), "{text}");

    // Long and non-UTF-8 bodies are cut, at a character boundary.
    let long = "界".repeat(200);
    let err = from_http::<Sent, QingtuiError>(503, (), long.as_bytes()).unwrap_err();
    let HttpError::Body(body) = &err else {
        panic!()
    };
    assert!(
        body.head().len() <= UnexpectedBody::HEAD_LEN && body.head().chars().all(|c| c == '界')
    );
    assert_eq!(body.head().len(), 255);
    let err = from_http::<Sent, QingtuiError>(429, (), &[0xff, 0xfe, b'x']).unwrap_err();
    assert_eq!(err.advice(), Advice::Throttle);
    let err = from_http::<Sent, QingtuiError>(200, (), b"").unwrap_err();
    assert_eq!((err.status(), err.advice()), (Some(200), Advice::None));
}

/// `WeChat`'s request id follows `rid: ` at the start of a word: a message that says
/// `grid: 5` has none (it read as request id `5`).
#[test]
fn a_request_id_in_the_message_starts_a_word() {
    use platform_errors_core::envelope::Wechat;
    let read = |body: &str| {
        serde_json::from_str::<ApiError<Uncatalogued<Wechat>>>(body)
            .unwrap()
            .request_id()
            .map(str::to_owned)
    };
    assert_eq!(
        read(r#"{"errcode":47001,"errmsg":"data grid: 5 rows exceed the limit"}"#),
        None
    );
    assert_eq!(
        read(r#"{"errcode":47001,"errmsg":"data grid: 5 rows exceed the limit rid: 65-0a"}"#),
        Some("65-0a".to_owned())
    );
    assert_eq!(
        read(r#"{"errcode":40001,"errmsg":"rid: 65-0a"}"#),
        Some("65-0a".to_owned())
    );
    // After Chinese text, with no space, as `WeChat` writes it; never after `_`.
    assert_eq!(
        read(r#"{"errcode":-1,"errmsg":"系统繁忙rid: 6141b79a"}"#),
        Some("6141b79a".to_owned())
    );
    assert_eq!(read(r#"{"errcode":-1,"errmsg":"user_rid: 5"}"#), None);
    // WeCom's `hint: [...]`: an empty one is passed over for the next.
    let hint = |message: &str| {
        Envelope::ERRCODE_ERRMSG
            .with_request_id_in_message("hint: [", "]")
            .request_id_in(message)
            .map(str::to_owned)
    };
    assert_eq!(
        hint("参数错误hint: [1639-ee1f]"),
        Some("1639-ee1f".to_owned())
    );
    assert_eq!(hint("x hint: [] hint: [c]"), Some("c".to_owned()));
}
