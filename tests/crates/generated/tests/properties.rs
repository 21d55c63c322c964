//! Every declared row round-trips through lookup, `Display`, the entry list, serde and
//! `TryFrom`; every undeclared code falls to `None` or the catch-all with its message intact.

use generated_catalogues::{
    Large, Medium, Runs, Small, Table, Umbrella, LARGE_ROWS, MEDIUM_ROWS, RUNS_ROWS, SMALL_ROWS,
    TABLE_ROWS,
};
use platform_errors::{Catalogue, FromReceived, PlatformError, UnknownCode};
use proptest::prelude::*;

fn check_rows<T>(rows: &[(i64, &str, &str)])
where
    T: for<'a> Catalogue<Code<'a> = i64>
        + PlatformError
        + Copy
        + PartialEq
        + std::fmt::Debug
        + TryFrom<i64, Error = UnknownCode>
        + std::str::FromStr
        + serde::Serialize
        + serde::de::DeserializeOwned,
    <T as std::str::FromStr>::Err: std::fmt::Debug,
{
    assert_eq!(T::ENTRIES.len(), rows.len());
    for (i, &(code, name, message)) in rows.iter().enumerate() {
        let entry = &T::ENTRIES[i];
        assert_eq!(
            (entry.code(), entry.name(), entry.message()),
            (code.into(), name, message)
        );

        // By name, then every view of it.
        let value: T = name.parse().unwrap();
        assert_eq!(value.code(), Some(code.into()));
        assert_eq!(value.message(), message);
        assert_eq!(value.to_string(), message);

        // By code: the first row with it.
        let first = rows.iter().position(|r| r.0 == code).unwrap();
        let by_code = T::from_code(code).unwrap();
        assert_eq!(by_code.message(), rows[first].2, "{code}");
        assert_eq!(T::try_from(code), Ok(by_code));

        // By code and message: this row, however the message arrives.
        for received in [
            message.to_owned(),
            format!("  {message}  "),
            format!("{message} [trace 1]"),
        ] {
            assert_eq!(
                T::from_code_and_message(code, &received),
                Some(value),
                "{code} {received:?}"
            );
        }

        // Serde: the platform's shape, and back.
        let json = serde_json::to_value(value).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"errcode": code, "errmsg": message})
        );
        assert_eq!(serde_json::from_value::<T>(json).unwrap(), value);

        // Through the umbrella.
        let any = Umbrella::from_received(code, message);
        assert_eq!((any.code(), any.message()), (Some(code.into()), message));
    }
}

#[test]
fn every_row_round_trips() {
    check_rows::<Small>(SMALL_ROWS);
    check_rows::<Medium>(MEDIUM_ROWS);
    check_rows::<Large>(LARGE_ROWS);
    check_rows::<Runs>(RUNS_ROWS);
    check_rows::<Table>(TABLE_ROWS);
    assert_eq!(
        Umbrella::ENTRIES.len(),
        SMALL_ROWS.len()
            + MEDIUM_ROWS.len()
            + LARGE_ROWS.len()
            + RUNS_ROWS.len()
            + TABLE_ROWS.len()
    );
}

/// `ALL` lists every variant in declaration order, each once: for a catalogue whose
/// `from_code` searches a table of runs (`Table`, 3,000 codes) `ALL` is a table of
/// discriminants read as the enum, checked here against the rows and the entries.
#[test]
fn all_lists_the_rows_in_order() {
    fn check<
        T: for<'a> Catalogue<Code<'a> = i64>
            + PlatformError
            + Copy
            + std::fmt::Debug
            + Eq
            + std::hash::Hash,
    >(
        all: &[T],
        rows: &[(i64, &str, &str)],
    ) {
        assert_eq!(all.len(), rows.len());
        let distinct: std::collections::HashSet<T> = all.iter().copied().collect();
        assert_eq!(distinct.len(), all.len());
        for (value, &(code, name, message)) in all.iter().zip(rows) {
            assert_eq!(format!("{value:?}"), name);
            assert_eq!(
                (value.code(), value.message()),
                (Some(code.into()), message)
            );
        }
    }
    check(Small::ALL, SMALL_ROWS);
    check(Runs::ALL, RUNS_ROWS);
    check(Table::ALL, TABLE_ROWS);
    // Two bytes each, with a niche left for `Option`.
    assert_eq!(std::mem::size_of::<Table>(), 2);
    assert_eq!(std::mem::size_of::<Option<Table>>(), 2);
    // `ALL` is usable in `const` context.
    const LAST: Table = Table::ALL[Table::ALL.len() - 1];
    assert_eq!(LAST.as_i64(), TABLE_ROWS[TABLE_ROWS.len() - 1].0);
}

#[test]
fn codes_next_to_runs_are_not_found() {
    fn check<T: for<'a> Catalogue<Code<'a> = i64> + PlatformError + std::fmt::Debug + PartialEq>(
        rows: &[(i64, &str, &str)],
    ) {
        for &(code, _, _) in rows {
            for neighbour in [code.checked_sub(1), code.checked_add(1)]
                .into_iter()
                .flatten()
            {
                let found = T::from_code(neighbour);
                if rows.iter().any(|r| r.0 == neighbour) {
                    assert_eq!(
                        found.map(|v| v.code().unwrap().as_i64()),
                        Some(Some(neighbour))
                    );
                } else {
                    assert_eq!(found, None, "{neighbour}");
                }
            }
        }
    }
    check::<Runs>(RUNS_ROWS);
    check::<Table>(TABLE_ROWS);
}

fn declared(code: i64) -> bool {
    [SMALL_ROWS, MEDIUM_ROWS, LARGE_ROWS, RUNS_ROWS, TABLE_ROWS]
        .iter()
        .any(|rows| rows.iter().any(|r| r.0 == code))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn undeclared_codes_fall_through(code in any::<i64>(), message in ".{0,40}") {
        prop_assume!(!declared(code));
        prop_assert_eq!(Small::from_code(code), None);
        prop_assert_eq!(Runs::from_code(code), None);
        prop_assert_eq!(Table::from_code(code), None);
        prop_assert_eq!(Large::from_code_and_message(code, &message), None);
        prop_assert_eq!(Medium::try_from(code).unwrap_err().code(), code);
        let any = Umbrella::from_received(code, &message);
        prop_assert_eq!(&any, &Umbrella::Unknown { code, message: message.clone() });
        prop_assert_eq!(any.to_string(), message.clone());
        let json = serde_json::json!({"errcode": code, "errmsg": message});
        prop_assert_eq!(serde_json::from_value::<Umbrella>(json.clone()).unwrap(), any);
        prop_assert!(serde_json::from_value::<Small>(json).is_err());
    }

    #[test]
    fn declared_codes_with_any_message_resolve(index in 0..LARGE_ROWS.len(), message in ".{0,40}") {
        let (code, _, _) = LARGE_ROWS[index];
        let found = Large::from_code_and_message(code, &message).unwrap();
        prop_assert_eq!(found.as_i64(), code);
        let any = Umbrella::from_received(code, &message);
        prop_assert_eq!(any.code(), Some(code.into()));
    }
}
