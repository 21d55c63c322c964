//! `explain`: what an error code means, with the entries whose message matches the one the
//! platform sent.

use platform_errors::{lang, message_matches, Code, Entry};

use super::{read_code, Outcome, Platform, PLATFORMS};

/// What `explain` was asked.
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    /// The catalogue.
    pub platform: &'static Platform,
    /// Whether the user chose it (`--platform`, `--catalogue`): if not, an unknown code
    /// names the other built-in platforms that know it.
    pub chosen: bool,
    /// The code: an integer, or a string code (`PARAM_ERROR`, or an alias the catalogue's
    /// lookup takes, such as `SYSTEMERROR`).
    pub code: Code<'a>,
    /// The message the platform sent, if given.
    pub message: Option<&'a str>,
    /// `--lang`: show the messages in this language only.
    pub lang: Option<&'a str>,
}

/// The code argument of `explain` (`CODE`, not a pasted body), as `platform` reads it:
/// surrounding whitespace ignored. A catalogue of string codes takes any text without
/// whitespace as written (a bank's `0001` is not `1`). A catalogue of integer codes takes
/// only integers, read as [`read_code`] reads them: the error is [`read_code`]'s, with the
/// built-in catalogues of string codes that know the text, if any.
///
/// ```
/// use platform_errors::Code;
/// use platform_errors_cli::tools::{explain::read_code_argument, platform};
///
/// let pay = platform("wechat-pay").unwrap();
/// assert_eq!(read_code_argument(pay, " NOAUTH "), Ok(Code::Str("NOAUTH")));
/// assert_eq!(read_code_argument(pay, "0404"), Ok(Code::Str("0404")));
/// assert!(read_code_argument(pay, "NO AUTH").is_err());
///
/// let qingtui = platform("qingtui").unwrap();
/// assert_eq!(read_code_argument(qingtui, "4.01e4"), Ok(Code::Int(40100)));
/// assert_eq!(
///     read_code_argument(qingtui, "NOAUTH"),
///     Err("\"NOAUTH\" is not a code: give an integer such as 40001 or -1, or a JSON body; \
///          the wechat-pay catalogue has it: add `--platform wechat-pay`.".to_owned()),
/// );
/// ```
///
/// # Errors
/// Text that is no code of the catalogue's kind: one line that says what to give.
pub fn read_code_argument<'a>(platform: &Platform, text: &'a str) -> Result<Code<'a>, String> {
    let text = text.trim();
    if !platform.has_string_codes() {
        return read_code(text).map(Code::Int).map_err(|error| {
            let mut error = format!("{error}, or a JSON body");
            if !text.is_empty() && !text.contains(char::is_whitespace) {
                if let Some(hint) = elsewhere(platform, Code::Str(text)) {
                    error += "; ";
                    error += &hint.replacen("The ", "the ", 1);
                }
            }
            error
        });
    }
    // A catalogue of string codes compares them as written: `0001` is not `1`.
    if text.is_empty() || text.contains(char::is_whitespace) {
        Err(format!(
            "{text:?} is not a code: give a code such as {}, or a JSON body",
            platform
                .entries
                .first()
                .map_or_else(|| "PARAM_ERROR".to_owned(), |e| e.code().to_string())
        ))
    } else {
        Ok(Code::Str(text))
    }
}

/// The answer, with status 0 when the catalogue knows the code or it is the success code,
/// and 1 when it does not know it.
///
/// - With a message, the entry the library reads the answer as ([`Platform::read`], the
///   catalogue's own lookup): the one whose declared message matches it best, as
///   [`message_matches`] matches and the longest of several; when none does, every entry
///   with the code, and the one the library takes (the first with the code). The library
///   compares declared messages only: a message that a translation matches is shown as
///   matching when the library takes that entry anyway (the first with the code), and
///   otherwise `explain` says whose translation it is.
/// - Without, every entry with the code.
/// - The success code says so first. A platform without one (string codes: WeChat Pay v3,
///   DingTalk's newer API) says, for a code it does not know, that success comes without a
///   code.
/// - A string code the catalogue's lookup takes as another spelling (an alias) says which
///   code it is, then explains that code.
pub fn explain(question: &Question<'_>) -> Outcome {
    let Question {
        platform,
        code: asked,
        message,
        lang,
        ..
    } = *question;
    let message = message.filter(|m| !m.trim().is_empty());
    let declared = platform.code_of(asked);
    let code: Code<'_> = declared.unwrap_or(asked);
    let with_code: Vec<&Entry> = platform
        .entries
        .iter()
        .filter(|e| Some(e.code()) == declared)
        .collect();
    let mut out = String::new();
    let success = platform
        .success
        .is_some_and(|s| s == asked || Some(s) == declared);
    if success {
        out += &format!(
            "{code} is the success code of {}: the call succeeded.\n",
            platform.title
        );
    }
    if with_code.is_empty() {
        if !success {
            // A platform's name reads as an adjective ("a Qingtui error code"); a file's
            // title is a noun phrase ("the catalogue in shop.tsv").
            if platform.is_file() {
                out += &format!(
                    "{asked} is not an error code known to {}.\n",
                    platform.title
                );
            } else {
                out += &format!(
                    "{asked} is not a {} error code known to this catalogue.\n",
                    platform.title
                );
            }
            if platform.success.is_none() {
                out += &format!(
                    "No code means success in {}: success is an answer without a code (an \
                     HTTP 2xx status), so every code is an error.\n",
                    platform.title
                );
            }
        }
        if let Some(message) = message {
            out += &format!("The platform said: {message}\n");
        }
        if !success && !question.chosen {
            if let Some(hint) = elsewhere(platform, asked) {
                out += &hint;
                out += "\n";
            }
        }
        return Outcome::out(u8::from(!success), out);
    }
    // As written: `40004` asked as text is the declared 40004, no other spelling.
    let (declared_text, asked_text) = (code.to_string(), asked.to_string());
    if declared_text != asked_text {
        out += &format!(
            "{asked} is another spelling of {code} (an alias the library's lookup takes).\n\n"
        );
    }
    // What the library reads the answer as: its own lookup, the longest declared message
    // that matches (so that "request_page must be an integer greater than or equal to 1" is
    // not also "request_page must be an integer"), else the first entry with the code.
    let reading = message.and_then(|message| (platform.read)(platform, code, message));
    if success && !out.is_empty() {
        out += "\n";
    }
    let shown = match (message, reading) {
        (Some(message), Some(reading)) if reading.by_message => {
            let matching = with_code
                .iter()
                .filter(|e| message_matches(e.message(), message))
                .count();
            if matching > 1 {
                out += &format!(
                    "{matching} entries match; the library reads the answer as the one whose \
                     message is the longest, the most specific:\n"
                );
            } else {
                out += "1 entry matching:\n";
            }
            vec![reading.entry]
        }
        // The library compares declared messages only; a message that is an entry's
        // translation reads as that entry only when it is the first with the code.
        (Some(message), Some(reading)) if translated(reading.entry, message) => {
            out += "1 entry matching:\n";
            vec![reading.entry]
        }
        (Some(message), Some(reading)) if !success => {
            out += &format!(
                "No entry with code {code} has the message {message:?}: the library reads the \
                 answer as the first entry with the code, {}.\n",
                reading.entry.name()
            );
            for entry in &with_code {
                if let Some((tag, _)) = entry
                    .translations()
                    .iter()
                    .find(|(_, m)| message_matches(m, message))
                {
                    out += &format!(
                        "It is the {tag} message of {}, whose declared message is {:?}: the \
                         library compares the declared messages only.\n",
                        entry.name(),
                        entry.message()
                    );
                }
            }
            out += &format!("{} with code {code}:\n", count(with_code.len()));
            with_code
        }
        _ => {
            out += &format!("{} with code {code}:\n", count(with_code.len()));
            with_code
        }
    };
    for entry in shown {
        out += "\n";
        out += &describe(platform, entry, lang);
    }
    Outcome::out(0, out)
}

/// Whether a translation of `entry` matches `message`.
fn translated(entry: &Entry, message: &str) -> bool {
    entry
        .translations()
        .iter()
        .any(|(_, m)| message_matches(m, message))
}

/// The other built-in platforms whose catalogue has `code` (by their lookup, for string
/// codes), as a sentence that names the option to add.
fn elsewhere(platform: &Platform, code: Code<'_>) -> Option<String> {
    let others: Vec<&str> = PLATFORMS
        .iter()
        .filter(|p| p.name != platform.name && p.code_of(code).is_some())
        .map(|p| p.name)
        .collect();
    match others.as_slice() {
        [] => None,
        [one] => Some(format!(
            "The {one} catalogue has it: add `--platform {one}`."
        )),
        [first, ..] => Some(format!(
            "The catalogues of {} have it: add `--platform {first}`, for instance.",
            others.join(", ")
        )),
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 entry".to_owned()
    } else {
        format!("{n} entries")
    }
}

/// A few lines about one entry: its messages in the platform's languages and any other it
/// declares (and the default message, when it is none of them), or the one in `lang`; its advice; its HTTP status and documentation link when
/// declared.
pub fn describe(platform: &Platform, entry: &Entry, lang: Option<&str>) -> String {
    let mut out = format!(
        "  {category} {code}  {name}\n",
        category = entry.category().unwrap_or("-"),
        code = entry.code(),
        name = entry.name(),
    );
    match lang {
        None => {
            let others = entry
                .translations()
                .iter()
                .filter(|(tag, _)| !platform.langs.iter().any(|l| lang::tag_eq(l, tag)));
            let shown = platform
                .langs
                .iter()
                .filter_map(|tag| Some((*tag, entry.message_in(tag)?)));
            let mut default_shown = false;
            for (tag, message) in shown.chain(others.copied()) {
                out += &format!("    {tag}: {message}\n");
                default_shown |= message == entry.message();
            }
            if !default_shown {
                out += &format!("    message: {}\n", entry.message());
            }
        }
        Some(lang) => match lang::select(entry.translations(), lang) {
            Some((tag, message)) => out += &format!("    {tag}: {message}\n"),
            None => {
                out += &format!(
                    "    message (none in {}): {}\n",
                    lang.trim(),
                    entry.message()
                );
            }
        },
    }
    out += &format!(
        "    advice: {} ({})\n",
        entry.advice(),
        entry.advice().describe()
    );
    if let Some(status) = entry.http_status() {
        out += &format!("    http status: {status}\n");
    }
    if let Some(url) = entry.docs_url() {
        out += &format!("    docs: {url}\n");
    }
    out
}
