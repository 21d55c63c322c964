// errors: 3
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(i64::MAX)]
    #[message("a")]
    A,
    #[code((-1))]
    #[message("b")]
    B,
    #[code(-i64::MAX)]
    #[message("c")]
    C,
}

fn main() {}
