//! Explains an error code: every entry of the catalogue with that code or, given the message
//! the platform sent, the entries it matches, with category, variant, messages and advice.
//!
//! ```text
//! cargo run --example explain -- 40100 "page_size is required"
//! cargo run --example explain -- 46100
//! cargo run --example explain -- '{"errcode": 40100, "errmsg": "Page_size  is required."}'
//! cargo run --example explain -- --lang en 42001
//! cargo run --example explain -- --help
//! ```
//!
//! Messages match as the platform sends them: case, whitespace around the message and extra
//! whitespace inside it, a trailing period and text appended after it do not matter. Exits
//! with status 1 for a code the catalogue does not know or a message no entry with the code
//! has, and 2 for bad arguments. The logic is in `tools/explain.rs`, shared with `catalogue`
//! and tested in `tests/tools.rs`.

#[path = "tools/mod.rs"]
mod tools;

/// What `explain` prints for `args`, and its exit status (standard error's text for 2).
pub fn explain_args(args: &[String]) -> (u8, String) {
    let outcome = tools::run("explain", args);
    (outcome.status, outcome.stdout + &outcome.stderr)
}

fn main() -> std::process::ExitCode {
    tools::main(Some("explain"))
}
