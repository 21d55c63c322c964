// errors: 2
// A local variant has no code, so no entry: a reason or HTTP status would describe nothing.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum ClientError {
    #[code(40001)]
    #[message("invalid token")]
    InvalidToken,
    #[platform(local)]
    #[message("timed out")]
    #[platform(reason = "TIMED_OUT", http_status = 504)]
    Timeout,
}

fn main() {}
