//! `catalogue`: a platform's whole catalogue as a table (TSV, JSON, markdown), an OpenAPI
//! document or a JSON Schema; `check`: the drift between it and a table of the platform's
//! codes.

use std::path::Path;

use platform_errors::{drift, Code, Entry};

use super::json::Value;
use super::{Outcome, Platform};

/// Writes a JSON value as text, indented, ending with a newline: each front-end has its
/// writer.
pub type WriteJson = fn(&Value) -> String;

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

/// The cell of a code: a number, or a string code's text.
fn code_cell(code: Code<'static>) -> Cell {
    match code {
        Code::Int(code) => Cell::Int(code),
        Code::Str(code) => Cell::Text(code),
    }
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
        cell: |e| code_cell(e.code()),
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
    /// An OpenAPI 3.1 document: the error schema, whose `errcode` is any integer with the
    /// known codes as examples (for a catalogue of string codes, any string, the known codes
    /// an `enum` beside it), and an example per entry.
    OpenApi,
    /// A JSON Schema (2020-12) of the error answer, `errcode` as in `OpenApi`.
    JsonSchema,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 5] = [
        Format::Tsv,
        Format::Json,
        Format::Markdown,
        Format::OpenApi,
        Format::JsonSchema,
    ];

    /// The name `--format` takes.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Tsv => "tsv",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::OpenApi => "openapi",
            Format::JsonSchema => "json-schema",
        }
    }

    /// The format named `name` (ASCII case-insensitively; `md` is markdown).
    pub fn parse(name: &str) -> Result<Format, String> {
        let wanted = name.trim().to_ascii_lowercase();
        if wanted == "md" {
            return Ok(Format::Markdown);
        }
        Format::ALL
            .into_iter()
            .find(|f| f.name() == wanted)
            .ok_or_else(|| {
                format!(
                    "unknown format {name:?}: expected tsv, json, markdown, openapi or json-schema"
                )
            })
    }
}

/// `check`: the drift between the catalogue and `table`, the text of `path` (rows
/// `code<TAB>message[<TAB>category]`, codes of the catalogue's kind: integers, or string
/// codes such as `PARAM_ERROR`), comparing the messages in `lang` if given. Status 1 for
/// drift, 0 for none; entries the table lacks are drift unless `allow_extra`. The report is
/// text, or with `json` (`--json`) a JSON document ([`drift_json`]) that `json` writes.
///
/// # Errors
/// A table that does not parse, or a string code against a catalogue of integer codes: the
/// file and the line, and what is wrong. A `lang` no entry has a message in.
pub fn check(
    platform: &Platform,
    path: &Path,
    table: &str,
    lang: Option<&str>,
    allow_extra: bool,
    json: Option<WriteJson>,
) -> Result<Outcome, String> {
    // A language no entry has a message in would compare every row with the default
    // messages, and a typo (`--lang ne`) would report the whole table as drift. (A catalogue
    // that declares no language, a file with a `message` column only, compares its default
    // messages, whatever their language.)
    if let Some(lang) = lang {
        let declares_languages = platform
            .entries
            .iter()
            .any(|e| !e.translations().is_empty());
        if declares_languages
            && !platform
                .entries
                .iter()
                .any(|e| e.message_in(lang).is_some())
        {
            return Err(format!(
                "--lang {lang}: no entry of the catalogue has a message in this language (its languages: {})",
                platform.langs.join(", ")
            ));
        }
    }
    // The table is read for the catalogue: string codes compare with a catalogue of string
    // codes, and are an error against one of integers (a typo such as `4OOO1`, not a row the
    // catalogue lacks).
    let rows = drift::parse_for(platform.entries, table)
        .map_err(|error| format!("{}: {error}", path.display()))?;
    // A row under another spelling of a code (WeChat Pay's `ORDERNOTEXIST`) answers the
    // code's entry, as `explain` finds it (`drift::compare_catalogue` in the library).
    let report = drift::compare_rows_with_lookup(platform.entries, &rows, lang, |code| {
        platform.code_of(code)
    });
    let drifted = !report.missing.is_empty()
        || !report.changed.is_empty()
        || (!report.extra.is_empty() && !allow_extra);
    let out = match json {
        Some(write) => write(&drift_json(
            &report,
            rows.len(),
            platform.entries.len(),
            lang,
            drifted,
        )),
        None => report.to_string(),
    };
    Ok(Outcome::out(u8::from(drifted), out))
}

/// The drift as a JSON document, for a CI's annotations or a bot: `drift` (what the exit
/// status says), the counts, `lang`, and each difference with the table's line:
///
/// ```json
/// {"drift": true, "rows": 2, "entries": 2, "lang": null,
///  "missing": [{"line": 2, "code": 45009, "message": "...", "category": null}],
///  "extra": [{"code": 40001, "name": "BadToken", "message": "...", "category": null}],
///  "changed": [{"line": 1, "code": -1, "name": "SystemBusy",
///               "table": {"message": "...", "category": null},
///               "catalogue": {"message": "...", "category": null}}]}
/// ```
///
/// `changed`'s messages are the ones compared (the translation `lang` names, where given);
/// both sides' categories are given, differing or not.
#[must_use]
pub fn drift_json(
    report: &drift::Drift,
    rows: usize,
    entries: usize,
    lang: Option<&str>,
    drifted: bool,
) -> Value {
    let text = |text: Option<&str>| text.map_or(Value::Null, Value::str);
    let row_code = |code: &drift::RowCode| match code {
        drift::RowCode::Int(number) => Value::int(*number),
        drift::RowCode::Str(text) => Value::str(text),
    };
    let entry_code = |entry: &Entry| code_cell(entry.code()).into_json();
    let member = |name: &str, value: Value| (name.to_owned(), value);
    let missing = report
        .missing
        .iter()
        .map(|row| {
            Value::Object(vec![
                member("line", Value::Number(row.line.to_string())),
                member("code", row_code(&row.code)),
                member("message", Value::str(&row.message)),
                member("category", text(row.category.as_deref())),
            ])
        })
        .collect();
    let extra = report
        .extra
        .iter()
        .map(|entry| {
            let message = lang
                .and_then(|lang| entry.message_in(lang))
                .unwrap_or(entry.message());
            Value::Object(vec![
                member("code", entry_code(entry)),
                member("name", Value::str(entry.name())),
                member("message", Value::str(message)),
                member("category", text(entry.category())),
            ])
        })
        .collect();
    let changed = report
        .changed
        .iter()
        .map(|changed| {
            let side = |message: &str, category: Option<&str>| {
                Value::Object(vec![
                    member("message", Value::str(message)),
                    member("category", text(category)),
                ])
            };
            Value::Object(vec![
                member("line", Value::Number(changed.row.line.to_string())),
                member("code", row_code(&changed.row.code)),
                member("name", Value::str(changed.entry.name())),
                member(
                    "table",
                    side(&changed.row.message, changed.row.category.as_deref()),
                ),
                member("catalogue", side(changed.message, changed.entry.category())),
            ])
        })
        .collect();
    Value::Object(vec![
        member("drift", Value::Bool(drifted)),
        member("rows", Value::Number(rows.to_string())),
        member("entries", Value::Number(entries.to_string())),
        member("lang", text(lang)),
        member("missing", Value::Array(missing)),
        member("extra", Value::Array(extra)),
        member("changed", Value::Array(changed)),
    ])
}

/// The whole catalogue of `platform` in `format`.
pub fn render(platform: &Platform, format: Format, write_json: WriteJson) -> String {
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
        Format::Json => write_json(&Value::Array(
            rows()
                .map(|row| {
                    Value::Object(
                        row.map(|(name, cell)| (name.to_owned(), cell.into_json()))
                            .collect(),
                    )
                })
                .collect(),
        )),
        Format::Markdown => {
            let mut out = format!("# {}\n\n{}\n\n", platform.heading(), platform.about);
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
        Format::OpenApi => write_json(&openapi(platform)),
        Format::JsonSchema => write_json(&json_schema(platform)),
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

/// An object of `members`, in order.
fn obj(members: Vec<(&str, Value)>) -> Value {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// Every code once, in the catalogue's order.
fn codes(platform: &Platform) -> Vec<Code<'static>> {
    let mut codes: Vec<Code<'static>> = Vec::new();
    for entry in platform.entries {
        let code = entry.code();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// A code as a JSON value: a number, or a string.
fn code_json(code: Code<'_>) -> Value {
    match code {
        Code::Int(code) => Value::int(code),
        Code::Str(code) => Value::str(code),
    }
}

/// The schema of an answer's code. Integer codes: any integer, the known codes as examples.
/// String codes: any string, `anyOf` the known codes (an `enum`, which generators of clients
/// read as the named values) or any other. A platform adds codes, and clients must accept
/// them: never a closed `enum`.
fn code_schema(platform: &Platform, codes: &[Code<'static>]) -> Value {
    let values = || Value::Array(codes.iter().map(|&c| code_json(c)).collect());
    let success = match platform.success {
        Some(code) => format!("{code} means success"),
        None => "an answer without a code is a success".to_owned(),
    };
    let description = Value::String(format!(
        "The code of the error: one of the known codes or another, which a client must accept; \
         {success}."
    ));
    if platform.has_string_codes() {
        obj(vec![
            ("type", Value::str("string")),
            ("description", description),
            (
                "anyOf",
                Value::Array(vec![
                    obj(vec![
                        ("enum", values()),
                        (
                            "description",
                            Value::str("A code the catalogue knows, as it declares it."),
                        ),
                    ]),
                    obj(vec![(
                        "description",
                        Value::str(
                            "A code the catalogue does not list (another spelling, or a new \
                             code): any string.",
                        ),
                    )]),
                ]),
            ),
        ])
    } else {
        obj(vec![
            ("type", Value::str("integer")),
            ("format", Value::str("int64")),
            ("description", description),
            ("examples", values()),
        ])
    }
}

/// The schema of an error answer: an object with the code ([`code_schema`]) and the message.
/// Valid in OpenAPI 3.1 and JSON Schema 2020-12.
fn error_schema(platform: &Platform) -> Vec<(&'static str, Value)> {
    let codes = codes(platform);
    vec![
        ("type", Value::str("object")),
        (
            "description",
            Value::String(format!(
                "An error answer of {}: {} known codes, {} entries (see {}). The \
                 platform may send codes the catalogue does not list yet.",
                platform.title,
                codes.len(),
                platform.entries.len(),
                if platform.has_string_codes() {
                    "the code's enum"
                } else {
                    "the examples"
                }
            )),
        ),
        (
            "required",
            Value::Array(vec![Value::str(platform.code_field)]),
        ),
        (
            "properties",
            Value::Object(vec![
                (
                    platform.code_field.to_owned(),
                    code_schema(platform, &codes),
                ),
                (
                    platform.message_field.to_owned(),
                    obj(vec![
                        // `null` too: platforms send it, and the library reads it as empty.
                        (
                            "type",
                            Value::Array(vec![Value::str("string"), Value::str("null")]),
                        ),
                        (
                            "description",
                            Value::str("The platform's message for the code."),
                        ),
                    ]),
                ),
            ]),
        ),
    ]
}

/// An OpenAPI 3.1 document: `info`, the platform's error schema under
/// `components.schemas`, and one example per entry under `components.examples`, its columns
/// under `x-catalogue`.
pub fn openapi(platform: &Platform) -> Value {
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
                Value::Object(vec![
                    (platform.code_field.to_owned(), code_json(entry.code())),
                    (
                        platform.message_field.to_owned(),
                        Value::str(entry.message()),
                    ),
                ]),
            ),
            ("x-catalogue", Value::Object(columns.collect())),
        ]);
        examples.push((key, example));
    }
    obj(vec![
        ("openapi", Value::str("3.1.0")),
        (
            "info",
            obj(vec![
                ("title", Value::String(platform.heading())),
                ("version", Value::str(env!("CARGO_PKG_VERSION"))),
            ]),
        ),
        (
            "components",
            obj(vec![
                (
                    "schemas",
                    Value::Object(vec![(
                        platform.schema.to_owned(),
                        obj(error_schema(platform)),
                    )]),
                ),
                ("examples", Value::Object(examples)),
            ]),
        ),
    ])
}

/// A JSON Schema (2020-12) of the platform's error answer.
pub fn json_schema(platform: &Platform) -> Value {
    let mut members = vec![
        (
            "$schema",
            Value::str("https://json-schema.org/draft/2020-12/schema"),
        ),
        ("title", Value::str(platform.schema)),
    ];
    members.extend(error_schema(platform));
    obj(members)
}
