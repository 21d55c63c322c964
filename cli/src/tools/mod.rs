//! What the tools `explain`, `catalogue` and `check` say, without their front-ends: only the
//! standard library and `platform_errors`, so that the root package's examples `explain` and
//! `catalogue` build nothing else.
//!
//! Two front-ends read the arguments and the JSON and print what these functions return:
//! the program `platform-errors` (this crate: clap, serde_json) and the examples (the root
//! package's `examples/tools/`: a small argument parser and JSON reader of their own), which
//! include this module with `#[path]`.
//!
//! Every command's answer is an [`Outcome`]: status 0 is success, 1 a negative answer (a code
//! no catalogue entry has, drift), 2 bad input (arguments, files, tables, JSON), with one
//! line on standard error; [`Outcome::print`] writes it, and makes it status 2 when its text
//! cannot be written.
#![allow(dead_code)]

pub mod answer;
pub mod catalogue;
pub mod explain;
pub mod json;
pub mod load;

use std::path::Path;

use platform_errors::{Catalogue, Code, CodeKind, Entry, HasEnvelope, PlatformError};

/// A catalogue the tools read: a platform built in, or one loaded from a file
/// ([`load::load`]).
#[derive(Debug, Clone, Copy)]
pub struct Platform {
    /// The name `--platform` takes; `file` for a catalogue loaded from a file.
    pub name: &'static str,
    /// The platform's name in prose ("Qingtui"); for a catalogue loaded from a file, a noun
    /// phrase, "the catalogue in shop.tsv" ([`load::TITLE_PREFIX`]). [`Platform::heading`] and
    /// [`Platform::integer_catalogue`] put either in a sentence.
    pub title: &'static str,
    /// The name of the error schema in the OpenAPI and JSON Schema exports.
    pub schema: &'static str,
    /// Every entry, in order.
    pub entries: &'static [Entry],
    /// The languages `explain` shows every entry in, in order (other declared ones follow).
    pub langs: &'static [&'static str],
    /// The paragraph under the title of `catalogue --format markdown`.
    pub about: &'static str,
    /// The names of the code and the message in the platform's answers.
    pub code_field: &'static str,
    /// See `code_field`.
    pub message_field: &'static str,
    /// The code that means success, `None` for a platform that has none: WeChat Pay v3 and
    /// DingTalk's newer API answer success with an HTTP 2xx status and no code, so that every
    /// code they send is an error.
    pub success: Option<Code<'static>>,
    /// The catalogue's lookup of a string code, its other spellings (aliases) included: the
    /// entry it reads `code` as (`SYSTEMERROR` is WeChat Pay's `SYSTEM_ERROR`). Entries do not
    /// carry aliases, so the lookup is the catalogue's own. [`no_lookup`] where there is none
    /// (integer codes, a catalogue loaded from a file).
    pub lookup: fn(&str) -> Option<&'static Entry>,
    /// What the library reads a declared code and a received message as: for a built-in
    /// platform, its catalogue's own `from_code_and_message` and `match_message`
    /// (`read_in`); for a catalogue loaded from a file, the same ranking over its entries
    /// ([`read_entries`]).
    pub read: fn(&Platform, Code<'_>, &str) -> Option<Reading>,
}

/// The entry the library reads a code and a message as ([`Platform::read`]).
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    /// The entry: the one whose declared message matches the received one best (the
    /// longest, the first of equals), else the first with the code.
    pub entry: &'static Entry,
    /// Whether a declared message matched: `false` when the code alone chose `entry`.
    pub by_message: bool,
}

impl Platform {
    /// Whether the catalogue's codes are strings (`PARAM_ERROR`) rather than integers. A
    /// catalogue speaks one kind.
    pub fn has_string_codes(&self) -> bool {
        self.entries
            .first()
            .is_some_and(|e| matches!(e.code(), Code::Str(_)))
    }

    /// Whether the catalogue was loaded from a file (`--catalogue FILE`): its title is then a
    /// noun phrase, not a platform's name.
    pub fn is_file(&self) -> bool {
        self.name == "file"
    }

    /// The title of the catalogue's documents (`catalogue --format markdown`, `openapi`).
    ///
    /// ```
    /// use platform_errors_cli::tools::{load, platform};
    /// use std::path::Path;
    ///
    /// assert_eq!(platform("wecom").unwrap().heading(), "The WeCom error catalogue");
    /// let tsv = "code\tmessage\nSOLD_OUT\tsold out\n";
    /// let file = load::load(Path::new("data/shop.tsv"), tsv, |_| Err(String::new())).unwrap();
    /// assert_eq!(file.heading(), "The error catalogue in shop.tsv");
    /// ```
    pub fn heading(&self) -> String {
        match self.title.strip_prefix(load::TITLE_PREFIX) {
            Some(file) if self.is_file() => format!("The error catalogue in {file}"),
            _ => format!("The {} error catalogue", self.title),
        }
    }

    /// The catalogue as a sentence names it when it has no string code: "Qingtui's catalogue
    /// of integer codes", "the catalogue in feishu.tsv, of integer codes,".
    pub fn integer_catalogue(&self) -> String {
        if self.is_file() {
            format!("{}, of integer codes,", self.title)
        } else {
            format!("{}'s catalogue of integer codes", self.title)
        }
    }

    /// The catalogue's own code for `code`, when an entry has it: the code itself, or for a
    /// string catalogue the declared spelling of an alias. A catalogue of integer codes reads
    /// a string that is an integer exactly (`"40001"`) as that integer, as the wire does; a
    /// catalogue of string codes compares codes as sent, an integer as its text.
    ///
    /// ```
    /// use platform_errors_cli::tools::platform;
    /// use platform_errors::Code;
    ///
    /// let pay = platform("wechat-pay").unwrap();
    /// assert_eq!(pay.code_of(Code::Str("SYSTEMERROR")), Some(Code::Str("SYSTEM_ERROR")));
    /// assert_eq!(pay.code_of(Code::Str("NO_SUCH_CODE")), None);
    /// let qingtui = platform("qingtui").unwrap();
    /// assert_eq!(qingtui.code_of(Code::Str("40100")), Some(Code::Int(40100)));
    /// assert_eq!(qingtui.code_of(Code::Str("NOAUTH")), None);
    /// ```
    pub fn code_of(&self, code: Code<'_>) -> Option<Code<'static>> {
        let has = |wanted: Code<'_>| self.entries.iter().map(Entry::code).find(|&c| c == wanted);
        if self.has_string_codes() {
            let text = code.to_string();
            has(Code::Str(&text)).or_else(|| (self.lookup)(&text).map(Entry::code))
        } else {
            match code {
                Code::Int(_) => has(code),
                Code::Str(text) => has(Code::Int(platform_errors::exact_integer(text).ok()?)),
            }
        }
    }
}

/// The lookup of a platform without one: no code is found by it.
pub fn no_lookup(_: &str) -> Option<&'static Entry> {
    None
}

/// The lookup of a string catalogue `C`: the entry of what `from_code` finds.
fn lookup_in<C>(code: &str) -> Option<&'static Entry>
where
    C: for<'a> Catalogue<Code<'a> = &'a str> + PlatformError,
{
    C::from_code(code)?.entry()
}

/// [`Platform::read`] of a built-in catalogue `C`: what `C::from_code_and_message` finds,
/// and whether `C::match_message` found it by its message. `None` for a code of the other
/// kind, or one the catalogue lacks.
fn read_in<C>(_: &Platform, code: Code<'_>, message: &str) -> Option<Reading>
where
    C: Catalogue + PlatformError,
{
    let code = <C::Code<'_> as CodeKind<'_>>::from_code(code)?;
    let entry = C::from_code_and_message(code, message)?.entry()?;
    Some(Reading {
        entry,
        by_message: C::match_message(code, message).is_some(),
    })
}

/// [`Platform::read`] of a catalogue without a type (one loaded from a file): the ranking
/// the generated `match_message` uses (the library's `Best`: the strongest match, the first
/// of equals), over the entries with `code`, else the first of them.
pub fn read_entries(platform: &Platform, code: Code<'_>, message: &str) -> Option<Reading> {
    let with_code = || platform.entries.iter().filter(move |e| e.code() == code);
    let received = platform_errors::__private::received(message);
    let mut best = platform_errors::__private::Best::new();
    for entry in with_code() {
        best.offer(entry, entry.message(), received);
    }
    match best.finish() {
        Some(found) => Some(Reading {
            entry: found.value,
            by_message: true,
        }),
        None => with_code().next().map(|entry| Reading {
            entry,
            by_message: false,
        }),
    }
}

/// A platform with a catalogue in the library, built in or not: its `--platform` name, its
/// title and the cargo feature that brings its catalogue (none for the default).
#[derive(Debug, Clone, Copy)]
pub struct Known {
    /// The name `--platform` takes.
    pub name: &'static str,
    /// The platform's name in prose.
    pub title: &'static str,
    /// The cargo feature of `platform-errors` (and of these tools) that brings it.
    pub feature: Option<&'static str>,
}

/// Every platform the library has a catalogue for, in the order of [`PLATFORMS`].
pub const KNOWN: &[Known] = &[
    Known {
        name: "qingtui",
        title: "Qingtui",
        feature: None,
    },
    Known {
        name: "wechat-mp",
        title: "WeChat Official Accounts",
        feature: Some("wechat-mp"),
    },
    Known {
        name: "wecom",
        title: "WeCom",
        feature: Some("wecom"),
    },
    Known {
        name: "wechat-open",
        title: "WeChat Open Platform",
        feature: Some("wechat-open"),
    },
    Known {
        name: "wechat-miniapp",
        title: "WeChat Mini Program",
        feature: Some("wechat-miniapp"),
    },
    Known {
        name: "dingtalk",
        title: "DingTalk",
        feature: Some("dingtalk"),
    },
    Known {
        name: "dingtalk-v1",
        title: "DingTalk newer API",
        feature: Some("dingtalk"),
    },
    Known {
        name: "feishu",
        title: "Feishu / Lark",
        feature: Some("feishu"),
    },
    Known {
        name: "wechat-pay",
        title: "WeChat Pay v3",
        feature: Some("wechat-pay"),
    },
];

/// What a built-in platform of catalogue `C` takes from it: its entries and its envelope's
/// names; no success code and no lookup of other spellings until the two below say.
const fn from_catalogue<C: Catalogue + PlatformError>(
    name: &'static str,
    title: &'static str,
    schema: &'static str,
    about: &'static str,
) -> Platform {
    Platform {
        name,
        title,
        schema,
        entries: C::ENTRIES,
        langs: &["zh", "en"],
        about,
        code_field: <C as HasEnvelope>::ENVELOPE.code_field(),
        message_field: <C as HasEnvelope>::ENVELOPE.message_field(),
        success: None,
        lookup: no_lookup,
        read: read_in::<C>,
    }
}

/// A built-in platform of catalogue `C`, whose codes are integers: its envelope's success
/// code is success.
const fn built_in<C: for<'a> Catalogue<Code<'a> = i64> + PlatformError>(
    name: &'static str,
    title: &'static str,
    schema: &'static str,
    about: &'static str,
) -> Platform {
    Platform {
        success: match <C as HasEnvelope>::ENVELOPE.success_code() {
            Some(code) => Some(Code::Int(code)),
            None => None,
        },
        ..from_catalogue::<C>(name, title, schema, about)
    }
}

/// A built-in platform of catalogue `C`, whose codes are strings: no code means success (the
/// platforms that send string codes answer success without one), and its lookup takes the
/// codes' other spellings.
const fn built_in_str<C>(
    name: &'static str,
    title: &'static str,
    schema: &'static str,
    about: &'static str,
) -> Platform
where
    C: for<'a> Catalogue<Code<'a> = &'a str> + PlatformError,
{
    Platform {
        lookup: lookup_in::<C>,
        ..from_catalogue::<C>(name, title, schema, about)
    }
}

/// The platforms built in, the default first: Qingtui, and each platform whose feature is
/// on. Another platform is one more item here, under the `#[cfg(feature = "...")]` that
/// brings its catalogue, and one in [`KNOWN`].
pub const PLATFORMS: &[Platform] = &[
    built_in::<platform_errors::qingtui::QingtuiError>(
        "qingtui",
        "Qingtui",
        "QingtuiError",
        "Every entry of the platform's global error page, and the codes its official SDK\n\
         adds (in `general`), as `platform_errors::qingtui` declares them. Generated by\n\
         `cargo run --example catalogue -- --format markdown`; do not edit by hand.",
    ),
    #[cfg(feature = "wechat-mp")]
    built_in::<platform_errors::wechat_mp::WechatMpError>(
        "wechat-mp",
        "WeChat Official Accounts",
        "WechatMpError",
        "The WeChat Official Accounts' global return codes, as `platform_errors::wechat_mp`\n\
         declares them (feature `wechat-mp`).",
    ),
    #[cfg(feature = "wecom")]
    built_in::<platform_errors::wecom::WecomError>(
        "wecom",
        "WeCom",
        "WecomError",
        "WeCom's global error codes, as `platform_errors::wecom` declares them (feature\n\
         `wecom`).",
    ),
    #[cfg(feature = "wechat-open")]
    built_in::<platform_errors::wechat_open::WechatOpenError>(
        "wechat-open",
        "WeChat Open Platform",
        "WechatOpenError",
        "The WeChat Open Platform's global return codes, as `platform_errors::wechat_open`\n\
         declares them (feature `wechat-open`).",
    ),
    #[cfg(feature = "wechat-miniapp")]
    built_in::<platform_errors::wechat_miniapp::WechatMiniappError>(
        "wechat-miniapp",
        "WeChat Mini Program",
        "WechatMiniappError",
        "The WeChat Mini Program error codes, as `platform_errors::wechat_miniapp` declares\n\
         them (feature `wechat-miniapp`).",
    ),
    #[cfg(feature = "dingtalk")]
    built_in::<platform_errors::dingtalk::DingtalkError>(
        "dingtalk",
        "DingTalk",
        "DingtalkError",
        "The DingTalk older API's global return codes, as `platform_errors::dingtalk`\n\
         declares them (feature `dingtalk`).",
    ),
    #[cfg(feature = "dingtalk")]
    built_in_str::<platform_errors::dingtalk::v1::DingtalkV1Error>(
        "dingtalk-v1",
        "DingTalk newer API",
        "DingtalkV1Error",
        "The DingTalk newer API's string codes, as `platform_errors::dingtalk::v1` declares\n\
         them (feature `dingtalk`).",
    ),
    #[cfg(feature = "feishu")]
    built_in::<platform_errors::feishu::FeishuError>(
        "feishu",
        "Feishu / Lark",
        "FeishuError",
        "Feishu / Lark's generic server codes, as `platform_errors::feishu` declares them\n\
         (feature `feishu`).",
    ),
    #[cfg(feature = "wechat-pay")]
    built_in_str::<platform_errors::wechat_pay::WechatPayError>(
        "wechat-pay",
        "WeChat Pay v3",
        "WechatPayError",
        "WeChat Pay API v3's string codes, as `platform_errors::wechat_pay` declares them\n\
         (feature `wechat-pay`).",
    ),
];

/// The platform named `name`, ASCII case-insensitively. For a platform whose catalogue is
/// not built in, the error names the feature that brings it.
pub fn platform(name: &str) -> Result<&'static Platform, String> {
    let wanted = name.trim();
    if let Some(platform) = PLATFORMS
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(wanted))
    {
        return Ok(platform);
    }
    match KNOWN.iter().find(|k| k.name.eq_ignore_ascii_case(wanted)) {
        Some(Known {
            name,
            title,
            feature: Some(feature),
        }) => Err(format!(
            "the {title} catalogue ({name}) is not built in: build with the cargo feature \
             `{feature}` (`cargo run --features {feature} --example explain -- ...`), or use the \
             program `platform-errors` (`cargo install --path cli`), which has every catalogue"
        )),
        _ => Err(format!(
            "unknown platform {name:?}: expected {}; for another platform, give its catalogue \
             with --catalogue FILE",
            platform_names()
        )),
    }
}

/// The names of the platforms built in, as `qingtui, wecom`.
pub fn platform_names() -> String {
    PLATFORMS
        .iter()
        .map(|p| p.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The paragraph of `--help` about the platforms: those built in, those that are not and the
/// feature that brings each, and `--catalogue` for the others.
pub fn platforms_help() -> String {
    let mut out = String::from("Platforms (--platform NAME):\n");
    let width = KNOWN.iter().map(|k| k.name.len()).max().unwrap_or(0);
    for known in KNOWN {
        let built = PLATFORMS.iter().any(|p| p.name == known.name);
        let note = match (built, known.feature) {
            (true, None) => " (the default)".to_owned(),
            (true, Some(_)) => String::new(),
            (false, Some(feature)) => {
                format!(": not built in (cargo feature `{feature}`)")
            }
            (false, None) => ": not built in".to_owned(),
        };
        out += &format!(
            "  {name:width$}  {title}{note}\n",
            name = known.name,
            title = known.title
        );
    }
    out += "Any other platform: write its catalogue as the TSV or JSON that `catalogue --format\n\
            tsv` or `--format json` writes (at least the columns code and message), and give\n\
            it with --catalogue FILE.\n";
    out
}

/// The platform of a command: the one `--catalogue FILE` loads, else the one `--platform
/// NAME` names, else the default. `read_json` reads a JSON catalogue (each front-end has its
/// JSON reader).
pub fn choose(
    platform_name: Option<&str>,
    catalogue_file: Option<&Path>,
    read_json: load::ReadJson,
) -> Result<&'static Platform, String> {
    match (platform_name, catalogue_file) {
        (Some(_), Some(_)) => Err("give --platform or --catalogue, not both".to_owned()),
        (None, Some(path)) => load::load_file(path, read_json),
        (Some(name), None) => platform(name),
        (None, None) => Ok(&PLATFORMS[0]),
    }
}

/// The text of a file, or of standard input for `-`, without a UTF-8 byte order mark. The
/// error says which file and why; for text that is not UTF-8 (a GBK copy of a page), the
/// line where it stops being UTF-8.
pub fn read_input(path: &Path) -> Result<String, String> {
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let shown = path.display();
    let bytes = bytes.map_err(|error| format!("cannot read {shown}: {error}"))?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
        format!("cannot read {shown}: line {line} is not UTF-8; save the file as UTF-8")
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// A code written as text, read as the library's wire reads a code sent as a string
/// (surrounding whitespace ignored) or as a JSON number: an integer within `i64`, or a number
/// with a fraction or an exponent whose *text* denotes an integer exactly (`42001.0`,
/// `4.2001e4`, `1e5`). The text decides, never a float made of it, as in the library:
/// `1e-400` is no code and `9007199254740993.0` is 9007199254740993.
///
/// ```
/// use platform_errors_cli::tools::read_code;
///
/// assert_eq!(read_code(" 4.2001e4 "), Ok(42001));
/// assert_eq!(read_code("9007199254740993.0"), Ok(9_007_199_254_740_993));
/// assert!(read_code("42001.0000000000001").is_err());
/// assert!(read_code("1e-400").is_err());
/// ```
pub fn read_code(text: &str) -> Result<i64, String> {
    let text = text.trim();
    // The library's own reading, exact: no float is made.
    match platform_errors::exact_integer(text) {
        Ok(code) => Ok(code),
        Err(platform_errors::NotAnInteger::Fraction) => {
            Err(format!("a code must be an integer, not {text}"))
        }
        Err(platform_errors::NotAnInteger::OutOfRange) => Err(format!(
            "{text} is out of range: codes are from {} to {}",
            i64::MIN,
            i64::MAX
        )),
        Err(_) => Err(format!(
            "{text:?} is not a code: give an integer such as 40001 or -1"
        )),
    }
}

/// The code of a flat answer's members as written, where it is a JSON string (`"0001"`),
/// under the envelope [`envelope_of`] finds: what a catalogue of string codes compares.
pub fn string_code(members: &[(String, json::Value)]) -> Option<String> {
    let (code_field, _) = envelope_of(members)?;
    members.iter().find_map(|(key, value)| match value {
        json::Value::String(code) if key == code_field && !code.is_empty() => Some(code.clone()),
        _ => None,
    })
}

/// The envelope whose names the members of a pasted answer use: `errcode`/`errmsg`,
/// `error_code`/`error_msg`, or `code` with `msg` (else `message`). The names of the code and
/// the message, or `None` when no code field is there.
pub fn envelope_of(members: &[(String, json::Value)]) -> Option<(&'static str, &'static str)> {
    let has = |key: &str| members.iter().any(|(k, _)| k == key);
    if has("errcode") {
        Some(("errcode", "errmsg"))
    } else if has("error_code") {
        Some(("error_code", "error_msg"))
    } else if has("code") {
        Some(if !has("msg") && has("message") {
            ("code", "message")
        } else {
            ("code", "msg")
        })
    } else {
        None
    }
}

/// `explain` of an answer beyond a flat one: what was read, then what `explain` says of the
/// code that types it, in `platform`: a numeric one (DingTalk's errcode 88) in any
/// catalogue, a string code in a catalogue of string codes. `explain_code` is the
/// front-end's `explain` of a code and a message.
pub fn explain_answer(
    answer: &answer::Answer,
    platform: &Platform,
    explain_code: impl FnOnce(platform_errors::Code<'_>, Option<&str>) -> Outcome,
) -> Outcome {
    let head = answer::describe(answer);
    let success = answer::is_success(answer);
    let code = match answer.number {
        Some(code) => Some(platform_errors::Code::Int(code)),
        None if !success && platform.has_string_codes() => {
            Some(platform_errors::Code::Str(&answer.typed_by))
        }
        None => None,
    };
    match code {
        Some(code) => {
            let mut outcome = explain_code(code, answer.typed_message.as_deref());
            if outcome.status != 2 {
                outcome.stdout = format!("{head}\n{}", outcome.stdout);
            }
            outcome
        }
        None if success => Outcome::out(0, head),
        None => {
            // Only the catalogues that have the code: another would say it does not know it.
            let typed_by = platform_errors::Code::Str(&answer.typed_by);
            let string_platforms: Vec<&str> = PLATFORMS
                .iter()
                .filter(|p| p.has_string_codes() && p.code_of(typed_by).is_some())
                .map(|p| p.name)
                .collect();
            let mut out = head;
            out += &format!(
                "The error is {}: a string code, which {} does not have",
                answer.typed_by,
                platform.integer_catalogue()
            );
            if string_platforms.is_empty() {
                out += ", nor any catalogue built in.\n";
            } else {
                out += &format!(
                    "; explain it in a catalogue of string codes that has it: --platform {}.\n",
                    string_platforms.join(", --platform ")
                );
            }
            Outcome::out(1, out)
        }
    }
}

/// What a command printed, and how it exits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// 0 success, 1 a negative answer, 2 bad input.
    pub status: u8,
    /// What goes to standard output.
    pub stdout: String,
    /// What goes to standard error.
    pub stderr: String,
}

impl Outcome {
    /// Status 0 or 1 with text on standard output.
    pub fn out(status: u8, stdout: String) -> Self {
        Outcome {
            status,
            stdout,
            stderr: String::new(),
        }
    }

    /// Bad input: status 2, and one line on standard error, `tool: message`.
    pub fn error(tool: &str, message: &str) -> Self {
        let message = message.replace(['\n', '\r'], " ");
        Outcome {
            status: 2,
            stdout: String::new(),
            stderr: format!("{tool}: {message}\n"),
        }
    }

    /// Writes the outcome to `stdout` and `stderr`, and returns the status to exit with: the
    /// outcome's, unless its text could not be delivered.
    ///
    /// A closed standard output (`| head -1`: the reader has what it wanted and went away)
    /// drops the rest of the text quietly, never with a panic, and the status stays the
    /// command's. Any other failure to write or to flush standard output (a full disk, `>
    /// /dev/full`) is told as bad input is, one line on standard error, `tool: could not
    /// write the output: why`, with status 2: a script must not take a truncated export for a
    /// whole one.
    pub fn print(
        &self,
        tool: &str,
        stdout: &mut dyn std::io::Write,
        stderr: &mut dyn std::io::Write,
    ) -> u8 {
        // Flushed here, not at exit, where the standard library drops a failure to flush.
        let written = stdout
            .write_all(self.stdout.as_bytes())
            .and_then(|()| stdout.flush());
        // Standard error is where failures are told: a failure to write it has nowhere to go.
        let _ = stderr.write_all(self.stderr.as_bytes());
        let status = match written {
            Ok(()) => self.status,
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => self.status,
            Err(error) => {
                let failed = Outcome::error(tool, &format!("could not write the output: {error}"));
                let _ = stderr.write_all(failed.stderr.as_bytes());
                failed.status
            }
        };
        let _ = stderr.flush();
        status
    }
}
