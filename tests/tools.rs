//! The examples `explain` and `catalogue` as a user runs them: arguments in, exit status and
//! output out. What they say is `cli/src/tools/` (shared with the program `platform-errors`,
//! whose own tests are `cli/tests/`), their front-end `examples/tools/`. No dev-dependency:
//! JSON output is read back with the examples' own reader, itself tested here against
//! hand-written texts.

#[path = "../cli/src/tools/mod.rs"]
mod tools;

#[path = "../examples/tools/mod.rs"]
mod plain;

use plain::json_text as json;
use platform_errors::qingtui::QingtuiError;
use platform_errors::Catalogue;
use tools::catalogue::{Format, COLUMN_NAMES};
use tools::json::Value;
use tools::Outcome;

fn run(tool: &str, args: &[&str]) -> Outcome {
    let args: Vec<String> = args.iter().map(|&a| a.to_owned()).collect();
    plain::run(tool, &args)
}

fn explain(args: &[&str]) -> Outcome {
    run("explain", args)
}

fn catalogue(args: &[&str]) -> Outcome {
    run("catalogue", args)
}

/// Status 2, nothing on standard output, and one line on standard error, `expected` in it.
#[track_caller]
fn assert_error(outcome: &Outcome, expected: &str) {
    assert_eq!(outcome.status, 2, "{outcome:?}");
    assert_eq!(outcome.stdout, "", "{outcome:?}");
    assert!(
        outcome.stderr.contains(expected),
        "{expected:?} in {outcome:?}"
    );
    assert_eq!(outcome.stderr.lines().count(), 1, "{outcome:?}");
    assert!(outcome.stderr.ends_with('\n'), "{outcome:?}");
}

/// [`assert_error`], for a usage error: the line says where the usage is.
#[track_caller]
fn assert_usage_error(outcome: &Outcome, expected: &str) {
    assert_error(outcome, expected);
    assert!(outcome.stderr.ends_with(" --help`)\n"), "{outcome:?}");
}

const PAGE_SIZE_REQUIRED: &str = "1 entry matching:\n\n  param 40100  PageSizeRequired\n    zh: 缺少 page_size\n    en: page_size is required\n    advice: fix_request (the request is wrong: retrying it unchanged cannot help)\n";

// ---- explain ----

#[test]
fn explain_code_and_message() {
    let outcome = explain(&["40100", "page_size is required"]);
    assert_eq!(outcome, Outcome::out(0, PAGE_SIZE_REQUIRED.to_owned()));
}

#[test]
fn explain_ignores_case_and_spacing_inside_and_around() {
    for message in [
        "Page_Size IS required",
        "  page_size   is\trequired.  ",
        "page_size is  required (request 7f3a)",
    ] {
        let outcome = explain(&["40100", message]);
        assert_eq!(outcome.stdout, PAGE_SIZE_REQUIRED, "{message:?}");
    }
    // Spacing is not invented.
    assert!(explain(&["40100", "page_sizeis required"])
        .stdout
        .starts_with("No entry with code 40100 has the message"));
}

#[test]
fn explain_a_message_in_the_other_language() {
    let outcome = explain(&["45001", "org grade is over 15"]);
    assert_eq!(outcome.status, 0);
    assert!(
        outcome.stdout.starts_with("1 entry matching:"),
        "{outcome:?}"
    );
    assert!(
        outcome.stdout.contains("org 45001  OrgTooDeep"),
        "{outcome:?}"
    );
    let outcome = explain(&["45001", "Media file size exceeds the limit"]);
    assert!(
        outcome.stdout.contains("general 45001  MediaFileTooLarge"),
        "{outcome:?}"
    );
}

#[test]
fn explain_a_code_alone_lists_its_entries() {
    let outcome = explain(&["0"]);
    assert_eq!(outcome.status, 0);
    assert!(
        outcome.stdout.starts_with(
            "0 is the success code of Qingtui: the call succeeded.\n\n3 entries with code 0:\n"
        ),
        "{outcome:?}"
    );
    for line in [
        "general 0  Success",
        "system 0  Success",
        "user 0  PartialSuccess",
    ] {
        assert!(outcome.stdout.contains(line), "{line} in {outcome:?}");
    }
    // A negative code is a code, not an option.
    let outcome = explain(&["-1"]);
    assert_eq!(outcome.status, 0);
    assert!(
        outcome.stdout.starts_with("2 entries with code -1:\n"),
        "{outcome:?}"
    );
    assert_eq!(explain(&["--", "-1"]).stdout, outcome.stdout);
}

#[test]
fn explain_an_unmatched_message_lists_the_entries_with_the_code() {
    // The code is known: status 0, every entry with it, and the one the library reads.
    let outcome = explain(&["40100", "something else"]);
    assert_eq!(outcome.status, 0, "{outcome:?}");
    assert!(
        outcome.stdout.starts_with(
            "No entry with code 40100 has the message \"something else\": the library reads \
             the answer as the first entry with the code, InvalidParam.\n\
             23 entries with code 40100:\n\n  param 40100  InvalidParam\n"
        ),
        "{outcome:?}"
    );
    assert_eq!(outcome.stdout.matches("\n  param 40100  ").count(), 23);
    assert_eq!(
        explain(&["40001", "nope"]).stdout,
        "No entry with code 40001 has the message \"nope\": the library reads the answer as \
         the first entry with the code, InvalidCredential.\n1 entry with code 40001:\n\n"
            .to_owned()
            + &explain(&["40001"]).stdout["1 entry with code 40001:\n\n".len()..]
    );
}

/// The entry `explain` names is the one the library's lookup finds.
#[test]
fn explain_names_the_entry_the_library_reads() {
    use platform_errors::PlatformError;
    for (code, message) in [(40100, "something else"), (40001, "nope"), (45001, "?")] {
        let outcome = explain(&[&code.to_string(), message]);
        let read = QingtuiError::from_code_and_message(code, message)
            .and_then(|e| e.entry().copied())
            .unwrap();
        assert!(
            outcome
                .stdout
                .contains(&format!("first entry with the code, {}.\n", read.name())),
            "{outcome:?}"
        );
    }
}

#[test]
fn explain_the_success_code() {
    // With or without entries for it, the success code says so, with status 0.
    let ok = explain(&[r#"{"errcode": 0, "errmsg": "ok"}"#]);
    assert_eq!(ok.status, 0);
    assert!(
        ok.stdout.starts_with(
            "0 is the success code of Qingtui: the call succeeded.\n\n3 entries with code 0:\n"
        ),
        "{ok:?}"
    );
    assert!(!ok.stdout.contains("No entry"), "{ok:?}");
}

#[test]
fn explain_an_unknown_code_fails() {
    let outcome = explain(&["12345", "huh"]);
    assert_eq!(
        outcome,
        Outcome::out(
            1,
            "12345 is not a Qingtui error code known to this catalogue.\nThe platform said: huh\n"
                .to_owned()
        )
    );
    assert_eq!(explain(&["12345"]).status, 1);
    // Chosen with --platform: no hint about other catalogues.
    assert_eq!(
        explain(&["--platform", "qingtui", "12345"]).stdout,
        "12345 is not a Qingtui error code known to this catalogue.\n"
    );
}

#[test]
fn explain_help_succeeds() {
    for flag in ["-h", "--help"] {
        let outcome = explain(&[flag]);
        assert_eq!(outcome.status, 0, "{flag}");
        assert!(
            outcome
                .stdout
                .starts_with("usage: explain [OPTIONS] CODE [MESSAGE]\n"),
            "{outcome:?}"
        );
        assert!(outcome.stdout.contains("--lang TAG"), "{outcome:?}");
        assert!(
            outcome.stdout.contains(
                "Platforms (--platform NAME):\n  qingtui         Qingtui (the default)\n"
            ),
            "{outcome:?}"
        );
        // The platforms' lines fit 90 columns, the longest name and feature too.
        let platforms = outcome
            .stdout
            .split("Platforms (--platform NAME):\n")
            .nth(1);
        for line in platforms
            .unwrap()
            .lines()
            .take_while(|l| l.starts_with("  "))
        {
            assert!(line.chars().count() <= 90, "{line:?}");
        }
        assert!(outcome.stdout.contains("--catalogue FILE"), "{outcome:?}");
        assert_eq!(outcome.stderr, "");
    }
    // Wherever it is.
    assert_eq!(explain(&["40100", "--help"]).status, 0);
}

#[test]
fn explain_bad_arguments() {
    assert_usage_error(&explain(&[]), "give a code, or a JSON body");
    assert_usage_error(&explain(&["forty"]), "\"forty\" is not a code");
    assert_usage_error(
        &explain(&["40001.5"]),
        "a code must be an integer, not 40001.5",
    );
    assert_usage_error(
        &explain(&["99999999999999999999"]),
        "99999999999999999999 is out of range",
    );
    assert_usage_error(
        &explain(&["40100", "page_size", "is required"]),
        "unexpected argument \"is required\"",
    );
    assert_usage_error(
        &explain(&["--verbose", "40100"]),
        "unknown option \"--verbose\"",
    );
    assert_usage_error(&explain(&["-v", "40100"]), "unknown option \"-v\"");
    assert_usage_error(&explain(&["40100", "--lang"]), "--lang needs a value");
    assert_usage_error(
        &explain(&["--lang", "", "40100"]),
        "--lang needs a language tag",
    );
    assert_usage_error(
        &explain(&["--lang=en", "--lang=zh", "0"]),
        "--lang is given twice",
    );
    assert_error(
        &explain(&["--platform", "nowhere", "0"]),
        "unknown platform \"nowhere\": expected qingtui",
    );
    assert_error(
        &explain(&["--platform", "qingtui", "--catalogue", "x.tsv", "0"]),
        "give --platform or --catalogue, not both",
    );
    assert_usage_error(
        &explain(&[r#"{"errcode": 40100}"#, "extra"]),
        "unexpected argument \"extra\": the body holds the message",
    );
}

#[test]
fn explain_in_one_language() {
    let one = |lang: &str| {
        let outcome = explain(&["--lang", lang, "40100", "page_size is required"]);
        assert_eq!(outcome.status, 0, "{outcome:?}");
        outcome.stdout
    };
    let en = "1 entry matching:\n\n  param 40100  PageSizeRequired\n    en: page_size is required\n    advice: fix_request (the request is wrong: retrying it unchanged cannot help)\n";
    let zh = en.replace("en: page_size is required", "zh: 缺少 page_size");
    for tag in ["en", "EN", "en-US", "en_GB"] {
        assert_eq!(one(tag), en, "{tag}");
    }
    for tag in ["zh", "zh-CN", "zh_CN", "zh-Hans-CN", "zh-TW"] {
        assert_eq!(one(tag), zh, "{tag}");
    }
    assert_eq!(
        one("fr"),
        en.replace("en: page_size", "message (none in fr): page_size")
    );
    // `--lang=TAG` too, and the platform by name in any case.
    let outcome = explain(&[
        "--lang=zh-CN",
        "--platform=QINGTUI",
        "40100",
        "page_size is required",
    ]);
    assert_eq!(outcome.stdout, zh);
}

#[test]
fn explain_a_json_body() {
    for body in [
        r#"{"errcode":40100,"errmsg":"page_size is required"}"#,
        r#"  {"errmsg": "Page_size  is required.", "errcode": "40100", "request_id": "r-7"}"#,
        r#"{"code": 40100, "msg": "page_size is required", "data": {"list": [1, 2.5e3, null, true, {"k": "v"}]}}"#,
        r#"{"errcode":40100,"errmsg":"page\u005fsize is required\ud83d\ude00"}"#,
        // As the library reads it: a float whose value is an integer, a byte order mark.
        r#"{"errcode": 40100.0, "errmsg": "page_size is required"}"#,
        r#"{"errcode": "4.01e4", "errmsg": "page_size is required"}"#,
        "\u{feff}{\"errcode\": 40100, \"errmsg\": \"page_size is required\"}",
        // Other envelopes' names.
        r#"{"code": 40100, "message": "page_size is required"}"#,
        r#"{"error_code": 40100, "error_msg": "page_size is required"}"#,
    ] {
        assert_eq!(
            explain(&[body]),
            Outcome::out(0, PAGE_SIZE_REQUIRED.to_owned()),
            "{body}"
        );
    }
    // `errcode` wins over `code`, `errmsg` over `msg`.
    let outcome = explain(&[
        r#"{"code": 1, "errcode": 40100, "msg": "x", "errmsg": "page_size is required"}"#,
    ]);
    assert_eq!(outcome.stdout, PAGE_SIZE_REQUIRED);
    // No message, null or empty: every entry with the code.
    for body in [
        r#"{"errcode": 45001}"#,
        r#"{"errcode": 45001, "errmsg": null}"#,
        r#"{"errcode": 45001, "errmsg": ""}"#,
    ] {
        let outcome = explain(&[body]);
        assert_eq!(outcome.stdout, explain(&["45001"]).stdout, "{body}");
        assert!(
            outcome.stdout.starts_with("2 entries with code 45001:"),
            "{outcome:?}"
        );
    }
    // With --lang, and unknown codes as for arguments.
    let outcome = explain(&[
        "--lang",
        "zh",
        r#"{"errcode": 42001, "errmsg": "access_token expired"}"#,
    ]);
    assert_eq!(outcome.status, 0);
    assert!(
        outcome.stdout.contains("    zh: access_token超时\n"),
        "{outcome:?}"
    );
    assert_eq!(
        explain(&[r#"{"errcode": 12345, "errmsg": "huh"}"#]).status,
        1
    );
}

#[test]
fn explain_a_bad_json_body() {
    for (body, error) in [
        (
            r#"{"errcode": 40100,}"#,
            "the body is not JSON: expected a string key at byte 18",
        ),
        (
            r#"{"errcode": 40100"#,
            "the body is not JSON: expected `,` or `}` at byte 17",
        ),
        (
            r#"{"errcode": 40100} x"#,
            "unexpected text after the JSON value",
        ),
        (
            r#"{"errmsg": "x"}"#,
            "the body has no code: no `errcode`, `code` or `error_code`",
        ),
        (
            r#"{"errcode": 40100.5}"#,
            "`errcode`: a code must be an integer, not 40100.5",
        ),
        // The text decides, as in the library: no float is made of it.
        (
            r#"{"errcode": 1e-400}"#,
            "`errcode`: a code must be an integer, not 1e-400",
        ),
        (
            r#"{"errcode": 40001.0000000000001}"#,
            "`errcode`: a code must be an integer, not 40001.0000000000001",
        ),
        (r#"{"errcode": 1e19}"#, "`errcode`: 1e19 is out of range"),
        (
            r#"{"errcode": 9223372036854775808}"#,
            "`errcode`: 9223372036854775808 is out of range",
        ),
        (
            r#"{"errcode": "forty"}"#,
            "`errcode`: \"forty\" is not a code",
        ),
        (
            r#"{"errcode": true}"#,
            "`errcode`: not an integer, or a string holding one",
        ),
        (
            r#"{"errcode": 40100, "errmsg": 7}"#,
            "`errmsg` is not a string",
        ),
        (
            r#"{"errcode": 1, "errcode": 2}"#,
            "the body has `errcode` twice",
        ),
        (r#"{'errcode': 40100}"#, "expected a string key"),
    ] {
        let outcome = explain(&[body]);
        assert_error(&outcome, error);
        assert!(outcome.stderr.starts_with("explain: "), "{outcome:?}");
    }
    // Beyond 2^53, the integer the text denotes: a code, only not one Qingtui has.
    let outcome = explain(&[r#"{"errcode": 9007199254740993.0}"#]);
    assert_eq!(outcome.status, 1, "{outcome:?}");
    assert_eq!(
        outcome.stdout,
        "9007199254740993 is not a Qingtui error code known to this catalogue.\n"
    );
    let outcome = explain(&[r#"{"errcode": 4.0001e4, "errmsg": "x"}"#]);
    assert_eq!(outcome.status, 0, "{outcome:?}");
    assert!(outcome.stdout.contains(" 40001  "), "{outcome:?}");
}

// ---- catalogue ----

fn parse_json(text: &str) -> Value {
    json::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn catalogue_md_is_the_markdown_output() {
    let expected = catalogue(&["--format", "markdown"]);
    assert_eq!(expected.status, 0);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/CATALOGUE.md");
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected.stdout,
        "CATALOGUE.md is stale: run `cargo run --example catalogue -- --format markdown > CATALOGUE.md`"
    );
    assert_eq!(catalogue(&["--format=md"]), expected);
}

#[test]
fn catalogue_formats_are_named_in_any_case_and_either_way() {
    let json = catalogue(&["--format", "json"]);
    assert_eq!(json.status, 0);
    for args in [
        ["--format=json"].as_slice(),
        &["--format", "JSON"],
        &["--format=Json"],
    ] {
        assert_eq!(catalogue(args), json, "{args:?}");
    }
    let tsv = catalogue(&[]);
    assert_eq!(catalogue(&["--format", "TSV"]), tsv);
    assert_eq!(
        catalogue(&["--platform", "qingtui", "--format", "tsv"]),
        tsv
    );
}

#[test]
fn catalogue_help_and_bad_arguments() {
    for flag in ["-h", "--help"] {
        let outcome = catalogue(&[flag]);
        assert_eq!(outcome.status, 0);
        assert!(
            outcome
                .stdout
                .starts_with("usage: catalogue [--format FORMAT]"),
            "{outcome:?}"
        );
        assert!(
            outcome.stdout.contains(&COLUMN_NAMES.join(", ")),
            "{outcome:?}"
        );
    }
    assert_eq!(catalogue(&["check", "--help"]).status, 0);
    assert_usage_error(
        &catalogue(&["--format", "xml"]),
        "unknown format \"xml\": expected tsv, json, markdown, openapi or json-schema",
    );
    assert_usage_error(&catalogue(&["--format"]), "--format needs a value");
    assert_usage_error(
        &catalogue(&["--format", "json", "extra"]),
        "unexpected argument \"extra\"",
    );
    assert_usage_error(&catalogue(&["--lang", "en"]), "--lang is for `check`");
    assert_usage_error(&catalogue(&["--verbose"]), "unknown option \"--verbose\"");
    assert_error(&catalogue(&["--platform", "x"]), "unknown platform \"x\"");
}

#[test]
fn catalogue_tsv_has_a_header_and_one_row_per_entry() {
    let tsv = catalogue(&["--format", "tsv"]).stdout;
    let mut lines = tsv.lines();
    assert_eq!(lines.next(), Some(COLUMN_NAMES.join("\t").as_str()));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), QingtuiError::ENTRIES.len());
    assert_eq!(rows.len(), 150);
    assert_eq!(
        rows[0],
        [
            "general",
            "-1",
            "SystemBusy",
            "系统繁忙.",
            "System busy.",
            "系统繁忙.",
            "retry",
            "SYSTEM_BUSY",
            "",
            ""
        ]
    );
    // Every Qingtui entry fills the seven columns it has always had.
    assert!(rows
        .iter()
        .all(|r| r.len() == COLUMN_NAMES.len() && r[..7].iter().all(|c| !c.is_empty())));
}

#[test]
fn catalogue_json_keys_are_the_columns_in_order() {
    assert_eq!(
        COLUMN_NAMES,
        [
            "category",
            "code",
            "variant",
            "message",
            "message_en",
            "message_zh",
            "advice",
            "reason",
            "docs_url",
            "http_status"
        ]
    );
    let json = parse_json(&catalogue(&["--format", "json"]).stdout);
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), QingtuiError::ENTRIES.len());
    for (row, entry) in rows.iter().zip(QingtuiError::ENTRIES) {
        let keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, COLUMN_NAMES);
        assert_eq!(row.get("category").unwrap().as_str(), entry.category());
        assert_eq!(row.get("code").unwrap().as_i64(), entry.code().as_i64());
        assert_eq!(row.get("variant").unwrap().as_str(), Some(entry.name()));
        assert_eq!(row.get("message").unwrap().as_str(), Some(entry.message()));
        assert_eq!(
            row.get("message_en").unwrap().as_str(),
            entry.message_in("en")
        );
        assert_eq!(
            row.get("message_zh").unwrap().as_str(),
            entry.message_in("zh")
        );
        assert_eq!(
            row.get("advice").unwrap().as_str(),
            Some(entry.advice().as_str())
        );
    }
}

/// Every code once, in the catalogue's order: the page's 97 and the SDK's 21.
fn qingtui_codes() -> Vec<i64> {
    let mut expected: Vec<i64> = Vec::new();
    for entry in QingtuiError::ENTRIES {
        let code = entry.code().as_i64().unwrap();
        if !expected.contains(&code) {
            expected.push(code);
        }
    }
    assert_eq!(expected.len(), 97 + 21);
    expected
}

/// `errcode` in a schema: any integer, the known codes as examples, never a closed `enum`.
#[track_caller]
fn assert_open_errcode(schema: &Value) {
    assert_eq!(schema.get("type").unwrap().as_str(), Some("object"));
    assert_eq!(
        schema.get("required"),
        Some(&Value::Array(vec![Value::str("errcode")]))
    );
    // The message may be `null`, as the library reads it.
    let errmsg = schema.get("properties").unwrap().get("errmsg").unwrap();
    assert_eq!(
        errmsg.get("type"),
        Some(&Value::Array(vec![
            Value::str("string"),
            Value::str("null")
        ]))
    );
    let errcode = schema.get("properties").unwrap().get("errcode").unwrap();
    assert_eq!(errcode.get("type").unwrap().as_str(), Some("integer"));
    assert_eq!(errcode.get("enum"), None);
    let codes: Vec<i64> = errcode
        .get("examples")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_i64().unwrap())
        .collect();
    assert_eq!(codes, qingtui_codes());
    let keys: Vec<&str> = errcode
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(keys, ["type", "format", "description", "examples"]);
}

#[test]
fn catalogue_openapi_lists_the_codes_as_examples() {
    let outcome = catalogue(&["--format", "OpenAPI"]);
    assert_eq!(outcome.status, 0);
    assert!(!outcome.stdout.contains("\"enum\""));
    let doc = parse_json(&outcome.stdout);
    assert_eq!(doc.get("openapi").unwrap().as_str(), Some("3.1.0"));
    assert_eq!(
        doc.get("info").unwrap().get("title").unwrap().as_str(),
        Some("The Qingtui error catalogue")
    );
    let components = doc.get("components").unwrap();
    let schema = components
        .get("schemas")
        .unwrap()
        .get("QingtuiError")
        .unwrap();
    assert_open_errcode(schema);

    let examples = components.get("examples").unwrap().as_object().unwrap();
    assert_eq!(examples.len(), QingtuiError::ENTRIES.len());
    for ((key, example), entry) in examples.iter().zip(QingtuiError::ENTRIES) {
        assert_eq!(
            *key,
            format!("{}.{}", entry.category().unwrap(), entry.name())
        );
        assert!(
            key.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
            "{key}"
        );
        let value = example.get("value").unwrap();
        assert_eq!(
            value.get("errcode").unwrap().as_i64(),
            entry.code().as_i64()
        );
        assert_eq!(value.get("errmsg").unwrap().as_str(), Some(entry.message()));
        let summary = example.get("summary").unwrap().as_str().unwrap();
        assert!(
            summary.starts_with(&format!("{} {}: ", entry.code(), entry.name())),
            "{summary}"
        );
        let columns = example.get("x-catalogue").unwrap().as_object().unwrap();
        let keys: Vec<&str> = columns.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, COLUMN_NAMES);
    }
}

#[test]
fn catalogue_json_schema() {
    let outcome = catalogue(&["--format", "json-schema"]);
    assert_eq!(outcome.status, 0);
    let schema = parse_json(&outcome.stdout);
    assert_eq!(
        schema.get("$schema").unwrap().as_str(),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
    assert_eq!(schema.get("title").unwrap().as_str(), Some("QingtuiError"));
    assert_open_errcode(&schema);
    // The same schema as the OpenAPI document's.
    let doc = parse_json(&catalogue(&["--format", "openapi"]).stdout);
    let in_openapi = doc
        .get("components")
        .unwrap()
        .get("schemas")
        .unwrap()
        .get("QingtuiError")
        .unwrap();
    let members = schema.as_object().unwrap();
    assert_eq!(&Value::Object(members[2..].to_vec()), in_openapi);
}

#[test]
fn render_agrees_with_the_command() {
    let platform = &tools::PLATFORMS[0];
    assert_eq!(platform.name, "qingtui");
    for format in Format::ALL {
        let name = format.name();
        assert_eq!(Format::parse(name), Ok(format));
        assert_eq!(
            tools::catalogue::render(platform, format, json::to_pretty),
            catalogue(&["--format", name]).stdout
        );
    }
}

// ---- catalogue check ----

const PAGE_TABLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/core/tests/data/qingtui-global-error-codes.tsv"
);

fn temp_table(name: &str, text: &str) -> String {
    let path = format!("{}/{name}", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_against_the_page() {
    // The page lacks the 21 codes of the SDK: extra entries, which are drift unless allowed.
    let outcome = catalogue(&["check", PAGE_TABLE]);
    assert_eq!(outcome.status, 1, "{outcome:?}");
    assert!(outcome.stdout.starts_with(
        "drift between the table (129 rows) and the catalogue (150 entries): 0 missing, 21 extra, 0 changed\n\
         extra in the catalogue, not in the table:\n  40010 general InvalidVoiceSize \"不合法的语音文件大小\"\n"
    ), "{outcome:?}");
    let allowed = catalogue(&["check", "--allow-extra", PAGE_TABLE]);
    assert_eq!(allowed.status, 0, "{allowed:?}");
    assert_eq!(allowed.stdout, outcome.stdout);
    // Options before or after `check`, in any order.
    for args in [
        ["--allow-extra", "check", PAGE_TABLE].as_slice(),
        &["check", PAGE_TABLE, "--allow-extra"],
        &[
            "--platform",
            "qingtui",
            "check",
            "--allow-extra",
            PAGE_TABLE,
        ],
        &["--allow-extra", "--platform=qingtui", "check", PAGE_TABLE],
    ] {
        assert_eq!(catalogue(args), allowed, "{args:?}");
    }
}

#[test]
fn check_reports_drift() {
    let page = std::fs::read_to_string(PAGE_TABLE).unwrap();
    let drifted = page.replace(
        "40402\tinvalid token\ttoken",
        "40402\tinvalid access token\ttoken",
    ) + "49999\tbrand new\n";
    assert_ne!(drifted, page + "49999\tbrand new\n");
    let path = temp_table("drifted.tsv", &drifted);
    let outcome = catalogue(&["check", "--allow-extra", &path]);
    assert_eq!(outcome.status, 1, "{outcome:?}");
    assert!(outcome.stdout.starts_with(
        "drift between the table (130 rows) and the catalogue (150 entries): 1 missing, 21 extra, 1 changed\n\
         missing from the catalogue:\n  line 133: 49999 \"brand new\"\n"
    ), "{outcome:?}");
    assert!(outcome.stdout.ends_with(
        "changed:\n  line 100: 40402 token InvalidToken\n    table:     \"invalid access token\"\n    catalogue: \"invalid token\"\n"
    ), "{outcome:?}");
}

#[test]
fn check_by_language() {
    // The token codes' default messages are English; the table is in Chinese.
    let path = temp_table(
        "token-zh.tsv",
        "40401\tapp_id 或 app_secret 未通过认证\ttoken\n40402\t无效的 token\ttoken\n42403\ttoken 已过期\ttoken\n",
    );
    let by_default = catalogue(&["check", "--allow-extra", &path]);
    assert_eq!(by_default.status, 1);
    assert!(
        by_default
            .stdout
            .contains("0 missing, 147 extra, 3 changed"),
        "{by_default:?}"
    );
    let in_zh = catalogue(&["check", "--allow-extra", "--lang", "zh-CN", &path]);
    assert_eq!(in_zh.status, 0, "{in_zh:?}");
    assert!(
        in_zh.stdout.contains("0 missing, 147 extra, 0 changed"),
        "{in_zh:?}"
    );
}

#[test]
fn check_bad_arguments_and_tables() {
    assert_usage_error(&catalogue(&["check"]), "give the table to check against");
    assert_usage_error(
        &catalogue(&["check", PAGE_TABLE, "more"]),
        "unexpected argument \"more\"",
    );
    assert_usage_error(
        &catalogue(&["check", "--format", "json", PAGE_TABLE]),
        "--format is for the export, not for check",
    );
    assert_usage_error(
        &catalogue(&["check", "--allow-extra=yes", PAGE_TABLE]),
        "--allow-extra takes no value",
    );
    assert_error(
        &catalogue(&["check", "/nonexistent/table.tsv"]),
        "catalogue check: cannot read /nonexistent/table.tsv: ",
    );
    let path = temp_table("bad.tsv", "40001\tok\nforty\tnot a code\n");
    assert_error(
        &catalogue(&["check", &path]),
        "bad.tsv: line 2: \"forty\" is not a code",
    );
    let path = temp_table("latin1.tsv", "");
    std::fs::write(&path, b"40001\t\xe9t\xe9\n").unwrap();
    assert_error(
        &catalogue(&["check", &path]),
        "latin1.tsv: line 1 is not UTF-8; save the file as UTF-8",
    );
}

// ---- the pieces ----

#[test]
fn arguments() {
    let args = |a: &[&str]| a.iter().map(|&s| s.to_owned()).collect::<Vec<_>>();
    let parsed = plain::parse_args(
        &args(&["-1", "--lang=en", "x", "--flag", "--", "--lang", "-h"]),
        &["lang"],
        &["flag"],
    )
    .unwrap();
    assert!(!parsed.help);
    assert_eq!(parsed.operands, ["-1", "x", "--lang", "-h"]);
    assert_eq!(parsed.option("lang"), Some("en"));
    assert!(parsed.flag("flag"));
    // A value may start with a dash, and an operand may be `-` or non-ASCII.
    let parsed = plain::parse_args(&args(&["--lang", "-", "-", "缺少"]), &["lang"], &[]).unwrap();
    assert_eq!(parsed.option("lang"), Some("-"));
    assert_eq!(parsed.operands, ["-", "缺少"]);
    assert_eq!(
        plain::parse_args(&args(&["-1x"]), &[], &[]).unwrap_err(),
        "unknown option \"-1x\""
    );
    // A negative float is an operand too, as the code `-1.0`.
    let parsed = plain::parse_args(&args(&["-1.0"]), &[], &[]).unwrap();
    assert_eq!(parsed.operands, ["-1.0"]);
    assert_eq!(
        plain::parse_args(&args(&["--flag", "--flag"]), &[], &["flag"]).unwrap_err(),
        "--flag is given twice"
    );
}

#[test]
fn json_reads_what_rfc_8259_allows() {
    let value = parse_json(" {\"a\" : [1, -0, 2.5, -3e+2, 4E-1, true, false, null, \"\", {}, []], \"b\": {\"c\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD834\\uDD1E\"}}\n");
    assert_eq!(
        value,
        Value::Object(vec![
            (
                "a".to_owned(),
                Value::Array(vec![
                    Value::Number("1".to_owned()),
                    Value::Number("-0".to_owned()),
                    Value::Number("2.5".to_owned()),
                    Value::Number("-3e+2".to_owned()),
                    Value::Number("4E-1".to_owned()),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                    Value::str(""),
                    Value::Object(vec![]),
                    Value::Array(vec![]),
                ])
            ),
            (
                "b".to_owned(),
                Value::Object(vec![(
                    "c".to_owned(),
                    Value::str("\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1d11e}")
                )])
            ),
        ])
    );
    assert_eq!(parse_json("\"中文\""), Value::str("中文"));
    assert_eq!(parse_json("-9223372036854775808").as_i64(), Some(i64::MIN));
    assert_eq!(parse_json("9223372036854775808").as_i64(), None);
    assert_eq!(parse_json("1.0").as_i64(), None);
}

#[test]
fn json_rejects_what_it_does_not_allow() {
    for text in [
        "",
        " ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a: 1}",
        "'a'",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "+1",
        "tru",
        "nul",
        "\"a",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud834\"",
        "\"\\ud834\\u0041\"",
        "\"\\udd1e\"",
        "\"a\tb\"",
        "\"a\nb\"",
        "[] []",
        "{} x",
        "NaN",
        "[1 2]",
    ] {
        assert!(json::parse(text).is_err(), "{text:?} should be rejected");
    }
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert_eq!(
        json::parse(&deep).unwrap_err(),
        "nested too deeply at byte 129"
    );
    let fine = "[".repeat(100) + &"]".repeat(100);
    assert!(json::parse(&fine).is_ok());
}

#[test]
fn json_writes_what_it_reads() {
    let value = Value::Object(vec![
        (
            "quote \" and \\".to_owned(),
            Value::str("tab\tnewline\nbell\u{7} backspace\u{8} 中文 \u{1f600}"),
        ),
        (
            "list".to_owned(),
            Value::Array(vec![
                Value::int(-1),
                Value::Null,
                Value::Bool(true),
                Value::Array(vec![]),
            ]),
        ),
        ("empty".to_owned(), Value::Object(vec![])),
    ]);
    let text = json::to_pretty(&value);
    assert_eq!(
        text,
        "{\n  \"quote \\\" and \\\\\": \"tab\\tnewline\\nbell\\u0007 backspace\\b 中文 \u{1f600}\",\n  \"list\": [\n    -1,\n    null,\n    true,\n    []\n  ],\n  \"empty\": {}\n}\n"
    );
    assert_eq!(json::parse(&text), Ok(value));
}

#[cfg(all(feature = "wecom", feature = "wechat-mp", feature = "wechat-open"))]
#[test]
fn the_wechat_platforms_are_one_flag_away() {
    let out = explain(&["--platform", "wecom", "60020"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert!(
        out.stdout.contains("wecom 60020  IpNotWhitelisted"),
        "{out:?}"
    );
    let out = explain(&["--platform", "wechat-mp", "--lang", "en", "45009"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert!(out.stdout.contains("advice: wait_for_quota"), "{out:?}");
    let json = catalogue(&["--platform", "wechat-open", "--format", "tsv"]).stdout;
    assert_eq!(json.lines().count(), 1 + 1830);
}

#[cfg(not(feature = "wecom"))]
#[test]
fn a_platform_not_built_in_names_its_feature() {
    let outcome = explain(&["--platform", "wecom", "42001"]);
    assert_error(
        &outcome,
        "explain: the WeCom catalogue (wecom) is not built in: build with the cargo feature `wecom`",
    );
    assert!(
        outcome.stderr.contains("cargo install --path cli"),
        "{outcome:?}"
    );
    let help = explain(&["--help"]).stdout;
    assert!(
        help.contains("  wecom           WeCom: not built in (cargo feature `wecom`)\n"),
        "{help}"
    );
}

// ---- a catalogue of one's own ----

/// Exported in `format`, written to a file, loaded with `--catalogue`, exported again in
/// every format: the same text as the built-in catalogue's (but for the names the file
/// gives).
#[test]
fn a_catalogue_loads_from_what_catalogue_writes() {
    for format in ["tsv", "json"] {
        let exported = catalogue(&["--format", format]).stdout;
        let path = temp_table(&format!("qingtui-errors.{format}"), &exported);
        for again in ["tsv", "json", "markdown", "openapi", "json-schema"] {
            let built_in = catalogue(&["--format", again]).stdout;
            let loaded = catalogue(&["--catalogue", &path, "--format", again]);
            assert_eq!(loaded.status, 0, "{loaded:?}");
            let renamed = built_in
                .replace(
                    "The Qingtui error catalogue",
                    &format!("The error catalogue in qingtui-errors.{format}"),
                )
                .replace("\"QingtuiError\"", "\"QingtuiErrorsError\"")
                .replace(
                    "An error answer of Qingtui:",
                    &format!("An error answer of the catalogue in qingtui-errors.{format}:"),
                );
            if again == "markdown" {
                // The paragraph under the title says where the catalogue comes from.
                assert_eq!(
                    loaded.stdout.lines().skip(4).collect::<Vec<_>>(),
                    built_in.lines().skip(6).collect::<Vec<_>>(),
                    "{format} -> {again}"
                );
            } else {
                assert_eq!(loaded.stdout, renamed, "{format} -> {again}");
            }
        }
        // explain and check read it as they read the built-in one.
        assert_eq!(
            explain(&["--catalogue", &path, "40100", "page_size is required"]),
            explain(&["40100", "page_size is required"])
        );
        let check = catalogue(&["check", "--catalogue", &path, "--allow-extra", PAGE_TABLE]);
        assert_eq!(check, catalogue(&["check", "--allow-extra", PAGE_TABLE]));
    }
}

#[test]
fn a_small_catalogue_of_ones_own() {
    // Feishu's codes, columns in another order, only code and message required.
    let path = temp_table(
        "feishu.tsv",
        "code\tmessage\tadvice\tcategory\n\
         99991663\tInvalid access token for authorization.\trefresh_token\tauth\n\
         99991400\trequest trigger frequency limit\tthrottle\t\n\
         \n\
         1254040\tbad request\t\t\n",
    );
    let outcome = explain(&[
        "--catalogue",
        &path,
        r#"{"code": 99991663, "msg": "invalid access token for authorization"}"#,
    ]);
    assert_eq!(
        outcome.stdout,
        "1 entry matching:\n\n  auth 99991663  E99991663\n    message: Invalid access token for authorization.\n    advice: refresh_token (refresh the access token, then retry once)\n"
    );
    let unknown = explain(&["--catalogue", &path, "42"]);
    assert_eq!(
        unknown,
        Outcome::out(
            1,
            "42 is not an error code known to the catalogue in feishu.tsv.\n".to_owned()
        )
    );
    let page = temp_table("feishu-page.tsv", "99991663\tInvalid access token for authorization.\n99991400\trequest trigger frequency limit\n1254040\tbad request\n");
    let check = catalogue(&["check", "--catalogue", &path, &page]);
    assert_eq!(check.status, 0, "{check:?}");
    let schema = parse_json(&catalogue(&["--catalogue", &path, "--format", "json-schema"]).stdout);
    assert_eq!(schema.get("title").unwrap().as_str(), Some("FeishuError"));
}

#[test]
fn a_catalogue_of_string_codes_of_ones_own() {
    // A code that is no number makes every code a string code, `40004` too.
    let path = temp_table(
        "shop.tsv",
        "code\tmessage\tadvice\n\
         ITEM_SOLD_OUT\tthe item is sold out\tnone\n\
         token.expired\tthe access token has expired\trefresh_token\n\
         40004\tbusiness failure\tfix_request\n",
    );
    let outcome = explain(&[
        "--catalogue",
        &path,
        "token.expired",
        "The access token has expired.",
    ]);
    assert_eq!(
        outcome,
        Outcome::out(
            0,
            "1 entry matching:\n\n  - token.expired  TokenExpired\n    message: the access token has expired\n    advice: refresh_token (refresh the access token, then retry once)\n"
                .to_owned()
        )
    );
    let outcome = explain(&["--catalogue", &path, " 40004 "]);
    assert!(
        outcome
            .stdout
            .starts_with("1 entry with code 40004:\n\n  - 40004  E40004\n"),
        "{outcome:?}"
    );
    // No code means success: an unknown code says so.
    let unknown = explain(&["--catalogue", &path, "OK"]);
    assert_eq!(unknown.status, 1, "{unknown:?}");
    assert!(unknown.stdout.ends_with("No code means success in the catalogue in shop.tsv: success is an answer without a code (an HTTP 2xx status), so every code is an error.\n"), "{unknown:?}");
    assert_usage_error(
        &explain(&["--catalogue", &path, "SOLD OUT"]),
        "\"SOLD OUT\" is not a code: give a code such as ITEM_SOLD_OUT, or a JSON body",
    );
    // The JSON export holds the codes as strings; the schema, the known codes as an `enum`.
    let json = parse_json(&catalogue(&["--catalogue", &path, "--format", "json"]).stdout);
    let codes: Vec<&Value> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry.get("code").unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            &Value::str("ITEM_SOLD_OUT"),
            &Value::str("token.expired"),
            &Value::str("40004")
        ]
    );
    let schema = parse_json(&catalogue(&["--catalogue", &path, "--format", "json-schema"]).stdout);
    let code = schema.get("properties").unwrap().get("code").unwrap();
    assert_eq!(code.get("type").unwrap().as_str(), Some("string"));
    let known = code.get("anyOf").unwrap().as_array().unwrap()[0]
        .get("enum")
        .unwrap();
    assert_eq!(known.as_array().unwrap().len(), 3);
    let page = temp_table(
        "shop-page.tsv",
        "ITEM_SOLD_OUT\tthe item is sold out\nNEW_CODE\tnew\n",
    );
    let check = catalogue(&["check", "--allow-extra", "--catalogue", &path, &page]);
    assert_eq!(check.status, 1, "{check:?}");
    assert!(
        check.stdout.contains("1 missing, 2 extra, 0 changed"),
        "{check:?}"
    );
    // The default catalogue's codes are integers: a string code is the error it was.
    assert_usage_error(
        &explain(&["NOAUTH"]),
        "\"NOAUTH\" is not a code: give an integer such as 40001 or -1, or a JSON body",
    );
}

#[test]
fn a_bad_catalogue_says_what_and_where() {
    for (name, text, error) in [
        ("empty.tsv", "", "empty.tsv: no entries"),
        (
            "typo.tsv",
            "code\tmesage\n1\tx\n",
            "typo.tsv: line 1: unknown column \"mesage\": expected category, code, variant",
        ),
        (
            "no-message.tsv",
            "code\tvariant\n1\tA\n",
            "no-message.tsv: line 1: no column \"message\"",
        ),
        (
            "twice.tsv",
            "code\tmessage\tcode\n",
            "twice.tsv: line 1: column \"code\" is given twice",
        ),
        (
            "cells.tsv",
            "code\tmessage\n1\tone\n2\ttwo\textra\n",
            "cells.tsv: line 3: 3 cells, but the header names 2 columns",
        ),
        (
            "code.tsv",
            "code\tmessage\nfor ty\tx\n",
            "code.tsv: line 2: \"for ty\" is not a code: a string code has no whitespace",
        ),
        (
            "nocode.tsv",
            "code\tmessage\n\tx\n",
            "nocode.tsv: line 2: the code is empty",
        ),
        (
            "advice.tsv",
            "code\tmessage\tadvice\n1\tx\twait\n",
            "advice.tsv: line 2: unknown advice \"wait\": expected none, retry,",
        ),
        (
            "status.tsv",
            "code\tmessage\thttp_status\n1\tx\t42\n",
            "status.tsv: line 2: http_status \"42\" is not an HTTP status (100 to 999)",
        ),
        (
            "object.json",
            "[{\"code\": 1, \"message\": \"x\"}, 3]",
            "object.json: item 2: expected an object",
        ),
        (
            "key.json",
            "[{\"code\": 1, \"message\": \"x\", \"extra\": true}]",
            "key.json: item 1: unknown column \"extra\"",
        ),
        (
            "value.json",
            "[{\"code\": 1, \"message\": [\"x\"]}]",
            "value.json: item 1: \"message\" must be a string, a number or null",
        ),
        (
            "broken.json",
            "[{\"code\": 1,}]",
            "broken.json: expected a string key at byte 12",
        ),
    ] {
        let path = temp_table(name, text);
        let outcome = explain(&["--catalogue", &path, "1"]);
        assert_error(&outcome, error);
    }
    assert_error(
        &catalogue(&["--catalogue", "/nonexistent/catalogue.tsv"]),
        "catalogue: cannot read /nonexistent/catalogue.tsv: ",
    );
}
