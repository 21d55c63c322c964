//! The one table of attribute keys: every key of `#[platform(...)]`, and `#[code]`,
//! `#[message]`, `#[advice]`, `#[from]`, `#[source]`, with where it may appear, how its value
//! is read and the hint shown when it is misused. The parser (`attr`), the error that lists
//! the valid keys and the rustdoc's attribute table (`attributes.md`) all read it.

/// Where attributes sit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Position {
    /// On an enum that derives `PlatformError`.
    Enum,
    /// On a struct that derives `PlatformError`: type and variant keys both apply.
    Struct,
    /// On a variant of a derived enum.
    Variant,
    /// On a field of a derived type.
    Field,
    /// On an enum in `define_codes!`.
    DslEnum,
    /// On a variant in `define_codes!`.
    DslVariant,
    /// `#![platform(...)]` at the top of a `define_codes!` invocation.
    DslInvocation,
}

impl Position {
    const fn bit(self) -> u8 {
        1 << self as u8
    }

    pub(crate) fn describe(self) -> &'static str {
        match self {
            Position::Enum => "an enum",
            Position::Struct => "a struct",
            Position::Variant => "a variant",
            Position::Field => "a field",
            Position::DslEnum => "an enum in `define_codes!`",
            Position::DslVariant => "a variant in `define_codes!`",
            Position::DslInvocation => "a `define_codes!` invocation (`#![platform(...)]`)",
        }
    }
}

/// A set of positions.
#[derive(Clone, Copy)]
pub(crate) struct Places(u8);

const fn places(list: &[Position]) -> Places {
    let mut bits = 0;
    let mut i = 0;
    while i < list.len() {
        bits |= list[i].bit();
        i += 1;
    }
    Places(bits)
}

use Position::{DslEnum, DslInvocation, DslVariant, Enum, Field, Struct, Variant};

const TYPE: &[Position] = &[Enum, Struct, DslEnum];

impl Places {
    pub(crate) fn contains(self, position: Position) -> bool {
        self.0 & position.bit() != 0
    }
}

/// The keys. Adding one: a variant here, a row in [`KEYS`], and its use in `model`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum KeyId {
    Code,
    Message,
    Advice,
    Category,
    Shared,
    Lang,
    Crate,
    Exhaustive,
    Transparent,
    Unknown,
    Local,
    Serde,
    Envelope,
    Reason,
    Docs,
    HttpStatus,
    Debug,
    From,
    Source,
}

/// How a key is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// An attribute of its own: `#[code(40001)]`, `#[from]`.
    Own,
    /// A key inside `#[platform(...)]`.
    Platform,
}

/// How a key's value is read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueKind {
    /// No value: the key's presence.
    Flag,
    /// `key = "text"`.
    Str,
    /// `key = path`.
    Path,
    /// `(40001)`: one code.
    Code,
    /// `key(40100, -1)`: a list of codes.
    Codes,
    /// `("text", zh = "译文")`.
    Message,
    /// `(kind)`: one kind of advice.
    Advice,
}

pub(crate) struct Key {
    pub(crate) id: KeyId,
    pub(crate) name: &'static str,
    pub(crate) syntax: Syntax,
    pub(crate) places: Places,
    pub(crate) value: ValueKind,
    /// The key as written, for the docs and for hints.
    pub(crate) example: &'static str,
    /// What it does, for the rustdoc table (`attributes.md`, checked by a test).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) doc: &'static str,
    /// Said when the key is written where it does not apply.
    pub(crate) hint: &'static str,
}

/// Every key. The order is the order of the rustdoc table.
pub(crate) const KEYS: &[Key] = &[
    Key {
        id: KeyId::Code,
        name: "code",
        syntax: Syntax::Own,
        places: places(&[Struct, Variant]),
        value: ValueKind::Code,
        example: "#[code(40001)]",
        doc: "the code the platform sends: an integer literal within `i64`, negative allowed",
        hint: "`#[code]` goes on a variant or a struct; in `define_codes!`, write the code after the name: `Name = 40001 => \"message\"`",
    },
    Key {
        id: KeyId::Message,
        name: "message",
        syntax: Syntax::Own,
        places: places(&[Struct, Variant]),
        value: ValueKind::Message,
        example: "#[message(\"text {field}\", zh = \"译文 {field}\")]",
        doc: "the default message, what `Display` shows, with `format!` placeholders naming fields; named strings are translations for `message_in`",
        hint: "`#[message]` goes on a variant or a struct; in `define_codes!`, write the message after the code: `Name = 40001 => \"message\"`",
    },
    Key {
        id: KeyId::Advice,
        name: "advice",
        syntax: Syntax::Own,
        places: places(&[Enum, Struct, Variant, DslEnum, DslVariant]),
        value: ValueKind::Advice,
        example: "#[advice(refresh_token)]",
        doc: "what `advice()` returns: `none` (the default), `retry`, `refresh_token`, `reauthenticate`, `throttle`, `fix_request` or `check_config`; on the type, the default of every variant",
        hint: "`#[advice]` goes on the type or on a variant",
    },
    Key {
        id: KeyId::Category,
        name: "category",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Str,
        example: "#[platform(category = \"org\")]",
        doc: "what `category()` returns",
        hint: "`category` goes on the type",
    },
    Key {
        id: KeyId::Shared,
        name: "shared",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Codes,
        example: "#[platform(shared(40100, -1))]",
        doc: "codes that several variants may use; any other code used twice is a compile error pointing at both",
        hint: "`shared` goes on the type",
    },
    Key {
        id: KeyId::Lang,
        name: "lang",
        syntax: Syntax::Platform,
        places: places(&[Enum, Struct, Variant, DslEnum, DslVariant]),
        value: ValueKind::Str,
        example: "#[platform(lang = \"en\")]",
        doc: "the language of the default messages, so that `message_in` returns them for it too; on a variant, for that variant",
        hint: "`lang` goes on the type or on a variant",
    },
    Key {
        id: KeyId::Crate,
        name: "crate",
        syntax: Syntax::Platform,
        places: places(&[Enum, Struct, DslEnum, DslInvocation]),
        value: ValueKind::Path,
        example: "#[platform(crate = path)]",
        doc: "where the runtime is, for a crate that renames the `platform-errors` dependency; `::platform_errors` by default",
        hint: "`crate` goes on the type, or on the whole `define_codes!` invocation as `#![platform(crate = path)]`",
    },
    Key {
        id: KeyId::Exhaustive,
        name: "exhaustive",
        syntax: Syntax::Platform,
        places: places(&[DslEnum]),
        value: ValueKind::Flag,
        example: "#[platform(exhaustive)]",
        doc: "a `define_codes!` enum without `#[non_exhaustive]`",
        hint: "`exhaustive` applies to enums that `define_codes!` declares",
    },
    Key {
        id: KeyId::Transparent,
        name: "transparent",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant]),
        value: ValueKind::Flag,
        example: "#[platform(transparent)]",
        doc: "a variant (or struct) with one field that delegates code, message, category, advice, translations, `Display` and `source` to it",
        hint: "`transparent` goes on a variant or a struct; in `define_codes!`, a member is written `Name(Type)`",
    },
    Key {
        id: KeyId::Unknown,
        name: "unknown",
        syntax: Syntax::Platform,
        places: places(&[Variant, DslVariant]),
        value: ValueKind::Flag,
        example: "#[platform(unknown)]",
        doc: "the catch-all, with an `i64` code field and a `String`-like message field (`{ code: i64, message: String }`, `(i64, String)`, or any names, found by type); it keeps what the platform sent; at most one",
        hint: "`unknown` goes on a variant",
    },
    Key {
        id: KeyId::Local,
        name: "local",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant]),
        value: ValueKind::Flag,
        example: "#[platform(local)]",
        doc: "an error raised on the caller's side (transport, decoding, I/O, a closed client): it has a `#[message]` and may have `#[advice]`, `#[from]` and `#[source]`, but no code (`code()` is `None`), and lookup never returns it",
        hint: "`local` goes on a variant of a derived type; a `define_codes!` catalogue declares only the platform's codes",
    },
    Key {
        id: KeyId::Serde,
        name: "serde",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Flag,
        example: "#[platform(serde)]",
        doc: "`Serialize` (and, with lookup, `Deserialize`) as the platform's envelope `{\"errcode\": N, \"errmsg\": \"...\"}`; needs the `serde` feature of `platform-errors`, and no local variants",
        hint: "`serde` goes on the type",
    },
    Key {
        id: KeyId::Envelope,
        name: "envelope",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Path,
        example: "#[platform(envelope = CodeMsg)]",
        doc: "the names the platform sends the code and message under, as `Catalogue::ENVELOPE`: a marker of `platform_errors::envelope` by bare name (`ErrcodeErrmsg`, the default; `CodeMsg` for Feishu; `ErrorCodeErrorMsg` for Baidu; `CodeMessage`), or the `Envelope` constant of the same shape (`CODE_MSG`), a type of your own that implements `HasEnvelope`, or a path to an `Envelope` constant (its name in `UPPER_SNAKE`); for a type with lookup",
        hint: "`envelope` goes on the type",
    },
    Key {
        id: KeyId::Reason,
        name: "reason",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant, DslVariant]),
        value: ValueKind::Str,
        example: "#[platform(reason = \"TOKEN_EXPIRED\")]",
        doc: "the entry's stable `UPPER_SNAKE` reason (as AIP-193's `ErrorInfo.reason`, at most 63 characters); the variant's name in `UPPER_SNAKE` by default",
        hint: "`reason` goes on a variant",
    },
    Key {
        id: KeyId::Docs,
        name: "docs",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Str,
        example: "#[platform(docs = \"https://example.com/errors/{code}\")]",
        doc: "the template of each entry's documentation link (`Entry::docs_url`), `{code}` standing for the code",
        hint: "`docs` goes on the type",
    },
    Key {
        id: KeyId::HttpStatus,
        name: "http_status",
        syntax: Syntax::Platform,
        places: places(&[Enum, Struct, Variant, DslEnum, DslVariant]),
        value: ValueKind::Code,
        example: "#[platform(http_status = 401)]",
        doc: "the HTTP status (100 to 599) a service answers with when it sends the code itself (`Entry::http_status`); on the type, the default of every variant",
        hint: "`http_status` goes on the type or on a variant",
    },
    Key {
        id: KeyId::Debug,
        name: "debug",
        syntax: Syntax::Platform,
        places: places(&[Enum]),
        value: ValueKind::Flag,
        example: "#[platform(debug)]",
        doc: "`Debug` as the variant's name, for a derived enum of unit variants with codes, in place of `#[derive(Debug)]`, whose compile time and memory grow with the square of the variants (a `define_codes!` catalogue always has it)",
        hint: "`debug` goes on a derived enum",
    },
    Key {
        id: KeyId::From,
        name: "from",
        syntax: Syntax::Own,
        places: places(&[Field]),
        value: ValueKind::Flag,
        example: "#[from]",
        doc: "on a field: generates `From<Field>` (the variant must have no other field) and makes the field the source",
        hint: "`#[from]` goes on a field",
    },
    Key {
        id: KeyId::Source,
        name: "source",
        syntax: Syntax::Own,
        places: places(&[Field]),
        value: ValueKind::Flag,
        example: "#[source]",
        doc: "on a field: what `Error::source` returns",
        hint: "`#[source]` goes on a field",
    },
];

/// The key written `name` with `syntax`.
pub(crate) fn find(syntax: Syntax, name: &str) -> Option<&'static Key> {
    KEYS.iter()
        .find(|key| key.syntax == syntax && key.name == name)
}

/// The keys of `#[platform(...)]` that apply at `position`, for "expected ..." errors.
pub(crate) fn platform_keys_at(position: Position) -> String {
    let mut out = String::new();
    for key in KEYS
        .iter()
        .filter(|key| key.syntax == Syntax::Platform && key.places.contains(position))
    {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(key.name);
        out.push('`');
    }
    out
}

/// The rustdoc table of attributes, as `attributes.md` holds it.
#[cfg(test)]
pub(crate) fn doc_table() -> String {
    use std::fmt::Write as _;
    let columns: [(Position, &str); 6] = [
        (Enum, "enum"),
        (Struct, "struct"),
        (Variant, "variant"),
        (Field, "field"),
        (DslEnum, "DSL enum"),
        (DslVariant, "DSL variant"),
    ];
    let mut out = String::from("| attribute | what it does |");
    for (_, name) in &columns {
        let _ = write!(out, " {name} |");
    }
    out.push_str("\n|---|---|");
    for _ in &columns {
        out.push_str(":-:|");
    }
    out.push('\n');
    for key in KEYS {
        let _ = write!(out, "| `{}` | {} |", key.example, key.doc);
        for (position, _) in &columns {
            out.push_str(if key.places.contains(*position) {
                " ✓ |"
            } else {
                " |"
            });
        }
        out.push('\n');
    }
    let invocation: Vec<&str> = KEYS
        .iter()
        .filter(|key| key.places.contains(DslInvocation))
        .map(|key| key.name)
        .collect();
    let _ = write!(
        out,
        "\nOn a whole `define_codes!` invocation, `#![platform(...)]` takes: `{}`.\n",
        invocation.join("`, `")
    );
    out
}
