// errors: 2
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40100)]
    #[message("invalid param")]
    InvalidParam,
    #[code(40100)]
    #[message("app_id is required")]
    AppIdRequired,
    #[code(40100)]
    #[message("secret is required")]
    SecretRequired,
}

fn main() {}
