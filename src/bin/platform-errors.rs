//! `platform-errors`, the tools as one installed program:
//!
//! ```text
//! cargo install platform-errors
//! platform-errors explain 40100 "page_size is required"
//! platform-errors catalogue --format openapi
//! platform-errors check --allow-extra platform-page.tsv
//! ```
//!
//! The same code as the examples `explain` and `catalogue` (`examples/tools/`).

#[path = "../../examples/tools/mod.rs"]
mod tools;

fn main() -> std::process::ExitCode {
    tools::main(None)
}
