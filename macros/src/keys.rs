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

/// The kinds of variants, as `resolve` decides them: a key describes some of them, and is
/// rejected on the others, where it would change nothing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum VariantKind {
    /// A code of its own (`#[code]`, or `Name = 40001 => "..."`).
    Declared,
    /// `#[platform(local)]`: no code, so no entry.
    Local,
    /// `#[platform(transparent)]`, or a `define_codes!` member `Name(Type)`: its field
    /// answers everything.
    Transparent,
    /// `#[platform(unknown)]`: keeps what was received.
    CatchAll,
}

impl VariantKind {
    pub(crate) const ALL: [VariantKind; 4] = [
        VariantKind::Declared,
        VariantKind::Local,
        VariantKind::Transparent,
        VariantKind::CatchAll,
    ];

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of variant kinds.
#[derive(Clone, Copy)]
pub(crate) struct Kinds(u8);

const fn kinds(list: &[VariantKind]) -> Kinds {
    let mut bits = 0;
    let mut i = 0;
    while i < list.len() {
        bits |= list[i].bit();
        i += 1;
    }
    Kinds(bits)
}

impl Kinds {
    pub(crate) fn contains(self, kind: VariantKind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// Whether the key describes every kind of variant (the type-level keys, and the
    /// markers that decide the kind).
    pub(crate) fn is_all(self) -> bool {
        VariantKind::ALL.iter().all(|kind| self.contains(*kind))
    }

    /// "variants with a code of their own", for "it applies to ..." errors.
    pub(crate) fn describe(self) -> &'static str {
        if self.contains(VariantKind::CatchAll) {
            "variants that are not transparent (with a code, `local`, or a catch-all with code and message fields)"
        } else if self.contains(VariantKind::Local) {
            "variants with a message of their own (with a code, or `local`)"
        } else {
            "variants with a code of their own"
        }
    }
}

const EVERY_KIND: Kinds = kinds(&VariantKind::ALL);
/// What a variant with its own text says: message, advice, language.
const TEXT: Kinds = kinds(&[VariantKind::Declared, VariantKind::Local]);
/// What only a variant with a code has: its code, and its entry's data.
const CODED: Kinds = kinds(&[VariantKind::Declared]);
/// What a variant answers itself rather than through a field: all but transparent ones.
const OWN: Kinds = kinds(&[
    VariantKind::Declared,
    VariantKind::Local,
    VariantKind::CatchAll,
]);

/// The keys. Adding one: a variant here, a row in [`KEYS`], and its use in `model`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum KeyId {
    Code,
    Message,
    Advice,
    Category,
    Shared,
    Aliases,
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
    NoUnsafe,
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
    /// `(40001)` or `("PARAM_ERROR")`: one code.
    Code,
    /// `key = 401`: one integer (an HTTP status).
    Int,
    /// `key(40100, -1)`: a list of codes.
    Codes,
    /// `key("NOAUTH", "NO_AUTHORITY")`: a list of strings.
    Strs,
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
    /// Said instead of `hint` at a `define_codes!` position, when it differs there.
    pub(crate) dsl_hint: Option<&'static str>,
    /// The kinds of variants the key describes (at the type, as their default): on a
    /// variant of another kind, or on a type with no variant of these kinds, it would
    /// change nothing, and is an error.
    pub(crate) kinds: Kinds,
}

impl Key {
    /// The key as the user writes it in prose: `` `#[code]` `` or `` `reason` ``.
    pub(crate) fn display(&self) -> String {
        match self.syntax {
            Syntax::Own => format!("`#[{}]`", self.name),
            Syntax::Platform => format!("`{}`", self.name),
        }
    }

    /// The hint for a key written where it does not apply.
    pub(crate) fn hint_at(&self, position: Position) -> &'static str {
        match (position, self.dsl_hint) {
            (DslEnum | DslVariant | DslInvocation, Some(hint)) => hint,
            _ => self.hint,
        }
    }

    /// Whether a struct passes the key to its one variant: the keys a variant takes.
    pub(crate) fn describes_variant(&self) -> bool {
        self.places.contains(Variant)
    }
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
        doc: "the code the platform sends: an integer literal within `i64`, negative allowed, or a string literal in any spelling the platform sends (`#[code(\"PARAM_ERROR\")]`, `#[code(\"isv.code-invalid\")]`); a type's codes are all integers or all strings",
        hint: "`#[code]` goes on each variant, or on a struct: `#[code(40001)]`",
        dsl_hint: Some("there, the code follows the variant's name, as in `Name = 40001 => \"message\"`"),
        kinds: CODED,
    },
    Key {
        id: KeyId::Message,
        name: "message",
        syntax: Syntax::Own,
        places: places(&[Struct, Variant]),
        value: ValueKind::Message,
        example: "#[message(\"text {field}\", zh = \"译文 {field}\")]",
        doc: "the default message, what `Display` shows, with `format!` placeholders naming fields; named strings are translations for `message_in` (`zh = \"...\"`, `zh-TW = \"...\"`), other named values extra arguments (`max = .limit`, or `max = limit` as thiserror reads a field named bare, and `unit = \"ms\"` where the message shows `{unit}`; a name that may also be a language there, `id = \"...\"`, is an error)",
        hint: "`#[message]` goes on each variant, or on a struct: `#[message(\"invalid token\")]`",
        dsl_hint: Some("there, the message follows the code, as in `Name = 40001 => \"message\"` or `Name = 40001 => (\"message\", zh = \"译文\")`"),
        kinds: TEXT,
    },
    Key {
        id: KeyId::Advice,
        name: "advice",
        syntax: Syntax::Own,
        places: places(&[Enum, Struct, Variant, DslEnum, DslVariant]),
        value: ValueKind::Advice,
        example: "#[advice(refresh_token)]",
        doc: "what `advice()` returns: `none` (the default), `retry`, `refresh_token`, `reauthenticate`, `throttle`, `fix_request`, `check_config` or `wait_for_quota`; on the type, the default of every variant with a message (with a code, or local)",
        hint: "`#[advice]` goes on the type or on a variant",
        dsl_hint: None,
        kinds: TEXT,
    },
    Key {
        id: KeyId::Category,
        name: "category",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Str,
        example: "#[platform(category = \"org\")]",
        doc: "what `category()` returns, and each entry's category; for a type with a variant that is not transparent (a transparent variant's, and a member's, is its field's)",
        hint: "`category` goes on the type",
        dsl_hint: None,
        kinds: OWN,
    },
    Key {
        id: KeyId::Shared,
        name: "shared",
        syntax: Syntax::Platform,
        places: places(&[Enum, DslEnum]),
        value: ValueKind::Codes,
        example: "#[platform(shared(40100, -1))]",
        doc: "codes that several variants declare (each one listed must be), told apart by their messages, which are fixed text (no placeholders or arguments: lookup compares them as declared): two that lookup would read as the same (case, surrounding whitespace and a final period aside) are a compile error at the second; any other code declared twice is a compile error at the second, naming the first; written again (`shared(40100)` then `shared(-1)`), the lists add up",
        hint: "`shared` goes on the enum, listing the codes its variants share (a struct has one code)",
        dsl_hint: Some("`shared` goes on the enum, before `pub enum`, listing the codes its variants share"),
        kinds: CODED,
    },
    Key {
        id: KeyId::Aliases,
        name: "aliases",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant, DslVariant]),
        value: ValueKind::Strs,
        example: "#[platform(aliases(\"NOAUTH\"))]",
        doc: "other spellings of a string code that the platform also sends (WeChat Pay's `NO_AUTH` and `NOAUTH`): lookup (`from_code`), serde and a `define_codes!` type's `FromStr` accept each (a derived type has no `FromStr` of the macro's), and `code()` gives the declared one; for a variant with a string code, of a type with lookup (no generic parameters, every variant with a code a unit variant); a spelling is one variant's, so an alias can't be another variant's code, shared or not; written again, the lists add up",
        hint: "`aliases` goes on a variant with a string code, or on a struct",
        dsl_hint: None,
        kinds: CODED,
    },
    Key {
        id: KeyId::Lang,
        name: "lang",
        syntax: Syntax::Platform,
        places: places(&[Enum, Struct, Variant, DslEnum, DslVariant]),
        value: ValueKind::Str,
        example: "#[platform(lang = \"en\")]",
        doc: "the language of the default messages, so that `message_in` returns them for it too; on a variant, for that variant; on the type, for every variant with a message (with a code, or local); a tag that names a language (not `\"\"` or `\"*\"`, which ask for none), letters and digits with `-` or `_` between its parts (so is every translation's tag)",
        hint: "`lang` goes on the type or on a variant",
        dsl_hint: None,
        kinds: TEXT,
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
        dsl_hint: None,
        kinds: EVERY_KIND,
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
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::Transparent,
        name: "transparent",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant]),
        value: ValueKind::Flag,
        example: "#[platform(transparent)]",
        doc: "a variant (or struct) with one field that delegates code, message, category, advice, translations, `Display` and `source` to it",
        hint: "`transparent` goes on a variant or a struct",
        dsl_hint: Some("there, a member is written `Name(Type)`"),
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::Unknown,
        name: "unknown",
        syntax: Syntax::Platform,
        places: places(&[Variant, DslVariant]),
        value: ValueKind::Flag,
        example: "#[platform(unknown)]",
        doc: "the catch-all: a code field (`i64`, or `String`/`Box<str>` for string codes) and a `String`-like message field (`{ code: i64, message: String }`, `(i64, String)`; named otherwise, found by name (`errcode`, `error_code`; `msg`, `errmsg`, `error_message`) or by type (the integer is the code); two text fields, for string codes, in order if unnamed (`(String, String)`: the code first), else by their names), or one field that takes any code, an `ApiError<C>` (`Api(ApiError<C>)`, `C`'s kind of code); it keeps what the platform sent; at most one",
        hint: "`unknown` goes on a variant",
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::Local,
        name: "local",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant]),
        value: ValueKind::Flag,
        example: "#[platform(local)]",
        doc: "an error raised on the caller's side (transport, decoding, I/O, a closed client): it has a `#[message]` and may have `#[advice]`, `#[from]` and `#[source]`, but no code (`code()` is `None`), and lookup never returns it",
        hint: "`local` goes on a variant or a struct",
        dsl_hint: Some("a `define_codes!` catalogue declares only the platform's codes: declare errors raised on the caller's side in a type that derives `PlatformError`"),
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::Serde,
        name: "serde",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Flag,
        example: "#[platform(serde)]",
        doc: "`Serialize` (and, with lookup, `Deserialize`) as the platform's envelope, `{\"errcode\": N, \"errmsg\": \"...\"}` unless `envelope` names another; needs the `serde` feature of `platform-errors`, no local variants and no generic parameters",
        hint: "`serde` goes on the type",
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::Envelope,
        name: "envelope",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Path,
        example: "#[platform(envelope = CodeMsg)]",
        doc: "the names the platform sends the code and message under, as `Catalogue::ENVELOPE`: a marker of `platform_errors::envelope`, resolved where it is written as any type is (import it, or write its path: `ErrcodeErrmsg`, the default; `Wechat` for the WeChat family; `CodeMsg` for Feishu; `ErrorCodeErrorMsg` for Baidu; `CodeMessage`; `Dingtalk`, `DingtalkV1`, `WechatPayV3`, `Alipay`, `GoogleRpc`), or the `Envelope` constant of the same shape by its bare name, without an import (`CODE_MSG` is `Envelope::CODE_MSG`), a type of your own that implements `HasEnvelope` (named like a marker, it is yours), or a path to an `Envelope` constant (its name in `UPPER_SNAKE`); for a type with lookup, or one without that asks for `serde` (which then writes under these names); a type of string codes reads its envelope with string codes, and by default an umbrella of members only takes its first member's (its first without a `#[cfg]`, else its first; so are its codes' kind), and a derived type that declares no code its members' (the member that takes any code, else the first member with an envelope of its own, counting members under a `#[cfg]` where it is on; a type of local variants only has none)",
        hint: "`envelope` goes on the type",
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::Reason,
        name: "reason",
        syntax: Syntax::Platform,
        places: places(&[Struct, Variant, DslVariant]),
        value: ValueKind::Str,
        example: "#[platform(reason = \"TOKEN_EXPIRED\")]",
        doc: "the entry's stable `UPPER_SNAKE` reason (as AIP-193's `ErrorInfo.reason`: A-Z, 0-9 and `_`, at most 63 characters, starting with a letter; one declared on two variants of a type, or declared on one as another's name gives it, is an error, as AIP-193's reasons are unique within a domain); by default the variant's name in `UPPER_SNAKE` as written (`ÜNÏCODE`, `_PRIVATE`; `HttpError` and `HTTPError` both `HTTP_ERROR`: declare one where the rule matters); only where there is an entry: not on a local, transparent or catch-all variant",
        hint: "`reason` goes on a variant, or on a struct",
        dsl_hint: None,
        kinds: CODED,
    },
    Key {
        id: KeyId::Docs,
        name: "docs",
        syntax: Syntax::Platform,
        places: places(TYPE),
        value: ValueKind::Str,
        example: "#[platform(docs = \"https://example.com/errors/{code}\")]",
        doc: "the template of each entry's documentation link (`Entry::docs_url`): `{code}` stands for the code, and is its one placeholder; `{{` and `}}` are literal braces, as in messages; without `{code}`, one link for every entry; for a type with variants with a code",
        hint: "`docs` goes on the type",
        dsl_hint: None,
        kinds: CODED,
    },
    Key {
        id: KeyId::HttpStatus,
        name: "http_status",
        syntax: Syntax::Platform,
        places: places(&[Enum, Struct, Variant, DslEnum, DslVariant]),
        value: ValueKind::Int,
        example: "#[platform(http_status = 401)]",
        doc: "the HTTP status a service answers with when it sends the code itself (`Entry::http_status`): an integer literal from 100 to 599, without a suffix; on the type, the default of every variant with a code; under `envelope = GoogleRpc` (bare, or a path ending in it or in `GOOGLE_RPC`) a string code that names a `google.rpc.Code` has by default the status AIP-193 gives it (`NOT_FOUND` 404), and an integer code from 400 to 599 that status (AIP-193's `code` is the HTTP status, an error's 4xx or 5xx), and so does the catch-all's code (its `status()`, and the advice of that status); not on a local, transparent or catch-all variant, which has no entry of its own",
        hint: "`http_status` goes on the type or on a variant",
        dsl_hint: None,
        kinds: CODED,
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
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::NoUnsafe,
        name: "no_unsafe",
        syntax: Syntax::Platform,
        places: places(&[DslEnum]),
        value: ValueKind::Flag,
        example: "#[platform(no_unsafe)]",
        doc: "no `unsafe` in the expansion: from 2,048 codes, `ALL` is then written out, variant by variant, rather than read from a table of discriminants (at 65,536 codes, about 18% more CPU time for `cargo check` and 8% more memory), for crates that hold `#![forbid(unsafe_code)]` as a policy that macros must keep too",
        hint: "`no_unsafe` applies to enums that `define_codes!` declares (a derive emits no `unsafe`)",
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
    Key {
        id: KeyId::From,
        name: "from",
        syntax: Syntax::Own,
        places: places(&[Field]),
        value: ValueKind::Flag,
        example: "#[from]",
        doc: "on a field: generates `From<Field>` (the variant must have no other field) and makes the field the source; on a transparent or catch-all member, `From` only: the member is the error itself, its source the member's (as thiserror's `#[error(transparent)]`)",
        hint: "`#[from]` goes on a field",
        dsl_hint: None,
        kinds: EVERY_KIND,
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
        dsl_hint: None,
        kinds: EVERY_KIND,
    },
];

/// The key `id`: every `KeyId` has its row (a test checks it).
pub(crate) fn get(id: KeyId) -> &'static Key {
    KEYS.iter().find(|key| key.id == id).unwrap_or(&KEYS[0])
}

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

/// A key as written in a grammar: `category = "text"`, `shared(code, ...)`, `#[advice(kind)]`.
#[cfg(test)]
fn grammar_form(key: &Key) -> String {
    let value = match key.value {
        ValueKind::Flag => String::new(),
        ValueKind::Str => " = \"text\"".to_owned(),
        ValueKind::Path => " = path".to_owned(),
        ValueKind::Code => " = code".to_owned(),
        ValueKind::Int => " = integer".to_owned(),
        ValueKind::Codes => "(code, ...)".to_owned(),
        ValueKind::Strs => "(\"text\", ...)".to_owned(),
        ValueKind::Message => "(message)".to_owned(),
        ValueKind::Advice => "(kind)".to_owned(),
    };
    match key.syntax {
        Syntax::Platform => format!("{}{value}", key.name),
        Syntax::Own => format!("\"#[{}{value}]\"", key.name),
    }
}

/// The `define_codes!` grammar, as `grammar.md` holds it (checked by a test): its attribute
/// and key rules list the keys the key table allows at each position.
#[cfg(test)]
pub(crate) fn dsl_grammar() -> String {
    use std::fmt::Write as _;
    let forms = |position: Position, syntax: Syntax| -> Vec<String> {
        KEYS.iter()
            .filter(|key| key.syntax == syntax && key.places.contains(position))
            .map(grammar_form)
            .collect()
    };
    let attr = |position: Position, key_rule: &str| -> String {
        let mut choices = forms(position, Syntax::Own);
        choices.push(format!(
            "\"#[platform(\" {key_rule} (\",\" {key_rule})* \")]\""
        ));
        choices.join(" | ")
    };
    let coded: Vec<String> = KEYS
        .iter()
        .filter(|key| key.places.contains(DslVariant) && !key.kinds.is_all())
        .map(|key| format!("`{}`", key.name))
        .collect();
    let advice: Vec<&str> = crate::advice::Advice::ALL
        .iter()
        .map(|advice| advice.snake())
        .collect();
    let rules: [(&str, String); 12] = [
        (
            "invocation",
            "(\"#![platform(\" invocation-key \")]\")? enum*".to_owned(),
        ),
        (
            "enum",
            "enum-attr* visibility \"enum\" Name \"{\" variant (\",\" variant)* \",\"? \"}\""
                .to_owned(),
        ),
        (
            "variant",
            "variant-attr* Name \"=\" code \"=>\" message     a code".to_owned(),
        ),
        (
            "",
            "| variant-attr* Name \"(\" Type \")\"               a member".to_owned(),
        ),
        (
            "",
            "| \"#[platform(unknown)]\" variant-attr* Name     the catch-all".to_owned(),
        ),
        (
            "code",
            "\"-\"? integer literal within i64 | \"text\"        all of a type's of one kind"
                .to_owned(),
        ),
        (
            "message",
            "\"text\" | \"(\" \"text\" (\",\" lang \"=\" \"text\")* \",\"? \")\"".to_owned(),
        ),
        (
            "invocation-key",
            forms(DslInvocation, Syntax::Platform).join(" | "),
        ),
        ("enum-attr", attr(DslEnum, "enum-key")),
        ("enum-key", forms(DslEnum, Syntax::Platform).join(" | ")),
        ("variant-attr", attr(DslVariant, "variant-key")),
        (
            "variant-key",
            forms(DslVariant, Syntax::Platform).join(" | "),
        ),
    ];
    let mut out = String::from("```text\n");
    for (name, rule) in &rules {
        if name.is_empty() {
            let _ = writeln!(out, "{:16}{rule}", "");
        } else {
            let _ = writeln!(out, "{name:14} := {rule}");
        }
    }
    let _ = writeln!(out, "{:14} := {}", "kind", advice.join(" | "));
    out.push_str("```\n\n");
    let _ = writeln!(
        out,
        "Each key is the derive's (see its table). On a variant, {} describe a code: a member's come from its type, and the catch-all has none. Doc comments, `#[cfg]` and other attributes pass through to the enum and its variants; a variant under `#[cfg]` may reuse a code, and an enum or variant may be declared again under another `#[cfg]`. The macro reads its own keys as written, before `cfg_attr` applies: a key inside a `cfg_attr` is an error (a `cfg` inside one removes the item, as a `cfg` does); declare the enum or variant once under each `#[cfg]` instead (not the catch-all: a type has one). The catch-all itself may be under a `#[cfg]` (`#[cfg(feature = \"alloc\")]`, for the `String` it keeps): the enum is then generated twice, with it under that `#[cfg]` and without it under its negation: there an umbrella is its members alone, and an enum of codes a catalogue, with the API of one (`ALL`, `as_i64()`, `FromStr`), which a type with a catch-all has not. A `#[derive]` of a trait the macro gives (`Debug`, `Clone`, `PartialEq`, `Eq`, `Hash`, and a catalogue's `Copy`) is an error; other derives pass through.",
        join_list(&coded)
    );
    out
}

/// "`a`, `b` and `c`".
#[cfg(test)]
fn join_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
