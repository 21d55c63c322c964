// errors: 2
// A catch-all's fields of types that cannot hold what was received: a borrowed code in a
// type of string codes, an optional message. One error at each field's type.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum BorrowedCode {
    #[code("PARAM_ERROR")]
    #[message("bad parameter")]
    Param,
    #[platform(unknown)]
    Other { code: &'static str, message: String },
}

#[derive(Debug, PlatformError)]
pub enum OptionalMessage {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { code: i64, message: Option<String> },
}

fn main() {}
