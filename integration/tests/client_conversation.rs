//! The example's whole conversation with the mock platform, over real HTTP on 127.0.0.1:
//! what the client sent, what it read, and what it decided, line by line; then eight
//! concurrent calls that see one expired token, counted on the server.

#[allow(dead_code)]
#[path = "../examples/client.rs"]
mod client;

use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_conversation() {
    let started = Instant::now();
    let run = tokio::time::timeout(Duration::from_secs(20), client::conversation())
        .await
        .expect("the conversation ends within 20 s");
    // The waits are the policy's, with the example's seeded jitter: the same every run.
    let expected = r#"
## first call: a token is fetched
-> GET /cgi-bin/gettoken
<- 200 token token-1
-> POST /cgi-bin/message/send (token 1)
<- 200 success
## the token expires: refreshed once, the call retried
-> POST /cgi-bin/message/send (token 1)
<- 200 code 42001 access_token超时 [request id rid-2] (advice: refresh_token)
   refresh token 1
-> GET /cgi-bin/gettoken
<- 200 token token-2
-> POST /cgi-bin/message/send (token 2)
<- 200 success
## the platform is busy twice: backed off, retried
-> POST /cgi-bin/message/send (token 2)
<- 200 code -1 系统繁忙 (advice: retry)
   wait 18 ms
-> POST /cgi-bin/message/send (token 2)
<- 200 code -1 系统繁忙 (advice: retry)
   wait 30 ms
-> POST /cgi-bin/message/send (token 2)
<- 200 success
## a rate limit with Retry-After: waited as asked
-> POST /cgi-bin/message/send (token 2)
<- 429 code 45009 接口调用超过限制 (advice: throttle)
   wait 1000 ms (Retry-After)
-> POST /cgi-bin/message/send (token 2)
<- 200 success
## a proxy's 502 page: the message may have gone out, so it is not sent again
-> POST /cgi-bin/message/send (token 2)
<- 502 text/html body "<html>\r\n<head><title>502 Bad Gateway</ti" (advice: retry)
   stop: NotIdempotent
## an unknown code: an error, not retried
-> POST /cgi-bin/message/send (token 2)
<- 200 code 61000 brand new failure (advice: none)
   stop: NotRetryable
## Feishu: HTTP 400 {code, msg, error.log_id}; refreshed, retried
-> POST /open-apis/im/v1/messages (token 2)
<- 400 code 99991663 Invalid access token for authorization. [request id 202401011200000A1B2C3D] (advice: refresh_token)
   refresh token 2
-> GET /cgi-bin/gettoken
<- 200 token token-3
-> POST /open-apis/im/v1/messages (token 3)
<- 200 success
   message_id om_1
"#;
    let expected: Vec<&str> = expected.trim().lines().collect();
    assert_eq!(run.log, expected);

    // Eight calls, one expired token: every call saw it expire, one refreshed it, the
    // others used the new token.
    let n = client::CONCURRENT_CALLS;
    let count = |prefix: &str| {
        run.concurrent_log
            .iter()
            .filter(|line| line.starts_with(prefix))
            .count()
    };
    assert_eq!(run.concurrent_expired_answers as usize, n);
    assert_eq!(
        run.tokens_after_concurrent,
        run.tokens_before_concurrent + 1
    );
    assert_eq!(run.concurrent_sends as usize, 2 * n);
    assert_eq!(count("   refresh token 3"), n);
    assert_eq!(count("-> GET /cgi-bin/gettoken"), 1);
    assert_eq!(
        count("   token 3 was refreshed already: using token 4"),
        n - 1
    );
    assert_eq!(count("<- 200 success"), n);
    // Each call: its send, the 42001, the decision, the refresh or the note that it was
    // done, its second send and the success; the refresher also fetched the token.
    assert_eq!(run.concurrent_log.len(), 6 * n + 1);

    // The waits were real: at least the Retry-After's second.
    assert!(started.elapsed() >= Duration::from_secs(1));
}
