//! A pasted answer's code and message, read as the library's wire reads them (which needs
//! serde: the program `platform-errors` calls the library itself, and its tests check that
//! the two agree on every kind of body).

use super::json_text;
use crate::tools::json::Value;
use crate::tools::{envelope_of, read_code};

/// Whether an argument is a JSON body rather than a code: it starts with `{`, after a byte
/// order mark and whitespace.
pub fn is_body(arg: &str) -> bool {
    let arg = arg.strip_prefix('\u{feff}').unwrap_or(arg);
    arg.trim_start().starts_with('{')
}

/// The code and message of a JSON answer (after a UTF-8 byte order mark, which is skipped):
/// the code an integer, a number whose text denotes an integer exactly (`42001.0`,
/// `4.2001e4`), or a string holding either; the message a string, null or absent (an empty
/// message is none). A field given twice is an error, as in the library.
pub fn read_body(body: &str) -> Result<(i64, Option<String>), String> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let value = json_text::parse(body).map_err(|e| format!("the body is not JSON: {e}"))?;
    let members = value.as_object().ok_or("the body is not a JSON object")?;
    let (code_key, message_key) =
        envelope_of(members).ok_or("the body has no code: no `errcode`, `code` or `error_code`")?;
    let field = |key: &str| -> Result<Option<&Value>, String> {
        let mut found = members.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let first = found.next();
        if found.next().is_some() {
            return Err(format!("the body has `{key}` twice"));
        }
        Ok(first)
    };
    let code = match field(code_key)? {
        Some(Value::Number(number)) => read_number(number),
        Some(Value::String(text)) => read_code(text),
        _ => Err("not an integer, or a string holding one".to_owned()),
    }
    .map_err(|error| format!("`{code_key}`: {error}"))?;
    let message = match field(message_key)? {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()).filter(|s| !s.is_empty()),
        Some(_) => return Err(format!("`{message_key}` is not a string")),
    };
    Ok((code, message))
}

/// A JSON number, as written: the integer its text denotes exactly, as [`read_code`] (and
/// the library's wire) reads it.
fn read_number(number: &str) -> Result<i64, String> {
    read_code(number)
}
