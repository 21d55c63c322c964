//! The key table against the code: the docs made from it, and every key in every position
//! it is accepted in.

/// The `define_codes!` grammar in the rustdoc (`grammar.md`) is made from the key table:
/// regenerate it with
/// `PLATFORM_ERRORS_WRITE_DOCS=1 cargo test -p platform-errors-macros --lib grammar`.
#[test]
fn dsl_grammar_is_the_key_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/grammar.md");
    let grammar = crate::keys::dsl_grammar();
    if std::env::var_os("PLATFORM_ERRORS_WRITE_DOCS").is_some() {
        std::fs::write(path, &grammar).unwrap();
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == grammar,
        "src/grammar.md is not the key table's grammar; regenerate it with PLATFORM_ERRORS_WRITE_DOCS=1:\n{grammar}"
    );
}
