// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(45009)]
    #[message("api freq out of limit")]
    #[advice(backoff)]
    Limited,
}

fn main() {}
