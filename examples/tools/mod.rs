//! The examples' front-end for the tools: arguments and JSON read and written without any
//! dependency, so that `cargo run --example explain` builds only the library. What the tools
//! say is `cli/src/tools/` (the program `platform-errors`'s too), which the examples include
//! as `tools`; the program reads its arguments with clap and its JSON with serde_json, and
//! `cli/tests/` checks that the two agree.
//!
//! Every command is [`run`]: arguments in, exit status and text out. `-h` and `--help`
//! print the usage with status 0.
#![allow(dead_code)]

pub mod body;
pub mod json_text;

use std::path::Path;
use std::process::ExitCode;

use crate::tools::catalogue::{self, Format, COLUMN_NAMES};
use crate::tools::explain::{self, Question};
use crate::tools::{choose, platforms_help, read_input, Outcome, PLATFORMS};
use platform_errors::Code;

/// Runs `tool` (`explain` or `catalogue`) with its arguments, the program name excluded.
pub fn run(tool: &str, args: &[String]) -> Outcome {
    match tool {
        "explain" => run_explain(args),
        "catalogue" => run_catalogue(args),
        _ => Outcome::error(tool, "unknown command"),
    }
}

/// The whole program: runs `tool` with the process's arguments and prints the outcome.
pub fn main(tool: &str) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = run(tool, &args);
    // A closed pipe (`catalogue | head`) drops the rest quietly; an output that cannot be
    // written (`> /dev/full`) is status 2, as in the program.
    let status = outcome.print(
        tool,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(status)
}

/// A usage error: the message, and where the usage is.
fn usage_error(tool: &str, message: &str) -> Outcome {
    Outcome::error(tool, &format!("{message} (see `{tool} --help`)"))
}

/// The usage text of `explain --help`.
pub fn explain_usage() -> String {
    format!(
        "\
usage: explain [OPTIONS] CODE [MESSAGE]
       explain [OPTIONS] BODY

Explains an error code: every entry of the catalogue with that code or, given MESSAGE,
the one the library reads the answer as: the entry whose declared message matches it as
platforms send messages (case, whitespace around it and extra whitespace inside it, a
trailing period and text appended after it do not matter), the longest of several. When
none matches, every entry with the code, and the one the library reads the answer as.
CODE is an integer, or for a catalogue of string codes (WeChat Pay v3, DingTalk's newer
API) a string code such as PARAM_ERROR, or another spelling the library's lookup takes
(SYSTEMERROR). BODY is a whole JSON answer, such as
'{{\"errcode\": 40100, \"errmsg\": \"page_size is required\"}}' (`errcode`/`errmsg`,
`code`/`msg`, `code`/`message` or `error_code`/`error_msg`), read as the library reads it.

Options:
  --platform NAME    the platform's catalogue (default: {default})
  --catalogue FILE   a catalogue of your own: the TSV or JSON that `catalogue --format tsv`
                     or `--format json` writes
  --lang TAG         show the messages in one language (en, zh, zh-CN, en-US, ...)
                     instead of every one declared
  -h, --help         print this help

{platforms}
Exit status: 0 explained (a code the catalogue knows, or the success code); 1 a code the
catalogue does not know; 2 bad arguments, an unreadable file or malformed JSON.
",
        default = PLATFORMS[0].name,
        platforms = platforms_help(),
    )
}

/// The usage text of `catalogue --help`.
pub fn catalogue_usage() -> String {
    format!(
        "\
usage: catalogue [--format FORMAT] [--platform NAME | --catalogue FILE]
       catalogue check [--lang TAG] [--allow-extra] [--json] [--platform NAME | --catalogue FILE] TABLE

Prints a platform's whole catalogue, one row per entry, with the columns
{columns}.

`check` compares the catalogue with TABLE, a file (`-` for standard input) of
tab-separated rows `code<TAB>message[<TAB>category]` such as a copy of the platform's
error page, and prints the rows the catalogue lacks, the entries the table lacks, and the
changed messages and categories. Options may come before or after `check`.

Options:
  --format FORMAT    tsv (default), json, markdown (or md), openapi (an OpenAPI 3.1
                     document: the error schema, `errcode` any integer with the known codes
                     as examples (string codes: any string, the known ones an enum), and
                     an example per entry), json-schema
  --platform NAME    the platform's catalogue (default: {default})
  --catalogue FILE   a catalogue of your own: the TSV or JSON this command writes
  --lang TAG         check: compare the messages in this language (for a catalogue
                     whose default messages are in another language than the table)
  --allow-extra      check: entries the table lacks are listed but are not drift
  --json             check: the report as a JSON document, for a CI or a bot
  -h, --help         print this help

{platforms}
Exit status: 0 done, or no drift; 1 drift; 2 bad arguments, an unreadable file or a
malformed table.
",
        columns = COLUMN_NAMES.join(", "),
        default = PLATFORMS[0].name,
        platforms = platforms_help(),
    )
}

/// Runs `explain` with `args`.
pub fn run_explain(args: &[String]) -> Outcome {
    let tool = "explain";
    let args = match parse_args(args, &["lang", "platform", "catalogue"], &[]) {
        Ok(args) => args,
        Err(error) => return usage_error(tool, &error),
    };
    if args.help {
        return Outcome::out(0, explain_usage());
    }
    let lang = args.option("lang");
    if lang.is_some_and(|l| l.trim().is_empty()) {
        return usage_error(tool, "--lang needs a language tag, such as en or zh");
    }
    let platform = match choose(
        args.option("platform"),
        args.option("catalogue").map(Path::new),
        json_text::parse,
    ) {
        Ok(platform) => platform,
        Err(error) => return Outcome::error(tool, &error),
    };
    if let [body, rest @ ..] = args.operands.as_slice() {
        let chosen = (args.option("platform").is_some() || args.option("catalogue").is_some())
            .then_some(platform.name);
        let nested = body::read_nested(body, chosen);
        if let (true, [], Some(answer)) = (body::is_body(body), rest, nested) {
            return match answer {
                Ok(answer) => crate::tools::explain_answer(&answer, platform, |code, message| {
                    explain::explain(&Question {
                        platform,
                        chosen: args.option("platform").is_some()
                            || args.option("catalogue").is_some(),
                        code,
                        message,
                        lang,
                    })
                }),
                Err(error) => Outcome::error(tool, &error),
            };
        }
    }
    // A string code as written, for a catalogue of string codes (`"0001"` is not 1).
    let string_code = match args.operands.as_slice() {
        [body] if body::is_body(body) && platform.has_string_codes() => body::string_code(body),
        _ => None,
    };
    let (code, message) = match args.operands.as_slice() {
        [] => return usage_error(tool, "give a code, or a JSON body"),
        [body, rest @ ..] if body::is_body(body) => match (body::read_body(body), rest) {
            (Ok((_, message)), []) if string_code.is_some() => (
                Code::Str(string_code.as_deref().unwrap_or_default()),
                message,
            ),
            (Ok((code, message)), []) => (Code::Int(code), message),
            (Ok(_), [extra, ..]) => {
                return usage_error(
                    tool,
                    &format!("unexpected argument {extra:?}: the body holds the message"),
                )
            }
            (Err(error), _) => return Outcome::error(tool, &error),
        },
        // A code of the platform's kind: an integer, or a string code.
        [code] | [code, _] => match explain::read_code_argument(platform, code) {
            Ok(code) => (code, args.operands.get(1).cloned()),
            Err(error) => return usage_error(tool, &error),
        },
        [_, _, extra, ..] => {
            return usage_error(
                tool,
                &format!("unexpected argument {extra:?}: quote a message that has spaces"),
            )
        }
    };
    explain::explain(&Question {
        platform,
        chosen: args.option("platform").is_some() || args.option("catalogue").is_some(),
        code,
        message: message.as_deref(),
        lang,
    })
}

/// Runs `catalogue` with `args`: the export, or `check` when the first operand is `check`.
pub fn run_catalogue(args: &[String]) -> Outcome {
    let tool = "catalogue";
    let args = match parse_args(
        args,
        &["format", "platform", "catalogue", "lang"],
        &["allow-extra", "json"],
    ) {
        Ok(args) => args,
        Err(error) => return usage_error(tool, &error),
    };
    if args.help {
        return Outcome::out(0, catalogue_usage());
    }
    let check = args.operands.first().is_some_and(|o| o == "check");
    let platform = || {
        choose(
            args.option("platform"),
            args.option("catalogue").map(Path::new),
            json_text::parse,
        )
    };
    if check {
        let tool = "catalogue check";
        if args.option("format").is_some() {
            return usage_error(tool, "--format is for the export, not for check");
        }
        let path = match &args.operands[1..] {
            [path] => path,
            [] => return usage_error(tool, "give the table to check against"),
            [_, extra, ..] => return usage_error(tool, &format!("unexpected argument {extra:?}")),
        };
        let platform = match platform() {
            Ok(platform) => platform,
            Err(error) => return Outcome::error(tool, &error),
        };
        return match read_input(Path::new(path)).and_then(|table| {
            catalogue::check(
                platform,
                Path::new(path),
                &table,
                args.option("lang"),
                args.flag("allow-extra"),
                args.flag("json")
                    .then_some(json_text::to_pretty as catalogue::WriteJson),
            )
        }) {
            Ok(outcome) => outcome,
            Err(error) => Outcome::error(tool, &error),
        };
    }
    if let Some(operand) = args.operands.first() {
        return usage_error(
            tool,
            &format!("unexpected argument {operand:?}: expected `check` or nothing"),
        );
    }
    for (given, option) in [
        (args.option("lang").is_some(), "--lang"),
        (args.flag("allow-extra"), "--allow-extra"),
        (args.flag("json"), "--json"),
    ] {
        if given {
            return usage_error(tool, &format!("{option} is for `check`"));
        }
    }
    let format = match args.option("format").map(Format::parse) {
        None => Format::Tsv,
        Some(Ok(format)) => format,
        Some(Err(error)) => return usage_error(tool, &error),
    };
    match platform() {
        Ok(platform) => Outcome::out(0, catalogue::render(platform, format, json_text::to_pretty)),
        Err(error) => Outcome::error(tool, &error),
    }
}

/// Arguments split into options and operands.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Args {
    /// `-h` or `--help` was given.
    pub help: bool,
    /// The operands, in order.
    pub operands: Vec<String>,
    /// `--name value` and `--name=value` options, by name without the dashes.
    pub options: Vec<(&'static str, String)>,
    /// Flags without a value, by name without the dashes.
    pub flags: Vec<&'static str>,
}

impl Args {
    /// The value of option `name`.
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether flag `name` was given.
    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }
}

/// Splits `args`: `--name value` or `--name=value` for the names in `options`, `--name` for
/// those in `flags`, `-h`/`--help`, operands (a negative number such as `-1` or `-1.0` is
/// one), and `--`, after which everything is an operand. Options and operands come in any
/// order. Unknown options, a missing value and an option given twice are errors.
pub fn parse_args(
    args: &[String],
    options: &[&'static str],
    flags: &[&'static str],
) -> Result<Args, String> {
    let mut out = Args::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--" {
            out.operands.extend(args.by_ref().cloned());
            break;
        }
        if arg == "-h" || arg == "--help" {
            out.help = true;
            continue;
        }
        let is_number = arg.strip_prefix('-').is_some_and(|d| {
            d.starts_with(|c: char| c.is_ascii_digit())
                && d.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        });
        if !arg.starts_with('-') || arg == "-" || is_number {
            out.operands.push(arg.clone());
            continue;
        }
        let (name, inline) = match arg.strip_prefix("--").map(|a| a.split_once('=')) {
            Some(Some((name, value))) => (name, Some(value.to_owned())),
            Some(None) => (&arg[2..], None),
            None => return Err(format!("unknown option {arg:?}")),
        };
        if let Some(&flag) = flags.iter().find(|&&f| f == name) {
            if inline.is_some() {
                return Err(format!("--{flag} takes no value"));
            }
            if out.flags.contains(&flag) {
                return Err(format!("--{flag} is given twice"));
            }
            out.flags.push(flag);
            continue;
        }
        let Some(&name) = options.iter().find(|&&o| o == name) else {
            return Err(format!("unknown option {arg:?}"));
        };
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .cloned()
                .ok_or_else(|| format!("--{name} needs a value"))?,
        };
        if out.option(name).is_some() {
            return Err(format!("--{name} is given twice"));
        }
        out.options.push((name, value));
    }
    Ok(out)
}
