// errors: 1
// `{}` in a translation: the extra arguments' order is the default message's, so a
// translation names what it shows.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(1)]
    #[message("{} items", .v.len(), zh = "{} 项")]
    A { v: Vec<u8> },
}

fn main() {}
