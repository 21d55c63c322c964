//! The four declarations the benchmarks compare answer alike, and the probes are what the
//! benchmarks say they are: a fixed-seed random order, half of them unknown codes.

use std::collections::HashSet;

use platform_errors::Catalogue;
use platform_errors_bench::*;

macro_rules! agree {
    ($n:literal, $dsl:ident, $derive:ident, $hand:ident, $num:ident, $disc:ident) => {{
        let codes: Vec<i64> = $dsl::ALL.iter().map(|v| v.as_i64()).collect();
        assert_eq!(codes.len(), $n);
        let hand_codes: Vec<i64> = $hand::ALL.iter().map(|v| v.code()).collect();
        assert_eq!(codes, hand_codes, "{}: ALL and code", $n);

        let probes = random_probes(&codes, SEED);
        assert_ne!(probes, ordered_probes(&codes), "{}: not shuffled", $n);
        assert_eq!(probes.len(), 2 * $n);
        let known: HashSet<i64> = codes.iter().copied().collect();
        let found = probes.iter().filter(|c| known.contains(c)).count();
        assert_eq!(found, $n, "{}: half of the probes are declared codes", $n);
        // Random order: no long run of probes in ascending order.
        let ascending = probes.windows(2).filter(|w| w[0] < w[1]).count();
        assert!(
            ascending < probes.len() * 6 / 10,
            "{}: {ascending} ascending steps",
            $n
        );

        for &code in &probes {
            let dsl = <$dsl as Catalogue>::from_code(code);
            let derive = <$derive as Catalogue>::from_code(code);
            let hand = $hand::from_code(code);
            let num = $num::try_from(code).ok();
            let disc = $disc::from_code(code);
            assert_eq!(disc.map(|d| d as i64), num.map(|n| n as i64), "{code}");
            assert_eq!(dsl.is_some(), known.contains(&code), "{code}");
            assert_eq!(derive.is_some(), dsl.is_some(), "{code}");
            assert_eq!(hand.is_some(), dsl.is_some(), "{code}");
            assert_eq!(num.is_some(), dsl.is_some(), "{code}");
            if let (Some(dsl), Some(derive), Some(hand)) = (dsl, derive, hand) {
                // The variant found, not only that one was: its code is the probe's.
                assert_eq!(dsl.as_i64(), code);
                assert_eq!(derive.as_i64(), code);
                assert_eq!(hand.code(), code);
                assert_eq!(dsl.to_string(), hand.to_string(), "{code}");
                assert_eq!(derive.to_string(), hand.to_string(), "{code}");
                assert_eq!(hand.to_string(), hand.message());
                let _: &dyn std::error::Error = &hand;
            }
        }
    }};
}

#[test]
fn the_four_ways_agree_on_every_probe() {
    agree!(150, Dsl150, Derive150, Hand150, Num150, Disc150);
    agree!(1000, Dsl1000, Derive1000, Hand1000, Num1000, Disc1000);
    agree!(5000, Dsl5000, Derive5000, Hand5000, Num5000, Disc5000);
}

#[test]
fn the_seed_fixes_the_order() {
    let codes: Vec<i64> = Dsl1000::ALL.iter().map(|v| v.as_i64()).collect();
    assert_eq!(random_probes(&codes, SEED), random_probes(&codes, SEED));
    assert_ne!(random_probes(&codes, SEED), random_probes(&codes, SEED + 1));
}
