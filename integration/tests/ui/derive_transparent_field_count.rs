// errors: 4
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(category = "token")]
enum Inner {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
enum Error {
    #[platform(transparent)]
    Nothing,
    #[platform(transparent)]
    Two(Inner, Inner),
    #[platform(transparent)]
    #[code(1)]
    #[message("declared anyway")]
    Declared(Inner),
}

fn main() {}
