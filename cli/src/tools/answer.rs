//! A pasted answer of a shape beyond a flat `{code, message}`: WeChat Pay v3, DingTalk's
//! newer API, DingTalk's errcode 88 with its sub code, Alipay's `<method>_response`,
//! Google's AIP-193 `{"error": {...}}`. Which shape a body is ([`shape_of`]), what was read
//! from it ([`Answer`], read by each front-end: the program with the library's wire, the
//! examples with their own reader), and what `explain` prints of it ([`describe`]).

use platform_errors::Envelope;

use super::json::Value;

/// The shapes, named as the library's envelopes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `Envelope::WECHAT_PAY_V3`: a string `code`, `message`.
    WechatPayV3,
    /// `Envelope::DINGTALK_V1`: a string `code`, `message`, `requestid`.
    DingtalkV1,
    /// `Envelope::DINGTALK`: `errcode`, `errmsg`, `sub_code`, `sub_msg`.
    Dingtalk,
    /// `Envelope::ALIPAY`: under `<method>_response`, typed by `sub_code`.
    Alipay,
    /// `Envelope::GOOGLE_RPC`: under `error`, typed by `status`.
    GoogleRpc,
}

impl Shape {
    /// The shape's name in prose.
    pub fn title(self) -> &'static str {
        match self {
            Shape::WechatPayV3 => "WeChat Pay v3",
            Shape::DingtalkV1 => "DingTalk (api.dingtalk.com/v1.0)",
            Shape::Dingtalk => "DingTalk (oapi.dingtalk.com)",
            Shape::Alipay => "Alipay",
            Shape::GoogleRpc => "Google AIP-193",
        }
    }

    /// The library's envelope of the shape: the names of its detail field and of the fields
    /// it keeps come from it.
    pub fn envelope(self) -> Envelope {
        match self {
            Shape::WechatPayV3 => Envelope::WECHAT_PAY_V3,
            Shape::DingtalkV1 => Envelope::DINGTALK_V1,
            Shape::Dingtalk => Envelope::DINGTALK,
            Shape::Alipay => Envelope::ALIPAY,
            Shape::GoogleRpc => Envelope::GOOGLE_RPC,
        }
    }

    /// The names of the code, the message, the sub code and its message, as the body has
    /// them (what [`describe`] labels them).
    pub fn fields(self) -> [&'static str; 4] {
        match self {
            Shape::WechatPayV3 | Shape::DingtalkV1 => ["code", "message", "", ""],
            Shape::Dingtalk => ["errcode", "errmsg", "sub_code", "sub_msg"],
            Shape::Alipay => ["code", "msg", "sub_code", "sub_msg"],
            Shape::GoogleRpc => ["code", "message", "status", ""],
        }
    }
}

/// The shape of a body beyond a flat one, if it is one; `None` for the flat shapes, which
/// `read_body` reads. `members` are the body's; `is_number` says whether a string holds a
/// number, as the wire reads one.
pub fn shape_of(members: &[(String, Value)], is_number: impl Fn(&str) -> bool) -> Option<Shape> {
    let has = |key: &str| members.iter().any(|(k, _)| k == key);
    let get = |key: &str| members.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    if members
        .iter()
        .any(|(k, _)| k.len() > "_response".len() && k.ends_with("_response"))
    {
        return Some(Shape::Alipay);
    }
    if !has("code") && !has("errcode") && matches!(get("error"), Some(Value::Object(_))) {
        return Some(Shape::GoogleRpc);
    }
    if has("errcode") && (has("sub_code") || has("sub_msg")) {
        return Some(Shape::Dingtalk);
    }
    match get("code") {
        // DingTalk's newer API sends `requestid` in the body (or only in a header) and its
        // permission errors' `accessdenieddetail`; WeChat Pay v3 neither.
        Some(Value::String(code)) if !is_number(code) && !has("msg") => {
            Some(if has("requestid") || has("accessdenieddetail") {
                Shape::DingtalkV1
            } else {
                Shape::WechatPayV3
            })
        }
        _ => None,
    }
}

/// The shape a body of a string `code` beside a `message` is read in, where the body alone
/// may not tell DingTalk's newer API from WeChat Pay v3 (DingTalk may send its request id in
/// a header only): the platform chosen with `--platform` (`dingtalk-v1`, `wechat-pay`)
/// decides; any other shape is the body's.
#[must_use]
pub fn for_platform(shape: Shape, platform: Option<&str>) -> Shape {
    match (shape, platform) {
        (Shape::WechatPayV3 | Shape::DingtalkV1, Some("dingtalk-v1")) => Shape::DingtalkV1,
        (Shape::WechatPayV3 | Shape::DingtalkV1, Some("wechat-pay")) => Shape::WechatPayV3,
        (shape, _) => shape,
    }
}

/// What was read from an answer of a [`Shape`]: each field as sent, a code as its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The shape.
    pub shape: Shape,
    /// The key the answer sat under (Alipay's `alipay_trade_pay_response`).
    pub nested_key: Option<String>,
    /// The envelope's own code and message.
    pub code: String,
    /// The message beside the code, when sent.
    pub message: Option<String>,
    /// The sub code and its message, when sent.
    pub sub_code: Option<String>,
    /// The sub code's message.
    pub sub_message: Option<String>,
    /// The request id, when the body has one.
    pub request_id: Option<String>,
    /// The JSON text of the envelope's detail field (WeChat Pay's `detail`, AIP-193's
    /// `details`, DingTalk's `accessdenieddetail`), as sent, when the body has it: what the
    /// library keeps as `ApiError::detail`.
    pub detail: Option<String>,
    /// The fields the envelope keeps beside the answer (Alipay's `sign` and
    /// `alipay_cert_sn`), each with its JSON text as sent, in the envelope's order: what the
    /// library keeps as `ApiError::kept_field`.
    pub kept: Vec<(String, String)>,
    /// The code that types the error, and the message that goes with it.
    pub typed_by: String,
    /// The typing code as a number, when it is one: `explain` then explains it.
    pub number: Option<i64>,
    /// The message of the typing code.
    pub typed_message: Option<String>,
}

/// What `explain` prints of an answer, before what it says of a numeric code.
pub fn describe(answer: &Answer) -> String {
    let [code, message, sub_code, sub_message] = answer.shape.fields();
    let mut out = format!("Read as an answer of {}", answer.shape.title());
    if let Some(key) = &answer.nested_key {
        out += &format!(", under `{key}`");
    }
    out += ":\n";
    out += &format!("  {code}: {}\n", answer.code);
    if let Some(text) = &answer.message {
        out += &format!("  {message}: {text}\n");
    }
    if let Some(text) = &answer.sub_code {
        out += &format!("  {sub_code}: {text}\n");
    }
    if let Some(text) = &answer.sub_message {
        out += &format!("  {sub_message}: {text}\n");
    }
    if let (Some(name), Some(detail)) = (answer.shape.envelope().detail_field(), &answer.detail) {
        out += &format!("  {name}: {}\n", compact(detail));
    }
    if let Some(id) = &answer.request_id {
        out += &format!("  request id: {id}\n");
    }
    for (name, text) in &answer.kept {
        out += &format!("  {name}: {}\n", compact(text));
    }
    if is_success(answer) {
        out += "10000 without a sub_code is Alipay's success: the call succeeded.\n";
    }
    out
}

/// JSON text on one line: without the whitespace between its tokens (a pasted answer may be
/// indented), strings as they are.
///
/// ```
/// use platform_errors_cli::tools::answer::compact;
///
/// assert_eq!(compact("{\n  \"issue\": \"a  b\",\n  \"n\": [1, 2]\n}"), r#"{"issue":"a  b","n":[1,2]}"#);
/// assert_eq!(compact(r#""say \"hi \" ""#), r#""say \"hi \" ""#);
/// ```
pub fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else {
            in_string = c == '"';
        }
        out.push(c);
    }
    out
}

/// Whether the answer is a success: Alipay's code 10000 without a sub code. (The other
/// shapes' successes carry no code, and are no answer of theirs.)
pub fn is_success(answer: &Answer) -> bool {
    matches!(answer.shape, Shape::Alipay) && answer.code == "10000" && answer.sub_code.is_none()
}
