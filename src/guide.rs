//! The guide: one chapter a topic, for what the crate's front page leaves out.
//!
//! Start with the [front page](crate); then, as the need comes:
//!
//! - [`derive`](mod@derive): an SDK's error type, codes and placeholders, lookup, coming from thiserror;
//! - [`catalogue`]: `define_codes!`, categories and umbrellas, large catalogues;
//! - [`string_codes`]: codes that are strings (WeChat Pay, DingTalk's newer API), aliases;
//! - [`wire`]: responses, every platform's envelope, HTTP answers;
//! - [`retry`]: what each advice means, and the retry policy that follows it;
//! - [`locales`]: translations, and which language tag finds which;
//! - [`drift`]: a test that fails when the platform's page and the catalogue disagree;
//! - [`platforms`]: the catalogues this crate ships, their data and their tests;
//! - [`performance`]: run time, compile time and what each feature costs, as measured.
//!
//! The tools (`explain`, `catalogue`, `check`) have their chapter in the repository:
//! [`docs/tools.md`](https://example.invalid/platform-errors/blob/main/docs/tools.md).
//!
//! Each chapter is a Markdown file of the repository's `docs/` directory, shown here as it is.
//! Its examples run as the doctests of the workspace's `integration` crate, as the front
//! page's do: they need `serde_json`, `serde` (with its `derive` feature, for the payloads
//! the wire chapter reads) and `thiserror`, which this crate does not depend on, and the
//! `serde`, `wecom` and `wechat-pay` features.

// `cfg_attr(not(doctest))`: rendered here, tested in `integration/src/lib.rs`.
#[cfg_attr(not(doctest), doc = include_str!("../docs/derive.md"))]
pub mod derive {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/catalogue.md"))]
pub mod catalogue {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/string_codes.md"))]
pub mod string_codes {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/wire.md"))]
pub mod wire {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/retry.md"))]
pub mod retry {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/locales.md"))]
pub mod locales {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/drift.md"))]
pub mod drift {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/platforms.md"))]
pub mod platforms {}

#[cfg_attr(not(doctest), doc = include_str!("../docs/performance.md"))]
pub mod performance {}
