// errors: 1
// A catch-all's message borrowed for `'static`: the message received is owned text.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { code: i64, message: &'static str },
}

fn main() {}
