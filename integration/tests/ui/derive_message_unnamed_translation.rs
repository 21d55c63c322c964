// errors: 1
// A translation without its language would be an extra format argument, never shown.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40001)]
    #[message("invalid token", "无效的 token")]
    InvalidToken,
}

fn main() {}
