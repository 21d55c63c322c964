// errors: 2
// A misspelt key inside `#[platform(...)]`: one error each, and no "has no code" after it.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(locl)]
    #[message("b")]
    B,
    #[platform(unknwon)]
    Other { code: i64, message: String },
}

fn main() {}
