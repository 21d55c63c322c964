//! Every row of the TSV round-trips through the declared catalogue.

use platform_errors::{FromCode, PlatformError};
use wechat_open_catalogue::generate::{parse_tsv, render};
use wechat_open_catalogue::WechatOpenError;

const TSV: &str = include_str!("../data/wechat-open-codes.tsv");

#[test]
fn every_row_round_trips() {
    let rows = parse_tsv(TSV).unwrap();
    assert_eq!(rows.len(), 1830);
    assert_eq!(WechatOpenError::ALL.len(), 1830);
    assert_eq!(WechatOpenError::ENTRIES.len(), 1830);
    for (row, entry) in rows.iter().zip(WechatOpenError::ENTRIES) {
        let variant = WechatOpenError::from_code(row.code)
            .unwrap_or_else(|| panic!("{} is not declared", row.code));
        assert_eq!(variant.code(), row.code);
        assert_eq!(variant.message(), row.message, "{}", row.code);
        assert_eq!(variant.to_string(), row.message, "{}", row.code);
        assert_eq!(PlatformError::message(&variant), row.message);
        assert_eq!(WechatOpenError::try_from(row.code), Ok(variant));
        assert_eq!(
            WechatOpenError::from_code_and_message(row.code, &row.message),
            Some(variant)
        );
        assert_eq!(
            (entry.code(), entry.message()),
            (row.code, row.message.as_str())
        );
        assert_eq!(entry.name().parse::<WechatOpenError>(), Ok(variant));
        assert_eq!(variant.category(), Some("wechat-open"));
    }
}

#[test]
fn braces_in_messages_are_literal() {
    let with_braces = WechatOpenError::ALL
        .iter()
        .filter(|v| v.message().contains('{'))
        .count();
    assert_eq!(with_braces, 2);
    for v in WechatOpenError::ALL
        .iter()
        .filter(|v| v.message().contains('{'))
    {
        assert_eq!(v.to_string(), v.message());
        assert!(v.message().contains("{名称 A}"));
    }
}

#[test]
fn undeclared_codes_fall_through() {
    for code in [1, 2, 40_000, 9_999_999, i64::MIN, i64::MAX] {
        assert_eq!(WechatOpenError::from_code(code), None, "{code}");
        assert_eq!(WechatOpenError::try_from(code).unwrap_err().code(), code);
    }
}

#[test]
fn codes_rs_is_what_the_generator_makes() {
    let rows = parse_tsv(TSV).unwrap();
    let expected = render(&rows);
    let actual = include_str!("../src/codes.rs");
    assert!(
        actual == expected,
        "src/codes.rs is stale: run `cargo run -p wechat-open-catalogue --bin generate > src/codes.rs` in tests/crates/wechat-open"
    );
}
