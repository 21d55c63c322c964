// errors: 6
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
    #[platform(unknown)]
    Other { code: i64, message: String },
    #[platform(unknown)]
    Another(i64, String),
}

#[derive(Debug, PlatformError)]
enum WrongFields {
    #[platform(unknown)]
    Other { code: u32, message: String },
}

#[derive(Debug, PlatformError)]
enum NoCode {
    #[platform(unknown)]
    Other(bool, String),
}

#[derive(Debug, PlatformError)]
enum NoFields {
    #[platform(unknown)]
    Other,
}

#[derive(Debug, PlatformError)]
enum ThreeFields {
    #[platform(unknown)]
    Other { code: i64, message: String, body: Vec<u8> },
}

#[derive(Debug, PlatformError)]
enum ThreeTupleFields {
    #[platform(unknown)]
    Other(i64, String, Vec<u8>),
}

fn main() {}
