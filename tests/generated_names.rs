//! Valid declarations that the generated code must not trip over: variants named like the
//! generated items, a `cfg` inside a `cfg_attr`, a catch-all whose message is a
//! `Cow<'static, str>`.
#![deny(warnings, clippy::pedantic)]
#![allow(non_camel_case_types)]

use std::borrow::Cow;

use platform_errors::{Catalogue, FromReceived, PlatformError};

platform_errors::define_codes! {
    /// Variants named `ALL` and `ALL_VARIANTS`: the list is then `ALL_VARIANTS_`.
    pub enum Taken {
        ALL = 1 => "all",
        ALL_VARIANTS = 2 => "all variants",
        Other = 3 => "other",
    }

    /// Lower-case variants named like the inherent methods and the trait's.
    pub enum Lower {
        code = 1 => "the code",
        message = 2 => "the message",
        entry = 3 => "the entry",
        as_i64 = 4 => "as i64",
    }

    /// A variant that a `cfg` inside a `cfg_attr` removes.
    pub enum Gated {
        Kept = 1 => "kept",
        #[cfg_attr(all(), cfg(any()))]
        Gone = 2 => "gone",
        #[cfg_attr(any(), cfg(any()))]
        AlsoKept = 3 => "also kept",
    }
}

#[test]
fn the_list_takes_a_name_no_variant_has() {
    assert_eq!(
        Taken::ALL_VARIANTS_,
        [Taken::ALL, Taken::ALL_VARIANTS, Taken::Other]
    );
    assert_eq!(Taken::from_code(2), Some(Taken::ALL_VARIANTS));
    assert_eq!("ALL".parse(), Ok(Taken::ALL));
}

#[test]
fn variants_named_like_methods() {
    assert_eq!(Lower::message.message(), "the message");
    assert_eq!(Lower::entry.entry().name(), "entry");
    assert_eq!(Lower::code.as_i64(), 1);
    assert_eq!(Lower::as_i64.as_i64(), 4);
    assert_eq!(Lower::entry.to_string(), "the entry");
    assert_eq!(PlatformError::code(&Lower::message), Some(2.into()));
    assert_eq!(Lower::from_code(3), Some(Lower::entry));
}

#[test]
fn a_cfg_inside_cfg_attr_removes_the_variant_everywhere() {
    assert_eq!(Gated::ALL, [Gated::Kept, Gated::AlsoKept]);
    assert_eq!(Gated::from_code(2), None);
    assert_eq!(Gated::from_code(3), Some(Gated::AlsoKept));
    assert_eq!(Gated::ENTRIES.len(), 2);
}

/// A catch-all that keeps the message as a `Cow<'static, str>`.
#[derive(Debug, PartialEq, PlatformError)]
pub enum CowMessage {
    /// A code.
    #[code(1)]
    #[message("one")]
    One,
    /// Anything else.
    #[platform(unknown)]
    Other {
        /// The code.
        code: i64,
        /// The message.
        message: Cow<'static, str>,
    },
}

#[test]
fn a_cow_catch_all() {
    let received = String::from("brand new");
    let err = CowMessage::from_received(7, &received);
    drop(received);
    assert_eq!(
        err,
        CowMessage::Other {
            code: 7,
            message: Cow::Borrowed("brand new")
        }
    );
    assert_eq!(err.message(), "brand new");
    assert_eq!(CowMessage::from_received(1, "x"), CowMessage::One);
}

platform_errors::define_codes! {
    /// Variants whose names are keywords.
    pub enum Keywords {
        r#type = 1 => "type",
        r#match = 2 => "match",
    }
}

#[test]
fn raw_identifiers_read_as_their_names() {
    assert_eq!(format!("{:?}", Keywords::r#type), "type");
    assert_eq!("match".parse(), Ok(Keywords::r#match));
    assert!("r#match".parse::<Keywords>().is_err());
    assert_eq!(Keywords::r#type.entry().name(), "type");
    assert_eq!(Keywords::r#type.entry().reason().to_string(), "TYPE");
}

/// A default language that is regional, and a templated translation of the same language.
#[derive(Debug, PlatformError)]
#[platform(lang = "zh-CN")]
pub enum Regional {
    /// A code with a field.
    #[code(1)]
    #[message("{0} 错误", zh_TW = "{0} 錯誤", en = "{0} error")]
    Failed(u8),
}

#[test]
fn message_in_and_display_in_choose_the_same_language() {
    let err = Regional::Failed(7);
    for (tag, message, shown) in [
        ("zh", "{0} 错误", "7 错误"),
        ("zh-CN", "{0} 错误", "7 错误"),
        ("zh-TW", "{0} 錯誤", "7 錯誤"),
        // No prefix of it is declared: the first tag of its language, the default's first.
        ("zh-Hant-TW", "{0} 错误", "7 错误"),
        ("en-US", "{0} error", "7 error"),
    ] {
        assert_eq!(err.message_in(tag), Some(message), "{tag}");
        assert_eq!(err.display_in(tag).to_string(), shown, "{tag}");
    }
}

/// A named extra argument, shown by the default message and its translations.
#[derive(Debug, PlatformError)]
pub enum Limits {
    /// Too many items.
    #[code(45001)]
    #[message("{n} over {max}", max = .limit * 2, zh = "{n} 超过 {max}")]
    TooMany {
        /// How many were sent.
        n: u32,
        /// Half the limit.
        limit: u32,
    },
}

#[test]
fn named_extra_arguments_in_translations() {
    let err = Limits::TooMany { n: 12, limit: 5 };
    assert_eq!(err.to_string(), "12 over 10");
    assert_eq!(err.display_in("zh").to_string(), "12 超过 10");
    assert_eq!(err.message_in("zh"), Some("{n} 超过 {max}"));
}
