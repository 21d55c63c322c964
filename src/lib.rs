// The README is the crate's documentation, and `guide` holds the chapters of `docs/`; their
// examples need serde_json, so they run as the doctests of the `integration` crate, not here.
#![cfg_attr(not(doctest), doc = include_str!("../README.md"))]
#![no_std]
#![warn(missing_docs)]
// On docs.rs (nightly, `--cfg docsrs`), each item says which feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod guide;

pub use platform_errors_core::*;
pub use platform_errors_macros::{define_codes, PlatformError};
