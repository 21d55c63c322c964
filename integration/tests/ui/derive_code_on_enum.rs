// errors: 2
// `#[code]` and `#[message]` on the type: one error each, and the variants are not reported
// again for lacking them.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[code(40001)]
enum Coded {
    #[message("invalid token")]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
#[message("invalid token")]
enum Messaged {
    #[code(40001)]
    InvalidToken,
}

fn main() {}
