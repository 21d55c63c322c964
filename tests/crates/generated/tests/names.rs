//! `FromStr` on the generated catalogues: every variant's name parses to the variant at its
//! row, in the five catalogues (the 3,000-code `Table` among them, whose `ALL` is a table of
//! discriminants), and names near them that no variant has are unknown.

use generated_catalogues::{
    Large, Medium, Runs, Small, Table, LARGE_ROWS, MEDIUM_ROWS, RUNS_ROWS, SMALL_ROWS, TABLE_ROWS,
};
use platform_errors::{Catalogue, UnknownVariant};

fn check<T>(all: &[T], rows: &[(i64, &str, &str)], type_name: &'static str)
where
    T: Catalogue + Copy + PartialEq + std::fmt::Debug + std::str::FromStr<Err = UnknownVariant>,
{
    assert_eq!(all.len(), rows.len());
    let names: std::collections::HashSet<&str> = rows.iter().map(|r| r.1).collect();
    assert_eq!(names.len(), rows.len(), "{type_name}: names are distinct");
    for (index, &(_, name, _)) in rows.iter().enumerate() {
        assert_eq!(name.parse::<T>(), Ok(all[index]), "{type_name}: {name}");
        assert_eq!(T::ENTRIES[index].name(), name);
        // Near misses: other case, surrounding space, a character more or less, or the
        // next number (a name only when a row has it).
        let (prefix, number) = name.split_at(1);
        let number: usize = number
            .parse()
            .expect("generated names are a letter and a number");
        for other in [
            name.to_lowercase(),
            format!(" {name}"),
            format!("{name} "),
            format!("{name}x"),
            name[..name.len() - 1].to_owned(),
            format!("{prefix}{}", number + rows.len()),
            format!("{prefix}0{number}"),
        ] {
            let expected = rows
                .iter()
                .position(|r| r.1 == other)
                .map(|at| all[at])
                .ok_or(UnknownVariant::new(type_name));
            assert_eq!(other.parse::<T>(), expected, "{type_name}: {other:?}");
        }
    }
    assert_eq!("".parse::<T>(), Err(UnknownVariant::new(type_name)));
}

#[test]
fn every_name_parses_and_no_other() {
    check(Small::ALL, SMALL_ROWS, "Small");
    check(Medium::ALL, MEDIUM_ROWS, "Medium");
    check(Large::ALL, LARGE_ROWS, "Large");
    check(Runs::ALL, RUNS_ROWS, "Runs");
    check(Table::ALL, TABLE_ROWS, "Table");
}

/// A 2,048-code catalogue that asks for no `unsafe`: its `ALL` is written out, and it reads
/// as one with the table does.
#[test]
fn a_catalogue_without_unsafe() {
    use generated_catalogues::Safe;
    assert_eq!(Safe::ALL.len(), 2_048);
    for (i, value) in Safe::ALL.iter().enumerate() {
        let code = 80_000 + i64::try_from(i).unwrap();
        assert_eq!(value.as_i64(), code);
        assert_eq!(Safe::from_code(code), Some(*value));
        assert_eq!(value.message(), format!("safe {i}"));
    }
    assert_eq!(Safe::from_code(79_999), None);
    assert_eq!(generated_catalogues::private_count(), 2_048);
}
