//! Error types of every shape the macros generate code for, documented as a user's crate
//! would be. `integration/tests/rendered_docs.rs` renders this crate's rustdoc and looks
//! for the runtime's internal names in it.

use platform_errors::qingtui::{QingtuiError, TokenError};
use platform_errors::{ApiError, PlatformError};

/// A derived catalogue: unit variants with codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PlatformError)]
#[platform(category = "bot", serde, docs = "https://example.com/errors/{code}")]
pub enum BotError {
    /// The bot is not found.
    #[code(60001)]
    #[message("bot not found", zh = "机器人不存在")]
    #[platform(reason = "BOT_NOT_FOUND", http_status = 404)]
    NotFound,
    /// The bot is disabled.
    #[code(60002)]
    #[message("bot disabled")]
    #[advice(check_config)]
    Disabled,
}

/// A derived enum with fields, local variants, a member and the platform's answer.
#[derive(Debug, PlatformError)]
pub enum SdkError {
    /// What the platform answered.
    #[platform(unknown)]
    Api(#[from] ApiError<QingtuiError>),
    /// A bot error.
    #[platform(transparent)]
    Bot(#[from] BotError),
    /// A code with a field.
    #[code(60003)]
    #[message("bot {0} is busy")]
    #[advice(retry)]
    Busy(u32),
    /// The transport failed.
    #[platform(local)]
    #[message("http: {0}")]
    #[advice(retry)]
    Http(#[from] std::io::Error),
}

/// A struct.
#[derive(Debug, PlatformError)]
#[code(60004)]
#[message("quota of {limit} exceeded")]
#[advice(throttle)]
pub struct QuotaExceeded {
    /// The quota.
    pub limit: u32,
}

/// A generic error.
#[derive(Debug, PlatformError)]
pub enum Wrapped<E: PlatformError + 'static> {
    /// The inner error.
    #[platform(transparent)]
    Inner(E),
    /// The caller's own failure.
    #[platform(local)]
    #[message("closed")]
    Closed,
}

platform_errors::define_codes! {
    /// A catalogue.
    #[platform(category = "team", serde)]
    pub enum TeamError {
        /// The team is full.
        #[advice(fix_request)]
        Full = 61001 => ("team is full", zh = "团队已满"),
        /// The team is gone.
        Gone = 61002 => "team is gone",
    }

    /// An umbrella.
    pub enum AnyError {
        /// A team error.
        Team(TeamError),
        /// A token error.
        Token(TokenError),
        /// Anything else.
        #[platform(unknown)]
        Other,
    }
}
