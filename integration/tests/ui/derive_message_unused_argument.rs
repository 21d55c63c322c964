// errors: 2
// Extra arguments no placeholder shows: reported at the argument, not by the compiler at the
// derive.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(1)]
    #[message("{name} is taken", extra = .name.len())]
    Taken { name: String },
    #[code(2)]
    #[message("{} items", .items.len(), .limit)]
    TooMany { items: Vec<u8>, limit: usize },
}

fn main() {}
