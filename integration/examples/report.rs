//! Platform errors as miette reports: the code, the advice as help, the documentation link
//! and the causes.
//!
//! ```sh
//! cargo run -p platform-errors-integration --example report
//! ```
//!
//! An SDK's error type, whose `Api` variant holds what the platform answered and whose
//! `Http` variant holds an I/O error, is wrapped in `platform_errors::miette::Diagnosed`
//! (feature `miette`) and rendered by miette's graphical handler, without colours.
//! `tests/miette_report.rs` asserts the text, which the rustdoc of
//! `platform_errors::miette` shows.

use platform_errors::miette::Diagnosed;
use platform_errors::{ApiError, PlatformError};

platform_errors::define_codes! {
    /// Token errors, with a documentation page per code.
    #[platform(category = "token", docs = "https://example.com/errors/{code}")]
    pub enum TokenError {
        #[advice(refresh_token)]
        InvalidToken = 40402 => "invalid token",
    }
}

/// Everything a call of the SDK can fail with.
#[derive(Debug, PlatformError)]
pub enum SdkError {
    /// The platform answered with an error.
    #[platform(unknown)]
    Api(#[from] ApiError<TokenError>),
    /// The platform could not be reached.
    #[platform(local)]
    #[message("the platform could not be reached")]
    #[advice(retry)]
    Http(#[from] std::io::Error),
}

/// The errors the example shows: an answer read from the platform's JSON, with its request
/// id, and a connection refused.
pub fn errors() -> Vec<SdkError> {
    let body = r#"{"errcode": 40402, "errmsg": "invalid token", "request_id": "5f3a9c01"}"#;
    let answer: ApiError<TokenError> = serde_json::from_str(body).expect("the answer reads");
    let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
    vec![SdkError::Api(answer), SdkError::Http(refused)]
}

/// `error` as miette's graphical handler renders it, in Unicode without colours, 80 columns
/// wide.
pub fn render(error: SdkError) -> String {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_links(false)
            .with_width(80);
    let mut text = String::new();
    handler
        .render_report(&mut text, &Diagnosed(error))
        .expect("rendering into a String cannot fail");
    text
}

fn main() {
    for error in errors() {
        println!("{}", render(error));
    }
}
