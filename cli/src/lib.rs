//! The program `platform-errors`: `explain`, `catalogue` and `check`, with every catalogue of
//! `platform-errors` built in (the default features).
//!
//! ```text
//! platform-errors explain 40100 "page_size is required"
//! platform-errors explain --platform wechat-mp '{"errcode":45009,"errmsg":"reach max api daily quota limit"}'
//! platform-errors catalogue --platform wecom --format openapi
//! platform-errors check --platform wecom --allow-extra wecom-page.tsv
//! platform-errors explain --catalogue feishu.tsv 99991663
//! ```
//!
//! The arguments are read with clap, JSON with serde_json, and a pasted answer with the
//! library's own wire (`ApiError`'s `Deserialize`). What the commands say is [`tools`],
//! shared with the root package's examples `explain` and `catalogue`, which read their
//! arguments and JSON without dependencies.
//!
//! This library is the program's front-end, for its tests; it is not a stable API.
//!
//! Exit status: 0 done; 1 a code the catalogue does not know, or drift; 2 bad input (unknown
//! options, unreadable files, malformed tables or JSON), or an output that could not be
//! written (`> /dev/full`), with one line on standard error. A closed standard output
//! (`platform-errors catalogue | head -1`) is no error: the rest of the text is dropped, the
//! status is the command's, and nothing panics.

use std::ffi::OsString;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Args, Parser, Subcommand};

mod body;
mod json_serde;
#[doc(hidden)]
pub mod tools;

pub use body::{read_body, read_nested};
use platform_errors::Code;
use tools::catalogue::{self, Format};
use tools::explain::{self, Question};
use tools::{choose, platforms_help, read_input, Outcome};

/// The program's name, at the start of its error lines.
const PROGRAM: &str = "platform-errors";

/// What an open platform's error code means, its whole catalogue, and its drift from the
/// platform's list of codes.
#[derive(Debug, Parser)]
#[command(
    name = "platform-errors",
    version,
    after_help = after_help(),
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// What an error code means: the entries with the code, or the one its message picks
    Explain(ExplainArgs),
    /// The whole catalogue as TSV, JSON, markdown, OpenAPI or JSON Schema; or `catalogue
    /// check TABLE`
    Catalogue(CatalogueArgs),
    /// The drift between the catalogue and a table of the platform's codes
    Check(CheckArgs),
}

/// Where the catalogue comes from.
#[derive(Debug, Args)]
struct Source {
    /// The platform's catalogue (see the list below) [default: qingtui]
    #[arg(long, value_name = "NAME", global = true)]
    platform: Option<String>,
    /// A catalogue of your own: the TSV or JSON that `catalogue --format tsv` or `--format
    /// json` writes
    #[arg(long, value_name = "FILE", global = true)]
    catalogue: Option<PathBuf>,
}

impl Source {
    fn platform(&self) -> Result<&'static tools::Platform, String> {
        choose(
            self.platform.as_deref(),
            self.catalogue.as_deref(),
            json_serde::read_json,
        )
    }

    fn chosen(&self) -> bool {
        self.platform.is_some() || self.catalogue.is_some()
    }
}

#[derive(Debug, Args)]
#[command(after_help = after_help())]
struct ExplainArgs {
    #[command(flatten)]
    source: Source,
    /// Show the messages in one language (en, zh, zh-CN, en-US, ...) instead of every one
    /// declared
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
    /// The code (40001, -1; a string code such as PARAM_ERROR for a catalogue of string
    /// codes), or a whole JSON answer such as '{"errcode": 40100, "errmsg": "page_size is
    /// required"}', read as the library reads it
    #[arg(value_name = "CODE|BODY", allow_negative_numbers = true)]
    code_or_body: String,
    /// The message the platform sent: matched whatever its case, its spacing, a trailing
    /// period or text appended after it
    #[arg(value_name = "MESSAGE")]
    message: Option<String>,
}

#[derive(Debug, Args)]
#[command(after_help = after_help())]
struct CatalogueArgs {
    #[command(flatten)]
    source: Source,
    /// tsv, json, markdown (or md), openapi (OpenAPI 3.1: `errcode` any integer, the known
    /// codes as examples; string codes any string, the known ones an enum), json-schema
    /// [default: tsv]
    #[arg(long, value_name = "FORMAT", value_parser = Format::parse)]
    format: Option<Format>,
    #[command(flatten)]
    options: CheckOptions,
    #[command(subcommand)]
    check: Option<CatalogueCommand>,
}

#[derive(Debug, Subcommand)]
enum CatalogueCommand {
    /// The drift between the catalogue and a table of the platform's codes (as `check`)
    #[command(after_help = after_help())]
    Check(Table),
}

#[derive(Debug, Args)]
#[command(after_help = after_help())]
struct CheckArgs {
    #[command(flatten)]
    source: Source,
    #[command(flatten)]
    options: CheckOptions,
    #[command(flatten)]
    table: Table,
}

/// The options of `check`, also before it: `catalogue --allow-extra check TABLE`.
#[derive(Debug, Args)]
struct CheckOptions {
    /// check: compare the messages in this language (for a catalogue whose default messages
    /// are in another language than the table)
    #[arg(long, value_name = "TAG", global = true)]
    lang: Option<String>,
    /// check: entries the table lacks are listed, but are not drift
    #[arg(long, global = true)]
    allow_extra: bool,
    /// check: the report as a JSON document (`drift`, `rows`, `entries`, `lang`, and
    /// `missing`, `extra` and `changed` with each row's line), for a CI or a bot
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Debug, Args)]
struct Table {
    /// The table, `-` for standard input: rows `code<TAB>message[<TAB>category]`, such as a
    /// copy of the platform's error page
    #[arg(value_name = "TABLE")]
    table: PathBuf,
}

/// The platforms, and the exit statuses.
fn after_help() -> String {
    platforms_help()
        + "\nExit status: 0 done; 1 a code the catalogue does not know, or drift; 2 bad input\n\
           (arguments, files, tables, JSON), or an output that could not be written."
}

/// Runs the program with `args`, the program's name first.
pub fn run<I, T>(args: I) -> Outcome
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return clap_outcome(&error, &args),
    };
    match cli.command {
        Command::Explain(args) => run_explain(&args),
        Command::Catalogue(CatalogueArgs {
            source,
            format,
            options,
            check: Some(CatalogueCommand::Check(table)),
        }) => {
            let tool = "platform-errors catalogue check";
            if format.is_some() {
                return Outcome::error(
                    tool,
                    "--format is for the export, not for check (see `platform-errors catalogue --help`)",
                );
            }
            run_check(tool, &source, &options, &table)
        }
        Command::Catalogue(CatalogueArgs {
            source,
            format,
            options,
            check: None,
        }) => {
            let tool = "platform-errors catalogue";
            if options.lang.is_some() || options.allow_extra || options.json {
                return Outcome::error(
                    tool,
                    "--lang, --allow-extra and --json are for `catalogue check TABLE` (see `platform-errors catalogue --help`)",
                );
            }
            match source.platform() {
                Ok(platform) => Outcome::out(
                    0,
                    catalogue::render(
                        platform,
                        format.unwrap_or(Format::Tsv),
                        json_serde::write_json,
                    ),
                ),
                Err(error) => Outcome::error(tool, &error),
            }
        }
        Command::Check(CheckArgs {
            source,
            options,
            table,
        }) => run_check("platform-errors check", &source, &options, &table),
    }
}

fn run_explain(args: &ExplainArgs) -> Outcome {
    let tool = "platform-errors explain";
    if args.lang.as_deref().is_some_and(|l| l.trim().is_empty()) {
        return Outcome::error(tool, "--lang needs a language tag, such as en or zh");
    }
    let platform = match args.source.platform() {
        Ok(platform) => platform,
        Err(error) => return Outcome::error(tool, &error),
    };
    // A string code as written, for a catalogue of string codes (`"0001"` is not 1).
    let string_code = body::is_body(&args.code_or_body)
        .then(|| body::string_code(&args.code_or_body))
        .flatten()
        .filter(|_| platform.has_string_codes());
    let (code, message) = if body::is_body(&args.code_or_body) {
        if let Some(extra) = &args.message {
            return Outcome::error(
                tool,
                &format!("unexpected argument {extra:?}: the body holds the message"),
            );
        }
        let chosen = args.source.chosen().then_some(platform.name);
        if let Some(answer) = body::read_nested(&args.code_or_body, chosen) {
            return match answer {
                Ok(answer) => tools::explain_answer(&answer, platform, |code, message| {
                    explain::explain(&Question {
                        platform,
                        chosen: args.source.chosen(),
                        code,
                        message,
                        lang: args.lang.as_deref(),
                    })
                }),
                Err(error) => Outcome::error(tool, &error),
            };
        }
        match (read_body(&args.code_or_body), string_code.as_deref()) {
            (Ok((_, message)), Some(text)) => (Code::Str(text), message),
            (Ok((code, message)), None) => (Code::Int(code), message),
            (Err(error), _) => return Outcome::error(tool, &error),
        }
    } else {
        // A code of the platform's kind: an integer, or a string code.
        match explain::read_code_argument(platform, &args.code_or_body) {
            Ok(code) => (code, args.message.clone()),
            Err(error) => return Outcome::error(tool, &error),
        }
    };
    explain::explain(&Question {
        platform,
        chosen: args.source.chosen(),
        code,
        message: message.as_deref(),
        lang: args.lang.as_deref(),
    })
}

fn run_check(tool: &str, source: &Source, options: &CheckOptions, table: &Table) -> Outcome {
    let platform = match source.platform() {
        Ok(platform) => platform,
        Err(error) => return Outcome::error(tool, &error),
    };
    match read_input(&table.table).and_then(|text| {
        catalogue::check(
            platform,
            &table.table,
            &text,
            options.lang.as_deref(),
            options.allow_extra,
            options
                .json
                .then_some(json_serde::write_json as catalogue::WriteJson),
        )
    }) {
        Ok(outcome) => outcome,
        Err(error) => Outcome::error(tool, &error),
    }
}

/// The command the arguments name, for "see `... --help`": the program, and the subcommand
/// (`explain`, `catalogue`, `check`, `catalogue check`) where one is given.
fn command_of(args: &[OsString]) -> String {
    let mut words = args
        .iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .filter(|arg| !arg.starts_with('-'));
    let mut command = PROGRAM.to_owned();
    match words.next() {
        Some(sub @ ("explain" | "check")) => {
            command += " ";
            command += sub;
        }
        Some("catalogue") => {
            command += " catalogue";
            if words.any(|word| word == "check") {
                command += " check";
            }
        }
        _ => {}
    }
    command
}

/// What clap reports: help and version on standard output with status 0; any error as one
/// line, with clap's tip when it has one, the arguments it names on lines of their own
/// (a missing `<TABLE>`), and the command whose help to see, with status 2.
fn clap_outcome(error: &clap::Error, args: &[OsString]) -> Outcome {
    let rendered = error.render().to_string();
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Outcome::out(0, rendered),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            Outcome::error(
                PROGRAM,
                "give a command: explain, catalogue or check (see `platform-errors --help`)",
            )
        }
        _ => {
            let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
            let what = lines
                .next()
                .unwrap_or("bad arguments")
                .trim_start_matches("error: ");
            let mut line = what.to_owned();
            let mut command = command_of(args);
            let mut named = Vec::new();
            for rest in lines {
                if let Some(tip) = rest.strip_prefix("tip: ") {
                    line += "; ";
                    line += tip;
                } else if rest.starts_with('<') || rest.starts_with("--") {
                    // What "the following required arguments were not provided:" lists.
                    named.push(rest);
                } else if let Some(usage) = rest.strip_prefix("Usage: ") {
                    // `platform-errors explain [OPTIONS] ...`: the words before the first
                    // option or operand name the command.
                    command = usage
                        .split(' ')
                        .take_while(|w| !w.starts_with(['[', '<', '-']))
                        .collect::<Vec<_>>()
                        .join(" ");
                }
            }
            if !named.is_empty() {
                line = format!("{} {}", line.trim_end(), named.join(", "));
            }
            Outcome::error(PROGRAM, &format!("{line} (see `{command} --help`)"))
        }
    }
}

/// The program: runs with the process's arguments and prints the outcome
/// ([`Outcome::print`]: a closed standard output drops the rest of the text quietly; any
/// other failure to write it is status 2).
pub fn main() -> ExitCode {
    let outcome = run(std::env::args_os());
    let status = outcome.print(PROGRAM, &mut io::stdout().lock(), &mut io::stderr().lock());
    ExitCode::from(status)
}
