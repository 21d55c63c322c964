//! The program `platform-errors` as a user runs it: the built binary, its arguments, its
//! exit status, its standard output and error. And the program against the root package's
//! examples, which say the same through another front-end: the same bodies read the same
//! way (the library's wire, and the examples' own reader), the same output for the same
//! arguments.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use platform_errors::wecom::WecomError;
use platform_errors::{Catalogue, PlatformError};
// The examples' front-end names the shared code `crate::tools`.
use platform_errors_cli::tools;

#[path = "../../examples/tools/mod.rs"]
mod plain;

const PROGRAM: &str = env!("CARGO_BIN_EXE_platform-errors");

const PAGE_TABLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/tests/data/qingtui-global-error-codes.tsv"
);

/// Runs the program with `args`, bounded: 30 s.
fn run(args: &[&str]) -> Output {
    run_with_input(args, None)
}

fn run_with_input(args: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(PROGRAM)
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program starts");
    if let Some(input) = input {
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input.as_bytes()).unwrap();
    }
    bounded(move || child.wait_with_output().expect("the program runs"))
}

/// `f`'s result, or a panic after 30 s.
fn bounded<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || send.send(f()));
    receive
        .recv_timeout(Duration::from_secs(30))
        .expect("the program ends within 30 s")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).unwrap()
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).unwrap()
}

/// Status 0 and nothing on standard error.
#[track_caller]
fn assert_success(output: &Output) -> &str {
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(stderr(output), "", "{output:?}");
    stdout(output)
}

/// Status 2, nothing on standard output, and one line on standard error that starts with
/// the program's name and holds `expected`.
#[track_caller]
fn assert_bad_input(output: &Output, expected: &str) {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert_eq!(stdout(output), "", "{output:?}");
    let line = stderr(output);
    assert!(line.starts_with("platform-errors"), "{line}");
    assert!(line.contains(expected), "{expected:?} in {line:?}");
    assert_eq!(line.lines().count(), 1, "{line:?}");
    assert!(line.ends_with('\n'), "{line:?}");
}

fn temp_file(name: &str, text: &[u8]) -> String {
    let path = format!("{}/{name}", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(&path, text).unwrap();
    path
}

// ---- what the issue tried ----

#[test]
fn every_catalogue_is_built_in() {
    let out = run(&["explain", "--platform", "wecom", "42001"]);
    assert!(
        assert_success(&out).contains("\n  wecom 42001  "),
        "{out:?}"
    );
    for platform in ["qingtui", "wechat-mp", "wecom", "wechat-open"] {
        let out = run(&["catalogue", "--platform", platform, "--format", "tsv"]);
        assert!(assert_success(&out).lines().count() > 100, "{platform}");
    }
}

#[test]
fn a_pasted_wecom_answer_is_explained_as_the_library_reads_it() {
    let body = r#"{"errcode":45009,"errmsg":"reach max api daily quota limit"}"#;
    let out = run(&["explain", "--platform", "wecom", body]);
    let text = assert_success(&out);
    let read = WecomError::from_code_and_message(45009, "reach max api daily quota limit")
        .and_then(|e| e.entry().copied())
        .expect("the library reads it");
    assert_eq!(
        text,
        format!(
            "No entry with code 45009 has the message \"reach max api daily quota limit\": the \
             library reads the answer as the first entry with the code, {}.\n\
             1 entry with code 45009:\n\n  wecom 45009  {}\n",
            read.name(),
            read.name()
        ) + &text[text.find("    zh: ").unwrap()..]
    );
    assert!(text.contains("    advice: throttle"), "{text}");
}

#[test]
fn the_success_body_says_success() {
    let out = run(&[
        "explain",
        "--platform",
        "wecom",
        r#"{"errcode":0,"errmsg":"ok"}"#,
    ]);
    let text = assert_success(&out);
    assert!(
        text.starts_with("0 is the success code of WeCom: the call succeeded.\n"),
        "{text}"
    );
}

#[test]
fn options_come_in_any_order() {
    let page = temp_file(
        "wecom-page.tsv",
        "60020\t访问ip不在白名单之中；请确认访问ip是否在服务商白名单IP列表\n".as_bytes(),
    );
    let expected = run(&["check", "--platform", "wecom", "--allow-extra", &page]);
    assert_eq!(expected.status.code(), Some(0), "{expected:?}");
    assert!(stdout(&expected).starts_with("drift between the table (1 row) and the catalogue (281 entries): 0 missing, 280 extra, 0 changed\n"));
    for args in [
        [
            "catalogue",
            "--platform",
            "wecom",
            "check",
            "--allow-extra",
            &page,
        ]
        .as_slice(),
        &[
            "catalogue",
            "check",
            "--platform",
            "wecom",
            &page,
            "--allow-extra",
        ],
        &[
            "catalogue",
            "--allow-extra",
            "check",
            &page,
            "--platform",
            "wecom",
        ],
        &[
            "catalogue",
            "check",
            "--allow-extra",
            &page,
            "--platform",
            "wecom",
        ],
        &["check", &page, "--allow-extra", "--platform=wecom"],
    ] {
        let out = run(args);
        assert_eq!(out.stdout, expected.stdout, "{args:?}: {out:?}");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}

#[test]
fn the_openapi_export_leaves_errcode_open() {
    let out = run(&["catalogue", "--platform", "wecom", "--format", "openapi"]);
    let doc: serde_json::Value = serde_json::from_str(assert_success(&out)).unwrap();
    let errcode = &doc["components"]["schemas"]["WecomError"]["properties"]["errcode"];
    assert_eq!(errcode["type"], "integer");
    assert!(errcode.get("enum").is_none(), "{errcode}");
    let examples = errcode["examples"].as_array().unwrap();
    assert!(examples.contains(&serde_json::json!(45009)));
    // An answer with a code the catalogue lacks is an integer: valid.
    assert!(!examples.contains(&serde_json::json!(61000)));
    let schema = run(&[
        "catalogue",
        "--platform",
        "wecom",
        "--format",
        "json-schema",
    ]);
    let schema: serde_json::Value = serde_json::from_str(assert_success(&schema)).unwrap();
    assert_eq!(schema["properties"]["errcode"], *errcode);
}

#[test]
fn a_catalogue_of_ones_own() {
    let feishu = temp_file(
        "feishu.json",
        br#"[
  {"code": 99991663, "variant": "InvalidAccessToken", "message": "Invalid access token for authorization.", "advice": "refresh_token", "category": "auth"},
  {"code": 99991400, "variant": "FrequencyLimit", "message": "request trigger frequency limit", "advice": "throttle", "http_status": 429}
]"#,
    );
    let body = r#"{"code": 99991400, "msg": "request trigger frequency limit"}"#;
    let out = run(&["explain", "--catalogue", &feishu, body]);
    assert_eq!(
        assert_success(&out),
        "1 entry matching:\n\n  - 99991400  FrequencyLimit\n    message: request trigger frequency limit\n    advice: throttle (a rate or quota limit was hit: wait before sending more requests)\n    http status: 429\n"
    );
    let page = temp_file(
        "feishu-page.tsv",
        b"99991663\tInvalid access token for authorization.\n99991400\trequest trigger frequency limit\n99991401\tbrand new\n",
    );
    let drift = run(&["check", "--catalogue", &feishu, &page]);
    assert_eq!(drift.status.code(), Some(1), "{drift:?}");
    assert!(
        stdout(&drift).contains("1 missing, 0 extra, 0 changed"),
        "{drift:?}"
    );
    let tsv = run(&["catalogue", "--catalogue", &feishu]);
    assert!(assert_success(&tsv).starts_with("category\tcode\tvariant\t"));
    // What it writes, it reads.
    let again = temp_file("feishu-again.tsv", &tsv.stdout);
    assert_eq!(
        run(&["catalogue", "--catalogue", &again]).stdout,
        tsv.stdout
    );
}

// ---- exit statuses ----

#[test]
fn status_0() {
    let out = run(&["explain", "40100", "Page_Size  is required."]);
    assert!(
        assert_success(&out).starts_with("1 entry matching:\n\n  param 40100  PageSizeRequired\n")
    );
    // A negative code is a code.
    let out = run(&["explain", "-1"]);
    assert!(assert_success(&out).starts_with("2 entries with code -1:"));
    // A code as the wire reads one, and a body after a byte order mark.
    let out = run(&["explain", "42001.0"]);
    assert!(assert_success(&out).starts_with("1 entry with code 42001:"));
    let out = run(&[
        "explain",
        "\u{feff}{\"errcode\": 42001.0, \"errmsg\": \"access_token expired\"}",
    ]);
    assert!(assert_success(&out).starts_with("1 entry matching:\n\n  general 42001  "));
    for help in [
        ["--help"].as_slice(),
        &["explain", "--help"],
        &["catalogue", "-h"],
        &["catalogue", "check", "--help"],
        &["check", "--help"],
    ] {
        let out = run(help);
        let text = assert_success(&out);
        assert!(text.contains("Usage: platform-errors"), "{help:?}: {text}");
        assert!(
            text.contains("Platforms (--platform NAME):\n  qingtui         Qingtui (the default)\n  wechat-mp       WeChat Official Accounts\n  wecom           WeCom\n  wechat-open     WeChat Open Platform\n  wechat-miniapp  WeChat Mini Program\n  dingtalk        DingTalk\n  dingtalk-v1     DingTalk newer API\n  feishu          Feishu / Lark\n  wechat-pay      WeChat Pay v3\n"),
            "{help:?}: {text}"
        );
        assert!(text.contains("--catalogue FILE"), "{help:?}");
    }
    let out = run(&["--version"]);
    assert_eq!(
        assert_success(&out),
        format!("platform-errors {}\n", env!("CARGO_PKG_VERSION"))
    );
    // The table on standard input.
    let out = run_with_input(
        &["check", "--allow-extra", "-"],
        Some(&std::fs::read_to_string(PAGE_TABLE).unwrap()),
    );
    assert!(assert_success(&out).contains("0 missing, 21 extra, 0 changed"));
}

#[test]
fn status_1() {
    let out = run(&["explain", "12345", "huh"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "12345 is not a Qingtui error code known to this catalogue.\nThe platform said: huh\n"
    );
    assert_eq!(stderr(&out), "");
    // Not in the default catalogue: which one has it.
    let out = run(&["explain", "60020"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).ends_with(
            "The catalogues of wecom, dingtalk have it: add `--platform wecom`, for instance.\n"
        ),
        "{out:?}"
    );
    let drift = run(&["check", PAGE_TABLE]);
    assert_eq!(drift.status.code(), Some(1));
    assert!(stdout(&drift).contains("0 missing, 21 extra, 0 changed"));
}

#[test]
fn status_2_for_arguments() {
    for (args, expected) in [
        (
            ["explain", "--verbose", "1"].as_slice(),
            "unexpected argument '--verbose' found",
        ),
        (
            &["explain", "--platfrom", "wecom", "1"],
            "unexpected argument '--platfrom' found; a similar argument exists: '--platform' (see `platform-errors explain --help`)",
        ),
        (&["explian", "1"], "unrecognized subcommand 'explian'"),
        (&[], "give a command: explain, catalogue or check"),
        (&["explain"], "the following required arguments were not provided"),
        (
            &["explain", "1", "two", "three"],
            "unexpected argument 'three' found",
        ),
        (&["explain", "forty"], "\"forty\" is not a code"),
        (&["explain", "40001.5"], "a code must be an integer, not 40001.5"),
        (&["explain", "--lang", "", "1"], "--lang needs a language tag"),
        (
            &["explain", "--platform", "slack", "1"],
            "unknown platform \"slack\": expected qingtui, wechat-mp, wecom, wechat-open, wechat-miniapp, dingtalk, dingtalk-v1, feishu, wechat-pay; for another platform, give its catalogue with --catalogue FILE",
        ),
        (
            &["explain", "--platform", "wecom", "--catalogue", "x.tsv", "1"],
            "give --platform or --catalogue, not both",
        ),
        (
            &["catalogue", "--format", "xml"],
            "invalid value 'xml' for '--format <FORMAT>': unknown format \"xml\": expected tsv, json, markdown, openapi or json-schema",
        ),
        (
            &["catalogue", "--format", "json", "check", PAGE_TABLE],
            "--format is for the export, not for check",
        ),
        (&["check"], "the following required arguments were not provided"),
        (
            &["check", "--allow-extra", "--allow-extra", PAGE_TABLE],
            "cannot be used multiple times",
        ),
        (
            &["explain", r#"{"errcode": 1}"#, "extra"],
            "unexpected argument \"extra\": the body holds the message",
        ),
    ] {
        assert_bad_input(&run(args), expected);
    }
}

#[test]
fn status_2_for_files_tables_and_json() {
    assert_bad_input(
        &run(&["check", "/nonexistent/table.tsv"]),
        "platform-errors check: cannot read /nonexistent/table.tsv: ",
    );
    let table = temp_file("bad.tsv", b"40001\tok\nforty\tnot a code\n");
    assert_bad_input(
        &run(&["catalogue", "check", &table]),
        "platform-errors catalogue check: ",
    );
    assert_bad_input(
        &run(&["check", &table]),
        "bad.tsv: line 2: \"forty\" is not a code",
    );
    let latin1 = temp_file("latin1.tsv", b"40001\t\xe9t\xe9\n");
    assert_bad_input(
        &run(&["check", &latin1]),
        "stream did not contain valid UTF-8",
    );
    let catalogue = temp_file("cat.tsv", b"code\tmessage\n1\tone\n2\n");
    assert_bad_input(
        &run(&["explain", "--catalogue", &catalogue, "1"]),
        "cat.tsv: line 3: 1 cells, but the header names 2 columns",
    );
    let catalogue = temp_file("cat.json", b"[{\"code\": 1, \"message\": \"one\"},]");
    assert_bad_input(
        &run(&["catalogue", "--catalogue", &catalogue]),
        "cat.json: not JSON: trailing comma at line 1 column 32",
    );
    assert_bad_input(
        &run(&["catalogue", "--catalogue", "/nonexistent/c.tsv"]),
        "cannot read /nonexistent/c.tsv",
    );
    for (body, expected) in [
        (
            r#"{"errcode": 40100,}"#,
            "platform-errors explain: the body is not JSON: trailing comma at line 1 column 19",
        ),
        (
            r#"{"errcode": 40100.5}"#,
            "`errcode` must be an integer, not 40100.5 at line 1 column 20",
        ),
        (r#"{"errmsg": "x"}"#, "the body has no code"),
        (
            r#"{"errcode": 1, "errmsg": 7}"#,
            "expected a string or null",
        ),
        (
            r#"{"errcode": 1, "errcode": 2}"#,
            "duplicate field `errcode`",
        ),
        (
            "{\"errcode\": 1, \"errmsg\": \"a\nb\"}",
            "control character",
        ),
    ] {
        assert_bad_input(&run(&["explain", body]), expected);
    }
}

#[cfg(unix)]
#[test]
fn status_2_for_an_argument_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt as _;
    let out = bounded(|| {
        Command::new(PROGRAM)
            .arg("explain")
            .arg(std::ffi::OsStr::from_bytes(b"\xff"))
            .output()
            .unwrap()
    });
    assert_bad_input(&out, "invalid UTF-8");
}

/// `platform-errors catalogue ... | head -1`: the reader goes away after one line; the
/// program drops the rest, exits with its status, and does not panic.
#[test]
fn a_closed_standard_output_is_no_panic() {
    let mut child = Command::new(PROGRAM)
        .args(["catalogue", "--platform", "wechat-open", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "[\n");
    // The reader is dropped: the pipe is closed with megabytes still to write.
    let mut errors = String::new();
    let mut stderr = child.stderr.take().unwrap();
    let status = bounded(move || {
        stderr.read_to_string(&mut errors).unwrap();
        (child.wait().unwrap(), errors)
    });
    assert_eq!(status.0.code(), Some(0), "{status:?}");
    assert_eq!(status.1, "");
}

// ---- the program and the examples say the same ----

fn plain(tool: &str, args: &[&str]) -> tools::Outcome {
    let args: Vec<String> = args.iter().map(|&a| a.to_owned()).collect();
    plain::run(tool, &args)
}

fn program(args: &[&str]) -> tools::Outcome {
    platform_errors_cli::run(std::iter::once("platform-errors").chain(args.iter().copied()))
}

/// Bodies of every kind: the program reads them with the library's wire, the examples with
/// their own reader; both read the same code and message, or both refuse.
#[test]
fn both_read_a_body_alike() {
    let bodies = [
        r#"{"errcode": 42001, "errmsg": "access_token expired"}"#,
        r#"{"errcode": 42001.0}"#,
        r#"{"errcode": -0}"#,
        r#"{"errcode": -0.0, "errmsg": null}"#,
        r#"{"errcode": 1e5}"#,
        r#"{"errcode": 1E+2, "errmsg": ""}"#,
        r#"{"errcode": 4200.1e1}"#,
        r#"{"errcode": "42001"}"#,
        r#"{"errcode": " 42001 "}"#,
        r#"{"errcode": "42001.0"}"#,
        r#"{"errcode": "+7"}"#,
        r#"{"errcode": -9223372036854775808}"#,
        r#"{"errcode": 9223372036854775807}"#,
        // Read from the literal's text, exactly: no float is made of it.
        r#"{"errcode": 9007199254740990.0}"#,
        r#"{"errcode": 9007199254740991.0}"#,
        r#"{"errcode": 9007199254740993.0}"#,
        r#"{"errcode": 9223372036854775807.0}"#,
        r#"{"errcode": -9.223372036854775808e18}"#,
        r#"{"errcode": 4.0001e4}"#,
        r#"{"errcode": 400010e-1}"#,
        r#"{"errcode": 0e-400}"#,
        r#"{"errcode": "4.0001E+4"}"#,
        r#"{"errcode": " 5. "}"#,
        r#"{"errcode": ".5e1"}"#,
        "\u{feff}{\"errcode\": 1, \"errmsg\": \"bom\"}",
        r#"{"code": 99991663, "msg": "Invalid access token", "data": {}}"#,
        r#"{"code": 3, "message": "m"}"#,
        r#"{"code": 3, "msg": "a", "message": "b"}"#,
        r#"{"error_code": 110, "error_msg": "Access token invalid"}"#,
        r#"{"errcode": 1, "code": 2, "errmsg": "x", "msg": "y"}"#,
        r#"{"request_id": "r", "errmsg": "a\u00e9\ud83d\ude00", "errcode": 5}"#,
        // Refused by both.
        r#"{"errcode": 42001.5}"#,
        r#"{"errcode": 1e300}"#,
        r#"{"errcode": 1e-400}"#,
        r#"{"errcode": "1e-400"}"#,
        r#"{"errcode": 40001.0000000000001}"#,
        r#"{"errcode": 9223372036854775808.0}"#,
        r#"{"errcode": 1e19}"#,
        r#"{"errcode": "."}"#,
        r#"{"errcode": "1e"}"#,
        r#"{"errcode": "-+5"}"#,
        r#"{"errcode": 9223372036854775808}"#,
        r#"{"errcode": -9223372036854775809}"#,
        r#"{"errcode": "forty"}"#,
        r#"{"errcode": "inf"}"#,
        r#"{"errcode": "99999999999999999999"}"#,
        r#"{"errcode": true}"#,
        r#"{"errcode": null}"#,
        r#"{"errcode": [1]}"#,
        r#"{"errcode": 1, "errmsg": 2}"#,
        r#"{"errcode": 1, "errmsg": {}}"#,
        r#"{"errcode": 1, "errcode": 1}"#,
        r#"{"errcode": 1, "errmsg": "a", "errmsg": "b"}"#,
        r#"{"errmsg": "no code"}"#,
        r#"[1]"#,
        r#"{"errcode": 1"#,
        r#"{"errcode": 1} trailing"#,
        "{\"errcode\": 1, \"errmsg\": \"\\ud800\"}",
    ];
    for body in bodies {
        let library = platform_errors_cli::read_body(body);
        let examples = plain::body::read_body(body);
        match (&library, &examples) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{body}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{body}: the library reads {library:?}, the examples {examples:?}"),
        }
    }
    // Exactly the integer the text denotes, beyond 2^53 too.
    for (body, code) in [
        (r#"{"errcode": 9007199254740993.0}"#, 9_007_199_254_740_993),
        (r#"{"errcode": 4.0001e4}"#, 40001),
        (r#"{"errcode": 0e-400}"#, 0),
    ] {
        assert_eq!(
            platform_errors_cli::read_body(body),
            Ok((code, None)),
            "{body}"
        );
        assert_eq!(plain::body::read_body(body), Ok((code, None)), "{body}");
    }
}

#[test]
fn both_explain_alike() {
    for args in [
        ["40100", "page_size is required"].as_slice(),
        &["40100", "something else"],
        &["0"],
        &["-1"],
        &["12345", "huh"],
        &["60020"],
        &["--lang", "zh-CN", "42001"],
        &["--lang", "fr", "42001"],
        &[
            "--platform",
            "wecom",
            "45009",
            "reach max api daily quota limit",
        ],
        &[
            "--platform",
            "wechat-mp",
            r#"{"errcode": 40001.0, "errmsg": "invalid credential"}"#,
        ],
        &["--platform", "wechat-open", "0", "ok"],
        &["--platform", "wecom", "61000"],
        &[r#"{"errcode": 45001}"#],
    ] {
        let mut with_command = vec!["explain"];
        with_command.extend_from_slice(args);
        let ours = program(&with_command);
        assert_ne!(ours.status, 2, "{args:?}: {ours:?}");
        assert_eq!(ours, plain("explain", args), "{args:?}");
    }
}

/// The program writes JSON with serde_json, the examples with their own writer: the same
/// text, for every platform and format.
#[test]
fn both_write_every_catalogue_alike() {
    for platform in tools::PLATFORMS {
        for format in tools::catalogue::Format::ALL {
            let args = ["--platform", platform.name, "--format", format.name()];
            let ours = program(&[&["catalogue"][..], &args].concat());
            assert_eq!(ours.status, 0);
            assert_eq!(ours, plain("catalogue", &args), "{args:?}");
        }
    }
}
