//! The platform's JSON: responses into typed results, errors into `{"errcode", "errmsg"}`
//! or the names of another [envelope](crate::envelope).
//!
//! [`Response`] reads whole answers; [`from_http`] reads HTTP answers, bodies that are not
//! the platform's included; [`ApiError`](crate::ApiError) reads and writes the error shape on its own,
//! keeping what was received:
//!
//! ```
//! use platform_errors_core::{Advice, ApiError, PlatformError};
//! use platform_errors_core::qingtui::{QingtuiError, UserError};
//!
//! let body = r#"{"errcode": "43010", "errmsg": "mobile is already existed", "trace": "x"}"#;
//! let err: ApiError<QingtuiError> = serde_json::from_str(body)?;
//! assert_eq!(err.kind(), Some(&QingtuiError::User(UserError::MobileTaken)));
//! assert_eq!(err.advice(), Advice::FixRequest);
//! assert_eq!(
//!     serde_json::to_string(&err)?,
//!     r#"{"errcode":43010,"errmsg":"mobile is already existed"}"#,
//! );
//!
//! // Catalogue types use the same shape.
//! let user: UserError = serde_json::from_str(r#"{"errcode": 43011, "errmsg": "mail is already existed"}"#)?;
//! assert_eq!(user, UserError::MailTaken);
//! # Ok::<(), serde_json::Error>(())
//! ```

mod bytes;
mod error_serde;
mod http;
mod raw;
mod read;
mod response;

pub use bytes::{from_slice, Answer};
pub(crate) use error_serde::{deserialize_lookup, deserialize_response, serialize_catalogue};
pub use error_serde::{serialize_error, serialize_error_in};
pub use http::{from_http, Headers, HttpError, UnexpectedBody};
pub use response::{Response, Success};
