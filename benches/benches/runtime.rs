//! Run-time cost of generated code against hand-written code, side by side in one run:
//! `cargo bench -p platform-errors-bench`. Benchmark ids: `from_code/<N>/<order>/<way>` and
//! `display/<N>/<order>/<way>`, with order `random` (fixed seed, half the probes unknown) or
//! `ordered` (declaration order), so `-- from_code/5000/random` runs one order of one size.

use std::fmt::{Display, Write as _};
use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, Throughput,
};
use platform_errors::qingtui::{ParamError, QingtuiError};
use platform_errors::{ApiError, FromCode, Response};
use platform_errors_bench::*;

/// One `from_code` benchmark: looks every probe up, counting the codes found.
fn lookup(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    probes: &[i64],
    found: impl Fn(i64) -> bool,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            let mut count = 0u32;
            for &code in probes {
                count += u32::from(found(black_box(code)));
            }
            count
        })
    });
}

/// One `Display` benchmark: writes every value into a reused `String`.
fn display<T: Display>(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, values: &[T]) {
    let mut buffer = String::with_capacity(128);
    group.bench_function(id, |b| {
        b.iter(|| {
            let mut total = 0;
            for v in values {
                buffer.clear();
                write!(buffer, "{}", black_box(v)).unwrap();
                total += buffer.len();
            }
            total
        })
    });
}

/// `from_code` and `Display` of one catalogue declared four ways. Probes and values come in
/// a fixed-seed random order (`random/...`, half of the probes unknown codes) and in
/// declaration order (`ordered/...`, each known code followed by an unknown one).
macro_rules! catalogue_groups {
    ($c:expr, $n:literal, $dsl:ident, $derive:ident, $hand:ident, $num:ident) => {{
        let codes: Vec<i64> = $dsl::ALL.iter().map(|v| v.code()).collect();
        let orders = [
            ("random", random_probes(&codes, SEED)),
            ("ordered", ordered_probes(&codes)),
        ];
        let mut group = $c.benchmark_group(concat!("from_code/", $n));
        group.throughput(Throughput::Elements(orders[0].1.len() as u64));
        for (order, probes) in &orders {
            lookup(&mut group, &format!("{order}/dsl"), probes, |code| {
                <$dsl as FromCode>::from_code(code).is_some()
            });
            lookup(&mut group, &format!("{order}/derive"), probes, |code| {
                <$derive as FromCode>::from_code(code).is_some()
            });
            lookup(
                &mut group,
                &format!("{order}/hand-written"),
                probes,
                |code| $hand::from_code(code).is_some(),
            );
            lookup(&mut group, &format!("{order}/num_enum"), probes, |code| {
                $num::try_from(code).is_ok()
            });
        }
        group.finish();

        let mut shuffled = codes.clone();
        shuffle(&mut shuffled, SEED);
        let mut group = $c.benchmark_group(concat!("display/", $n));
        group.throughput(Throughput::Elements(codes.len() as u64));
        for (order, codes) in [("random", &shuffled), ("ordered", &codes)] {
            let dsl: Vec<$dsl> = codes.iter().map(|&c| $dsl::from_code(c).unwrap()).collect();
            let derive: Vec<$derive> = codes
                .iter()
                .map(|&c| $derive::from_code(c).unwrap())
                .collect();
            let hand: Vec<$hand> = codes
                .iter()
                .map(|&c| $hand::from_code(c).unwrap())
                .collect();
            display(&mut group, &format!("{order}/dsl"), &dsl);
            display(&mut group, &format!("{order}/derive"), &derive);
            display(&mut group, &format!("{order}/hand-written"), &hand);
        }
        group.finish();
    }};
}

fn catalogues(c: &mut Criterion) {
    catalogue_groups!(c, "150", Dsl150, Derive150, Hand150, Num150);
    catalogue_groups!(c, "1000", Dsl1000, Derive1000, Hand1000, Num1000);
    catalogue_groups!(c, "5000", Dsl5000, Derive5000, Hand5000, Num5000);
}

fn umbrella(c: &mut Criterion) {
    let mut known: Vec<i64> = QingtuiError::ENTRIES.iter().map(|e| e.code()).collect();
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

criterion_group!(benches, catalogues, umbrella, by_message, parsing);
criterion_main!(benches);
