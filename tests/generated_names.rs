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
