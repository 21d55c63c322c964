//! Prints a platform's whole catalogue, one row per entry, with a header row, or checks it
//! against a table of the platform's codes.
//!
//! ```text
//! cargo run --example catalogue -- --format tsv
//! cargo run --example catalogue -- --format json
//! cargo run --example catalogue -- --format openapi
//! cargo run --example catalogue -- --format markdown > CATALOGUE.md
//! cargo run --example catalogue -- check --allow-extra core/tests/data/qingtui-global-error-codes.tsv
//! cargo run --example catalogue -- --help
//! ```
//!
//! `CATALOGUE.md` at the repository's root is the markdown output; a test fails when the
//! two disagree. The logic is in `tools/catalogue.rs`, tested in `tests/tools.rs`.

#[path = "tools/mod.rs"]
mod tools;

pub use tools::catalogue::{Format, COLUMN_NAMES as COLUMNS};

/// The default platform's catalogue in `format`.
pub fn render(format: Format) -> String {
    tools::catalogue::render(&tools::PLATFORMS[0], format)
}

fn main() -> std::process::ExitCode {
    tools::main(Some("catalogue"))
}
