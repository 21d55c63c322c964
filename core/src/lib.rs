//! Runtime of [platform-errors](https://docs.rs/platform-errors): the traits and types that
//! `#[derive(PlatformError)]` and `define_codes!` implement, the Qingtui open platform's
//! declared catalogue in [`qingtui`], and, behind features, the `WeChat` Official Accounts,
//! `WeCom`, `WeChat` Open Platform, `WeChat` Mini Program, `DingTalk` (both APIs), Feishu and
//! `WeChat` Pay v3 catalogues (`wechat_mp`, `wecom`, `wechat_open`, `wechat_miniapp`,
//! `dingtalk`, `feishu`, `wechat_pay`).
//!
//! Most users depend on the facade crate `platform-errors`, which re-exports all of this with
//! the macros.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, FromReceived, PlatformError};
//! use platform_errors::qingtui::QingtuiError;
//!
//! let err = QingtuiError::from_received(42001, "access_token expired");
//! assert_eq!(err.advice(), Advice::RefreshToken);
//! assert_eq!(err.category(), Some("general"));
//! ```
//!
//! # Features
//!
//! Described once, in this crate's `Cargo.toml`; the facade's features are these, of the same
//! names.
//!
#![cfg_attr(feature = "document-features", doc = document_features::document_features!())]
#![cfg_attr(
    not(feature = "document-features"),
    doc = "(Built without the `document-features` dependency, which lists them here: see the \
           README, or `Cargo.toml`.)"
)]
#![no_std]
#![warn(missing_docs)]
// On docs.rs (nightly, `--cfg docsrs`), each item says which feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod advice;
#[cfg(feature = "alloc")]
mod api_error;
mod catalogue;
mod chain;
mod code;
#[cfg(feature = "alloc")]
pub mod drift;
pub(crate) mod entry;
pub mod envelope;
pub mod lang;
mod matcher;
mod platform_error;
mod platforms;
pub mod prelude;
pub mod retry;
#[cfg(feature = "serde")]
pub mod wire;

// Integrations with other crates, one feature each. `::miette`, `::http` and `::axum_core`
// name the crates inside them.
#[cfg(feature = "axum")]
#[path = "integrations/axum.rs"]
pub mod axum;
#[cfg(feature = "http")]
#[path = "integrations/http.rs"]
pub mod http;
#[cfg(feature = "miette")]
#[path = "integrations/miette.rs"]
pub mod miette;

// The catalogues live in `platforms/`, apart from the runtime; their public paths are the
// crate's root: `platform_errors::qingtui`, `platform_errors::wecom`, ...
#[cfg(feature = "dingtalk")]
pub use platforms::dingtalk;
#[cfg(feature = "feishu")]
pub use platforms::feishu;
pub use platforms::qingtui;
#[cfg(feature = "wechat-miniapp")]
pub use platforms::wechat_miniapp;
#[cfg(feature = "wechat-mp")]
pub use platforms::wechat_mp;
#[cfg(feature = "wechat-open")]
pub use platforms::wechat_open;
#[cfg(feature = "wechat-pay")]
pub use platforms::wechat_pay;
#[cfg(feature = "wecom")]
pub use platforms::wecom;

#[doc(hidden)]
pub mod __private;

pub use advice::{Advice, ParseAdviceError};
#[cfg(feature = "alloc")]
pub use api_error::ApiError;
pub use catalogue::{
    Catalogue, FromReceived, MessageMatch, Uncatalogued, UnknownCode, UnknownVariant,
};
pub use chain::find_in_chain;
#[cfg(feature = "alloc")]
pub use code::OwnedCode;
pub use code::{exact_integer, Code, CodeKind, NotAnInteger};
pub use entry::{DocsUrl, Entry, Reason};
pub use envelope::{Envelope, HasEnvelope};
pub use matcher::message_matches;
pub use platform_error::{DisplayIn, PlatformError};
pub use platform_errors_macros::{define_codes, PlatformError};
#[cfg(feature = "serde")]
pub use wire::{HttpError, Response, Success, UnexpectedBody};
