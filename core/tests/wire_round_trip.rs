//! What a round trip keeps (the rule is in `wire`'s rustdoc): for every envelope, an answer
//! read, written and read again is what was read the first time, request id included.
#![cfg(feature = "serde")]

use platform_errors_core::envelope::{CodeMessage, CodeMsg, ErrcodeErrmsg, ErrorCodeErrorMsg};
use platform_errors_core::qingtui::{ParamError, QingtuiError};
use platform_errors_core::wecom::WecomError;
use platform_errors_core::wire::{from_http, serialize_error, serialize_error_in};
use platform_errors_core::{
    ApiError, Catalogue, Envelope, HasEnvelope, HttpError, PlatformError, Response, Uncatalogued,
};
use serde_json::{json, Value};

#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
struct Sent {
    msgid: u64,
}

/// Reads `body` as an error and as a whole answer, writes each, reads that again, and
/// checks that nothing changed; returns the error and the first writing of it.
fn round_trip<C: Catalogue + PartialEq + core::fmt::Debug>(body: &str) -> (ApiError<C>, Value) {
    let err: ApiError<C> = serde_json::from_str(body).unwrap();
    let written = serde_json::to_value(&err).unwrap();
    let again: ApiError<C> = serde_json::from_value(written.clone()).unwrap();
    assert_eq!(again, err, "{body} was written {written}");
    // From text too, and a second time: the same text.
    let text = serde_json::to_string(&err).unwrap();
    let again: ApiError<C> = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&again).unwrap(), text);

    let response: Response<Sent, C> = serde_json::from_str(body).unwrap();
    let response_written = serde_json::to_value(&response).unwrap();
    assert_eq!(response_written, written, "{body}");
    let again: Response<Sent, C> = serde_json::from_value(response_written).unwrap();
    assert_eq!(again, response, "{body}");
    assert_eq!(again.into_result::<C>().unwrap_err(), err);
    (err, written)
}

/// The same, without a catalogue.
fn round_trip_in<E: HasEnvelope>(body: &str) -> (ApiError<Uncatalogued<E>>, Value) {
    round_trip::<Uncatalogued<E>>(body)
}

#[test]
fn every_envelope_keeps_code_message_and_request_id() {
    // errcode/errmsg, id under either name; a string code is written as a number.
    let (err, written) =
        round_trip_in::<ErrcodeErrmsg>(r#"{"errcode": "40001", "errmsg": " m ", "rid": "r-1"}"#);
    assert_eq!((err.code(), err.request_id()), (40001.into(), Some("r-1")));
    assert_eq!(
        written,
        json!({"errcode": 40001, "errmsg": " m ", "request_id": "r-1"})
    );
    round_trip_in::<ErrcodeErrmsg>(r#"{"errcode": 4.0001e4, "errmsg": "m", "request_id": 17}"#);
    round_trip_in::<ErrcodeErrmsg>(r#"{"errcode": -1}"#);

    // Feishu's code/msg, id under `log_id` or inside `error`.
    let (err, written) = round_trip_in::<CodeMsg>(
        r#"{"code": 99991663, "msg": "m", "error": {"log_id": "L-2", "helps": []}}"#,
    );
    assert_eq!(err.request_id(), Some("L-2"));
    // The `error` object is kept whole, and gives the id back.
    assert_eq!(err.detail(), Some(r#"{"log_id": "L-2", "helps": []}"#));
    assert_eq!(
        written,
        json!({"code": 99991663, "msg": "m", "error": {"log_id": "L-2", "helps": []}})
    );
    round_trip_in::<CodeMsg>(r#"{"log_id": "L-1", "code": 1, "msg": "m"}"#);

    // Baidu's error_code/error_msg, with a numeric log id beyond u64.
    let (err, written) = round_trip_in::<ErrorCodeErrorMsg>(
        r#"{"error_code": 110, "error_msg": "m", "log_id": 123456789012345678901234567890}"#,
    );
    assert_eq!(err.request_id(), Some("123456789012345678901234567890"));
    assert_eq!(written["log_id"], json!("123456789012345678901234567890"));

    // code/message.
    let (_, written) =
        round_trip_in::<CodeMessage>(r#"{"requestid": "q", "code": 500, "message": "m"}"#);
    assert_eq!(
        written,
        json!({"code": 500, "message": "m", "request_id": "q"})
    );

    // WeCom: the id is in the message, which is written back as received, and nowhere else.
    let body = r#"{"errcode":40014,"errmsg":"invalid access_token, hint: [1639_ee1f], from ip: 10.1.2.3"}"#;
    let (err, written) = round_trip::<WecomError>(body);
    assert_eq!(err.request_id(), Some("1639_ee1f"));
    assert_eq!(serde_json::to_string(&err).unwrap(), body);
    assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
    // WeCom with an id field as well, under the errcode envelope's names.
    let (err, written) =
        round_trip::<WecomError>(r#"{"errcode": 40014, "errmsg": "no hint", "rid": "R"}"#);
    assert_eq!(err.request_id(), Some("R"));
    assert_eq!(written["request_id"], json!("R"));
}

#[test]
fn an_error_of_a_catalogue_keeps_the_platforms_text() {
    // A declared code with a message the catalogue lacks.
    let body = r#"{"errcode":40100,"errmsg":"page_no is required","request_id":"r-7"}"#;
    let (err, _) = round_trip::<QingtuiError>(body);
    assert_eq!(
        err.kind(),
        Some(&QingtuiError::Param(ParamError::InvalidParam))
    );
    assert_eq!(serde_json::to_string(&err).unwrap(), body);

    // The catalogue value is the declared error: its declared message (documented).
    let umbrella: QingtuiError = serde_json::from_str(body).unwrap();
    assert_eq!(
        serde_json::to_value(&umbrella).unwrap(),
        json!({"errcode": 40100, "errmsg": "invalid param"})
    );
    // An undeclared code: the umbrella's catch-all keeps the text.
    let unknown: QingtuiError = serde_json::from_str(r#"{"errcode": 1, "errmsg": "new"}"#).unwrap();
    assert_eq!(
        serde_json::to_value(&unknown).unwrap(),
        json!({"errcode": 1, "errmsg": "new"})
    );
}

#[test]
fn a_success_writes_each_key_once() {
    // A payload with fields named as the envelope's: the envelope's win, written once.
    let ok = Response::<Value>::success(
        "ok",
        json!({"errcode": 5, "errmsg": "not mine", "msgid": 1}),
    );
    let text = serde_json::to_string(&ok).unwrap();
    assert_eq!(text.matches("\"errcode\"").count(), 1, "{text}");
    assert_eq!(text.matches("\"errmsg\"").count(), 1, "{text}");
    let back: Response<Value> = serde_json::from_str(&text).unwrap();
    assert!(back.is_success());
    assert_eq!(back.message(), "ok");
    assert_eq!(back.payload(), Some(&json!({"msgid": 1})));

    // A payload with the request id's field: written once, from the payload.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Traced {
        msgid: u64,
        request_id: String,
    }
    for body in [
        r#"{"errcode": 0, "errmsg": "ok", "msgid": 1, "request_id": "r"}"#,
        r#"{"request_id": "r", "msgid": 1, "errcode": 0, "errmsg": "ok"}"#,
    ] {
        let ok: Response<Traced> = serde_json::from_str(body).unwrap();
        let text = serde_json::to_string(&ok).unwrap();
        assert_eq!(text.matches("\"request_id\"").count(), 1, "{text}");
        let back: Response<Traced> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, ok);
    }
    // A success's id with a payload that does not carry it: written by the envelope.
    let ok: Response<Sent> =
        serde_json::from_str(r#"{"rid": "r", "errcode": 0, "errmsg": "ok", "msgid": 1}"#).unwrap();
    let written = serde_json::to_value(&ok).unwrap();
    assert_eq!(
        written,
        json!({"errcode": 0, "errmsg": "ok", "request_id": "r", "msgid": 1})
    );
    assert_eq!(
        serde_json::from_value::<Response<Sent>>(written).unwrap(),
        ok
    );

    // Feishu, whose success carries the id inside `error`, which the payload reads too.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct WithError {
        error: Value,
    }
    let body = r#"{"code": 0, "msg": "", "error": {"log_id": "L3"}}"#;
    let ok: Response<WithError, CodeMsg> = serde_json::from_str(body).unwrap();
    let back: Response<WithError, CodeMsg> =
        serde_json::from_value(serde_json::to_value(&ok).unwrap()).unwrap();
    assert_eq!(back, ok);

    // Baidu's success, which carries no code when read, is written with its code.
    let ok: Response<Sent, ErrorCodeErrorMsg> =
        serde_json::from_str(r#"{"log_id": 7, "msgid": 9}"#).unwrap();
    let back: Response<Sent, ErrorCodeErrorMsg> =
        serde_json::from_value(serde_json::to_value(&ok).unwrap()).unwrap();
    assert_eq!(back, ok);
}

#[test]
fn a_dotted_first_name_is_written_as_an_object() {
    enum Nested {}
    impl HasEnvelope for Nested {
        const ENVELOPE: Envelope =
            Envelope::new("code", "msg").with_request_id_fields(&["error.log_id"]);
    }
    let (err, written) =
        round_trip_in::<Nested>(r#"{"code": 3, "msg": "m", "error": {"log_id": "x"}}"#);
    assert_eq!(err.request_id(), Some("x"));
    assert_eq!(
        written,
        json!({"code": 3, "msg": "m", "error": {"log_id": "x"}})
    );

    // An envelope without a place for the id has nowhere to write one.
    enum Nowhere {}
    impl HasEnvelope for Nowhere {
        const ENVELOPE: Envelope = Envelope::new("code", "msg");
    }
    let err = ApiError::<Uncatalogued<Nowhere>>::new(3, "m").with_request_id("x");
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({"code": 3, "msg": "m"})
    );
}

#[test]
fn any_platform_error_is_written_with_its_request_id() {
    let body = br#"{"errcode": 45009, "errmsg": "api freq out of limit", "rid": "R"}"#;
    let err: HttpError<QingtuiError> = from_http::<Sent, QingtuiError>(429, (), body).unwrap_err();
    let mut json = serde_json::Serializer::new(Vec::new());
    serialize_error(&err, &mut json).unwrap();
    let written: Value = serde_json::from_slice(&json.into_inner()).unwrap();
    assert_eq!(
        written,
        json!({"errcode": 45009, "errmsg": "api freq out of limit", "request_id": "R"})
    );
    // Under another envelope's names.
    let mut json = serde_json::Serializer::new(Vec::new());
    serialize_error_in(&err, &Envelope::CODE_MSG, &mut json).unwrap();
    let written: Value = serde_json::from_slice(&json.into_inner()).unwrap();
    assert_eq!(written["log_id"], json!("R"));
    // A catalogue value has no request id: two fields.
    assert_eq!(
        serde_json::to_value(ParamError::InvalidParam).unwrap(),
        json!({"errcode": 40100, "errmsg": "invalid param"})
    );
    assert_eq!(err.request_id(), Some("R"));
}

#[test]
fn what_a_round_trip_does_not_keep() {
    // The bytes of a message that was not UTF-8: written as read, with U+FFFD.
    let body = b"{\"errcode\": -1, \"errmsg\": \"\xB7\xB1\xC3\xA6\"}";
    let err: ApiError<QingtuiError> = platform_errors_core::wire::from_slice(body).unwrap();
    assert!(err.raw_message().is_some());
    let again: ApiError<QingtuiError> =
        serde_json::from_value(serde_json::to_value(&err).unwrap()).unwrap();
    assert_eq!((again.code(), again.message()), (err.code(), err.message()));
    assert_eq!(again.raw_message(), None);
    // The bytes are part of what the error is: the two are not `==` (the wire chapter).
    assert_ne!(again, err);
    // The HTTP status, and what the headers said.
    let err =
        from_http::<Sent, QingtuiError>(429, [("Retry-After", "3")], br#"{"errcode": 45009}"#)
            .unwrap_err();
    let api = err.api().unwrap();
    let again: ApiError<QingtuiError> =
        serde_json::from_value(serde_json::to_value(api).unwrap()).unwrap();
    assert_eq!((again.status(), again.retry_after()), (None, None));
    assert_eq!((again.code(), again.message()), (api.code(), api.message()));
}

#[test]
fn a_plain_success_message_is_kept_as_any_other() {
    // The messages platforms send with every success are read without allocating them: what
    // a response gives is the same as for any other message.
    for message in ["", "ok", "success", "成功", "请求成功", "OK", "ok.", "okay"] {
        let body = json!({"errcode": 0, "errmsg": message, "msgid": 7}).to_string();
        let response: Response<Sent> = serde_json::from_str(&body).unwrap();
        assert_eq!(response.message(), message);
        assert!(format!("{response:?}").contains(&format!("message: {message:?}")));
        // Equal to the same response built, whose message is a `String`.
        assert_eq!(response, Response::success(message, Sent { msgid: 7 }));
        assert_eq!(
            serde_json::to_value(&response).unwrap(),
            json!({"errcode": 0, "errmsg": message, "msgid": 7})
        );
        let success = response.clone().into_success::<QingtuiError>().unwrap();
        assert_eq!(
            (success.message.as_str(), success.value),
            (message, Sent { msgid: 7 })
        );
        assert_eq!(
            response.into_result::<QingtuiError>().unwrap(),
            Sent { msgid: 7 }
        );
    }
    // As an error's message (an error of code 0 cannot be: a failure with the message "ok").
    let body = r#"{"errcode": 40014, "errmsg": "ok"}"#;
    let response: Response<Sent> = serde_json::from_str(body).unwrap();
    let err = response.into_result::<QingtuiError>().unwrap_err();
    assert_eq!((err.code(), err.message()), (40014.into(), "ok"));
    assert_eq!(
        err,
        serde_json::from_str::<ApiError<QingtuiError>>(body).unwrap()
    );
}

#[test]
fn a_payloads_own_field_under_an_id_name_keeps_the_id() {
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct WithId {
        msgid: u64,
        #[serde(default)]
        request_id: Option<String>,
    }
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct WithRid {
        msgid: u64,
        rid: u64,
    }
    // The id came under another name than the payload's field, which holds nothing.
    let body = r#"{"errcode":0,"errmsg":"ok","msgid":7,"rid":"R-1"}"#;
    let read: Response<WithId> = serde_json::from_str(body).unwrap();
    assert_eq!(read.request_id(), Some("R-1"));
    let written = serde_json::to_value(&read).unwrap();
    assert_eq!(
        written,
        json!({"errcode": 0, "errmsg": "ok", "rid": "R-1", "msgid": 7, "request_id": null})
    );
    let back: Response<WithId> = serde_json::from_value(written).unwrap();
    assert_eq!(back, read);
    assert_eq!(back.request_id(), Some("R-1"));
    // The same with a `String` that defaults to `""`, which holds no id either.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct WithText {
        msgid: u64,
        #[serde(default)]
        request_id: String,
    }
    let body = r#"{"errcode":0,"errmsg":"ok","msgid":7,"rid":"R-1"}"#;
    let read: Response<WithText> = serde_json::from_str(body).unwrap();
    let back: Response<WithText> =
        serde_json::from_value(serde_json::to_value(&read).unwrap()).unwrap();
    assert_eq!((back.request_id(), &back), (Some("R-1"), &read));
    // A payload field under an id name that holds a value writes it, as the payload holds
    // it, and the envelope writes no other (a `serde_json::Value` payload would read it back
    // as a field of its own): the payload is kept, the id read back is that value.
    let body = r#"{"errcode":0,"errmsg":"ok","request_id":"R-3","msgid":7,"rid":5}"#;
    let read: Response<WithRid> = serde_json::from_str(body).unwrap();
    assert_eq!(read.request_id(), Some("R-3"));
    let back: Response<WithRid> =
        serde_json::from_value(serde_json::to_value(&read).unwrap()).unwrap();
    assert_eq!(
        (back.request_id(), back.payload()),
        (Some("5"), read.payload())
    );
    // The payload's field that holds the id as read writes it, once.
    let body = r#"{"errcode":0,"errmsg":"ok","msgid":7,"request_id":"R-4"}"#;
    let read: Response<WithId> = serde_json::from_str(body).unwrap();
    let written = serde_json::to_string(&read).unwrap();
    assert_eq!(written.matches("R-4").count(), 1, "{written}");
    let back: Response<WithId> = serde_json::from_str(&written).unwrap();
    assert_eq!(back, read);
}

#[test]
fn an_empty_request_id_is_none() {
    let body = r#"{"errcode": 40402, "errmsg": "invalid token", "request_id": ""}"#;
    let err: ApiError<QingtuiError> = serde_json::from_str(body).unwrap();
    assert_eq!(err.request_id(), None);
    // A later name with an id is read.
    let body = r#"{"errcode": 40402, "errmsg": "invalid token", "request_id": "", "rid": "R"}"#;
    let err: ApiError<QingtuiError> = serde_json::from_str(body).unwrap();
    assert_eq!(err.request_id(), Some("R"));
    // An empty header is none either.
    let err = from_http::<Sent, Uncatalogued<platform_errors_core::envelope::WechatPayV3>>(
        400,
        [("Request-ID", "")],
        br#"{"code":"PARAM_ERROR","message":"bad"}"#,
    )
    .unwrap_err();
    assert_eq!(err.request_id(), None);
}

/// A success without a field of its own reads into `Option<T>` as `None`, as
/// `Response::success(.., None)` writes it; with fields, as `Some`.
#[test]
fn an_optional_payload_is_none_for_a_success_without_fields() {
    use platform_errors_core::envelope::WechatPayV3;
    use platform_errors_core::Response;
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Sent {
        msgid: u64,
    }
    let none = Response::<Option<Sent>>::success("ok", None);
    let written = serde_json::to_string(&none).unwrap();
    assert_eq!(written, r#"{"errcode":0,"errmsg":"ok"}"#);
    let read: Response<Option<Sent>> = serde_json::from_str(&written).unwrap();
    assert_eq!(read.payload(), Some(&None));
    // A request id is the envelope's: still no field of the payload's own.
    let read: Response<Option<Sent>> =
        serde_json::from_str(r#"{"errcode":0,"errmsg":"ok","request_id":"r-1"}"#).unwrap();
    assert_eq!(
        (read.payload(), read.request_id()),
        (Some(&None), Some("r-1"))
    );
    // Fields before the code or after it.
    for body in [
        r#"{"errcode":0,"errmsg":"ok","msgid":7}"#,
        r#"{"msgid":7,"errcode":0,"errmsg":"ok"}"#,
    ] {
        let read: Response<Option<Sent>> = serde_json::from_str(body).unwrap();
        assert_eq!(read.payload(), Some(&Some(Sent { msgid: 7 })), "{body}");
    }
    // Where successes carry no code: `{}` is a success without a payload.
    let read: Response<Option<Sent>, WechatPayV3> = serde_json::from_str("{}").unwrap();
    assert_eq!(read.payload(), Some(&None));
}

/// A payload field sent before the code is read as serde_json reads it alone: a number a
/// 128-bit field cannot hold whole is an error, not its integer part.
#[test]
fn a_field_before_the_code_is_read_whole() {
    use platform_errors_core::Response;
    #[derive(Debug, serde::Deserialize)]
    struct Refund {
        amount: i128,
    }
    for body in [
        r#"{"amount":-99.99,"errcode":0,"errmsg":"ok"}"#,
        r#"{"amount":12e3,"errcode":0,"errmsg":"ok"}"#,
    ] {
        let alone = body.replace(r#","errcode":0,"errmsg":"ok""#, "");
        assert!(serde_json::from_str::<Refund>(&alone).is_err(), "{alone}");
        assert!(
            serde_json::from_str::<Response<Refund>>(body).is_err(),
            "{body}"
        );
        assert!(
            platform_errors_core::wire::from_slice::<Response<Refund>>(body.as_bytes()).is_err(),
            "{body}"
        );
    }
    let read: Response<Refund> =
        serde_json::from_str(r#"{"amount":-170141183460469231731687303715884105728,"errcode":0}"#)
            .unwrap();
    assert_eq!(read.payload().map(|r| r.amount), Some(i128::MIN));
}

/// An empty request id given to the builder is none, as one read from an answer is, so the
/// value a round trip gives back is the value written.
#[test]
fn an_empty_request_id_is_none_in_the_builder_too() {
    let err = ApiError::<QingtuiError>::new(40001, "x").with_request_id("");
    assert_eq!(err.request_id(), None);
    let written = serde_json::to_string(&err).unwrap();
    assert_eq!(written, r#"{"errcode":40001,"errmsg":"x"}"#);
    assert_eq!(
        serde_json::from_str::<ApiError<QingtuiError>>(&written).unwrap(),
        err
    );
    // It takes back an id given before.
    let err = err.with_request_id("r-1").with_request_id("");
    assert_eq!(err.request_id(), None);
}

/// A declared code received without a message shows the declared one in any language, as
/// `Display` does, never an empty text.
#[test]
fn an_empty_message_shows_the_declared_one_in_any_language() {
    let err = ApiError::<QingtuiError>::new(40402, "");
    assert_eq!(err.to_string(), "errcode 40402: invalid token");
    assert_eq!(err.display_in("zh").to_string(), "无效的 token");
    for lang in ["fr", "", "*", "en", "en-US"] {
        assert_eq!(
            err.display_in(lang).to_string(),
            "invalid token",
            "{lang:?}"
        );
    }
    let read: ApiError<QingtuiError> =
        serde_json::from_str(r#"{"errcode": -1, "errmsg": null}"#).unwrap();
    assert_eq!(
        read.display_in("fr").to_string(),
        read.kind().unwrap().to_string()
    );
    assert!(!read.display_in("fr").to_string().is_empty());
    // A message received is shown as received where no translation says it.
    let err = ApiError::<QingtuiError>::new(40402, "token no good");
    assert_eq!(err.display_in("fr").to_string(), "token no good");
    // Blanks say nothing either.
    let err = ApiError::<QingtuiError>::new(40402, "  ");
    assert_eq!(err.to_string(), "errcode 40402: invalid token");
    assert_eq!(err.display_in("fr").to_string(), "invalid token");
    assert_eq!(err.display_in("zh").to_string(), "无效的 token");
    // An unknown code with no message has nothing else to show.
    assert_eq!(
        ApiError::<QingtuiError>::new(61000, "")
            .display_in("fr")
            .to_string(),
        ""
    );
}

/// An id given and taken back leaves the error as it was: equal, and so after a round trip.
#[test]
fn a_request_id_taken_back_leaves_the_error_as_it_was() {
    let plain = ApiError::<QingtuiError>::new(40001, "x");
    let back = plain.clone().with_request_id("r-1").with_request_id("");
    assert_eq!(back, plain);
    let read: ApiError<QingtuiError> =
        serde_json::from_str(&serde_json::to_string(&back).unwrap()).unwrap();
    assert_eq!(read, back);
    // With a status beside it, the status stays.
    let with_status = plain
        .with_status(502)
        .with_request_id("r-1")
        .with_request_id("");
    assert_eq!(
        (with_status.status(), with_status.request_id()),
        (Some(502), None)
    );
}
