//! The server side of the wire: a bot API that answers in the platform's envelope, with
//! axum, and no `IntoResponse` written by hand.
//!
//! ```sh
//! cargo run -p platform-errors-integration --example server
//! ```
//!
//! Its errors are a catalogue declared with `#[platform(serde)]` and an HTTP status per code;
//! a handler returns `Result<Json<Response<Sent, BotError>>, Answer<BotError>>`, and
//! `Answer` (feature `axum`) sends an error with the status its entry declares and the body
//! `{"errcode": N, "errmsg": "..."}`. The example serves on a free port of 127.0.0.1, calls
//! itself once per kind of answer with reqwest, reads each answer with `wire::from_http`
//! (the headers as an `http::HeaderMap`, feature `http`), and prints what the client read.
//! `tests/axum_server.rs` asserts it.

use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use platform_errors::axum::Answer;
use platform_errors::wire::from_http;
use platform_errors::{ApiError, HttpError, PlatformError, Response};

platform_errors::define_codes! {
    /// The bot API's errors: each code's HTTP status is declared beside it.
    #[platform(serde, docs = "https://bot.example.com/errors/{code}")]
    pub enum BotError {
        #[platform(http_status = 401)]
        #[advice(refresh_token)]
        InvalidToken = 40014 => ("invalid access_token", zh = "不合法的 access_token"),
        #[platform(http_status = 429)]
        #[advice(wait_for_quota)]
        DailyQuota = 45009 => "reach max api daily quota limit",
        /// No status declared: 400, as `platform_errors::http` documents.
        #[advice(fix_request)]
        EmptyText = 44004 => "empty content",
    }
}

/// What a send answers with, beside `errcode` and `errmsg`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sent {
    /// The id of the message sent.
    pub msgid: u64,
}

/// A message to send.
#[derive(Debug, serde::Deserialize)]
pub struct Message {
    /// Its text.
    pub text: String,
}

/// `?access_token=...`
#[derive(Debug, serde::Deserialize)]
pub struct Token {
    /// The caller's token.
    pub access_token: String,
}

/// The server's state: the token it accepts.
#[derive(Clone)]
pub struct Bot {
    /// The one valid token.
    pub token: &'static str,
}

/// The bot's routes.
pub fn app() -> Router {
    Router::new()
        .route("/cgi-bin/message/send", post(send))
        .route("/cgi-bin/relay", post(relay))
        .route("/wechat-style/send", post(wechat_style))
        .with_state(Bot { token: "good" })
}

/// Sends a message: the payload in the envelope, or an error as the platform sends it.
async fn send(
    State(bot): State<Bot>,
    Query(token): Query<Token>,
    Json(message): Json<Message>,
) -> Result<Json<Response<Sent, BotError>>, Answer<BotError>> {
    if token.access_token != bot.token {
        Err(BotError::InvalidToken)?;
    }
    match message.text.as_str() {
        "" => Err(BotError::EmptyText)?,
        "flood" => Err(BotError::DailyQuota)?,
        _ => {}
    }
    Ok(Json(Response::success("ok", Sent { msgid: 7 })))
}

/// Relays an error an upstream platform sent: a code this catalogue does not declare, with
/// the wait the upstream asked for. No entry, no status received: 500, with `Retry-After`.
async fn relay() -> Answer<ApiError<BotError>> {
    let upstream = ApiError::<BotError>::new(61000, "upstream is out of order")
        .with_retry_after(Duration::from_secs(2));
    Answer::new(upstream)
}

/// A mock of a platform of the WeChat family, which answers errors with HTTP 200.
async fn wechat_style() -> Answer<BotError> {
    Answer::new(BotError::InvalidToken).with_status(StatusCode::OK)
}

/// What the client read from one answer, as a line.
pub fn describe(status: u16, result: &Result<Sent, HttpError<BotError>>) -> String {
    match result {
        Ok(sent) => format!("{status} sent msgid {}", sent.msgid),
        Err(err) => {
            let kind = match err.api().and_then(ApiError::kind) {
                Some(kind) => format!("{kind:?}"),
                None => "unknown code".to_owned(),
            };
            let mut line = format!(
                "{status} errcode {} {kind}: {} (advice: {})",
                err.code().map(|c| c.to_string()).unwrap_or_default(),
                err.message(),
                err.advice()
            );
            if let Some(wait) = err.retry_after() {
                line += &format!(" retry after {} s", wait.as_secs());
            }
            line
        }
    }
}

/// Serves on a free port of 127.0.0.1, makes one call per kind of answer with `client`, and
/// returns what the client read, a line per call, with each answer's raw body.
pub async fn conversation(client: &reqwest::Client) -> std::io::Result<Vec<String>> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let server = tokio::spawn(async move { axum::serve(listener, app()).await });
    let calls = [
        (
            "/cgi-bin/message/send?access_token=good",
            r#"{"text": "hi"}"#,
        ),
        (
            "/cgi-bin/message/send?access_token=stale",
            r#"{"text": "hi"}"#,
        ),
        ("/cgi-bin/message/send?access_token=good", r#"{"text": ""}"#),
        (
            "/cgi-bin/message/send?access_token=good",
            r#"{"text": "flood"}"#,
        ),
        ("/cgi-bin/relay", "{}"),
        ("/wechat-style/send", "{}"),
    ];
    let mut lines = Vec::new();
    for (path, body) in calls {
        let answer = client
            .post(format!("{base}{path}"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .map_err(std::io::Error::other)?;
        let status = answer.status().as_u16();
        let headers = answer.headers().clone();
        let bytes = answer.bytes().await.map_err(std::io::Error::other)?;
        // The headers as an `http::HeaderMap`, read by `from_http` (feature `http`).
        let read = from_http::<Sent, BotError>(status, &headers, &bytes);
        lines.push(format!("POST {path}"));
        lines.push(format!("   body {}", String::from_utf8_lossy(&bytes)));
        lines.push(format!("   {}", describe(status, &read)));
    }
    server.abort();
    Ok(lines)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .map_err(std::io::Error::other)?;
    for line in conversation(&client).await? {
        println!("{line}");
    }
    Ok(())
}
