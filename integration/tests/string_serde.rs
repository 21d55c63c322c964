//! A user's own types of string codes on the wire: a derived catalogue with
//! `#[platform(serde)]` written and read under its envelope (the declared spelling written,
//! every alias read), an answer read into `ApiError` of it, and one read without a catalogue.

use platform_errors::envelope::WechatPayV3;
use platform_errors::{ApiError, Code, PlatformError, Uncatalogued};

/// A derived catalogue of string codes, with WeChat Pay's envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
#[platform(serde, envelope = WechatPayV3)]
enum RefundError {
    #[code("NOT_ENOUGH")]
    #[platform(aliases("NOTENOUGH"), http_status = 403)]
    #[message("余额不足")]
    NotEnough,
    #[code("SYSTEM_ERROR")]
    #[platform(aliases("SYSTEMERROR"), http_status = 500)]
    #[message("系统错误")]
    #[advice(retry)]
    SystemError,
}

/// The same codes with a catch-all: any code reads.
#[derive(Debug, PartialEq, PlatformError)]
#[platform(serde, envelope = WechatPayV3)]
enum RefundAnswer {
    #[platform(transparent)]
    Known(RefundError),
    #[platform(unknown)]
    Other { code: String, message: String },
}

#[test]
fn a_derived_catalogue_of_string_codes_round_trips() {
    let written = serde_json::to_string(&RefundError::NotEnough).unwrap();
    assert_eq!(written, r#"{"code":"NOT_ENOUGH","message":"余额不足"}"#);
    let read: RefundError = serde_json::from_str(&written).unwrap();
    assert_eq!(read, RefundError::NotEnough);
    let alias: RefundError =
        serde_json::from_str(r#"{"code":"SYSTEMERROR","message":"系统繁忙"}"#).unwrap();
    assert_eq!(alias, RefundError::SystemError);
    // A code the catalogue lacks is an error naming the type; with a catch-all it reads.
    assert!(serde_json::from_str::<RefundError>(r#"{"code":"ERROR","message":"x"}"#).is_err());
    let other: RefundAnswer =
        serde_json::from_str(r#"{"code":"ERROR","message":"undocumented"}"#).unwrap();
    assert_eq!(
        other,
        RefundAnswer::Other {
            code: "ERROR".to_owned(),
            message: "undocumented".to_owned()
        }
    );
    assert_eq!(other.code(), Some(Code::Str("ERROR")));
}

#[test]
fn an_answer_reads_into_api_error_with_its_detail() {
    let body = r#"{"code":"NOTENOUGH","message":"余额不足","detail":{"field":"amount"}}"#;
    let err: ApiError<RefundError> = serde_json::from_str(body).unwrap();
    assert_eq!(err.code(), "NOTENOUGH");
    assert_eq!(err.kind(), Some(&RefundError::NotEnough));
    assert_eq!(err.entry().and_then(|e| e.http_status()), Some(403));
    assert!(err.detail().is_some_and(|d| d.contains("amount")));
    assert_eq!(err.to_string(), "code NOTENOUGH: 余额不足");

    // Without a catalogue, the code is kept as sent.
    let err: ApiError<Uncatalogued<WechatPayV3>> =
        serde_json::from_str(r#"{"code":"PARAM_ERROR","message":"参数错误"}"#).unwrap();
    assert_eq!(err.code(), Code::Str("PARAM_ERROR"));
    assert_eq!(err.message(), "参数错误");
}

mod raw {
    platform_errors::define_codes! {
        /// A catalogue named by a raw identifier.
        #[platform(serde)]
        pub enum r#Raw {
            /// One.
            A = 1 => "a",
        }
    }
}

#[test]
fn a_raw_type_name_is_said_without_its_prefix_on_the_wire() {
    let err = serde_json::from_str::<raw::Raw>(r#"{"errcode": 2, "errmsg": "b"}"#).unwrap_err();
    assert!(
        err.to_string().contains("is not declared by `Raw`"),
        "{err}"
    );
}
