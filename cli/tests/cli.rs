//! The program `platform-errors` as a user runs it: the built binary, its arguments, its
//! exit status, its standard output and error. And the program against the root package's
//! examples, which say the same through another front-end: the same bodies read the same
//! way (the library's wire, and the examples' own reader), the same output for the same
//! arguments.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use platform_errors::wechat_pay::{GlobalError as PayError, WechatPayError};
use platform_errors::wecom::WecomError;
use platform_errors::{Catalogue, Code, FromReceived, PlatformError};
// The examples' front-end names the shared code `crate::tools`.
use platform_errors_cli::tools;

#[path = "../../examples/tools/mod.rs"]
mod plain;

const PROGRAM: &str = env!("CARGO_BIN_EXE_platform-errors");

const SHOP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/shop.tsv");

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
        "1 entry matching:\n\n  - 99991400  FrequencyLimit\n    message: request trigger frequency limit\n    advice: throttle (a rate limit was hit: wait before sending more requests)\n    http status: 429\n"
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

// ---- string codes ----

/// `explain --platform wechat-pay NO_AUTH`: the entry the library has for the code, by its
/// declared spelling and by another that lookup takes.
#[test]
fn explain_a_string_code_and_its_alias() {
    let entry = PayError::NoAuth.entry();
    let expected = format!(
        "1 entry with code NO_AUTH:\n\n  wechat-pay NO_AUTH  {}\n    zh: {}\n    en: {}\n    advice: {} ({})\n    http status: 403\n",
        entry.name(),
        entry.message_in("zh").unwrap(),
        entry.message_in("en").unwrap(),
        entry.advice(),
        entry.advice().describe(),
    );
    let out = run(&["explain", "--platform", "wechat-pay", "NO_AUTH"]);
    assert_eq!(assert_success(&out), expected);
    // Surrounding whitespace is no part of the code.
    let out = run(&["explain", "--platform", "wechat-pay", " NO_AUTH "]);
    assert_eq!(assert_success(&out), expected);
    // `NOAUTH` is the older spelling: what lookup reads it as, and the same entry.
    assert_eq!(PayError::from_code("NOAUTH"), Some(PayError::NoAuth));
    let out = run(&["explain", "--platform", "wechat-pay", "NOAUTH"]);
    assert_eq!(
        assert_success(&out),
        format!(
            "NOAUTH is another spelling of NO_AUTH (an alias the library's lookup takes).\n\n{expected}"
        )
    );
    // With the message the platform sent, matched as usual.
    let out = run(&[
        "explain",
        "--platform",
        "wechat-pay",
        "SYSTEMERROR",
        "系统错误",
    ]);
    let text = assert_success(&out);
    assert!(
        text.starts_with(
            "SYSTEMERROR is another spelling of SYSTEM_ERROR (an alias the library's lookup takes).\n\n1 entry matching:\n\n  wechat-pay SYSTEM_ERROR  SystemError\n"
        ),
        "{text}"
    );
    assert!(text.contains("    http status: 500\n"), "{text}");
    // DingTalk's newer API, whose codes are in camel case.
    let out = run(&[
        "explain",
        "--platform",
        "dingtalk-v1",
        "InvalidAuthentication",
    ]);
    let text = assert_success(&out);
    assert!(
        text.starts_with(
            "1 entry with code InvalidAuthentication:\n\n  dingtalk-v1 InvalidAuthentication  "
        ),
        "{text}"
    );
    assert!(text.contains("    advice: refresh_token "), "{text}");
    // Codes are compared as sent: another case is another code.
    let out = run(&["explain", "--platform", "wechat-pay", "no_auth"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
}

/// A platform of string codes has no success code: every code it sends is an error, and an
/// unknown one says so; a platform of integer codes has its success code.
#[test]
fn success_of_a_platform_without_a_success_code() {
    let no_success = "No code means success in WeChat Pay v3: success is an answer without a code (an HTTP 2xx status), so every code is an error.\n";
    for code in ["0", "SUCCESS", "A_CODE_THE_LIST_LACKS"] {
        let out = run(&["explain", "--platform", "wechat-pay", code]);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        assert_eq!(
            stdout(&out),
            format!(
                "{code} is not a WeChat Pay v3 error code known to this catalogue.\n{no_success}"
            ),
        );
        assert_eq!(stderr(&out), "");
    }
    let out = run(&["explain", "--platform", "wechat-pay", "NOPE", "新的错误"]);
    assert_eq!(
        stdout(&out),
        format!("NOPE is not a WeChat Pay v3 error code known to this catalogue.\n{no_success}The platform said: 新的错误\n")
    );
    // The library agrees: the umbrella keeps such a code as sent, an error with no entry.
    let unknown = WechatPayError::from_received("A_CODE_THE_LIST_LACKS", "新的错误");
    assert_eq!(unknown.code(), Some(Code::Str("A_CODE_THE_LIST_LACKS")));
    assert!(unknown.entry().is_none());
    // A catalogue of integer codes keeps its success code.
    let out = run(&["explain", "--platform", "wecom", "0"]);
    assert!(
        assert_success(&out).starts_with("0 is the success code of WeCom: the call succeeded.\n")
    );
    let out = run(&["explain", "--platform", "dingtalk-v1", "0"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        stdout(&out).contains("No code means success in DingTalk newer API: "),
        "{out:?}"
    );
}

/// A string code given to a catalogue of integer codes is the error it was, with the
/// built-in catalogues that know it; an integer given to a catalogue of string codes is a
/// code as its text.
#[test]
fn a_code_of_the_other_kind() {
    assert_bad_input(
        &run(&["explain", "NOAUTH"]),
        "platform-errors explain: \"NOAUTH\" is not a code: give an integer such as 40001 or -1, or a JSON body; the wechat-pay catalogue has it: add `--platform wechat-pay`.\n",
    );
    assert_bad_input(
        &run(&["explain", "--platform", "wecom", "InvalidAuthentication"]),
        "\"InvalidAuthentication\" is not a code: give an integer such as 40001 or -1, or a JSON body; the dingtalk-v1 catalogue has it: add `--platform dingtalk-v1`.\n",
    );
    // Known nowhere: the error alone, as before.
    assert_bad_input(
        &run(&["explain", "forty"]),
        "platform-errors explain: \"forty\" is not a code: give an integer such as 40001 or -1, or a JSON body\n",
    );
    assert_bad_input(
        &run(&["explain", "--platform", "wechat-pay", "NO AUTH"]),
        "\"NO AUTH\" is not a code: give a code such as INVALID_REQUEST, or a JSON body",
    );
    assert_bad_input(
        &run(&["explain", "--platform", "wechat-pay", " "]),
        "\"\" is not a code: give a code such as INVALID_REQUEST",
    );
    let out = run(&["explain", "--platform", "wechat-pay", "40001"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        stdout(&out).starts_with("40001 is not a WeChat Pay v3 error code"),
        "{out:?}"
    );
}

/// Every format writes a string catalogue's codes as its codes: text in TSV and markdown,
/// JSON strings, and string schemas whose `enum` lists the known codes beside any other.
#[test]
fn every_format_writes_string_codes() {
    let entries = WechatPayError::ENTRIES;
    assert!(entries.len() > 20);
    let codes: Vec<&str> = entries.iter().map(|e| e.code().as_str().unwrap()).collect();
    let tsv = run(&["catalogue", "--platform", "wechat-pay"]);
    let tsv = assert_success(&tsv);
    let cells: Vec<&str> = tsv
        .lines()
        .skip(1)
        .map(|line| line.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(cells, codes);
    let json = run(&["catalogue", "--platform", "wechat-pay", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(assert_success(&json)).unwrap();
    let json_codes: Vec<&serde_json::Value> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["code"])
        .collect();
    assert_eq!(
        json_codes,
        codes
            .iter()
            .map(|c| serde_json::json!(c))
            .collect::<Vec<_>>()
            .iter()
            .collect::<Vec<_>>()
    );
    let markdown = run(&["catalogue", "--platform", "wechat-pay", "--format", "md"]);
    let markdown = assert_success(&markdown);
    for (entry, code) in entries.iter().zip(&codes) {
        // `_` is no markdown special in a table cell here: the code is as declared.
        assert!(
            markdown.contains(&format!("| wechat-pay | {code} | {} |", entry.name())),
            "{code}"
        );
    }
    let openapi = run(&[
        "catalogue",
        "--platform",
        "wechat-pay",
        "--format",
        "openapi",
    ]);
    let openapi: serde_json::Value = serde_json::from_str(assert_success(&openapi)).unwrap();
    let schema = &openapi["components"]["schemas"]["WechatPayError"];
    let code = &schema["properties"]["code"];
    assert_eq!(code["type"], "string");
    assert_eq!(code["anyOf"][0]["enum"], serde_json::json!(codes));
    // Open: the other branch takes any string (a code the list lacks, another spelling).
    assert_eq!(
        code["anyOf"][1]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["description"]
    );
    assert!(
        code.get("examples").is_none() && code.get("format").is_none(),
        "{code}"
    );
    assert!(code["description"]
        .as_str()
        .unwrap()
        .ends_with("an answer without a code is a success."));
    assert_eq!(schema["required"], serde_json::json!(["code"]));
    assert!(schema["properties"]["message"].is_object());
    let example = &openapi["components"]["examples"]["wechat-pay.NoAuth"];
    assert_eq!(
        example["value"],
        serde_json::json!({"code": "NO_AUTH", "message": PayError::NoAuth.message()})
    );
    assert_eq!(example["x-catalogue"]["code"], "NO_AUTH");
    assert!(example["summary"]
        .as_str()
        .unwrap()
        .starts_with("NO_AUTH NoAuth: "));
    let schema_doc = run(&[
        "catalogue",
        "--platform",
        "wechat-pay",
        "--format",
        "json-schema",
    ]);
    let schema_doc: serde_json::Value = serde_json::from_str(assert_success(&schema_doc)).unwrap();
    assert_eq!(schema_doc["properties"]["code"], *code);
    // A catalogue of integer codes is as it was.
    let ints = run(&[
        "catalogue",
        "--platform",
        "wecom",
        "--format",
        "json-schema",
    ]);
    let ints: serde_json::Value = serde_json::from_str(assert_success(&ints)).unwrap();
    assert_eq!(ints["properties"]["errcode"]["type"], "integer");
    assert!(ints["properties"]["errcode"]["description"]
        .as_str()
        .unwrap()
        .ends_with("0 means success."));
}

/// `check` with a table of string codes: compared with a catalogue of string codes, refused
/// against one of integer codes.
#[test]
fn check_a_table_of_string_codes() {
    let table = temp_file(
        "wechat-pay-page.tsv",
        "code\tmessage\nPARAM_ERROR\t参数错误。\nSIGN_ERROR\t签名不对\nA_NEW_CODE\t新的错误\n"
            .as_bytes(),
    );
    let out = run(&["check", "--platform", "wechat-pay", "--allow-extra", &table]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "drift between the table (3 rows) and the catalogue ({} entries): 1 missing, {} extra, 1 changed\n",
            WechatPayError::ENTRIES.len(),
            WechatPayError::ENTRIES.len() - 2
        )),
        "{text}"
    );
    assert!(
        text.contains("missing from the catalogue:\n  line 4: A_NEW_CODE \"新的错误\"\n"),
        "{text}"
    );
    assert!(
        text.contains("  line 3: SIGN_ERROR wechat-pay SignError\n    table:     \"签名不对\"\n"),
        "{text}"
    );
    // In English, against the translations.
    let english = temp_file("wechat-pay-en.tsv", b"PARAM_ERROR\tInvalid parameter.\n");
    let out = run(&[
        "catalogue",
        "check",
        "--platform",
        "wechat-pay",
        "--lang",
        "en",
        "--allow-extra",
        &english,
    ]);
    assert!(assert_success(&out).contains(": 0 missing, "), "{out:?}");
    // Against a catalogue of integer codes, a string code is no code.
    assert_bad_input(
        &run(&["check", "--platform", "wecom", &table]),
        "platform-errors check: ",
    );
    assert_bad_input(
        &run(&["check", "--platform", "wecom", &table]),
        "wechat-pay-page.tsv: line 2: \"PARAM_ERROR\" is not a code: this catalogue's codes are integers",
    );
}

/// A catalogue of one's own with string codes: read, explained, exported as it was read,
/// checked.
#[test]
fn a_catalogue_of_ones_own_with_string_codes() {
    let out = run(&["explain", "--catalogue", SHOP, "ITEM_SOLD_OUT"]);
    assert_eq!(
        assert_success(&out),
        "1 entry with code ITEM_SOLD_OUT:\n\n  - ITEM_SOLD_OUT  ItemSoldOut\n    message: the item is sold out\n    advice: none (nothing to do)\n    http status: 409\n"
    );
    // An integer cell of a string catalogue is a code as its text (Alipay's `40004`).
    let out = run(&["explain", "--catalogue", SHOP, "40004"]);
    assert!(
        assert_success(&out).starts_with("1 entry with code 40004:\n\n  - 40004  E40004\n"),
        "{out:?}"
    );
    // No success code.
    let out = run(&["explain", "--catalogue", SHOP, "0"]);
    assert_eq!(
        stdout(&out),
        "0 is not an error code known to the catalogue in shop.tsv.\nNo code means success in the catalogue in shop.tsv: success is an answer without a code (an HTTP 2xx status), so every code is an error.\n"
    );
    let tsv = run(&["catalogue", "--catalogue", SHOP]);
    assert_eq!(
        assert_success(&tsv),
        "category\tcode\tvariant\tmessage\tmessage_en\tmessage_zh\tadvice\treason\tdocs_url\thttp_status\n\
         \tITEM_SOLD_OUT\tItemSoldOut\tthe item is sold out\t\t\tnone\tITEM_SOLD_OUT\t\t409\n\
         \ttoken.expired\tTokenExpired\tthe access token has expired\t\t\trefresh_token\tTOKEN_EXPIRED\t\t401\n\
         \t40004\tE40004\tbusiness failure\t\t\tfix_request\tE40004\t\t\n"
    );
    // What it writes, it reads, in TSV and in JSON (where the codes are strings).
    let again = temp_file("shop-again.tsv", &tsv.stdout);
    assert_eq!(
        run(&["catalogue", "--catalogue", &again]).stdout,
        tsv.stdout
    );
    let json = run(&["catalogue", "--catalogue", SHOP, "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(assert_success(&json)).unwrap();
    assert_eq!(value[2]["code"], "40004");
    let from_json = temp_file("shop.json", &json.stdout);
    assert_eq!(
        run(&["catalogue", "--catalogue", &from_json]).stdout,
        tsv.stdout
    );
    // The documents' titles read as prose: the file's catalogue is no platform's name.
    let markdown = run(&["catalogue", "--catalogue", SHOP, "--format", "md"]);
    assert!(
        assert_success(&markdown)
            .starts_with("# The error catalogue in shop.tsv\n\nThe catalogue loaded from `"),
        "{markdown:?}"
    );
    let openapi = run(&["catalogue", "--catalogue", SHOP, "--format", "openapi"]);
    let openapi: serde_json::Value = serde_json::from_str(assert_success(&openapi)).unwrap();
    assert_eq!(openapi["info"]["title"], "The error catalogue in shop.tsv");
    let wecom = run(&["catalogue", "--platform", "wecom", "--format", "openapi"]);
    let wecom: serde_json::Value = serde_json::from_str(assert_success(&wecom)).unwrap();
    assert_eq!(wecom["info"]["title"], "The WeCom error catalogue");
    assert!(assert_success(&run(&[
        "catalogue",
        "--platform",
        "wecom",
        "--format",
        "md"
    ]))
    .starts_with("# The WeCom error catalogue\n"));
    // And so do explain's sentences that name it.
    let alipay = r#"{"error_response":{"code":"40002","sub_code":"isv.invalid-signature"}}"#;
    let feishu = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/feishu.tsv");
    let out = run(&["explain", "--catalogue", feishu, alipay]);
    assert!(
        stdout(&out).contains(
            "The error is isv.invalid-signature: a string code, which the catalogue in \
             feishu.tsv, of integer codes, does not have, nor any catalogue built in.\n"
        ),
        "{out:?}"
    );
    // A string code a catalogue built in has: that catalogue, and only it, is offered.
    let known = r#"{"error_response":{"code":"40004","sub_code":"PARAM_ERROR"}}"#;
    let out = run(&["explain", "--catalogue", feishu, known]);
    assert!(
        stdout(&out).contains(
            "The error is PARAM_ERROR: a string code, which the catalogue in feishu.tsv, of \
             integer codes, does not have; explain it in a catalogue of string codes that has \
             it: --platform wechat-pay.\n"
        ),
        "{out:?}"
    );
    // The schema names the envelope of string codes.
    let schema = run(&["catalogue", "--catalogue", SHOP, "--format", "json-schema"]);
    let schema: serde_json::Value = serde_json::from_str(assert_success(&schema)).unwrap();
    assert_eq!(schema["required"], serde_json::json!(["code"]));
    assert_eq!(
        schema["properties"]["code"]["anyOf"][0]["enum"],
        serde_json::json!(["ITEM_SOLD_OUT", "token.expired", "40004"])
    );
    let page = temp_file(
        "shop-page.tsv",
        b"token.expired\tthe access token has expired\n40004\tbusiness failure\n",
    );
    let out = run(&["check", "--catalogue", SHOP, "--allow-extra", &page]);
    assert!(assert_success(&out).starts_with("drift between the table (2 rows) and the catalogue (3 entries): 0 missing, 1 extra, 0 changed\n"), "{out:?}");
    // A string code has no whitespace.
    let bad = temp_file("shop-bad.tsv", b"code\tmessage\nSOLD OUT\tx\n");
    assert_bad_input(
        &run(&["catalogue", "--catalogue", &bad]),
        "shop-bad.tsv: line 2: \"SOLD OUT\" is not a code: a string code has no whitespace",
    );
    // A catalogue of integers is still refused a fraction.
    let bad = temp_file("ints-bad.tsv", b"code\tmessage\n1\tx\n1.5\ty\n");
    assert_bad_input(
        &run(&["catalogue", "--catalogue", &bad]),
        "ints-bad.tsv: line 3: a code must be an integer, not 1.5",
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
        (
            &["explain"],
            "the following required arguments were not provided: <CODE|BODY> (see `platform-errors explain --help`)",
        ),
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
            "invalid value 'xml' for '--format <FORMAT>': unknown format \"xml\": expected tsv, json, markdown, openapi or json-schema (see `platform-errors catalogue --help`)",
        ),
        (
            &["catalogue", "--format", "json", "check", PAGE_TABLE],
            "--format is for the export, not for check",
        ),
        (
            &["check"],
            "the following required arguments were not provided: <TABLE> (see `platform-errors check --help`)",
        ),
        (
            &["catalogue", "check"],
            "the following required arguments were not provided: <TABLE> (see `platform-errors catalogue check --help`)",
        ),
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
        "latin1.tsv: line 1 is not UTF-8; save the file as UTF-8",
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
        r#"{"errcode": -0, "errmsg": null}"#,
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
        r#"{"errcode": "0e-400"}"#,
        r#"{"errcode": "-0.0"}"#,
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
        // A number beyond an `f64` is JSON: where nothing reads it, it is no error.
        r#"{"errcode": 5, "data": [1e400, -1e400]}"#,
        // Refused by both.
        r#"{"errcode": 42001.5}"#,
        // Zero written as a float: what 1e-400 becomes once it has been one, no success.
        r#"{"errcode": -0.0, "errmsg": null}"#,
        r#"{"errcode": 0.0}"#,
        r#"{"errcode": 0e-400}"#,
        r#"{"errcode": 0E5}"#,
        r#"{"errcode": 1e300}"#,
        r#"{"errcode": 1e-400}"#,
        r#"{"errcode": "1e-400"}"#,
        r#"{"errcode": 40001.0000000000001}"#,
        r#"{"errcode": 9223372036854775808.0}"#,
        r#"{"errcode": 1e19}"#,
        r#"{"errcode": 1e400}"#,
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
        (r#"{"errcode": "0e-400"}"#, 0),
        (r#"{"errcode": 5, "data": [1e400, -1e400]}"#, 5),
    ] {
        assert_eq!(
            platform_errors_cli::read_body(body),
            Ok((code, None)),
            "{body}"
        );
        assert_eq!(plain::body::read_body(body), Ok((code, None)), "{body}");
    }
    // Zero written as a float is no code (what `1e-400` is once it has been a float).
    for body in [r#"{"errcode": 0e-400}"#, r#"{"errcode": 0.0}"#] {
        assert!(platform_errors_cli::read_body(body).is_err(), "{body}");
        assert!(plain::body::read_body(body).is_err(), "{body}");
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
        &["--platform", "wechat-pay", "NO_AUTH"],
        &["--platform", "wechat-pay", "NOAUTH"],
        &["--platform", "wechat-pay", "SYSTEMERROR", "系统错误"],
        &[
            "--platform",
            "wechat-pay",
            "A_CODE_THE_LIST_LACKS",
            "新的错误",
        ],
        &["--platform", "wechat-pay", "0"],
        &["--platform", "wechat-pay", "--lang", "en", "RATE_LIMITED"],
        &["--platform", "dingtalk-v1", "InvalidAuthentication"],
        &["--catalogue", SHOP, "token.expired"],
        &["--catalogue", SHOP, "40004"],
    ] {
        let mut with_command = vec!["explain"];
        with_command.extend_from_slice(args);
        let ours = program(&with_command);
        assert_ne!(ours.status, 2, "{args:?}: {ours:?}");
        assert_eq!(ours, plain("explain", args), "{args:?}");
    }
    // Bad input alike, up to where the usage is (the examples add `see --help`).
    for args in [
        ["NOAUTH"].as_slice(),
        &["--platform", "wecom", "InvalidAuthentication"],
        &["--platform", "wechat-pay", "NO AUTH"],
        &["forty"],
    ] {
        let mut with_command = vec!["explain"];
        with_command.extend_from_slice(args);
        let ours = program(&with_command);
        let theirs = plain("explain", args);
        assert_eq!((ours.status, theirs.status), (2, 2), "{args:?}");
        let line = ours
            .stderr
            .strip_prefix("platform-errors ")
            .unwrap()
            .trim_end();
        assert!(
            theirs
                .stderr
                .starts_with(&format!("{line} (see `explain --help`)")),
            "{args:?}: {ours:?} {theirs:?}"
        );
    }
}

/// Answers beyond a flat object (WeChat Pay v3, DingTalk's two APIs, Alipay, AIP-193):
/// the program reads them with the library's wire, the examples with their own reader; both
/// read the same fields, or both refuse.
#[test]
fn both_read_a_nested_answer_alike() {
    let bodies = [
        r#"{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount/currency","issue":"Currency code is invalid"}}"#,
        r#"{"code":"SIGN_ERROR","detail":{"detail":{"issue":"sign not match"}},"message":"签名错误"}"#,
        r#"{"code":"USERPAYING","message":null}"#,
        r#"{"code":"InvalidAuthentication","requestid":"30EE8654","message":"不合法的access_token"}"#,
        r#"{"code":"systemError","requestid":17,"message":"系统错误"}"#,
        r#"{"errcode":88,"sub_code":"60011","sub_msg":"没有调用该接口的权限","errmsg":"ding talk error","request_id":"5imjny7u9xwa"}"#,
        r#"{"errcode":"88","sub_code":60011,"rid":"r"}"#,
        r#"{"errcode":22,"sub_msg":"参数错误","errmsg":"x"}"#,
        r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS","sub_msg":"交易已被支付"},"sign":"S"}"#,
        r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"}}"#,
        r#"{"alipay_trade_query_response":{"code":"20000","msg":"Service Currently Unavailable"}}"#,
        r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_no":"1"},"sign":"S"}"#,
        r#"{"error_response":{"code":"40002","sub_code":"isv.invalid-signature"}}"#,
        r#"{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED","details":[{"reason":"R"}]}}"#,
        r#"{"error":{"code":404,"message":"Not found"}}"#,
        r#"{"error":{"status":"UNAVAILABLE"}}"#,
        r#"{"error":{"code":400,"status":null}}"#,
        r#"{"error":{"code":503,"message":"m","status":"UNAVAILABLE","sub":null}}"#,
        r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"","sub_msg":""}}"#,
        r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":null,"sub_msg":null}}"#,
        r#"{"error_response":{"sub_code":"isv.invalid-signature"}}"#,
        r#"{"errcode":88,"sub_code":null,"sub_msg":null,"errmsg":"x"}"#,
        // Details and kept fields, kept as their JSON text as sent.
        "{\"code\":\"PARAM_ERROR\",\"message\":\"m\",\"detail\": { \"field\" : \"/a  b\" ,\n \"n\":[1, 2.50, {}] } }",
        r#"{"code":"PARAM_ERROR","message":"m","detail":null}"#,
        r#"{"code":"PARAM_ERROR","message":"m","detail":{"n":[9007199254740993.0, 1e400]}}"#,
        r#"{"code":"PARAM_ERROR","message":"m","detail":"\u00e9\"x"}"#,
        r#"{"code":"Forbidden.AccessDenied","message":"m","requestid":"r","accessdenieddetail":{"noPermissionType":"x"}}"#,
        r#"{"sign": "S" , "error_response":{"code":"40002","sub_code":"isv.x","sub_msg":"y"},"alipay_cert_sn":12,"other":1}"#,
        r#"{"error":{"code":400,"status":"INVALID_ARGUMENT","details":[ ]}}"#,
        // Refused by both.
        r#"{"error":{"message":"no code"}}"#,
        r#"{"error":{"code":400,"status":[]}}"#,
        r#"{"code":"X","message":1}"#,
        r#"{"code":"X","message":"a","message":"b"}"#,
        r#"{"errcode":88,"sub_code":{}}"#,
        r#"{"errcode":88,"sub_code":"a","sub_code":"b"}"#,
        r#"{"errcode":"forty","sub_code":"a"}"#,
        r#"{"errcode":0.0,"sub_code":"a"}"#,
        r#"{"x_response":{"msg":"no code"}}"#,
        r#"{"x_response":{"code":[]}}"#,
        r#"{"x_response":[], "y_response":{"code":"1"}}"#,
        r#"{"error":{"code":"400","status":"S"}}"#,
    ];
    for body in bodies {
        let library = platform_errors_cli::read_nested(body, None);
        let examples = plain::body::read_nested(body, None);
        match (&library, &examples) {
            (Some(Ok(a)), Some(Ok(b))) => assert_eq!(a, b, "{body}"),
            (Some(Err(_)), Some(Err(_))) => {}
            _ => panic!("{body}: the library reads {library:?}, the examples {examples:?}"),
        }
    }
    // What both read, exactly.
    let alipay = plain::body::read_nested(bodies[8], None).unwrap().unwrap();
    assert_eq!(
        (
            alipay.typed_by.as_str(),
            alipay.code.as_str(),
            alipay.nested_key.as_deref()
        ),
        (
            "ACQ.TRADE_HAS_SUCCESS",
            "40004",
            Some("alipay_trade_pay_response")
        )
    );
    let ding = plain::body::read_nested(bodies[6], None).unwrap().unwrap();
    assert_eq!(
        (
            ding.number,
            ding.sub_code.as_deref(),
            ding.request_id.as_deref()
        ),
        (Some(60011), Some("60011"), Some("r"))
    );
    // A flat body is no nested answer.
    assert_eq!(
        platform_errors_cli::read_nested(r#"{"errcode": 1}"#, None),
        None
    );
    assert_eq!(
        plain::body::read_nested(r#"{"code": "40001", "msg": "m"}"#, None),
        None
    );
}

/// `explain` of a whole pasted answer prints its code, sub code, message, detail, request
/// id and kept fields, in both front-ends alike.
#[test]
fn explain_prints_a_nested_answer() {
    let alipay = r#"{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS","sub_msg":"交易已被支付"},"sign":"S"}"#;
    let out = program(&["explain", alipay]);
    assert_eq!(out.status, 1, "{out:?}");
    assert_eq!(
        out.stdout,
        "Read as an answer of Alipay, under `alipay_trade_pay_response`:\n  code: 40004\n  msg: Business Failed\n  \
         sub_code: ACQ.TRADE_HAS_SUCCESS\n  sub_msg: 交易已被支付\n  sign: \"S\"\nThe error is ACQ.TRADE_HAS_SUCCESS: a \
         string code, which Qingtui's catalogue of integer codes does not have, nor any catalogue \
         built in.\n"
    );
    let pay = r#"{"code":"USERPAYING","message":"用户支付中"}"#;
    let ding_v1 = r#"{"code":"InvalidAuthentication","requestid":"30EE8654","message":"不合法的access_token"}"#;
    let aip = r#"{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED","details":[{"reason": "R"}]}}"#;
    let pay_detail = "{\"code\":\"SYSTEMERROR\",\"message\":\"系统繁忙\",\"detail\":{\n  \"a\": 1,\n  \"b\": \"x  y\"\n}}";
    let ding = r#"{"errcode":88,"sub_code":"60011","sub_msg":"没有调用该接口的权限","errmsg":"ding talk error","request_id":"5imjny7u9xwa"}"#;
    let success = r#"{"alipay_trade_query_response":{"code":"10000","msg":"Success"},"sign":"S"}"#;
    for (args, lines) in [
        (
            vec![pay],
            vec!["  code: USERPAYING", "  message: 用户支付中"],
        ),
        // The detail, on one line, its strings as sent.
        (
            vec!["--platform", "wechat-pay", pay_detail],
            vec![
                "  code: SYSTEMERROR\n  message: 系统繁忙\n  detail: {\"a\":1,\"b\":\"x  y\"}\n\n",
                "  wechat-pay SYSTEM_ERROR  SystemError",
            ],
        ),
        (
            vec![
                r#"{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST"},"sign":"S","alipay_cert_sn":"C"}"#,
            ],
            vec!["  sub_code: ACQ.TRADE_NOT_EXIST\n  sign: \"S\"\n  alipay_cert_sn: \"C\"\n"],
        ),
        (
            vec![ding_v1],
            vec!["  code: InvalidAuthentication", "  request id: 30EE8654"],
        ),
        (
            vec![
                r#"{"code":"Forbidden.AccessDenied","requestid":"r","message":"m","accessdenieddetail":{"noPermissionType":"x"}}"#,
            ],
            vec!["  accessdenieddetail: {\"noPermissionType\":\"x\"}\n  request id: r\n"],
        ),
        // DingTalk's request id may come in a header only: its `accessdenieddetail`, or the
        // platform chosen, says whose answer it is.
        (
            vec![
                r#"{"code":"Forbidden.AccessDenied","message":"m","accessdenieddetail":{"requiredScopes":["qyapi_get_member"]}}"#,
            ],
            vec![
                "DingTalk",
                "  accessdenieddetail: {\"requiredScopes\":[\"qyapi_get_member\"]}",
            ],
        ),
        (
            vec![
                "--platform",
                "dingtalk-v1",
                r#"{"code":"InvalidAuthentication","message":"不合法的access_token"}"#,
            ],
            vec!["DingTalk", "  code: InvalidAuthentication"],
        ),
        (
            vec![aip],
            vec![
                "  code: 429",
                "  status: RESOURCE_EXHAUSTED",
                "  details: [{\"reason\":\"R\"}]",
                "The error is RESOURCE_EXHAUSTED",
            ],
        ),
        (
            vec!["--platform", "dingtalk", ding],
            vec![
                "  errcode: 88",
                "  sub_code: 60011",
                "  sub_msg: 没有调用该接口的权限",
                "  request id: 5imjny7u9xwa",
            ],
        ),
        (
            vec![success],
            vec!["10000 without a sub_code is Alipay's success"],
        ),
    ] {
        let ours = program(&[&["explain"][..], &args].concat());
        for line in lines {
            assert!(
                ours.stdout.contains(line),
                "{args:?}: {line:?} not in {ours:?}"
            );
        }
        assert_eq!(ours, plain("explain", &args), "{args:?}");
    }
    assert_eq!(program(&["explain", success]).status, 0);
    // In a catalogue of string codes, the code that types the answer is explained there.
    for (platform, body, entry) in [
        (
            "wechat-pay",
            r#"{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount"}}"#,
            "wechat-pay PARAM_ERROR",
        ),
        ("dingtalk-v1", ding_v1, "dingtalk-v1 InvalidAuthentication"),
    ] {
        let args = ["--platform", platform, body];
        let ours = program(&[&["explain"][..], &args].concat());
        assert_eq!(ours.status, 0, "{ours:?}");
        assert!(ours.stdout.contains(entry), "{ours:?}");
        assert_eq!(ours, plain("explain", &args), "{args:?}");
    }
    // A nested answer that does not read is bad input, in both.
    let bad = r#"{"x_response":{"msg":"no code"}}"#;
    assert_eq!(program(&["explain", bad]).status, 2);
    assert_eq!(plain("explain", &[bad]).status, 2);
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
    // And the catalogues of one's own, of integer and of string codes.
    let feishu = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/feishu.tsv");
    for file in [feishu, SHOP] {
        for format in tools::catalogue::Format::ALL {
            let args = ["--catalogue", file, "--format", format.name()];
            let ours = program(&[&["catalogue"][..], &args].concat());
            assert_eq!(ours.status, 0);
            assert_eq!(ours, plain("catalogue", &args), "{args:?}");
        }
    }
}

/// `check` says the same through both front-ends, with tables of either kind of code.
#[test]
fn both_check_alike() {
    let pay = temp_file(
        "both-pay.tsv",
        "PARAM_ERROR	参数错误。
A_NEW_CODE	新的错误
"
        .as_bytes(),
    );
    for args in [
        ["check", "--platform", "wechat-pay", pay.as_str()].as_slice(),
        &["check", "--platform", "wechat-pay", "--allow-extra", &pay],
        &["check", "--catalogue", SHOP, &pay],
        &["check", "--platform", "wecom", &pay],
        &["check", "--allow-extra", PAGE_TABLE],
    ] {
        let ours = program(&[&["catalogue"][..], args].concat());
        let theirs = plain("catalogue", args);
        assert_eq!(ours.status, theirs.status, "{args:?}");
        assert_eq!(ours.stdout, theirs.stdout, "{args:?}");
        if ours.status == 2 {
            let line = ours.stderr.strip_prefix("platform-errors ").unwrap();
            assert_eq!(line, theirs.stderr, "{args:?}");
        }
    }
}

/// `check` of WeChat Pay's own list, which gives `ORDERNOTEXIST` (an older spelling of
/// `ORDER_NOT_EXIST`) a row of its own, and of a table with a row listed twice: no drift
/// (both reported a row "missing from the catalogue", which has it).
#[test]
fn check_reads_other_spellings_and_copies_of_rows_as_the_catalogue_does() {
    let list = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/data/wechat-pay-codes.tsv"
    );
    let out = run(&["check", "--platform", "wechat-pay", list]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout(&out).starts_with("no drift"), "{out:?}");
    let twice = temp_file(
        "wecom-twice.tsv",
        "-1\t系统繁忙；服务器暂不可用，建议稍候重试。建议重试次数不超过3次。\n\
         -1\t系统繁忙；服务器暂不可用，建议稍候重试。建议重试次数不超过3次。\n"
            .as_bytes(),
    );
    let out = run(&["check", "--platform", "wecom", "--allow-extra", &twice]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        stdout(&out).contains(" 0 missing, 280 extra, 0 changed"),
        "{out:?}"
    );
    // A row under another spelling that changed is reported as the table wrote it.
    let changed = temp_file(
        "pay-changed.tsv",
        "ORDERNOTEXIST\t订单已不存在\n".as_bytes(),
    );
    let out = run(&[
        "check",
        "--platform",
        "wechat-pay",
        "--allow-extra",
        &changed,
    ]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(stdout(&out).contains("line 1: ORDERNOTEXIST "), "{out:?}");
}

/// `check --json`: the same drift as the text report, as a JSON document a CI reads, with
/// the same exit status; the examples' front-end writes the same value.
#[test]
fn check_writes_its_report_as_json() {
    let table = temp_file(
        "json-check.tsv",
        "PARAM_ERROR\t参数错误\nSYSTEM_ERROR\t系统错误。\nA_NEW_CODE\t新的错误\n".as_bytes(),
    );
    let ran = run(&["check", "--platform", "wechat-pay", "--json", &table]);
    assert_eq!(ran.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&ran.stdout).unwrap();
    assert_eq!(report["drift"], true);
    assert_eq!(report["rows"], 3);
    assert_eq!(report["lang"], serde_json::Value::Null);
    assert_eq!(
        report["missing"],
        serde_json::json!([{"line": 3, "code": "A_NEW_CODE", "message": "新的错误", "category": null}])
    );
    // The row whose message differs, with both messages.
    assert_eq!(
        report["changed"],
        serde_json::json!([{
            "line": 1,
            "code": "PARAM_ERROR",
            "name": "ParamError",
            "table": {"message": "参数错误", "category": null},
            "catalogue": {"message": PayError::ParamError.message(), "category": PayError::ParamError.entry().category()},
        }])
    );
    // Every entry the table lacks, with its code as the catalogue writes it.
    let extra = report["extra"].as_array().unwrap();
    assert!(!extra.is_empty());
    assert!(extra
        .iter()
        .all(|e| e["code"].is_string() && e["name"].is_string()));
    // The text report says the same counts.
    let text =
        String::from_utf8(run(&["check", "--platform", "wechat-pay", &table]).stdout).unwrap();
    let counts = format!(
        "drift between the table (3 rows) and the catalogue ({} entries): 1 missing, {} extra, 1 changed",
        report["entries"],
        extra.len()
    );
    assert!(text.starts_with(&counts), "{text}");
    // No drift: `drift` false and status 0; entries the table lacks are still listed.
    let agree = temp_file("json-agree.tsv", "PARAM_ERROR\t参数错误。\n".as_bytes());
    let ran = run(&[
        "check",
        "--platform",
        "wechat-pay",
        "--allow-extra",
        "--json",
        &agree,
    ]);
    assert_eq!(ran.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&ran.stdout).unwrap();
    assert_eq!(report["drift"], false);
    assert_eq!(report["missing"], serde_json::json!([]));
    assert_eq!(report["changed"], serde_json::json!([]));
    assert!(!report["extra"].as_array().unwrap().is_empty());
    // Integer codes are numbers; the examples' front-end writes the same document.
    for args in [
        ["check", "--json", "--allow-extra", PAGE_TABLE].as_slice(),
        &["check", "--platform", "wechat-pay", "--json", &table],
    ] {
        let ours = program(&[&["catalogue"][..], args].concat());
        let theirs = plain("catalogue", args);
        assert_eq!(ours.status, theirs.status, "{args:?}");
        let ours: serde_json::Value = serde_json::from_str(&ours.stdout).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(&theirs.stdout).unwrap();
        assert_eq!(ours, theirs, "{args:?}");
    }
    let page = run(&["check", "--json", "--allow-extra", PAGE_TABLE]);
    assert_eq!(page.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&page.stdout).unwrap();
    assert_eq!(report["rows"], 129);
    assert!(report["extra"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["code"].is_i64()));
    // `--json` is for check: the export refuses it.
    let export = run(&["catalogue", "--json"]);
    assert_eq!(export.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&export.stderr).contains("--json"));
}
