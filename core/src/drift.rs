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
//! use platform_errors_core::FromCode;
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
//! category agree; each entry answers one row. Rows left over are then paired with entries
//! left over, in order: first those with the same code and category (the message changed),
//! then those with the same code and message (the category changed). What is still left is
//! [`missing`](Drift::missing) (rows) and [`extra`](Drift::extra) (entries). Codes with many
//! messages, such as Qingtui's 40100 with 23, are compared message by message.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::Entry;

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
/// use platform_errors_core::FromCode;
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
    let text = |entry: &Entry| {
        lang.and_then(|lang| entry.message_in(lang))
            .unwrap_or(entry.message())
    };
    let same_category = |row: &Row, entry: &Entry| {
        row.category
            .as_deref()
            .is_none_or(|c| entry.category() == Some(c))
    };
    let mut used = alloc::vec![false; entries.len()];
    let mut claim = |row: &Row, same: &dyn Fn(&Row, &Entry) -> bool| {
        let found = entries
            .iter()
            .enumerate()
            .position(|(k, entry)| !used[k] && entry.code() == row.code && same(row, entry))?;
        used[found] = true;
        Some(found)
    };
    let mut left = Vec::new();
    for row in rows {
        let exact = |row: &Row, e: &Entry| same_category(row, e) && text(e) == row.message;
        if claim(row, &exact).is_none() {
            left.push(row);
        }
    }
    let mut changed = Vec::new();
    let mut missing = Vec::new();
    let mut unpaired = Vec::new();
    for pass in 0..2 {
        for row in core::mem::take(&mut left) {
            let found = if pass == 0 {
                claim(row, &same_category)
            } else {
                claim(row, &|row: &Row, e: &Entry| text(e) == row.message)
            };
            match found {
                Some(k) => changed.push(Changed {
                    row: row.clone(),
                    entry: entries[k],
                    message: text(&entries[k]),
                }),
                None => unpaired.push(row),
            }
        }
        left = core::mem::take(&mut unpaired);
    }
    missing.extend(left.into_iter().cloned());
    changed.sort_by_key(|c| c.row.line);
    let extra = entries
        .iter()
        .zip(&used)
        .filter(|(_, &used)| !used)
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
    use super::{compare, compare_in, parse};
    use crate::Entry;
    use alloc::string::ToString;
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
            .map(|e| (e.code(), e.name(), e.category()))
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
