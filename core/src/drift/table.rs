//! Reading the platform's table of codes: `code<TAB>message[<TAB>category]` lines, with
//! `#` comments and blank lines skipped, and any line ending (`\n`, `\r\n`, `\r`).

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use super::{Row, RowCode};
use crate::Entry;

/// A line of the table that is not `code<TAB>message[<TAB>category]`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::drift;
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

/// Reads a table: see the [module documentation](crate::drift).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::drift;
///
/// let rows = drift::parse("code\tmessage\n-1\t系统繁忙\n\n40402\tinvalid token\ttoken\n")?;
/// assert_eq!(rows.len(), 2);
/// assert_eq!((rows[1].line, rows[1].code.as_i64(), rows[1].category.as_deref()), (4, Some(40402), Some("token")));
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn parse(table: &str) -> Result<Vec<Row>, TableError> {
    parse_cells(table, false)
}

/// [`parse`]; `strings`: every code cell is a string code as written (a catalogue of string
/// codes, whose `"0001"` is not `1`, nor `"3DS_FAILED"` a malformed number).
fn parse_cells(table: &str, strings: bool) -> Result<Vec<Row>, TableError> {
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
        // Empty cells after them (a spreadsheet's trailing tabs) say nothing.
        if cells.any(|cell| !cell.is_empty()) {
            return Err(error(
                "expected code<TAB>message[<TAB>category], found more than three cells".to_string(),
            ));
        }
        let code = match crate::exact_integer(code) {
            _ if strings && is_text_code(code) => RowCode::Str(code.to_string()),
            Ok(code) => RowCode::Int(code),
            Err(_) if is_string_code(code) => RowCode::Str(code.to_string()),
            Err(_) => return Err(error(alloc::format!("{code:?} is not a code"))),
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

/// Whether a cell can be a string code, read without knowing the catalogue: a code's text
/// ([`is_text_code`]) that does not start as a number does (`4.5`, `1e3` are numbers that are
/// no integers, not string codes).
fn is_string_code(cell: &str) -> bool {
    is_text_code(cell)
        && !cell.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+' || c == '.')
}

/// Whether a cell is a string code's text: not empty, no whitespace or control character.
fn is_text_code(cell: &str) -> bool {
    !cell.is_empty() && !cell.chars().any(|c| c.is_whitespace() || c.is_control())
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

/// Reads a table, as [`parse`] does, for a catalogue's entries: against a catalogue of
/// integer codes, a cell that is no integer (a typo such as `4OOO1`) is an error rather than
/// a row the catalogue lacks; against a catalogue of string codes, every code cell is a
/// string code as written (`0001`, `3DS_FAILED`, `40004`), compared as sent.
/// [`compare`](super::compare) and [`compare_in`](super::compare_in) read tables with it.
///
/// # Errors
/// When a line is not `code<TAB>message[<TAB>category]`, or holds a string code and the
/// entries' codes are integers.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{drift, Entry};
///
/// let numeric = [Entry::new(40001, "InvalidToken", "invalid token")];
/// assert_eq!(drift::parse_for(&numeric, "40001\tinvalid token\nforty\tx\n").unwrap_err().line(), 2);
/// assert_eq!(drift::parse("forty\tx\n")?[0].code, "forty");
///
/// use platform_errors::Code;
/// let bank = [Entry::with_code(Code::Str("0001"), "Busy", "system busy")];
/// assert_eq!(drift::parse_for(&bank, "0001\tsystem busy\n")?[0].code, "0001");
/// assert_eq!(drift::parse("0001\tsystem busy\n")?[0].code, 1);
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn parse_for(entries: &[Entry], table: &str) -> Result<Vec<Row>, TableError> {
    let strings = !entries.is_empty() && entries.iter().all(|e| e.code().as_str().is_some());
    let rows = parse_cells(table, strings)?;
    let integers = !entries.is_empty() && entries.iter().all(|e| e.code().as_i64().is_some());
    if integers {
        if let Some(row) = rows.iter().find(|row| matches!(row.code, RowCode::Str(_))) {
            return Err(TableError {
                line: row.line,
                reason: alloc::format!(
                    "{:?} is not a code: this catalogue's codes are integers",
                    row.code.to_string()
                ),
            });
        }
    }
    Ok(rows)
}
