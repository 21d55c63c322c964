//! `FromStr` of a `define_codes!` catalogue: every variant's name parses to that variant,
//! exactly (case and spacing count), raw identifiers by their names without `r#`, `#[cfg]`'d-out
//! variants not at all. The three ways the macro searches names are here: a table of hashed
//! names (from 8 variants, `Names`), a binary search (below 8, `Seven`) and a binary search of
//! discriminants (a `#[cfg]` on a variant, `WithCfgs`). `tests/crates/generated` parses every
//! name of catalogues of up to 3,000 codes.

#![allow(non_camel_case_types)]

use platform_errors_core::{define_codes, Catalogue, UnknownVariant};

define_codes! {
    #![platform(crate = platform_errors_core)]
    pub enum Names {
        Zeta = 1 => "z",
        r#type = 2 => "type",
        Alpha = 3 => "alpha",
        alpha = 4 => "lower alpha",
        r#match = 5 => "match",
        Café = 6 => "accented",
        ABC = 7 => "abc",
        A = 8 => "a",
    }

    pub enum Seven {
        Zeta = 1 => "z",
        r#type = 2 => "type",
        Alpha = 3 => "alpha",
        alpha = 4 => "lower alpha",
        Café = 6 => "accented",
        ABC = 7 => "abc",
        A = 8 => "a",
    }

    pub enum WithCfgs {
        B = 1 => "b",
        #[cfg(any())]
        Gone = 2 => "gone",
        C = 3 => "c",
        #[cfg(all())]
        A = 4 => "a",
        r#loop = 5 => "loop",
    }
}

#[test]
fn every_name_parses_to_its_variant() {
    for (index, entry) in Names::ENTRIES.iter().enumerate() {
        assert_eq!(
            entry.name().parse(),
            Ok(Names::ALL[index]),
            "{}",
            entry.name()
        );
    }
    for (index, entry) in WithCfgs::ENTRIES.iter().enumerate() {
        assert_eq!(
            entry.name().parse(),
            Ok(WithCfgs::ALL[index]),
            "{}",
            entry.name()
        );
    }
    assert_eq!("Alpha".parse(), Ok(Names::Alpha));
    assert_eq!("alpha".parse(), Ok(Names::alpha));
    assert_eq!("Café".parse(), Ok(Names::Café));
    assert_eq!("A".parse(), Ok(WithCfgs::A));
    assert_eq!("C".parse(), Ok(WithCfgs::C));
}

#[test]
fn raw_identifiers_parse_by_their_names() {
    assert_eq!("type".parse(), Ok(Names::r#type));
    assert_eq!("match".parse(), Ok(Names::r#match));
    assert_eq!("loop".parse(), Ok(WithCfgs::r#loop));
    // As the entry and `Debug` name them: without `r#`.
    assert_eq!(Names::r#type.entry().name(), "type");
    assert_eq!(format!("{:?}", Names::r#type), "type");
    assert!("r#type".parse::<Names>().is_err());
    assert!("r#Zeta".parse::<Names>().is_err());
    assert!("r#".parse::<Names>().is_err());
    assert!("Type".parse::<Names>().is_err());
}

#[test]
fn other_names_are_unknown() {
    let unknown = Err(UnknownVariant::new("Names"));
    for name in [
        "",
        " ",
        "Z",
        "Zet",
        "Zeta ",
        " Zeta",
        "zeta",
        "ZETA",
        "Alph",
        "ALPHA",
        "Cafe",
        "abc",
        "AB",
        "ABCD",
        "a",
        "Zeta\0",
        "Names::Zeta",
        "1",
        "z",
    ] {
        assert_eq!(name.parse::<Names>(), unknown, "{name:?}");
    }
    assert_eq!(
        "Gone".parse::<WithCfgs>(),
        Err(UnknownVariant::new("WithCfgs")),
        "the cfg'd-out variant is not a name"
    );
    assert_eq!(WithCfgs::ALL.len(), 4);
}

/// The names of `Names` and `Seven` with one character changed, dropped, added or moved, each
/// unknown to both (the table of hashed names and the binary search agree).
#[test]
fn near_misses_are_unknown_either_way() {
    let mut tried = 0;
    for entry in Names::ENTRIES {
        let name = entry.name();
        let chars: Vec<char> = name.chars().collect();
        let mut misses: Vec<String> = Vec::new();
        for at in 0..chars.len() {
            let mut changed = chars.clone();
            changed[at] = if changed[at] == '_' { '-' } else { '_' };
            misses.push(changed.iter().collect());
            let mut dropped = chars.clone();
            dropped.remove(at);
            misses.push(dropped.iter().collect());
        }
        misses.push(format!("{name}x"));
        misses.push(format!("x{name}"));
        misses.push(chars.iter().rev().collect());
        for miss in misses {
            if Names::ENTRIES.iter().any(|e| e.name() == miss) {
                continue;
            }
            assert!(miss.parse::<Names>().is_err(), "{miss:?}");
            assert!(miss.parse::<Seven>().is_err(), "{miss:?}");
            tried += 1;
        }
    }
    assert!(tried > 50, "{tried}");
    for (index, entry) in Seven::ENTRIES.iter().enumerate() {
        assert_eq!(
            entry.name().parse(),
            Ok(Seven::ALL[index]),
            "{}",
            entry.name()
        );
    }
    assert!("match".parse::<Seven>().is_err());
}
