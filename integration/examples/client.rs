//! An async client that follows each error's advice safely, against an in-process mock of the
//! platform over real HTTP on 127.0.0.1:
//!
//! ```sh
//! cargo run -p platform-errors-integration --example client
//! ```
//!
//! The mock plays a token endpoint, an expired token (42001), a busy platform (-1), a rate
//! limit (45009 with `Retry-After`), a proxy's 502 HTML page (the message may have gone out:
//! not sent again), a Feishu-shaped answer
//! (`{"code": 99991663, "msg": ...}` with HTTP 400), an unknown code, and eight concurrent
//! calls that all see the same expired token. The client reads every answer with
//! `platform_errors::wire::from_http`, asks `RetryPolicy` what to do, and refreshes the
//! token only if it is still the one that failed, so that the eight calls cause one refresh.
//! `tests/client_conversation.rs` asserts the whole conversation.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use platform_errors::qingtui::QingtuiError;
use platform_errors::retry::{Attempt, Decision, RetryPolicy};
use platform_errors::wire::from_http;
use platform_errors::{Catalogue, Entry, Envelope, HttpError, MessageMatch, PlatformError};
use serde::de::DeserializeOwned;
use tokio::sync::Barrier;

// ------------------------------------------------------------------------------ Feishu

platform_errors::define_codes! {
    /// Two of Feishu's codes.
    #[platform(category = "feishu", lang = "en")]
    pub enum FeishuCode {
        #[advice(refresh_token)]
        InvalidAccessToken = 99991663 => "Invalid access token for authorization.",
        #[advice(throttle)]
        FrequencyLimit = 99991400 => "request trigger frequency limit",
    }
}

/// The Feishu catalogue with Feishu's envelope (`code`, `msg`, `log_id`), written by hand
/// to show a `Catalogue` impl over another (`#[platform(envelope = CodeMsg)]` on
/// `FeishuCode` would do the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feishu(pub FeishuCode);

impl Catalogue for Feishu {
    type Code<'a> = i64;
    const ENTRIES: &'static [Entry] = FeishuCode::ENTRIES;
    const ENVELOPE: Envelope = Envelope::CODE_MSG;
    fn from_code(code: i64) -> Option<Self> {
        FeishuCode::from_code(code).map(Feishu)
    }
    fn match_message(code: i64, message: &str) -> Option<MessageMatch<Self>> {
        FeishuCode::match_message(code, message).map(|found| found.map(Feishu))
    }
}

impl std::fmt::Display for Feishu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Feishu {}

/// The wrapped catalogue's code, message and entry: its advice and the rest follow.
impl PlatformError for Feishu {
    fn code(&self) -> Option<platform_errors::Code<'_>> {
        self.0.code()
    }
    fn message(&self) -> &str {
        self.0.message()
    }
    fn entry(&self) -> Option<&'static Entry> {
        Some(self.0.entry())
    }
}

// ------------------------------------------------------------------------------ the mock

/// What the mock answers to the next message sends, before answering normally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scripted {
    /// `{"errcode": -1, "errmsg": "系统繁忙"}`
    Busy,
    /// HTTP 429, `Retry-After: 1`, `{"errcode": 45009, ...}`
    RateLimited,
    /// HTTP 502 with nginx's HTML page.
    BadGateway,
    /// `{"errcode": 61000, "errmsg": "brand new failure"}`: a code no catalogue declares.
    UnknownCode,
}

/// The platform's side: tokens, a script of failures, and counters.
#[derive(Default)]
pub struct MockState {
    /// Tokens issued so far; the current one is `token-{issued}`.
    pub issued: AtomicU32,
    /// Message sends received (both APIs).
    pub sends: AtomicU32,
    /// 42001 and 99991663 answers given.
    pub expired_answers: AtomicU32,
    /// The current token has expired.
    expired: Mutex<bool>,
    /// Callers that must all arrive before an expired token is answered.
    gate: Mutex<Option<Arc<Barrier>>>,
    script: Mutex<std::collections::VecDeque<Scripted>>,
}

/// A running mock platform.
pub struct Mock {
    /// Its base URL, `http://127.0.0.1:port`.
    pub url: String,
    /// Its state, for counting.
    pub state: Arc<MockState>,
    server: tokio::task::JoinHandle<()>,
}

impl Mock {
    /// Starts the mock on a free port of 127.0.0.1.
    pub async fn start() -> std::io::Result<Mock> {
        let state = Arc::new(MockState::default());
        let app = Router::new()
            .route("/cgi-bin/gettoken", get(token))
            .route("/cgi-bin/message/send", post(send))
            .route("/open-apis/im/v1/messages", post(feishu_send))
            .with_state(Arc::clone(&state));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("the mock serves");
        });
        Ok(Mock { url, state, server })
    }

    /// The current token expires now.
    pub fn expire_token(&self) {
        *self.state.expired.lock().unwrap() = true;
    }

    /// The current token expires now, and the mock answers no call with it until `callers`
    /// calls have arrived, so that they all see it expired.
    pub fn expire_token_for(&self, callers: usize) {
        *self.state.gate.lock().unwrap() = Some(Arc::new(Barrier::new(callers)));
        self.expire_token();
    }

    /// The next sends get these answers, in order.
    pub fn script(&self, answers: &[Scripted]) {
        self.state.script.lock().unwrap().extend(answers);
    }

    /// Stops the server.
    pub fn stop(self) {
        self.server.abort();
    }
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn token(State(state): State<Arc<MockState>>, RawQuery(query): RawQuery) -> Response {
    let query = query.unwrap_or_default();
    if !query.contains("appid=demo-app") || !query.contains("secret=demo-secret") {
        let body = serde_json::json!({"errcode": 40401, "errmsg": "app_id or app_secret is unauthenticated"});
        return json(StatusCode::OK, body);
    }
    let issued = state.issued.fetch_add(1, Ordering::SeqCst) + 1;
    *state.expired.lock().unwrap() = false;
    let body = serde_json::json!({"errcode": 0, "errmsg": "ok",
        "access_token": format!("token-{issued}"), "expires_in": 7200});
    json(StatusCode::OK, body)
}

/// Whether `token` is the current one and has not expired; callers with an expired token
/// first wait at the gate, if there is one.
async fn token_valid(state: &MockState, token: &str) -> bool {
    let current = format!("token-{}", state.issued.load(Ordering::SeqCst));
    let valid = token == current && !*state.expired.lock().unwrap();
    if !valid {
        let gate = state.gate.lock().unwrap().clone();
        if let Some(gate) = gate {
            // Bounded: a test that sends fewer callers fails instead of hanging.
            let waited = tokio::time::timeout(Duration::from_secs(5), gate.wait()).await;
            assert!(waited.is_ok(), "fewer callers than the gate expects");
            *state.gate.lock().unwrap() = None;
        }
        state.expired_answers.fetch_add(1, Ordering::SeqCst);
    }
    valid
}

async fn send(State(state): State<Arc<MockState>>, RawQuery(query): RawQuery) -> Response {
    let n = state.sends.fetch_add(1, Ordering::SeqCst) + 1;
    let token = query
        .as_deref()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("access_token=")))
        .unwrap_or_default()
        .to_owned();
    if !token_valid(&state, &token).await {
        let body = serde_json::json!({"errcode": 42001, "errmsg": "access_token超时",
            "rid": format!("rid-{n}")});
        return json(StatusCode::OK, body);
    }
    let next = state.script.lock().unwrap().pop_front();
    match next {
        Some(Scripted::Busy) => json(
            StatusCode::OK,
            serde_json::json!({"errcode": -1, "errmsg": "系统繁忙"}),
        ),
        Some(Scripted::RateLimited) => {
            let mut response = json(
                StatusCode::TOO_MANY_REQUESTS,
                serde_json::json!({"errcode": 45009, "errmsg": "接口调用超过限制"}),
            );
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            response
        }
        Some(Scripted::BadGateway) => (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        )
            .into_response(),
        Some(Scripted::UnknownCode) => json(
            StatusCode::OK,
            serde_json::json!({"errcode": 61000, "errmsg": "brand new failure"}),
        ),
        None => json(
            StatusCode::OK,
            serde_json::json!({"errcode": 0, "errmsg": "ok", "msgid": 1000 + n}),
        ),
    }
}

async fn feishu_send(State(state): State<Arc<MockState>>, headers: HeaderMap) -> Response {
    state.sends.fetch_add(1, Ordering::SeqCst);
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .to_owned();
    if !token_valid(&state, &token).await {
        // Feishu: HTTP 400, the log id in `error` and in a header.
        let mut response = json(
            StatusCode::BAD_REQUEST,
            serde_json::json!({"code": 99991663, "msg": "Invalid access token for authorization.",
                "error": {"log_id": "202401011200000A1B2C3D"}}),
        );
        response.headers_mut().insert(
            "x-tt-logid",
            HeaderValue::from_static("202401011200000A1B2C3D"),
        );
        return response;
    }
    json(
        StatusCode::OK,
        serde_json::json!({"code": 0, "msg": "success", "data": {"message_id": "om_1"}}),
    )
}

// ------------------------------------------------------------------------------ the client

/// The token the client holds, and its generation: how many refreshes made it.
struct TokenState {
    generation: u64,
    token: Option<String>,
}

/// Why a call failed.
#[derive(Debug)]
pub enum ClientError<E> {
    /// The platform's answer, after the retries the policy allowed.
    Platform(HttpError<E>),
    /// The token endpoint refused.
    Token(HttpError<QingtuiError>),
    /// The connection failed.
    Transport(reqwest::Error),
}

/// A platform client: one token for all calls, a retry policy, and a log of the
/// conversation.
pub struct Client {
    http: reqwest::Client,
    base: String,
    app_id: String,
    secret: String,
    policy: RetryPolicy,
    tokens: tokio::sync::Mutex<TokenState>,
    random: Mutex<u64>,
    log: Mutex<Vec<String>>,
}

/// A sent message.
#[derive(Debug, serde::Deserialize)]
pub struct Sent {
    /// Its id.
    pub msgid: u64,
}

/// Feishu's answer to a sent message.
#[derive(Debug, serde::Deserialize)]
pub struct FeishuSent {
    /// The message.
    pub data: FeishuMessage,
}

/// A Feishu message.
#[derive(Debug, serde::Deserialize)]
pub struct FeishuMessage {
    /// Its id.
    pub message_id: String,
}

#[derive(serde::Deserialize)]
struct Token {
    access_token: String,
}

impl Client {
    /// A client of the platform at `base`, retrying by `policy`; `seed` seeds the jitter.
    pub fn new(base: &str, policy: RetryPolicy, seed: u64) -> Client {
        Client {
            // The mock is on 127.0.0.1: no proxy from the environment may stand between.
            http: reqwest::Client::builder()
                .no_proxy()
                .timeout(Duration::from_secs(5))
                .build()
                .expect("a client without TLS builds"),
            base: base.to_owned(),
            app_id: "demo-app".to_owned(),
            secret: "demo-secret".to_owned(),
            policy,
            tokens: tokio::sync::Mutex::new(TokenState {
                generation: 0,
                token: None,
            }),
            random: Mutex::new(seed | 1),
            log: Mutex::new(Vec::new()),
        }
    }

    /// The conversation so far, one line per request, answer or decision.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    fn note(&self, line: String) {
        self.log.lock().unwrap().push(line);
    }

    /// xorshift64: the jitter's randomness, seeded, so that runs repeat.
    fn random(&self) -> u64 {
        let mut x = self.random.lock().unwrap();
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    /// The current token and its generation, fetched on first use.
    async fn token(&self) -> Result<(u64, String), ClientError<QingtuiError>> {
        let mut tokens = self.tokens.lock().await;
        if tokens.token.is_none() {
            tokens.token = Some(self.fetch_token().await?);
            tokens.generation += 1;
        }
        Ok((tokens.generation, tokens.token.clone().unwrap_or_default()))
    }

    /// Refreshes the token if it is still generation `failed`: of many calls that saw the
    /// same token fail, the first refreshes it and the others use the new one.
    async fn refresh(&self, failed: u64) -> Result<(), ClientError<QingtuiError>> {
        let mut tokens = self.tokens.lock().await;
        if tokens.generation == failed {
            tokens.token = Some(self.fetch_token().await?);
            tokens.generation += 1;
        } else {
            self.note(format!(
                "   token {failed} was refreshed already: using token {}",
                tokens.generation
            ));
        }
        Ok(())
    }

    async fn fetch_token(&self) -> Result<String, ClientError<QingtuiError>> {
        self.note("-> GET /cgi-bin/gettoken".to_owned());
        let url = format!(
            "{}/cgi-bin/gettoken?appid={}&secret={}",
            self.base, self.app_id, self.secret
        );
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(ClientError::Transport)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(ClientError::Transport)?;
        match from_http::<Token, QingtuiError>(status, &headers, &body) {
            Ok(token) => {
                self.note(format!("<- {status} token {}", token.access_token));
                Ok(token.access_token)
            }
            Err(err) => {
                self.note(format!("<- {status} {err}"));
                Err(ClientError::Token(err))
            }
        }
    }

    /// Sends a text message through the errcode-shaped API. Not idempotent: a message sent
    /// twice is two messages, so a failure that leaves unknown whether it was sent stops.
    pub async fn send_text(&self, to: &str, text: &str) -> Result<Sent, ClientError<QingtuiError>> {
        let body = serde_json::json!({"touser": to, "msgtype": "text", "text": {"content": text}});
        self.call(
            "POST /cgi-bin/message/send",
            /* idempotent: */ false,
            |token| {
                self.http
                    .post(format!(
                        "{}/cgi-bin/message/send?access_token={token}",
                        self.base
                    ))
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(body.to_string())
            },
        )
        .await
    }

    /// Sends a text message through the Feishu-shaped API.
    pub async fn feishu_send(
        &self,
        chat: &str,
        text: &str,
    ) -> Result<FeishuSent, ClientError<Feishu>> {
        let body = serde_json::json!({"receive_id": chat, "msg_type": "text", "content": text});
        self.call(
            "POST /open-apis/im/v1/messages",
            /* idempotent: */ false,
            |token| {
                self.http
                    .post(format!("{}/open-apis/im/v1/messages", self.base))
                    .bearer_auth(token)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(body.to_string())
            },
        )
        .await
    }

    /// Sends a request until it succeeds or the policy says stop.
    async fn call<
        T: DeserializeOwned,
        E: Catalogue + PlatformError + std::fmt::Display + 'static,
    >(
        &self,
        name: &str,
        // Whether sending it twice does it once (a read, or a call with an idempotency
        // key); a message sent twice is two messages.
        idempotent: bool,
        request: impl Fn(&str) -> reqwest::RequestBuilder,
    ) -> Result<T, ClientError<E>> {
        let started = Instant::now();
        let mut refreshed = false;
        // Bounded twice: by the policy, and by this loop.
        for number in 1..=self.policy.max_attempts() {
            let (generation, token) = self.token().await.map_err(token_error)?;
            self.note(format!("-> {name} (token {generation})"));
            let response = request(&token)
                .send()
                .await
                .map_err(ClientError::Transport)?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = response.bytes().await.map_err(ClientError::Transport)?;
            // `from_http` reads the status, `Retry-After` (seconds or an HTTP date) and the
            // envelope's request id header (Feishu's `X-Tt-Logid`, WeChat Pay's `Request-ID`).
            let err = match from_http::<T, E>(status, &headers, &body) {
                Ok(value) => {
                    self.note(format!("<- {status} success"));
                    return Ok(value);
                }
                Err(err) => err,
            };
            let advice = err.advice();
            self.note(format!("<- {} (advice: {advice})", describe(&err)));
            // The wait the answer asks for, and whether it leaves the outcome unknown (a
            // proxy's 502, where the platform may have done the call).
            let mut attempt = Attempt::new(number, started.elapsed())
                .with_token(generation)
                .with_failure(&err);
            if refreshed {
                attempt = attempt.refreshed();
            }
            if !idempotent {
                attempt = attempt.not_idempotent();
            }
            match self.policy.decide(advice, &attempt, self.random()) {
                Decision::Retry { after } => {
                    let why = if err.retry_after().is_some() {
                        " (Retry-After)"
                    } else {
                        ""
                    };
                    self.note(format!("   wait {} ms{why}", after.as_millis()));
                    tokio::time::sleep(after).await;
                }
                Decision::RefreshToken { if_generation } => {
                    self.note(format!("   refresh token {if_generation}"));
                    self.refresh(if_generation).await.map_err(token_error)?;
                    refreshed = true;
                }
                Decision::Stop(why) => {
                    self.note(format!("   stop: {why:?}"));
                    return Err(ClientError::Platform(err));
                }
                other => {
                    self.note(format!("   stop: {other:?}"));
                    return Err(ClientError::Platform(err));
                }
            }
        }
        unreachable!("the policy stops at max_attempts")
    }
}

fn token_error<E>(err: ClientError<QingtuiError>) -> ClientError<E> {
    match err {
        ClientError::Token(err) | ClientError::Platform(err) => ClientError::Token(err),
        ClientError::Transport(err) => ClientError::Transport(err),
    }
}

/// One line for an error: the status, the code and message, the request id; or the status
/// and the body's first bytes.
fn describe<E>(err: &HttpError<E>) -> String {
    match err {
        HttpError::Api(api) => {
            let status = api.status().unwrap_or_default();
            let mut line = format!("{status} code {} {}", api.code(), api.message());
            if let Some(id) = api.request_id() {
                line.push_str(&format!(" [request id {id}]"));
            }
            line
        }
        HttpError::Body(body) => {
            let head: String = body.head().chars().take(40).collect();
            format!(
                "{} {} body {head:?}",
                body.status(),
                body.content_type().unwrap_or("?")
            )
        }
    }
}

// ------------------------------------------------------------------------------ the run

/// What a run of the conversation gives: the client's log of the sequential part, and the
/// mock's counters after the concurrent part.
#[derive(Debug)]
pub struct Conversation {
    /// The client's log, scenario by scenario.
    pub log: Vec<String>,
    /// Tokens the mock issued before the concurrent calls.
    pub tokens_before_concurrent: u32,
    /// Tokens the mock issued after them.
    pub tokens_after_concurrent: u32,
    /// Expired-token answers to the concurrent calls.
    pub concurrent_expired_answers: u32,
    /// Sends the concurrent calls made.
    pub concurrent_sends: u32,
    /// Lines the concurrent calls logged.
    pub concurrent_log: Vec<String>,
}

/// How many calls share one expired token in the last scenario.
pub const CONCURRENT_CALLS: usize = 8;

/// Runs every scenario against a fresh mock.
pub async fn conversation() -> Conversation {
    let mock = Mock::start().await.expect("the mock binds 127.0.0.1");
    // Short waits, so that the run takes about a second (the Retry-After of 1 s).
    let policy = RetryPolicy::DEFAULT
        .with_base_delay(Duration::from_millis(20))
        .with_throttle_delay(Duration::from_millis(50))
        .with_max_delay(Duration::from_millis(200))
        .with_max_elapsed(Duration::from_secs(5));
    let client = Arc::new(Client::new(&mock.url, policy, 0x5EED));
    let scene = |name: &str| client.note(format!("## {name}"));

    scene("first call: a token is fetched");
    client.send_text("open-id-1", "hello").await.expect("sent");

    scene("the token expires: refreshed once, the call retried");
    mock.expire_token();
    client.send_text("open-id-1", "again").await.expect("sent");

    scene("the platform is busy twice: backed off, retried");
    mock.script(&[Scripted::Busy, Scripted::Busy]);
    client.send_text("open-id-1", "busy").await.expect("sent");

    scene("a rate limit with Retry-After: waited as asked");
    mock.script(&[Scripted::RateLimited]);
    client
        .send_text("open-id-1", "limited")
        .await
        .expect("sent");

    scene("a proxy's 502 page: the message may have gone out, so it is not sent again");
    mock.script(&[Scripted::BadGateway]);
    let failed = client.send_text("open-id-1", "proxy").await;
    assert!(
        matches!(failed, Err(ClientError::Platform(HttpError::Body(ref e))) if e.status() == 502)
    );

    scene("an unknown code: an error, not retried");
    mock.script(&[Scripted::UnknownCode]);
    let failed = client.send_text("open-id-1", "new").await;
    assert!(
        matches!(failed, Err(ClientError::Platform(HttpError::Api(ref e))) if e.code() == 61000)
    );

    scene("Feishu: HTTP 400 {code, msg, error.log_id}; refreshed, retried");
    mock.expire_token();
    let sent = client.feishu_send("oc_1", "hi").await.expect("sent");
    client.note(format!("   message_id {}", sent.data.message_id));

    let log = client.log();

    // N calls at once, all with the same token, which expires: one refresh.
    let tokens_before_concurrent = mock.state.issued.load(Ordering::SeqCst);
    let expired_before = mock.state.expired_answers.load(Ordering::SeqCst);
    let sends_before = mock.state.sends.load(Ordering::SeqCst);
    mock.expire_token_for(CONCURRENT_CALLS);
    let mut calls = tokio::task::JoinSet::new();
    for i in 0..CONCURRENT_CALLS {
        let client = Arc::clone(&client);
        calls.spawn(async move {
            client
                .send_text(&format!("open-id-{i}"), "all at once")
                .await
        });
    }
    while let Some(done) = calls.join_next().await {
        done.expect("the call ran").expect("sent");
    }
    let conversation = Conversation {
        concurrent_log: client.log()[log.len()..].to_vec(),
        log,
        tokens_before_concurrent,
        tokens_after_concurrent: mock.state.issued.load(Ordering::SeqCst),
        concurrent_expired_answers: mock.state.expired_answers.load(Ordering::SeqCst)
            - expired_before,
        concurrent_sends: mock.state.sends.load(Ordering::SeqCst) - sends_before,
    };
    mock.stop();
    conversation
}

#[allow(dead_code)]
#[tokio::main]
async fn main() {
    let run = conversation().await;
    for line in &run.log {
        println!("{line}");
    }
    println!("## {CONCURRENT_CALLS} calls at once, one expired token");
    println!(
        "   {} expired-token answers, {} sends, tokens issued {} -> {}: {} refresh",
        run.concurrent_expired_answers,
        run.concurrent_sends,
        run.tokens_before_concurrent,
        run.tokens_after_concurrent,
        run.tokens_after_concurrent - run.tokens_before_concurrent
    );
}
