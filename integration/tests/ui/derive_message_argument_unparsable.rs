// errors: 1
// An extra format argument that is no expression: rustc's error, inside the attribute.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("{}", 1 + )]
    A(u8),
}

fn main() {}
