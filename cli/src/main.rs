//! `platform-errors`: see the crate's library, [`platform_errors_cli`].

fn main() -> std::process::ExitCode {
    platform_errors_cli::main()
}
