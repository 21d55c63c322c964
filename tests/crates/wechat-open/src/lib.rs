//! The 1830 `WeChat` Open Platform codes, declared with `define_codes!`: the DSL at real scale.
#![deny(warnings, clippy::pedantic)]

pub mod generate;

mod codes;
pub use codes::WechatOpenError;
