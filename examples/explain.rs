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
    let mut args = std::env::args().skip(1);
    let (Some(code), message) = (args.next(), args.next()) else {
        eprintln!("usage: explain CODE [MESSAGE]");
        return ExitCode::from(2);
    };
    let Ok(code) = code.trim().parse::<i64>() else {
        eprintln!("explain: {code:?} is not a code: give an integer such as 40001 or -1");
        return ExitCode::from(2);
    };
    let with_code: Vec<&Entry> = QingtuiError::ENTRIES
        .iter()
        .filter(|e| e.code() == code)
        .collect();
    if with_code.is_empty() {
        println!("{code} is not a Qingtui error code known to this catalogue.");
        if let Some(message) = &message {
            println!("The platform said: {message}");
        }
        return ExitCode::from(1);
    }
    let matching: Vec<&Entry> = match &message {
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
    let shown = match (&message, matching.is_empty()) {
        (Some(message), true) => {
            println!(
                "No entry with code {code} has the message {message:?}; {} with code {code}:",
                count(with_code.len())
            );
            &with_code
        }
        (Some(_), false) => {
            println!("{} matching:", count(matching.len()));
            &matching
        }
        (None, _) => {
            println!("{} with code {code}:", count(with_code.len()));
            &with_code
        }
    };
    for entry in shown {
        println!();
        print!("{}", explain(entry));
    }
    ExitCode::SUCCESS
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
