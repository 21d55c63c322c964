// errors: 2
use platform_errors::PlatformError;

/// Aliases are other spellings that lookup reads, and a variant with fields gives the type
/// no lookup: the error says which variant.
#[derive(Debug, PlatformError)]
pub enum WithFields {
    #[code("NO_AUTH")]
    #[platform(aliases("NOAUTH"))]
    #[message("no auth for {0}")]
    NoAuth(String),
}

/// A generic type has no lookup either: the error says so.
#[derive(Debug, PlatformError)]
pub enum Generic<T: std::fmt::Debug> {
    #[code("A")]
    #[platform(aliases("AA"))]
    #[message("a")]
    A,
    #[platform(local)]
    #[message("{0:?}")]
    Local(T),
}

fn main() {}
