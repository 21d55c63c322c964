//! `check::matched_as`, which decides at compile time that two messages of a shared code are
//! the same to lookup, against the runtime's matcher itself (core's `matcher.rs`, included
//! as it is): two messages it calls the same match every received message equally
//! strongly, and two it calls different can each be found by a message of its own.

#[allow(dead_code, clippy::all)]
#[path = "../../../core/src/matcher.rs"]
mod runtime;

use crate::check::matched_as;

/// Declared messages: case, periods, whitespace of every kind and place, Chinese text, and
/// messages that extend or nearly repeat others.
const DECLARED: &[&str] = &[
    "invalid token",
    "Invalid Token.",
    " invalid token 。",
    "INVALID TOKEN",
    "invalid  token",
    "invalid\ttoken",
    "invalid\t token",
    "invalid \ttoken",
    "invalid\u{a0}token",
    "invalidtoken",
    "invalid tokens",
    "invalid token.",
    "invalid token..",
    "invalid token: expired",
    "invalid",
    "a",
    "A",
    "a.",
    "a 。",
    "a。.",
    "。",
    ".",
    " . ",
    "ab",
    "ab.",
    "ab..",
    "系统繁忙",
    "系统繁忙。",
    "系统繁忙.",
    "\u{3000}系统繁忙\u{3000}",
    "系统\u{3000}繁忙",
    "系统 繁忙",
    "系统繁忙请稍后",
    "é",
    "É",
    "café",
    "Ǆ",
    "ǆ",
    "page_size is required",
    "Page_size is required.",
    "page_size  is required",
    "a b c",
    "a  b c",
    "A B C.",
    "a\nb\rc",
];

/// The received messages tried: every declared one, and each with more after it, in other
/// case, trimmed and as `matched_as` writes it.
fn received() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for declared in DECLARED {
        for received in [
            (*declared).to_owned(),
            format!("{declared} (trace 7f)"),
            format!("{declared}x"),
            format!("{declared}  "),
            declared.to_uppercase(),
            declared.to_ascii_lowercase(),
            declared.trim().to_owned(),
            matched_as(declared),
            matched_as(declared).replace(' ', "  "),
        ] {
            if !out.contains(&received) {
                out.push(received);
            }
        }
    }
    out
}

fn strength(declared: &str, received: &str) -> usize {
    runtime::match_strength(declared, received).unwrap_or(0)
}

#[test]
fn messages_said_the_same_match_alike_and_others_each_win_somewhere() {
    let received = received();
    let mut same = 0;
    for a in DECLARED {
        for b in DECLARED {
            let (key_a, key_b) = (matched_as(a), matched_as(b));
            if key_a == key_b {
                same += 1;
                for r in &received {
                    assert_eq!(
                        strength(a, r),
                        strength(b, r),
                        "{a:?} and {b:?} are said the same, but {r:?} tells them apart"
                    );
                }
            } else if !key_a.is_empty() && !key_b.is_empty() {
                // Declared first, `a` wins ties: `b` is reachable only where it matches
                // more strongly.
                assert!(
                    received.iter().any(|r| strength(b, r) > strength(a, r)),
                    "{b:?} is said to differ from {a:?}, but no message finds it after {a:?}"
                );
            }
        }
    }
    assert!(same > DECLARED.len() + 20, "{same}");
}

#[test]
fn examples() {
    for (a, b) in [
        ("a", "A."),
        ("invalid token", " Invalid Token。 "),
        ("a b", "A\tB."),
        ("系统繁忙", "\u{3000}系统繁忙。"),
        (".", " . "),
    ] {
        assert_eq!(matched_as(a), matched_as(b), "{a:?} {b:?}");
    }
    for (a, b) in [
        ("a b", "a  b"),
        ("ab", "ab.."),
        ("é", "É"),
        ("系统 繁忙", "系统\u{3000}繁忙"),
        ("a", "a!"),
    ] {
        assert_ne!(matched_as(a), matched_as(b), "{a:?} {b:?}");
    }
}
