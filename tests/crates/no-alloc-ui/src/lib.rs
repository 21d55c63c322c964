//! Holds only `tests/ui.rs`: a catch-all variant without the `alloc` feature.
#![no_std]
