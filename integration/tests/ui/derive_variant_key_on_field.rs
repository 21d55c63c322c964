// errors: 3
//! A variant's key written on its field is one error, at the key: the variant (or the
//! struct) is not reported again for lacking it.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum SdkError {
    Token(#[platform(transparent)] platform_errors::qingtui::TokenError),
    #[code(2)]
    #[message("b")]
    B,
}

#[derive(Debug, PlatformError)]
pub struct Marked<T> {
    #[code(1)]
    #[message("x")]
    marker: core::marker::PhantomData<T>,
}

fn main() {}
