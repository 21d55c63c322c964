// errors: 1
// `#[from]` on a catch-all's field: the catch-all keeps the code and message received, and
// is built from them, never from one field.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other {
        #[from]
        code: i64,
        message: String,
    },
}

fn main() {}
