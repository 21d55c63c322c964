//! A pasted answer's code and message, read as the library's wire reads them (which needs
//! serde: the program `platform-errors` calls the library itself, and its tests check that
//! the two agree on every kind of body).

use super::json_text;
use crate::tools::answer::{for_platform, shape_of, Answer, Shape};
use crate::tools::json::Value;
use crate::tools::{envelope_of, read_code};

/// The code of a pasted flat answer as written, where it is a JSON string (`"0001"`): what a
/// catalogue of string codes compares, where [`read_body`] reads a number's text as the
/// number.
pub fn string_code(body: &str) -> Option<String> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    crate::tools::string_code(json_text::parse(body).ok()?.as_object()?)
}

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
/// the library's wire) reads it. Zero written with a fraction or an exponent (`0.0`, `-0.0`,
/// `0e-400`) is refused, as the wire refuses it: it is what `1e-400` becomes once it has been
/// a float, never the success code. (A string holding it, `"0.0"`, is 0.)
fn read_number(number: &str) -> Result<i64, String> {
    match read_code(number)? {
        0 if number.contains(['.', 'e', 'E']) => Err(format!(
            "{number} is zero written as a float, which a fraction too small for a float (such \
             as 1e-400) becomes once it has been one: no code; send the success code as the \
             integer 0"
        )),
        code => Ok(code),
    }
}

/// A JSON answer of a shape beyond a flat one ([`shape_of`]), read as the library's wire
/// reads it under the shape's envelope: `None` for a flat body, or one that is not JSON
/// (which [`read_body`] reports). `platform`, the one chosen, decides between DingTalk's
/// newer API and WeChat Pay v3 ([`for_platform`]).
pub fn read_nested(body: &str, platform: Option<&str>) -> Option<Result<Answer, String>> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let value = json_text::parse(body).ok()?;
    let members = value.as_object()?;
    let shape = for_platform(shape_of(members, |text| read_code(text).is_ok())?, platform);
    Some(read_shape(body, members, shape))
}

/// The answer's fields, as [`read_nested`] reads them.
fn read_shape(body: &str, members: &[(String, Value)], shape: Shape) -> Result<Answer, String> {
    let not_object = |key: &str| format!("`{key}` is not an object: expected a platform response");
    // The key the answer sits under, if nested.
    let (object, nested_key, under): (&[(String, Value)], _, _) = match shape {
        Shape::Alipay => {
            let (key, value) = members
                .iter()
                .find(|(k, _)| k.len() > "_response".len() && k.ends_with("_response"))
                .ok_or("no `_response` object")?;
            (
                value.as_object().ok_or_else(|| not_object(key))?,
                Some(key.clone()),
                Some(key.as_str()),
            )
        }
        Shape::GoogleRpc => {
            let value = members
                .iter()
                .find(|(k, _)| k == "error")
                .map(|(_, v)| v)
                .ok_or("no `error` object")?;
            (
                value.as_object().ok_or_else(|| not_object("error"))?,
                None,
                Some("error"),
            )
        }
        _ => (members, None, None),
    };
    // The members' text as written, beside the answer and in it: the detail and the kept
    // fields are kept as their JSON text, as the library keeps them.
    let raw_top = json_text::raw_members(body).unwrap_or_default();
    let raw_object = match under {
        Some(key) => raw_top
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, text)| json_text::raw_members(text))
            .unwrap_or_default(),
        None => raw_top.clone(),
    };
    let raw = |members: &[(String, &str)], key: &str| {
        members
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, text)| (*text).to_owned())
    };
    let envelope = shape.envelope();
    let detail = envelope
        .detail_field()
        .and_then(|name| raw(&raw_object, name));
    let kept = envelope
        .kept_fields()
        .iter()
        .filter_map(|&name| Some((name.to_owned(), raw(&raw_top, name)?)))
        .collect();
    let [code_key, message_key, sub_code_key, sub_message_key] = shape.fields();
    let field = |key: &str| -> Result<Option<&Value>, String> {
        if key.is_empty() {
            return Ok(None);
        }
        let mut found = object.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let first = found.next();
        if found.next().is_some() {
            return Err(format!("duplicate field `{key}`"));
        }
        Ok(first)
    };
    // Strings are codes of their own where the envelope says so; numbers are exact.
    let strings = matches!(
        shape,
        Shape::WechatPayV3 | Shape::DingtalkV1 | Shape::Alipay
    );
    let code_text = |value: &Value, strings: bool| -> Result<String, String> {
        match value {
            Value::String(text) if strings => Ok(text.clone()),
            Value::String(text) => read_code(text).map(|c| c.to_string()),
            Value::Number(text) => read_number(text).map(|c| c.to_string()),
            _ => Err("not a code".to_owned()),
        }
    };
    // A `null` message is empty; a `null` sub message is none.
    let message_text = |key: &str, null: Option<String>| -> Result<Option<String>, String> {
        match field(key)? {
            None => Ok(None),
            Some(Value::Null) => Ok(null),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => Err(format!("`{key}` is not a string")),
        }
    };
    // A `null` sub code is none.
    let sub_code = match field(sub_code_key)? {
        None | Some(Value::Null) => None,
        Some(value) => Some(code_text(value, true).map_err(|e| format!("`{sub_code_key}`: {e}"))?),
    };
    // Where the sub code types the answer, an empty one is none (Alipay's `isSuccess`);
    // DingTalk's types it where it is an integer, written as one ("60011", not "6.0011e4"),
    // as the library's `CodeKind::from_code` reads it, and not the success code (`"sub_code":
    // "0"` beside errcode 0 is a success).
    let typed_by_sub = match shape {
        Shape::Alipay | Shape::GoogleRpc => sub_code.as_deref().is_some_and(|sub| !sub.is_empty()),
        Shape::Dingtalk => sub_code.as_deref().is_some_and(|sub| {
            <i64 as platform_errors::CodeKind<'_>>::from_code(platform_errors::Code::Str(sub))
                .is_some_and(|code| code != 0)
        }),
        _ => false,
    };
    let code = match field(code_key)? {
        Some(value) => code_text(value, strings).map_err(|e| format!("`{code_key}`: {e}"))?,
        // An error typed by its sub code may come without a code: the library makes none
        // up, and its own code is the sub code.
        None if typed_by_sub => sub_code.clone().unwrap_or_default(),
        None => return Err(format!("missing field `{code_key}`")),
    };
    let message = message_text(message_key, Some(String::new()))?;
    let sub_message = message_text(sub_message_key, None)?;
    let id_names: &[&str] = match shape {
        Shape::DingtalkV1 => &["requestid"],
        Shape::Dingtalk => &["request_id", "rid"],
        _ => &[],
    };
    let mut request_id = None;
    for (key, value) in object {
        if request_id.is_none() && id_names.contains(&key.as_str()) {
            request_id = match value {
                Value::String(text) | Value::Number(text) => Some(text.clone()),
                _ => None,
            };
        }
    }
    let (typed_by, typed_message) = if typed_by_sub {
        let sub = sub_code.clone().unwrap_or_default();
        (sub, sub_message.clone().or_else(|| message.clone()))
    } else {
        (code.clone(), message.clone())
    };
    let nonempty = |text: Option<String>| text.filter(|t| !t.is_empty());
    Ok(Answer {
        shape,
        nested_key,
        number: match shape {
            Shape::Dingtalk => read_code(&typed_by).ok(),
            _ => None,
        },
        typed_by,
        code,
        message: nonempty(message),
        sub_code,
        sub_message: nonempty(sub_message),
        request_id,
        detail,
        kept,
        typed_message: nonempty(typed_message),
    })
}
