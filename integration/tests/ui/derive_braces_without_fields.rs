// errors: 1
// A variant with a code written with empty braces leaves the type without lookup, which
// builds unit values; with a catch-all, which only lookup fills, that is one error at the
// variant, not a silent loss of `from_code`.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(1)]
    #[message("a")]
    A {},
    #[code(2)]
    #[message("b")]
    B(),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

fn main() {}
