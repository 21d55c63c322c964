//! `explain`: what an error code means, with the entries whose message matches the one the
//! platform sent.

use platform_errors::{lang, message_matches, Entry};

use super::{Outcome, Platform, PLATFORMS};

/// What `explain` was asked.
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    /// The catalogue.
    pub platform: &'static Platform,
    /// Whether the user chose it (`--platform`, `--catalogue`): if not, an unknown code
    /// names the other built-in platforms that know it.
    pub chosen: bool,
    /// The code.
    pub code: i64,
    /// The message the platform sent, if given.
    pub message: Option<&'a str>,
    /// `--lang`: show the messages in this language only.
    pub lang: Option<&'a str>,
}

/// The answer, with status 0 when the catalogue knows the code or it is the success code,
/// and 1 when it does not know it.
///
/// - With a message, the entries whose message (or a translation) matches it as
///   [`message_matches`] does; when none does, every entry with the code, and the entry the
///   library reads the answer as (the first with the code).
/// - Without, every entry with the code.
/// - The success code says so first.
pub fn explain(question: &Question<'_>) -> Outcome {
    let Question {
        platform,
        code,
        message,
        lang,
        ..
    } = *question;
    let message = message.filter(|m| !m.trim().is_empty());
    let with_code: Vec<&Entry> = platform
        .entries
        .iter()
        .filter(|e| e.code() == code)
        .collect();
    let mut out = String::new();
    let success = code == platform.success;
    if success {
        out += &format!(
            "{code} is the success code of {}: the call succeeded.\n",
            platform.title
        );
    }
    if with_code.is_empty() {
        if !success {
            out += &format!(
                "{code} is not a {} error code known to this catalogue.\n",
                platform.title
            );
        }
        if let Some(message) = message {
            out += &format!("The platform said: {message}\n");
        }
        if !success && !question.chosen {
            out += &elsewhere(platform, code);
        }
        return Outcome::out(u8::from(!success), out);
    }
    let matching: Vec<&Entry> = match message {
        None => Vec::new(),
        Some(message) => with_code
            .iter()
            .copied()
            .filter(|e| {
                message_matches(e.message(), message)
                    || e.translations()
                        .iter()
                        .any(|(_, m)| message_matches(m, message))
            })
            .collect(),
    };
    if success && !out.is_empty() {
        out += "\n";
    }
    let shown = match message {
        Some(_) if !matching.is_empty() => {
            out += &format!("{} matching:\n", count(matching.len()));
            matching
        }
        Some(message) if !success => {
            out += &format!(
                "No entry with code {code} has the message {message:?}: the library reads the \
                 answer as the first entry with the code, {}.\n",
                with_code[0].name()
            );
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

/// The other built-in platforms whose catalogue has `code`, as a hint.
fn elsewhere(platform: &Platform, code: i64) -> String {
    let others: Vec<&str> = PLATFORMS
        .iter()
        .filter(|p| p.name != platform.name && p.entries.iter().any(|e| e.code() == code))
        .map(|p| p.name)
        .collect();
    match others.as_slice() {
        [] => String::new(),
        [one] => format!("The {one} catalogue has it: add `--platform {one}`.\n"),
        [first, ..] => format!(
            "The catalogues of {} have it: add `--platform {first}`, for instance.\n",
            others.join(", ")
        ),
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
