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
//! `code<TAB>Name<TAB>advice<TAB>translation<TAB>doc`, one line per row. An empty advice is
//! the catalogue's default, `fix_request`; an empty doc adds no doc comment. The translation
//! is the message in the other language: English for a list in Chinese, Chinese for a list
//! in English ([`Platform::lang`]). For every list but the Open Platform's the table has one
//! line per row of the list, in the list's order, and every column but the doc is filled in.
//! For the Open Platform (a list in both languages) it is sparse, keyed by code: a line may
//! give only a name, only advice, or both with an English translation, and rows without a
//! line take what the Official Accounts table says of the same code when the two lists give
//! it the same message (spaces aside); other rows get a name made from an English message,
//! or `Code<N>` for an untranslated Chinese one.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One platform's catalogue: where its files are and what its types are called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Platform {
    /// The feature, the category of every entry, the stem of the data and doc files:
    /// `"wechat-mp"`.
    pub id: &'static str,
    /// The module of `platform-errors-core`: `"wechat_mp"`.
    pub module: &'static str,
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
}

/// The platforms, in the order of the README.
pub const PLATFORMS: [Platform; 6] = [
    Platform {
        id: "wechat-mp",
        module: "wechat_mp",
        title: "WeChat Official Accounts",
        title_zh: "微信公众号全局返回码",
        umbrella: "WechatMpError",
        lang: "zh",
        complete_names: true,
        rows: 161,
        envelope: None,
    },
    Platform {
        id: "wecom",
        module: "wecom",
        title: "WeCom (WeChat Work)",
        title_zh: "企业微信全局错误码",
        umbrella: "WecomError",
        lang: "zh",
        complete_names: true,
        rows: 281,
        // WeCom puts its request id inside `errmsg`: `hint: [...]`.
        envelope: Some("super::ENVELOPE"),
    },
    Platform {
        id: "wechat-open",
        module: "wechat_open",
        title: "WeChat Open Platform",
        title_zh: "微信开放平台全局返回码",
        umbrella: "WechatOpenError",
        lang: "en",
        complete_names: false,
        rows: 1830,
        envelope: None,
    },
    Platform {
        id: "wechat-miniapp",
        module: "wechat_miniapp",
        title: "WeChat Mini Program",
        title_zh: "微信小程序错误码",
        umbrella: "WechatMiniappError",
        lang: "zh",
        complete_names: true,
        rows: 208,
        envelope: None,
    },
    Platform {
        id: "dingtalk",
        module: "dingtalk",
        title: "DingTalk",
        title_zh: "钉钉全局返回码",
        umbrella: "DingtalkError",
        lang: "zh",
        complete_names: true,
        rows: 274,
        envelope: None,
    },
    Platform {
        id: "feishu",
        module: "feishu",
        title: "Feishu / Lark",
        title_zh: "飞书服务端通用错误码",
        umbrella: "FeishuError",
        lang: "en",
        complete_names: true,
        rows: 21,
        // `code` and `msg`, the request id in `log_id` or `error.log_id`.
        envelope: Some("CodeMsg"),
    },
];

/// The name of the catalogue enum in every platform's module.
pub const CATALOGUE_ENUM: &str = "GlobalError";

/// The advice names `#[advice(...)]` accepts.
pub const ADVICE: [&str; 7] = [
    "none",
    "retry",
    "refresh_token",
    "reauthenticate",
    "throttle",
    "fix_request",
    "check_config",
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
        PathBuf::from(format!("core/src/platforms/{}/codes.rs", self.module))
    }

    /// The generated catalogue page, relative to the workspace root.
    #[must_use]
    pub fn doc_path(&self) -> PathBuf {
        PathBuf::from(format!("docs/catalogues/{}.md", self.id))
    }
}

/// One row of a list: a code and its message, verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The code.
    pub code: i64,
    /// The message, verbatim.
    pub message: String,
}

/// One line of a side table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names {
    /// The code.
    pub code: i64,
    /// The variant's name, if given.
    pub name: Option<String>,
    /// The advice, if not the default.
    pub advice: Option<String>,
    /// The message in the other language, if given: English for a row in Chinese, Chinese
    /// for a row of a list in English.
    pub translation: Option<String>,
    /// A doc comment for the variant, if any.
    pub doc: Option<String>,
}

/// A row as the catalogue declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// The code.
    pub code: i64,
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
}

fn parse_code(text: &str, line: usize) -> Result<i64, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("line {line}: {text:?} is not a code"))
}

/// Parses `code<TAB>message` lines; blank lines and lines starting with `#` (the header
/// that cites the list's source) are skipped.
///
/// # Errors
/// A line without a tab or with a code that is not an `i64`, with its line number.
///
/// ```
/// use platform_errors_catalogues::parse_codes;
///
/// let rows = parse_codes("# source: ...\n-1\t系统繁忙\n40001\tinvalid credential\n").unwrap();
/// assert_eq!(rows.len(), 2);
/// assert_eq!((rows[0].code, rows[1].message.as_str()), (-1, "invalid credential"));
/// assert!(parse_codes("40001 no tab").is_err());
/// ```
pub fn parse_codes(tsv: &str) -> Result<Vec<Row>, String> {
    tsv.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(i, line)| {
            let (code, message) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: no tab", i + 1))?;
            Ok(Row {
                code: parse_code(code, i + 1)?,
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

/// Parses a side table; blank lines and lines starting with `#` are skipped.
///
/// # Errors
/// A bad code, an unknown advice, or a name that is not a Rust identifier in `CamelCase`.
///
/// ```
/// use platform_errors_catalogues::parse_names;
///
/// let names = parse_names("42001\tAccessTokenExpired\trefresh_token\taccess_token expired\t\n").unwrap();
/// assert_eq!(names[0].name.as_deref(), Some("AccessTokenExpired"));
/// assert_eq!(names[0].doc, None);
/// assert!(parse_names("42001\tX\trefresh\t\t\n").is_err());
/// ```
pub fn parse_names(tsv: &str) -> Result<Vec<Names>, String> {
    let mut out = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let names = Names {
            code: parse_code(fields[0], i + 1)?,
            name: cell(&fields, 1),
            advice: cell(&fields, 2),
            translation: cell(&fields, 3),
            doc: cell(&fields, 4),
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

/// A name made from an English message: its first six words in `CamelCase`, or `None` if
/// they make no name.
///
/// ```
/// use platform_errors_catalogues::name_from_english;
///
/// assert_eq!(name_from_english("invalid template size").as_deref(), Some("InvalidTemplateSize"));
/// assert_eq!(name_from_english("3rd resp empty"), None);
/// ```
#[must_use]
pub fn name_from_english(message: &str) -> Option<String> {
    let name: String = message
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
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

/// Joins a list with its side table (and, for a sparse table, with `fallback`, the complete
/// table of another list whose rows it may share).
///
/// # Errors
/// A complete table that does not match the list line for line, a sparse table with a code
/// the list lacks or a code twice, or two rows with one name.
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
pub fn join(
    platform: &Platform,
    rows: &[Row],
    names: &[Names],
    fallback: Option<(&[Row], &[Names])>,
) -> Result<Vec<Declared>, String> {
    let mut by_code: HashMap<i64, &Names> = HashMap::new();
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
        let codes: HashSet<i64> = rows.iter().map(|r| r.code).collect();
        for n in names {
            if !codes.contains(&n.code) {
                return Err(format!("{}: {} is not in the list", platform.id, n.code));
            }
            if by_code.insert(n.code, n).is_some() {
                return Err(format!("{}: {} is named twice", platform.id, n.code));
            }
        }
    }
    let fallback: HashMap<(i64, String), &Names> = fallback
        .map(|(rows, names)| {
            rows.iter()
                .zip(names)
                .map(|(r, n)| ((r.code, squeeze(&r.message)), n))
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
        let shared = fallback.get(&(row.code, squeeze(&row.message))).copied();
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
                    .unwrap_or_else(|| numbered_name(row.code));
                (made, true)
            }
        };
        out.push(Declared {
            code: row.code,
            message: row.message.clone(),
            name,
            derived_name,
            advice: pick(|n| &n.advice).unwrap_or_else(|| DEFAULT_ADVICE.to_owned()),
            translation,
            zh,
            doc: pick(|n| &n.doc),
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
            let suffix = numbered_name(d.code);
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
        "    /// Every code of the {title} list ({zh}), {n} rows, in its order.\n    \
         ///\n    \
         /// The default message of each variant is the list's, verbatim; `message_in(\"{tl}\")`\n    \
         /// has {language}{partial}. Unless a variant says otherwise, the advice is\n    \
         /// [`Advice::FixRequest`](crate::Advice::FixRequest): the request is wrong and\n    \
         /// resending it unchanged cannot help.\n    \
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
        default = DEFAULT_ADVICE,
        ty = CATALOGUE_ENUM,
        envelope = envelope_attribute(platform),
    );
    for d in declared {
        if let Some(doc) = &d.doc {
            let _ = writeln!(out, "        /// {doc}");
        }
        if d.advice != DEFAULT_ADVICE {
            let _ = writeln!(out, "        #[advice({})]", d.advice);
        }
        let message = message_literal(&d.message);
        let _ = if platform.complete_names {
            let translation = d.translation.as_deref().unwrap_or_default();
            writeln!(
                out,
                "        {} = {} => ({message}, {} = {}),",
                d.name,
                d.code,
                platform.translation_lang(),
                message_literal(translation)
            )
        } else if d.zh {
            let _ = writeln!(out, "        #[platform(lang = \"zh\")]");
            match &d.translation {
                Some(en) => writeln!(
                    out,
                    "        {} = {} => ({message}, en = {}),",
                    d.name,
                    d.code,
                    message_literal(en)
                ),
                None => writeln!(out, "        {} = {} => {message},", d.name, d.code),
            }
        } else {
            writeln!(out, "        {} = {} => {message},", d.name, d.code)
        };
    }
    let _ = write!(
        out,
        "    }}\n\n    \
         /// Any answer of the {title} API: a code of the list, or a code it does not\n    \
         /// declare with the message received.\n    \
         ///\n    \
         /// Needs the `alloc` feature (on by default through `std`), for the message it keeps.\n    \
         #[cfg(feature = \"alloc\")]\n    \
         {envelope}\
         pub enum {umbrella} {{\n        \
         /// A code of the list.\n        \
         Global({ty}),\n        \
         /// A code the list does not declare, with the message received.\n        \
         #[platform(unknown)]\n        \
         Unknown,\n    \
         }}\n\
         }}\n",
        title = platform.title,
        umbrella = platform.umbrella,
        ty = CATALOGUE_ENUM,
        envelope = envelope_attribute(platform),
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
        n = declared.len(),
        module = platform.module,
        ty = CATALOGUE_ENUM,
        id = platform.id,
    );
    let counts: Vec<String> = advice_counts(declared)
        .iter()
        .map(|(a, n)| format!("`{a}` {n}"))
        .collect();
    let _ = writeln!(out, "Advice: {}.\n", counts.join(", "));
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
    let _ = writeln!(
        out,
        "| code | variant | advice | message | {} |\n|---:|---|---|---|---|",
        platform.translation_language()
    );
    for d in declared {
        let translation = match (&d.translation, d.zh || platform.complete_names) {
            (Some(translation), _) => md_cell(translation),
            (None, false) => "(same)".to_owned(),
            (None, true) => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            d.code,
            d.name,
            d.advice,
            md_cell(&d.message),
            translation
        );
    }
    out
}

/// Reads and joins a platform's files under `root`, the workspace root.
///
/// # Errors
/// A file that cannot be read or parsed, or a join error.
pub fn load(root: &Path, platform: &Platform) -> Result<Vec<Declared>, String> {
    let read = |path: PathBuf| {
        std::fs::read_to_string(root.join(&path)).map_err(|e| format!("{}: {e}", path.display()))
    };
    let rows = parse_codes(&read(platform.codes_path())?)?;
    if rows.len() != platform.rows {
        return Err(format!(
            "{}: {} rows, expected {}",
            platform.id,
            rows.len(),
            platform.rows
        ));
    }
    let names = parse_names(&read(platform.names_path())?)?;
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
