//! The `WeChat` Mini Program, `DingTalk` and Feishu catalogues agree with their lists
//! (`core/data/<id>-codes.tsv`, taken verbatim from the sources their headers cite), row for
//! row, both ways: code, message verbatim, order and count; and their advice follows the
//! platforms' SDKs for the token, busy and rate-limit codes. Each test runs when its
//! platform's feature is on (`--all-features` runs them all).

#![allow(dead_code)]

use std::collections::BTreeSet;

use platform_errors_core::{Advice, Catalogue, Entry, PlatformError};

mod common;
#[allow(unused_imports)] // used by the modules behind the platforms' features
use common::{chinese, header, int_rows as rows};

/// The checks every catalogue passes against its list: same rows in the same order, each
/// row found by its code (and message), nothing declared that the list lacks.
fn check_exact<T>(list: &[(i64, &str)], expected_rows: usize)
where
    T: for<'a> Catalogue<Code<'a> = i64>
        + PlatformError
        + Copy
        + PartialEq
        + core::fmt::Debug
        + core::str::FromStr,
{
    assert_eq!(list.len(), expected_rows);
    assert_eq!(T::ENTRIES.len(), list.len());

    // List to catalogue, in order.
    for (i, (&(code, message), entry)) in list.iter().zip(T::ENTRIES).enumerate() {
        assert_eq!(
            (entry.code(), entry.message()),
            (code.into(), message),
            "row {}",
            i + 1
        );
        let by_code = T::from_code(code).unwrap_or_else(|| panic!("{code} is not declared"));
        let by_both = T::from_code_and_message(code, message).unwrap();
        assert_eq!(by_code, by_both, "{code}: one row a code");
        assert_eq!(by_code.message(), message, "{code}");
        assert_eq!(
            by_code.to_string(),
            message,
            "{code}: Display is the message"
        );
        assert_eq!(by_code.advice(), entry.advice(), "{code}");
        assert_eq!(entry.name().parse::<T>().ok(), Some(by_code), "{code}");
    }

    // Catalogue to list: the codes are the list's codes, each once.
    let from_list: BTreeSet<i64> = list.iter().map(|&(c, _)| c).collect();
    let declared: BTreeSet<i64> = T::ENTRIES
        .iter()
        .map(|e| e.code().as_i64().unwrap())
        .collect();
    assert_eq!(from_list.len(), list.len(), "a code twice in the list");
    assert_eq!(declared, from_list);

    // Names are unique, and read as words: no name is made from the code.
    let names: BTreeSet<&str> = T::ENTRIES.iter().map(Entry::name).collect();
    assert_eq!(names.len(), T::ENTRIES.len());
    for name in names {
        let numbered = name
            .strip_prefix("Code")
            .map(|rest| rest.strip_prefix("Minus").unwrap_or(rest))
            .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()));
        assert!(!numbered, "{name}");
        assert!(name.chars().any(|c| c.is_ascii_lowercase()), "{name}");
    }
}

/// Every entry answers in the list's language with the list's text, and in the other
/// language with a translation in that language.
fn check_languages(entries: &[Entry], list: &[(i64, &str)], source: &str, category: &str) {
    let other = if source == "zh" { "en" } else { "zh" };
    for (entry, &(code, message)) in entries.iter().zip(list) {
        assert_eq!(entry.message_in(source), Some(message), "{code}");
        assert_eq!(
            chinese(message),
            source == "zh",
            "{code}: the list's language"
        );
        let translation = entry
            .message_in(other)
            .unwrap_or_else(|| panic!("{code} has no {other}"));
        assert_ne!(translation, message, "{code}");
        if other == "en" {
            assert!(
                translation.is_ascii() && !translation.is_empty(),
                "{code}: {translation}"
            );
        } else {
            assert!(chinese(translation), "{code}: {translation}");
        }
        assert_eq!(entry.category(), Some(category));
    }
}

/// The advice of the declared `code`.
fn advice_of(entries: &[Entry], code: i64) -> Advice {
    entries
        .iter()
        .find(|e| e.code() == code)
        .map(Entry::advice)
        .unwrap_or_else(|| panic!("{code} is not declared"))
}

#[cfg(feature = "wechat-miniapp")]
mod wechat_miniapp {
    use super::*;
    use platform_errors_core::wechat_miniapp::{GlobalError, TokenCode, WechatMiniappError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/wechat-miniapp-codes.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), 208);
        assert_eq!(GlobalError::ALL.len(), 208);
    }

    #[test]
    fn the_header_cites_wxjava_at_a_commit() {
        let header = header(LIST).join("\n");
        assert!(header.contains("binarywang/WxJava"));
        assert!(header.contains("WxMaErrorMsgEnum.java"));
        assert!(header.contains("8d3c49e69d0a286d1733e4390d52922ac3a2187b"));
    }

    #[test]
    fn every_entry_has_chinese_and_english() {
        check_languages(GlobalError::ENTRIES, &rows(LIST), "zh", "wechat-miniapp");
    }

    #[test]
    fn advice_follows_wxjava() {
        let advice = |code| advice_of(GlobalError::ENTRIES, code);
        // BaseWxMaServiceImpl retries -1 with backoff, and refreshes the token on the codes
        // of WxConsts.ACCESS_TOKEN_ERROR_CODES that the list has.
        assert_eq!(advice(-1), Advice::Retry);
        for code in [40001, 42001] {
            assert_eq!(advice(code), Advice::RefreshToken, "{code}");
        }
        // 40014 and 0 are not in WxJava's Mini Program list: 40014, the third of
        // ACCESS_TOKEN_ERROR_CODES, is declared beside it, and refreshes the token too.
        assert_eq!(GlobalError::from_code(40014), None);
        assert_eq!(GlobalError::from_code(0), None);
        let token = WechatMiniappError::from_received(40014, "invalid access_token rid: 1");
        assert_eq!(
            token,
            WechatMiniappError::Token(TokenCode::InvalidAccessToken)
        );
        assert_eq!(token.advice(), Advice::RefreshToken);
        // Rate limits throttle: every row that says 频率 (frequency) does, but 45009, whose
        // platform message is the day's quota, which waiting seconds cannot lift.
        for code in [45011, 268_490_015] {
            assert_eq!(advice(code), Advice::Throttle, "{code}");
        }
        // A quota for a day, a month, a week or until the user writes again: stop until it
        // resets.
        for code in [
            45009, 45029, 45047, 48006, 53200, 53202, 85085, 87013, 89249, 89405, 89413, 89414,
            89429,
        ] {
            assert_eq!(advice(code), Advice::WaitForQuota, "{code}");
        }
        let frequency: Vec<_> = GlobalError::ENTRIES
            .iter()
            .filter(|e| e.message().contains("频率") && e.code() != 45009)
            .collect();
        assert_eq!(frequency.len(), 3);
        assert!(frequency.iter().all(|e| e.advice() == Advice::Throttle));
        // The platform asks for a later retry.
        for code in [89401, 268_490_011, 268_490_014] {
            assert_eq!(advice(code), Advice::Retry, "{code}");
        }
        assert_eq!(advice(48001), Advice::CheckConfig);
        assert_eq!(advice(40029), Advice::Reauthenticate);
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = WechatMiniappError::from_received(code, message);
            assert!(
                matches!(err, WechatMiniappError::Global(v) if v.as_i64() == code),
                "{code}"
            );
        }
        let err = WechatMiniappError::from_received(61000, "brand new rid: 1");
        assert!(matches!(
            err,
            WechatMiniappError::Unknown { code: 61000, .. }
        ));
        assert_eq!(err.to_string(), "brand new rid: 1");
        // Two rows share a text and keep their own variants.
        assert_eq!(
            WechatMiniappError::from_received(41030, "请求的参数不正确"),
            WechatMiniappError::Global(GlobalError::InvalidPageOrFormId)
        );
    }

    #[test]
    fn braces_in_messages_are_literal() {
        let with_braces: Vec<_> = GlobalError::ALL
            .iter()
            .filter(|v| v.message().contains('{'))
            .collect();
        assert_eq!(with_braces.len(), 2);
        for v in with_braces {
            assert_eq!(v.to_string(), v.message());
            assert!(v.message().contains("{名称 A+}"));
            assert!(v.message_in("en").unwrap().contains("{name A+}"));
        }
    }
}

#[cfg(feature = "dingtalk")]
mod dingtalk {
    use super::*;
    use platform_errors_core::dingtalk::{DingtalkError, GlobalError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/dingtalk-codes.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), 276);
        assert_eq!(GlobalError::ALL.len(), 276);
    }

    #[test]
    fn the_header_cites_dingtalks_documentation_and_what_it_lacks() {
        let header = header(LIST).join("\n");
        assert!(header.contains("ddtalk/dingTalkDoc"));
        assert!(header.contains("ebfe662a78a81a67bd00733b850c25d0322a0e10"));
        // The one edit, the two rows of the throttling page, and the codes the list lacks,
        // are said.
        assert!(header.contains("60107 twice"));
        assert!(header.contains("how-to-process-api-throttling"));
        for added in ["90018", "90020"] {
            assert!(header.contains(added), "{added}");
            assert!(GlobalError::from_code(added.parse().unwrap()).is_some());
        }
        assert!(header.contains("88"));
        assert_eq!(GlobalError::from_code(88), None);
    }

    #[test]
    fn every_entry_has_chinese_and_english() {
        check_languages(GlobalError::ENTRIES, &rows(LIST), "zh", "dingtalk");
    }

    #[test]
    fn advice_for_tokens_busy_and_bans() {
        let advice = |code| advice_of(GlobalError::ENTRIES, code);
        assert_eq!(advice(-1), Advice::Retry);
        assert_eq!(advice(0), Advice::None);
        assert!(!advice(0).is_retryable());
        for code in [40001, 40014, 42001, 40082, 42009, 48003] {
            assert_eq!(advice(code), Advice::RefreshToken, "{code}");
        }
        // 45009 and the temporary bans for too many calls (90002: this API from this
        // server; 90005 and 90006: per minute) throttle: every row that says 暂时禁用
        // (temporarily disabled) does.
        assert_eq!(advice(45009), Advice::Throttle);
        for code in 90001..=90014 {
            assert_eq!(advice(code), Advice::Throttle, "{code}");
        }
        // From DingTalk's page on throttling: per second per app, and the month's quota,
        // which retrying within seconds cannot lift.
        assert_eq!(advice(90018), Advice::Throttle);
        assert_eq!(advice(90020), Advice::WaitForQuota);
        assert!(!advice(90020).is_retryable());
        let banned = GlobalError::ENTRIES
            .iter()
            .filter(|e| e.message().contains("暂时禁用"))
            .count();
        assert_eq!(banned, 14);
        assert_eq!(advice(60020), Advice::CheckConfig);
        assert_eq!(advice(60011), Advice::CheckConfig);
        assert_eq!(advice(42002), Advice::Reauthenticate);
        // Every row that reports a failure ("...失败") is retried, but for the two that are
        // the caller's: a signature that does not verify (52013), a url that does not decode
        // (51008).
        let failed: Vec<_> = GlobalError::ENTRIES
            .iter()
            .filter(|e| e.message().ends_with("失败"))
            .filter(|e| ![52013, 51008].contains(&e.code().as_i64().unwrap()))
            .collect();
        assert_eq!(failed.len(), 18);
        for e in failed {
            assert_eq!(e.advice(), Advice::Retry, "{}", e.code());
        }
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = DingtalkError::from_received(code, message);
            assert!(
                matches!(err, DingtalkError::Global(v) if v.as_i64() == code),
                "{code}"
            );
        }
        // 88 wraps its cause in sub_code and sub_msg; it is not in the 2016 list.
        let text = "ding talk error[subcode=60011,submsg=没有调用该接口的权限]";
        let err = DingtalkError::from_received(88, text);
        assert!(matches!(err, DingtalkError::Unknown { code: 88, .. }));
        assert_eq!(err.to_string(), text);
        // The same text under two codes keeps each code's variant.
        assert_eq!(
            DingtalkError::from_received(40015, "发送者不在会话中"),
            DingtalkError::Global(GlobalError::SenderNotInChat)
        );
        assert_eq!(
            DingtalkError::from_received(34007, "发送者不在会话中"),
            DingtalkError::Global(GlobalError::SenderNotInConversation)
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn an_answer_reads_with_its_request_id() {
        use platform_errors_core::ApiError;
        let body =
            r#"{"errcode":40014,"errmsg":"不合法的access_token","request_id":"5imjny7u9xwa"}"#;
        let err: ApiError<DingtalkError> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), 40014);
        assert_eq!(err.request_id(), Some("5imjny7u9xwa"));
        assert_eq!(
            err.kind(),
            Some(&DingtalkError::Global(GlobalError::InvalidAccessToken))
        );
        assert_eq!(
            err.kind().map(PlatformError::advice),
            Some(Advice::RefreshToken)
        );
    }
}

#[cfg(feature = "feishu")]
mod feishu {
    use super::*;
    use platform_errors_core::feishu::{FeishuError, GlobalError};
    use platform_errors_core::{Envelope, FromReceived, HasEnvelope};

    const LIST: &str = include_str!("../data/feishu-codes.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), 24);
        assert_eq!(GlobalError::ALL.len(), 24);
    }

    #[test]
    fn the_header_cites_larks_repositories() {
        let header = header(LIST).join("\n");
        assert!(header.contains("larksuite/cli"));
        assert!(header.contains("1262aac480c832982c127e99f579fc35dc0f31a8"));
        assert!(header.contains("larksuite/oapi-sdk-java"));
        assert!(header.contains("d5c1b15533ba51c538f31d3589f0432ecc8b98b5"));
        assert!(header.contains("generic-error-code"));
        assert!(header.contains("frequency-control"));
    }

    #[test]
    fn every_entry_has_english_and_chinese() {
        check_languages(GlobalError::ENTRIES, &rows(LIST), "en", "feishu");
    }

    #[test]
    fn the_envelope_is_code_and_msg() {
        assert_eq!(<GlobalError as Catalogue>::ENVELOPE, Envelope::CODE_MSG);
        assert_eq!(<FeishuError as HasEnvelope>::ENVELOPE, Envelope::CODE_MSG);
    }

    #[test]
    fn advice_follows_the_official_sdks() {
        let advice = |code| advice_of(GlobalError::ENTRIES, code);
        // oapi-sdk-go gets a new token and resends once on exactly these three.
        for code in [99_991_671, 99_991_664, 99_991_663] {
            assert_eq!(advice(code), Advice::RefreshToken, "{code}");
        }
        // The user token's codes: refresh it with its refresh token.
        for code in [99_991_668, 99_991_677] {
            assert_eq!(advice(code), Advice::RefreshToken, "{code}");
        }
        // A refused refresh token needs a new authorisation.
        for code in [20026, 20037, 20064, 20073, 99_991_669] {
            assert_eq!(advice(code), Advice::Reauthenticate, "{code}");
        }
        assert_eq!(advice(99_991_400), Advice::Throttle);
        assert_eq!(advice(20050), Advice::Retry);
        // Feishu's page of generic codes: the method's and the app's rate limits, and an
        // internal error to retry later.
        assert_eq!(advice(1_000_004), Advice::Throttle);
        assert_eq!(advice(1_000_005), Advice::Throttle);
        assert_eq!(advice(1500), Advice::Retry);
        // 99991400 sends the platform's own text.
        assert_eq!(
            GlobalError::RateLimited.message(),
            "request trigger frequency limit"
        );
        for code in [99_991_672, 99_991_676, 99_991_679, 230_027, 99_991_543] {
            assert_eq!(advice(code), Advice::CheckConfig, "{code}");
            assert!(!advice(code).is_retryable());
        }
        // Only the three rate limits throttle.
        let throttles = GlobalError::ENTRIES
            .iter()
            .filter(|e| e.advice() == Advice::Throttle)
            .count();
        assert_eq!(throttles, 3);
    }

    #[test]
    fn nine_digit_codes_are_kept_whole() {
        for (code, message) in rows(LIST) {
            let err = FeishuError::from_received(code, message);
            assert!(
                matches!(err, FeishuError::Global(v) if v.as_i64() == code),
                "{code}"
            );
        }
        // open-lark#542: a code narrowed to u16 (99991663 as 49263) is never found.
        assert_eq!(GlobalError::from_code(49263), None);
        assert_eq!(
            GlobalError::from_code(99_991_663),
            Some(GlobalError::InvalidAccessToken)
        );
        let err = FeishuError::from_received(99_991_403, "quota");
        assert!(matches!(
            err,
            FeishuError::Unknown {
                code: 99_991_403,
                ..
            }
        ));
        assert_eq!(err.to_string(), "quota");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn an_answer_reads_with_the_log_id_in_its_error_object() {
        use platform_errors_core::ApiError;
        let body = r#"{"code":99991400,"msg":"request trigger frequency limit","error":{"log_id":"2024010112345ABC"}}"#;
        let err: ApiError<FeishuError> = serde_json::from_str(body).unwrap();
        assert_eq!(err.code(), 99_991_400);
        assert_eq!(err.request_id(), Some("2024010112345ABC"));
        assert_eq!(
            err.kind(),
            Some(&FeishuError::Global(GlobalError::RateLimited))
        );
        assert_eq!(
            err.kind().map(PlatformError::advice),
            Some(Advice::Throttle)
        );
        // The message received is kept, not replaced by the catalogue's.
        assert_eq!(err.message(), "request trigger frequency limit");
    }
}

/// One answer, one advice: a code declared with the same message (spaces aside) by two
/// platforms' catalogues has the same advice in both, so that a client acts the same on it
/// whichever catalogue reads it.
#[cfg(all(
    feature = "wechat-mp",
    feature = "wecom",
    feature = "wechat-open",
    feature = "wechat-miniapp",
    feature = "dingtalk",
    feature = "feishu"
))]
#[test]
fn one_answer_has_one_advice_in_every_catalogue() {
    use platform_errors_core::{
        dingtalk, feishu, qingtui, wechat_miniapp, wechat_mp, wechat_open, wecom,
    };
    // Spaces, case and the two spellings of 账 (帐, as WeCom writes 帐号) aside.
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == '帐' { '账' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    };
    let catalogues: [(&str, &[Entry]); 7] = [
        ("qingtui", qingtui::QingtuiError::ENTRIES),
        ("wechat-mp", wechat_mp::WechatMpError::ENTRIES),
        ("wecom", wecom::WecomError::ENTRIES),
        ("wechat-open", wechat_open::WechatOpenError::ENTRIES),
        (
            "wechat-miniapp",
            wechat_miniapp::WechatMiniappError::ENTRIES,
        ),
        ("dingtalk", dingtalk::DingtalkError::ENTRIES),
        ("feishu", feishu::FeishuError::ENTRIES),
    ];
    let mut compared = 0;
    for (i, (first, first_entries)) in catalogues.iter().enumerate() {
        for (second, second_entries) in &catalogues[i + 1..] {
            for a in *first_entries {
                for b in *second_entries {
                    // 45009, "接口调用超过限制", is the day's quota on WeChat ("reach max api
                    // daily quota limit") and a rate limit elsewhere: the same words, two
                    // limits.
                    let api_limit = a.code() == 45009
                        && [*first, *second].iter().any(|c| c.starts_with("wechat-"))
                        && [*first, *second].iter().any(|c| !c.starts_with("wechat-"));
                    if a.code() == b.code()
                        && squeeze(a.message()) == squeeze(b.message())
                        && !api_limit
                    {
                        compared += 1;
                        assert_eq!(
                            a.advice(),
                            b.advice(),
                            "{} {:?}: {first} and {second} differ",
                            a.code(),
                            a.message()
                        );
                    }
                }
            }
        }
    }
    // The WeChat lists share most of their common codes.
    assert!(compared > 100, "{compared}");
}

/// The `WeChat` family's envelope: request ids in the message, successes without a code.
#[cfg(all(
    feature = "serde",
    feature = "wechat-mp",
    feature = "wechat-miniapp",
    feature = "wechat-open"
))]
mod wechat_envelope {
    use platform_errors_core::PlatformError;

    /// The `WeChat` family's request id, at the end of the message: read where no field
    /// carries it, by each catalogue of the family, at every layer; the message kept whole.
    #[test]
    fn wechat_reads_the_request_id_at_the_end_of_the_message() {
        use platform_errors_core::wire::from_http;
        use platform_errors_core::{wechat_miniapp, wechat_mp, wechat_open, ApiError};
        let body = br#"{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest rid: 6592a4e5-0a7f7ac5-4e4f4b6b"}"#;
        let err = from_http::<(), wechat_mp::WechatMpError>(200, (), body).unwrap_err();
        assert_eq!(err.request_id(), Some("6592a4e5-0a7f7ac5-4e4f4b6b"));
        assert!(err.message().ends_with("rid: 6592a4e5-0a7f7ac5-4e4f4b6b"));
        let err: ApiError<wechat_miniapp::WechatMiniappError> =
            serde_json::from_slice(body).unwrap();
        assert_eq!(err.request_id(), Some("6592a4e5-0a7f7ac5-4e4f4b6b"));
        let err: ApiError<wechat_open::WechatOpenError> = serde_json::from_slice(body).unwrap();
        assert_eq!(err.request_id(), Some("6592a4e5-0a7f7ac5-4e4f4b6b"));
        // Written back as read: the message gives the id again.
        let written = serde_json::to_vec(&err).unwrap();
        assert_eq!(written, body);
        // A `rid` field wins.
        let body = br#"{"errcode":42001,"errmsg":"access_token expired rid: aaa","rid":"bbb"}"#;
        let err: ApiError<wechat_mp::WechatMpError> = serde_json::from_slice(body).unwrap();
        assert_eq!(err.request_id(), Some("bbb"));
        // No suffix, no id.
        let err = ApiError::<wechat_mp::WechatMpError>::new(42001, "access_token expired");
        assert_eq!(err.request_id(), None);
    }

    #[test]
    fn wechat_successes_may_carry_no_code() {
        use platform_errors_core::wire::{from_http, from_slice};
        use platform_errors_core::{wechat_miniapp, wechat_mp, wechat_open, ApiError, Response};

        #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        struct Token {
            access_token: String,
            expires_in: u32,
        }
        #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        struct Session {
            openid: String,
            session_key: String,
        }
        // `GET /cgi-bin/token` and `jscode2session`, as the platform documents them.
        let token = br#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#;
        let expected = Token {
            access_token: "ACCESS_TOKEN".into(),
            expires_in: 7200,
        };
        let read = from_http::<Token, wechat_mp::WechatMpError>(200, (), token).unwrap();
        assert_eq!(read, expected);
        let response: Response<Token, wechat_open::WechatOpenError> = from_slice(token).unwrap();
        assert!(response.is_success());
        // Written back as it came: without a code.
        assert_eq!(serde_json::to_vec(&response).unwrap(), token);
        let session = br#"{"openid":"o","session_key":"k"}"#;
        let read =
            from_http::<Session, wechat_miniapp::WechatMiniappError>(200, (), session).unwrap();
        assert_eq!(read.openid, "o");
        // A success with `errcode` 0 stays one, written with it.
        let sent =
            br#"{"errcode":0,"errmsg":"ok","access_token":"ACCESS_TOKEN","expires_in":7200}"#;
        let response: Response<Token, wechat_mp::WechatMpError> = from_slice(sent).unwrap();
        assert_eq!(serde_json::to_vec(&response).unwrap(), sent);
        // One built by hand is written with the code, as most calls answer.
        let built = Response::<_, wechat_mp::WechatMpError>::success("ok", expected);
        assert_eq!(serde_json::to_vec(&built).unwrap(), sent);
        // An error is still one, and a body without a code is no `ApiError`.
        let error = br#"{"errcode":40013,"errmsg":"invalid appid"}"#;
        let err = from_http::<Token, wechat_mp::WechatMpError>(200, (), error).unwrap_err();
        assert_eq!(err.code(), Some(40013.into()));
        assert!(serde_json::from_slice::<ApiError<wechat_mp::WechatMpError>>(token).is_err());
        // Under an error status, JSON without a code is a gateway's, not a success.
        let err = from_http::<Token, wechat_mp::WechatMpError>(502, (), token).unwrap_err();
        assert_eq!(err.code(), None);
        // A success without the code carries its payload: an empty body, `{}`, or JSON read as
        // `()` (a call whose success is `"errcode": 0`) is no answer.
        for body in [&b""[..], b"{}", br#"{"message":"Internal Server Error"}"#] {
            let err = from_http::<(), wechat_mp::WechatMpError>(200, (), body).unwrap_err();
            assert_eq!(err.code(), None, "{body:?}");
            assert!(
                matches!(err, platform_errors_core::HttpError::Body(_)),
                "{body:?}"
            );
        }
        assert!(from_http::<Option<Token>, wechat_mp::WechatMpError>(200, (), b"{}").is_err());
        // Nor is one with the envelope's fields alone.
        for body in [&br#"{"errmsg":""}"#[..], br#"{"errmsg":"ok"}"#] {
            assert!(
                from_http::<serde_json::Value, wechat_mp::WechatMpError>(200, (), body).is_err()
            );
            assert!(from_http::<Option<Token>, wechat_mp::WechatMpError>(200, (), body).is_err());
        }
        assert_eq!(
            from_http::<Option<Token>, wechat_mp::WechatMpError>(200, (), token).unwrap(),
            Some(read_again(token))
        );
        from_http::<(), wechat_mp::WechatMpError>(200, (), br#"{"errcode":0,"errmsg":"ok"}"#)
            .unwrap();
    }

    fn read_again<T: serde::de::DeserializeOwned>(body: &[u8]) -> T {
        serde_json::from_slice(body).unwrap()
    }
}
