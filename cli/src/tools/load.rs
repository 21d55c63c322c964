//! A catalogue of one's own, for `--catalogue FILE`: the TSV or the JSON that `catalogue
//! --format tsv` and `--format json` write, with the columns of
//! [`COLUMNS`](super::catalogue::COLUMNS) by name, in any order. `code` and `message` are required; the others may be absent or empty.
//!
//! The codes are integers, or strings when any code is not a number (`PARAM_ERROR`): then
//! every code is its text (`40004` too, as Alipay sends it), and the catalogue has the
//! envelope `code`/`message` and no success code, as the platforms of string codes answer.
//!
//! The entries live until the program exits (their text is leaked, once per run).

use std::path::Path;

use platform_errors::{Advice, Code, Entry, NotAnInteger};

use super::catalogue::COLUMN_NAMES;
use super::json::Value;
use super::{no_lookup, read_code, read_entries, read_input, Platform};

/// How the title of a catalogue loaded from a file begins: "the catalogue in shop.tsv", a
/// noun phrase (a platform's title is a name). See [`Platform::heading`].
pub const TITLE_PREFIX: &str = "the catalogue in ";

/// Reads a JSON text into a [`Value`]; the error says what and where. Each front-end has
/// its reader.
pub type ReadJson = fn(&str) -> Result<Value, String>;

/// The catalogue in the file at `path` (`-` for standard input): JSON when its first
/// character other than whitespace is `[`, TSV otherwise. The error names the file and the
/// line (TSV) or item (JSON) that is wrong.
pub fn load_file(path: &Path, read_json: ReadJson) -> Result<&'static Platform, String> {
    let text = read_input(path)?;
    load(path, &text, read_json).map_err(|error| format!("{}: {error}", path.display()))
}

/// The catalogue in `text`, read from `path`.
pub fn load(path: &Path, text: &str, read_json: ReadJson) -> Result<&'static Platform, String> {
    let rows = if text.trim_start().starts_with('[') {
        json_rows(&read_json(text)?)?
    } else {
        tsv_rows(text)?
    };
    if rows.is_empty() {
        return Err("no entries".to_owned());
    }
    // A catalogue speaks one kind of code: strings when any code is no number at all.
    let strings = rows.iter().any(|row| {
        row.get("code")
            .is_some_and(|code| platform_errors::exact_integer(code) == Err(NotAnInteger::Invalid))
    });
    let mut entries: Vec<Entry> = Vec::with_capacity(rows.len());
    // Whether each entry's name is the file's (rather than made from its code).
    let mut named: Vec<bool> = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let entry = entry(row, strings).map_err(|error| format!("{}: {error}", row.place))?;
        let is_named = row.get("variant").is_some();
        same_as_an_earlier_row(&entry, is_named, &entries, &named).map_err(
            |(earlier, error)| format!("{}: {error}", rows_place(&rows, index, earlier)),
        )?;
        entries.push(entry);
        named.push(is_named);
    }
    let mut langs: Vec<&'static str> = Vec::new();
    for tag in ["zh", "en"] {
        if entries.iter().any(|e| e.message_in(tag).is_some()) {
            langs.push(tag);
        }
    }
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    Ok(leak(Platform {
        name: "file",
        title: leak_str(format!("{TITLE_PREFIX}{file}")),
        schema: leak_str(schema_name(&file)),
        entries: leak_slice(entries),
        langs: leak_slice(langs),
        about: leak_str(format!("The catalogue loaded from `{}`.", path.display())),
        code_field: if strings { "code" } else { "errcode" },
        message_field: if strings { "message" } else { "errmsg" },
        success: if strings { None } else { Some(Code::Int(0)) },
        lookup: no_lookup,
        read: read_entries,
    }))
}

/// One row of the file: where it is, and its cells by column name.
struct Row {
    /// `line 3` or `item 2`.
    place: String,
    cells: Vec<(&'static str, Option<String>)>,
}

impl Row {
    fn get(&self, column: &str) -> Option<&str> {
        self.cells
            .iter()
            .find(|(name, _)| *name == column)
            .and_then(|(_, value)| value.as_deref())
            .map(str::trim)
            .filter(|value| !value.is_empty())
    }
}

/// The column named `name`, or the error naming the known ones.
fn column(name: &str) -> Result<&'static str, String> {
    COLUMN_NAMES
        .iter()
        .copied()
        .find(|c| *c == name.trim())
        .ok_or_else(|| {
            format!(
                "unknown column {name:?}: expected {}",
                COLUMN_NAMES.join(", ")
            )
        })
}

/// Checks that `columns` name `code` and `message`, each column once.
fn required(columns: &[&'static str], place: &str) -> Result<(), String> {
    for (i, name) in columns.iter().enumerate() {
        if columns[..i].contains(name) {
            return Err(format!("{place}: column {name:?} is given twice"));
        }
    }
    for name in ["code", "message"] {
        if !columns.contains(&name) {
            return Err(format!("{place}: no column {name:?}"));
        }
    }
    Ok(())
}

/// Rows of a TSV with a header row of column names. Blank lines are skipped.
fn tsv_rows(text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix('\r').unwrap_or(line)))
        .filter(|(_, line)| !line.trim().is_empty());
    let Some((header_line, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let columns = header
        .split('\t')
        .map(column)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| {
            format!("line {header_line}: {error} (the first row names the columns)")
        })?;
    required(&columns, &format!("line {header_line}"))?;
    let mut rows = Vec::new();
    for (number, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != columns.len() {
            return Err(format!(
                "line {number}: {} cells, but the header names {} columns",
                cells.len(),
                columns.len()
            ));
        }
        rows.push(Row {
            place: format!("line {number}"),
            cells: columns
                .iter()
                .zip(cells)
                .map(|(&name, cell)| (name, Some(cell.to_owned())))
                .collect(),
        });
    }
    Ok(rows)
}

/// Rows of a JSON array of objects whose keys are column names.
fn json_rows(value: &Value) -> Result<Vec<Row>, String> {
    let items = value.as_array().ok_or("expected a JSON array of entries")?;
    let mut rows = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let place = format!("item {}", i + 1);
        let members = item
            .as_object()
            .ok_or_else(|| format!("{place}: expected an object"))?;
        let mut cells = Vec::new();
        for (key, value) in members {
            let name = column(key).map_err(|error| format!("{place}: {error}"))?;
            let text = match value {
                Value::Null => None,
                Value::String(text) => Some(text.clone()),
                Value::Number(number) => Some(number.clone()),
                _ => {
                    return Err(format!(
                        "{place}: {key:?} must be a string, a number or null"
                    ))
                }
            };
            cells.push((name, text));
        }
        let names: Vec<&'static str> = cells.iter().map(|(name, _)| *name).collect();
        required(&names, &place)?;
        rows.push(Row { place, cells });
    }
    Ok(rows)
}

/// The entry of a row, whose code is a string code when `strings`, else an integer.
fn entry(row: &Row, strings: bool) -> Result<Entry, String> {
    let code_text = row.get("code").ok_or("the code is empty")?;
    let code = if strings {
        if code_text.contains(char::is_whitespace) {
            return Err(format!(
                "{code_text:?} is not a code: a string code has no whitespace"
            ));
        }
        Code::Str(leak_str(code_text.to_owned()))
    } else {
        let code = read_code(code_text)?;
        // Zero written as a float is what `1e-400` becomes once it has been one: an answer
        // with it has no code to the library, so a catalogue declares none with it.
        if code == 0 && code_text.contains(['.', 'e', 'E']) {
            return Err(format!(
                "{} is zero written as a float, which the library reads as no code: write 0",
                code_text.trim()
            ));
        }
        Code::Int(code)
    };
    let message = row.get("message").ok_or("the message is empty")?;
    let name = match (row.get("variant"), code) {
        (Some(name), _) => name.to_owned(),
        (None, Code::Int(code)) => numbered_name(code),
        (None, Code::Str(code)) => variant_name(code),
    };
    let mut entry = Entry::with_code(code, leak_str(name), leak_str(message.to_owned()));
    if let Some(category) = row.get("category") {
        entry = entry.with_category(leak_str(category.to_owned()));
    }
    let translations: Vec<(&'static str, &'static str)> =
        [("zh", "message_zh"), ("en", "message_en")]
            .into_iter()
            .filter_map(|(tag, column)| Some((tag, leak_str(row.get(column)?.to_owned()))))
            .collect();
    if !translations.is_empty() {
        entry = entry.with_translations(leak_slice(translations));
    }
    if let Some(advice) = row.get("advice") {
        let advice: Advice = advice.parse().map_err(|_| {
            format!(
                "unknown advice {advice:?}: expected {}",
                Advice::ALL
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
        entry = entry.with_advice(advice);
    }
    // The reason column holds the declared reason or the one made from the name: only a
    // different one is declared.
    if let Some(reason) = row.get("reason") {
        if entry.reason().to_string() != reason {
            entry = entry.with_reason(leak_str(reason.to_owned()));
        }
    }
    if let Some(url) = row.get("docs_url") {
        entry = entry.with_docs(leak_str(url.to_owned()));
    }
    if let Some(status) = row.get("http_status") {
        // Read as a code is: exactly, `400.0` and `4e2` being 400 (as a JSON writer of a
        // column with gaps writes it).
        let status = platform_errors::exact_integer(status)
            .ok()
            .and_then(|s| u16::try_from(s).ok())
            .filter(|s| (100..=999).contains(s))
            .ok_or_else(|| format!("http_status {status:?} is not an HTTP status (100 to 999)"))?;
        entry = entry.with_http_status(status);
    }
    Ok(entry)
}

/// What makes `entry` one the library would refuse beside `earlier` (the entries of the rows
/// above it; `earlier_named`, whether the file names each), as `define_codes!` refuses the
/// same declarations in one enum (one category): a name two entries have, where the file
/// gives either or they have two codes (names made from one code are alike for a shared
/// code's rows without names), or the same code with a message lookup reads as the same (case, surrounding
/// whitespace and a final period aside), which lookup could never give; and a given name
/// that is no identifier (`named`: the file gives it). The error, with the earlier entry's
/// index where there is one.
fn same_as_an_earlier_row(
    entry: &Entry,
    named: bool,
    earlier: &[Entry],
    earlier_named: &[bool],
) -> Result<(), (Option<usize>, String)> {
    let name = entry.name();
    if named && !is_identifier(name) {
        return Err((
            None,
            format!(
                "variant {name:?} is not an identifier: letters, digits and `_`, not starting with a digit"
            ),
        ));
    }
    // A category is an enum of the catalogue (an umbrella's member): names and messages are
    // its own (Qingtui's `general` and `system` each have a `Success`, its `org` and `domain`
    // each 50210 "organization is not allowed").
    for (index, other) in earlier.iter().enumerate() {
        if other.category() != entry.category() {
            continue;
        }
        // Names made from two codes may meet too (`ACQ.SYSTEM_ERROR`, `ACQ_SYSTEM_ERROR`).
        let made_alike = named || earlier_named[index] || other.code() != entry.code();
        if made_alike && other.name() == name {
            return Err((
                Some(index),
                format!("variant {name:?} is given to two entries: name each its own"),
            ));
        }
        if other.code() == entry.code()
            && platform_errors::message_matches(other.message(), entry.message())
            && platform_errors::message_matches(entry.message(), other.message())
        {
            return Err((
                Some(index),
                format!(
                    "code {} is given twice with the same message as lookup reads it ({:?}), which could find only the first: remove one",
                    entry.code(),
                    entry.message()
                ),
            ));
        }
    }
    Ok(())
}

/// `line 7`, or `line 7 (and line 3)` where an earlier row is involved.
fn rows_place(rows: &[Row], index: usize, earlier: Option<usize>) -> String {
    match earlier {
        Some(earlier) => format!("{} (and {})", rows[index].place, rows[earlier].place),
        None => rows[index].place.clone(),
    }
}

/// Whether `name` may name a variant: a letter or `_` first, then letters, digits and `_`,
/// not `_` alone nor a keyword that no raw identifier makes (`Self`, `self`, `super`,
/// `crate`). What is not ASCII is taken after the first character (a combining accent of a
/// decomposed `é`), short of whitespace and control characters: the check is for what a
/// table gets wrong (`Not-Ident`, `1abc`, a space), not Unicode's identifier tables.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|c| {
            c.is_alphanumeric()
                || c == '_'
                || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
        })
        && !matches!(name, "_" | "Self" | "self" | "super" | "crate")
}

/// The variant name of an integer code without one: `E` and the code, `E40001`. A name is an
/// identifier, which has no `-`: a negative code's is `EMinus` and its digits, `EMinus1` for
/// -1 (whose reason is then `E_MINUS1`, `UPPER_SNAKE` as every reason), as the catalogues'
/// generator names -1 `CodeMinus1`.
fn numbered_name(code: i64) -> String {
    if code < 0 {
        format!("EMinus{}", code.unsigned_abs())
    } else {
        format!("E{code}")
    }
}

/// The variant name of a string code without one: its words capitalised, as the catalogues
/// name them (`PARAM_ERROR` is `ParamError`, `Forbidden.AccessDenied` is
/// `ForbiddenAccessDenied`); `E` first when it would not start with a letter. A code written
/// as a negative number (`-1`, in a catalogue of string codes) is named as the integer code
/// would be, `EMinus1`, not `E1`, which is the name of `1`.
fn variant_name(code: &str) -> String {
    let mut name = String::new();
    if code
        .strip_prefix('-')
        .is_some_and(|digits| digits.starts_with(|c: char| c.is_ascii_digit()))
    {
        name += "EMinus";
    }
    for word in code.split(|c: char| !c.is_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            let rest = chars.as_str();
            if rest.chars().any(char::is_lowercase) {
                name += rest;
            } else {
                name += &rest.to_lowercase();
            }
        }
    }
    if !name.starts_with(char::is_alphabetic) {
        name.insert(0, 'E');
    }
    name
}

/// `FeishuError` for `feishu.tsv`: the file's stem, its words capitalised, and `Error`.
fn schema_name(file: &str) -> String {
    let stem = file.split('.').next().unwrap_or_default();
    let mut name = String::new();
    for word in stem.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    if !name.ends_with("Error") {
        name += "Error";
    }
    name
}

fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

fn leak_str(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}
