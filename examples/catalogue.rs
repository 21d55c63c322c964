//! Prints a platform's whole catalogue, one row per entry, with a header row, or checks it
//! against a table of the platform's codes.
//!
//! ```text
//! cargo run --example catalogue -- --format tsv
//! cargo run --example catalogue -- --format json
//! cargo run --example catalogue -- --format openapi
//! cargo run --example catalogue -- --format json-schema
//! cargo run --example catalogue -- --format markdown > CATALOGUE.md
//! cargo run --example catalogue -- check --allow-extra core/tests/data/qingtui-global-error-codes.tsv
//! cargo run --example catalogue -- --help
//! ```
//!
//! `CATALOGUE.md` at the repository's root is the markdown output; a test fails when the
//! two disagree. The same as `platform-errors catalogue` (crate `platform-errors-cli`): what
//! it says is `cli/src/tools/`, the front-end `examples/tools/`. Tested in `tests/tools.rs`.

#[path = "../cli/src/tools/mod.rs"]
mod tools;

#[path = "tools/mod.rs"]
mod plain;

fn main() -> std::process::ExitCode {
    plain::main("catalogue")
}
