// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40402)]
    InvalidToken,
}

fn main() {}
