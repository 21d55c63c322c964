//! The generator of the catalogues in `platform-errors-core` that are declared from a list:
//! it joins a platform's list of codes (`core/data/<platform>-codes.tsv`, `code<TAB>message`,
//! verbatim, after a header of `#` lines that cites the source) with its reviewed side table
//! (`core/data/<platform>-names.tsv`) and writes `core/src/platforms/<module>/codes.rs`, a
//! `define_codes!` declaration, and `docs/catalogues/<platform>.md`, the catalogue as a table.
//!
//! ```text
//! cargo run -p platform-errors-catalogues            # write every generated file
//! cargo run -p platform-errors-catalogues -- --check # fail if one is stale
//! ```
//!
//! `tests/generated.rs` fails when a checked-in file is not what the generator makes. The
//! exactness of the declared catalogues against their lists is tested in `core/tests`.
//!
//! # The side table
//!
//! `code<TAB>Name<TAB>advice<TAB>translation<TAB>doc`, one line per row (for a list of
//! string codes, two more columns: the HTTP status and the aliases). An empty advice is
//! the catalogue's default, `fix_request`; an empty doc adds no doc comment. The translation
//! is the message in the other language: English for a list in Chinese, Chinese for a list
//! in English ([`Platform::lang`]). For every list but the Open Platform's the table has one
//! line per row of the list, in the list's order, and every column but the doc is filled in.
//! For the Open Platform (a list in both languages) it is sparse, keyed by code: a line may
//! give only a name, only advice, or both with an English translation, and rows without a
//! line take what the Official Accounts table says of the same code when the two lists give
//! it the same message (spaces aside); other rows get a name made from an English message,
//! or `Code<N>` for an untranslated Chinese one.
//!
//! # String codes
//!
//! WeChat Pay v3 and `DingTalk`'s newer API answer with string codes (`"PARAM_ERROR"`,
//! `"Forbidden.AccessDenied.QpsLimitForApi"`): [`Platform::string_codes`]. Their lists are
//! read verbatim ([`parse_string_codes`]), their side tables have a line for every code
//! ([`parse_string_names`]) and may give each its HTTP status (`#[platform(http_status =
//! 403)]`) and its aliases, the other spellings the platform uses (`#[platform(aliases(
//! "NOAUTH"))]`). A row of the list that is another row's alias (WeChat Pay lists both
//! `ORDER_NOT_EXIST` and `ORDERNOTEXIST`) declares no variant: it must have its code's
//! message, and lookup finds it through the alias.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One platform's catalogue: where its files are and what its types are called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Platform {
    /// The category of every entry, the stem of the data and doc files: `"wechat-mp"`.
    pub id: &'static str,
    /// The feature of `platform-errors-core` that builds the catalogue: the id, but for
    /// `DingTalk`'s newer API, which the `dingtalk` feature builds beside the older one.
    pub feature: &'static str,
    /// The module of `platform-errors-core`, a path from its root: `"wechat_mp"`,
    /// `"dingtalk::v1"`.
    pub module: &'static str,
    /// Whether the platform's codes are strings (`"PARAM_ERROR"`) rather than integers.
    /// Such a list's side table has every row, and may give HTTP statuses and aliases.
    pub string_codes: bool,
    /// The platform's name in English.
    pub title: &'static str,
    /// The list's title in Chinese.
    pub title_zh: &'static str,
    /// The umbrella type with the catch-all: `"WechatMpError"`.
    pub umbrella: &'static str,
    /// The language of the list's messages, `"zh"` or `"en"`, which the catalogue declares
    /// (`#[platform(lang = ...)]`); the side table translates into the other. The Open
    /// Platform's list, in both, says `"en"` and marks its Chinese rows.
    pub lang: &'static str,
    /// Whether the side table has a line for every row (else it is keyed by code).
    pub complete_names: bool,
    /// The number of rows of the list.
    pub rows: usize,
    /// `#[platform(envelope = ...)]` of the catalogue and the umbrella, where the platform's
    /// envelope is not the default: a path from the generated module.
    pub envelope: Option<&'static str>,
    /// Members of the umbrella beside the list's catalogue: codes the platform's SDKs handle
    /// that the list lacks, declared by hand in the platform's module.
    pub members: &'static [Member],
}

/// A member of a platform's umbrella beside the list's catalogue, declared by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// The umbrella's variant: `"Token"`.
    pub variant: &'static str,
    /// The catalogue, a path from the generated module: `"super::TokenCode"`.
    pub ty: &'static str,
    /// The variant's doc comment, one line.
    pub doc: &'static str,
}

/// The platforms, in the order of the README.
pub const PLATFORMS: [Platform; 8] = [
    Platform {
        id: "wechat-mp",
        feature: "wechat-mp",
        module: "wechat_mp",
        title: "WeChat Official Accounts",
        title_zh: "微信公众号全局返回码",
        umbrella: "WechatMpError",
        string_codes: false,
        lang: "zh",
        complete_names: true,
        rows: 161,
        // `WeChat` puts its request id at the end of `errmsg`: `rid: ...`.
        envelope: Some("crate::Envelope::WECHAT"),
        members: &[],
    },
    Platform {
        id: "wecom",
        feature: "wecom",
        module: "wecom",
        title: "WeCom (WeChat Work)",
        title_zh: "企业微信全局错误码",
        umbrella: "WecomError",
        string_codes: false,
        lang: "zh",
        complete_names: true,
        rows: 281,
        // WeCom puts its request id inside `errmsg`: `hint: [...]`.
        envelope: Some("super::ENVELOPE"),
        members: &[],
    },
    Platform {
        id: "wechat-open",
        feature: "wechat-open",
        module: "wechat_open",
        title: "WeChat Open Platform",
        title_zh: "微信开放平台全局返回码",
        umbrella: "WechatOpenError",
        string_codes: false,
        lang: "en",
        complete_names: false,
        rows: 1830,
        // `WeChat` puts its request id at the end of `errmsg`: `rid: ...`.
        envelope: Some("crate::Envelope::WECHAT"),
        members: &[],
    },
    Platform {
        id: "wechat-miniapp",
        feature: "wechat-miniapp",
        module: "wechat_miniapp",
        title: "WeChat Mini Program",
        title_zh: "微信小程序错误码",
        umbrella: "WechatMiniappError",
        string_codes: false,
        lang: "zh",
        complete_names: true,
        rows: 208,
        // `WeChat` puts its request id at the end of `errmsg`: `rid: ...`.
        envelope: Some("crate::Envelope::WECHAT"),
        // `WxJava` refreshes the token on 40014 too (`WxConsts.ACCESS_TOKEN_ERROR_CODES`),
        // which its Mini Program list lacks.
        members: &[Member {
            variant: "Token",
            ty: "super::TokenCode",
            doc: "A token code the list lacks, which the platform sends and `WxJava` refreshes the token on: 40014.",
        }],
    },
    Platform {
        id: "dingtalk",
        feature: "dingtalk",
        module: "dingtalk",
        title: "DingTalk",
        title_zh: "钉钉全局返回码",
        umbrella: "DingtalkError",
        string_codes: false,
        lang: "zh",
        complete_names: true,
        rows: 276,
        // `errcode` and `errmsg`, with errcode 88's `sub_code` and `sub_msg` kept.
        envelope: Some("DINGTALK"),
        members: &[],
    },
    Platform {
        id: "feishu",
        feature: "feishu",
        module: "feishu",
        title: "Feishu / Lark",
        title_zh: "飞书服务端通用错误码",
        umbrella: "FeishuError",
        string_codes: false,
        lang: "en",
        complete_names: true,
        rows: 24,
        // `code` and `msg`, the request id in `log_id` or `error.log_id`.
        envelope: Some("CODE_MSG"),
        members: &[],
    },
    Platform {
        id: "wechat-pay",
        feature: "wechat-pay",
        module: "wechat_pay",
        string_codes: true,
        title: "WeChat Pay API v3",
        title_zh: "微信支付 APIv3 错误码",
        umbrella: "WechatPayError",
        lang: "zh",
        complete_names: true,
        rows: 25,
        // `code` and `message`, string codes, `detail` kept, the request id in the
        // `Request-ID` header, a success without a code.
        envelope: Some("WECHAT_PAY_V3"),
        members: &[],
    },
    Platform {
        id: "dingtalk-v1",
        feature: "dingtalk",
        module: "dingtalk::v1",
        string_codes: true,
        title: "DingTalk newer API",
        title_zh: "钉钉新版服务端 API 错误码",
        umbrella: "DingtalkV1Error",
        lang: "zh",
        complete_names: true,
        rows: 9,
        // `code` and `message`, string codes, the request id in `requestid` or the
        // `x-acs-request-id` header, a success without a code.
        envelope: Some("DINGTALK_V1"),
        members: &[],
    },
];

/// The doctest on a generated catalogue's page: its first row found by code.
fn catalogue_example(platform: &Platform, declared: &[Declared]) -> String {
    let Some(first) = declared.first() else {
        return String::new();
    };
    format!(
        "///\n    \
         /// ```\n    \
         /// # extern crate platform_errors_core as platform_errors;\n    \
         /// use platform_errors::Catalogue;\n    \
         /// use platform_errors::{module}::{ty};\n    \
         ///\n    \
         /// let first = {ty}::from_code({code}).unwrap();\n    \
         /// assert_eq!(first, {ty}::{name});\n    \
         /// assert_eq!(first.message(), {message:?});\n    \
         /// ```\n    ",
        module = platform.module,
        ty = CATALOGUE_ENUM,
        code = first.code.literal(),
        name = first.name,
        message = first.message,
    )
}

/// The doctest on a generated umbrella's page: a code of the list, and one it lacks.
fn umbrella_example(platform: &Platform, declared: &[Declared]) -> String {
    let Some(first) = declared.first() else {
        return String::new();
    };
    let unknown = if platform.string_codes {
        "\"NOT_IN_THE_LIST\"".to_owned()
    } else {
        (declared
            .iter()
            .filter_map(|d| d.code.as_int())
            .max()
            .unwrap_or(0)
            + 1_000_000)
            .to_string()
    };
    format!(
        "///\n    \
         /// ```\n    \
         /// # extern crate platform_errors_core as platform_errors;\n    \
         /// use platform_errors::FromReceived;\n    \
         /// use platform_errors::{module}::{{{ty}, {umbrella}}};\n    \
         ///\n    \
         /// assert_eq!({umbrella}::from_received({code}, \"\"), {umbrella}::Global({ty}::{name}));\n    \
         /// let new = {umbrella}::from_received({unknown}, \"a new code\");\n    \
         /// assert!(matches!(new, {umbrella}::Unknown {{ .. }}));\n    \
         /// ```\n    ",
        module = platform.module,
        ty = CATALOGUE_ENUM,
        umbrella = platform.umbrella,
        code = first.code.literal(),
        name = first.name,
    )
}

/// The name of the catalogue enum in every platform's module.
pub const CATALOGUE_ENUM: &str = "GlobalError";

/// The advice names `#[advice(...)]` accepts.
pub const ADVICE: [&str; 8] = [
    "none",
    "retry",
    "refresh_token",
    "reauthenticate",
    "throttle",
    "fix_request",
    "check_config",
    "wait_for_quota",
];

/// The default advice of every catalogue.
pub const DEFAULT_ADVICE: &str = "fix_request";

impl Platform {
    /// The language the side table translates into: the other of [`Platform::lang`], and
    /// English for the Open Platform's list (in both languages: its Chinese rows are
    /// translated).
    ///
    /// ```
    /// use platform_errors_catalogues::PLATFORMS;
    /// let lang = |id| PLATFORMS.iter().find(|p| p.id == id).unwrap().translation_lang();
    /// assert_eq!((lang("wechat-mp"), lang("wechat-open"), lang("feishu")), ("en", "en", "zh"));
    /// ```
    #[must_use]
    pub fn translation_lang(&self) -> &'static str {
        if self.lang == "zh" || !self.complete_names {
            "en"
        } else {
            "zh"
        }
    }

    /// The translation's language in English words: `"English"` or `"Chinese"`.
    #[must_use]
    pub fn translation_language(&self) -> &'static str {
        if self.translation_lang() == "en" {
            "English"
        } else {
            "Chinese"
        }
    }

    /// The list, relative to the workspace root.
    #[must_use]
    pub fn codes_path(&self) -> PathBuf {
        PathBuf::from(format!("core/data/{}-codes.tsv", self.id))
    }

    /// The side table, relative to the workspace root.
    #[must_use]
    pub fn names_path(&self) -> PathBuf {
        PathBuf::from(format!("core/data/{}-names.tsv", self.id))
    }

    /// The generated declaration, relative to the workspace root.
    #[must_use]
    pub fn rust_path(&self) -> PathBuf {
        PathBuf::from(format!(
            "core/src/platforms/{}/codes.rs",
            self.module.replace("::", "/")
        ))
    }

    /// The generated catalogue page, relative to the workspace root.
    #[must_use]
    pub fn doc_path(&self) -> PathBuf {
        PathBuf::from(format!("docs/catalogues/{}.md", self.id))
    }
}

/// A code as a list gives it: an integer (`40001`), or a string for the platforms whose
/// codes are strings (`"PARAM_ERROR"`).
///
/// ```
/// use platform_errors_catalogues::Code;
///
/// assert_eq!(Code::Int(-1).to_string(), "-1");
/// assert_eq!(Code::Str("PARAM_ERROR".into()).literal(), "\"PARAM_ERROR\"");
/// assert_eq!(Code::Int(40001), 40001);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// An integer code.
    Int(i64),
    /// A string code, verbatim.
    Str(String),
}

impl Code {
    /// The code as a Rust literal: `40001`, `"PARAM_ERROR"`.
    #[must_use]
    pub fn literal(&self) -> String {
        match self {
            Code::Int(code) => code.to_string(),
            Code::Str(code) => format!("{code:?}"),
        }
    }

    /// The integer, for an integer code.
    #[must_use]
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Code::Int(code) => Some(*code),
            Code::Str(_) => None,
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Code::Int(code) => write!(f, "{code}"),
            Code::Str(code) => f.write_str(code),
        }
    }
}

impl PartialEq<i64> for Code {
    fn eq(&self, other: &i64) -> bool {
        self.as_int() == Some(*other)
    }
}

/// One row of a list: a code and its message, verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The code.
    pub code: Code,
    /// The message, verbatim.
    pub message: String,
}

/// One line of a side table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    /// The code.
    pub code: Code,
    /// The variant's name, if given.
    pub name: Option<String>,
    /// The advice, if not the default.
    pub advice: Option<String>,
    /// The message in the other language, if given: English for a row in Chinese, Chinese
    /// for a row of a list in English.
    pub translation: Option<String>,
    /// A doc comment for the variant, if any.
    pub doc: Option<String>,
    /// The HTTP status the platform answers the code with, if known (string-code tables
    /// only).
    pub http_status: Option<u16>,
    /// The other spellings the platform uses for the code (string-code tables only).
    pub aliases: Vec<String>,
}

/// A row as the catalogue declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// The code.
    pub code: Code,
    /// The message, verbatim: the default message.
    pub message: String,
    /// The variant's name.
    pub name: String,
    /// Whether the name was made by the generator rather than written in a table.
    pub derived_name: bool,
    /// The advice.
    pub advice: String,
    /// The message in the other language: the translation into the list's
    /// [`Platform::translation_lang`], or, for the Open Platform's list, the English of a
    /// Chinese row (`None` for its English rows and its untranslated Chinese ones).
    pub translation: Option<String>,
    /// Whether the message is Chinese (holds a CJK ideograph).
    pub zh: bool,
    /// The doc comment, if any.
    pub doc: Option<String>,
    /// `#[platform(http_status = ...)]`, if the table gives one.
    pub http_status: Option<u16>,
    /// `#[platform(aliases(...))]`: the other spellings of the code.
    pub aliases: Vec<String>,
}

fn parse_code(text: &str, line: usize, string_codes: bool) -> Result<Code, String> {
    if string_codes {
        let ok = !text.is_empty()
            && !text
                .contains(|c: char| c.is_whitespace() || c.is_control() || c == '"' || c == '\\');
        return if ok {
            Ok(Code::Str(text.to_owned()))
        } else {
            Err(format!("line {line}: {text:?} is not a code"))
        };
    }
    text.trim()
        .parse()
        .map(Code::Int)
        .map_err(|_| format!("line {line}: {text:?} is not a code"))
}

/// Parses `code<TAB>message` lines of a list of integer codes; blank lines and lines
/// starting with `#` (the header that cites the list's source) are skipped.
///
/// # Errors
/// A line without a tab or with a code that is not an `i64`, with its line number.
///
/// ```
/// use platform_errors_catalogues::parse_codes;
///
/// let rows = parse_codes("# source: ...\n-1\t系统繁忙\n40001\tinvalid credential\n").unwrap();
/// assert_eq!(rows.len(), 2);
/// assert_eq!((rows[0].code.as_int(), rows[1].message.as_str()), (Some(-1), "invalid credential"));
/// assert!(parse_codes("40001 no tab").is_err());
/// ```
pub fn parse_codes(tsv: &str) -> Result<Vec<Row>, String> {
    parse_codes_of(tsv, false)
}

/// Parses `code<TAB>message` lines of a list of string codes, as [`parse_codes`] does.
/// A code is its text verbatim, any spelling, without blanks, quotes or backslashes.
///
/// # Errors
/// A line without a tab, or a code with a blank.
///
/// ```
/// use platform_errors_catalogues::{parse_string_codes, Code};
///
/// let rows = parse_string_codes("PARAM_ERROR\t参数错误。\nuser.not.exist\t用户不存在\n").unwrap();
/// assert_eq!(rows[1].code, Code::Str("user.not.exist".into()));
/// assert!(parse_string_codes("PARAM ERROR\tx\n").is_err());
/// ```
pub fn parse_string_codes(tsv: &str) -> Result<Vec<Row>, String> {
    parse_codes_of(tsv, true)
}

fn parse_codes_of(tsv: &str, string_codes: bool) -> Result<Vec<Row>, String> {
    tsv.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(i, line)| {
            let (code, message) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: no tab", i + 1))?;
            Ok(Row {
                code: parse_code(code, i + 1, string_codes)?,
                message: message.to_owned(),
            })
        })
        .collect()
}

fn cell(fields: &[&str], i: usize) -> Option<String> {
    fields
        .get(i)
        .map(|f| f.trim())
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
}

/// Parses a side table of integer codes: code, name, advice, translation, doc, and the HTTP
/// status the platform answers the code with (100 to 599, or empty); blank lines and lines
/// starting with `#` are skipped.
///
/// # Errors
/// A bad code, an unknown advice, a name that is not a Rust identifier in `CamelCase`, or a
/// bad status.
///
/// ```
/// use platform_errors_catalogues::parse_names;
///
/// let names = parse_names("42001\tAccessTokenExpired\trefresh_token\taccess_token expired\t\n").unwrap();
/// assert_eq!(names[0].name.as_deref(), Some("AccessTokenExpired"));
/// assert_eq!((names[0].doc.as_deref(), names[0].http_status), (None, None));
/// let limited = parse_names("99991400\tRateLimited\tthrottle\t\t\t429\n").unwrap();
/// assert_eq!(limited[0].http_status, Some(429));
/// assert!(parse_names("42001\tX\trefresh\t\t\n").is_err());
/// ```
pub fn parse_names(tsv: &str) -> Result<Vec<Names>, String> {
    parse_names_of(tsv, false)
}

/// Parses a side table of string codes: the columns of [`parse_names`], then the HTTP
/// status (100 to 599, or empty) and the aliases (comma-separated, or empty).
///
/// # Errors
/// What [`parse_names`] reports, a bad status, or an alias that is not a code.
///
/// ```
/// use platform_errors_catalogues::parse_string_names;
///
/// let line = "NO_AUTH\tNoAuth\tcheck_config\tNo permission.\t\t403\tNOAUTH\n";
/// let names = parse_string_names(line).unwrap();
/// assert_eq!((names[0].http_status, names[0].aliases.clone()), (Some(403), vec!["NOAUTH".to_owned()]));
/// assert!(parse_string_names("NO_AUTH\tNoAuth\t\t\t\t4030\t\n").is_err());
/// ```
pub fn parse_string_names(tsv: &str) -> Result<Vec<Names>, String> {
    parse_names_of(tsv, true)
}

fn parse_names_of(tsv: &str, string_codes: bool) -> Result<Vec<Names>, String> {
    let mut out = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let http_status = match cell(&fields, 5) {
            Some(status) => match status.parse::<u16>() {
                Ok(n) if (100..=599).contains(&n) => Some(n),
                _ => return Err(format!("line {}: {status:?} is not an HTTP status", i + 1)),
            },
            _ => None,
        };
        let mut aliases = Vec::new();
        if string_codes {
            for alias in cell(&fields, 6).iter().flat_map(|a| a.split(',')) {
                if let Code::Str(alias) = parse_code(alias.trim(), i + 1, true)? {
                    aliases.push(alias);
                }
            }
        }
        let names = Names {
            code: parse_code(fields[0], i + 1, string_codes)?,
            name: cell(&fields, 1),
            advice: cell(&fields, 2),
            translation: cell(&fields, 3),
            doc: cell(&fields, 4),
            http_status,
            aliases,
        };
        if let Some(advice) = &names.advice {
            if !ADVICE.contains(&advice.as_str()) {
                return Err(format!("line {}: unknown advice {advice:?}", i + 1));
            }
        }
        if let Some(name) = &names.name {
            let ok = name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric());
            if !ok {
                return Err(format!("line {}: {name:?} is not a CamelCase name", i + 1));
            }
        }
        out.push(names);
    }
    Ok(out)
}

/// A name made from an English message: its first six words in `CamelCase`, without the
/// words that end a phrase unfinished (`of`, `the`, `or`, ...), an apostrophe kept inside its
/// word (`can't` is `Cant`); or `None` if they make no name.
///
/// ```
/// use platform_errors_catalogues::name_from_english;
///
/// assert_eq!(name_from_english("invalid template size").as_deref(), Some("InvalidTemplateSize"));
/// assert_eq!(name_from_english("3rd resp empty"), None);
/// assert_eq!(
///     name_from_english("can't delete the tag that has too many fans").as_deref(),
///     Some("CantDeleteTheTag"),
/// );
/// assert_eq!(
///     name_from_english("invalid length for path, or the data is not json string").as_deref(),
///     Some("InvalidLengthForPath"),
/// );
/// ```
#[must_use]
pub fn name_from_english(message: &str) -> Option<String> {
    let words = english_words(message);
    let first: Vec<&str> = words.iter().take(6).map(|(w, _)| w.as_str()).collect();
    let chosen = if first.last().is_some_and(|w| is_dangling(w)) {
        phrase_without_dangling_end(&words)
    } else {
        first
    };
    let name: String = chosen
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
            })
        })
        .collect();
    let ok =
        name.len() >= 3 && name.starts_with(|c: char| c.is_ascii_alphabetic()) && name != "Self";
    ok.then_some(name)
}

/// Whether a phrase that ends on `word` is unfinished (`the`, `of`, `or`, `is`, `not`, ...).
fn is_dangling(word: &str) -> bool {
    const DANGLING: [&str; 39] = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "for", "from",
        "has", "have", "if", "in", "into", "is", "its", "may", "maybe", "must", "need", "not",
        "of", "on", "or", "please", "should", "than", "that", "the", "to", "too", "very", "will",
        "with", "your",
    ];
    DANGLING.contains(&word.to_ascii_lowercase().as_str())
}

/// The words of an English message, each with whether a clause ends after it (`,` `;` `.`
/// `!` `(` `:`). An apostrophe joins its word (`can't`: `cant`); a possessive `'s` is
/// dropped (`other's`: `other`).
fn english_words(message: &str) -> Vec<(String, bool)> {
    let mut words: Vec<(String, bool)> = Vec::new();
    let mut word = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
            continue;
        }
        if c == '\'' {
            let mut rest = chars.clone();
            if rest.next() == Some('s') && !rest.next().is_some_and(|c| c.is_ascii_alphanumeric()) {
                chars.next();
            }
            continue;
        }
        if !word.is_empty() {
            words.push((std::mem::take(&mut word), false));
        }
        if ",;.!(:".contains(c) {
            if let Some(last) = words.last_mut() {
                last.1 = true;
            }
        }
    }
    if !word.is_empty() {
        words.push((word, false));
    }
    words
}

/// Where the first six words end unfinished: the first clause (to a punctuation mark, or to
/// an `or`/`and` that joins a second clause after three words), up to seven words, without
/// the words at its end that leave it unfinished.
fn phrase_without_dangling_end(words: &[(String, bool)]) -> Vec<&str> {
    let mut end = words.len();
    for (i, (_, clause_ends)) in words.iter().enumerate() {
        let joins_another = i >= 2
            && words
                .get(i + 1)
                .is_some_and(|(w, _)| w == "or" || w == "and")
            && words
                .get(i + 2)
                .is_some_and(|(w, _)| w.starts_with(|c: char| c.is_ascii_alphabetic()));
        if i >= 1 && (*clause_ends || joins_another) {
            end = i + 1;
            break;
        }
    }
    let mut phrase: Vec<&str> = words[..end.min(7)]
        .iter()
        .map(|(w, _)| w.as_str())
        .collect();
    while phrase.len() > 1 && phrase.last().is_some_and(|w| is_dangling(w)) {
        phrase.pop();
    }
    phrase
}

/// The numbered name of a row nothing else names: `Code40001`, `CodeMinus1`.
///
/// ```
/// assert_eq!(platform_errors_catalogues::numbered_name(-1), "CodeMinus1");
/// ```
#[must_use]
pub fn numbered_name(code: i64) -> String {
    if code < 0 {
        format!("CodeMinus{}", code.unsigned_abs())
    } else {
        format!("Code{code}")
    }
}

/// Whether a message is Chinese: it holds a CJK ideograph. (One English row of the Open
/// Platform list holds a full-width comma, and is English.)
///
/// ```
/// use platform_errors_catalogues::is_chinese;
///
/// assert!(is_chinese("不合法的 access_token"));
/// assert!(!is_chinese("forbid to modify the material，please see mp.weixin.qq.com"));
/// ```
#[must_use]
pub fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The rows of a list that are aliases of another row: a string-code list may give one
/// code under two spellings (`ORDER_NOT_EXIST` and `ORDERNOTEXIST`), and the side table
/// names the second among the first's aliases. Such a row declares no variant of its own.
fn alias_rows(rows: &[Row], names: &[Names]) -> HashSet<Code> {
    let aliases: HashSet<Code> = names
        .iter()
        .flat_map(|n| n.aliases.iter().map(|a| Code::Str(a.clone())))
        .collect();
    rows.iter()
        .map(|r| r.code.clone())
        .filter(|c| aliases.contains(c))
        .collect()
}

/// Checks the aliases of a string-code table: each names no declared code and appears once,
/// and a row of the list that is an alias has its code's message.
fn check_aliases(platform: &Platform, rows: &[Row], names: &[Names]) -> Result<(), String> {
    let folded = alias_rows(rows, names);
    let declared: HashSet<&Code> = names.iter().map(|n| &n.code).collect();
    let mut seen = HashSet::new();
    for n in names {
        for alias in &n.aliases {
            let code = Code::Str(alias.clone());
            if declared.contains(&code) || !seen.insert(code.clone()) {
                return Err(format!(
                    "{}: the alias {alias} is a code twice",
                    platform.id
                ));
            }
            if folded.contains(&code) {
                let message = |c: &Code| rows.iter().find(|r| &r.code == c).map(|r| &r.message);
                if message(&code) != message(&n.code) {
                    return Err(format!(
                        "{}: the list gives {alias} another message than {}",
                        platform.id, n.code
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Joins a list with its side table (and, for a sparse table, with `fallback`, the complete
/// table of another list whose rows it may share).
///
/// # Errors
/// A complete table that does not match the list line for line (a row that is an alias of
/// another has no line), a sparse table with a code the list lacks or a code twice, an
/// alias that is a code twice or whose row has another message, or two rows with one name.
///
/// ```
/// use platform_errors_catalogues::{join, parse_codes, parse_names, PLATFORMS};
///
/// let open = &PLATFORMS[2];
/// let rows = parse_codes("-1\t系统繁忙\n40034\tinvalid template size\n50000\t未知\n").unwrap();
/// let names = parse_names("-1\tSystemBusy\tretry\tSystem busy\t\n").unwrap();
/// let declared = join(open, &rows, &names, None).unwrap();
/// assert_eq!(declared[0].advice, "retry");
/// assert_eq!(declared[1].name, "InvalidTemplateSize");
/// assert_eq!((declared[2].name.as_str(), declared[2].translation.as_deref()), ("Code50000", None));
/// ```
///
/// A string-code list, with a row that is another's alias:
///
/// ```
/// use platform_errors_catalogues::{join, parse_string_codes, parse_string_names, PLATFORMS};
///
/// let pay = PLATFORMS.iter().find(|p| p.id == "wechat-pay").unwrap();
/// let rows = parse_string_codes("ORDER_NOT_EXIST\t订单不存在。\nORDERNOTEXIST\t订单不存在。\n").unwrap();
/// let names = parse_string_names(
///     "ORDER_NOT_EXIST\tOrderNotFound\t\tThe order does not exist.\t\t404\tORDERNOTEXIST\n",
/// )
/// .unwrap();
/// let declared = join(pay, &rows, &names, None).unwrap();
/// assert_eq!(declared.len(), 1);
/// assert_eq!((declared[0].http_status, declared[0].aliases.len()), (Some(404), 1));
/// ```
pub fn join(
    platform: &Platform,
    rows: &[Row],
    names: &[Names],
    fallback: Option<(&[Row], &[Names])>,
) -> Result<Vec<Declared>, String> {
    if platform.string_codes && !platform.complete_names {
        return Err(format!(
            "{}: a string-code list names every row",
            platform.id
        ));
    }
    check_aliases(platform, rows, names)?;
    let folded = alias_rows(rows, names);
    let rows: Vec<&Row> = rows.iter().filter(|r| !folded.contains(&r.code)).collect();
    let mut by_code: HashMap<&Code, &Names> = HashMap::new();
    if platform.complete_names {
        if names.len() != rows.len() {
            return Err(format!(
                "{}: {} rows but {} names",
                platform.id,
                rows.len(),
                names.len()
            ));
        }
        for (i, (row, names)) in rows.iter().zip(names).enumerate() {
            if row.code != names.code {
                return Err(format!(
                    "{}: row {} is {} in the list but {} in the names",
                    platform.id,
                    i + 1,
                    row.code,
                    names.code
                ));
            }
            if names.name.is_none() || names.translation.is_none() {
                return Err(format!(
                    "{}: {} needs a name and a translation",
                    platform.id, row.code
                ));
            }
        }
    } else {
        let codes: HashSet<&Code> = rows.iter().map(|r| &r.code).collect();
        for n in names {
            if !codes.contains(&n.code) {
                return Err(format!("{}: {} is not in the list", platform.id, n.code));
            }
            if by_code.insert(&n.code, n).is_some() {
                return Err(format!("{}: {} is named twice", platform.id, n.code));
            }
        }
    }
    let fallback: HashMap<(Code, String), &Names> = fallback
        .map(|(rows, names)| {
            rows.iter()
                .zip(names)
                .map(|(r, n)| ((r.code.clone(), squeeze(&r.message)), n))
                .collect()
        })
        .unwrap_or_default();

    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let zh = is_chinese(&row.message);
        let own = if platform.complete_names {
            Some(&names[i])
        } else {
            by_code.get(&row.code).copied()
        };
        let shared = fallback
            .get(&(row.code.clone(), squeeze(&row.message)))
            .copied();
        let pick = |f: fn(&Names) -> &Option<String>| {
            own.and_then(|n| f(n).clone())
                .or_else(|| shared.and_then(|n| f(n).clone()))
        };
        // A complete table translates every row; the Open Platform's, only Chinese rows.
        let translation = if platform.complete_names || zh {
            pick(|n| &n.translation)
        } else {
            None
        };
        let (name, derived_name) = match pick(|n| &n.name) {
            Some(name) => (name, false),
            None => {
                let made = (!zh)
                    .then(|| name_from_english(&row.message))
                    .flatten()
                    .unwrap_or_else(|| numbered_name(row.code.as_int().unwrap_or_default()));
                (made, true)
            }
        };
        out.push(Declared {
            code: row.code.clone(),
            message: row.message.clone(),
            name,
            derived_name,
            advice: pick(|n| &n.advice).unwrap_or_else(|| DEFAULT_ADVICE.to_owned()),
            translation,
            zh,
            doc: pick(|n| &n.doc),
            http_status: own.and_then(|n| n.http_status),
            aliases: own.map(|n| n.aliases.clone()).unwrap_or_default(),
        });
    }

    // Written names must be unique; a made name that collides takes its code as a suffix.
    let mut used = HashSet::new();
    for d in out.iter().filter(|d| !d.derived_name) {
        if !used.insert(d.name.clone()) {
            return Err(format!(
                "{}: the name {} is used twice",
                platform.id, d.name
            ));
        }
    }
    for d in out.iter_mut().filter(|d| d.derived_name) {
        if !used.insert(d.name.clone()) {
            let suffix = numbered_name(d.code.as_int().unwrap_or_default());
            d.name = format!("{}{}", d.name, &suffix["Code".len()..]);
            if !used.insert(d.name.clone()) {
                return Err(format!(
                    "{}: the name {} is used twice",
                    platform.id, d.name
                ));
            }
        }
    }
    Ok(out)
}

/// A Rust string literal for a message, with braces doubled: in the DSL a message is a
/// format string, so `{` is written `{{`.
///
/// ```
/// assert_eq!(platform_errors_catalogues::message_literal("{名称 A}"), r#""{{名称 A}}""#);
/// ```
#[must_use]
pub fn message_literal(text: &str) -> String {
    let escaped = text.replace('{', "{{").replace('}', "}}");
    format!("{escaped:?}")
}

/// How many rows of each advice, in [`ADVICE`] order (only those with any).
#[must_use]
pub fn advice_counts(declared: &[Declared]) -> Vec<(&'static str, usize)> {
    ADVICE
        .iter()
        .map(|&a| (a, declared.iter().filter(|d| d.advice == a).count()))
        .filter(|&(_, n)| n > 0)
        .collect()
}

/// The number of rows without a translation: Chinese rows of the Open Platform's list whose
/// `message_in("en")` is `None` (every row of the other lists is translated).
#[must_use]
pub fn untranslated(declared: &[Declared]) -> usize {
    declared
        .iter()
        .filter(|d| d.zh && d.translation.is_none())
        .count()
}

/// `core/src/platforms/<module>/codes.rs`.
#[must_use]
pub fn render_rust(platform: &Platform, declared: &[Declared]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "//! The {title} list ({zh}), as `{codes}` gives it, one variant per\n\
         //! row, with the names, advice and translations of `{names}`.\n\
         //!\n\
         //! Generated by `cargo run -p platform-errors-catalogues`; do not edit by hand (a test\n\
         //! fails when this file is not what the generator makes).\n\n\
         crate::define_codes! {{\n    \
         #![platform(crate = crate)]\n\n",
        title = platform.title,
        zh = platform.title_zh,
        codes = platform.codes_path().display(),
        names = platform.names_path().display(),
    );
    let lang = platform.lang;
    let _ = write!(
        out,
        "    /// Every code of the {title} list ({zh}), {n} {unit}, in its order.\n    \
         ///\n    \
         /// The default message of each variant is the list's, verbatim; `message_in(\"{tl}\")`\n    \
         /// has {language}{partial}.{strings} Unless a variant says otherwise, the advice is\n    \
         /// [`Advice::FixRequest`](crate::Advice::FixRequest): the request is wrong and\n    \
         /// resending it unchanged cannot help.\n    \
         {example}\
         #[platform(category = \"{id}\", lang = \"{lang}\")]\n    \
         {envelope}\
         #[advice({default})]\n    \
         pub enum {ty} {{\n",
        title = platform.title,
        zh = platform.title_zh,
        n = declared.len(),
        tl = platform.translation_lang(),
        language = platform.translation_language(),
        partial = if platform.complete_names {
            ""
        } else {
            " (the list's own text where it is English, a translation where one was written), and\n    \
             /// `message_in(\"zh\")` the Chinese text of the Chinese rows"
        },
        id = platform.id,
        unit = if platform.string_codes { "codes" } else { "rows" },
        strings = if platform.string_codes {
            " The codes are strings;\n    \
             /// `aliases` are the other spellings the platform uses for a code, which lookup\n    \
             /// accepts, and `http_status` the HTTP status it answers the code with, where known.\n    \
             ///"
        } else {
            ""
        },
        default = DEFAULT_ADVICE,
        ty = CATALOGUE_ENUM,
        envelope = envelope_attribute(platform),
        example = catalogue_example(platform, declared),
    );
    for d in declared {
        if let Some(doc) = &d.doc {
            let _ = writeln!(out, "        /// {doc}");
        }
        if d.advice != DEFAULT_ADVICE {
            let _ = writeln!(out, "        #[advice({})]", d.advice);
        }
        let mut keys = Vec::new();
        if let Some(status) = d.http_status {
            keys.push(format!("http_status = {status}"));
        }
        if !d.aliases.is_empty() {
            let aliases: Vec<String> = d.aliases.iter().map(|a| format!("{a:?}")).collect();
            keys.push(format!("aliases({})", aliases.join(", ")));
        }
        if !keys.is_empty() {
            let _ = writeln!(out, "        #[platform({})]", keys.join(", "));
        }
        let code = d.code.literal();
        let message = message_literal(&d.message);
        let _ = if platform.complete_names {
            let translation = d.translation.as_deref().unwrap_or_default();
            writeln!(
                out,
                "        {} = {code} => ({message}, {} = {}),",
                d.name,
                platform.translation_lang(),
                message_literal(translation)
            )
        } else if d.zh {
            let _ = writeln!(out, "        #[platform(lang = \"zh\")]");
            match &d.translation {
                Some(en) => writeln!(
                    out,
                    "        {} = {code} => ({message}, en = {}),",
                    d.name,
                    message_literal(en)
                ),
                None => writeln!(out, "        {} = {code} => {message},", d.name),
            }
        } else {
            writeln!(out, "        {} = {code} => {message},", d.name)
        };
    }
    let _ = write!(
        out,
        "    }}\n\n    \
         /// Any answer of the {api}: a code of the list, or a code it does not\n    \
         /// declare with the message received.\n    \
         ///\n    \
         /// Needs the `alloc` feature (on by default through `std`), for the message it keeps.\n    \
         {umbrella_example}\
         #[cfg(feature = \"alloc\")]\n    \
         {envelope}\
         pub enum {umbrella} {{\n        \
         /// A code of the list.\n        \
         Global({ty}),\n        \
         {members}\
         /// A code the list does not declare, with the message received.\n        \
         #[platform(unknown)]\n        \
         Unknown,\n    \
         }}\n\
         }}\n",
        api = if platform.title.ends_with("API") || platform.title.ends_with(" v3") {
            platform.title.to_owned()
        } else {
            format!("{} API", platform.title)
        },
        umbrella = platform.umbrella,
        umbrella_example = umbrella_example(platform, declared),
        ty = CATALOGUE_ENUM,
        envelope = envelope_attribute(platform),
        members = platform
            .members
            .iter()
            .map(|m| format!("/// {}\n        {}({}),\n        ", m.doc, m.variant, m.ty))
            .collect::<String>(),
    );
    out
}

/// `#[platform(envelope = ...)]` and the indent after it, or nothing.
fn envelope_attribute(platform: &Platform) -> String {
    platform
        .envelope
        .map(|path| format!("#[platform(envelope = {path})]\n    "))
        .unwrap_or_default()
}

fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '*' => out.push_str("\\*"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// `docs/catalogues/<platform>.md`.
#[must_use]
pub fn render_markdown(platform: &Platform, declared: &[Declared]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "# The {title} catalogue\n\n\
         {zh}: every row of `{codes}` ({n} rows) as `platform_errors::{module}::{ty}`\n\
         declares it, behind the `{id}` feature. Generated by\n\
         `cargo run -p platform-errors-catalogues` from the list and `{names}`; do not edit by\n\
         hand (a test fails when this file is stale).\n\n",
        title = platform.title,
        zh = platform.title_zh,
        codes = platform.codes_path().display(),
        names = platform.names_path().display(),
        n = platform.rows,
        module = platform.module,
        ty = CATALOGUE_ENUM,
        id = platform.feature,
    );
    let statuses = declared.iter().filter(|d| d.http_status.is_some()).count();
    if platform.string_codes {
        let aliases: usize = declared.iter().map(|d| d.aliases.len()).sum();
        let _ = writeln!(
            out,
            "The codes are strings: {codes} codes, and {aliases} aliases (other spellings the \
             platform uses, which lookup accepts; a row of the list that is another's alias is \
             declared as that alias). {}.\n",
            with_statuses(statuses),
            codes = declared.len(),
        );
    }
    let counts: Vec<String> = advice_counts(declared)
        .iter()
        .map(|(a, n)| format!("`{a}` {n}"))
        .collect();
    let _ = writeln!(out, "Advice: {}.\n", counts.join(", "));
    for member in platform.members {
        let _ = writeln!(
            out,
            "Beside the list, the umbrella's member `{}` (`{}`): {}\n",
            member.variant,
            member.ty.trim_start_matches("super::"),
            member.doc
        );
    }
    let zh_rows = declared.iter().filter(|d| d.zh).count();
    let written = declared.iter().filter(|d| !d.derived_name).count();
    if platform.complete_names {
        let _ = writeln!(
            out,
            "Every name and {} message was written by hand.\n",
            platform.translation_language()
        );
    } else {
        let missing = untranslated(declared);
        let translations = if missing == 0 {
            format!("all {zh_rows} Chinese rows have an English translation")
        } else {
            format!(
                "{} of the Chinese rows have an English translation and {missing} do not \
                 yet (their `message_in(\"en\")` is `None`)",
                zh_rows - missing
            )
        };
        let _ = writeln!(
            out,
            "{en_rows} rows are in English and {zh_rows} in Chinese; {translations}. {written} \
             names were written by hand (or shared with the Official Accounts list, for the same \
             code and message); the other {made} are made from the English message's first \
             words (with the code appended where two messages make the same name).\n",
            en_rows = declared.len() - zh_rows,
            made = declared.len() - written,
        );
    }
    if platform.string_codes {
        let _ = writeln!(
            out,
            "| code | variant | advice | HTTP | aliases | message | {} |\n|---|---|---|---:|---|---|---|",
            platform.translation_language()
        );
        for d in declared {
            let status = status_cell(d);
            let aliases: Vec<String> = d.aliases.iter().map(|a| format!("`{a}`")).collect();
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {status} | {} | {} | {} |",
                d.code,
                d.name,
                d.advice,
                aliases.join(", "),
                md_cell(&d.message),
                d.translation.as_deref().map(md_cell).unwrap_or_default()
            );
        }
        return out;
    }
    // Numeric codes with declared statuses (Feishu's) show them too.
    if statuses > 0 {
        let _ = writeln!(
            out,
            "{}.\n\n\
             | code | variant | advice | HTTP | message | {} |\n|---:|---|---|---:|---|---|",
            with_statuses(statuses),
            platform.translation_language()
        );
    } else {
        let _ = writeln!(
            out,
            "| code | variant | advice | message | {} |\n|---:|---|---|---|---|",
            platform.translation_language()
        );
    }
    for d in declared {
        let translation = match (&d.translation, d.zh || platform.complete_names) {
            (Some(translation), _) => md_cell(translation),
            (None, false) => "(same)".to_owned(),
            (None, true) => String::new(),
        };
        let status = if statuses > 0 {
            format!(" {} |", status_cell(d))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |{status} {} | {} |",
            d.code,
            d.name,
            d.advice,
            md_cell(&d.message),
            translation
        );
    }
    out
}

/// How many codes have a declared HTTP status, as a sentence's words.
fn with_statuses(statuses: usize) -> String {
    if statuses == 1 {
        "1 code has the HTTP status the platform answers it with".to_owned()
    } else {
        format!("{statuses} codes have the HTTP status the platform answers them with")
    }
}

/// A row's HTTP status cell: the declared status, or nothing.
fn status_cell(declared: &Declared) -> String {
    declared
        .http_status
        .map(|status| status.to_string())
        .unwrap_or_default()
}

/// Reads and joins a platform's files under `root`, the workspace root.
///
/// # Errors
/// A file that cannot be read or parsed, or a join error.
pub fn load(root: &Path, platform: &Platform) -> Result<Vec<Declared>, String> {
    let read = |path: PathBuf| {
        std::fs::read_to_string(root.join(&path)).map_err(|e| format!("{}: {e}", path.display()))
    };
    let list = read(platform.codes_path())?;
    let rows = if platform.string_codes {
        parse_string_codes(&list)?
    } else {
        parse_codes(&list)?
    };
    if rows.len() != platform.rows {
        return Err(format!(
            "{}: {} rows, expected {}",
            platform.id,
            rows.len(),
            platform.rows
        ));
    }
    let table = read(platform.names_path())?;
    let names = if platform.string_codes {
        parse_string_names(&table)?
    } else {
        parse_names(&table)?
    };
    if platform.complete_names {
        join(platform, &rows, &names, None)
    } else {
        let mp = &PLATFORMS[0];
        let mp_rows = parse_codes(&read(mp.codes_path())?)?;
        let mp_names = parse_names(&read(mp.names_path())?)?;
        join(platform, &rows, &names, Some((&mp_rows, &mp_names)))
    }
}

/// Every generated file under `root`, with the text it should hold.
///
/// # Errors
/// What [`load`] returns.
pub fn outputs(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let mut out = Vec::new();
    for platform in &PLATFORMS {
        let declared = load(root, platform)?;
        out.push((platform.rust_path(), render_rust(platform, &declared)));
        out.push((platform.doc_path(), render_markdown(platform, &declared)));
    }
    Ok(out)
}

/// The workspace root: the parent of this crate's directory.
#[must_use]
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate sits in the workspace")
        .to_path_buf()
}
