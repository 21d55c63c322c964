// errors: 3
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
}

fn main() {}
