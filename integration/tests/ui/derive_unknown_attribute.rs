use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40402)]
    #[error("invalid token")]
    InvalidToken,
}

fn main() {}
