//! A glob import of the prelude beside the crates whose names the root's integration modules
//! share (`http`, `axum`, `miette`): every name resolves, and the prelude's traits and types
//! are in scope. (A glob import of the crate root would make `http` ambiguous here: E0659.)

use axum::response::IntoResponse;
use http::StatusCode;
use miette::Diagnostic;
use platform_errors::prelude::*;
use platform_errors::qingtui::{GeneralError, QingtuiError};

#[derive(Debug, PartialEq, PlatformError)]
enum BotError {
    #[code(70001)]
    #[message("bot muted")]
    #[advice(fix_request)]
    Muted,
}

define_codes! {
    enum LocalCodes {
        Busy = 70101 => "busy",
    }
}

#[test]
fn the_prelude_names_no_crate() {
    let err = QingtuiError::from_received(42001, "access_token超时");
    assert_eq!(err, QingtuiError::General(GeneralError::AccessTokenExpired));
    assert_eq!(err.advice(), Advice::RefreshToken);
    assert_eq!(BotError::Muted.code(), Some(Code::from(70001)));
    assert_eq!(LocalCodes::from_code(70101), Some(LocalCodes::Busy));

    let api: ApiError<QingtuiError> =
        serde_json::from_str(r#"{"errcode": 42001, "errmsg": "access_token超时"}"#).unwrap();
    assert_eq!(api.code(), 42001);
    let answer: Response<()> = serde_json::from_str(r#"{"errcode": 0, "errmsg": "ok"}"#).unwrap();
    assert!(answer.into_result::<QingtuiError>().is_ok());

    let response = platform_errors::axum::Answer::new(api.clone()).into_response();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let diagnosed = platform_errors::miette::Diagnosed(api);
    assert!(diagnosed.code().is_some());
}
