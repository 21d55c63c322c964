// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40100)]
    #[message("invalid number in {field}")]
    BadNumber {
        field: &'static str,
        #[from]
        cause: std::num::ParseIntError,
    },
}

fn main() {}
