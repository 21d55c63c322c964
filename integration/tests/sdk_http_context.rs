//! An SDK's own error type keeps the HTTP context: one derived type with a transparent
//! `ApiError`, a transparent `HttpError` and local variants answers `status()`,
//! `request_id()`, `retry_after()`, `advice()` and `entry()` for what the platform sent.
#![deny(warnings, clippy::pedantic)]

use std::time::Duration;

use platform_errors::wecom::{GlobalError, WecomError};
use platform_errors::wire::from_http;
use platform_errors::{find_in_chain, Advice, ApiError, HttpError, PlatformError};

/// What a call of the SDK can fail with.
#[derive(Debug, PlatformError)]
pub enum SdkError {
    /// An error answer read by hand (not over HTTP).
    #[platform(transparent)]
    Api(#[from] ApiError<WecomError>),
    /// What the HTTP exchange gave: the platform's error, or a body that is not its answer.
    #[platform(transparent)]
    Http(#[from] HttpError<WecomError>),
    /// The call timed out.
    #[platform(local)]
    #[message("timed out after {0:?}")]
    #[advice(retry)]
    Timeout(Duration),
    /// The client was closed.
    #[platform(local)]
    #[message("client is closed")]
    Closed,
}

#[derive(Debug, serde::Deserialize)]
struct Sent {
    #[allow(dead_code)]
    msgid: String,
}

fn call(status: u16, headers: &[(&str, &str)], body: &str) -> Result<Sent, SdkError> {
    Ok(from_http::<Sent, WecomError>(
        status,
        headers,
        body.as_bytes(),
    )?)
}

#[test]
fn a_platform_error_with_http_400() {
    let err = call(
        400,
        &[("Content-Type", "application/json")],
        r#"{"errcode": 40014, "errmsg": "invalid access_token, hint: [1639013553_3_ee1f], from ip: 10.1.2.3"}"#,
    )
    .unwrap_err();
    assert!(matches!(err, SdkError::Http(HttpError::Api(_))), "{err:?}");
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.request_id(), Some("1639013553_3_ee1f"));
    assert_eq!(err.advice(), Advice::RefreshToken);
    assert_eq!(err.code(), Some(40014.into()));
    let entry = err.entry().expect("a declared code has an entry");
    assert_eq!(entry.name(), GlobalError::InvalidAccessToken.entry().name());
    assert_eq!(err.retry_after(), None);
}

#[test]
fn a_502_html_page() {
    let err = call(
        502,
        &[("content-type", "text/html")],
        "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    )
    .unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(err.request_id(), None);
    assert_eq!(err.advice(), Advice::Retry);
    assert_eq!(err.code(), None);
    assert!(err.entry().is_none());
    assert!(err.to_string().starts_with("HTTP 502 (text/html)"), "{err}");
}

#[test]
fn a_429_with_retry_after() {
    let err = call(429, &[("Retry-After", "7")], "Too Many Requests").unwrap_err();
    assert_eq!(err.status(), Some(429));
    assert_eq!(err.advice(), Advice::Throttle);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert!(err.entry().is_none());

    // The platform's own rate limit, with HTTP 200 and a `Retry-After` of a proxy.
    let err = call(
        200,
        &[("retry-after", "30")],
        r#"{"errcode": 45009, "errmsg": "api freq out of limit, hint: [77-aa]"}"#,
    )
    .unwrap_err();
    assert_eq!(err.advice(), Advice::Throttle);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(err.request_id(), Some("77-aa"));
    assert_eq!(
        err.entry().map(platform_errors::Entry::code),
        Some(GlobalError::ApiCallLimitExceeded.entry().code())
    );
}

#[test]
fn a_wecom_answer_with_its_id_in_the_message() {
    let body = r#"{"errcode": 60020, "errmsg": "not allow to access from your ip, hint: [1651-4f2a], from ip: 1.2.3.4, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}"#;
    let err = call(200, &[], body).unwrap_err();
    assert_eq!(err.status(), Some(200));
    assert_eq!(err.request_id(), Some("1651-4f2a"));
    assert_eq!(err.advice(), Advice::CheckConfig);
    assert_eq!(err.entry().unwrap().name(), "IpNotWhitelisted");
    // The message is kept whole.
    assert!(
        err.message().ends_with("query?e=60020"),
        "{}",
        err.message()
    );

    // The same answer read without HTTP, through the `Api` member.
    let api: ApiError<WecomError> = serde_json::from_str(body).unwrap();
    let err = SdkError::from(api);
    assert_eq!((err.status(), err.request_id()), (None, Some("1651-4f2a")));
    assert_eq!(err.entry().unwrap().name(), "IpNotWhitelisted");
}

#[test]
fn local_errors_have_no_http_context() {
    let err = SdkError::Timeout(Duration::from_millis(500));
    assert_eq!(
        (err.status(), err.request_id(), err.code()),
        (None, None, None)
    );
    assert_eq!(err.advice(), Advice::Retry);
    assert!(err.entry().is_none());
    assert_eq!(SdkError::Closed.to_string(), "client is closed");
}

#[test]
fn the_sdk_error_is_found_in_a_boxed_chain() {
    let err = call(503, &[("x-request-id", "ignored")], "").unwrap_err();
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(err);
    // The one-line way to what the `HttpError` inside knows.
    let sdk = find_in_chain::<SdkError>(&*boxed).unwrap();
    assert_eq!((sdk.status(), sdk.advice()), (Some(503), Advice::Retry));
}

#[test]
fn an_sdk_error_is_small_enough_to_return() {
    use platform_errors::qingtui::QingtuiError;
    use std::mem::size_of;
    // clippy's `result_large_err` warns from 128 bytes: an SDK's error type that holds an
    // `HttpError` stays below, whatever the catalogue.
    for (name, size) in [
        ("SdkError", size_of::<SdkError>()),
        ("HttpError<WecomError>", size_of::<HttpError<WecomError>>()),
        (
            "HttpError<QingtuiError>",
            size_of::<HttpError<QingtuiError>>(),
        ),
        (
            "ApiError<QingtuiError>",
            size_of::<ApiError<QingtuiError>>(),
        ),
    ] {
        assert!(size < 128, "{name}: {size} bytes");
    }
}
