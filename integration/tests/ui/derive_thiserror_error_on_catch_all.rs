// errors: 2
// thiserror's `#[error]` kept on the catch-all when migrating: one error, which says the
// catch-all needs nothing (not "write `#[message]`", then "remove `#[message]`").
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum SdkError {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
    #[platform(unknown)]
    #[error("api error {code}: {message}")]
    Api { code: i64, message: String },
}

// Written before `#[platform(unknown)]`: the same one error, which names both places.
#[derive(Debug, PlatformError)]
pub enum Before {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
    #[error("api error {code}: {message}")]
    #[platform(unknown)]
    Api { code: i64, message: String },
}

fn main() {}
