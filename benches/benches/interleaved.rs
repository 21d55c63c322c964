//! Run-time cost of generated code against hand-written code, interleaved:
//! `cargo bench -p platform-errors-bench --bench interleaved [-- FILTER] [--rounds N]`.
//!
//! Criterion measures one function after another, so a change in the machine's state (clock,
//! caches, another process) between two functions shows up as a difference between them.
//! Here every round times each way once, in an order that rotates from round to round, and
//! the ratio to the hand-written code is taken within each round. The table gives, per way,
//! the median time per item over the rounds, and the median of the per-round ratios with the
//! spread of those ratios (25th to 75th percentile); where num_enum is a way, also the ratio to
//! the faster of the hand-written code and num_enum in each round, the goal's measure. The
//! last `from_code` way is the other one issue 27 proposed: the codes as the discriminants,
//! found by the same perfect hash (`benches/build.rs`). Cases: `from_code` over the benchmark's
//! probes (every declared code and as many undeclared ones, in a fixed-seed random order or
//! in declaration order) and `Display` of every variant into a reused `String`.
//!
//! A FILTER keeps the cases whose name contains it, such as `from_code/5000/random`.

use std::fmt::{Display, Write as _};
use std::hint::black_box;
use std::time::{Duration, Instant};

use platform_errors::Catalogue;
use platform_errors_bench::*;

/// One way of doing a case: a pass over all of the case's items, returning a checksum.
struct Way<'a> {
    name: &'static str,
    pass: Box<dyn FnMut() -> usize + 'a>,
}

/// A case: its name, its number of items per pass, and its ways, hand-written first.
struct Case<'a> {
    name: String,
    items: usize,
    ways: Vec<Way<'a>>,
}

fn lookup_way<'a>(name: &'static str, probes: &'a [i64], found: fn(i64) -> bool) -> Way<'a> {
    Way {
        name,
        pass: Box::new(move || {
            let mut count = 0;
            for &code in probes {
                count += usize::from(found(black_box(code)));
            }
            count
        }),
    }
}

fn display_way<'a, T: Display + 'a>(name: &'static str, values: Vec<T>) -> Way<'a> {
    let mut buffer = String::with_capacity(128);
    Way {
        name,
        pass: Box::new(move || {
            let mut total = 0;
            for value in &values {
                buffer.clear();
                write!(buffer, "{}", black_box(value)).expect("a String takes any text");
                total += buffer.len();
            }
            total
        }),
    }
}

macro_rules! cases {
    ($cases:ident, $n:literal, $dsl:ident, $derive:ident, $hand:ident, $num:ident, $disc:ident) => {{
        let codes: Vec<i64> = $dsl::ALL.iter().map(|v| v.as_i64()).collect();
        let mut shuffled = codes.clone();
        shuffle(&mut shuffled, SEED);
        for (order, probes) in [
            ("random", random_probes(&codes, SEED)),
            ("ordered", ordered_probes(&codes)),
        ] {
            let probes: &'static [i64] = Box::leak(probes.into_boxed_slice());
            $cases.push(Case {
                name: format!("from_code/{}/{order}", $n),
                items: probes.len(),
                ways: vec![
                    lookup_way("hand-written", probes, |c| $hand::from_code(c).is_some()),
                    lookup_way("dsl", probes, |c| {
                        <$dsl as Catalogue>::from_code(c).is_some()
                    }),
                    lookup_way("derive", probes, |c| {
                        <$derive as Catalogue>::from_code(c).is_some()
                    }),
                    lookup_way("num_enum", probes, |c| $num::try_from(c).is_ok()),
                    lookup_way("codes as discriminants, hashed", probes, |c| {
                        $disc::from_code(c).is_some()
                    }),
                ],
            });
        }
        for (order, codes) in [("random", &shuffled), ("ordered", &codes)] {
            $cases.push(Case {
                name: format!("display/{}/{order}", $n),
                items: codes.len(),
                ways: vec![
                    display_way(
                        "hand-written",
                        codes
                            .iter()
                            .map(|&c| $hand::from_code(c).unwrap())
                            .collect(),
                    ),
                    display_way(
                        "dsl",
                        codes.iter().map(|&c| $dsl::from_code(c).unwrap()).collect(),
                    ),
                    display_way(
                        "derive",
                        codes
                            .iter()
                            .map(|&c| $derive::from_code(c).unwrap())
                            .collect(),
                    ),
                ],
            });
        }
    }};
}

/// Passes per sample so that one sample of the slowest way takes about `target`.
fn calibrate(case: &mut Case<'_>, target: Duration) -> u32 {
    let mut slowest = Duration::ZERO;
    for way in &mut case.ways {
        // Warm up, then time a few passes.
        for _ in 0..3 {
            black_box((way.pass)());
        }
        let start = Instant::now();
        for _ in 0..5 {
            black_box((way.pass)());
        }
        slowest = slowest.max(start.elapsed() / 5);
    }
    let passes = target.as_nanos() / slowest.as_nanos().max(1);
    u32::try_from(passes.clamp(1, 1_000_000)).unwrap_or(1)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = p * (sorted.len() - 1) as f64;
    let (low, high) = (at.floor() as usize, at.ceil() as usize);
    sorted[low] + (sorted[high] - sorted[low]) * (at - low as f64)
}

fn format_time(ns: f64) -> String {
    if ns >= 1_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{ns:.2} ns")
    }
}

fn run(case: &mut Case<'_>, rounds: usize) {
    let passes = calibrate(case, Duration::from_millis(4));
    let ways = case.ways.len();
    // samples[way][round]: nanoseconds per pass.
    let mut samples = vec![Vec::with_capacity(rounds); ways];
    for round in 0..rounds {
        for step in 0..ways {
            let index = (round + step) % ways;
            let way = &mut case.ways[index];
            let start = Instant::now();
            for _ in 0..passes {
                black_box((way.pass)());
            }
            let per_pass = start.elapsed().as_nanos() as f64 / f64::from(passes);
            samples[index].push(per_pass);
        }
    }
    let checks: Vec<usize> = case.ways.iter_mut().map(|w| (w.pass)()).collect();
    let agree = checks.windows(2).all(|w| w[0] == w[1]);
    println!(
        "\n{} ({} items a pass, {passes} passes a sample, {rounds} rounds{})",
        case.name,
        case.items,
        if agree { "" } else { ", WAYS DISAGREE" }
    );
    // The faster of hand-written and num_enum in each round, where num_enum is a way.
    let num_enum = case.ways.iter().position(|way| way.name == "num_enum");
    let fastest: Option<Vec<f64>> = num_enum.map(|num| {
        samples[0]
            .iter()
            .zip(&samples[num])
            .map(|(h, n)| h.min(*n))
            .collect()
    });
    let spread = |against: &[f64], of: &[f64]| {
        let mut ratios: Vec<f64> = of.iter().zip(against).map(|(t, h)| t / h).collect();
        ratios.sort_by(f64::total_cmp);
        format!(
            "{:.3}× ({:.3}–{:.3})",
            percentile(&ratios, 0.5),
            percentile(&ratios, 0.25),
            percentile(&ratios, 0.75),
        )
    };
    if fastest.is_some() {
        println!("| way | per pass (median) | ratio to hand-written (median, p25–p75) | ratio to the faster of hand-written and num_enum |");
        println!("|---|---:|---:|---:|");
    } else {
        println!("| way | per pass (median) | ratio to hand-written (median, p25–p75) |");
        println!("|---|---:|---:|");
    }
    for (index, way) in case.ways.iter().enumerate() {
        let mut times = samples[index].clone();
        times.sort_by(f64::total_cmp);
        let against_fastest = fastest
            .as_deref()
            .map(|fastest| format!(" {} |", spread(fastest, &samples[index])))
            .unwrap_or_default();
        println!(
            "| {} | {} | {} |{against_fastest}",
            way.name,
            format_time(percentile(&times, 0.5)),
            spread(&samples[0], &samples[index]),
        );
    }
}

fn main() {
    let mut filter = None;
    let mut rounds = 41;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => {
                rounds = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--rounds takes a number");
            }
            // What cargo bench passes to every bench target.
            "--bench" => {}
            other if other.starts_with('-') => {}
            other => filter = Some(other.to_owned()),
        }
    }
    let mut cases = Vec::new();
    cases!(cases, 150, Dsl150, Derive150, Hand150, Num150, Disc150);
    cases!(cases, 1000, Dsl1000, Derive1000, Hand1000, Num1000, Disc1000);
    cases!(cases, 5000, Dsl5000, Derive5000, Hand5000, Num5000, Disc5000);
    for case in &mut cases {
        if filter.as_deref().is_none_or(|f| case.name.contains(f)) {
            run(case, rounds);
        }
    }
}
