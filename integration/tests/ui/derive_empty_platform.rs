// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40001)]
    #[message("invalid token")]
    #[platform()]
    InvalidToken,
}

fn main() {}
