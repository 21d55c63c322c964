//! The deprecated types of `src/deprecated.rs` work as any other (their compiling without a
//! warning is checked by the library's own `#![deny(warnings)]`).
#![allow(deprecated)]

use generated_catalogues::deprecated::{
    Current, Retired, RetiredDerived, RetiredStrings, RetiredStruct, WithRetiredVariant,
};
use platform_errors::{Catalogue, FromReceived};

#[test]
fn deprecated_types_round_trip_through_serde() {
    let json = serde_json::to_string(&Retired::B).unwrap();
    assert_eq!(json, r#"{"errcode":2,"errmsg":"b"}"#);
    assert_eq!(serde_json::from_str::<Retired>(&json).unwrap(), Retired::B);
    assert_eq!(Current::from_code_and_message(3, "old"), Some(Current::Old));
    let json = serde_json::to_string(&Current::Old).unwrap();
    assert_eq!(
        serde_json::from_str::<Current>(&json).unwrap(),
        Current::Old
    );
    assert_eq!(
        RetiredStrings::from_code("NOAUTH"),
        Some(RetiredStrings::NoAuth)
    );
    assert_eq!(
        serde_json::to_string(&RetiredDerived::Ten).unwrap(),
        r#"{"errcode":10,"errmsg":"ten"}"#
    );
    assert!(matches!(
        WithRetiredVariant::from_received(20, "twenty"),
        WithRetiredVariant::Old
    ));
    assert_eq!(
        serde_json::to_string(&RetiredStruct).unwrap(),
        r#"{"errcode":30,"errmsg":"thirty"}"#
    );
}
