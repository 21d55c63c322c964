//! A received message is trimmed once per lookup, not once per candidate: a huge message of
//! blanks costs about one `trim`, however many messages the code has.

use std::time::{Duration, Instant};

use platform_errors_core::qingtui::ParamError;
use platform_errors_core::Catalogue;

fn fastest(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn a_huge_blank_message_is_trimmed_once() {
    // 40100 has 23 declared messages: trimming per candidate took 23 trims.
    let blanks = " ".repeat(20 << 20);
    let trim = fastest(5, || {
        std::hint::black_box(std::hint::black_box(&blanks).trim());
    });
    let lookup = fastest(5, || {
        std::hint::black_box(ParamError::from_code_and_message(40100, &blanks));
    });
    // One trim, plus the rest of the lookup; 23 trims would be 23 times `trim`.
    assert!(
        lookup < trim * 4 + Duration::from_millis(5),
        "lookup {lookup:?} against one trim {trim:?}"
    );
    assert_eq!(
        ParamError::from_code_and_message(40100, &blanks),
        Some(ParamError::InvalidParam)
    );
}
