//! `explain`: what an error code means, with the entries whose message matches.

use platform_errors::{lang, message_matches, Entry};

use super::{json, parse_args, platform, platform_names, Outcome, Platform};

/// The usage text `--help` prints.
pub fn usage() -> String {
    format!(
        "\
usage: explain [OPTIONS] CODE [MESSAGE]
       explain [OPTIONS] BODY

Explains an error code: every entry of the catalogue with that code or, given MESSAGE,
those whose message matches it as platforms send messages: case, whitespace around it
and extra whitespace inside it, a trailing period and text appended after it do not
matter. BODY is a whole JSON answer, such as
'{{\"errcode\": 40100, \"errmsg\": \"page_size is required\"}}' (`errcode` or `code`,
`errmsg` or `msg`).

Options:
  --lang TAG         show the messages in one language (en, zh, zh-CN, en-US, ...)
                     instead of every one declared
  --platform NAME    the platform's catalogue: {platforms} (default: {default})
  -h, --help         print this help

Exit status: 0 explained; 1 the code is not in the catalogue, or no entry with the code
has the message; 2 bad arguments.
",
        platforms = platform_names(),
        default = super::PLATFORMS[0].name,
    )
}

/// Runs `explain` with `args`.
pub fn run(args: &[String]) -> Outcome {
    let args = match parse_args(args, &["lang", "platform"], &[]) {
        Ok(args) => args,
        Err(error) => return Outcome::usage_error("explain", &error),
    };
    if args.help {
        return Outcome::out(0, usage());
    }
    let platform = match args.option("platform").map(platform) {
        None => &super::PLATFORMS[0],
        Some(Ok(platform)) => platform,
        Some(Err(error)) => return Outcome::usage_error("explain", &error),
    };
    let lang = args.option("lang");
    if lang.is_some_and(|l| l.trim().is_empty()) {
        return Outcome::usage_error("explain", "--lang needs a language tag, such as en or zh");
    }
    let (code, message) = match args.operands.as_slice() {
        [] => return Outcome::usage_error("explain", "give a code, or a JSON body"),
        [body, rest @ ..] if body.trim_start().starts_with('{') => match (read_body(body), rest) {
            (Ok(pair), []) => pair,
            (Ok(_), [extra, ..]) => {
                return Outcome::usage_error(
                    "explain",
                    &format!("unexpected argument {extra:?}: the body holds the message"),
                )
            }
            (Err(error), _) => return Outcome::usage_error("explain", &error),
        },
        [code] | [code, _] => match code.trim().parse::<i64>() {
            Ok(code) => (code, args.operands.get(1).cloned()),
            Err(_) => {
                return Outcome::usage_error(
                    "explain",
                    &format!(
                    "{code:?} is not a code: give an integer such as 40001 or -1, or a JSON body"
                ),
                )
            }
        },
        [_, _, extra, ..] => {
            return Outcome::usage_error(
                "explain",
                &format!("unexpected argument {extra:?}: quote a message that has spaces"),
            )
        }
    };
    explain(platform, code, message.as_deref(), lang)
}

/// The code and message of a JSON answer: `errcode` (else `code`), a number or a string of
/// digits, and `errmsg` (else `msg`), a string, null or absent.
pub fn read_body(body: &str) -> Result<(i64, Option<String>), String> {
    let value = json::parse(body).map_err(|e| format!("the body is not JSON: {e}"))?;
    if value.as_object().is_none() {
        return Err("the body is not a JSON object".to_owned());
    }
    let (key, code) = ["errcode", "code"]
        .iter()
        .find_map(|&key| value.get(key).map(|v| (key, v)))
        .ok_or("the body has no `errcode` (or `code`)")?;
    let code = match code {
        json::Value::Number(_) => code.as_i64(),
        json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| format!("`{key}` is not an integer code"))?;
    let message = match ["errmsg", "msg"]
        .iter()
        .find_map(|&key| value.get(key).map(|v| (key, v)))
    {
        None | Some((_, json::Value::Null)) => None,
        Some((_, json::Value::String(s))) => Some(s.clone()),
        Some((key, _)) => return Err(format!("`{key}` is not a string")),
    };
    Ok((code, message))
}

/// What `explain` says about `code` and `message`.
pub fn explain(
    platform: &Platform,
    code: i64,
    message: Option<&str>,
    lang: Option<&str>,
) -> Outcome {
    let with_code: Vec<&Entry> = platform
        .entries
        .iter()
        .filter(|e| e.code() == code)
        .collect();
    let mut out = String::new();
    if with_code.is_empty() {
        out += &format!(
            "{code} is not a {} error code known to this catalogue.\n",
            platform.title
        );
        if let Some(message) = message {
            out += &format!("The platform said: {message}\n");
        }
        return Outcome::out(1, out);
    }
    let shown: Vec<&Entry> = match message {
        None => {
            out += &format!("{} with code {code}:\n", count(with_code.len()));
            with_code
        }
        Some(message) => {
            let matching: Vec<&Entry> = with_code
                .iter()
                .copied()
                .filter(|e| {
                    message_matches(e.message(), message)
                        || e.translations()
                            .iter()
                            .any(|(_, m)| message_matches(m, message))
                })
                .collect();
            if matching.is_empty() {
                out += &format!("No entry with code {code} has the message {message:?}.\n");
                out += &format!(
                    "{} {} the code: `explain {code}` lists {}.\n",
                    count(with_code.len()),
                    if with_code.len() == 1 { "has" } else { "have" },
                    if with_code.len() == 1 { "it" } else { "them" },
                );
                return Outcome::out(1, out);
            }
            out += &format!("{} matching:\n", count(matching.len()));
            matching
        }
    };
    for entry in shown {
        out += "\n";
        out += &describe(platform, entry, lang);
    }
    Outcome::out(0, out)
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 entry".to_owned()
    } else {
        format!("{n} entries")
    }
}

/// A few lines about one entry: its messages in the platform's languages and any other it
/// declares, or the one in `lang`.
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
            if platform.langs.is_empty() && entry.translations().is_empty() {
                out += &format!("    message: {}\n", entry.message());
            }
            for tag in platform.langs {
                out += &format!("    {tag}: {}\n", entry.message_in(tag).unwrap_or("-"));
            }
            for (tag, message) in others {
                out += &format!("    {tag}: {message}\n");
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
    out
}
