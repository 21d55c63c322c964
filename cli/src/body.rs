//! A pasted answer's code and message, read by the library's own wire: the same reading as
//! a client of the platform gets.

use platform_errors::envelope::{
    Alipay, CodeMessage, CodeMsg, Dingtalk, DingtalkV1, ErrcodeErrmsg, ErrorCodeErrorMsg,
    GoogleRpc, WechatPayV3,
};
use platform_errors::{ApiError, HasEnvelope, Uncatalogued};

use crate::json_serde::read_value;
use crate::tools::answer::{for_platform, shape_of, Answer, Shape};
use crate::tools::{envelope_of, read_code};

/// The code of a pasted flat answer as written, where it is a JSON string (`"0001"`): what a
/// catalogue of string codes compares, where [`read_body`] reads a number's text as the
/// number (as an envelope of numeric codes does).
pub fn string_code(body: &str) -> Option<String> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    crate::tools::string_code(read_value(body).ok()?.as_object()?)
}

/// Whether an argument is a JSON body rather than a code: it starts with `{`, after a byte
/// order mark and whitespace.
pub fn is_body(arg: &str) -> bool {
    let arg = arg.strip_prefix('\u{feff}').unwrap_or(arg);
    arg.trim_start().starts_with('{')
}

/// The code and message of a pasted JSON answer, after a UTF-8 byte order mark: read as
/// `ApiError<Uncatalogued<E>>` for the envelope `E` whose code field the answer has
/// (`errcode`, `error_code`, or `code` with `msg` or `message`). So `42001.0` and `"42001"`
/// are 42001, as for a client; an empty message is none.
///
/// # Errors
/// What is wrong and where (serde_json's line and column).
pub fn read_body(body: &str) -> Result<(i64, Option<String>), String> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let value = read_value(body).map_err(|e| format!("the body is not JSON: {e}"))?;
    let members = value.as_object().ok_or("the body is not a JSON object")?;
    match envelope_of(members) {
        Some(("errcode", _)) => read::<ErrcodeErrmsg>(body),
        Some(("error_code", _)) => read::<ErrorCodeErrorMsg>(body),
        Some((_, "message")) => read::<CodeMessage>(body),
        Some(_) => read::<CodeMsg>(body),
        None => Err("the body has no code: no `errcode`, `code` or `error_code`".to_owned()),
    }
}

fn read<E: HasEnvelope>(body: &str) -> Result<(i64, Option<String>), String> {
    let answer: ApiError<Uncatalogued<E>> =
        serde_json::from_str(body).map_err(|e| e.to_string())?;
    let code = answer.code().as_i64().ok_or("the code is not a number")?;
    let message = answer.into_message();
    Ok((code, Some(message).filter(|m| !m.is_empty())))
}

/// A pasted answer of a shape beyond a flat one ([`shape_of`]), read by the library's wire
/// under the shape's envelope (`Envelope::ALIPAY`, ...); `None` for a flat body, or one that
/// is not JSON (which [`read_body`] reports). `platform`, the one chosen with `--platform`,
/// decides between the two shapes of a string `code` beside a `message` that the body alone
/// may not tell apart: DingTalk's newer API (`dingtalk-v1`) and WeChat Pay v3.
///
/// # Errors
/// What the wire says is wrong with the answer.
pub fn read_nested(body: &str, platform: Option<&str>) -> Option<Result<Answer, String>> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let value = read_value(body).ok()?;
    let shape = for_platform(
        shape_of(value.as_object()?, |text| read_code(text).is_ok())?,
        platform,
    );
    Some(match shape {
        Shape::WechatPayV3 => answer::<WechatPayV3>(body, shape),
        Shape::DingtalkV1 => answer::<DingtalkV1>(body, shape),
        Shape::Dingtalk => answer::<Dingtalk>(body, shape),
        Shape::Alipay => answer::<Alipay>(body, shape),
        Shape::GoogleRpc => answer::<GoogleRpc>(body, shape),
    })
}

fn answer<E: HasEnvelope>(body: &str, shape: Shape) -> Result<Answer, String> {
    let err: ApiError<Uncatalogued<E>> = serde_json::from_str(body).map_err(|e| e.to_string())?;
    let text = |text: Option<&str>| text.filter(|t| !t.is_empty()).map(str::to_owned);
    Ok(Answer {
        shape,
        nested_key: err.nested_key().map(str::to_owned),
        code: err.top_code().to_string(),
        message: text(err.top_message()),
        sub_code: err.sub_code().map(|code| code.to_string()),
        sub_message: text(err.sub_message()),
        request_id: err.request_id().map(str::to_owned),
        detail: err.detail().map(str::to_owned),
        kept: E::ENVELOPE
            .kept_fields()
            .iter()
            .filter_map(|&name| Some((name.to_owned(), err.kept_field(name)?.to_owned())))
            .collect(),
        typed_by: err.code().to_string(),
        number: match shape {
            Shape::Dingtalk => err.code().as_i64(),
            _ => None,
        },
        typed_message: text(Some(err.message())),
    })
}
