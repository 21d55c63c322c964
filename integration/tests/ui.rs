//! Every misuse of the macros is a compile error that says what is wrong and how to fix it,
//! pointing at the token at fault. Each case's `.stderr` is the exact expected output.

use std::path::Path;

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

/// Each case declares, on its first line, how many errors it gives (`// errors: 2`): one
/// per mistake it makes. Its `.stderr` has exactly that many, so that an error that only
/// repeats another (a cascade) fails here even when the `.stderr` was blessed.
#[test]
fn each_case_gives_the_errors_it_declares() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let mut cases = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/ui")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    entries.sort();
    for case in entries {
        let source = std::fs::read_to_string(&case).expect("the case");
        let declared: usize = source
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("// errors: "))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| {
                panic!(
                    "{}: the first line must declare its errors, as `// errors: 1`",
                    case.display()
                )
            });
        let stderr = std::fs::read_to_string(case.with_extension("stderr"))
            .unwrap_or_else(|_| panic!("{}: no .stderr", case.display()));
        let given = stderr
            .lines()
            .filter(|line| line.starts_with("error:") || line.starts_with("error["))
            .count();
        assert_eq!(
            given,
            declared,
            "{}: declares {declared} errors, its .stderr has {given}",
            case.display()
        );
        cases += 1;
    }
    assert!(cases >= 40, "{cases} cases");
}
