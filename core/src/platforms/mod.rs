//! The catalogues: each platform's codes, declared with `define_codes!`, one module a
//! platform. Re-exported at the crate's root (`platform_errors::qingtui`, ...), so that the
//! runtime's modules and the platforms' data are told apart in the source, not in the API.

#[cfg(feature = "dingtalk")]
pub mod dingtalk;
#[cfg(feature = "feishu")]
pub mod feishu;
pub mod qingtui;
#[cfg(feature = "wechat-miniapp")]
pub mod wechat_miniapp;
#[cfg(feature = "wechat-mp")]
pub mod wechat_mp;
#[cfg(feature = "wechat-open")]
pub mod wechat_open;
#[cfg(feature = "wechat-pay")]
pub mod wechat_pay;
#[cfg(feature = "wecom")]
pub mod wecom;
