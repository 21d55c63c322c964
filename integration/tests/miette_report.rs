//! The `report` example's miette reports, rendered by miette's graphical handler without
//! colours, as text; the same text in the rustdoc of `platform_errors::miette`; and what
//! `Diagnosed` gives miette, field by field.

#[allow(dead_code)]
#[path = "../examples/report.rs"]
mod report;

use miette::Diagnostic;
use platform_errors::miette::Diagnosed;
use platform_errors::qingtui::{GeneralError, QingtuiError};
use platform_errors::{ApiError, PlatformError};

const API: &str = "\
40402 (https://example.com/errors/40402)

  × errcode 40402: invalid token
  help: Refresh the access token, then retry the call once. Request id
        5f3a9c01: quote it to the platform's support.
";

const LOCAL: &str = "  × the platform could not be reached
  ╰─▶ connection refused
  help: The platform failed for a moment: retry the call after a short wait.
";

#[test]
fn reports_read_as_text() {
    let mut errors = report::errors().into_iter();
    assert_eq!(report::render(errors.next().unwrap()), API);
    assert_eq!(report::render(errors.next().unwrap()), LOCAL);
    assert!(errors.next().is_none());
}

/// The ```text blocks of the rustdoc of `platform_errors::miette`.
fn rustdoc_text_blocks() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/src/integrations/miette.rs"
    );
    let source = std::fs::read_to_string(path).unwrap();
    let mut blocks = Vec::new();
    let mut block: Option<String> = None;
    for line in source.lines() {
        let Some(doc) = line.strip_prefix("//!") else {
            continue;
        };
        let doc = doc.strip_prefix(' ').unwrap_or(doc);
        match (&mut block, doc) {
            (None, "```text") => block = Some(String::new()),
            (Some(_), "```") => blocks.extend(block.take()),
            (Some(text), line) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn the_rustdoc_shows_the_rendered_reports() {
    assert_eq!(rustdoc_text_blocks(), [API, LOCAL]);
}

#[test]
fn what_miette_gets() {
    let mut errors = report::errors().into_iter();
    let api = Diagnosed(errors.next().unwrap());
    assert_eq!(api.code().unwrap().to_string(), "40402");
    assert_eq!(
        api.url().unwrap().to_string(),
        "https://example.com/errors/40402"
    );
    assert_eq!(api.severity(), None);
    assert!(api.labels().is_none() && api.source_code().is_none());

    // A local error: no code, no link; its cause is the error's own source.
    let local = Diagnosed(errors.next().unwrap());
    assert!(local.code().is_none() && local.url().is_none());
    assert_eq!(
        std::error::Error::source(&local).unwrap().to_string(),
        "connection refused"
    );

    // A boxed platform error, and a code the catalogue does not declare: a code, no link,
    // no advice to give.
    let boxed: Box<dyn PlatformError + Send + Sync> =
        Box::new(ApiError::<QingtuiError>::new(61000, "brand new"));
    let boxed = Diagnosed(boxed);
    assert_eq!(boxed.code().unwrap().to_string(), "61000");
    assert!(boxed.help().is_none() && boxed.url().is_none());

    // Into a `miette::Report`, which keeps all of it.
    let report = miette::Report::new(Diagnosed(QingtuiError::General(GeneralError::SystemBusy)));
    assert_eq!(report.code().unwrap().to_string(), "-1");
    assert_eq!(
        report.help().unwrap().to_string(),
        "The platform failed for a moment: retry the call after a short wait."
    );
}

/// Where the platform may have done the call and the advice is to retry (a gateway's 502
/// page, WeChat Pay's `USERPAYING`), the help says to check first, and to retry only if it
/// was not done: not "retry" first.
#[test]
fn an_outcome_unknown_is_said_before_a_retry() {
    use platform_errors::miette::help;
    use platform_errors::wechat_pay::WechatPayError;
    use platform_errors::wire::from_http;

    let page = from_http::<(), QingtuiError>(502, (), b"<html>502</html>").unwrap_err();
    assert!(page.is_outcome_unknown());
    let text = help(&page).unwrap();
    assert!(
        text.starts_with("The platform may have done the call"),
        "{text}"
    );
    assert!(
        text.contains("If it was not done, retry the call after a short wait."),
        "{text}"
    );
    assert!(!text.contains("failed for a moment"), "{text}");

    let paying = ApiError::<WechatPayError>::new("USERPAYING", "用户支付中，需要输入密码");
    let text = help(&paying).unwrap();
    assert!(
        text.starts_with("The platform may have done the call"),
        "{text}"
    );

    // Where the outcome is known, the advice alone, as before.
    let busy = ApiError::<QingtuiError>::new(-1, "系统繁忙");
    assert_eq!(
        help(&busy).unwrap(),
        "The platform failed for a moment: retry the call after a short wait."
    );
}
