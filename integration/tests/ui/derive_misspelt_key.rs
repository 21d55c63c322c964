// errors: 2
// A misspelt key is rustc's error, with its suggestion; the variant's checks wait for it
// (no "has no message" or "has no code" beside it).
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Misspelt {
    #[code(1)]
    #[mesage("a")]
    A,
    #[platfrom(local)]
    #[message("b")]
    B,
}

fn main() {}
