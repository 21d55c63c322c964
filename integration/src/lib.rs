//! The workspace's heavy integration tests live in `tests/`: compile-fail cases with their
//! expected errors (`tests/ui/`), the async client over real HTTP against an in-process
//! mock of the platform (`examples/client.rs`, asserted in `tests/client_conversation.rs`),
//! property tests of the wire, and the SDK error type. They need dev-dependencies (trybuild,
//! proptest, reqwest, tokio, axum, serde_json) that the root package leaves out, so that `cargo run --example explain`
//! builds only the library.
//!
//! The README's examples run as this crate's doctests (the facade shows the README as its
//! documentation, without running it: its examples need serde_json).
#![cfg_attr(doctest, doc = include_str!("../../README.md"))]
