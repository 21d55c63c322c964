//! A real HTTP conversation with a mock of the Qingtui platform: a token endpoint and the
//! message API, served on 127.0.0.1 (an ephemeral port), and a client that follows each
//! error's advice.
//!
//! ```text
//! cargo run --example client
//! ```
//!
//! Three runs, one line per request and per answer: the first token expires (42001, refresh
//! the token and retry once), the platform is busy (-1, back off and retry), the rate limit
//! is hit (45009, stop and report).

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use platform_errors::qingtui::QingtuiError;
use platform_errors::{Advice, ApiError, PlatformError, Response};
use serde::Deserialize;

fn main() {
    for (title, faults) in [
        ("the token expires", vec![(42001, "access_token超时")]),
        ("the platform is busy", vec![(-1, "系统繁忙.")]),
        ("the rate limit is hit", vec![(45009, "接口调用超过限制")]),
    ] {
        println!("== {title}");
        let mock = MockPlatform::start(faults);
        let mut client = Client::new(mock.url(), "demo-app", "demo-secret");
        let outcome = client.send_text("open-id-1", "hello");
        for line in client.log() {
            println!("{line}");
        }
        match outcome {
            Ok(sent) => println!("sent: message id {}", sent.msgid),
            Err(e) => println!("stopped: {e}"),
        }
        mock.stop();
        println!();
    }
}

// ------------------------------------------------------------------------------ mock

/// A mock of the platform: `GET /cgi-bin/token` issues a new token each time;
/// `POST /cgi-bin/message/send` answers the queued faults one by one, then succeeds. A send
/// with a token other than the newest is refused with 40014.
pub struct MockPlatform {
    addr: SocketAddr,
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
}

struct MockState {
    tokens_issued: u32,
    faults: VecDeque<(i64, &'static str)>,
    sent: u32,
}

impl MockPlatform {
    /// Starts the mock on 127.0.0.1 with an ephemeral port.
    ///
    /// # Panics
    /// If no port can be bound.
    #[must_use]
    pub fn start(faults: Vec<(i64, &'static str)>) -> Self {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0"));
        let addr = server.server_addr().to_ip().expect("an IP address");
        let state = Mutex::new(MockState {
            tokens_issued: 0,
            faults: faults.into(),
            sent: 0,
        });
        let serving = Arc::clone(&server);
        let thread = std::thread::spawn(move || {
            for mut request in serving.incoming_requests() {
                let mut body = String::new();
                let _ = request.as_reader().read_to_string(&mut body);
                let answer = answer(&state, request.method(), request.url(), &body);
                let header = tiny_http::Header::from_bytes(
                    &b"Content-Type"[..],
                    &b"application/json; charset=utf-8"[..],
                )
                .expect("a valid header");
                let _ =
                    request.respond(tiny_http::Response::from_string(answer).with_header(header));
            }
        });
        MockPlatform {
            addr,
            server,
            thread: Some(thread),
        }
    }

    /// The base URL, such as `http://127.0.0.1:40123`.
    #[must_use]
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server and waits for its thread.
    pub fn stop(mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn answer(state: &Mutex<MockState>, method: &tiny_http::Method, url: &str, body: &str) -> String {
    let mut state = state.lock().expect("the mock's state");
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let param = |name: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_owned())
    };
    match (method, path) {
        (tiny_http::Method::Get, "/cgi-bin/token") => {
            if param("secret").as_deref() != Some("demo-secret") {
                return r#"{"errcode":40401,"errmsg":"app_id or app_secret is unauthenticated"}"#
                    .to_owned();
            }
            state.tokens_issued += 1;
            format!(
                r#"{{"errcode":0,"errmsg":"ok","access_token":"token-{}","expires_in":7200}}"#,
                state.tokens_issued
            )
        }
        (tiny_http::Method::Post, "/cgi-bin/message/send") => {
            let newest = format!("token-{}", state.tokens_issued);
            if param("access_token").as_deref() != Some(newest.as_str()) {
                return r#"{"errcode":40014,"errmsg":"不合法的access_token"}"#.to_owned();
            }
            if serde_json::from_str::<serde_json::Value>(body).is_err() {
                return r#"{"errcode":47001,"errmsg":"解析JSON内容错误"}"#.to_owned();
            }
            if let Some((code, message)) = state.faults.pop_front() {
                return format!(r#"{{"errcode":{code},"errmsg":"{message}"}}"#);
            }
            state.sent += 1;
            format!(
                r#"{{"errcode":0,"errmsg":"ok","msgid":{}}}"#,
                1000 + state.sent
            )
        }
        _ => r#"{"errcode":40038,"errmsg":"不合法的请求格式"}"#.to_owned(),
    }
}

// ------------------------------------------------------------------------------ client

/// The token endpoint's payload.
#[derive(Debug, Deserialize)]
pub struct Token {
    /// The token.
    pub access_token: String,
    /// Seconds it lives.
    pub expires_in: u64,
}

/// The message API's payload.
#[derive(Debug, Deserialize)]
pub struct Sent {
    /// The platform's id for the message.
    pub msgid: u64,
}

/// Why a call failed.
#[derive(Debug)]
pub enum ClientError {
    /// The platform answered with an error.
    Api(ApiError<QingtuiError>),
    /// No answer, or one that is not the platform's JSON.
    Transport(String),
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::Api(e) => write!(f, "{e} (advice: {})", e.advice()),
            ClientError::Transport(e) => write!(f, "transport: {e}"),
        }
    }
}

impl std::error::Error for ClientError {}

/// A client that follows advice: refresh the token once on `RefreshToken`, back off and
/// retry up to three times on `Retry`, stop on anything else.
pub struct Client {
    base: String,
    app_id: String,
    secret: String,
    token: Option<String>,
    agent: ureq::Agent,
    log: Vec<String>,
    /// The first back-off; it doubles on each retry.
    pub backoff: Duration,
}

impl Client {
    /// A client for the platform at `base`.
    #[must_use]
    pub fn new(base: String, app_id: &str, secret: &str) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(5)))
            .build()
            .new_agent();
        Client {
            base,
            app_id: app_id.to_owned(),
            secret: secret.to_owned(),
            token: None,
            agent,
            log: Vec::new(),
            backoff: Duration::from_millis(20),
        }
    }

    /// One line per request and per answer, so far.
    #[must_use]
    pub fn log(&self) -> &[String] {
        &self.log
    }

    /// Sends a text message to `to`, following the platform's advice on errors.
    ///
    /// # Errors
    /// The platform's error once its advice says to stop, or a transport failure.
    pub fn send_text(&mut self, to: &str, text: &str) -> Result<Sent, ClientError> {
        let body = serde_json::json!({"touser": to, "msgtype": "text", "text": {"content": text}})
            .to_string();
        let mut refreshed = false;
        let mut retries = 0u32;
        loop {
            let token = match &self.token {
                Some(token) => token.clone(),
                None => self.fetch_token()?,
            };
            let path = format!("/cgi-bin/message/send?access_token={token}");
            let response: Response<Sent> = self.call("POST", &path, Some(&body))?;
            match response.into_result::<QingtuiError>() {
                Ok(sent) => return Ok(sent),
                Err(e) => match e.advice() {
                    Advice::RefreshToken if !refreshed => {
                        refreshed = true;
                        self.token = None;
                    }
                    Advice::Retry if retries < 3 => {
                        let wait = self.backoff * 2u32.pow(retries);
                        retries += 1;
                        self.log.push(format!("   waiting {} ms", wait.as_millis()));
                        std::thread::sleep(wait);
                    }
                    _ => return Err(ClientError::Api(e)),
                },
            }
        }
    }

    fn fetch_token(&mut self) -> Result<String, ClientError> {
        let path = format!(
            "/cgi-bin/token?appid={}&secret={}",
            self.app_id, self.secret
        );
        let response: Response<Token> = self.call("GET", &path, None)?;
        let token = response
            .into_result::<QingtuiError>()
            .map_err(ClientError::Api)?;
        self.token = Some(token.access_token.clone());
        Ok(token.access_token)
    }

    /// One request and its answer, logged.
    fn call<T: serde::de::DeserializeOwned>(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<Response<T>, ClientError> {
        let shown = path.split("&secret=").next().unwrap_or(path);
        self.log.push(format!("-> {method} {shown}"));
        let url = format!("{}{path}", self.base);
        let answer = match body {
            Some(body) => self
                .agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body),
            None => self.agent.get(&url).call(),
        };
        let text = answer
            .and_then(|mut response| response.body_mut().read_to_string())
            .map_err(|e| ClientError::Transport(e.to_string()))?;
        let response: Response<T> =
            serde_json::from_str(&text).map_err(|e| ClientError::Transport(e.to_string()))?;
        let line = if response.is_success() {
            format!("<- {} {}", response.code(), response.message())
        } else {
            let err = ApiError::<QingtuiError>::new(response.code(), response.message());
            format!(
                "<- {} {} (advice: {})",
                response.code(),
                response.message(),
                err.advice()
            )
        };
        self.log.push(line);
        Ok(response)
    }
}
