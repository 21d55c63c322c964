//! Parses one body N times, for counting instructions with callgrind:
//! `cargo bench -p platform-errors-bench --bench wire_instructions --no-run`, then
//! `valgrind --tool=callgrind <binary> CASE N` for two values of N; the difference of the
//! two totals over the difference of the Ns is the cost of one parse (what the program does
//! once, loading and printing, cancels out).
//!
//! CASE: `plain-error`, `api-error` (`ApiError<QingtuiError>`), `response-error`
//! (`Response<Sent>`), `plain-success`, `response-success`, `plain-string`
//! (`{code, message}` with a string code), `api-error-string`
//! (`ApiError<Uncatalogued<WechatPayV3>>`).

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

/// Cases that need what the wire could not read before string codes.
fn extra(case: &str) -> usize {
    panic!("unknown case {case:?}")
}
