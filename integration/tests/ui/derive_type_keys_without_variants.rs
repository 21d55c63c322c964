// errors: 4
// The type's advice, language, docs and HTTP status are the defaults of its variants with a
// code (advice and language: or local); an umbrella of members has none.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Inner {
    #[code(40001)]
    #[message("invalid token")]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
#[advice(retry)]
#[platform(lang = "en", docs = "https://example.com/{code}", http_status = 500)]
enum Umbrella {
    #[platform(transparent)]
    Inner(Inner),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

fn main() {}
