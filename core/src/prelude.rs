//! The traits and types most code needs, for a glob import:
//! `use platform_errors::prelude::*;`.
//!
//! It holds the traits whose methods a caller uses ([`PlatformError`], which is also the
//! derive, [`Catalogue`], [`FromReceived`]), the [`define_codes!`] macro,
//! [`Advice`] and [`Code`], and, with their features, [`ApiError`] (`alloc`), [`Response`] and
//! [`HttpError`] (`serde`). It holds no module and no catalogue.
//!
//! One of its names is another crate's too: [`Response`], like `http::Response` and axum's
//! `Response`. An import by name (`use http::Response;`) wins over the glob, so a module that
//! uses theirs imports it by name, or writes `platform_errors::Response` for ours; only two
//! glob imports (`use http::*;` beside this one) leave `Response` ambiguous.
//!
//! Prefer it to a glob import of the crate's root: the root has modules named like the crates
//! they integrate with (`http`, `axum`, `miette`, behind the features of those names), and
//! `use platform_errors::*;` beside a dependency on one of those crates makes its name
//! ambiguous (E0659) in the importing module. [`HasEnvelope`](crate::HasEnvelope), which a
//! marker type of one's own implements, is not in it: every catalogue has it too, and with
//! both traits in scope `QingtuiError::ENVELOPE` is ambiguous (E0034).
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::prelude::*;
//! use platform_errors::qingtui::{GeneralError, QingtuiError};
//!
//! let err = QingtuiError::from_received(42001, "access_token expired");
//! assert_eq!(err, QingtuiError::General(GeneralError::AccessTokenExpired));
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.code(), Some(Code::from(42001)));
//! assert_eq!(QingtuiError::from_code(42001).map(|e| e.advice()), Some(Advice::RefreshToken));
//! assert_eq!(QingtuiError::ENVELOPE.code_field(), "errcode");
//! ```

#[cfg(feature = "alloc")]
pub use crate::ApiError;
pub use crate::{define_codes, Advice, Catalogue, Code, FromReceived, PlatformError};
#[cfg(feature = "serde")]
pub use crate::{HttpError, Response};
