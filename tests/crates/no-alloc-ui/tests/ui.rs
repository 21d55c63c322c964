//! A catch-all variant keeps the message received in a `String`: without the `alloc` feature
//! it is one compile error at `unknown` that says how to turn it on, in the derive and in
//! `define_codes!`; under a `#[cfg]` it is left to the compiler.

#[test]
fn catch_all_without_alloc() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
