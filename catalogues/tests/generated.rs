//! The checked-in generated files are what the generator makes of the checked-in data.

use platform_errors_catalogues::{load, outputs, untranslated, workspace_root, PLATFORMS};

#[test]
fn generated_files_are_up_to_date() {
    let root = workspace_root();
    for (path, expected) in outputs(&root).unwrap() {
        let actual = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        assert!(
            actual == expected,
            "{} is stale: run `cargo run -p platform-errors-catalogues`",
            path.display()
        );
    }
}

#[test]
fn the_two_smaller_lists_are_named_and_translated_by_hand() {
    let root = workspace_root();
    for platform in &PLATFORMS[..2] {
        let declared = load(&root, platform).unwrap();
        assert_eq!(declared.len(), platform.rows);
        assert!(declared.iter().all(|d| !d.derived_name), "{}", platform.id);
        assert_eq!(untranslated(&declared), 0, "{}", platform.id);
        // No name is a number: they are read from the meaning.
        assert!(declared.iter().all(|d| !d.name.starts_with("Code")));
    }
}

#[test]
fn the_token_busy_and_quota_codes_carry_their_advice() {
    let root = workspace_root();
    for platform in &PLATFORMS {
        let declared = load(&root, platform).unwrap();
        let advice = |code: i64| {
            declared
                .iter()
                .find(|d| d.code == code)
                .map(|d| d.advice.as_str())
        };
        assert_eq!(advice(-1), Some("retry"), "{}", platform.id);
        assert_eq!(advice(0), Some("none"), "{}", platform.id);
        for code in [40001, 40014, 42001] {
            assert_eq!(
                advice(code),
                Some("refresh_token"),
                "{} {code}",
                platform.id
            );
        }
        assert_eq!(advice(45009), Some("throttle"), "{}", platform.id);
    }
}
