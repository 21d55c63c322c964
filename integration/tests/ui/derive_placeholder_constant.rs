// errors: 2
// A placeholder that names a constant, which `format!` would capture from the scope, and a
// width that names nothing: each said as written, with how to show the value.
use platform_errors::PlatformError;

const MAX: u8 = 3;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(1)]
    #[message("at most {MAX} items")]
    TooMany,
    #[code(2)]
    #[message("page {0:>w$}")]
    Page(u32),
}

fn main() {
    let _ = MAX;
}
