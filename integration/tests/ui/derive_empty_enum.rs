// errors: 1
use platform_errors::PlatformError;

/// An enum without variants has no error to be: one error, at its name.
#[derive(Debug, PlatformError)]
pub enum Nothing {}

fn main() {}
