//! Asking for serde impls without the `serde` feature is a compile error that says how to
//! turn it on.

#[test]
fn serde_without_the_feature() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
