// errors: 1
// A variant with neither a code nor a message: one error that asks for both.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    Timeout,
}

fn main() {}
