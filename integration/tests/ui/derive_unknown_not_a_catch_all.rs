// errors: 1
use platform_errors::qingtui::QingtuiError;
use platform_errors::{HttpError, PlatformError};

/// `#[platform(unknown)]` over a type that does not take every code (an `HttpError` is a
/// member: `#[platform(transparent)]`): one error, at the member's type.
#[derive(Debug, PlatformError)]
pub enum SdkError {
    #[platform(local)]
    #[message("closed")]
    Closed,
    #[platform(unknown)]
    Http(#[from] HttpError<QingtuiError>),
}

fn main() {}
