//! Runtime of [platform-errors](https://docs.rs/platform-errors): the traits and types that
//! `#[derive(PlatformError)]` and `define_codes!` implement, the Qingtui open platform's
//! declared catalogue in [`qingtui`], and, behind features, the `WeChat` Official Accounts,
//! `WeCom` and `WeChat` Open Platform catalogues (`wechat_mp`, `wecom`, `wechat_open`).
//!
//! Most users depend on the facade crate `platform-errors`, which re-exports all of this with
//! the macros.
//!
//! # Features
//! - `std` (default): implies `alloc`. `std::error::Error` is implemented for every type
//!   with or without it, since it is `core::error::Error`.
//! - `alloc`: the types that own received text: [`ApiError`], the catch-all variants; and
//!   [`drift`], which compares a catalogue with the platform's list of codes in a test.
//! - `serde`: errors serialize as the platform's `{"errcode": N, "errmsg": "..."}`, or
//!   under the names of their [`Envelope`], and deserialize from it; `Response` reads whole
//!   answers and [`wire::from_http`] HTTP answers. Implies `alloc`. Types declared outside
//!   this crate ask for serde impls with `#[platform(serde)]`.
//! - `wechat-mp`, `wecom`, `wechat-open` (off by default): the catalogues of the `WeChat`
//!   Official Accounts (161 codes), `WeCom` (281) and the `WeChat` Open Platform (1,830)
//!   global code lists, each a `GlobalError` enum and an umbrella with a catch-all (which
//!   needs `alloc`). They add no dependency.
//! - `miette`: [`miette::Diagnosed`] shows any platform error as a `miette::Diagnostic`
//!   (code, advice as help, documentation link, causes). Implies `std`.
//! - `http`: `http::HeaderMap` is a [`wire::Headers`], [`http::answer`] makes an error an
//!   `http::Response` with its declared status, and [`http::read_response`] reads one.
//!   Implies `serde` and `std`.
//! - `axum`: [`axum::Answer`] makes an error an axum answer (`IntoResponse`, through
//!   `axum-core`). Implies `http`.
//!
//! Each of the last three adds only its own crate. The envelopes ([`envelope`]) and the
//! retry policy ([`retry`]) need no feature.
//!
//! Without default features the crate is `#![no_std]`.
#![no_std]
#![warn(missing_docs)]

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
pub use platforms::qingtui;
#[cfg(feature = "wechat-mp")]
pub use platforms::wechat_mp;
#[cfg(feature = "wechat-open")]
pub use platforms::wechat_open;
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
pub use code::{Code, CodeKind};
pub use entry::{DocsUrl, Entry, Reason};
pub use envelope::{Envelope, HasEnvelope};
pub use matcher::message_matches;
pub use platform_error::{DisplayIn, PlatformError};
pub use platform_errors_macros::{define_codes, PlatformError};
#[cfg(feature = "serde")]
pub use wire::{HttpError, Response, Success, UnexpectedBody};
