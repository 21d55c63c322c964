//! Drift between a catalogue and the platform's own list of codes: for a test that fails
//! when the platform's error page and the declared catalogue disagree.
//!
//! The platform's list is a table of tab-separated rows, `code<TAB>message[<TAB>category]`,
//! one entry a row (a code is an integer, or for a catalogue of string codes any text:
//! `PARAM_ERROR`), such as a copy of the platform's error page kept beside the tests.
//! [`compare`] reads it and returns a [`Drift`]: the rows the catalogue lacks, the entries the
//! table lacks, and the codes whose message or category differ. Its `Display` is a report for
//! a CI log.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::drift;
//! use platform_errors::qingtui::TokenError;
//! use platform_errors::Catalogue;
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
//! - Cells are separated by one tab each; surrounding whitespace of a cell is ignored (and of
//!   the catalogue's message too), and the message is otherwise compared exactly (case,
//!   punctuation and inner spacing count).
//! - Blank lines and lines starting with `#` are skipped, and so is a first row whose code
//!   cell is `code` (a header).
//! - Without a category cell, a row matches an entry of any category.
//!
//! # How rows meet entries
//! A row and an entry are the same when their code, message and (if the row has one)
//! category agree, and each entry answers one row. An entry listed twice, identical, counts
//! once: a type whose members share a catalogue (an SDK type with an `HttpError<C>` member
//! and an `ApiError<C>` catch-all) lists `C`'s entries once per member. Rows with a category are paired first,
//! each with an equal entry; then rows without one, each with an entry of its code and
//! message left over. Since a row with a category can answer to no other entry, this pairs
//! as many rows as can be paired, whatever the order of the table: a table that lists the
//! catalogue's entries, with or without their categories, shows no drift.
//!
//! A row listed twice, identical (code, message and category, or none), counts once, as an
//! entry does: the second copy answers the entry of the first, and is no drift of its own
//! (a change of the first is reported once); where two
//! entries share the code and message (Qingtui's 50210 in two categories), two such rows
//! answer one each.
//!
//! A row under another spelling of a declared code (WeChat Pay's older `ORDERNOTEXIST` for
//! `ORDER_NOT_EXIST`) is a code the entries do not list: [`compare_catalogue`] reads each
//! row's code as the catalogue's lookup does, so that such a row answers its entry.
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

use crate::{Catalogue, Code, CodeKind, Entry, PlatformError};

mod table;

pub use table::{parse, parse_for, TableError};

/// One row of the table.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::drift;
///
/// let rows = drift::parse("code\tmessage\tcategory\n40001\tinvalid credential\ttoken\n")?;
/// assert_eq!(rows[0].line, 2);
/// assert_eq!(rows[0].code, 40001);
/// assert_eq!(rows[0].message, "invalid credential");
/// assert_eq!(rows[0].category.as_deref(), Some("token"));
/// # Ok::<(), drift::TableError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    /// The line of the table it was read from, counting from 1.
    pub line: usize,
    /// The code: an integer where the cell is one exactly, else the cell's text.
    pub code: RowCode,
    /// The message.
    pub message: String,
    /// The category, when the row has one.
    pub category: Option<String>,
}

/// A row's code: an integer where the cell is one exactly (`40001`, `-1`), else the cell's
/// text (`PARAM_ERROR`). It compares with integers and strings, as [`Code`] does.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::drift::{self, RowCode};
///
/// let rows = drift::parse("40001\tinvalid token\nPARAM_ERROR\t参数错误\n")?;
/// assert_eq!(rows[0].code, 40001);
/// assert_eq!(rows[1].code, "PARAM_ERROR");
/// assert_eq!(rows[1].code, RowCode::Str("PARAM_ERROR".into()));
/// # Ok::<(), drift::TableError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowCode {
    /// An integer code.
    Int(i64),
    /// A string code, as written.
    Str(String),
}

impl RowCode {
    /// The code as the runtime views one.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Code;
    /// use platform_errors::drift::RowCode;
    ///
    /// assert_eq!(RowCode::Int(40001).as_code(), Code::Int(40001));
    /// assert_eq!(RowCode::Str("PARAM_ERROR".into()).as_code(), Code::Str("PARAM_ERROR"));
    /// ```
    #[must_use]
    pub fn as_code(&self) -> Code<'_> {
        match self {
            RowCode::Int(code) => Code::Int(*code),
            RowCode::Str(code) => Code::Str(code),
        }
    }

    /// The integer code, if the cell is one.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::drift::RowCode;
    ///
    /// assert_eq!(RowCode::Int(40001).as_i64(), Some(40001));
    /// assert_eq!(RowCode::Str("PARAM_ERROR".into()).as_i64(), None);
    /// ```
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        self.as_code().as_i64()
    }

    /// The string code, if the cell is no integer.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::drift::RowCode;
    ///
    /// assert_eq!(RowCode::Str("PARAM_ERROR".into()).as_str(), Some("PARAM_ERROR"));
    /// assert_eq!(RowCode::Int(40001).as_str(), None);
    /// ```
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        self.as_code().as_str()
    }
}

impl fmt::Display for RowCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_code(), f)
    }
}

impl PartialEq<i64> for RowCode {
    fn eq(&self, other: &i64) -> bool {
        *self == RowCode::Int(*other)
    }
}

impl PartialEq<str> for RowCode {
    fn eq(&self, other: &str) -> bool {
        matches!(self, RowCode::Str(code) if code == other)
    }
}

impl PartialEq<&str> for RowCode {
    fn eq(&self, other: &&str) -> bool {
        matches!(self, RowCode::Str(code) if code == other)
    }
}

impl From<i64> for RowCode {
    fn from(code: i64) -> Self {
        RowCode::Int(code)
    }
}

impl From<&str> for RowCode {
    fn from(code: &str) -> Self {
        RowCode::Str(code.to_string())
    }
}

/// A row and the entry it was paired with, which differ in message or category.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{drift, Entry};
///
/// let entries = [Entry::new(-1, "SystemBusy", "系统繁忙")];
/// let drift = drift::compare(&entries, "-1\t系统繁忙，请稍后再试\n")?;
/// let changed = &drift.changed[0];
/// assert_eq!((changed.row.line, changed.row.message.as_str()), (1, "系统繁忙，请稍后再试"));
/// assert_eq!((changed.entry.name(), changed.message), ("SystemBusy", "系统繁忙"));
/// # Ok::<(), drift::TableError>(())
/// ```
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
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{drift, Entry};
///
/// let entries = [Entry::new(-1, "SystemBusy", "系统繁忙"), Entry::new(40001, "BadToken", "invalid token")];
/// let drift = drift::compare(&entries, "-1\t系统繁忙\n45009\tapi freq out of limit\n")?;
/// assert_eq!(drift.missing[0].message, "api freq out of limit");
/// assert_eq!(drift.extra[0].name(), "BadToken");
/// assert!(drift.changed.is_empty());
/// assert!(drift.to_string().starts_with("drift between the table (2 rows) and the catalogue (2 entries)"));
/// # Ok::<(), drift::TableError>(())
/// ```
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
    /// The language [`compare_in`] compared, whose messages the report shows.
    lang: Option<String>,
}

impl Drift {
    /// Whether the catalogue and the table agree.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{drift, Entry};
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
                // The message compared: the translation `compare_in` asked for, if any.
                let message = self
                    .lang
                    .as_deref()
                    .and_then(|lang| entry.message_in(lang))
                    .unwrap_or(entry.message());
                writeln!(f, " {} {message:?}", entry.name())?;
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

/// Compares a catalogue's entries (such as `MyError::ENTRIES`) with a table, by their
/// default messages.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{drift, Catalogue};
/// use platform_errors::qingtui::TokenError;
///
/// // The platform's list, as copied from its page: one code the catalogue lacks.
/// let table = "40402\tinvalid token\n49999\ttoken revoked\n";
/// let drift = drift::compare(TokenError::ENTRIES, table)?;
/// assert_eq!(drift.missing.len(), 1);
/// assert_eq!(drift.missing[0].code, 49999);
/// # Ok::<(), drift::TableError>(())
/// ```
///
/// # Errors
/// When a line of the table is not `code<TAB>message[<TAB>category]`.
pub fn compare(entries: &[Entry], table: &str) -> Result<Drift, TableError> {
    Ok(compare_rows(entries, &parse_for(entries, table)?, None))
}

/// Compares a catalogue's entries with a table, by their messages in a language (see
/// [`Entry::message_in`]); an entry without a translation in it is compared by its default
/// message. For a catalogue written in English checked against a platform page in Chinese.
///
/// # Errors
/// When a line of the table is not `code<TAB>message[<TAB>category]`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::drift;
/// use platform_errors::qingtui::TokenError;
/// use platform_errors::Catalogue;
///
/// let page = "40401\tapp_id 或 app_secret 未通过认证\n40402\t无效的 token\n42403\ttoken 已过期\n";
/// let drift = drift::compare_in(TokenError::ENTRIES, page, "zh")?;
/// assert!(drift.is_empty(), "{drift}");
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn compare_in(entries: &[Entry], table: &str, lang: &str) -> Result<Drift, TableError> {
    Ok(compare_rows(
        entries,
        &parse_for(entries, table)?,
        Some(lang),
    ))
}

/// Compares a catalogue with a table, as [`compare`] (`lang` `None`) and [`compare_in`] do,
/// reading each row's code as the catalogue's lookup does: a row under another spelling of a
/// declared code (WeChat Pay's older `ORDERNOTEXIST` for `ORDER_NOT_EXIST`, which the
/// platform's list gives as a row of its own) answers that code's entry, where [`compare`]
/// finds no entry of that code and calls the row missing.
///
/// # Errors
/// When a line of the table is not `code<TAB>message[<TAB>category]`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{define_codes, drift};
///
/// define_codes! {
///     pub enum PayCode {
///         #[platform(aliases("ORDERNOTEXIST"))]
///         OrderNotFound = "ORDER_NOT_EXIST" => "订单不存在",
///     }
/// }
/// let page = "ORDER_NOT_EXIST\t订单不存在\nORDERNOTEXIST\t订单不存在\n";
/// assert!(drift::compare_catalogue::<PayCode>(page, None)?.is_empty());
/// assert_eq!(drift::compare(<PayCode as platform_errors::Catalogue>::ENTRIES, page)?.missing.len(), 1);
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn compare_catalogue<C: Catalogue + PlatformError>(
    table: &str,
    lang: Option<&str>,
) -> Result<Drift, TableError> {
    let rows = parse_for(C::ENTRIES, table)?;
    Ok(compare_rows_with_lookup(C::ENTRIES, &rows, lang, |code| {
        <C::Code<'_> as CodeKind<'_>>::from_code(code)
            .and_then(C::from_code)
            .and_then(|value| value.entry())
            .map(Entry::code)
    }))
}

/// [`compare_rows`], each row's code read by `lookup` first (the declared code of a row
/// under another spelling, as [`compare_catalogue`] reads them with the catalogue's lookup;
/// `None` keeps the row's own). The rows reported (missing, changed) are as the table
/// wrote them.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{drift, Code, Entry};
///
/// let entries = [Entry::with_code(Code::Str("ORDER_NOT_EXIST"), "OrderNotFound", "订单不存在")];
/// let rows = drift::parse("ORDERNOTEXIST\t订单不存在\nNO_SUCH\tx\n")?;
/// let older = |code: Code<'_>| (code == "ORDERNOTEXIST").then_some(Code::Str("ORDER_NOT_EXIST"));
/// let drift = drift::compare_rows_with_lookup(&entries, &rows, None, older);
/// assert_eq!(drift.missing.len(), 1);
/// assert_eq!(drift.missing[0].code, "NO_SUCH");
/// assert!(drift.extra.is_empty());
/// # Ok::<(), drift::TableError>(())
/// ```
pub fn compare_rows_with_lookup(
    entries: &[Entry],
    rows: &[Row],
    lang: Option<&str>,
    lookup: impl Fn(Code<'_>) -> Option<Code<'static>>,
) -> Drift {
    // Each row read, numbered by its place (lines may repeat in rows built by hand or
    // gathered from two tables), so that the rows reported are found again as written.
    let mut read: Vec<Row> = Vec::with_capacity(rows.len());
    for (place, row) in rows.iter().enumerate() {
        let mut row = row.clone();
        row.line = place;
        if let Some(Code::Str(declared)) = lookup(row.code.as_code()) {
            if row.code != declared {
                row.code = RowCode::Str(String::from(declared));
            }
        }
        read.push(row);
    }
    let mut drift = compare_rows(entries, &read, lang);
    for row in &mut drift.missing {
        *row = rows[row.line].clone();
    }
    for changed in &mut drift.changed {
        changed.row = rows[changed.row.line].clone();
    }
    drift
}

/// Compares entries with rows already read (see [`parse`]), by their messages in `lang` when
/// given, as [`compare_in`] does, else by their default messages.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{drift, Entry};
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

/// The entries, each once, in their order: a type whose members share a catalogue (an SDK
/// type with an `HttpError<C>` member and an `ApiError<C>` catch-all) lists its entries once
/// per member, and an entry listed twice is one answer of the platform, not an extra one.
fn distinct(entries: &[Entry]) -> Vec<Entry> {
    type Key = (
        Code<'static>,
        &'static str,
        &'static str,
        Option<&'static str>,
    );
    // Entries with the same code, name, message and category: usually one.
    let mut seen: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    let mut kept: Vec<Entry> = Vec::with_capacity(entries.len());
    for entry in entries {
        let key = (
            entry.code(),
            entry.name(),
            entry.message(),
            entry.category(),
        );
        let same = seen.entry(key).or_default();
        if same.iter().all(|&index| kept[index] != *entry) {
            same.push(kept.len());
            kept.push(*entry);
        }
    }
    kept
}

/// [`compare_rows`], counting in `steps` the rows visited, the keys looked up and the
/// entries examined, for a test that the work grows with rows and entries, not with their
/// product. Each entry is examined at most once through each of four keys.
fn pair(entries: &[Entry], rows: &[Row], lang: Option<&str>, steps: &mut usize) -> Drift {
    let entries = &distinct(entries)[..];
    let texts: Vec<&str> = entries
        .iter()
        .map(|entry| {
            // Surrounding whitespace is ignored on both sides, as in a table's cell.
            lang.and_then(|lang| entry.message_in(lang))
                .unwrap_or(entry.message())
                .trim()
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
    // A catalogue of string codes reads an integer cell (Alipay's `40004`) as its text.
    let strings = entries.iter().any(|e| e.code().as_str().is_some());
    let texts_of_integers: Vec<Option<String>> = rows
        .iter()
        .map(|row| match row.code {
            RowCode::Int(code) if strings => Some(code.to_string()),
            _ => None,
        })
        .collect();
    let code_of = |index: usize| -> Code<'_> {
        match &texts_of_integers[index] {
            Some(text) => Code::Str(text),
            None => rows[index].code.as_code(),
        }
    };
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&index| {
        let row = &rows[index];
        (
            code_of(index),
            row.message.as_str(),
            row.category.as_deref(),
        )
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
            let (code, message, category) = (
                code_of(index),
                row.message.as_str(),
                row.category.as_deref(),
            );
            let found = match (pass, category) {
                (Pass::Same, Some(_)) => exact.take(&(code, message, category), &mut taken, steps),
                (Pass::SameButCategory, None) | (Pass::CategoryChanged, _) => {
                    by_message.take(&(code, message), &mut taken, steps)
                }
                (Pass::MessageChanged, Some(_)) => {
                    by_category.take(&(code, category), &mut taken, steps)
                }
                (Pass::MessageChangedAnyCategory, None) => by_code.take(&code, &mut taken, steps),
                _ => None,
            };
            paired[index] = found.map(|k| (k, pass >= Pass::MessageChanged));
        }
    }

    // A row left over, identical to one that answered an entry, is a copy of it: reported
    // once, with the first (where that one changed).
    let answered: BTreeMap<(Code<'_>, &str, Option<&str>), ()> = order
        .iter()
        .filter(|&&index| paired[index].is_some())
        .map(|&index| {
            let row = &rows[index];
            (
                (
                    code_of(index),
                    row.message.as_str(),
                    row.category.as_deref(),
                ),
                (),
            )
        })
        .collect();
    for &index in &order {
        *steps += 1;
        let row = &rows[index];
        let key = (
            code_of(index),
            row.message.as_str(),
            row.category.as_deref(),
        );
        if paired[index].is_none() && answered.contains_key(&key) {
            paired[index] = Some((usize::MAX, false));
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
        lang: lang.map(ToString::to_string),
    }
}

#[cfg(test)]
mod tests;
