#![doc = include_str!("../README.md")]
#![no_std]
#![warn(missing_docs)]

pub use platform_errors_core::*;
pub use platform_errors_macros::{define_codes, PlatformError};
