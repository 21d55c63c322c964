// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum NumberMessage {
    #[platform(unknown)]
    Other(i64, u32),
}

fn main() {}
