// errors: 2
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(45009)]
    #[message("api freq out of limit")]
    #[advice(backoff)]
    Limited,
    // The start of an advice's name: said which.
    #[code(40001)]
    #[message("invalid token")]
    #[advice(refresh)]
    InvalidToken,
}

fn main() {}
