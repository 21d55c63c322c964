//! Parses one body N times, for counting instructions with callgrind:
//! `cargo bench -p platform-errors-bench --bench wire_instructions --no-run`, then
//! `valgrind --tool=callgrind <binary> CASE N` for two values of N; the difference of the
//! two totals over the difference of the Ns is the cost of one parse (what the program does
//! once, loading and printing, cancels out).
//!
//! CASE: `plain-error`, `api-error` (`ApiError<QingtuiError>`), `response-error`
//! (`Response<Sent>`), `plain-success`, `response-success`; `plain-success-code-last` and
//! `response-success-code-last` (the code after the API's field); string codes: `plain-string`
//! (a plain `{code: String, message: String}`), `api-error-string`
//! (`ApiError<Uncatalogued<WechatPayV3>>`), `api-error-alipay`
//! (`ApiError<Uncatalogued<Alipay>>` of a nested answer with a sub code).

use std::hint::black_box;

use platform_errors::qingtui::QingtuiError;
use platform_errors::{ApiError, Response};
use platform_errors_bench::*;

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let case = args.next().unwrap_or_default();
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    let mut sum = 0usize;
    for _ in 0..n {
        sum += match case.as_str() {
            "plain-error" => serde_json::from_str::<Plain>(black_box(ERROR_BODY))
                .map(|p| p.errmsg.len())
                .unwrap(),
            "api-error" => serde_json::from_str::<ApiError<QingtuiError>>(black_box(ERROR_BODY))
                .map(|e| e.message().len())
                .unwrap(),
            "response-error" => serde_json::from_str::<Response<Sent>>(black_box(ERROR_BODY))
                .map(|r| r.message().len())
                .unwrap(),
            "plain-success" => serde_json::from_str::<PlainSent>(black_box(SUCCESS_BODY))
                .map(|p| p.msgid as usize)
                .unwrap(),
            "response-success" => serde_json::from_str::<Response<Sent>>(black_box(SUCCESS_BODY))
                .map(|r| r.payload().map_or(0, |s| s.msgid as usize))
                .unwrap(),
            _ => extra(&case),
        };
    }
    println!("{case} x{n}: {sum}");
}

/// WeChat Pay v3's answer, its `detail` left out.
const STRING_BODY: &str = r#"{"code":"PARAM_ERROR","message":"参数错误"}"#;
/// Alipay's, nested, with a sub code and a signature.
const ALIPAY_BODY: &str = r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS","sub_msg":"交易已被支付"},"sign":"ERITJKEIJKJHKKKKKKKHJEREEEEEEEEEEE"}"#;

/// The same success as `SUCCESS_BODY`, with the code after the API's field: fields before
/// the code are kept raw until the code is read.
const SUCCESS_BODY_CODE_LAST: &str = r#"{"msgid":1001,"errcode":0,"errmsg":"ok"}"#;

/// The baseline of a string code: two strings.
#[derive(serde::Deserialize)]
struct PlainString {
    code: String,
    message: String,
}

/// Cases that need what the wire could not read before string codes.
fn extra(case: &str) -> usize {
    use platform_errors::envelope::{Alipay, WechatPayV3};
    use platform_errors::Uncatalogued;
    match case {
        "plain-string" => serde_json::from_str::<PlainString>(black_box(STRING_BODY))
            .map(|p| p.code.len() + p.message.len())
            .unwrap(),
        "api-error-string" => {
            serde_json::from_str::<ApiError<Uncatalogued<WechatPayV3>>>(black_box(STRING_BODY))
                .map(|e| e.message().len())
                .unwrap()
        }
        "api-error-alipay" => {
            serde_json::from_str::<ApiError<Uncatalogued<Alipay>>>(black_box(ALIPAY_BODY))
                .map(|e| e.message().len())
                .unwrap()
        }
        "response-success-code-last" => {
            serde_json::from_str::<Response<Sent>>(black_box(SUCCESS_BODY_CODE_LAST))
                .map(|r| r.payload().map_or(0, |s| s.msgid as usize))
                .unwrap()
        }
        "plain-success-code-last" => {
            serde_json::from_str::<PlainSent>(black_box(SUCCESS_BODY_CODE_LAST))
                .map(|p| p.msgid as usize)
                .unwrap()
        }
        _ => panic!("unknown case {case:?}"),
    }
}
