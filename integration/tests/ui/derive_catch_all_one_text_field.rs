// errors: 2
// A catch-all of one field that holds a code or text, not a type that takes any code
// (`ApiError<C>`): the two-field form with a field missing, one error each.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum MessageOnly {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other(String),
}

#[derive(Debug, PlatformError)]
pub enum CodeOnly {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { code: i64 },
}

fn main() {}
