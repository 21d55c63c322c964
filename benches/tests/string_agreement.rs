//! The string-code ways of the `string_codes` bench agree on every probe: the same variant
//! (by name) for each declared code, nothing for each undeclared one.

use platform_errors::{Catalogue, PlatformError};
use platform_errors_bench::strings::*;
use platform_errors_bench::{string_probes, SEED};

macro_rules! agree {
    ($codes:ident, $dsl:ident, $derive:ident, $hand:ident, $phf:ident) => {{
        let probes = string_probes($codes, SEED);
        assert_eq!(probes.len(), 2 * $codes.len());
        let mut found = 0;
        for code in probes {
            let hand = $hand::from_code(code).map(|v| format!("{v:?}"));
            let dsl = <$dsl as Catalogue>::from_code(code).map(|v| format!("{v:?}"));
            let derive = <$derive as Catalogue>::from_code(code).map(|v| format!("{v:?}"));
            let phf = $phf.get(code).map(|v| format!("{v:?}"));
            assert_eq!(dsl, hand, "{code}");
            assert_eq!(derive, hand, "{code}");
            assert_eq!(phf, hand, "{code}");
            if let Some(value) = <$dsl as Catalogue>::from_code(code) {
                assert_eq!(value.as_str(), code);
                assert_eq!(value.code(), Some(code.into()));
                found += 1;
            }
        }
        assert_eq!(found, $codes.len());
    }};
}

#[test]
fn every_way_finds_the_same_variant_for_every_probe() {
    agree!(
        STR_CODES_150,
        StrDsl150,
        StrDerive150,
        StrHand150,
        STR_PHF_150
    );
    agree!(
        STR_CODES_1000,
        StrDsl1000,
        StrDerive1000,
        StrHand1000,
        STR_PHF_1000
    );
    agree!(
        STR_CODES_5000,
        StrDsl5000,
        StrDerive5000,
        StrHand5000,
        STR_PHF_5000
    );
}
