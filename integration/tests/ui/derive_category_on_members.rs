// errors: 2
// A type's category is its own variants': a transparent variant's (and a catch-all over
// `ApiError`'s) comes from its field.
use platform_errors::{ApiError, PlatformError};

#[derive(Debug, PlatformError)]
#[platform(category = "token")]
enum Inner {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
#[platform(category = "sdk")]
enum Transparent {
    #[platform(transparent)]
    Inner(Inner),
}

#[derive(Debug, PlatformError)]
#[platform(category = "sdk")]
enum OverApiError {
    #[platform(transparent)]
    Inner(Inner),
    #[platform(unknown)]
    Other(ApiError<Inner>),
}

// A catch-all with fields has the type's category: accepted.
#[derive(Debug, PlatformError)]
#[platform(category = "sdk")]
enum WithCatchAll {
    #[platform(transparent)]
    Inner(Inner),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

fn main() {}
