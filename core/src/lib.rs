//! Runtime of [platform-errors](https://docs.rs/platform-errors): the traits and types that
//! `#[derive(PlatformError)]` and `define_codes!` implement, and the Qingtui open platform's
//! declared catalogue in [`qingtui`].
//!
//! Most users depend on the facade crate `platform-errors`, which re-exports all of this with
//! the macros.
//!
//! # Features
//! - `std` (default): implies `alloc`. `std::error::Error` is implemented for every type
//!   with or without it, since it is `core::error::Error`.
//! - `alloc`: the types that own received text: [`ApiError`], the catch-all variants.
//! - `serde`: errors serialize as the platform's `{"errcode": N, "errmsg": "..."}`, or
//!   under the names of their [`Envelope`], and deserialize from it; `Response` reads whole
//!   answers and [`wire::from_http`] HTTP answers. Implies `alloc`.
//!
//! The envelopes ([`envelope`]) and the retry policy ([`retry`]) need no feature.
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
pub(crate) mod entry;
pub mod envelope;
mod lookup;
mod platform_error;
pub mod qingtui;
pub mod retry;
#[cfg(feature = "serde")]
pub mod wire;

#[doc(hidden)]
pub mod __private;

pub use advice::{Advice, ParseAdviceError};
#[cfg(feature = "alloc")]
pub use api_error::ApiError;
pub use entry::Entry;
pub use envelope::Envelope;
pub use lookup::{
    message_matches, FromCode, FromResponse, MessageMatch, UnknownCode, UnknownVariant,
};
pub use platform_error::PlatformError;
pub use platform_errors_macros::{define_codes, PlatformError};
#[cfg(feature = "serde")]
pub use wire::{HttpError, Response, Success};
