//! Run-time cost of the Qingtui umbrella's lookup, of lookups by message, and of parsing
//! answers, with criterion: `cargo bench -p platform-errors-bench --bench runtime`. The
//! generated catalogues against hand-written code are in `interleaved.rs`, which times the
//! ways side by side in each round.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use platform_errors::qingtui::{ParamError, QingtuiError};
use platform_errors::{ApiError, Catalogue, Response};
use platform_errors_bench::*;

fn umbrella(c: &mut Criterion) {
    let mut known: Vec<i64> = QingtuiError::ENTRIES
        .iter()
        .filter_map(|e| e.code().as_i64())
        .collect();
    known.dedup();
    let mut probes = Vec::new();
    for &code in &known {
        probes.push(code);
        probes.push(code + 7_000_000); // unknown
    }
    let mut group = c.benchmark_group("from_code/qingtui-umbrella");
    group.throughput(Throughput::Elements(probes.len() as u64));
    group.bench_function("dsl", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for &code in &probes {
                found += u32::from(QingtuiError::from_code(black_box(code)).is_some());
            }
            found
        })
    });
    group.bench_function("hand-written", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for &code in &probes {
                found += u32::from(HandQingtui::from_code(black_box(code)).is_some());
            }
            found
        })
    });
    group.finish();
}

fn by_message(c: &mut Criterion) {
    let mut group = c.benchmark_group("from_code_and_message");
    let cases: [(&str, i64, &str); 5] = [
        ("40100/first", 40100, "invalid param"),
        ("40100/last", 40100, "open_id is required"),
        ("40100/untidy", 40100, "  Page_Size is required. (trace 9f)"),
        ("40100/no-match", 40100, "something else entirely"),
        ("46100/cross-category", 46100, "domain is not exists"),
    ];
    for (name, code, message) in cases {
        group.bench_with_input(
            BenchmarkId::new("param", name),
            &(code, message),
            |b, &(code, message)| {
                b.iter(|| ParamError::from_code_and_message(black_box(code), black_box(message)))
            },
        );
        group.bench_with_input(
            BenchmarkId::new("umbrella", name),
            &(code, message),
            |b, &(code, message)| {
                b.iter(|| QingtuiError::from_code_and_message(black_box(code), black_box(message)))
            },
        );
    }
    group.finish();
}

fn parsing(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse-error-response");
    group.bench_function("plain struct", |b| {
        b.iter(|| serde_json::from_str::<Plain>(black_box(ERROR_BODY)).unwrap())
    });
    group.bench_function("ApiError<QingtuiError>", |b| {
        b.iter(|| serde_json::from_str::<ApiError<QingtuiError>>(black_box(ERROR_BODY)).unwrap())
    });
    group.bench_function("Response<Sent>", |b| {
        b.iter(|| serde_json::from_str::<Response<Sent>>(black_box(ERROR_BODY)).unwrap())
    });
    group.bench_function("Response<Sent> into_result", |b| {
        b.iter(|| {
            serde_json::from_str::<Response<Sent>>(black_box(ERROR_BODY))
                .unwrap()
                .into_result::<QingtuiError>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("parse-success-response");
    group.bench_function("plain struct", |b| {
        b.iter(|| serde_json::from_str::<PlainSent>(black_box(SUCCESS_BODY)).unwrap())
    });
    group.bench_function("Response<Sent>", |b| {
        b.iter(|| serde_json::from_str::<Response<Sent>>(black_box(SUCCESS_BODY)).unwrap())
    });
    // The code after the API's fields: those are kept raw until the code is read.
    group.bench_function("Response<Sent>, code last", |b| {
        b.iter(|| {
            serde_json::from_str::<Response<Sent>>(black_box(SUCCESS_BODY_CODE_LAST)).unwrap()
        })
    });
    group.finish();
}

/// The same success with the code after the API's field.
const SUCCESS_BODY_CODE_LAST: &str = r#"{"msgid":1001,"errcode":0,"errmsg":"ok"}"#;

criterion_group!(benches, umbrella, by_message, parsing);
criterion_main!(benches);
