//! `from_code` on string codes, and `FromStr` by variant name, interleaved:
//! `cargo bench -p platform-errors-bench --bench string_codes [-- --rounds N]`.
//!
//! At 150, 1,000 and 5,000 codes spelled as WeChat Pay spells them, four ways look up the
//! same probes (every declared code and as many undeclared ones of the same length and
//! prefix, in a fixed-seed random order): a hand-written `match` on `&str`, this project's
//! DSL and derive, and a `phf` map built at compile time. Then, at the same sizes, the
//! integer catalogues' names (`E40001`, and as many unknown ones, `E40501`): `FromStr` of a
//! DSL catalogue against the two ways strum's `EnumString` finds a name, a `match` on `&str`
//! and (with its `use_phf`) a `phf` map. Every round times each way once,
//! in an order that rotates from round to round; the ratios to the hand-written `match` and
//! to the faster of the two peers (hand-written and `phf`) are taken within each round. The
//! table gives each way's median nanoseconds per lookup and the median of its per-round
//! ratios, with their 25th to 75th percentiles.

use std::hint::black_box;
use std::time::Instant;

use platform_errors::Catalogue;
use platform_errors_bench::strings::*;
use platform_errors_bench::{name_probes, string_probes, Dsl1000, Dsl150, Dsl5000};
use platform_errors_bench::{Hand1000, Hand150, Hand5000, SEED};
use platform_errors_bench::{NAME_PHF_1000, NAME_PHF_150, NAME_PHF_5000};

type Lookup = fn(&str) -> bool;

fn pass(probes: &[&str], found: Lookup) -> (f64, usize) {
    let start = Instant::now();
    let mut count = 0;
    for &code in probes {
        count += usize::from(found(black_box(code)));
    }
    (start.elapsed().as_secs_f64() * 1e9, count)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[at]
}

/// Times `ways` over `probes`, of which `known` are found, the hand-written way first and
/// `phf` last.
fn run(n: usize, probes: &[&str], known: usize, ways: &[(&str, Lookup)], rounds: usize) {
    // Passes per sample: about 200,000 lookups, so that a sample is a millisecond or more.
    let repeat = (200_000 / probes.len()).max(1);
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); ways.len()];
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); ways.len()];
    let mut to_fastest: Vec<Vec<f64>> = vec![Vec::new(); ways.len()];
    for round in 0..rounds {
        let mut this_round = vec![0.0; ways.len()];
        for k in 0..ways.len() {
            let index = (k + round) % ways.len();
            let mut total = 0.0;
            let mut found = 0;
            for _ in 0..repeat {
                let (ns, count) = pass(probes, ways[index].1);
                total += ns;
                found = count;
            }
            assert_eq!(found, known, "{} finds every declared one", ways[index].0);
            this_round[index] = total / (repeat * probes.len()) as f64;
        }
        // The peers are the first way (hand-written) and the last (phf).
        let fastest = this_round[0].min(this_round[ways.len() - 1]);
        for (index, ns) in this_round.iter().enumerate() {
            times[index].push(*ns);
            ratios[index].push(ns / this_round[0]);
            to_fastest[index].push(ns / fastest);
        }
    }
    for (index, (name, _)) in ways.iter().enumerate() {
        times[index].sort_by(f64::total_cmp);
        ratios[index].sort_by(f64::total_cmp);
        to_fastest[index].sort_by(f64::total_cmp);
        println!(
            "| {n} | {name} | {:.2} | {:.3}× ({:.3}–{:.3}) | {:.3}× ({:.3}–{:.3}) |",
            percentile(&times[index], 0.5),
            percentile(&ratios[index], 0.5),
            percentile(&ratios[index], 0.25),
            percentile(&ratios[index], 0.75),
            percentile(&to_fastest[index], 0.5),
            percentile(&to_fastest[index], 0.25),
            percentile(&to_fastest[index], 0.75),
        );
    }
}

/// `FromStr` of the `n`-code DSL catalogue against strum's two ways, over its names.
macro_rules! names {
    ($rounds:expr, $n:expr, $dsl:ident, $hand:ident, $phf:ident) => {{
        let codes: Vec<i64> = $dsl::ALL.iter().map(|v| v.as_i64()).collect();
        run(
            $n,
            &name_probes(&codes, SEED),
            codes.len(),
            &[
                ("match (strum's EnumString)", |c| {
                    $hand::from_name(c).is_some()
                }),
                ("dsl FromStr", |c| c.parse::<$dsl>().is_ok()),
                ("phf (strum's use_phf)", |c| $phf.get(c).is_some()),
            ],
            $rounds,
        );
    }};
}

fn main() {
    let mut rounds = 21;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rounds" {
            rounds = args.next().and_then(|r| r.parse().ok()).unwrap_or(rounds);
        }
    }
    // `cargo test --benches` runs this with `--bench`: one quick round checks it works.
    if std::env::args().any(|a| a == "--test") {
        rounds = 1;
    }
    println!(
        "| codes | way | ns per lookup (median) | ratio to hand-written (p25–p75) | ratio to the faster peer (p25–p75) |"
    );
    println!("|---:|---|---:|---|---|");
    run(
        150,
        &string_probes(STR_CODES_150, SEED),
        STR_CODES_150.len(),
        &[
            ("hand-written match", |c| StrHand150::from_code(c).is_some()),
            ("dsl", |c| <StrDsl150 as Catalogue>::from_code(c).is_some()),
            ("derive", |c| {
                <StrDerive150 as Catalogue>::from_code(c).is_some()
            }),
            ("phf", |c| STR_PHF_150.get(c).is_some()),
        ],
        rounds,
    );
    run(
        1_000,
        &string_probes(STR_CODES_1000, SEED),
        STR_CODES_1000.len(),
        &[
            ("hand-written match", |c| {
                StrHand1000::from_code(c).is_some()
            }),
            ("dsl", |c| <StrDsl1000 as Catalogue>::from_code(c).is_some()),
            ("derive", |c| {
                <StrDerive1000 as Catalogue>::from_code(c).is_some()
            }),
            ("phf", |c| STR_PHF_1000.get(c).is_some()),
        ],
        rounds,
    );
    run(
        5_000,
        &string_probes(STR_CODES_5000, SEED),
        STR_CODES_5000.len(),
        &[
            ("hand-written match", |c| {
                StrHand5000::from_code(c).is_some()
            }),
            ("dsl", |c| <StrDsl5000 as Catalogue>::from_code(c).is_some()),
            ("derive", |c| {
                <StrDerive5000 as Catalogue>::from_code(c).is_some()
            }),
            ("phf", |c| STR_PHF_5000.get(c).is_some()),
        ],
        rounds,
    );
    println!();
    println!(
        "| names | way | ns per lookup (median) | ratio to the `match` (p25–p75) | ratio to the faster peer (p25–p75) |"
    );
    println!("|---:|---|---:|---|---|");
    names!(rounds, 150, Dsl150, Hand150, NAME_PHF_150);
    names!(rounds, 1_000, Dsl1000, Hand1000, NAME_PHF_1000);
    names!(rounds, 5_000, Dsl5000, Hand5000, NAME_PHF_5000);
}
