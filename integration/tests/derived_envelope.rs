//! A derived type that declares no code of its own reads and writes its members' envelope,
//! as a `define_codes!` umbrella of members does: an SDK's error type over Feishu's catalogue
//! reads Feishu's `{"code", "msg"}`, one over `WeCom`'s finds `WeCom`'s request id in the message.
#![deny(warnings, clippy::pedantic, clippy::nursery)]

use platform_errors::envelope::CodeMsg;
use platform_errors::feishu::FeishuError;
use platform_errors::wecom::WecomError;
use platform_errors::wire::from_http;
use platform_errors::{ApiError, Catalogue, Envelope, HttpError, PlatformError};

platform_errors::define_codes! {
    /// Codes the SDK adds, under Feishu's envelope.
    #[platform(envelope = CodeMsg, serde)]
    pub enum MoreFeishu {
        #[advice(throttle)]
        AppLimited = 1_000_005 => "app rate limited",
    }
}

/// Feishu's catalogue and the SDK's own codes, nothing declared here.
#[derive(Debug, PartialEq, Eq, PlatformError)]
#[platform(serde)]
enum FeishuSdk {
    #[platform(transparent)]
    Feishu(FeishuError),
    #[platform(transparent)]
    More(MoreFeishu),
}

/// An SDK's whole error type: the HTTP call's error, and a local failure.
#[derive(Debug, PlatformError)]
enum FeishuCall {
    #[platform(transparent)]
    Http(HttpError<FeishuError>),
    #[platform(local)]
    #[message("the request could not be built")]
    Build,
}

/// `WeCom`'s catalogue behind a catch-all that keeps what was received.
#[derive(Debug, PlatformError)]
enum WecomSdk {
    #[platform(transparent)]
    Local(MoreFeishu),
    #[platform(unknown)]
    Api(ApiError<WecomError>),
}

const FEISHU_BODY: &[u8] =
    br#"{"code":99991663,"msg":"Invalid access token for authorization.","error":{"log_id":"L-1"}}"#;

#[test]
fn members_only_take_their_members_envelope() {
    assert_eq!(FeishuSdk::ENVELOPE, Envelope::CODE_MSG);
    assert_eq!(FeishuCall::ENVELOPE, Envelope::CODE_MSG);
    // The member that takes any code decides, before the first member.
    assert_eq!(WecomSdk::ENVELOPE, <WecomError as Catalogue>::ENVELOPE);
    let _ = FeishuCall::Build;
    let _ = WecomSdk::Local(MoreFeishu::AppLimited);
}

#[test]
fn a_feishu_answer_reads_into_a_type_over_feishus_catalogue() {
    let err = from_http::<(), FeishuSdk>(400, (), FEISHU_BODY).unwrap_err();
    assert_eq!(err.code(), Some(99_991_663.into()));
    assert_eq!(err.request_id(), Some("L-1"));
    let err = from_http::<(), FeishuCall>(400, (), FEISHU_BODY).unwrap_err();
    assert_eq!(err.code(), Some(99_991_663.into()));

    // Its serde impls speak Feishu's names both ways.
    let read: FeishuSdk = serde_json::from_slice(FEISHU_BODY).unwrap();
    assert!(matches!(read, FeishuSdk::Feishu(_)), "{read:?}");
    let written = serde_json::to_value(&read).unwrap();
    assert_eq!(written["code"], 99_991_663);
    assert!(written.get("errcode").is_none(), "{written}");
    let again: FeishuSdk = serde_json::from_value(written).unwrap();
    assert_eq!(again, read);
}

#[test]
fn a_wecom_answer_gives_the_request_id_in_its_message() {
    let body = br#"{"errcode":42001,"errmsg":"access_token expired, hint: [1701234567_12_ab], from ip: 1.2.3.4"}"#;
    let err = from_http::<(), WecomSdk>(200, (), body).unwrap_err();
    assert_eq!(err.request_id(), Some("1701234567_12_ab"));
}

/// `WeChat` Pay's catalogue with the documented catch-all of string codes.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum PaySdk {
    #[platform(transparent)]
    Pay(platform_errors::wechat_pay::WechatPayError),
    #[platform(unknown)]
    Other { code: String, message: String },
}

#[test]
fn a_type_of_string_codes_takes_its_members_envelope_too() {
    assert_eq!(PaySdk::ENVELOPE.code_field(), "code");
    assert!(PaySdk::ENVELOPE.has_string_codes());
    let body = br#"{"code":"PARAM_ERROR","message":"invalid"}"#;
    let err = from_http::<(), PaySdk>(400, (), body).unwrap_err();
    assert_eq!(err.code(), Some("PARAM_ERROR".into()));
    let read: PaySdk = serde_json::from_slice(body).unwrap();
    assert!(matches!(read, PaySdk::Pay(_)), "{read:?}");
    let unknown: PaySdk = serde_json::from_str(r#"{"code":"BRAND_NEW","message":"m"}"#).unwrap();
    assert!(
        matches!(&unknown, PaySdk::Other { code, .. } if code == "BRAND_NEW"),
        "{unknown:?}"
    );
    assert_eq!(
        serde_json::to_value(&unknown).unwrap(),
        serde_json::json!({"code": "BRAND_NEW", "message": "m"})
    );
}

/// A local error type: no lookup, so no envelope of its own.
#[derive(Debug, PlatformError)]
pub enum AuthError {
    #[platform(local)]
    #[message("no app secret configured for {app_id}")]
    NoSecret { app_id: String },
}

/// An SDK's type whose first member has no lookup: the next member's envelope.
#[derive(Debug, PlatformError)]
enum LocalFirst {
    #[platform(transparent)]
    Auth(#[from] AuthError),
    #[platform(transparent)]
    Http(#[from] HttpError<FeishuError>),
}

/// Members under `#[cfg]`s: the first one compiled in decides.
#[derive(Debug, PlatformError)]
enum CfgFirst {
    #[cfg(test)]
    #[platform(transparent)]
    Feishu(FeishuError),
    #[cfg(not(test))]
    #[platform(transparent)]
    Missing(MoreFeishu),
    #[platform(transparent)]
    Wecom(WecomError),
}

#[test]
fn the_first_member_with_lookup_decides_under_its_cfg() {
    assert_eq!(LocalFirst::ENVELOPE, Envelope::CODE_MSG);
    let err = from_http::<(), LocalFirst>(400, (), FEISHU_BODY).unwrap_err();
    assert_eq!(err.code(), Some(99_991_663.into()));
    let _ = LocalFirst::Auth(AuthError::NoSecret { app_id: "a".into() });
    assert_eq!(CfgFirst::ENVELOPE, Envelope::CODE_MSG);
    let _ = CfgFirst::Wecom(WecomError::from_code(42001).unwrap());
}

/// A type of the user's own named like one of the runtime's markers: the name resolves as
/// Rust resolves any, to the user's type, whose names are `Code` and `Message`.
mod own_marker_named_like_the_runtimes {
    use platform_errors::{Envelope, HasEnvelope, PlatformError};

    pub struct CodeMessage;

    impl HasEnvelope for CodeMessage {
        const ENVELOPE: Envelope = Envelope::new("Code", "Message");
    }

    #[derive(Debug, PartialEq, Eq, PlatformError)]
    #[platform(envelope = CodeMessage, serde)]
    pub enum Cloud {
        #[code("AuthFailure.SignatureExpire")]
        #[message("signature expired")]
        SignatureExpire,
    }

    #[test]
    fn writes_and_reads_under_the_users_names() {
        assert_eq!(
            serde_json::to_string(&Cloud::SignatureExpire).unwrap(),
            r#"{"Code":"AuthFailure.SignatureExpire","Message":"signature expired"}"#
        );
        let read: Cloud = serde_json::from_str(
            r#"{"Code":"AuthFailure.SignatureExpire","Message":"signature expired"}"#,
        )
        .unwrap();
        assert_eq!(read, Cloud::SignatureExpire);
    }
}
