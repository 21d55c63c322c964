//! The server side of the wire over real HTTP on 127.0.0.1: the `server` example's bot,
//! whose handlers return `platform_errors::axum::Answer`, answering reqwest. Each answer's
//! status, headers and body, and what the client's `from_http` read from them.

#[allow(dead_code)]
#[path = "../examples/server.rs"]
mod server;

use std::time::Duration;

use platform_errors::axum::Answer;
use platform_errors::wire::from_http;
use platform_errors::{Advice, HttpError, PlatformError};
use server::{BotError, Sent};

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .expect("a client")
}

#[tokio::test]
async fn the_bot_answers_in_the_envelope_with_the_declared_statuses() {
    let client = client();
    let lines = tokio::time::timeout(Duration::from_secs(20), server::conversation(&client))
        .await
        .expect("the conversation ends within 20 s")
        .expect("the server serves");
    let expected = r#"
POST /cgi-bin/message/send?access_token=good
   body {"errcode":0,"errmsg":"ok","msgid":7}
   200 sent msgid 7
POST /cgi-bin/message/send?access_token=stale
   body {"errcode":40014,"errmsg":"invalid access_token"}
   401 errcode 40014 InvalidToken: invalid access_token (advice: refresh_token)
POST /cgi-bin/message/send?access_token=good
   body {"errcode":44004,"errmsg":"empty content"}
   400 errcode 44004 EmptyText: empty content (advice: fix_request)
POST /cgi-bin/message/send?access_token=good
   body {"errcode":45009,"errmsg":"reach max api daily quota limit"}
   429 errcode 45009 DailyQuota: reach max api daily quota limit (advice: wait_for_quota)
POST /cgi-bin/relay
   body {"errcode":61000,"errmsg":"upstream is out of order"}
   500 errcode 61000 unknown code: upstream is out of order (advice: none) retry after 2 s
POST /wechat-style/send
   body {"errcode":40014,"errmsg":"invalid access_token"}
   200 errcode 40014 InvalidToken: invalid access_token (advice: refresh_token)
"#;
    let expected: Vec<&str> = expected.trim().lines().collect();
    assert_eq!(lines, expected);
}

/// One answer, looked at as a client sees it: the headers and the body as sent.
#[tokio::test]
async fn an_answer_has_the_json_content_type_and_the_wait() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move { axum::serve(listener, server::app()).await });
    let run = async {
        let answer = client()
            .post(format!("{base}/cgi-bin/relay"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 500);
        assert_eq!(answer.headers()["content-type"], "application/json");
        assert_eq!(answer.headers()["retry-after"], "2");
        let headers = answer.headers().clone();
        let body = answer.bytes().await.unwrap();
        let err = from_http::<Sent, BotError>(500, &headers, &body).unwrap_err();
        assert_eq!(err.retry_after(), Some(Duration::from_secs(2)));
        assert!(matches!(&err, HttpError::Api(api) if api.kind().is_none()));

        let answer = client()
            .post(format!("{base}/cgi-bin/message/send?access_token=stale"))
            .header("content-type", "application/json")
            .body(r#"{"text": "hi"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 401);
        assert!(answer.headers().get("retry-after").is_none());
        let read = platform_errors::http::read_response::<Sent, BotError, _>(
            &reqwest_to_http(answer).await,
        );
        let err = read.unwrap_err();
        assert_eq!(err.advice(), Advice::RefreshToken);
        assert_eq!(
            err.entry()
                .and_then(|e| e.docs_url())
                .map(|u| u.to_string()),
            Some("https://bot.example.com/errors/40014".to_owned())
        );
    };
    tokio::time::timeout(Duration::from_secs(20), run)
        .await
        .expect("within 20 s");
    server.abort();
}

/// A reqwest answer as an `http::Response`, for `read_response`.
async fn reqwest_to_http(answer: reqwest::Response) -> axum::http::Response<Vec<u8>> {
    let mut response = axum::http::Response::new(Vec::new());
    *response.status_mut() = answer.status();
    *response.headers_mut() = answer.headers().clone();
    *response.body_mut() = answer.bytes().await.unwrap().to_vec();
    response
}

#[test]
fn the_status_is_the_declared_one_unless_given() {
    use axum::http::StatusCode;
    assert_eq!(
        Answer::new(BotError::DailyQuota).status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        Answer::new(BotError::EmptyText).status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        Answer::from(BotError::DailyQuota)
            .with_status(StatusCode::OK)
            .status(),
        StatusCode::OK
    );
}

/// A gateway's handler passes `from_http`'s error on as it is: `Answer<HttpError<C>>` is an
/// answer. The platform's error answer goes out as it came (its body, its status); a body
/// that was not the platform's answer goes out as the envelope's message with 502, also
/// when it came with a 2xx (passed on with it, a body without a code would read as a
/// success under some envelopes).
#[test]
fn a_gateway_passes_the_http_error_on() {
    use axum::response::IntoResponse as _;
    use platform_errors::qingtui::QingtuiError;

    fn pass_on(status: u16, body: &[u8]) -> Result<&'static str, Answer<HttpError<QingtuiError>>> {
        from_http::<(), QingtuiError>(status, [("retry-after", "3")], body)?;
        Ok("sent")
    }
    let relayed = |status: u16, body: &[u8]| {
        let response = pass_on(status, body).unwrap_err().into_response();
        let status = response.status().as_u16();
        let wait = response.headers().get("retry-after").cloned();
        let body = body_text(response);
        (status, wait, body)
    };

    let (status, wait, body) = relayed(
        200,
        br#"{"errcode":45009,"errmsg":"api freq out of limit"}"#,
    );
    assert_eq!(
        (status, wait.as_ref().map(|v| v.to_str().unwrap())),
        (200, Some("3"))
    );
    assert_eq!(
        body,
        r#"{"errcode":45009,"errmsg":"api freq out of limit"}"#
    );
    let again = from_http::<(), QingtuiError>(status, (), body.as_bytes()).unwrap_err();
    assert_eq!(again.code(), Some(45009.into()));

    let (status, _, body) = relayed(502, b"<html>Bad Gateway</html>");
    assert_eq!(status, 502);
    assert_eq!(body, r#"{"errmsg":"not the platform's answer"}"#);
    let (status, _, _) = relayed(200, br#"{"errcode":0,"errm"#);
    assert_eq!(status, 502);
    assert!(pass_on(200, br#"{"errcode":0,"errmsg":"ok"}"#).is_ok());
}

/// An axum body's bytes, read on a runtime of its own.
fn body_text(response: axum::response::Response) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = runtime
        .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}
