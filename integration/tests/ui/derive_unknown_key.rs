// errors: 3
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(categroy = "token")]
enum Error {
    #[code(40402)]
    #[message("invalid token")]
    #[platform(transparnt)]
    InvalidToken,
    #[code(40403)]
    #[message("expired token")]
    #[platform(category = "token")]
    Expired,
}

fn main() {}
