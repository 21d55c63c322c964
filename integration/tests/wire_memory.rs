//! The parser's memory is bounded by what it keeps: a huge `errmsg` costs about its own
//! size, and a huge field it ignores costs almost nothing. Measured as the growth of the
//! process's peak resident set (Linux), in a test binary of its own so that no other test
//! runs beside it.

use platform_errors::qingtui::QingtuiError;
use platform_errors::{ApiError, Response};

const MIB: usize = 1024 * 1024;

fn status(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field}"));
    let kib: usize = line
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .expect("a number of kB");
    kib * 1024
}

/// The peak resident growth while `f` runs.
fn peak_growth<T>(f: impl FnOnce() -> T) -> (T, usize) {
    // Writing 5 to clear_refs resets the peak (VmHWM) to the current resident size.
    std::fs::write("/proc/self/clear_refs", "5").expect("reset the peak resident size");
    let before = status("VmHWM:");
    let value = f();
    let after = status("VmHWM:");
    (value, after.saturating_sub(before))
}

#[test]
#[cfg(target_os = "linux")]
fn memory_is_bounded_by_what_is_kept() {
    let size = 32 * MIB;

    // A huge message: kept, so it costs about its size (plus the parser's growth of it).
    let body = format!(r#"{{"errcode": 40100, "errmsg": "{}"}}"#, "x".repeat(size));
    let (err, growth) = peak_growth(|| serde_json::from_str::<ApiError<QingtuiError>>(&body));
    let err = err.expect("parses");
    assert_eq!(err.message().len(), size);
    eprintln!("32 MiB errmsg: peak grew {} MiB", growth / MIB);
    assert!(
        growth < 3 * size,
        "grew {growth} bytes for a {size}-byte message"
    );
    drop(err);
    drop(body);

    // A huge field the envelope ignores: skipped, not buffered.
    let body = format!(
        r#"{{"errcode": 45009, "errmsg": "接口调用超过限制", "junk": ["{}"]}}"#,
        "y".repeat(size)
    );
    let (err, growth) = peak_growth(|| serde_json::from_str::<ApiError<QingtuiError>>(&body));
    assert_eq!(err.expect("parses").code(), 45009);
    eprintln!("32 MiB ignored field: peak grew {} KiB", growth / 1024);
    assert!(
        growth < 4 * MIB,
        "grew {growth} bytes skipping a {size}-byte field"
    );

    // A huge field before the code, in a whole answer: kept until the code is read, as a
    // slice of the input, not a copy.
    #[derive(serde::Deserialize)]
    struct Sent {
        #[allow(dead_code)]
        msgid: u64,
    }
    let body = format!(
        r#"{{"junk": ["{}"], "errcode": 45009, "errmsg": "接口调用超过限制"}}"#,
        "z".repeat(size)
    );
    let (response, growth) = peak_growth(|| serde_json::from_str::<Response<Sent>>(&body));
    assert_eq!(response.expect("parses").code(), 45009);
    eprintln!(
        "32 MiB field before the code: peak grew {} KiB",
        growth / 1024
    );
    assert!(
        growth < 4 * MIB,
        "grew {growth} bytes keeping a {size}-byte field before the code"
    );
}
