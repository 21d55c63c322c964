// errors: 6
// A misspelt key is rustc's error, with its suggestion; the macro's error that the key is
// missing names the misspelling too (another derive's attribute near a key, such as
// parity-scale-codec's `#[codec]`, is no error to rustc, so the macro does not stay silent).
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Misspelt {
    #[code(1)]
    #[mesage("a")]
    A,
    #[platfrom(local)]
    #[message("b")]
    B,
    // Three letters, one edit away.
    #[cod(3)]
    #[message("c")]
    C,
}

fn main() {}
