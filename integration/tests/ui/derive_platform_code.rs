// errors: 1
// The code is an attribute of its own: one error that says how to write it, and the
// variant is not reported again as having no code.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[platform(code = 40001)]
    #[message("invalid token")]
    InvalidToken,
}

fn main() {}
