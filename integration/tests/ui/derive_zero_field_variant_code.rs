// errors: 1
use platform_errors::PlatformError;
use platform_errors::envelope::CodeMsg;

#[derive(Debug, PlatformError)]
#[platform(envelope = CodeMsg)]
pub enum Braced {
    #[code(1)]
    #[message("a")]
    A {},
    #[code(2)]
    #[message("b")]
    B,
}

fn main() {}
