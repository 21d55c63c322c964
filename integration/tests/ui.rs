//! Every misuse of the macros is a compile error that says what is wrong and how to fix it,
//! pointing at the token at fault. Each case's `.stderr` is the exact expected output.

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
