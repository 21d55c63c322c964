// errors: 3
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40001)]
    #[platform(message = "invalid token")]
    InvalidToken,
    #[code(45009)]
    #[message("api freq out of limit")]
    #[platform(advice = throttle)]
    Limited,
    #[platform(local)]
    #[message("read: {0}")]
    Read(#[platform(from)] std::io::Error),
}

fn main() {}
