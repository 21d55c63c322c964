//! Uses the runtime, the derive and a declared catalogue in a `#![no_std]` crate; `alloc` is
//! needed only for the catch-all's `String`. CI builds it on its own, so that no other crate
//! turns the `std` feature on.
#![no_std]
#![deny(warnings, clippy::pedantic)]

extern crate alloc;

use alloc::string::String;

use platform_errors::{Catalogue as _, PlatformError};

/// A derived error.
#[derive(Debug, PlatformError)]
#[platform(category = "embedded")]
pub enum DeviceError {
    /// A unit code.
    #[code(1)]
    #[message("device busy")]
    #[advice(retry)]
    Busy,
    /// A catalogue member.
    #[platform(transparent)]
    Catalogue(Catalogue),
    /// Anything else.
    #[platform(unknown)]
    Other {
        /// Received code.
        code: i64,
        /// Received message.
        message: String,
    },
}

platform_errors::define_codes! {
    /// A declared catalogue.
    pub enum Catalogue {
        /// Two.
        Two = 2 => ("two", zh = "二"),
    }
}

/// Looks a code up without `std`.
#[must_use]
pub fn describe(code: i64) -> Option<&'static str> {
    Catalogue::from_code(code).map(|found| found.message())
}

/// The error as a `core::error::Error`.
#[must_use]
pub fn as_error(e: &DeviceError) -> &dyn core::error::Error {
    e
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::{describe, DeviceError};
    use platform_errors::{FromReceived, PlatformError};
    use std::string::ToString;

    #[test]
    fn works_without_std() {
        assert_eq!(describe(2), Some("two"));
        assert_eq!(DeviceError::from_received(9, "nine").to_string(), "nine");
        assert_eq!(DeviceError::Busy.code(), Some(1.into()));
    }
}
