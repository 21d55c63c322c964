//! The string-code catalogues, WeChat Pay v3 and DingTalk's newer API, agree with their lists
//! (`core/data/<id>-codes.tsv`, taken verbatim from the sources their headers cite), row for
//! row, both ways: code, message verbatim, order and count, with a row that the side table
//! makes another's alias found under that alias; their HTTP statuses and aliases are the
//! side table's; and their advice follows the platforms' pages. Each test runs when its
//! platform's feature is on (`--all-features` runs them all).

#![allow(dead_code)]

use std::collections::BTreeSet;

#[allow(unused_imports)] // `Advice` is used by the modules behind the platforms' features
use platform_errors_core::{Advice, Catalogue, Entry, PlatformError};

mod common;
#[allow(unused_imports)] // used by the modules behind the platforms' features
use common::{chinese, header, text_rows as rows};

/// A side table's line: `(code, name, http status, aliases)`.
struct Side<'a> {
    code: &'a str,
    name: &'a str,
    http_status: Option<u16>,
    aliases: Vec<&'a str>,
}

/// The lines of a side table (`code, Name, advice, English, doc, status, aliases`).
fn side_table(tsv: &str) -> Vec<Side<'_>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Side {
                code: f[0],
                name: f[1],
                http_status: f
                    .get(5)
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().unwrap()),
                aliases: f
                    .get(6)
                    .filter(|s| !s.is_empty())
                    .map(|s| s.split(',').collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The checks every string catalogue passes against its list and side table.
fn check_exact<T>(list: &[(&str, &str)], side: &[Side<'_>], expected_rows: usize, codes: usize)
where
    T: for<'a> Catalogue<Code<'a> = &'a str>
        + PlatformError
        + Copy
        + PartialEq
        + core::fmt::Debug
        + core::str::FromStr,
{
    assert_eq!(list.len(), expected_rows);
    assert_eq!(T::ENTRIES.len(), codes);
    assert_eq!(side.len(), codes);
    let aliases: BTreeSet<&str> = side.iter().flat_map(|s| s.aliases.clone()).collect();

    // List to catalogue: every row is found by its code, with its message; a row that is an
    // alias is found as the variant of its code.
    for &(code, message) in list {
        let by_code = T::from_code(code).unwrap_or_else(|| panic!("{code} is not declared"));
        assert_eq!(by_code.message(), message, "{code}");
        assert_eq!(
            by_code.to_string(),
            message,
            "{code}: Display is the message"
        );
        assert_eq!(
            T::from_code_and_message(code, message),
            Some(by_code),
            "{code}"
        );
        assert_eq!(code.parse::<T>().ok(), Some(by_code), "{code}: FromStr");
        let declared = by_code.code().and_then(|c| c.as_str()).unwrap();
        assert!(declared == code || aliases.contains(code), "{code}");
    }

    // Catalogue to list: the declared codes are the list's rows that are no alias, in its
    // order, each with the side table's name, and the HTTP status and aliases it gives.
    let declared_rows: Vec<(&str, &str)> = list
        .iter()
        .copied()
        .filter(|(code, _)| !aliases.contains(code))
        .collect();
    assert_eq!(declared_rows.len(), T::ENTRIES.len());
    for ((entry, &(code, message)), s) in T::ENTRIES.iter().zip(&declared_rows).zip(side) {
        assert_eq!((entry.code(), entry.message()), (code.into(), message));
        assert_eq!((s.code, entry.name()), (code, s.name), "{code}");
        assert_eq!(entry.http_status(), s.http_status, "{code}");
        assert_eq!(entry.name().parse::<T>().ok(), T::from_code(code), "{code}");
        for alias in &s.aliases {
            assert_eq!(T::from_code(alias), T::from_code(code), "{alias}");
            assert_eq!(alias.parse::<T>().ok(), T::from_code(code), "{alias}");
        }
    }
    let codes: BTreeSet<&str> = declared_rows.iter().map(|&(c, _)| c).collect();
    assert_eq!(codes.len(), declared_rows.len(), "a code twice in the list");
    assert!(codes.is_disjoint(&aliases), "an alias is a declared code");

    // Names are unique, and read as words.
    let names: BTreeSet<&str> = T::ENTRIES.iter().map(Entry::name).collect();
    assert_eq!(names.len(), T::ENTRIES.len());
    for name in names {
        assert!(name.starts_with(|c: char| c.is_ascii_uppercase()), "{name}");
        assert!(name.chars().any(|c| c.is_ascii_lowercase()), "{name}");
    }
}

/// Every entry answers in Chinese with the list's text, and in English with a translation.
fn check_languages(entries: &[Entry], category: &str) {
    for entry in entries {
        let code = entry.code();
        let message = entry.message();
        assert!(chinese(message), "{code}: the list is Chinese");
        assert_eq!(entry.message_in("zh"), Some(message), "{code}");
        let english = entry
            .message_in("en")
            .unwrap_or_else(|| panic!("{code} has no English"));
        assert!(
            english.is_ascii() && !english.is_empty(),
            "{code}: {english}"
        );
        assert_eq!(entry.category(), Some(category));
    }
}

#[cfg(feature = "wechat-pay")]
mod wechat_pay {
    use super::*;
    use platform_errors_core::wechat_pay::{GlobalError, WechatPayError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/wechat-pay-codes.tsv");
    const SIDE: &str = include_str!("../data/wechat-pay-names.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), &side_table(SIDE), 25, 24);
        assert_eq!(GlobalError::ALL.len(), 24);
    }

    #[test]
    fn the_header_cites_the_sdk_at_a_commit_and_what_it_lacks() {
        let header = header(LIST).join("\n");
        assert!(header.contains("EasyAbp/Abp.WeChat"));
        assert!(header.contains("8751dd31ecc9f03e128bb02e87ddf7d175f5164e"));
        assert!(header.contains("read 2026-12-06"));
        assert!(header.contains("Missing:"));
        let side = header_of_side();
        assert!(side.contains("wechatpay-apiv3/wechatpay-skills"));
        assert!(side.contains("15f40d070c503be7f02c3ebeb8dfb6b8274f3291"));
    }

    fn header_of_side() -> String {
        header(SIDE).join("\n")
    }

    #[test]
    fn every_entry_has_chinese_and_english() {
        check_languages(GlobalError::ENTRIES, "wechat-pay");
    }

    #[test]
    fn the_older_spellings_are_the_same_codes() {
        let pairs = [
            ("NOAUTH", GlobalError::NoAuth),
            ("SYSTEMERROR", GlobalError::SystemError),
            ("ORDERNOTEXIST", GlobalError::OrderNotFound),
            ("BANKERROR", GlobalError::BankError),
            ("RULELIMIT", GlobalError::RuleLimit),
            ("NOTENOUGH", GlobalError::InsufficientBalance),
            ("RATELIMIT_EXCEEDED", GlobalError::FrequencyLimited),
            ("RATE_LIMITED", GlobalError::FrequencyLimited),
        ];
        for (alias, variant) in pairs {
            assert_eq!(GlobalError::from_code(alias), Some(variant), "{alias}");
            let err = WechatPayError::from_received(alias, "msg");
            assert_eq!(err, WechatPayError::Global(variant), "{alias}");
        }
        // The first spelling is the code.
        assert_eq!(GlobalError::NoAuth.as_str(), "NO_AUTH");
        assert_eq!(
            GlobalError::FrequencyLimited.code(),
            Some("FREQUENCY_LIMITED".into())
        );
        // Lookup is exact: another case is another code.
        assert_eq!(GlobalError::from_code("param_error"), None);
    }

    #[test]
    fn http_statuses_follow_the_api_rules() {
        let status = |v: GlobalError| v.entry().http_status();
        assert_eq!(status(GlobalError::ParamError), Some(400));
        assert_eq!(status(GlobalError::InvalidRequest), Some(400));
        assert_eq!(status(GlobalError::SignError), Some(401));
        assert_eq!(status(GlobalError::NoAuth), Some(403));
        assert_eq!(status(GlobalError::OrderNotFound), Some(404));
        assert_eq!(status(GlobalError::FrequencyLimited), Some(429));
        assert_eq!(status(GlobalError::SystemError), Some(500));
        // No table gives these a status.
        assert_eq!(status(GlobalError::OrderClosed), None);
        assert_eq!(status(GlobalError::StatementCreating), None);
    }

    #[test]
    fn advice_follows_the_per_api_tables() {
        // "请用相同参数重新调用": call again with the same parameters.
        assert_eq!(GlobalError::SystemError.advice(), Advice::Retry);
        assert_eq!(GlobalError::BankError.advice(), Advice::Retry);
        assert_eq!(GlobalError::FrequencyLimited.advice(), Advice::Throttle);
        // Signed requests have no token to refresh.
        assert_eq!(GlobalError::SignError.advice(), Advice::CheckConfig);
        assert!(GlobalError::ENTRIES
            .iter()
            .all(|e| !matches!(e.advice(), Advice::RefreshToken | Advice::Reauthenticate)));
        // Every 5xx code the per-API tables say to call again is retried; 429 throttles.
        let retried: Vec<&str> = GlobalError::ENTRIES
            .iter()
            .filter(|e| e.advice() == Advice::Retry)
            .map(|e| e.code().as_str().unwrap())
            .collect();
        assert_eq!(
            retried,
            [
                "SYSTEM_ERROR",
                "BANK_ERROR",
                "STATEMENT_CREATING",
                "SERVICE_UNAVAILABLE",
                "USERPAYING"
            ]
        );
        assert!(GlobalError::ENTRIES
            .iter()
            .filter(|e| e.http_status() == Some(429))
            .all(|e| e.advice() == Advice::Throttle));
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = WechatPayError::from_received(code, message);
            assert!(matches!(err, WechatPayError::Global(_)), "{code}");
        }
        let err = WechatPayError::from_received("ERROR", "undocumented");
        assert!(matches!(&err, WechatPayError::Unknown { code, .. } if code == "ERROR"));
        assert_eq!(err.to_string(), "undocumented");
        assert_eq!(err.code(), Some("ERROR".into()));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn an_answer_reads_with_its_detail_kept() {
        use platform_errors_core::ApiError;
        // The official example of the API rules: `detail` is open-ended JSON.
        let body = r#"{"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/amount/currency","value":"XYZ","issue":"Currency code is invalid","location":"body"}}"#;
        let err: ApiError<WechatPayError> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), "PARAM_ERROR");
        assert_eq!(
            err.kind(),
            Some(&WechatPayError::Global(GlobalError::ParamError))
        );
        assert_eq!(err.message(), "参数错误");
        assert!(err
            .detail()
            .is_some_and(|detail| detail.contains("Currency code is invalid")));
        // An older spelling reads as its code's variant, and keeps the code as sent.
        let body = r#"{"code":"NOAUTH","message":"商户无此接口权限"}"#;
        let err: ApiError<WechatPayError> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), "NOAUTH");
        assert_eq!(
            err.kind(),
            Some(&WechatPayError::Global(GlobalError::NoAuth))
        );
        assert_eq!(
            err.kind().map(PlatformError::advice),
            Some(Advice::CheckConfig)
        );
        // A code the list lacks is kept, a string; the umbrella read alone keeps it too.
        let body = r#"{"code":"ERROR","message":"undocumented"}"#;
        let err: ApiError<WechatPayError> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), "ERROR");
        assert_eq!(err.kind(), None);
        let err: WechatPayError = serde_json::from_str(body).unwrap();
        assert!(matches!(&err, WechatPayError::Unknown { code, .. } if code == "ERROR"));
        assert_eq!(err.code(), Some("ERROR".into()));
        // Written under the envelope's names, with the declared spelling; read back, and
        // an alias reads as its code's variant.
        let written = serde_json::to_string(&GlobalError::NoAuth).unwrap();
        assert!(written.contains(r#""code":"NO_AUTH""#), "{written}");
        assert_eq!(
            serde_json::from_str::<GlobalError>(&written).unwrap(),
            GlobalError::NoAuth
        );
        let alias: GlobalError =
            serde_json::from_str(r#"{"code":"NOAUTH","message":"x"}"#).unwrap();
        assert_eq!(alias, GlobalError::NoAuth);
    }

    /// The rules' table: `USERPAYING` with 202 (the payment waits for the user: query the
    /// order after 5 s), `SERVICE_UNAVAILABLE` with 503 (or 502); a 401 is no token to
    /// refresh, since v3 signs each request.
    #[cfg(feature = "serde")]
    #[test]
    fn the_status_tables_codes_read_over_http() {
        use platform_errors_core::retry::{Attempt, Decision, RetryPolicy, Stop};
        use platform_errors_core::wire::from_http;
        use platform_errors_core::HttpError;
        use std::time::Duration;

        let first = Attempt::new(1, Duration::ZERO);
        let decide = |err: &HttpError<WechatPayError>, attempt: Attempt| {
            RetryPolicy::DEFAULT.decide(err.advice(), &attempt.with_failure(err), 0)
        };

        let body = "{\"code\":\"USERPAYING\",\"message\":\"用户支付中，需要输入密码\"}";
        let err = from_http::<(), WechatPayError>(202, (), body.as_bytes()).unwrap_err();
        assert!(matches!(
            &err,
            HttpError::Api(api) if api.kind() == Some(&WechatPayError::Global(GlobalError::UserPaying))
        ));
        assert_eq!(GlobalError::UserPaying.entry().http_status(), Some(202));
        assert!(err.is_outcome_unknown());
        // A payment is not sent again: query it. A query may be polled.
        assert_eq!(
            decide(&err, first.not_idempotent()),
            Decision::Stop(Stop::NotIdempotent)
        );
        assert!(matches!(decide(&err, first), Decision::Retry { .. }));

        let body = "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"服务不可用，过载保护\"}";
        let err = from_http::<(), WechatPayError>(503, (), body.as_bytes()).unwrap_err();
        assert_eq!(err.advice(), Advice::Retry);
        assert!(!err.is_outcome_unknown());
        assert!(matches!(
            decide(&err, first.not_idempotent()),
            Decision::Retry { .. }
        ));

        // A 401 with a code the list lacks, and a 401 page: check the key and certificate.
        let body = br#"{"code":"UNAUTHORIZED","message":"x"}"#;
        let err = from_http::<(), WechatPayError>(401, (), body).unwrap_err();
        assert!(matches!(&err, HttpError::Api(api) if api.kind().is_none()));
        assert_eq!(err.advice(), Advice::CheckConfig);
        let err = from_http::<(), WechatPayError>(401, (), b"<html>401</html>").unwrap_err();
        assert!(matches!(&err, HttpError::Body(_)));
        assert_eq!(err.advice(), Advice::CheckConfig);
        assert!(matches!(
            decide(&err, first),
            Decision::Stop(Stop::NotRetryable)
        ));
    }
}

#[cfg(feature = "dingtalk")]
mod dingtalk_v1 {
    use super::*;
    use platform_errors_core::dingtalk::v1::{DingtalkV1Error, GlobalError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/dingtalk-v1-codes.tsv");
    const SIDE: &str = include_str!("../data/dingtalk-v1-names.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), &side_table(SIDE), 9, 9);
        assert_eq!(GlobalError::ALL.len(), 9);
    }

    #[test]
    fn the_header_cites_dingtalks_pages_and_what_they_lack() {
        let header = header(LIST).join("\n");
        assert!(header.contains("open-dingtalk/developerpedia"));
        assert!(header.contains("211653f90330587ee4ca112598aa760fe187ef54"));
        assert!(header.contains("how-to-process-api-throttling-on-the-dingtalk-server"));
        assert!(header.contains("Missing:"));
        // Codes of the per-API tables that the list lacks.
        for missing in ["paramIllegal", "systemError"] {
            assert!(header.contains(missing), "{missing}");
            assert_eq!(GlobalError::from_code(missing), None);
        }
    }

    #[test]
    fn every_entry_has_chinese_and_english() {
        check_languages(GlobalError::ENTRIES, "dingtalk-v1");
    }

    #[test]
    fn advice_follows_dingtalks_pages() {
        assert_eq!(
            GlobalError::InvalidAuthentication.advice(),
            Advice::RefreshToken
        );
        for limit in [
            GlobalError::QpsLimitForAppkeyAndApi,
            GlobalError::QpsLimitForApi,
            GlobalError::ApiCountLimitForOrg,
        ] {
            assert!(limit.as_str().starts_with("Forbidden.AccessDenied."));
        }
        // Per second: wait and go on. The month's quota: retrying within seconds cannot help.
        assert_eq!(
            GlobalError::QpsLimitForAppkeyAndApi.advice(),
            Advice::Throttle
        );
        assert_eq!(GlobalError::QpsLimitForApi.advice(), Advice::Throttle);
        assert_eq!(
            GlobalError::ApiCountLimitForOrg.advice(),
            Advice::WaitForQuota
        );
        assert!(!GlobalError::ApiCountLimitForOrg.advice().is_retryable());
        assert_eq!(GlobalError::ServerError.advice(), Advice::Retry);
        assert_eq!(
            GlobalError::AccessTokenPermissionDenied.advice(),
            Advice::CheckConfig
        );
        assert_eq!(
            GlobalError::AccessTokenPermissionDenied
                .entry()
                .http_status(),
            Some(403)
        );
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = DingtalkV1Error::from_received(code, message);
            assert!(matches!(err, DingtalkV1Error::Global(_)), "{code}");
        }
        // satorijs/satori#240: what the API answers a bad token with.
        let err = DingtalkV1Error::from_received("InvalidAuthentication", "不合法的access_token");
        assert_eq!(
            err,
            DingtalkV1Error::Global(GlobalError::InvalidAuthentication)
        );
        let err = DingtalkV1Error::from_received("user.not.exist", "用户不存在");
        assert!(matches!(&err, DingtalkV1Error::Unknown { code, .. } if code == "user.not.exist"));
        assert_eq!(err.to_string(), "用户不存在");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn an_answer_reads_with_its_requestid() {
        use platform_errors_core::ApiError;
        // satorijs/satori#240, HTTP 400.
        let body = r#"{"code":"InvalidAuthentication","requestid":"30EE8654-1D3B","message":"不合法的access_token"}"#;
        let err: ApiError<DingtalkV1Error> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), "InvalidAuthentication");
        assert_eq!(err.request_id(), Some("30EE8654-1D3B"));
        assert_eq!(
            err.kind(),
            Some(&DingtalkV1Error::Global(GlobalError::InvalidAuthentication))
        );
        assert_eq!(
            err.kind().map(PlatformError::advice),
            Some(Advice::RefreshToken)
        );
    }
}
