// errors: 4
use platform_errors::PlatformError;

// Four mistakes, four errors, and no cascade: `code()` and `to_string()` still resolve.
#[derive(Debug, PlatformError)]
enum Error {
    #[message("no code")]
    NoCode,
    #[code(1)]
    NoMessage,
    #[code(2)]
    #[message("{missing}")]
    BadPlaceholder,
    #[code(2)]
    #[message("duplicate")]
    Duplicate,
}

fn main() {
    let _ = platform_errors::PlatformError::code(&Error::NoCode);
    let _ = Error::NoCode.to_string();
}
