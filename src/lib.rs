#![no_std]
pub use platform_errors_core::*;
