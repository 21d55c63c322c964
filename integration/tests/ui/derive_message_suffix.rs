// errors: 1
use platform_errors::PlatformError;

// A suffix on the message's literal would be dropped: one error.
#[derive(Debug, PlatformError)]
enum Suffixed {
    #[code(1)]
    #[message("one"suffix)]
    One,
}

fn main() {}
