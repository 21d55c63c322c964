// errors: 1
//! An unknown format trait in a message: one error, at the message.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(1)]
    #[message(
        "bad {x:q}"
    )]
    A { x: u8 },
}

fn main() {}
