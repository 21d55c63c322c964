//! Explains an error code: every entry of the catalogue with that code or, given the message
//! the platform sent, the one the library reads the answer as, with category, variant,
//! messages and advice.
//!
//! ```text
//! cargo run --example explain -- 40100 "page_size is required"
//! cargo run --example explain -- 46100
//! cargo run --example explain -- '{"errcode": 40100, "errmsg": "Page_size  is required."}'
//! cargo run --example explain -- --lang en 42001
//! cargo run --features wecom --example explain -- --platform wecom 45009
//! cargo run --example explain -- --help
//! ```
//!
//! Messages match as the platform sends them: case, whitespace around the message and extra
//! whitespace inside it, a trailing period and text appended after it do not matter. Exits
//! with status 0 for a code the catalogue knows (with a message no entry has, it lists the
//! entries with the code), 1 for a code it does not know, and 2 for bad input.
//!
//! The same as `platform-errors explain` (the crate `platform-errors-cli`, which has every
//! catalogue built in): what it says is `cli/src/tools/`, included here; the front-end,
//! without dependencies, is `examples/tools/`. Tested in `tests/tools.rs`.

#[path = "../cli/src/tools/mod.rs"]
mod tools;

#[path = "tools/mod.rs"]
mod plain;

fn main() -> std::process::ExitCode {
    plain::main("explain")
}
