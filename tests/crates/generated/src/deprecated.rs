//! Deprecated types and variants, with serde.
//!
//! The impls the macros generate name them, and must not warn under the crate's
//! `#![deny(warnings, clippy::pedantic, clippy::nursery)]`: the crate compiling is the test
//! (`tests/deprecated.rs` uses them).

::platform_errors::define_codes! {
    /// A deprecated catalogue.
    #[deprecated = "use `Current`"]
    #[platform(serde)]
    pub enum Retired {
        A = 1 => "a",
        B = 2 => "b",
    }

    /// A catalogue with a deprecated variant, of a shared code.
    #[platform(serde, shared(3))]
    pub enum Current {
        /// No longer sent.
        #[deprecated]
        Old = 3 => "old",
        New = 3 => "new",
        Other = 4 => "other",
    }

    /// A deprecated catalogue of string codes.
    #[deprecated]
    #[platform(serde)]
    pub enum RetiredStrings {
        #[platform(aliases("NOAUTH"))]
        NoAuth = "NO_AUTH" => "no auth",
        #[deprecated]
        Old = "OLD" => "old",
    }
}

/// A deprecated derived catalogue.
#[deprecated]
#[derive(Debug, ::platform_errors::PlatformError)]
#[platform(serde, category = "retired")]
pub enum RetiredDerived {
    /// Deprecated too.
    #[deprecated]
    #[code(10)]
    #[message("ten")]
    Ten,
    #[code(11)]
    #[message("eleven")]
    Eleven,
}

/// A derived type with a deprecated variant and a catch-all.
#[derive(Debug, ::platform_errors::PlatformError)]
#[platform(serde)]
pub enum WithRetiredVariant {
    /// No longer sent.
    #[deprecated]
    #[code(20)]
    #[message("twenty")]
    Old,
    #[platform(unknown)]
    Other {
        code: ::core::primitive::i64,
        message: ::std::string::String,
    },
}

/// A deprecated struct.
#[deprecated]
#[derive(Debug, ::platform_errors::PlatformError)]
#[platform(serde)]
#[code(30)]
#[message("thirty")]
pub struct RetiredStruct;
