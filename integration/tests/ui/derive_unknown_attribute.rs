// errors: 2
// thiserror's `#[error]`: one error each, that says what to write here, and what it meant
// still counts (no "has no message", no "cannot find attribute `error`").
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40402)]
    #[error("invalid token")]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
enum Wrapper {
    #[error(transparent)]
    Inner(Error),
}

fn main() {}
