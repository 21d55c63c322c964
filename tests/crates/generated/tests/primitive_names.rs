//! The catalogues declared beside types named `u8`, `u16`, `u32`, `u64`, `usize`, `i64`,
//! `str` and `bool` (in a module without the prelude: `build.rs`) compile, and their lookups
//! answer: the generated code names every primitive type by its path. `Derived` has 2,100
//! variants, past the 2,048 from which it reads a variant by index through chunks of 256;
//! `Strings` and `DerivedStrings` search a hashed table of string codes.

use generated_catalogues::{Derived, DerivedStrings, Strings};
use platform_errors::{Catalogue, PlatformError};

#[test]
fn a_derived_catalogue_past_2048_variants_finds_every_code() {
    for i in 0..2_100_i64 {
        let code = 90_000 + 3 * i;
        let found = Derived::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(found.code(), Some(code.into()));
        assert_eq!(found.to_string(), format!("derived {i}"));
        assert_eq!(Derived::from_code(code + 1), None);
        assert_eq!(Derived::from_code(code + 2), None);
    }
    assert_eq!(Derived::from_code(89_999), None);
    assert_eq!(Derived::from_code(i64::MIN), None);
}

#[test]
fn string_catalogues_find_every_code_and_name() {
    for i in 0..20 {
        let code = format!("CODE_{i}_REFUSED");
        let found = Strings::from_code(&code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(found.as_str(), code);
        assert_eq!(found.message(), format!("string {i}"));
        assert_eq!(code.parse::<Strings>(), Ok(found));
        assert_eq!(format!("W{i}").parse::<Strings>(), Ok(found));
        assert_eq!(Strings::from_code(&format!("CODE_{i}_REFUSEd")), None);
        let derived = format!("DERIVED_{i}");
        let found = DerivedStrings::from_code(&derived).unwrap_or_else(|| panic!("{derived}"));
        assert_eq!(found.code(), Some(derived.as_str().into()));
        assert_eq!(DerivedStrings::from_code(&format!("{derived}_")), None);
    }
    assert_eq!(Strings::from_code(""), None);
    assert!("W20".parse::<Strings>().is_err());
}
