//! `platform_errors` is not a name this crate can use: the dependency is renamed `errs`, so
//! the macros are pointed at it with `crate = errs`.
#![deny(warnings, clippy::pedantic)]

use errs::PlatformError;

/// A derived type.
#[derive(Debug, PlatformError)]
#[platform(crate = errs, category = "renamed")]
pub enum Derived {
    /// A code.
    #[code(1)]
    #[message("one")]
    One,
    /// A member.
    #[platform(transparent)]
    Declared(Declared),
    /// The catch-all.
    #[platform(unknown)]
    Other {
        /// Received code.
        code: i64,
        /// Received message.
        message: String,
    },
}

errs::define_codes! {
    #![platform(crate = errs)]

    /// A declared catalogue.
    #[platform(category = "declared")]
    pub enum Declared {
        /// Two.
        Two = 2 => "two",
    }

    /// An umbrella.
    pub enum Umbrella {
        /// Declared codes.
        Declared(Declared),
        /// Anything else.
        #[platform(unknown)]
        Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::{Declared, Derived, Umbrella};
    use errs::{Catalogue, FromReceived, PlatformError};

    #[test]
    fn renamed_crate_works() {
        assert_eq!(Derived::One.code(), Some(1.into()));
        assert!(Derived::from_code(2).is_some_and(|d| d.code() == Some(2.into())));
        assert_eq!(Derived::from_received(3, "three").to_string(), "three");
        assert_eq!(Declared::Two.message(), "two");
        assert_eq!(
            Umbrella::from_received(2, "two"),
            Umbrella::Declared(Declared::Two)
        );
    }
}
