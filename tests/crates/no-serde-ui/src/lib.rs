//! Holds only `tests/ui.rs`: `#[platform(serde)]` without the `serde` feature.
