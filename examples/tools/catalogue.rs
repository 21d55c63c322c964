//! `catalogue`: a platform's whole catalogue as a table (TSV, JSON, markdown) or an OpenAPI
//! fragment; `catalogue check`: the drift between it and a table of the platform's codes.

use platform_errors::{drift, Entry};

use super::json::Value;
use super::{parse_args, platform, platform_names, Outcome, Platform, PLATFORMS};

/// One cell of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// A number (a JSON number).
    Int(i64),
    /// Text (a JSON string).
    Text(&'static str),
    /// Text made for the entry (a JSON string): its reason, its documentation link.
    Owned(String),
    /// Nothing declared: empty in TSV and markdown, `null` in JSON.
    None,
}

impl Cell {
    fn text(text: Option<&'static str>) -> Cell {
        text.map_or(Cell::None, Cell::Text)
    }

    /// The cell as TSV and markdown write it.
    pub fn into_text(self) -> String {
        match self {
            Cell::Int(n) => n.to_string(),
            Cell::Text(text) => text.to_owned(),
            Cell::Owned(text) => text,
            Cell::None => String::new(),
        }
    }

    fn into_json(self) -> Value {
        match self {
            Cell::Int(n) => Value::int(n),
            Cell::Text(text) => Value::str(text),
            Cell::Owned(text) => Value::str(&text),
            Cell::None => Value::Null,
        }
    }
}

/// A column of the catalogue: its name and how an entry fills it.
pub struct Column {
    /// The header, and the key in JSON.
    pub name: &'static str,
    /// The cell of an entry.
    pub cell: fn(&Entry) -> Cell,
}

/// The columns, in the order every format writes them. A new field of `Entry` is one more
/// line here.
pub const COLUMNS: &[Column] = &[
    Column {
        name: "category",
        cell: |e| Cell::text(e.category()),
    },
    Column {
        name: "code",
        cell: |e| Cell::Int(e.code().as_i64().unwrap_or_default()),
    },
    Column {
        name: "variant",
        cell: |e| Cell::Text(e.name()),
    },
    Column {
        name: "message",
        cell: |e| Cell::Text(e.message()),
    },
    Column {
        name: "message_en",
        cell: |e| Cell::text(e.message_in("en")),
    },
    Column {
        name: "message_zh",
        cell: |e| Cell::text(e.message_in("zh")),
    },
    Column {
        name: "advice",
        cell: |e| Cell::Text(e.advice().as_str()),
    },
    Column {
        name: "reason",
        cell: |e| Cell::Owned(e.reason().to_string()),
    },
    Column {
        name: "docs_url",
        cell: |e| {
            e.docs_url()
                .map_or(Cell::None, |url| Cell::Owned(url.to_string()))
        },
    },
    Column {
        name: "http_status",
        cell: |e| {
            e.http_status()
                .map_or(Cell::None, |status| Cell::Int(i64::from(status)))
        },
    },
];

/// The column names, in order.
pub const COLUMN_NAMES: [&str; COLUMNS.len()] = {
    let mut names = [""; COLUMNS.len()];
    let mut i = 0;
    while i < COLUMNS.len() {
        names[i] = COLUMNS[i].name;
        i += 1;
    }
    names
};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Tab-separated values with a header row.
    Tsv,
    /// An array of objects, keys in column order.
    Json,
    /// A markdown table under a title (what `CATALOGUE.md` holds).
    Markdown,
    /// An OpenAPI 3 `components` fragment: the error schema and an example per entry.
    OpenApi,
}

impl Format {
    /// The format named `name` (ASCII case-insensitively; `md` is markdown).
    pub fn parse(name: &str) -> Result<Format, String> {
        match name.trim().to_ascii_lowercase().as_str() {
            "tsv" => Ok(Format::Tsv),
            "json" => Ok(Format::Json),
            "markdown" | "md" => Ok(Format::Markdown),
            "openapi" => Ok(Format::OpenApi),
            _ => Err(format!(
                "unknown format {name:?}: expected tsv, json, markdown or openapi"
            )),
        }
    }
}

/// The usage text `--help` prints.
pub fn usage() -> String {
    format!(
        "\
usage: catalogue [--format FORMAT] [--platform NAME]
       catalogue check [--lang TAG] [--allow-extra] [--platform NAME] TABLE

Prints a platform's whole catalogue, one row per entry, with the columns
{columns}.

`check` compares the catalogue with TABLE, a file (`-` for standard input) of
tab-separated rows `code<TAB>message[<TAB>category]` such as a copy of the platform's
error page, and prints the rows the catalogue lacks, the entries the table lacks, and the
changed messages and categories.

Options:
  --format FORMAT    tsv (default), json, markdown (or md), openapi: an OpenAPI 3
                     components fragment with the error schema and an example per entry
  --platform NAME    {platforms} (default: {default})
  --lang TAG         check: compare the messages in this language (for a catalogue
                     whose default messages are in another language than the table)
  --allow-extra      check: entries the table lacks are listed but are not drift
  -h, --help         print this help

Exit status: 0 done, or no drift; 1 drift; 2 bad arguments or an unreadable table.
",
        columns = COLUMN_NAMES.join(", "),
        platforms = platform_names(),
        default = PLATFORMS[0].name,
    )
}

/// Runs `catalogue` with `args`; `catalogue check ...` runs [`check`].
pub fn run(args: &[String]) -> Outcome {
    if args.first().is_some_and(|a| a == "check") {
        return check(&args[1..]);
    }
    let args = match parse_args(args, &["format", "platform"], &[]) {
        Ok(args) => args,
        Err(error) => return Outcome::usage_error("catalogue", &error),
    };
    if args.help {
        return Outcome::out(0, usage());
    }
    if let Some(operand) = args.operands.first() {
        return Outcome::usage_error("catalogue", &format!("unexpected argument {operand:?}"));
    }
    let format = match args.option("format").map(Format::parse) {
        None => Format::Tsv,
        Some(Ok(format)) => format,
        Some(Err(error)) => return Outcome::usage_error("catalogue", &error),
    };
    match args
        .option("platform")
        .map(platform)
        .unwrap_or(Ok(&PLATFORMS[0]))
    {
        Ok(platform) => Outcome::out(0, render(platform, format)),
        Err(error) => Outcome::usage_error("catalogue", &error),
    }
}

/// `catalogue check`: the drift between the catalogue and a table.
pub fn check(args: &[String]) -> Outcome {
    let tool = "catalogue check";
    let args = match parse_args(args, &["lang", "platform"], &["allow-extra"]) {
        Ok(args) => args,
        Err(error) => return Outcome::usage_error(tool, &error),
    };
    if args.help {
        return Outcome::out(0, usage());
    }
    let path = match args.operands.as_slice() {
        [path] => path,
        [] => return Outcome::usage_error(tool, "give the table to check against"),
        [_, extra, ..] => {
            return Outcome::usage_error(tool, &format!("unexpected argument {extra:?}"))
        }
    };
    let platform = match args.option("platform").map(platform) {
        None => &PLATFORMS[0],
        Some(Ok(platform)) => platform,
        Some(Err(error)) => return Outcome::usage_error(tool, &error),
    };
    let table = if path == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    };
    let table = match table {
        Ok(table) => table,
        Err(error) => return Outcome::usage_error(tool, &format!("cannot read {path}: {error}")),
    };
    let rows = match drift::parse(&table) {
        Ok(rows) => rows,
        Err(error) => return Outcome::usage_error(tool, &format!("{path}: {error}")),
    };
    let report = drift::compare_rows(platform.entries, &rows, args.option("lang"));
    let drifted = !report.missing.is_empty()
        || !report.changed.is_empty()
        || (!report.extra.is_empty() && !args.flag("allow-extra"));
    Outcome::out(u8::from(drifted), report.to_string())
}

/// The whole catalogue of `platform` in `format`.
pub fn render(platform: &Platform, format: Format) -> String {
    let rows = || {
        platform
            .entries
            .iter()
            .map(|entry| COLUMNS.iter().map(move |c| (c.name, (c.cell)(entry))))
    };
    match format {
        Format::Tsv => {
            let mut out = COLUMN_NAMES.join("\t") + "\n";
            for row in rows() {
                let cells: Vec<String> = row.map(|(_, cell)| tsv_cell(&cell.into_text())).collect();
                out += &(cells.join("\t") + "\n");
            }
            out
        }
        Format::Json => Value::Array(
            rows()
                .map(|row| {
                    Value::Object(
                        row.map(|(name, cell)| (name.to_owned(), cell.into_json()))
                            .collect(),
                    )
                })
                .collect(),
        )
        .to_pretty(),
        Format::Markdown => {
            let mut out = format!(
                "# The {} error catalogue\n\n{}\n\n",
                platform.title, platform.about
            );
            out += &format!("| {} |\n", COLUMN_NAMES.join(" | "));
            out += &format!("|{}\n", "---|".repeat(COLUMNS.len()));
            for row in rows() {
                let cells: Vec<String> = row
                    .map(|(_, cell)| markdown_cell(&cell.into_text()))
                    .collect();
                out += &format!("| {} |\n", cells.join(" | "));
            }
            out
        }
        Format::OpenApi => openapi(platform).to_pretty(),
    }
}

/// TSV has no quoting: tabs and line breaks inside a cell become spaces.
fn tsv_cell(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// Escapes what would break a markdown table cell.
fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace(['\n', '\r'], " ")
}

/// An OpenAPI 3 `components` fragment: the platform's error schema, whose `errcode` lists
/// every code, and one example per entry, its columns under `x-catalogue`.
pub fn openapi(platform: &Platform) -> Value {
    let mut codes: Vec<i64> = Vec::new();
    for entry in platform.entries {
        let code = entry.code().as_i64().unwrap_or_default();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let obj = |members: Vec<(&str, Value)>| {
        Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    };
    let schema = obj(vec![
        ("type", Value::str("object")),
        (
            "description",
            Value::String(format!(
                "An error answer of the {} open platform: {} codes, {} entries (see the examples).",
                platform.title,
                codes.len(),
                platform.entries.len()
            )),
        ),
        ("required", Value::Array(vec![Value::str("errcode")])),
        (
            "properties",
            obj(vec![
                (
                    "errcode",
                    obj(vec![
                        ("type", Value::str("integer")),
                        ("format", Value::str("int64")),
                        ("description", Value::str("The code of the error.")),
                        (
                            "enum",
                            Value::Array(codes.iter().map(|&c| Value::int(c)).collect()),
                        ),
                    ]),
                ),
                (
                    "errmsg",
                    obj(vec![
                        ("type", Value::str("string")),
                        (
                            "description",
                            Value::str("The platform's message for the code."),
                        ),
                    ]),
                ),
            ]),
        ),
    ]);
    let mut examples: Vec<(String, Value)> = Vec::new();
    for entry in platform.entries {
        let mut key: String = match entry.category() {
            Some(category) => format!("{category}.{}", entry.name()),
            None => entry.name().to_owned(),
        }
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
        let base = key.clone();
        let mut n = 1;
        while examples.iter().any(|(k, _)| *k == key) {
            n += 1;
            key = format!("{base}.{n}");
        }
        let summary = format!(
            "{} {}: {}",
            entry.code(),
            entry.name(),
            entry.message_in("en").unwrap_or(entry.message())
        );
        let columns = COLUMNS
            .iter()
            .map(|c| (c.name.to_owned(), (c.cell)(entry).into_json()));
        let example = obj(vec![
            ("summary", Value::String(summary)),
            (
                "description",
                Value::String(format!(
                    "advice: {} ({})",
                    entry.advice(),
                    entry.advice().describe()
                )),
            ),
            (
                "value",
                obj(vec![
                    (
                        "errcode",
                        Value::int(entry.code().as_i64().unwrap_or_default()),
                    ),
                    ("errmsg", Value::str(entry.message())),
                ]),
            ),
            ("x-catalogue", Value::Object(columns.collect())),
        ]);
        examples.push((key, example));
    }
    obj(vec![(
        "components",
        obj(vec![
            (
                "schemas",
                Value::Object(vec![(platform.schema.to_owned(), schema)]),
            ),
            ("examples", Value::Object(examples)),
        ]),
    )])
}
