// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[message("invalid token")]
    InvalidToken,
}

fn main() {}
