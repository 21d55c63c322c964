//! `--catalogue FILE` reads its codes as the library reads a code: a JSON number from its
//! text, exactly, never through a float; and a row without a `variant` is named with an
//! identifier, a negative code too. The examples' front-end, with its own JSON reader, reads
//! the same files alike.

use std::process::{Command, Output};

use platform_errors_cli::tools;

#[path = "../../examples/tools/mod.rs"]
mod plain;

const PROGRAM: &str = env!("CARGO_BIN_EXE_platform-errors");

fn run(args: &[&str]) -> Output {
    Command::new(PROGRAM).args(args).output().unwrap()
}

fn temp_file(name: &str, text: &str) -> String {
    let path = format!("{}/{name}", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(&path, text).unwrap();
    path
}

/// A JSON catalogue of one entry whose code is written `code`.
fn json_with_code(name: &str, code: &str) -> String {
    temp_file(name, &format!(r#"[{{"code": {code}, "message": "x"}}]"#))
}

/// The code and the variant of the one row `catalogue` writes as TSV.
fn code_and_variant(output: &Output) -> (String, String) {
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(output.stderr, b"", "{output:?}");
    let text = String::from_utf8(output.stdout.clone()).unwrap();
    let row: Vec<&str> = text.lines().nth(1).unwrap().split('\t').collect();
    (row[1].to_owned(), row[2].to_owned())
}

/// Codes beyond 2^53 and written with a fraction or an exponent are the integers their text
/// denotes: not the `f64` nearest to them.
#[test]
fn a_json_code_is_read_exactly() {
    for (name, written, code) in [
        ("exact-2p53.json", "9007199254740993.0", "9007199254740993"),
        (
            "exact-near-max.json",
            "9223372036854775806.0",
            "9223372036854775806",
        ),
        (
            "exact-max.json",
            "9223372036854775807",
            "9223372036854775807",
        ),
        (
            "exact-min.json",
            "-9.223372036854775808e18",
            "-9223372036854775808",
        ),
        ("exact-exponent.json", "4.0001e4", "40001"),
    ] {
        let file = json_with_code(name, written);
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(
            code_and_variant(&out),
            (code.to_owned(), format!("E{}", code.replace('-', "Minus"))),
            "{written}"
        );
    }
    // `explain` finds the entry by its code, exactly: the code one below is none.
    let file = json_with_code("exact-explain.json", "9007199254740993.0");
    let out = run(&["explain", "--catalogue", &file, "9007199254740993"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("1 entry with code 9007199254740993:\n"),);
    let out = run(&["explain", "--catalogue", &file, "9007199254740992"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
}

/// A fraction and a code beyond `i64` are refused, quoted as the file writes them (not as a
/// float would print them: `1e20`, `9223372036854776000`).
#[test]
fn a_json_code_is_refused_as_written() {
    for (name, written, error) in [
        ("refused-fraction.json", "1.5", "a code must be an integer, not 1.5"),
        (
            "refused-tiny-fraction.json",
            "40001.0000000000000001",
            "a code must be an integer, not 40001.0000000000000001",
        ),
        (
            "refused-beyond-u64.json",
            "99999999999999999999",
            "99999999999999999999 is out of range: codes are from -9223372036854775808 to 9223372036854775807",
        ),
        (
            "refused-beyond-i64.json",
            "9223372036854775808.0",
            "9223372036854775808.0 is out of range: ",
        ),
        // Beyond what an `f64` holds: a number all the same, out of range as a code.
        ("refused-beyond-f64.json", "1e400", "1e400 is out of range: "),
    ] {
        let file = json_with_code(name, written);
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(out.status.code(), Some(2), "{written}: {out:?}");
        assert_eq!(out.stdout, b"", "{written}");
        let line = String::from_utf8(out.stderr).unwrap();
        assert!(
            line.starts_with(&format!(
                "platform-errors catalogue: {file}: item 1: {error}"
            )),
            "{written}: {line}"
        );
        assert_eq!(line.lines().count(), 1, "{line}");
    }
}

/// What is not JSON is still told as serde_json tells it, with the line and the column.
#[test]
fn a_file_that_is_not_json_says_where() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    for (name, text, error) in [
        (
            "not-json-comma.json",
            r#"[{"code": 1, "message": "one"},]"#.to_owned(),
            "not JSON: trailing comma at line 1 column 32",
        ),
        (
            "not-json-surrogate.json",
            "[\n {\"code\": 1,\n \"mess\\udc00age\": \"x\"}]".to_owned(),
            "not JSON: lone leading surrogate in hex escape at line 3 column 12",
        ),
        // Nested deeper than serde_json reads: refused, not a stack overflow.
        (
            "not-json-deep.json",
            deep(128),
            "not JSON: recursion limit exceeded at line 1 column 128",
        ),
        (
            "not-json-deeper.json",
            deep(100_000),
            "not JSON: recursion limit exceeded at line 1 column 128",
        ),
    ] {
        let file = temp_file(name, &text);
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(out.status.code(), Some(2), "{name}: {out:?}");
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            format!("platform-errors catalogue: {file}: {error}\n"),
        );
    }
    // As deep as serde_json reads is JSON: an array, whose item is no entry.
    let file = temp_file("deep-enough.json", &deep(127));
    let out = run(&["catalogue", "--catalogue", &file]);
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!("platform-errors catalogue: {file}: item 1: expected an object\n"),
    );
}

/// A row without a `variant` is named `E` and its code; a negative code's name is `EMinus`
/// and its digits, an identifier (no `-`), and its reason the name in `UPPER_SNAKE`. A
/// catalogue of string codes names a code written as a negative number the same way.
#[test]
fn a_negative_code_without_a_variant_is_named_with_an_identifier() {
    let ints = temp_file(
        "negative.tsv",
        "code\tmessage\n-1\tsystem busy\n40001\tbad credential\n-40004\tfailed\n",
    );
    let out = run(&["catalogue", "--catalogue", &ints]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        "category\tcode\tvariant\tmessage\tmessage_en\tmessage_zh\tadvice\treason\tdocs_url\thttp_status\n\
         \t-1\tEMinus1\tsystem busy\t\t\tnone\tE_MINUS1\t\t\n\
         \t40001\tE40001\tbad credential\t\t\tnone\tE40001\t\t\n\
         \t-40004\tEMinus40004\tfailed\t\t\tnone\tE_MINUS40004\t\t\n"
    );
    // What it writes, it reads: the reason made from the name is no declared one.
    let again = temp_file(
        "negative-again.tsv",
        &String::from_utf8(out.stdout.clone()).unwrap(),
    );
    assert_eq!(
        run(&["catalogue", "--catalogue", &again]).stdout,
        out.stdout
    );
    let explained = run(&["explain", "--catalogue", &ints, "-1"]);
    assert!(String::from_utf8(explained.stdout)
        .unwrap()
        .starts_with("1 entry with code -1:\n\n  - -1  EMinus1\n"),);
    // Every name is an identifier, every reason `UPPER_SNAKE`.
    let platform = tools::load::load(
        std::path::Path::new("negative.tsv"),
        &std::fs::read_to_string(&ints).unwrap(),
        |_| Err(String::new()),
    )
    .unwrap();
    for entry in platform.entries {
        let name = entry.name();
        assert!(
            name.starts_with(|c: char| c.is_ascii_alphabetic()),
            "{name}"
        );
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric()), "{name}");
        let reason = entry.reason().to_string();
        assert!(
            reason
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'),
            "{reason}"
        );
    }
    // String codes: `-1` beside `SOLD_OUT` is a string code, named as the integer -1 is.
    let strings = temp_file(
        "negative-strings.tsv",
        "code\tmessage\nSOLD_OUT\tsold out\n-1\tsystem busy\n1\tone\n",
    );
    let out = run(&["catalogue", "--catalogue", &strings]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\n\t-1\tEMinus1\tsystem busy\t\t\tnone\tE_MINUS1\t\t\n"),
        "{text}"
    );
    assert!(text.contains("\n\t1\tE1\tone\t"), "{text}");
}

/// The examples' front-end reads these files with its own JSON reader: the same catalogue,
/// or the same error.
#[test]
fn both_read_a_catalogue_file_alike() {
    for (name, text) in [
        (
            "both-2p53.json",
            r#"[{"code": 9007199254740993.0, "message": "x"}]"#,
        ),
        (
            "both-exponent.json",
            r#"[{"code": 4.0001e4, "message": "x"}]"#,
        ),
        (
            "both-fraction.json",
            r#"[{"code": 40001.0000000000000001, "message": "x"}]"#,
        ),
        (
            "both-range.json",
            r#"[{"code": 99999999999999999999, "message": "x"}]"#,
        ),
        (
            "both-f64-range.json",
            r#"[{"code": 1e400, "message": "x"}]"#,
        ),
        (
            "both-negative.json",
            r#"[{"code": -1, "message": "x"}, {"code": "-2", "message": "y"}]"#,
        ),
    ] {
        let file = temp_file(name, text);
        let ours = platform_errors_cli::run(["platform-errors", "catalogue", "--catalogue", &file]);
        let args = ["--catalogue".to_owned(), file.clone()];
        let theirs = plain::run("catalogue", &args);
        assert_eq!(ours.status, theirs.status, "{name}: {ours:?} {theirs:?}");
        assert_eq!(ours.stdout, theirs.stdout, "{name}");
        // The program's error line starts with its name, the examples' with the command's.
        let line = ours
            .stderr
            .strip_prefix("platform-errors ")
            .unwrap_or(&ours.stderr);
        assert_eq!(line, theirs.stderr, "{name}");
    }
}

/// An HTTP status is read as a code is: `400.0` and `4e2` (as a JSON writer of a column with
/// gaps writes it) are 400; a fraction or a number beyond a status is refused.
#[test]
fn an_http_status_is_read_as_a_code_is() {
    for (name, written) in [
        ("status-int.json", "400"),
        ("status-float.json", "400.0"),
        ("status-exponent.json", "4e2"),
    ] {
        let file = temp_file(
            name,
            &format!(r#"[{{"code": 40001, "message": "x", "http_status": {written}}}]"#),
        );
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(out.status.code(), Some(0), "{written}: {out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.lines().nth(1).unwrap().ends_with("\t400"),
            "{written}: {text}"
        );
    }
    for (name, written) in [
        ("status-fraction.json", "400.5"),
        ("status-big.json", "70000"),
    ] {
        let file = temp_file(
            name,
            &format!(r#"[{{"code": 40001, "message": "x", "http_status": {written}}}]"#),
        );
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(out.status.code(), Some(2), "{written}: {out:?}");
    }
}

/// Zero written as a float is no code, as the library reads none from it.
#[test]
fn a_zero_written_as_a_float_is_refused() {
    for (name, written) in [
        ("zero-float.json", "0.0"),
        ("zero-exp.json", "0e5"),
        ("zero-neg.json", "-0.0"),
    ] {
        let file = json_with_code(name, written);
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(out.status.code(), Some(2), "{written}: {out:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("zero written as a float"), "{stderr}");
    }
    // `0` and `-0` are 0.
    for (name, written) in [("zero-int.json", "0"), ("zero-minus.json", "-0")] {
        let file = json_with_code(name, written);
        let out = run(&["catalogue", "--catalogue", &file]);
        assert_eq!(code_and_variant(&out).0, "0", "{written}");
    }
}

/// A file whose name is not UTF-8 (a GBK name from a Windows zip) is read; a file whose text
/// is not UTF-8 is one line naming the file and the line, status 2.
#[cfg(unix)]
#[test]
fn file_names_and_texts_that_are_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt as _;
    let dir = env!("CARGO_TARGET_TMPDIR");
    let name = |bytes: &[u8]| {
        let mut path = std::path::PathBuf::from(dir);
        path.push(OsStr::from_bytes(bytes));
        path
    };
    let catalogue = name(b"cat\xb2.tsv");
    std::fs::write(&catalogue, "code\tmessage\n40001\tinvalid token\n").unwrap();
    let table = name(b"tab\xb2.tsv");
    std::fs::write(&table, "40001\tinvalid token\n").unwrap();
    let output = Command::new(PROGRAM)
        .arg("explain")
        .arg("--catalogue")
        .arg(&catalogue)
        .arg("40001")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let output = Command::new(PROGRAM)
        .args(["catalogue", "--catalogue"])
        .arg(&catalogue)
        .arg("check")
        .arg(&table)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");

    let gbk = temp_file("gbk-table.tsv", "");
    std::fs::write(&gbk, b"40001\tok\n40002\t\xb2\xbb\xba\xcf\xb7\xa8\n").unwrap();
    let output = run(&["catalogue", "check", &gbk]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("gbk-table.tsv: line 2 is not UTF-8; save the file as UTF-8"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

/// A catalogue of string codes written as digits with leading zeros (a bank's `0001`): the
/// code given, the code of a pasted body and the codes of a page to check are compared as
/// written, never as the number `1`.
#[test]
fn string_codes_with_leading_zeros_stay_as_written() {
    let bank = temp_file(
        "bank.tsv",
        "code\tmessage\n0000\tsuccess\n0001\tsystem busy\nE001\tbad param\n",
    );
    for asked in ["0001", r#"{"code": "0001", "message": "system busy"}"#] {
        let output = run(&["explain", "--catalogue", &bank, asked]);
        let text = String::from_utf8(output.stdout.clone()).unwrap();
        assert_eq!(output.status.code(), Some(0), "{asked}: {output:?}");
        assert!(
            text.contains("0001") && text.contains("system busy"),
            "{text}"
        );
    }
    let output = run(&["explain", "--catalogue", &bank, "1"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let page = temp_file(
        "bank-page.tsv",
        "0000\tsuccess\n0001\tsystem busy\nE001\tbad param\n",
    );
    let output = run(&["check", "--catalogue", &bank, &page]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

/// A file the library would refuse as a catalogue is refused, as `define_codes!` refuses the
/// same declarations: one line naming both rows, status 2, from either front-end.
#[test]
fn rows_the_library_would_refuse_are_refused() {
    for (name, text, error) in [
        (
            "same-message.tsv",
            "code\tmessage\tvariant\n1\tinvalid param\tA\n1\t Invalid param. \tB\n",
            "line 3 (and line 2): code 1 is given twice with the same message as lookup reads it (\"Invalid param.\"), which could find only the first: remove one",
        ),
        (
            "same-row.tsv",
            "code\tmessage\n7\tgone\n7\tgone\n",
            "line 3 (and line 2): code 7 is given twice with the same message as lookup reads it (\"gone\"), which could find only the first: remove one",
        ),
        (
            "same-variant.json",
            r#"[{"code": 1, "message": "a", "variant": "Same"}, {"code": 2, "message": "b", "variant": "Same"}]"#,
            "item 2 (and item 1): variant \"Same\" is given to two entries: name each its own",
        ),
        (
            "not-an-identifier.tsv",
            "code\tmessage\tvariant\n1\ta\tNot-Ident\n",
            "line 2: variant \"Not-Ident\" is not an identifier: letters, digits and `_`, not starting with a digit",
        ),
        (
            "named-then-made.tsv",
            "code\tmessage\tvariant\n1\ta\tE2\n2\tb\t\n",
            "line 3 (and line 2): variant \"E2\" is given to two entries: name each its own",
        ),
        (
            "made-alike.tsv",
            "code\tmessage\nACQ.SYSTEM_ERROR\ta\nACQ_SYSTEM_ERROR\tb\n",
            "line 3 (and line 2): variant \"AcqSystemError\" is given to two entries: name each its own",
        ),
        (
            "self.tsv",
            "code\tmessage\tvariant\n1\ta\tSelf\n",
            "line 2: variant \"Self\" is not an identifier: letters, digits and `_`, not starting with a digit",
        ),
        (
            "digit-first.tsv",
            "code\tmessage\tvariant\n1\ta\t1abc\n",
            "line 2: variant \"1abc\" is not an identifier: letters, digits and `_`, not starting with a digit",
        ),
    ] {
        let file = temp_file(name, text);
        let out = run(&["explain", "--catalogue", &file, "1"]);
        assert_eq!(out.status.code(), Some(2), "{name}: {out:?}");
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            format!("platform-errors explain: {file}: {error}\n"),
            "{name}"
        );
        let args = ["--catalogue".to_owned(), file.clone(), "1".to_owned()];
        let plain = plain::run("explain", &args);
        assert_eq!(plain.status, 2, "{name}: {plain:?}");
        assert_eq!(plain.stderr, format!("explain: {file}: {error}\n"), "{name}");
    }
    // What the library takes: one code with several messages (Qingtui's 40100), rows
    // without names (each named from its code), names in any script.
    let file = temp_file(
        "shared-code.tsv",
        "code\tmessage\n40100\tpage_size is required\n40100\tpage is required\n5\tx\n",
    );
    let out = run(&["explain", "--catalogue", &file, "40100", "page is required"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // In two categories (two enums of an umbrella), a name or a code and message twice.
    let file = temp_file(
        "two-categories.tsv",
        "code\tmessage\tvariant\tcategory\n0\tok\tSuccess\ta\n0\tok\tSuccess\tb\n",
    );
    let out = run(&["explain", "--catalogue", &file, "0"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let file = temp_file(
        "cjk-name.tsv",
        "code\tmessage\tvariant\n1\ta\t参数错误\n2\tb\t_Two\n3\tc\tcafe\u{301}\n",
    );
    let out = run(&["explain", "--catalogue", &file, "1"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// `check --lang` with a language no entry has a message in is an error, not a report that
/// every row drifted from the default messages.
#[test]
fn check_with_a_language_the_catalogue_lacks_is_refused() {
    let table = temp_file("lang-table.tsv", "42001\taccess_token expired\n");
    let out = run(&["check", "--lang", "xx", "--allow-extra", &table]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "platform-errors check: --lang xx: no entry of the catalogue has a message in this language (its languages: zh, en)\n"
    );
    // A catalogue that declares no language (a `message` column only) compares its default
    // messages, whatever `--lang` says, as before.
    let catalogue = temp_file("zh-only.tsv", "code\tmessage\n1\t参数错误\n");
    let zh_table = temp_file("zh-table.tsv", "1\t参数错误\n");
    let out = run(&[
        "check",
        "--catalogue",
        &catalogue,
        "--lang",
        "zh",
        &zh_table,
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // A language it has: the row compares with the English message, and matches.
    let out = run(&["check", "--lang", "en-US", "--allow-extra", &table]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}
