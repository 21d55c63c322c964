//! The tools' JSON values read and written with serde_json: members in order, duplicates
//! kept (the readers after it reject them), numbers as written.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{self, Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::value::RawValue;

use crate::tools::json::Value;

/// Reads a JSON text; the error says what and where.
pub fn read_json(text: &str) -> Result<Value, String> {
    read_value(text).map_err(|e| format!("not JSON: {e}"))
}

/// A JSON text as a [`Value`], each number as written: `9007199254740993.0`,
/// `99999999999999999999` and `1e400` stay that text, for the readers after it to read
/// exactly (`platform_errors::exact_integer`, as the library reads a code) or to refuse
/// quoting it. The error is serde_json's, with the line and the column.
///
/// serde_json without its `arbitrary_precision` feature (which would change serde_json for
/// the whole build, the library's wire included) hands such numbers over as an `f64` only,
/// rounded. So each value is read as its text, a `RawValue` (the `raw_value` feature, the one
/// the library turns on too): a number is kept as that text, a string is decoded, and an array
/// or an object is split into its items' texts, which are read in turn.
pub fn read_value(text: &str) -> Result<Value, String> {
    exact(text).map_err(|error| {
        // serde_json reads a `RawValue` by skipping it, which checks what JSON allows but
        // says less well what is wrong (a trailing comma is "expected value"): a text is
        // refused with what serde_json's whole reading of it says, as any JSON text was.
        match serde_json::from_str::<serde_json::Value>(text) {
            Err(whole) => whole.to_string(),
            Ok(_) => error,
        }
    })
}

/// Arrays and objects nested this deep at most, as serde_json's own reading allows: one more
/// is an error, not an exhausted stack (`RawValue` skips a value at any depth).
const DEEPEST: usize = 127;

/// [`read_value`] of a text, before its error is told.
fn exact(text: &str) -> Result<Value, String> {
    let raw: &RawValue = serde_json::from_str(text).map_err(|e| e.to_string())?;
    value_of(raw, 0)
}

/// The value of `raw`, inside `depth` arrays and objects.
fn value_of(raw: &RawValue, depth: usize) -> Result<Value, String> {
    let text = raw.get();
    if depth >= DEEPEST && text.starts_with(['[', '{']) {
        return Err("recursion limit exceeded".to_owned());
    }
    // `RawValue` holds one value, checked, without the whitespace around it: its first
    // character says which kind.
    Ok(match text.as_bytes().first() {
        Some(b'[') => {
            let items: Vec<&RawValue> = read(text)?;
            Value::Array(
                items
                    .into_iter()
                    .map(|item| value_of(item, depth + 1))
                    .collect::<Result<_, _>>()?,
            )
        }
        Some(b'{') => {
            let Members(members) = read(text)?;
            Value::Object(
                members
                    .into_iter()
                    .map(|(key, value)| Ok((key, value_of(value, depth + 1)?)))
                    .collect::<Result<_, String>>()?,
            )
        }
        Some(b'"') => Value::String(read(text)?),
        Some(b't') => Value::Bool(true),
        Some(b'f') => Value::Bool(false),
        Some(b'n') => Value::Null,
        _ => Value::Number(text.to_owned()),
    })
}

/// A part of the text read as `T`.
fn read<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// An object's members as their texts, in order, a key given twice kept twice.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MembersVisitor)
    }
}

struct MembersVisitor;

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Members<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<'de>, A::Error> {
        let mut members = Vec::new();
        while let Some(member) = map.next_entry()? {
            members.push(member);
        }
        Ok(Members(members))
    }
}

/// Writes a value as indented JSON, ending with a newline.
pub fn write_json(value: &Value) -> String {
    // Writing a `Value` cannot fail: its numbers are numbers and its keys strings.
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => {
                if let Ok(n) = n.parse::<i64>() {
                    serializer.serialize_i64(n)
                } else if let Ok(n) = n.parse::<u64>() {
                    serializer.serialize_u64(n)
                } else {
                    match n.parse::<f64>() {
                        Ok(f) if f.is_finite() => serializer.serialize_f64(f),
                        _ => Err(ser::Error::custom(format_args!("{n} is not a number"))),
                    }
                }
            }
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}
