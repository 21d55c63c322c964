//! `define_codes!` shapes that once failed: variants named like the impls' associated
//! items, a module without the prelude, and a `#[cfg]`'d variant that reuses a code.
#![deny(warnings, clippy::pedantic, clippy::nursery)]

use platform_errors::{FromCode, PlatformError};

platform_errors::define_codes! {
    /// Variants named `Error`, `Err` and `ALL`.
    #[platform(category = "names")]
    pub enum Names {
        Error = 1 => "error",
        Err = 2 => "err",
        ALL = 3 => "all",
    }
}

#[test]
fn variants_named_like_associated_items() {
    assert_eq!(Names::try_from(1), Ok(Names::Error));
    assert_eq!("Err".parse::<Names>(), Ok(Names::Err));
    assert_eq!(Names::ALL.code(), 3);
    // A variant named `ALL` shadows the list, which is `ALL_VARIANTS` then.
    assert_eq!(Names::ALL_VARIANTS.len(), 3);
    assert_eq!(Names::from_code(3), Some(Names::ALL));
}

#[no_implicit_prelude]
mod no_prelude {
    ::platform_errors::define_codes! {
        /// Declared where nothing is in scope.
        #[platform(category = "bare", shared(7))]
        pub enum Bare {
            A = 7 => "a",
            B = 7 => "b",
            C = -1 => ("c {{braces}}", zh = "丙"),
        }

        /// An umbrella.
        pub enum BareAll {
            Bare(Bare),
            #[platform(unknown)]
            Unknown,
        }
    }
}

#[test]
fn without_the_prelude() {
    use platform_errors::FromResponse;
    assert_eq!(
        no_prelude::Bare::from_code_and_message(7, "b"),
        Some(no_prelude::Bare::B)
    );
    assert_eq!(no_prelude::BareAll::from_response(9, "x").code(), 9);
    assert_eq!(no_prelude::Bare::C.to_string(), "c {braces}");
}

platform_errors::define_codes! {
    /// A variant compiled out reuses a code.
    pub enum Configured {
        #[cfg(any())]
        Old = 5 => "old",
        New = 5 => "new",
        Other = 6 => "other",
    }
}

#[test]
fn a_cfgd_out_variant_may_reuse_a_code() {
    assert_eq!(Configured::from_code(5), Some(Configured::New));
    assert_eq!(Configured::ALL.len(), 2);
    assert_eq!(Configured::New.message(), "new");
    assert_eq!(PlatformError::code(&Configured::Other), Some(6));
}
