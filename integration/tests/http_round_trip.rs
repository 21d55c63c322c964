//! A real HTTP round trip against the mock platform: the client follows each error's advice.

#[allow(dead_code)]
#[path = "../examples/client.rs"]
mod client;

use client::{Client, ClientError, MockPlatform};
use platform_errors::qingtui::{GeneralError, QingtuiError};
use platform_errors::{Advice, PlatformError};

#[test]
fn an_expired_token_is_refreshed_and_the_send_retried_once() {
    let mock = MockPlatform::start(vec![(42001, "access_token超时")]);
    let mut client = Client::new(mock.url(), "demo-app", "demo-secret");
    let sent = client.send_text("open-id-1", "hello").expect("sent");
    assert_eq!(sent.msgid, 1001);
    assert_eq!(
        client.log(),
        [
            "-> GET /cgi-bin/token?appid=demo-app",
            "<- 0 ok",
            "-> POST /cgi-bin/message/send?access_token=token-1",
            "<- 42001 access_token超时 (advice: refresh_token)",
            "-> GET /cgi-bin/token?appid=demo-app",
            "<- 0 ok",
            "-> POST /cgi-bin/message/send?access_token=token-2",
            "<- 0 ok",
        ]
    );
    mock.stop();
}

#[test]
fn a_busy_platform_is_retried_after_a_back_off() {
    let mock = MockPlatform::start(vec![(-1, "系统繁忙."), (-1, "系统繁忙.")]);
    let mut client = Client::new(mock.url(), "demo-app", "demo-secret");
    client.backoff = std::time::Duration::from_millis(5);
    let started = std::time::Instant::now();
    let sent = client.send_text("open-id-1", "hello").expect("sent");
    assert_eq!(sent.msgid, 1001);
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(15),
        "backed off 5 + 10 ms"
    );
    let log = client.log();
    assert_eq!(log.iter().filter(|l| l.starts_with("-> POST")).count(), 3);
    assert!(
        log.contains(&"<- -1 系统繁忙. (advice: retry)".to_owned()),
        "{log:?}"
    );
    assert!(log.contains(&"   waiting 5 ms".to_owned()), "{log:?}");
    assert!(log.contains(&"   waiting 10 ms".to_owned()), "{log:?}");
    mock.stop();
}

#[test]
fn the_rate_limit_stops_the_client() {
    let mock = MockPlatform::start(vec![(45009, "接口调用超过限制")]);
    let mut client = Client::new(mock.url(), "demo-app", "demo-secret");
    let Err(ClientError::Api(err)) = client.send_text("open-id-1", "hello") else {
        panic!("the client should stop on 45009");
    };
    assert_eq!(err.code(), 45009);
    assert_eq!(err.message(), "接口调用超过限制");
    assert_eq!(err.advice(), Advice::Throttle);
    assert_eq!(
        err.kind(),
        Some(&QingtuiError::General(GeneralError::ApiCallLimitExceeded))
    );
    assert_eq!(
        client
            .log()
            .iter()
            .filter(|l| l.starts_with("-> POST"))
            .count(),
        1
    );
    mock.stop();
}

#[test]
fn wrong_credentials_are_reported_with_their_advice() {
    let mock = MockPlatform::start(vec![]);
    let mut client = Client::new(mock.url(), "demo-app", "wrong");
    let Err(ClientError::Api(err)) = client.send_text("open-id-1", "hello") else {
        panic!("the token request should fail");
    };
    assert_eq!(err.code(), 40401);
    assert_eq!(err.advice(), Advice::CheckConfig);
    mock.stop();
}
