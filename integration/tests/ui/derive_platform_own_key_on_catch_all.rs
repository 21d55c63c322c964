// errors: 1
// An attribute of its own written inside `#[platform(...)]` on the catch-all: one error, at
// it, that says how to write it (not a second that it does not apply there).
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown, code)]
    Other { code: i64, message: String },
}

fn main() {}
