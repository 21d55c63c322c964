//! Explains a Qingtui error code: every matching entry of the catalogue, with its category,
//! variant, both messages and advice.
//!
//! ```text
//! cargo run --example explain -- 40100 "page_size is required"
//! cargo run --example explain -- 46100
//! ```
//!
//! With a message, the entries whose message matches it (as the platform sends messages:
//! case, spacing, a trailing period and appended text do not matter); if none does, every
//! entry with the code. Exits with status 1 for a code the catalogue does not know, and 2 for
//! bad arguments.

use std::process::ExitCode;

use platform_errors::qingtui::QingtuiError;
use platform_errors::{message_matches, Entry, FromCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (status, text) = explain_args(&args);
    if status == 2 {
        eprint!("{text}");
    } else {
        print!("{text}");
    }
    ExitCode::from(status)
}

/// What `explain` prints for `args`, and its exit status: 0 when the code is known, 1 when
/// it is not, 2 for bad arguments.
pub fn explain_args(args: &[String]) -> (u8, String) {
    let (Some(code), message) = (args.first(), args.get(1)) else {
        return (2, "usage: explain CODE [MESSAGE]\n".to_owned());
    };
    let Ok(code) = code.trim().parse::<i64>() else {
        return (
            2,
            format!("explain: {code:?} is not a code: give an integer such as 40001 or -1\n"),
        );
    };
    let with_code: Vec<&Entry> = QingtuiError::ENTRIES
        .iter()
        .filter(|e| e.code() == code)
        .collect();
    let mut out = String::new();
    if with_code.is_empty() {
        out += &format!("{code} is not a Qingtui error code known to this catalogue.\n");
        if let Some(message) = message {
            out += &format!("The platform said: {message}\n");
        }
        return (1, out);
    }
    let matching: Vec<&Entry> = match message {
        Some(message) => with_code
            .iter()
            .copied()
            .filter(|e| {
                e.translations()
                    .iter()
                    .any(|(_, m)| message_matches(m, message))
            })
            .collect(),
        None => Vec::new(),
    };
    let shown = match (message, matching.is_empty()) {
        (Some(message), true) => {
            out += &format!(
                "No entry with code {code} has the message {message:?}; {} with code {code}:\n",
                count(with_code.len())
            );
            &with_code
        }
        (Some(_), false) => {
            out += &format!("{} matching:\n", count(matching.len()));
            &matching
        }
        (None, _) => {
            out += &format!("{} with code {code}:\n", count(with_code.len()));
            &with_code
        }
    };
    for entry in shown {
        out += "\n";
        out += &explain(entry);
    }
    (0, out)
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 entry".to_owned()
    } else {
        format!("{n} entries")
    }
}

/// A few lines about one entry.
fn explain(entry: &Entry) -> String {
    let category = entry.category().unwrap_or("-");
    format!(
        "  {category} {code}  {name}\n    zh: {zh}\n    en: {en}\n    advice: {advice} ({why})\n",
        code = entry.code(),
        name = entry.name(),
        zh = entry.message_in("zh").unwrap_or("-"),
        en = entry.message_in("en").unwrap_or("-"),
        advice = entry.advice(),
        why = entry.advice().describe(),
    )
}
