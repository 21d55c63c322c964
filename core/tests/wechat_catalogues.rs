//! The `WeChat` catalogues agree with their lists (`core/data/*-codes.tsv`, copies of the
//! platforms' pages), row for row, both ways: code, message verbatim, and count. Each test
//! runs when its platform's feature is on (`--all-features` runs them all).

#![allow(dead_code)]

use std::collections::BTreeMap;

use platform_errors_core::{Advice, Catalogue, Entry, PlatformError};

mod common;
#[allow(unused_imports)] // used by the modules behind the platforms' features
use common::int_rows as rows;

/// The checks every catalogue passes against its list.
fn check_exact<T>(list: &[(i64, &str)], expected_rows: usize)
where
    T: for<'a> Catalogue<Code<'a> = i64>
        + PlatformError
        + Copy
        + PartialEq
        + core::fmt::Debug
        + core::str::FromStr,
{
    // Count: the list, the declared entries.
    assert_eq!(list.len(), expected_rows);
    assert_eq!(T::ENTRIES.len(), list.len());

    // List to catalogue: every row is an entry with its code and its message, verbatim, in
    // the list's order, and lookup of the pair gives that entry's variant.
    for (i, (&(code, message), entry)) in list.iter().zip(T::ENTRIES).enumerate() {
        assert_eq!(
            (entry.code(), entry.message()),
            (code.into(), message),
            "row {}",
            i + 1
        );
        let variant = T::from_code_and_message(code, message)
            .unwrap_or_else(|| panic!("{code} is not declared"));
        assert_eq!(variant.message(), message, "{code}");
        assert_eq!(
            variant.to_string(),
            message,
            "{code}: Display is the message"
        );
        assert_eq!(entry.advice(), variant.advice(), "{code}");
        assert_eq!(entry.name().parse::<T>().ok(), Some(variant), "{code}");
    }

    // Catalogue to list: the entries as a multiset are the rows as a multiset.
    let mut from_list: Vec<(i64, &str)> = list.to_vec();
    let mut from_entries: Vec<(i64, &str)> = T::ENTRIES
        .iter()
        .map(|e| (e.code().as_i64().unwrap(), e.message()))
        .collect();
    from_list.sort_unstable();
    from_entries.sort_unstable();
    assert_eq!(from_entries, from_list);

    // Where one code has several rows, lookup by message picks each one.
    let mut by_code: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
    for &(code, message) in list {
        by_code.entry(code).or_default().push(message);
    }
    for (code, messages) in by_code.iter().filter(|(_, m)| m.len() > 1) {
        for message in messages {
            let v = T::from_code_and_message(*code, message).unwrap();
            assert_eq!(v.message(), *message, "{code}");
        }
    }

    // Names are unique.
    let mut names: Vec<&str> = T::ENTRIES.iter().map(Entry::name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), T::ENTRIES.len());
}

/// The advice the platforms' SDKs agree on, and code 0.
/// `api_limit` is 45009's advice: the day's quota on WeChat ("reach max api daily quota
/// limit", reset by `clear_quota`), which waiting seconds cannot lift; a rate limit on WeCom.
fn check_advice(entries: &[Entry], api_limit: Advice) {
    let advice = |code: i64| {
        entries
            .iter()
            .find(|e| e.code() == code)
            .map(Entry::advice)
            .unwrap_or_else(|| panic!("{code} is not declared"))
    };
    assert_eq!(advice(-1), Advice::Retry);
    for code in [40001, 40014, 42001] {
        assert_eq!(advice(code), Advice::RefreshToken, "{code}");
    }
    assert_eq!(advice(45009), api_limit);
    // Success is declared, and is never something to retry.
    assert_eq!(advice(0), Advice::None);
    assert!(!advice(0).is_retryable());
}

#[cfg(feature = "wechat-mp")]
mod wechat_mp {
    use super::*;
    use platform_errors_core::wechat_mp::{GlobalError, WechatMpError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/wechat-mp-codes.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), 161);
        assert_eq!(GlobalError::ALL.len(), 161);
    }

    #[test]
    fn advice() {
        check_advice(GlobalError::ENTRIES, Advice::WaitForQuota);
        assert_eq!(GlobalError::ApiNotAuthorized.advice(), Advice::CheckConfig);
    }

    #[test]
    fn every_entry_has_english_and_chinese() {
        for (entry, (_, message)) in GlobalError::ENTRIES.iter().zip(rows(LIST)) {
            assert_eq!(entry.message_in("zh"), Some(message));
            let en = entry.message_in("en").unwrap();
            assert!(en.is_ascii() && !en.is_empty(), "{}: {en}", entry.code());
            assert_eq!(entry.category(), Some("wechat-mp"));
        }
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = WechatMpError::from_received(code, message);
            assert!(
                matches!(err, WechatMpError::Global(v) if v.as_i64() == code),
                "{code}"
            );
        }
        let err = WechatMpError::from_received(12345, "not in the list");
        assert_eq!(err.to_string(), "not in the list");
        assert!(matches!(err, WechatMpError::Unknown { code: 12345, .. }));
        assert_eq!(
            WechatMpError::from_received(0, "ok"),
            WechatMpError::Global(GlobalError::Success)
        );
    }
}

#[cfg(feature = "wecom")]
mod wecom {
    use super::*;
    use platform_errors_core::wecom::{GlobalError, WecomError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/wecom-codes.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), 281);
        assert_eq!(GlobalError::ALL.len(), 281);
    }

    #[test]
    fn advice() {
        check_advice(GlobalError::ENTRIES, Advice::Throttle);
        assert_eq!(GlobalError::IpNotWhitelisted.advice(), Advice::CheckConfig);
        assert_eq!(
            GlobalError::TooManyConcurrentCalls.advice(),
            Advice::Throttle
        );
    }

    #[test]
    fn every_entry_has_english_and_chinese() {
        for (entry, (_, message)) in GlobalError::ENTRIES.iter().zip(rows(LIST)) {
            assert_eq!(entry.message_in("zh"), Some(message));
            let en = entry.message_in("en").unwrap();
            assert!(!en.is_empty(), "{}", entry.code());
            assert_eq!(entry.category(), Some("wecom"));
        }
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = WecomError::from_received(code, message);
            assert!(
                matches!(err, WecomError::Global(v) if v.as_i64() == code),
                "{code}"
            );
        }
        let err = WecomError::from_received(12345, "not in the list");
        assert_eq!(err.to_string(), "not in the list");
        assert!(matches!(err, WecomError::Unknown { code: 12345, .. }));
    }
}

#[cfg(feature = "wechat-open")]
mod wechat_open {
    use super::*;
    use platform_errors_core::wechat_open::{GlobalError, WechatOpenError};
    use platform_errors_core::FromReceived;

    const LIST: &str = include_str!("../data/wechat-open-codes.tsv");

    #[test]
    fn every_row_is_declared_both_ways() {
        check_exact::<GlobalError>(&rows(LIST), 1830);
        assert_eq!(GlobalError::ALL.len(), 1830);
    }

    #[test]
    fn advice() {
        check_advice(GlobalError::ENTRIES, Advice::WaitForQuota);
    }

    #[test]
    fn each_row_answers_in_its_language() {
        for (entry, (_, message)) in GlobalError::ENTRIES.iter().zip(rows(LIST)) {
            // Chinese rows hold ideographs; one English row has a full-width comma.
            let chinese = message
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            if !chinese {
                assert_eq!(entry.message_in("en"), Some(message));
            } else {
                assert_eq!(entry.message_in("zh"), Some(message));
                if let Some(en) = entry.message_in("en") {
                    assert_ne!(en, message);
                }
            }
            assert_eq!(entry.category(), Some("wechat-open"));
        }
    }

    #[test]
    fn every_row_has_english_as_the_module_docs_say() {
        let chinese = GlobalError::ENTRIES
            .iter()
            .filter(|e| {
                e.message()
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            })
            .count();
        assert_eq!((chinese, GlobalError::ENTRIES.len() - chinese), (575, 1255));
        assert!(GlobalError::ENTRIES
            .iter()
            .all(|e| e.message_in("en").is_some()));
    }

    #[test]
    fn braces_in_messages_are_literal() {
        let with_braces: Vec<_> = GlobalError::ALL
            .iter()
            .filter(|v| v.message().contains('{'))
            .collect();
        assert_eq!(
            with_braces.len(),
            rows(LIST).iter().filter(|(_, m)| m.contains('{')).count()
        );
        for v in with_braces {
            assert_eq!(v.to_string(), v.message());
            assert!(v.message().contains("{名称 A}"));
        }
    }

    #[test]
    fn the_umbrella_resolves_rows_and_keeps_unknown_codes() {
        for (code, message) in rows(LIST) {
            let err = WechatOpenError::from_received(code, message);
            assert!(
                matches!(err, WechatOpenError::Global(v) if v.as_i64() == code),
                "{code}"
            );
        }
        for code in [1, 2, 40_000, 9_999_999, i64::MIN, i64::MAX] {
            assert_eq!(GlobalError::from_code(code), None, "{code}");
            let err = WechatOpenError::from_received(code, "x");
            assert!(matches!(err, WechatOpenError::Unknown { code: c, .. } if c == code));
        }
    }
}
