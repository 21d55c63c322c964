// errors: 4
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(4.5)]
    #[message("float")]
    Float,
    #[code(TOKEN)]
    #[message("a constant")]
    Named,
    #[code(1u8)]
    #[message("suffixed")]
    Suffixed,
    // Shown as written: `+1`.
    #[code(+1)]
    #[message("signed")]
    Plus,
}

fn main() {}
