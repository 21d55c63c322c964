//! A realistic SDK error type: everything one call can fail with, in one enum.
#![deny(warnings, clippy::pedantic)]

use std::error::Error as _;

use platform_errors::qingtui::QingtuiError;
use platform_errors::{find_in_chain, Advice, ApiError, FromReceived, PlatformError};

/// Errors of the SDK's own auth layer, derived separately.
#[derive(Debug, PlatformError)]
pub enum AuthError {
    /// The app's secret is missing from the configuration.
    #[platform(local)]
    #[message("no app secret configured for {app_id}")]
    #[advice(check_config)]
    NoSecret { app_id: String },
}

/// Everything a call can fail with.
#[derive(Debug, PlatformError)]
pub enum SdkError {
    /// The platform answered with an error.
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
    /// The HTTP exchange failed.
    #[platform(local)]
    #[message("http: {0}")]
    #[advice(retry)]
    Http(#[from] std::io::Error),
    /// The answer was not the JSON expected.
    #[platform(local)]
    #[message("json: {0}")]
    Json(#[from] serde_json::Error),
    /// The client was closed.
    #[platform(local)]
    #[message("client is closed")]
    Closed,
    /// The auth layer failed.
    #[platform(transparent)]
    Auth(#[from] AuthError),
}

fn parse(body: &str) -> Result<u64, SdkError> {
    let value: serde_json::Value = serde_json::from_str(body)?;
    let code = value["errcode"].as_i64().unwrap_or_default();
    if code != 0 {
        let message = value["errmsg"].as_str().unwrap_or_default();
        return Err(ApiError::new(code, message).into());
    }
    Ok(value["msgid"].as_u64().unwrap_or_default())
}

fn app(body: &str) -> Result<u64, Box<dyn std::error::Error + Send + Sync>> {
    Ok(parse(body)?)
}

#[test]
fn every_way_a_call_fails() {
    assert_eq!(parse(r#"{"errcode": 0, "msgid": 7}"#).unwrap(), 7);

    let expired =
        parse(r#"{"errcode": 42001, "errmsg": "access_token超时, rid: 5f3a"}"#).unwrap_err();
    assert_eq!(expired.code(), Some(42001.into()));
    assert_eq!(expired.advice(), Advice::RefreshToken);
    assert_eq!(expired.category(), Some("general"));

    let json = parse("<html>502 Bad Gateway</html>").unwrap_err();
    assert!(matches!(json, SdkError::Json(_)));
    assert_eq!(json.code(), None);
    assert!(json.to_string().starts_with("json: expected value"));
    assert!(json.source().is_some());

    let closed = SdkError::Closed;
    assert_eq!(
        (closed.code(), closed.to_string()),
        (None, "client is closed".to_owned())
    );

    let auth = SdkError::from(AuthError::NoSecret {
        app_id: "tq1".into(),
    });
    assert_eq!(auth.code(), None);
    assert_eq!(auth.advice(), Advice::CheckConfig);
    assert_eq!(auth.to_string(), "no app secret configured for tq1");
}

#[test]
fn lookup_keeps_what_was_sent_and_never_returns_a_local_variant() {
    let unknown = SdkError::from_received((-2).into(), "whatever the server said");
    let SdkError::Api(api) = &unknown else {
        panic!("{unknown:?}")
    };
    assert_eq!(
        (api.code(), api.message()),
        ((-2).into(), "whatever the server said")
    );
    assert_eq!(api.kind(), None);
}

#[test]
fn question_mark_through_box_dyn_error() {
    let err = app(r#"{"errcode": 45009, "errmsg": "api freq out of limit"}"#).unwrap_err();
    let sdk = find_in_chain::<SdkError>(&*err).expect("the SDK error in the chain");
    assert_eq!(sdk.advice(), Advice::Throttle);

    let err = app("not json").unwrap_err();
    assert!(
        find_in_chain::<serde_json::Error>(&*err).is_some(),
        "the JSON error is the SDK error's source"
    );
}

#[test]
fn a_transparent_api_error_serializes_what_was_received() {
    #[derive(Debug, PlatformError)]
    #[platform(serde)]
    enum Wire {
        #[platform(unknown)]
        Api(ApiError<QingtuiError>),
    }
    let sent = r#"{"errcode":40100,"errmsg":"page_size is required"}"#;
    let wire: Wire = serde_json::from_str(sent).unwrap();
    assert_eq!(serde_json::to_string(&wire).unwrap(), sent);
    let Wire::Api(api) = &wire;
    assert_eq!(api.message(), "page_size is required");
}

/// A type that derives serde's own `Serialize` beside `PlatformError`: this crate's `serde`
/// feature is on here (another crate in the build turned it on), and the derive adds no
/// serde impl the type did not ask for, so the two do not collide (E0119).
#[derive(Debug, PlatformError, serde::Serialize)]
pub enum OwnSerde {
    /// A code.
    #[code(1)]
    #[message("one")]
    One,
}

#[test]
fn serde_impls_only_where_asked() {
    assert_eq!(serde_json::to_string(&OwnSerde::One).unwrap(), r#""One""#);
}
