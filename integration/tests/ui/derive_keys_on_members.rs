// errors: 6
// What a transparent variant or the catch-all cannot have: its field, or what was received,
// answers it.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Inner {
    #[code(40001)]
    #[message("invalid token")]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
enum Error {
    #[platform(transparent, lang = "en")]
    Inner(Inner),
    #[platform(transparent)]
    #[platform(reason = "WRAPPED")]
    Wrapped(#[source] Inner),
    #[platform(unknown)]
    #[advice(retry)]
    #[platform(http_status = 500)]
    Other { code: i64, message: String },
}

#[derive(Debug, PlatformError)]
enum Sources {
    #[platform(local)]
    #[message("io")]
    Io(#[from] #[source] std::io::Error),
}

fn main() {}
