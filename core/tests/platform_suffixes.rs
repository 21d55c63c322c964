//! Platforms append a per-request suffix to their messages (WeChat's ` rid: 6141b79a-...`,
//! ` hint: [XLAiDa03434521]`); a message with one still matches its declared message.
#![cfg(feature = "alloc")]

use platform_errors_core::qingtui::{GeneralError, ParamError, QingtuiError, TokenError};
use platform_errors_core::{message_matches, Catalogue, FromReceived};

const SUFFIXES: [&str; 4] = [
    " rid: 5f3a9c1e-0b7d4e2a-6c8f1d3b",
    " hint: [xyz]",
    " hint: [XLAiDa03434521] rid: 6141b79a-5a3c2f1e-7d9b0c4e",
    ", rid: 5f3a",
];

#[test]
fn messages_with_platform_suffixes_match() {
    for suffix in SUFFIXES {
        for declared in [
            "invalid token",
            "page_size is required",
            "access_token超时",
            "系统繁忙.",
            "Invalid access_token",
        ] {
            let received = format!("{declared}{suffix}");
            assert!(message_matches(declared, &received), "{received:?}");
        }
        // A suffix does not turn one declared message into a longer one it is not.
        assert!(!message_matches(
            "page_size is required too",
            &format!("page_size is required{suffix}")
        ));
    }
}

#[test]
fn lookup_by_message_sees_through_platform_suffixes() {
    for suffix in SUFFIXES {
        // 40100 has 23 messages: the suffix must not hide which one was sent.
        let received = format!("page_size is required{suffix}");
        assert_eq!(
            ParamError::from_code_and_message(40100, &received),
            Some(ParamError::PageSizeRequired),
            "{received:?}"
        );
        assert_eq!(
            QingtuiError::from_code_and_message(40100, &received),
            Some(QingtuiError::Param(ParamError::PageSizeRequired)),
        );
        // -1 is declared twice (general "系统繁忙.", system "system error").
        let received = format!("系统繁忙{suffix}");
        assert_eq!(
            QingtuiError::from_received(-1, &received),
            QingtuiError::General(GeneralError::SystemBusy),
            "{received:?}"
        );
        let received = format!("invalid token{suffix}");
        assert_eq!(
            QingtuiError::from_received(40402, &received),
            QingtuiError::Token(TokenError::InvalidToken),
        );
    }
}
