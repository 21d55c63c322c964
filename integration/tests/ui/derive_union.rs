// errors: 1
use platform_errors::PlatformError;

#[derive(PlatformError)]
union Error {
    code: i64,
    other: u32,
}

fn main() {}
