//! `explain CODE MESSAGE` names the entry the library reads the answer as: for every entry
//! of several catalogues, with its message as declared and with text appended, the entry
//! `explain` shows (in the program and in the examples' front-end) is what
//! `FromReceived::from_received` gives. And a catalogue loaded from a file reads the same as
//! the library's own.

use platform_errors::{Catalogue, Entry, FromReceived, PlatformError};
// The examples' front-end names the shared code `crate::tools`.
use platform_errors_cli::tools;

#[path = "../../examples/tools/mod.rs"]
mod plain;

fn program(args: &[&str]) -> tools::Outcome {
    platform_errors_cli::run(std::iter::once("platform-errors").chain(args.iter().copied()))
}

/// The messages `explain` is asked with for `entry`: as declared, and with what platforms
/// append (a request id, a detail).
fn messages(entry: &Entry) -> [String; 3] {
    [
        entry.message().to_owned(),
        format!("{} (request 7f3a)", entry.message()),
        format!("  {}：详情见文档", entry.message().to_uppercase()),
    ]
}

/// The header line `explain` writes for an entry.
fn header(entry: &Entry) -> String {
    format!(
        "  {} {}  {}\n",
        entry.category().unwrap_or("-"),
        entry.code(),
        entry.name()
    )
}

/// The entry `explain`'s output names as the one the library reads the answer as: the one
/// its sentence names when no message matches, else the one entry shown.
#[track_caller]
fn chosen_in(stdout: &str) -> String {
    let fallback = "the library reads the answer as the first entry with the code, ";
    if let Some((_, rest)) = stdout.split_once(fallback) {
        return rest.split_once(".\n").unwrap().0.to_owned();
    }
    let headers: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .collect();
    assert_eq!(headers.len(), 1, "one entry shown:\n{stdout}");
    headers[0].rsplit(' ').next().unwrap().to_owned()
}

/// For every entry of `C` and each of its [`messages`], `explain --platform name` shows the
/// entry `C::from_received` reads, in both front-ends; returns how many pairs it tried.
fn explain_reads_as<C>(name: &str) -> usize
where
    C: Catalogue + FromReceived + PlatformError,
{
    let platform = tools::platform(name).unwrap();
    assert_eq!(platform.entries, C::ENTRIES, "{name}");
    let mut tried = 0;
    for entry in C::ENTRIES {
        let code = entry.code();
        let code_text = code.to_string();
        for message in messages(entry) {
            let typed = <C::Code<'_> as platform_errors::CodeKind<'_>>::from_code(code).unwrap();
            let library = C::from_received(typed, &message);
            let expected = library.entry().expect("a declared code has an entry");
            // The tools' own reading.
            let reading = (platform.read)(platform, code, &message).unwrap();
            assert_eq!(
                reading.entry,
                expected,
                "{name} {code} {message:?}: read as {}, the library reads {}",
                reading.entry.name(),
                expected.name()
            );
            // What `explain` prints.
            let args = ["--platform", name, &code_text, &message];
            let ours = program(&[&["explain"][..], &args].concat());
            assert_eq!(ours.status, 0, "{args:?}: {ours:?}");
            assert_eq!(
                chosen_in(&ours.stdout),
                expected.name(),
                "{args:?}:\n{}",
                ours.stdout
            );
            assert!(
                ours.stdout.contains(&header(expected)),
                "{args:?}: {ours:?}"
            );
            let theirs = plain::run(
                "explain",
                &args.iter().map(|&a| a.to_owned()).collect::<Vec<_>>(),
            );
            assert_eq!(ours, theirs, "{args:?}");
            tried += 1;
        }
    }
    tried
}

#[test]
fn qingtui() {
    use platform_errors::qingtui::QingtuiError;
    assert!(explain_reads_as::<QingtuiError>("qingtui") > 400);
}

#[test]
fn wecom_wechat_mp_and_feishu() {
    use platform_errors::feishu::FeishuError;
    use platform_errors::wechat_mp::WechatMpError;
    use platform_errors::wecom::WecomError;
    explain_reads_as::<WecomError>("wecom");
    explain_reads_as::<WechatMpError>("wechat-mp");
    explain_reads_as::<FeishuError>("feishu");
}

#[test]
fn string_codes() {
    use platform_errors::dingtalk::v1::DingtalkV1Error;
    use platform_errors::wechat_pay::WechatPayError;
    explain_reads_as::<WechatPayError>("wechat-pay");
    explain_reads_as::<DingtalkV1Error>("dingtalk-v1");
}

/// The cases of the report: 40100's two `request_page` messages, where one starts with the
/// other, and 0's `success` and `success and the accounts ...`.
#[test]
fn a_longer_declared_message_wins() {
    use platform_errors::qingtui::{ParamError, QingtuiError, UserError};
    for (code, message, expected) in [
        (
            "40100",
            "request_page must be an integer greater than or equal to 1",
            QingtuiError::Param(ParamError::RequestPageTooSmall),
        ),
        (
            "40100",
            "request_page must be an integer",
            QingtuiError::Param(ParamError::RequestPageNotInteger),
        ),
        (
            "0",
            "success and the accounts [account1] [account2] will not change password",
            QingtuiError::User(UserError::PartialSuccess),
        ),
    ] {
        let library = QingtuiError::from_received(code.parse().unwrap(), message);
        assert_eq!(library, expected);
        let out = program(&["explain", code, message]);
        assert_eq!(out.status, 0, "{out:?}");
        assert!(
            out.stdout.contains(&header(expected.entry().unwrap())),
            "{out:?}"
        );
        // One entry shown, however many messages match.
        assert_eq!(
            out.stdout
                .lines()
                .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
                .count(),
            1,
            "{out:?}"
        );
    }
    let out = program(&[
        "explain",
        "40100",
        "request_page must be an integer greater than or equal to 1",
    ]);
    assert!(
        out.stdout.starts_with(
            "2 entries match; the library reads the answer as the one whose message is the \
             longest, the most specific:\n"
        ),
        "{out:?}"
    );
}

/// A message only a translation matches is no match for the library: `explain` names the
/// entry the library takes, and says whose translation the message is.
#[test]
fn a_translation_is_no_declared_message() {
    use platform_errors::qingtui::QingtuiError;
    let library = QingtuiError::from_received(40100, "缺少 page_size");
    let out = program(&["explain", "40100", "缺少 page_size"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert!(
        out.stdout.starts_with(&format!(
            "No entry with code 40100 has the message \"缺少 page_size\": the library reads the \
             answer as the first entry with the code, {}.\nIt is the zh message of \
             PageSizeRequired, whose declared message is \"page_size is required\": the library \
             compares the declared messages only.\n",
            library.entry().unwrap().name()
        )),
        "{out:?}"
    );
}

/// A catalogue written by `catalogue --format tsv` and read back with `--catalogue` is read
/// as the library reads the catalogue itself.
#[test]
fn a_catalogue_from_a_file_reads_as_the_library() {
    use platform_errors::qingtui::QingtuiError;
    let qingtui = tools::platform("qingtui").unwrap();
    let tsv = tools::catalogue::render(qingtui, tools::catalogue::Format::Tsv, |_| String::new());
    let file = tools::load::load(std::path::Path::new("qingtui.tsv"), &tsv, |_| {
        Err("no JSON".to_owned())
    })
    .unwrap();
    for entry in QingtuiError::ENTRIES {
        let code = entry.code();
        for message in messages(entry) {
            let expected = QingtuiError::from_received(code.as_i64().unwrap(), &message);
            let expected = expected.entry().unwrap();
            let reading = (file.read)(file, code, &message).unwrap();
            assert_eq!(
                (reading.entry.code(), reading.entry.name()),
                (expected.code(), expected.name()),
                "{code} {message:?}"
            );
        }
    }
}
