//! The Qingtui (轻推) open platform's catalogue of error codes: every entry of the
//! platform's global error page, in seven categories, plus the codes its official SDK knows
//! beyond the page, each with its message in Chinese and English and what a client should do.
//!
//! Light apps and subscription accounts get `{"errcode": 40001, "errmsg": "..."}` back from
//! every call. [`QingtuiError`] turns any such pair into a typed value:
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::qingtui::{Category, ParamError, QingtuiError};
//!
//! let err = QingtuiError::from_received(40100, "page_size is required");
//! assert_eq!(err, QingtuiError::Param(ParamError::PageSizeRequired));
//! assert_eq!(err.category(), Some("param"));
//! assert_eq!(err.message_in("zh"), Some("缺少 page_size"));
//! assert_eq!(err.advice(), Advice::FixRequest);
//!
//! // 46100 is "data not exist" (system) and "domain is not exists" (domain).
//! let err = QingtuiError::resolve_in(Category::Domain, 46100, "");
//! assert_eq!(err.category(), Some("domain"));
//! ```
//!
//! One code can mean different things in different categories: -1, 0, 40009, 45001, 45002,
//! 45003, 46001, 46100 and 50210 appear in more than one. Within a category, 40100 has 23
//! messages and 0 two.
//!
//! The page's text is each entry's default message, exactly as the page writes it (trailing
//! periods included); the translations were written for this crate. The catalogue is
//! tested against a copy of the page, entry for entry, both ways.

mod category;
mod codes;

pub use category::{Category, ParseCategoryError};
#[cfg(feature = "alloc")]
pub use codes::QingtuiError;
pub use codes::{
    DomainError, GeneralError, OrgError, ParamError, SystemError, TokenError, UserError,
};

// Core's catalogues serialize under core's own `serde` feature (types declared elsewhere ask
// with `#[platform(serde)]`).
#[cfg(feature = "serde")]
mod serde_impls {
    use super::codes::{
        DomainError, GeneralError, OrgError, ParamError, QingtuiError, SystemError, TokenError,
        UserError,
    };

    crate::__impl_serde!(GeneralError, lookup);
    crate::__impl_serde!(SystemError, lookup);
    crate::__impl_serde!(ParamError, lookup);
    crate::__impl_serde!(TokenError, lookup);
    crate::__impl_serde!(OrgError, lookup);
    crate::__impl_serde!(DomainError, lookup);
    crate::__impl_serde!(UserError, lookup);
    crate::__impl_serde!(QingtuiError, response);
}
