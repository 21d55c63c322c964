//! The workspace's heavy integration tests live in `tests/`: compile-fail cases with their
//! expected errors (`tests/ui/`), the async client over real HTTP against an in-process
//! mock of the platform (`examples/client.rs`, asserted in `tests/client_conversation.rs`),
//! property tests of the wire, and the SDK error type. They need dev-dependencies (trybuild,
//! proptest, reqwest, tokio, axum, serde_json) that the root package leaves out, so that `cargo run --example explain`
//! builds only the library.
//!
//! The README's examples and the guide's (`docs/*.md`) run as this crate's doctests: the
//! facade shows them as its documentation (the README at its root, the chapters as
//! `platform_errors::guide`) without running them, since they need serde_json and thiserror
//! (and the facade's `serde`, `wecom` and `wechat-pay` features, which this crate turns on).
//! `tests/docs.rs` checks that every chapter is in both places, and the links.
#![cfg_attr(doctest, doc = include_str!("../../README.md"))]

/// The chapters of the guide, one module each, as `platform_errors::guide` shows them.
#[cfg(doctest)]
pub mod guide {
    #[doc = include_str!("../../docs/derive.md")]
    pub mod derive {}

    #[doc = include_str!("../../docs/catalogue.md")]
    pub mod catalogue {}

    #[doc = include_str!("../../docs/string_codes.md")]
    pub mod string_codes {}

    #[doc = include_str!("../../docs/wire.md")]
    pub mod wire {}

    #[doc = include_str!("../../docs/retry.md")]
    pub mod retry {}

    #[doc = include_str!("../../docs/locales.md")]
    pub mod locales {}

    #[doc = include_str!("../../docs/drift.md")]
    pub mod drift {}

    #[doc = include_str!("../../docs/platforms.md")]
    pub mod platforms {}

    #[doc = include_str!("../../docs/performance.md")]
    pub mod performance {}
}
