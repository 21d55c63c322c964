// errors: 1
use platform_errors::PlatformError;
use platform_errors::envelope::CodeMsg;

/// `envelope` needs lookup, which a generic type has not: the error names the reason, not
/// the shapes of variants (which are fine).
#[derive(Debug, PlatformError)]
#[platform(envelope = CodeMsg)]
pub enum Generic<T: std::fmt::Debug> {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(local)]
    #[message("{0:?}")]
    Local(T),
}

fn main() {}
