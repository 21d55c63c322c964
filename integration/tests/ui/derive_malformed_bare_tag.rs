// errors: 2
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(1)]
    #[message("a", zh- = "x")]
    A,
    #[code(2)]
    #[message("b", 419 = "y")]
    B,
}

fn main() {}
