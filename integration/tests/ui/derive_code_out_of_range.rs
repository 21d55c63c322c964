// errors: 2
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(9223372036854775808)]
    #[message("one past i64::MAX")]
    TooLarge,
    #[code(-9223372036854775809)]
    #[message("one below i64::MIN")]
    TooSmall,
    #[code(-9223372036854775808)]
    #[message("i64::MIN itself is fine")]
    Min,
}

fn main() {}
