// errors: 1
// A named argument given twice: one error at the second, with its name as written.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("{x}", x = .0, x = .0)]
    A(u8),
}

fn main() {}
