//! Payloads users read a success into, and answers that are no platform's, through
//! `from_http` and `Response`: each once refused or misnamed.
#![cfg(all(feature = "serde", feature = "std"))]

use platform_errors_core::envelope::{GoogleRpc, WechatPayV3};
use platform_errors_core::wire::from_http;
use platform_errors_core::{HttpError, PlatformError, Response, Uncatalogued};
use serde_json::value::RawValue;

#[derive(Debug, serde::Deserialize)]
struct Prepay {
    #[allow(dead_code)]
    prepay_id: String,
}

#[test]
fn an_empty_resource_reads_as_unit_under_aip_193() {
    // Google's `Delete` answers `{}` (google.protobuf.Empty).
    from_http::<(), Uncatalogued<GoogleRpc>>(200, [("Content-Type", "application/json")], b"{}")
        .unwrap();
    // Any resource, when its fields are not wanted.
    from_http::<(), Uncatalogued<GoogleRpc>>(200, (), br#"{"name": "books/1"}"#).unwrap();
    // A unit struct too.
    #[derive(serde::Deserialize)]
    struct Deleted;
    from_http::<Deleted, Uncatalogued<GoogleRpc>>(200, (), b"{}").unwrap();
    // An `Option` is `None` for `{}`, a success without a field (as `Response<Option<T>>`
    // reads it), but not for a body with fields it cannot read: that body is refused.
    let none = from_http::<Option<Prepay>, Uncatalogued<GoogleRpc>>(200, (), b"{}").unwrap();
    assert!(none.is_none());
    let err = from_http::<Option<Prepay>, Uncatalogued<GoogleRpc>>(200, (), br#"{"other": 1}"#)
        .unwrap_err();
    assert!(matches!(err, HttpError::Body(_)), "{err}");
    // What is not JSON stays refused.
    let err = from_http::<(), Uncatalogued<GoogleRpc>>(200, (), b"<html>").unwrap_err();
    assert!(matches!(err, HttpError::Body(_)), "{err}");
}

#[test]
fn a_gateways_json_under_an_error_status_is_named_so() {
    let err = from_http::<Prepay, Uncatalogued<WechatPayV3>>(
        502,
        [("Content-Type", "application/json")],
        br#"{"message": "upstream timed out"}"#,
    )
    .unwrap_err();
    let HttpError::Body(body) = &err else {
        panic!("{err}")
    };
    let text = err.to_string();
    assert!(
        text.contains("no `code` under HTTP 502: not a success"),
        "{text}"
    );
    assert!(!text.contains("a success whose payload"), "{text}");
    assert_eq!(body.status(), 502);
    // The same body under 200 is a success whose payload does not parse: said so.
    let err = from_http::<Prepay, Uncatalogued<WechatPayV3>>(
        200,
        (),
        br#"{"message": "upstream timed out"}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("prepay_id"), "{err}");
}

#[test]
fn a_success_payload_reads_as_raw_json() {
    let body = r#"{"errcode": 0, "errmsg": "ok", "msgid": 7, "to": ["a", "b"]}"#;
    let response: Response<Box<RawValue>> = serde_json::from_str(body).unwrap();
    let raw = response.into_result::<Uncatalogued>().unwrap();
    let value: serde_json::Value = serde_json::from_str(raw.get()).unwrap();
    assert_eq!(value, serde_json::json!({"msgid": 7, "to": ["a", "b"]}));

    // Fields before the code, a request id (given to both) and escapes in keys.
    let body = r#"{"msgid": 7, "errcode": 0, "request_id": "r1", "errmsg": "ok", "k\"ey": {"x": [1, 2.50]}}"#;
    let response: Response<Option<Box<RawValue>>> = serde_json::from_str(body).unwrap();
    assert_eq!(response.request_id(), Some("r1"));
    let raw = response.payload().unwrap().as_ref().unwrap();
    let value: serde_json::Value = serde_json::from_str(raw.get()).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"msgid": 7, "request_id": "r1", "k\"ey": {"x": [1, 2.50]}})
    );
    // The number's text as sent.
    assert!(raw.get().contains("2.50"), "{}", raw.get());

    // An error reads no payload.
    let body = r#"{"errcode": 40001, "errmsg": "invalid credential"}"#;
    let response: Response<Box<RawValue>> = serde_json::from_str(body).unwrap();
    assert!(response.payload().is_none());
}

#[cfg(feature = "wecom")]
#[test]
fn into_result_finds_the_catalogues_request_id_in_the_message() {
    use platform_errors_core::wecom::WecomError;
    let body = r#"{"errcode": 40014, "errmsg": "invalid access_token, hint: [1639-ee1f], from ip: 1.2.3.4"}"#;
    let response: Response<serde_json::Value> = serde_json::from_str(body).unwrap();
    let err = response.into_result::<WecomError>().unwrap_err();
    assert_eq!(err.request_id(), Some("1639-ee1f"));
    assert_eq!(PlatformError::request_id(&err), Some("1639-ee1f"));
}

#[test]
fn retry_after_as_an_http_date_is_the_wait_until_then() {
    use core::time::Duration;
    use platform_errors_core::qingtui::QingtuiError;
    use std::time::SystemTime;

    let body = br#"{"errcode": 45009, "errmsg": "api freq out of limit"}"#;
    let wait = |value: &str| {
        from_http::<(), QingtuiError>(429, [("Retry-After", value)], body)
            .unwrap_err()
            .retry_after()
    };
    // Two minutes from now, as a server writes it (whole seconds, so up to one less).
    let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
    let waited = wait(&later).unwrap();
    assert!(
        (Duration::from_secs(100)..=Duration::from_secs(120)).contains(&waited),
        "{later}: {waited:?}"
    );
    // A date past: no wait. The two obsolete forms RFC 9110 asks a reader to accept.
    for past in [
        "Wed, 21 Oct 2015 07:28:00 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
        " Wed, 21 Oct 2015 07:28:00 GMT ",
    ] {
        assert_eq!(wait(past), Some(Duration::ZERO), "{past}");
    }
    // Seconds as before; what is neither is no wait.
    assert_eq!(wait("3"), Some(Duration::from_secs(3)));
    // More seconds than a `u64` holds: the longest wait, after which the policy stops.
    let forever = wait("99999999999999999999").unwrap();
    assert_eq!(forever, Duration::from_secs(u64::MAX));
    let policy = platform_errors_core::retry::RetryPolicy::DEFAULT;
    let first = platform_errors_core::retry::Attempt::new(1, Duration::ZERO)
        .with_retry_after(Some(forever));
    assert!(matches!(
        policy.decide(platform_errors_core::Advice::Throttle, &first, 0),
        platform_errors_core::retry::Decision::Stop(_)
    ));
    for neither in ["soon", "", "-1", "1.5", "Wed, 32 Oct 2015 07:28:00 GMT"] {
        assert_eq!(wait(neither), None, "{neither:?}");
    }
}

/// Where successes carry no code (WeChat Pay v3, DingTalk's newer API), a body with a code is
/// an error whatever the code, `0` or `"0"` too, and whatever the HTTP status: a gateway's
/// `{"code": 0, ...}` under 502 was read as a success, a payment's failure lost.
#[test]
fn a_code_of_zero_is_an_error_where_successes_carry_no_code() {
    use platform_errors_core::envelope::DingtalkV1;
    use platform_errors_core::{Code, HasEnvelope};

    #[derive(Debug, serde::Deserialize)]
    struct Refund {
        #[allow(dead_code)]
        refund_id: Option<String>,
    }
    for status in [200, 400, 500, 502] {
        for (body, sent) in [
            (
                r#"{"code":0,"message":"upstream connect error"}"#,
                Code::Int(0),
            ),
            (
                r#"{"code":"0","message":"upstream connect error"}"#,
                Code::Str("0"),
            ),
        ] {
            let err = from_http::<Refund, Uncatalogued<WechatPayV3>>(status, (), body.as_bytes())
                .unwrap_err();
            let HttpError::Api(err) = err else {
                panic!("{status} {body}: {err:?}")
            };
            // The code as it was sent.
            assert_eq!(err.code(), sent, "{status} {body}");
            assert_eq!(err.message(), "upstream connect error");
            let err =
                from_http::<(), Uncatalogued<DingtalkV1>>(status, (), body.as_bytes()).unwrap_err();
            assert!(matches!(err, HttpError::Api(_)), "{status} {body}: {err:?}");
        }
    }
    for body in [
        r#"{"code":0,"message":"x"}"#,
        r#"{"code":"0","message":"x"}"#,
    ] {
        let read: Response<(), WechatPayV3> = serde_json::from_str(body).unwrap();
        assert!(!read.is_success(), "{body}");
        assert!(read.into_result::<Uncatalogued<WechatPayV3>>().is_err());
    }
    // Built by hand, the same: a failure, written back with its code.
    let failure = Response::<(), WechatPayV3>::failure("0", "x");
    assert!(!failure.is_success());
    let written = serde_json::to_string(&failure).unwrap();
    assert_eq!(written, r#"{"code":"0","message":"x"}"#);
    // Such an envelope has no success code.
    assert_eq!(WechatPayV3::ENVELOPE.success_code(), None);
    assert_eq!(DingtalkV1::ENVELOPE.success_code(), None);
    assert_eq!(GoogleRpc::ENVELOPE.success_code(), None);
}

/// Where successes carry the success code or none (`WeChat`'s, Baidu's), both are a
/// success: Baidu's AI APIs answer `"error_code": 0, "error_msg": "SUCCESS"`.
#[test]
fn the_success_code_is_a_success_where_it_may_be_left_out() {
    use platform_errors_core::envelope::ErrorCodeErrorMsg as Baidu;
    use platform_errors_core::HasEnvelope;
    #[derive(Debug, serde::Deserialize)]
    struct Faces {
        face_num: u32,
    }
    for body in [
        r#"{"error_code":0,"error_msg":"SUCCESS","log_id":1,"face_num":2}"#,
        r#"{"log_id":1,"face_num":2}"#,
    ] {
        let read: Response<Faces, Baidu> = serde_json::from_str(body).unwrap();
        assert!(read.is_success(), "{body}");
        assert_eq!(
            read.into_result::<Uncatalogued<Baidu>>().unwrap().face_num,
            2
        );
    }
    let failed: Response<Faces, Baidu> =
        serde_json::from_str(r#"{"error_code":110,"error_msg":"Access token invalid","log_id":1}"#)
            .unwrap();
    assert!(!failed.is_success());
    assert_eq!(Baidu::ENVELOPE.success_code(), Some(0));
    // Over HTTP, a success without `error_code` is one, read as `()` too (Baidu's calls
    // answer one way each), and so is an empty 204.
    let success = br#"{"log_id": 3314921889, "timestamp": 1, "cached": 0, "result": null}"#;
    from_http::<(), Uncatalogued<Baidu>>(200, (), success).unwrap();
    from_http::<(), Uncatalogued<Baidu>>(204, (), b"").unwrap();
    // Written by hand, without the code, as Baidu's successes come.
    let written = serde_json::to_string(&Response::<_, Baidu>::success(
        "",
        serde_json::json!({"face_num": 2}),
    ))
    .unwrap();
    assert_eq!(written, r#"{"face_num":2}"#);
}

/// The success code under an error status is no success: `{"errcode": 0}` with 500 (a proxy's
/// or a gateway's, or an error answered with the wrong code, such as an `ApiError` of code 0
/// that `http::answer` answers 400) is an `HttpError::Body`, not the payload.
#[test]
fn the_success_code_under_an_error_status_is_no_success() {
    use platform_errors_core::qingtui::QingtuiError;
    let body = br#"{"errcode":0,"errmsg":"ok"}"#;
    for status in [400, 429, 500, 502] {
        let err = from_http::<serde_json::Value, QingtuiError>(status, (), body).unwrap_err();
        let HttpError::Body(unexpected) = &err else {
            panic!("{status}: {err:?}")
        };
        assert_eq!(unexpected.status(), status);
        // The body says done, the status failed: which is true is unknown, so that a call
        // that is not idempotent is not sent again (under 429 or 503 too, whose pages
        // alone mean nothing was done).
        assert!(err.is_outcome_unknown(), "{status}");
        assert!(
            err.to_string()
                .contains(&format!("the success code under HTTP {status}")),
            "{err}"
        );
    }
    // With a payload the body lacks (a failed call's body has none): said done all the same.
    #[derive(Debug, serde::Deserialize)]
    struct Sent {
        #[allow(dead_code)]
        msgid: u64,
    }
    for status in [401, 404, 429, 503] {
        let err = from_http::<Sent, QingtuiError>(status, (), body).unwrap_err();
        assert!(matches!(err, HttpError::Body(_)), "{status}: {err:?}");
        assert!(err.is_outcome_unknown(), "{status}");
        assert!(
            err.to_string()
                .contains(&format!("the success code under HTTP {status}")),
            "{err}"
        );
    }
    // Under 2xx, the success it says.
    from_http::<serde_json::Value, QingtuiError>(200, (), body).unwrap();
    // A code received with a gateway's status is the gateway's: the outcome is unknown; an
    // error the platform answers under another status says it did nothing.
    let gateway = br#"{"code":0,"message":"upstream connect error"}"#;
    for (status, unknown) in [
        (502, true),
        (504, true),
        (522, true),
        (503, false),
        (500, false),
    ] {
        let err = from_http::<(), Uncatalogued<WechatPayV3>>(status, (), gateway).unwrap_err();
        assert!(matches!(err, HttpError::Api(_)), "{status}: {err:?}");
        assert_eq!(err.is_outcome_unknown(), unknown, "{status}");
    }
    let busy = br#"{"errcode":-1,"errmsg":"system busy"}"#;
    let err = from_http::<(), QingtuiError>(502, (), busy).unwrap_err();
    assert!(err.is_outcome_unknown());
    let err = from_http::<(), QingtuiError>(200, (), busy).unwrap_err();
    assert!(!err.is_outcome_unknown());
    from_http::<serde_json::Value, QingtuiError>(201, (), body).unwrap();
}

/// A success is written with its payload's fields: a `u128` beyond what a `Value` holds
/// exactly, in the payload's own order, and what is written reads back; anything else through
/// a `Value`, which any serializer takes and a pretty printer indents.
#[test]
fn a_success_writes_its_payload_exactly() {
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Big {
        zeta: u8,
        big: u128,
    }
    let body = r#"{"errcode":0,"errmsg":"ok","zeta":1,"big":1180591620717411303424}"#;
    let read: Response<Big> = serde_json::from_str(body).unwrap();
    let written = serde_json::to_string(&read).unwrap();
    assert_eq!(written, body);
    assert_eq!(
        serde_json::from_str::<Response<Big>>(&written).unwrap(),
        read
    );

    let pretty = serde_json::to_string_pretty(&read).unwrap();
    assert!(
        pretty.contains("\n  \"big\": 1180591620717411303424"),
        "{pretty}"
    );

    // Anything a `Value` holds is written through one: any serializer takes it, a pretty
    // printer indents it, and a key written twice (by `flatten`) is written once, the last.
    #[derive(serde::Serialize)]
    struct Flat {
        user: serde_json::Value,
        #[serde(flatten)]
        extra: std::collections::BTreeMap<String, u32>,
    }
    let flat = Flat {
        user: serde_json::json!({"id": 1}),
        extra: [("user".to_owned(), 9)].into(),
    };
    let written = serde_json::to_string(&Response::<Flat>::success("ok", flat)).unwrap();
    assert_eq!(written, r#"{"errcode":0,"errmsg":"ok","user":9}"#);
    let nested =
        Response::<serde_json::Value>::success("ok", serde_json::json!({"user": {"id": 1}}));
    let pretty = serde_json::to_string_pretty(&nested).unwrap();
    assert!(
        pretty.contains("\"user\": {\n    \"id\": 1\n  }"),
        "{pretty}"
    );

    // A payload that writes neither a map nor nothing is refused, as before.
    let err = serde_json::to_string(&Response::<u8>::success("ok", 7)).unwrap_err();
    assert!(
        err.to_string()
            .contains("must serialize as a map or as nothing"),
        "{err}"
    );
}

/// A blank request id in the body is none, as a blank header is: the header's id is kept.
#[test]
fn a_blank_request_id_in_the_body_leaves_the_header_s() {
    use platform_errors_core::envelope::DingtalkV1;
    let err = from_http::<(), Uncatalogued<DingtalkV1>>(
        400,
        [("x-acs-request-id", "H-1")],
        br#"{"code":"X","message":"m","requestid":"  "}"#,
    )
    .unwrap_err();
    assert_eq!(err.request_id(), Some("H-1"));
    let err = platform_errors_core::ApiError::<Uncatalogued>::new(1, "m").with_request_id("  ");
    assert_eq!(err.request_id(), None);
}

/// An externally tagged enum as a payload reads back what `Response` writes of it, the
/// variant's field before or after the code.
#[test]
fn an_enum_payload_reads_back() {
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    enum Sent {
        Queued(u32),
        Done { msgid: u64 },
    }
    for value in [Sent::Queued(5), Sent::Done { msgid: 7 }] {
        let written = serde_json::to_string(&Response::<Sent>::success("ok", value)).unwrap();
        let read: Response<Sent> = serde_json::from_str(&written).unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), written);
    }
    let before: Response<Sent> =
        serde_json::from_str(r#"{"Queued": 5, "errcode": 0, "errmsg": "ok"}"#).unwrap();
    assert_eq!(before.payload(), Some(&Sent::Queued(5)));
}

/// A map payload with integer keys reads its keys as serde_json reads an object's.
#[test]
fn a_map_payload_with_integer_keys_reads_back() {
    use std::collections::BTreeMap;
    let map = BTreeMap::from([(1_u32, 2_u32), (10, 20)]);
    let written =
        serde_json::to_string(&Response::<BTreeMap<u32, u32>>::success("ok", map.clone())).unwrap();
    let read: Response<BTreeMap<u32, u32>> = serde_json::from_str(&written).unwrap();
    assert_eq!(read.payload(), Some(&map));
    let before: Response<BTreeMap<i64, String>> =
        serde_json::from_str(r#"{"-3": "x", "errcode": 0, "errmsg": "ok"}"#).unwrap();
    assert_eq!(
        before.payload(),
        Some(&BTreeMap::from([(-3, "x".to_owned())]))
    );
}

/// A payload's keys read as serde_json reads an object's: enum keys by name, `true` and
/// `false` as booleans, integers as serde_json writes them (`05` and `+5` are text); and an
/// enum payload finds its variant among the other fields (a request id goes to both).
#[test]
fn payload_keys_and_variants_read_as_serde_json_reads_them() {
    use std::collections::BTreeMap;
    #[derive(
        Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
    )]
    #[serde(rename_all = "lowercase")]
    enum Lang {
        Zh,
        En,
    }
    let read: Response<BTreeMap<Lang, String>> =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok","zh":"你好","en":"hello"}"#).unwrap();
    assert_eq!(read.payload().map(BTreeMap::len), Some(2));
    let written = serde_json::to_string(&read).unwrap();
    assert_eq!(
        serde_json::from_str::<Response<BTreeMap<Lang, String>>>(&written).unwrap(),
        read
    );

    let read: Response<BTreeMap<bool, u8>> =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok","true":1}"#).unwrap();
    assert_eq!(read.payload(), Some(&BTreeMap::from([(true, 1)])));
    let err = serde_json::from_str::<Response<BTreeMap<u32, u8>>>(
        r#"{"errcode":0,"errmsg":"ok","05":1}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("\"05\""), "{err}");
    let err = serde_json::from_str::<Response<BTreeMap<i8, u8>>>(
        r#"{"errcode":0,"errmsg":"ok","300":1}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("invalid value"), "{err}");

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    enum Sent {
        Queued(u32),
    }
    let body = r#"{"errcode":0,"errmsg":"ok","request_id":"r1","extra":1,"Queued":5}"#;
    let read: Response<Sent> = serde_json::from_str(body).unwrap();
    assert_eq!(
        (read.payload(), read.request_id()),
        (Some(&Sent::Queued(5)), Some("r1"))
    );
    let written = serde_json::to_string(&read).unwrap();
    assert_eq!(
        serde_json::from_str::<Response<Sent>>(&written).unwrap(),
        read
    );
}
