//! `docs/tools.md` tells the truth: every `$ platform-errors ...` line of its `console`
//! blocks is run from the repository's root, and what it prints is the text under it (its
//! first lines, where the text ends with `...`).

use std::process::Command;

const PROGRAM: &str = env!("CARGO_BIN_EXE_platform-errors");
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// A command line split as a POSIX shell splits words: blanks between words; `'...'` and
/// `"..."` quote (no escapes inside, which the guide does not use).
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, ' ') => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    assert!(quote.is_none(), "unbalanced quotes in {line}");
    words.extend(word);
    words
}

/// The commands of the guide's `console` blocks, each with the text under it.
fn examples(guide: &str) -> Vec<(String, String)> {
    let mut examples: Vec<(String, String)> = Vec::new();
    let mut in_console = false;
    for line in guide.lines() {
        match line {
            "```console" => in_console = true,
            "```" if in_console => in_console = false,
            _ if in_console => match line.strip_prefix("$ ") {
                Some(command) => examples.push((command.to_owned(), String::new())),
                None => {
                    let (_, output) = examples.last_mut().expect("a command first");
                    output.push_str(line);
                    output.push('\n');
                }
            },
            _ => {}
        }
    }
    examples
}

#[test]
fn the_guide_shows_what_the_program_prints() {
    let guide = std::fs::read_to_string(format!("{ROOT}/docs/tools.md")).unwrap();
    let examples = examples(&guide);
    assert!(examples.len() >= 10, "{}", examples.len());
    for (command, expected) in examples {
        let words = words(&command);
        assert_eq!(words[0], "platform-errors", "{command}");
        let output = Command::new(PROGRAM)
            .args(&words[1..])
            .current_dir(ROOT)
            .output()
            .unwrap();
        let printed =
            String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap();
        match expected.strip_suffix("...\n") {
            Some(start) => assert!(
                printed.starts_with(start),
                "{command}\n--- the guide:\n{start}--- printed:\n{printed}"
            ),
            None => assert_eq!(printed, expected, "{command}"),
        }
    }
}

#[test]
fn words_split_as_a_shell_splits_them() {
    assert_eq!(
        words(r#"a 'b c' "d 'e'" f'g h'i  "" j"#),
        ["a", "b c", "d 'e'", "fg hi", "", "j"]
    );
}

/// The catalogue file the guide shows is the one its example loads.
#[test]
fn the_guide_shows_the_catalogue_file() {
    let guide = std::fs::read_to_string(format!("{ROOT}/docs/tools.md")).unwrap();
    let after = guide
        .split_once("with `cli/tests/data/feishu.tsv`:\n\n```text\n")
        .expect("the guide shows the file")
        .1;
    let shown = after.split_once("```").unwrap().0;
    let file = std::fs::read_to_string(format!("{ROOT}/cli/tests/data/feishu.tsv")).unwrap();
    assert_eq!(shown, file);
}
