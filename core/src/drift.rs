//! Drift between a catalogue and the platform's own list of codes: for a test that fails
//! when the platform's error page and the declared catalogue disagree.
//!
//! The platform's list is a table of tab-separated rows, `code<TAB>message[<TAB>category]`,
//! one entry a row, such as a copy of the platform's error page kept beside the tests.
//! [`compare`] reads it and returns a [`Drift`]: the rows the catalogue lacks, the entries the
//! table lacks, and the codes whose message or category differ. Its `Display` is a report for
//! a CI log.
//!
//! ```
//! use platform_errors_core::drift;
//! use platform_errors_core::qingtui::TokenError;
//! use platform_errors_core::Catalogue;
//!
//! let page = "\
//! # code\tmessage\tcategory
//! 40401\tapp_id or app_secret is unauthenticated\ttoken
//! 40402\tinvalid token\ttoken
//! 42403\texpired token\ttoken
//! ";
//! let drift = drift::compare(TokenError::ENTRIES, page)?;
//! assert!(drift.is_empty(), "{drift}");
//!
//! // The platform renames a message and adds a code.
//! let page = page.replace("expired token", "token expired") + "42404\ttoken revoked\ttoken\n";
//! let drift = drift::compare(TokenError::ENTRIES, &page)?;
//! assert_eq!(drift.changed.len(), 1);
//! assert_eq!(drift.missing[0].code, 42404);
//! assert!(drift.extra.is_empty());
//! assert_eq!(
//!     drift.to_string(),
//!     "\
//! drift between the table (4 rows) and the catalogue (3 entries): 1 missing, 0 extra, 1 changed
//! missing from the catalogue:
//!   line 5: 42404 token \"token revoked\"
//! changed:
//!   line 4: 42403 token ExpiredToken
//!     table:     \"token expired\"
//!     catalogue: \"expired token\"
//! ",
//! );
//! # Ok::<(), drift::TableError>(())
//! ```
//!
//! # The table
//! - Lines end with `\n`, `\r\n` or `\r` (as old Mac files do), mixed as they come; line
//!   numbers count each of them as one end.
//! - Cells are separated by one tab each; surrounding whitespace of a cell is ignored, and
//!   the message is otherwise compared exactly (case, punctuation and inner spacing count).
//! - Blank lines and lines starting with `#` are skipped, and so is a first row whose code
//!   cell is `code` (a header).
//! - Without a category cell, a row matches an entry of any category.
//!
//! # How rows meet entries
//! A row and an entry are the same when their code, message and (if the row has one)
//! category agree, and each entry answers one row. Rows with a category are paired first,
//! each with an equal entry; then rows without one, each with an entry of its code and
//! message left over. Since a row with a category can answer to no other entry, this pairs
//! as many rows as can be paired, whatever the order of the table: a table that lists the
//! catalogue's entries, with or without their categories, shows no drift.
//!
//! Rows left over are then paired with entries left over, in the same way: first those
//! with the same code and category, rows without a category taking any entry of their code
//! after those with one (the message changed); then those with the same code and message
//! (the category changed). What is still left is [`missing`](Drift::missing) (rows) and
//! [`extra`](Drift::extra) (entries).
//!
//! At each step rows are taken in the order of their code, message and category, and each
//! takes the first entry left in the catalogue's order, so the result does not depend on
//! the order of the table's rows: reordered, a table reports the same drift, only with its
//! own line numbers. [`Drift::missing`] lists rows in the table's order and
//! [`Drift::changed`] by line. Codes with many messages, such as Qingtui's 40100 with 23,
//! are compared message by message. The comparison takes time in proportion to
//! `n log n` for `n` rows and entries.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::{Code, Entry};

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    /// The line of the table it was read from, counting from 1.
    pub line: usize,
    /// The code.
    pub code: i64,
    /// The message.
    pub message: String,
    /// The category, when the row has one.
    pub category: Option<String>,
}

/// A row and the entry it was paired with, which differ in message or category.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Changed {
    /// The row of the table.
    pub row: Row,
    /// The catalogue's entry.
    pub entry: Entry,
    /// The entry's message that was compared: its default message, or the translation that
    /// [`compare_in`] asked for.
    pub message: &'static str,
}

/// What differs between a catalogue and a table; empty when they agree.
///
/// See the [module documentation](self) for an example.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Drift {
    /// Rows of the table that no entry answers: codes or messages the catalogue lacks.
    pub missing: Vec<Row>,
    /// Entries that no row answers: codes or messages the table lacks.
    pub extra: Vec<Entry>,
    /// Rows paired with an entry of the same code whose message or category differs.
    pub changed: Vec<Changed>,
    rows: usize,
    entries: usize,
}

impl Drift {
    /// Whether the catalogue and the table agree.
    ///
    /// ```
    /// use platform_errors_core::{drift, Entry};
    ///
    /// let entries = [Entry::new(-1, "SystemBusy", "系统繁忙")];
    /// assert!(drift::compare(&entries, "-1\t系统繁忙\n")?.is_empty());
    /// assert!(!drift::compare(&entries, "-1\t系统繁忙.\n")?.is_empty());
    /// # Ok::<(), drift::TableError>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.changed.is_empty()
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (rows, entries) = (plural(self.rows, "row"), plural(self.entries, "entry"));
        if self.is_empty() {
            return writeln!(
                f,
                "no drift: the table ({rows}) and the catalogue ({entries}) agree"
            );
        }
        writeln!(
            f,
            "drift between the table ({rows}) and the catalogue ({entries}): {} missing, {} extra, {} changed",
            self.missing.len(),
            self.extra.len(),
            self.changed.len()
        )?;
        if !self.missing.is_empty() {
            writeln!(f, "missing from the catalogue:")?;
            for row in &self.missing {
                write!(f, "  line {}: {}", row.line, row.code)?;
                if let Some(category) = &row.category {
                    write!(f, " {category}")?;
                }
                writeln!(f, " {:?}", row.message)?;
            }
        }
        if !self.extra.is_empty() {
            writeln!(f, "extra in the catalogue, not in the table:")?;
            for entry in &self.extra {
                write!(f, "  {}", entry.code())?;
                if let Some(category) = entry.category() {
                    write!(f, " {category}")?;
                }
                writeln!(f, " {} {:?}", entry.name(), entry.message())?;
            }
        }
        if !self.changed.is_empty() {
            writeln!(f, "changed:")?;
            for Changed {
                row,
                entry,
                message,
            } in &self.changed
            {
                write!(f, "  line {}: {}", row.line, row.code)?;
                if let Some(category) = entry.category() {
                    write!(f, " {category}")?;
                }
                writeln!(f, " {}", entry.name())?;
                if row.message != *message {
                    writeln!(f, "    table:     {:?}", row.message)?;
                    writeln!(f, "    catalogue: {message:?}")?;
                }
                if let Some(category) = &row.category {
                    if entry.category() != Some(category.as_str()) {
                        writeln!(f, "    table's category:     {category}")?;
                        writeln!(
                            f,
                            "    catalogue's category: {}",
                            entry.category().unwrap_or("(none)")
                        )?;
                    }
                }
            }
        }
        Ok(())
    }
}

fn plural(n: usize, noun: &str) -> String {
    match (n, noun) {
        (1, _) => alloc::format!("1 {noun}"),
        (_, "entry") => alloc::format!("{n} entries"),
        _ => alloc::format!("{n} {noun}s"),
    }
}

/// A line of the table that is not `code<TAB>message[<TAB>category]`.
///
/// ```
/// use platform_errors_core::drift;
///
/// let err = drift::compare(&[], "40001\tinvalid\n4000x\toops\n").unwrap_err();
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.to_string(), "line 2: \"4000x\" is not a code");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TableError {
    line: usize,
    reason: String,
}

impl TableError {
    /// The line, counting from 1.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl core::error::Error for TableError {}

/// Reads a table: see the [module documentation](self).
///
/// ```
/// use platform_errors_core::drift;
///
/// let rows = drift::parse("code\tmessage\n-1\t系统繁忙\n\n40402\tinvalid token\ttoken\n")?;
/// assert_eq!(rows.len(), 2);
/// assert_eq!((rows[1].line, rows[1].code, rows[1].category.as_deref()), (4, 40402, Some("token")));
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn parse(table: &str) -> Result<Vec<Row>, TableError> {
    let table = table.strip_prefix('\u{feff}').unwrap_or(table);
    let mut rows = Vec::new();
    let mut first = true;
    for (index, line) in lines(table).enumerate() {
        let number = index + 1;
        let error = |reason: String| TableError {
            line: number,
            reason,
        };
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut cells = line.split('\t').map(str::trim);
        let code = cells.next().unwrap_or_default();
        if core::mem::take(&mut first) && code.eq_ignore_ascii_case("code") {
            continue;
        }
        let Some(message) = cells.next() else {
            return Err(error(
                "expected code<TAB>message[<TAB>category], found no tab".to_string(),
            ));
        };
        let category = cells.next().filter(|c| !c.is_empty());
        if cells.next().is_some() {
            return Err(error(
                "expected code<TAB>message[<TAB>category], found more than three cells".to_string(),
            ));
        }
        let Ok(code) = code.parse::<i64>() else {
            return Err(error(alloc::format!("{code:?} is not a code")));
        };
        rows.push(Row {
            line: number,
            code,
            message: message.to_string(),
            category: category.map(str::to_string),
        });
    }
    Ok(rows)
}

/// The lines of a table, ended by `\n`, `\r\n` or a lone `\r` (old Mac files), mixed as they
/// come; a last line without an end counts, and nothing after the last end does, as with
/// [`str::lines`].
fn lines(table: &str) -> impl Iterator<Item = &str> {
    let mut rest = table;
    core::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, after) = match rest.find(['\n', '\r']) {
            Some(end) if rest[end..].starts_with("\r\n") => (&rest[..end], end + 2),
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        rest = &rest[after..];
        Some(line)
    })
}

/// Compares a catalogue's entries (such as `MyError::ENTRIES`) with a table, by their
/// default messages.
///
/// # Errors
/// When a line of the table is not `code<TAB>message[<TAB>category]`.
///
/// See the [module documentation](self) for an example.
pub fn compare(entries: &[Entry], table: &str) -> Result<Drift, TableError> {
    Ok(compare_rows(entries, &parse(table)?, None))
}

/// Compares a catalogue's entries with a table, by their messages in a language (see
/// [`Entry::message_in`]); an entry without a translation in it is compared by its default
/// message. For a catalogue written in English checked against a platform page in Chinese.
///
/// # Errors
/// When a line of the table is not `code<TAB>message[<TAB>category]`.
///
/// ```
/// use platform_errors_core::drift;
/// use platform_errors_core::qingtui::TokenError;
/// use platform_errors_core::Catalogue;
///
/// let page = "40401\tapp_id 或 app_secret 未通过认证\n40402\t无效的 token\n42403\ttoken 已过期\n";
/// let drift = drift::compare_in(TokenError::ENTRIES, page, "zh")?;
/// assert!(drift.is_empty(), "{drift}");
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn compare_in(entries: &[Entry], table: &str, lang: &str) -> Result<Drift, TableError> {
    Ok(compare_rows(entries, &parse(table)?, Some(lang)))
}

/// Compares entries with rows already read (see [`parse`]), by their messages in `lang` when
/// given, as [`compare_in`] does, else by their default messages.
///
/// ```
/// use platform_errors_core::{drift, Entry};
///
/// let entries = [Entry::new(0, "Success", "ok")];
/// let rows = drift::parse("0\tok\n1\tnew\n")?;
/// let drift = drift::compare_rows(&entries, &rows, None);
/// assert_eq!(drift.missing, [rows[1].clone()]);
/// # Ok::<(), drift::TableError>(())
/// ```
#[must_use]
pub fn compare_rows(entries: &[Entry], rows: &[Row], lang: Option<&str>) -> Drift {
    pair(entries, rows, lang, &mut 0)
}

/// The entries of one key, in catalogue order, that rows take from the front: an entry
/// taken through another key is skipped, once, when the front reaches it.
struct Pool {
    entries: Vec<usize>,
    next: usize,
}

/// Entries by a key of theirs, each key's [`Pool`] in catalogue order.
struct Pools<K>(BTreeMap<K, Pool>);

impl<K: Ord> Pools<K> {
    fn new(keys: impl Iterator<Item = K>) -> Self {
        let mut map: BTreeMap<K, Pool> = BTreeMap::new();
        for (index, key) in keys.enumerate() {
            map.entry(key)
                .or_insert_with(|| Pool {
                    entries: Vec::new(),
                    next: 0,
                })
                .entries
                .push(index);
        }
        Pools(map)
    }

    /// The first entry of `key` not yet taken, now taken; `steps` counts the work.
    fn take(&mut self, key: &K, taken: &mut [bool], steps: &mut usize) -> Option<usize> {
        *steps += 1;
        let pool = self.0.get_mut(key)?;
        while let Some(&index) = pool.entries.get(pool.next) {
            *steps += 1;
            pool.next += 1;
            if !core::mem::replace(&mut taken[index], true) {
                return Some(index);
            }
        }
        None
    }
}

/// The passes of [`pair`], in order: see "How rows meet entries" in the
/// [module documentation](self).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pass {
    /// A row with a category and an entry equal to it.
    Same,
    /// A row without a category and an entry of its code and message.
    SameButCategory,
    /// A row with a category and an entry of its code and category.
    MessageChanged,
    /// A row without a category and an entry of its code.
    MessageChangedAnyCategory,
    /// A row and an entry of its code and message (in another category).
    CategoryChanged,
}

/// [`compare_rows`], counting in `steps` the rows visited, the keys looked up and the
/// entries examined, for a test that the work grows with rows and entries, not with their
/// product. Each entry is examined at most once through each of four keys.
fn pair(entries: &[Entry], rows: &[Row], lang: Option<&str>, steps: &mut usize) -> Drift {
    let texts: Vec<&str> = entries
        .iter()
        .map(|entry| {
            lang.and_then(|lang| entry.message_in(lang))
                .unwrap_or(entry.message())
        })
        .collect();
    let keyed = || {
        entries
            .iter()
            .zip(&texts)
            .map(|(entry, &text)| (entry.code(), text, entry.category()))
    };
    let mut exact = Pools::new(keyed());
    let mut by_message = Pools::new(keyed().map(|(code, text, _)| (code, text)));
    let mut by_category = Pools::new(keyed().map(|(code, _, category)| (code, category)));
    let mut by_code = Pools::new(keyed().map(|(code, _, _)| code));

    // Rows meet entries in the order of their contents, not of the table: equal rows are
    // interchangeable, so what is paired with what does not depend on the table's order.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&index| {
        let row = &rows[index];
        (row.code, row.message.as_str(), row.category.as_deref())
    });
    let mut taken = alloc::vec![false; entries.len()];
    // For each row, the entry it was paired with, and whether they differ.
    let mut paired: Vec<Option<(usize, bool)>> = alloc::vec![None; rows.len()];
    for pass in [
        Pass::Same,
        Pass::SameButCategory,
        Pass::MessageChanged,
        Pass::MessageChangedAnyCategory,
        Pass::CategoryChanged,
    ] {
        for &index in &order {
            *steps += 1;
            if paired[index].is_some() {
                continue;
            }
            let row = &rows[index];
            let (code, message, category) =
                (row.code, row.message.as_str(), row.category.as_deref());
            let found = match (pass, category) {
                (Pass::Same, Some(_)) => {
                    exact.take(&(Code::Int(code), message, category), &mut taken, steps)
                }
                (Pass::SameButCategory, None) | (Pass::CategoryChanged, _) => {
                    by_message.take(&(Code::Int(code), message), &mut taken, steps)
                }
                (Pass::MessageChanged, Some(_)) => {
                    by_category.take(&(Code::Int(code), category), &mut taken, steps)
                }
                (Pass::MessageChangedAnyCategory, None) => {
                    by_code.take(&Code::Int(code), &mut taken, steps)
                }
                _ => None,
            };
            paired[index] = found.map(|k| (k, pass >= Pass::MessageChanged));
        }
    }

    let mut missing = Vec::new();
    let mut changed = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        match paired[index] {
            Some((_, false)) => {}
            Some((k, true)) => changed.push(Changed {
                row: row.clone(),
                entry: entries[k],
                message: texts[k],
            }),
            None => missing.push(row.clone()),
        }
    }
    changed.sort_by_key(|c| c.row.line);
    let extra = entries
        .iter()
        .zip(&taken)
        .filter(|(_, &taken)| !taken)
        .map(|(entry, _)| *entry)
        .collect();
    Drift {
        missing,
        extra,
        changed,
        rows: rows.len(),
        entries: entries.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::{compare, compare_in, compare_rows, pair, parse, Drift, Row};
    use crate::qingtui::QingtuiError;
    use crate::{Catalogue, Code, Entry};
    use alloc::format;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    const ENTRIES: [Entry; 4] = [
        Entry::new(40100, "PageSizeRequired", "page_size is required").with_category("param"),
        Entry::new(40100, "AppIdRequired", "app_id is required").with_category("param"),
        Entry::new(50210, "NoPermission", "no permission").with_category("org"),
        Entry::new(50210, "NoPermission", "no permission").with_category("domain"),
    ];

    #[test]
    fn the_same_table_in_any_order_agrees() {
        let table = "50210\tno permission\tdomain\n40100\tapp_id is required\n\
                     50210\tno permission\n40100\tpage_size is required\tparam\n";
        let drift = compare(&ENTRIES, table).unwrap();
        assert!(drift.is_empty(), "{drift}");
        assert_eq!(
            drift.to_string(),
            "no drift: the table (4 rows) and the catalogue (4 entries) agree\n"
        );
    }

    #[test]
    fn each_entry_answers_one_row() {
        let table = "50210\tno permission\n50210\tno permission\n50210\tno permission\n";
        let drift = compare(&ENTRIES, table).unwrap();
        assert_eq!(drift.missing.len(), 1);
        assert_eq!(drift.missing[0].line, 3);
        assert_eq!(drift.extra.len(), 2);
        assert!(drift.changed.is_empty());
    }

    #[test]
    fn messages_compare_exactly() {
        let table = "40100\tPage_size is required\tparam\n40100\tapp_id is required.\tparam\n\
                     50210\tno permission\torg\n50210\tno permission\tdomain\n";
        let drift = compare(&ENTRIES, table).unwrap();
        assert!(drift.missing.is_empty() && drift.extra.is_empty());
        let changed: Vec<_> = drift
            .changed
            .iter()
            .map(|c| (c.row.line, c.entry.name()))
            .collect();
        assert_eq!(changed, [(1, "PageSizeRequired"), (2, "AppIdRequired")]);
    }

    #[test]
    fn a_moved_entry_is_a_changed_category() {
        let table = "40100\tpage_size is required\tparam\n40100\tapp_id is required\tparam\n\
                     50210\tno permission\tuser\n50210\tno permission\tdomain\n";
        let drift = compare(&ENTRIES, table).unwrap();
        assert!(
            drift.missing.is_empty() && drift.extra.is_empty(),
            "{drift}"
        );
        assert_eq!(drift.changed.len(), 1);
        assert_eq!(drift.changed[0].entry.category(), Some("org"));
        assert_eq!(
            drift.to_string(),
            "drift between the table (4 rows) and the catalogue (4 entries): 0 missing, 0 extra, 1 changed\n\
             changed:\n  line 3: 50210 org NoPermission\n    table's category:     user\n    catalogue's category: org\n"
        );
    }

    #[test]
    fn missing_and_extra() {
        let table = "40100\tpage_size is required\tparam\n40200\tpage_size is required\tparam\n";
        let drift = compare(&ENTRIES, table).unwrap();
        assert_eq!(drift.missing.len(), 1);
        assert_eq!(drift.missing[0].code, 40200);
        let extra: Vec<_> = drift
            .extra
            .iter()
            .map(|e| (e.code().as_i64().unwrap(), e.name(), e.category()))
            .collect();
        assert_eq!(
            extra,
            [
                (40100, "AppIdRequired", Some("param")),
                (50210, "NoPermission", Some("org")),
                (50210, "NoPermission", Some("domain")),
            ]
        );
        let report = drift.to_string();
        assert!(report.starts_with("drift between the table (2 rows) and the catalogue (4 entries): 1 missing, 3 extra, 0 changed\n"), "{report}");
        assert!(
            report.contains(
                "missing from the catalogue:\n  line 2: 40200 param \"page_size is required\"\n"
            ),
            "{report}"
        );
        assert!(report.contains("extra in the catalogue, not in the table:\n  40100 param AppIdRequired \"app_id is required\"\n"), "{report}");
    }

    #[test]
    fn by_language() {
        const BILINGUAL: [Entry; 1] = [Entry::new(-1, "SystemBusy", "system busy")
            .with_translations(&[("en", "system busy"), ("zh", "系统繁忙")])];
        assert!(compare_in(&BILINGUAL, "-1\t系统繁忙", "zh")
            .unwrap()
            .is_empty());
        assert!(compare_in(&BILINGUAL, "-1\t系统繁忙", "zh-CN")
            .unwrap()
            .is_empty());
        assert!(compare_in(&BILINGUAL, "-1\tsystem busy", "fr")
            .unwrap()
            .is_empty());
        assert_eq!(
            compare(&BILINGUAL, "-1\t系统繁忙").unwrap().changed.len(),
            1
        );
    }

    #[test]
    fn table_syntax() {
        let rows =
            parse("\u{feff}code\tmessage\tcategory\r\n# comment\r\n  \r\n 7 \t seven \t \r\n")
                .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (rows[0].line, rows[0].code, rows[0].message.as_str()),
            (4, 7, "seven")
        );
        assert_eq!(rows[0].category, None);
        // A header is only skipped on the first row.
        assert_eq!(parse("1\ta\ncode\tb\n").unwrap_err().line(), 2);
        assert_eq!(
            parse("1 a\n").unwrap_err().to_string(),
            "line 1: expected code<TAB>message[<TAB>category], found no tab"
        );
        assert_eq!(
            parse("1\ta\tb\tc\n").unwrap_err().to_string(),
            "line 1: expected code<TAB>message[<TAB>category], found more than three cells"
        );
        assert_eq!(parse("").unwrap(), []);
    }

    /// `(code, message, category)` of a row: what a table says, without its line number.
    type RowKey = (i64, String, Option<String>);
    /// `(code, name, message, category)` of an entry.
    type EntryKey = (i64, &'static str, &'static str, Option<&'static str>);

    fn row_key(row: &Row) -> RowKey {
        (row.code, row.message.clone(), row.category.clone())
    }

    fn entry_key(entry: &Entry) -> EntryKey {
        (
            entry.code().as_i64().unwrap_or_default(),
            entry.name(),
            entry.message(),
            entry.category(),
        )
    }

    /// A drift as sets: its missing rows, extra entries and changed pairs, each sorted,
    /// without line numbers.
    fn as_sets(drift: &Drift) -> (Vec<RowKey>, Vec<EntryKey>, Vec<(RowKey, EntryKey)>) {
        let mut missing: Vec<_> = drift.missing.iter().map(row_key).collect();
        let mut extra: Vec<_> = drift.extra.iter().map(entry_key).collect();
        let mut changed: Vec<_> = drift
            .changed
            .iter()
            .map(|c| (row_key(&c.row), entry_key(&c.entry)))
            .collect();
        missing.sort();
        extra.sort();
        changed.sort();
        (missing, extra, changed)
    }

    /// A small xorshift generator: the same orders and tables on every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            usize::try_from(self.0 % n as u64).unwrap()
        }

        fn shuffle<T>(&mut self, items: &mut [T]) {
            for i in (1..items.len()).rev() {
                items.swap(i, self.below(i + 1));
            }
        }
    }

    /// Every order of `items` (for a handful of them).
    fn permutations<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
        if items.len() <= 1 {
            return alloc::vec![items.to_vec()];
        }
        let mut out = Vec::new();
        for i in 0..items.len() {
            let mut rest = items.to_vec();
            let first = rest.remove(i);
            for mut tail in permutations(&rest) {
                tail.insert(0, first.clone());
                out.push(tail);
            }
        }
        out
    }

    /// Orders of a table's lines: as given, reversed, rotated, shuffled, and every order
    /// when there are at most six.
    fn orders(lines: &[String], rng: &mut Rng) -> Vec<Vec<String>> {
        if lines.len() <= 6 {
            return permutations(lines);
        }
        let mut out = alloc::vec![lines.to_vec(), lines.iter().rev().cloned().collect()];
        for by in [1, lines.len() / 2] {
            let mut rotated = lines.to_vec();
            rotated.rotate_left(by);
            out.push(rotated);
        }
        for _ in 0..20 {
            let mut shuffled = lines.to_vec();
            rng.shuffle(&mut shuffled);
            out.push(shuffled);
        }
        out
    }

    /// Compares `entries` with the table in every order of [`orders`], asserting that the
    /// drift is the same set of rows and entries in each; returns it.
    fn same_in_every_order(entries: &[Entry], table: &str) -> Drift {
        let lines: Vec<String> = table.lines().map(str::to_string).collect();
        let first = compare(entries, table).unwrap();
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        for order in orders(&lines, &mut rng) {
            let reordered = order.join("\n");
            let drift = compare(entries, &reordered).unwrap();
            assert_eq!(
                as_sets(&drift),
                as_sets(&first),
                "in this order:\n{reordered}\n{drift}\nin the first:\n{first}"
            );
            assert_eq!(
                drift.to_string().lines().next(),
                first.to_string().lines().next()
            );
        }
        first
    }

    const TWO_CATEGORIES: [Entry; 2] = [
        Entry::new(50210, "P", "no permission").with_category("org"),
        Entry::new(50210, "P", "no permission").with_category("domain"),
    ];

    #[test]
    fn a_row_without_a_category_leaves_the_equal_entry_to_one_with_it() {
        // Paired greedily in the table's order, the row without a category took the `org`
        // entry, and the `org` row was left the `domain` one: a category changed.
        let table = "50210\tno permission\n50210\tno permission\torg\n";
        let drift = compare(&TWO_CATEGORIES, table).unwrap();
        assert!(drift.is_empty(), "{drift}");
        let drift = same_in_every_order(&TWO_CATEGORIES, table);
        assert!(drift.is_empty(), "{drift}");
        // All four entries answered, whatever order the rows come in.
        let table = "50210\tno permission\tdomain\n40100\tapp_id is required\n\
                     50210\tno permission\n40100\tpage_size is required\tparam\n";
        let drift = same_in_every_order(&ENTRIES, table);
        assert!(drift.is_empty(), "{drift}");
    }

    #[test]
    fn a_row_without_a_category_leaves_a_changed_entry_to_one_with_it() {
        // Neither row is the same as an entry; the one with a category can only be paired
        // with the `x` entry, so the one without takes the other.
        const ENTRIES: [Entry; 2] = [
            Entry::new(1, "A", "a").with_category("x"),
            Entry::new(1, "B", "b").with_category("y"),
        ];
        for table in ["1\tc\n1\td\tx\n", "1\td\tx\n1\tc\n"] {
            let drift = compare(&ENTRIES, table).unwrap();
            assert!(
                drift.missing.is_empty() && drift.extra.is_empty(),
                "{drift}"
            );
            let changed: Vec<_> = drift
                .changed
                .iter()
                .map(|c| (c.row.message.as_str(), c.entry.name()))
                .collect();
            let expected = if table.starts_with("1\tc") {
                [("c", "B"), ("d", "A")]
            } else {
                [("d", "A"), ("c", "B")]
            };
            assert_eq!(changed, expected, "{table:?}");
        }
    }

    #[test]
    fn tables_report_the_same_drift_in_any_order() {
        for table in [
            "40100\tPage_size is required\tparam\n40100\tapp_id is required.\tparam\n\
             50210\tno permission\torg\n50210\tno permission\tdomain\n",
            "40100\tpage_size is required\tparam\n40100\tapp_id is required\tparam\n\
             50210\tno permission\tuser\n50210\tno permission\tdomain\n",
            "40100\tpage_size is required\tparam\n40200\tpage_size is required\tparam\n",
            "50210\tno permission\n50210\tno permission\n50210\tno permission\n",
            "50210\tno permission\tuser\n50210\tno permission\n40100\tx\n40100\ty\tparam\n\
             40100\tapp_id is required\tother\n",
            "40100\tpage_size is required\n40100\tpage_size is required\tparam\n\
             50210\tnone\n50210\tno permission\tdomain\n50210\tno permission\torg\n",
        ] {
            same_in_every_order(&ENTRIES, table);
        }
        // The report of a changed message, whichever of the two comes first.
        let drift = same_in_every_order(&ENTRIES, "40100\tx\tparam\n40100\ty\tparam\n");
        let changed: Vec<_> = drift
            .changed
            .iter()
            .map(|c| (c.row.message.as_str(), c.entry.name()))
            .collect();
        assert_eq!(changed, [("x", "PageSizeRequired"), ("y", "AppIdRequired")]);
    }

    /// The Qingtui catalogue's entries as a table, each row's category kept when
    /// `category(index)` says so.
    fn qingtui_table(category: impl Fn(usize) -> bool) -> String {
        let mut table = String::new();
        for (index, entry) in QingtuiError::ENTRIES.iter().enumerate() {
            table += &format!("{}\t{}", entry.code(), entry.message());
            if category(index) {
                table += &format!("\t{}", entry.category().unwrap());
            }
            table.push('\n');
        }
        table
    }

    #[test]
    fn the_qingtui_catalogue_agrees_with_itself_in_any_order() {
        let entries = QingtuiError::ENTRIES;
        assert!(entries.len() > 100);
        for table in [
            qingtui_table(|_| true),
            qingtui_table(|_| false),
            qingtui_table(|index| index % 2 == 0),
            qingtui_table(|index| index % 3 != 0),
        ] {
            let drift = same_in_every_order(entries, &table);
            assert!(drift.is_empty(), "{drift}");
            // Reversed, the rows without a category come before the equal ones with it.
            let reversed: Vec<&str> = table.lines().rev().collect();
            let drift = compare(entries, &reversed.join("\n")).unwrap();
            assert!(drift.is_empty(), "{drift}");
        }
    }

    #[test]
    fn a_drifted_qingtui_table_reports_the_same_in_any_order() {
        let entries = QingtuiError::ENTRIES;
        let mut rng = Rng(7);
        let table = qingtui_table(|index| index % 4 != 1);
        let mut lines: Vec<String> = table.lines().map(str::to_string).collect();
        // Edit messages, move rows to other categories, drop some and add others.
        for _ in 0..12 {
            let at = rng.below(lines.len());
            let mut cells: Vec<String> = lines[at].split('\t').map(str::to_string).collect();
            match rng.below(4) {
                0 => cells[1] += " (edited)",
                1 if cells.len() == 3 => cells[2] = "user".to_string(),
                2 => {
                    lines.remove(at);
                    continue;
                }
                _ => cells[0] = (49_000 + rng.below(10)).to_string(),
            }
            lines[at] = cells.join("\t");
        }
        lines.push("40100\tnot a message of 40100".to_string());
        lines.push("50210\tno permission".to_string());
        let drift = same_in_every_order(entries, &lines.join("\n"));
        assert!(!drift.is_empty());
        // Every row is paired or missing, and every entry paired or extra.
        assert_eq!(
            drift.missing.len() + entries.len() - drift.extra.len(),
            lines.len(),
            "{drift}"
        );
        assert!(
            !drift.changed.is_empty() && !drift.missing.is_empty(),
            "{drift}"
        );
    }

    /// The rule of the module documentation, written out: for each pass, rows in the order
    /// of their contents, each taking the first entry left that fits, in catalogue order.
    fn compare_by_scanning(entries: &[Entry], rows: &[Row]) -> Drift {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&i| (rows[i].code, &rows[i].message, &rows[i].category));
        let category = |row: &Row, entry: &Entry| row.category.as_deref() == entry.category();
        let message = |row: &Row, entry: &Entry| row.message == entry.message();
        type Fits<'a> = &'a dyn Fn(&Row, &Entry) -> bool;
        let passes: [(Option<bool>, Fits<'_>, bool); 5] = [
            (Some(true), &|r, e| category(r, e) && message(r, e), false),
            (Some(false), &message, false),
            (Some(true), &category, true),
            (Some(false), &|_, _| true, true),
            (None, &message, true),
        ];
        let mut taken = alloc::vec![false; entries.len()];
        let mut paired: Vec<Option<(usize, bool)>> = alloc::vec![None; rows.len()];
        for (with_category, fits, changed) in passes {
            for &i in &order {
                let row = &rows[i];
                if paired[i].is_some()
                    || with_category.is_some_and(|with| row.category.is_some() != with)
                {
                    continue;
                }
                let found = (0..entries.len()).find(|&k| {
                    !taken[k] && entries[k].code() == row.code && fits(row, &entries[k])
                });
                if let Some(k) = found {
                    taken[k] = true;
                    paired[i] = Some((k, changed));
                }
            }
        }
        Drift {
            missing: (0..rows.len())
                .filter(|&i| paired[i].is_none())
                .map(|i| rows[i].clone())
                .collect(),
            extra: (0..entries.len())
                .filter(|&k| !taken[k])
                .map(|k| entries[k])
                .collect(),
            changed: (0..rows.len())
                .filter_map(|i| match paired[i] {
                    Some((k, true)) => Some(super::Changed {
                        row: rows[i].clone(),
                        entry: entries[k],
                        message: entries[k].message(),
                    }),
                    _ => None,
                })
                .collect(),
            rows: rows.len(),
            entries: entries.len(),
        }
    }

    #[test]
    fn agrees_with_the_rule_written_out() {
        const MESSAGES: [&str; 3] = ["a", "b", "c"];
        const CATEGORIES: [Option<&str>; 3] = [None, Some("x"), Some("y")];
        let mut rng = Rng(99);
        for _ in 0..2_000 {
            let entries: Vec<Entry> = (0..rng.below(8))
                .map(|_| {
                    let entry = Entry::new(
                        1 + rng.below(3) as i64,
                        ["A", "B", "C", "D"][rng.below(4)],
                        MESSAGES[rng.below(3)],
                    );
                    match CATEGORIES[rng.below(3)] {
                        Some(category) => entry.with_category(category),
                        None => entry,
                    }
                })
                .collect();
            let rows: Vec<Row> = (0..rng.below(8))
                .map(|line| Row {
                    line: line + 1,
                    code: 1 + rng.below(3) as i64,
                    message: ["a", "b", "c", "d"][rng.below(4)].to_string(),
                    category: CATEGORIES[rng.below(3)].map(str::to_string),
                })
                .collect();
            let drift = compare_rows(&entries, &rows, None);
            let expected = compare_by_scanning(&entries, &rows);
            assert_eq!(drift, expected, "{entries:?}\n{rows:?}");
            let mut reversed = rows.clone();
            reversed.reverse();
            let drift = compare_rows(&entries, &reversed, None);
            assert_eq!(as_sets(&drift), as_sets(&expected), "{entries:?}\n{rows:?}");
        }
    }

    fn leak(text: String) -> &'static str {
        alloc::boxed::Box::leak(text.into_boxed_str())
    }

    /// Compares, counting the work, and checks it grows with rows and entries alone.
    fn pair_counted(entries: &[Entry], rows: &[Row]) -> Drift {
        let mut steps = 0;
        let drift = pair(entries, rows, None, &mut steps);
        // Five passes over the rows, a look-up a row each, and each entry examined at most
        // once through each of its four keys.
        let bound = 10 * rows.len() + 4 * entries.len();
        assert!(steps <= bound, "{steps} steps, more than {bound}");
        drift
    }

    #[test]
    fn fifty_thousand_rows_and_entries() {
        const N: usize = 50_000;
        #[cfg(feature = "std")]
        let start = std::time::Instant::now();
        // Eight entries a code, in three categories; each row tells of one entry, the
        // rows in reverse order: unchanged, without a category, with another message, in
        // another category, or with a code the catalogue lacks.
        let category = |i: usize| ["a", "b", "c"][i % 10 % 3];
        let code = |i: usize| 40_000 + (i / 8) as i64;
        let entries: Vec<Entry> = (0..N)
            .map(|i| {
                let code = if i % 10 == 9 {
                    900_000 + i as i64
                } else {
                    code(i)
                };
                Entry::new(code, leak(format!("E{i}")), leak(format!("message {i}")))
                    .with_category(category(i))
            })
            .collect();
        let rows: Vec<Row> = (0..N)
            .rev()
            .enumerate()
            .map(|(line, i)| {
                let (mut code, mut message, mut category) = (
                    code(i),
                    format!("message {i}"),
                    Some(category(i).to_string()),
                );
                match i % 10 {
                    5 | 6 => category = None,
                    7 => message = format!("changed {i}"),
                    8 => category = Some("z".to_string()),
                    9 => code = 800_000 + i as i64,
                    _ => {}
                }
                Row {
                    line: line + 1,
                    code,
                    message,
                    category,
                }
            })
            .collect();
        let drift = pair_counted(&entries, &rows);
        assert_eq!(
            (drift.missing.len(), drift.extra.len(), drift.changed.len()),
            (N / 10, N / 10, N / 5)
        );
        assert!(drift.missing.iter().all(|row| row.code >= 800_000));
        assert!(drift
            .extra
            .iter()
            .all(|entry| entry.code() >= Code::Int(900_000)));
        for changed in &drift.changed {
            let i = changed.entry.name()[1..].parse::<usize>().unwrap();
            assert_eq!(changed.row.code, code(i));
            match i % 10 {
                7 => assert_eq!(changed.row.message, format!("changed {i}")),
                8 => assert_eq!(changed.row.category.as_deref(), Some("z")),
                _ => panic!("{i}"),
            }
        }
        assert!(changed_lines_ascend(&drift));

        // One code, one category: every row takes from one pool of 50,000 entries.
        let entries: Vec<Entry> = (0..N)
            .map(|i| Entry::new(1, "E", leak(format!("m{i}"))).with_category("a"))
            .collect();
        let rows: Vec<Row> = (0..N)
            .map(|i| Row {
                line: i + 1,
                code: 1,
                message: format!("r{i}"),
                category: (i % 2 == 0).then(|| "a".to_string()),
            })
            .collect();
        let drift = pair_counted(&entries, &rows);
        assert!(drift.missing.is_empty() && drift.extra.is_empty());
        assert_eq!(drift.changed.len(), N);
        #[cfg(feature = "std")]
        {
            // Loosely: pairing every row with every entry took seconds at 16,384 rows.
            let elapsed = start.elapsed();
            assert!(elapsed < core::time::Duration::from_secs(5), "{elapsed:?}");
        }
    }

    fn changed_lines_ascend(drift: &Drift) -> bool {
        drift
            .changed
            .windows(2)
            .all(|w| w[0].row.line < w[1].row.line)
    }

    #[test]
    fn every_line_end() {
        let expected = [(1, 1, "a"), (2, 2, "b"), (4, 3, "c")];
        for table in [
            "1\ta\n2\tb\n\n3\tc\n",
            "1\ta\r\n2\tb\r\n\r\n3\tc\r\n",
            "1\ta\r2\tb\r\r3\tc\r",
            "1\ta\r2\tb\r\n\n3\tc",
            "1\ta\n2\tb\r\r\n3\tc\r",
        ] {
            let rows = parse(table).unwrap();
            let got: Vec<_> = rows
                .iter()
                .map(|r| (r.line, r.code, r.message.as_str()))
                .collect();
            assert_eq!(got, expected, "{table:?}");
            assert!(rows.iter().all(|r| r.category.is_none()), "{table:?}");
        }
        // `\n\r` is two ends, with an empty line between.
        let rows = parse("1\ta\n\r2\tb\tx\r").unwrap();
        assert_eq!((rows[1].line, rows[1].category.as_deref()), (3, Some("x")));
        // A header, a comment and a category, old-Mac style.
        let table = "code\tmessage\tcategory\r# comment\r40402\tinvalid token\ttoken\r";
        let rows = parse(table).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].line,
                rows[0].code,
                rows[0].message.as_str(),
                rows[0].category.as_deref()
            ),
            (3, 40402, "invalid token", Some("token"))
        );
        // Errors name the line, whatever the ends.
        for (table, line) in [
            ("1\ta\r\r4000x\tb\r", 3),
            ("1\ta\r\n4000x\tb\r\n", 2),
            ("1\ta\n\r\n1 a\r", 3),
            ("1\ta\r2\tb\tc\td\n", 2),
        ] {
            assert_eq!(parse(table).unwrap_err().line(), line, "{table:?}");
        }
        // Compared, an old-Mac table is the same table.
        let drift = compare(&ENTRIES, "40100\tpage_size is required\tparam\r40100\tapp_id is required\r50210\tno permission\r50210\tno permission\r").unwrap();
        assert!(drift.is_empty(), "{drift}");
    }
}
