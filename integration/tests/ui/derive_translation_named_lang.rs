// errors: 1
// `lang = "en"` among a message's translations: the type's `#[platform(lang = "en")]`
// mistaken for a translation into a language named `lang`.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40001)]
    #[message("invalid token", lang = "en")]
    InvalidToken,
}

fn main() {}
