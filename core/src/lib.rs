//! Runtime of [platform-errors](https://docs.rs/platform-errors): the traits and types that
//! `#[derive(PlatformError)]` and `define_codes!` implement, the Qingtui open platform's
//! declared catalogue in [`qingtui`], and, behind features, the `WeChat` Official Accounts,
//! `WeCom`, `WeChat` Open Platform, `WeChat` Mini Program, `DingTalk` and Feishu catalogues
//! (`wechat_mp`, `wecom`, `wechat_open`, `wechat_miniapp`, `dingtalk`, `feishu`).
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
//! - `wechat-miniapp`, `dingtalk`, `feishu` (off by default): the `WeChat` Mini Program error
//!   codes (208, from `WxJava`'s list), the `DingTalk` older API's global return codes (274)
//!   and Feishu / Lark's generic server codes (21, with the `code`/`msg` envelope), each a
//!   `GlobalError` enum and an umbrella with a catch-all, as above.
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
