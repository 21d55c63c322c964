#![deny(warnings, clippy::pedantic)]

use std::error::Error as _;

use platform_errors::{Advice, Catalogue, PlatformError};

#[derive(Debug, PartialEq, PlatformError)]
#[platform(category = "token", lang = "en")]
pub enum TokenError {
    #[code(40401)]
    #[message("app_id or app_secret is unauthenticated")]
    #[advice(reauthenticate)]
    Unauthenticated,
    #[code(40402)]
    #[message("invalid token", zh = "无效的 token")]
    #[advice(refresh_token)]
    InvalidToken,
}

#[derive(Debug, PlatformError)]
#[platform(category = "org", shared(40100))]
pub enum OrgError {
    #[code(46306)]
    #[message("org is not exists", zh = "组织不存在")]
    NotExists,
    #[code(40299)]
    #[message("org name {name:?} exists in this parent node")]
    NameTaken { name: String },
    #[code(45001)]
    #[message("org grade is over {0}")]
    #[advice(fix_request)]
    TooDeep(u8),
    #[code(40100)]
    #[message("{field} is required")]
    Missing { field: &'static str },
    #[code(40100)]
    #[message("invalid param")]
    BadNumber {
        #[source]
        cause: std::num::ParseIntError,
    },
    #[platform(transparent)]
    Token(#[from] TokenError),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

#[test]
fn display_is_exact() {
    assert_eq!(OrgError::NotExists.to_string(), "org is not exists");
    assert_eq!(
        OrgError::NameTaken { name: "R&D".into() }.to_string(),
        "org name \"R&D\" exists in this parent node"
    );
    assert_eq!(OrgError::TooDeep(15).to_string(), "org grade is over 15");
    assert_eq!(
        OrgError::Missing { field: "org_id" }.to_string(),
        "org_id is required"
    );
    assert_eq!(
        OrgError::Token(TokenError::InvalidToken).to_string(),
        "invalid token"
    );
    let other = OrgError::Other {
        code: 99,
        message: "brand new".into(),
    };
    assert_eq!(other.to_string(), "brand new");
}

#[test]
fn codes_messages_categories_advice() {
    let deep = OrgError::TooDeep(3);
    assert_eq!(deep.code(), Some(45001.into()));
    assert_eq!(deep.message(), "org grade is over {0}");
    assert_eq!(deep.category(), Some("org"));
    assert_eq!(deep.advice(), Advice::FixRequest);
    assert_eq!(OrgError::NotExists.advice(), Advice::None);
    assert_eq!(OrgError::NotExists.message_in("zh"), Some("组织不存在"));
    assert_eq!(OrgError::NotExists.message_in("en"), None);

    let token = OrgError::from(TokenError::InvalidToken);
    assert_eq!(token.code(), Some(40402.into()));
    assert_eq!(token.category(), Some("token"));
    assert_eq!(token.advice(), Advice::RefreshToken);
    assert_eq!(token.message_in("zh"), Some("无效的 token"));
    assert_eq!(token.message_in("EN"), Some("invalid token"));

    let other = OrgError::Other {
        code: -7,
        message: "x".into(),
    };
    assert_eq!(other.code(), Some((-7).into()));
    assert_eq!(other.message(), "x");
    assert_eq!(other.category(), Some("org"));
    assert_eq!(other.advice(), Advice::None);
}

#[test]
fn source_chain() {
    let cause = "x".parse::<u8>().unwrap_err();
    let err = OrgError::BadNumber {
        cause: cause.clone(),
    };
    let source = err.source().expect("a source");
    assert_eq!(source.to_string(), cause.to_string());
    assert!(source.source().is_none());
    assert!(OrgError::NotExists.source().is_none());
    assert!(OrgError::Token(TokenError::InvalidToken).source().is_none());
}

#[test]
fn token_lookup() {
    assert_eq!(TokenError::from_code(40402), Some(TokenError::InvalidToken));
    assert_eq!(TokenError::from_code(1), None);
    assert_eq!(TokenError::ENTRIES.len(), 2);
    assert_eq!(
        TokenError::ENTRIES[1].message_in("zh"),
        Some("无效的 token")
    );
    let _ = <TokenError as Catalogue>::from_code_and_message(40402, "Invalid Token.");
}
