//! The key table against the code: the docs made from it, and every key in every position
//! it is accepted in.

/// The `define_codes!` grammar in the rustdoc (`grammar.md`) is made from the key table:
/// regenerate it with
/// `PLATFORM_ERRORS_WRITE_DOCS=1 cargo test -p platform-errors-macros --lib grammar`.
#[test]
fn dsl_grammar_is_the_key_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/grammar.md");
    let grammar = crate::keys::dsl_grammar();
    if std::env::var_os("PLATFORM_ERRORS_WRITE_DOCS").is_some() {
        std::fs::write(path, &grammar).unwrap();
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == grammar,
        "src/grammar.md is not the key table's grammar; regenerate it with PLATFORM_ERRORS_WRITE_DOCS=1:\n{grammar}"
    );
}

use std::str::FromStr;

use proc_macro2::TokenStream;

use super::compact;
use crate::keys::{KeyId, Position, VariantKind, KEYS};

/// Which macro a case runs.
#[derive(Clone, Copy, Debug)]
enum Macro {
    Derive,
    Define,
}

fn expand(which: Macro, source: &str) -> TokenStream {
    let tokens = TokenStream::from_str(source).unwrap_or_else(|e| panic!("{e}: {source}"));
    match which {
        Macro::Derive => crate::derive(tokens),
        Macro::Define => crate::define(tokens),
    }
}

fn errors_in(out: &TokenStream) -> Vec<String> {
    super::error_messages(out)
}

/// A derived enum: `attrs` on the type, then the variants.
fn derive_enum(attrs: &str, variants: &str) -> String {
    format!("{attrs} enum E {{ {variants} }}")
}

/// A `define_codes!` enum.
fn dsl_enum(attrs: &str, variants: &str) -> String {
    format!("{attrs} pub enum E {{ {variants} }}")
}

/// A variant of `kind` in a derived enum, with `attrs`.
fn derive_variant(kind: VariantKind, attrs: &str) -> String {
    match kind {
        VariantKind::Declared => format!("{attrs} #[code(1)] #[message(\"one\")] A,"),
        VariantKind::Local => format!("#[platform(local)] {attrs} #[message(\"local\")] L,"),
        VariantKind::Transparent => format!("#[platform(transparent)] {attrs} T(Inner),"),
        VariantKind::CatchAll => {
            format!("#[platform(unknown)] {attrs} U {{ code: i64, message: String }},")
        }
    }
}

/// A variant of `kind` in a `define_codes!` enum (there is no local kind there).
fn dsl_variant(kind: VariantKind, attrs: &str) -> Option<String> {
    Some(match kind {
        VariantKind::Declared => format!("{attrs} A = 1 => \"one\","),
        VariantKind::Local => return None,
        VariantKind::Transparent => format!("{attrs} T(Inner),"),
        VariantKind::CatchAll => format!("#[platform(unknown)] {attrs} U,"),
    })
}

/// A derived struct of `kind`, with `attrs`.
fn derive_struct(kind: VariantKind, attrs: &str) -> Option<String> {
    Some(match kind {
        VariantKind::Declared => format!("{attrs} #[code(1)] #[message(\"one\")] struct S;"),
        VariantKind::Local => format!("#[platform(local)] {attrs} #[message(\"local\")] struct S;"),
        VariantKind::Transparent => format!("#[platform(transparent)] {attrs} struct S(Inner);"),
        VariantKind::CatchAll => return None,
    })
}

/// The key as written with a value that is not its default.
fn written(key: KeyId) -> &'static str {
    match key {
        KeyId::Code => "#[code(2)]",
        KeyId::Message => "#[message(\"two\")]",
        KeyId::Advice => "#[advice(retry)]",
        KeyId::Category => "#[platform(category = \"cat-test\")]",
        KeyId::Shared => "#[platform(shared(1))]",
        KeyId::Aliases => "#[platform(aliases(\"ALIAS_TWO\"))]",
        KeyId::Lang => "#[platform(lang = \"en-x-test\")]",
        KeyId::Crate => "#[platform(crate = ::elsewhere)]",
        KeyId::Exhaustive => "#[platform(exhaustive)]",
        KeyId::Transparent => "#[platform(transparent)]",
        KeyId::Unknown => "#[platform(unknown)]",
        KeyId::Local => "#[platform(local)]",
        KeyId::Serde => "#[platform(serde)]",
        KeyId::Envelope => "#[platform(envelope = CodeMsg)]",
        KeyId::Reason => "#[platform(reason = \"SOME_REASON\")]",
        KeyId::Docs => "#[platform(docs = \"https://example.com/{code}\")]",
        KeyId::HttpStatus => "#[platform(http_status = 404)]",
        KeyId::Debug => "#[platform(debug)]",
        KeyId::NoUnsafe => "#[platform(no_unsafe)]",
        KeyId::From => "#[from]",
        KeyId::Source => "#[source]",
    }
}

/// What the generated code holds when the key's value (as [`written`]) reaches it; `None`
/// for a flag, whose effect is what it generates.
fn value_marker(key: KeyId) -> Option<&'static str> {
    match key {
        KeyId::Code => Some("2i64"),
        KeyId::Message => Some("\"two\""),
        KeyId::Advice => Some("Advice::Retry"),
        KeyId::Category => Some("\"cat-test\""),
        KeyId::Lang => Some("\"en-x-test\""),
        KeyId::Crate => Some("::elsewhere::"),
        KeyId::Envelope => Some("CodeMsg as"),
        KeyId::Reason => Some("\"SOME_REASON\""),
        KeyId::Docs => Some("\"https://example.com/{code}\""),
        KeyId::HttpStatus => Some("404u16"),
        KeyId::Aliases => Some("\"ALIAS_TWO\""),
        KeyId::Shared
        | KeyId::Exhaustive
        | KeyId::Transparent
        | KeyId::Unknown
        | KeyId::Local
        | KeyId::Serde
        | KeyId::Debug
        | KeyId::NoUnsafe
        | KeyId::From
        | KeyId::Source => None,
    }
}

/// For `key` at `position` on a variant (or struct) of `kind`: the input without the key
/// and with it. `None` where the key table does not accept the key.
#[allow(clippy::too_many_lines)]
fn effect_case(
    key: KeyId,
    position: Position,
    kind: VariantKind,
) -> Option<(Macro, String, String)> {
    let k = written(key);
    let other = derive_variant(VariantKind::Declared, "");
    Some(match (key, position) {
        // Keys a declared variant cannot do without: another value changes the output.
        (KeyId::Code, Position::Variant) => (
            Macro::Derive,
            derive_enum("", "#[code(1)] #[message(\"one\")] A,"),
            derive_enum("", "#[code(2)] #[message(\"one\")] A,"),
        ),
        (KeyId::Code, Position::Struct) => (
            Macro::Derive,
            "#[code(1)] #[message(\"one\")] struct S;".to_owned(),
            "#[code(2)] #[message(\"one\")] struct S;".to_owned(),
        ),
        (KeyId::Message, Position::Variant) => match kind {
            VariantKind::Local => (
                Macro::Derive,
                derive_enum("", "#[platform(local)] #[message(\"one\")] L,"),
                derive_enum("", "#[platform(local)] #[message(\"two\")] L,"),
            ),
            _ => (
                Macro::Derive,
                derive_enum("", "#[code(1)] #[message(\"one\")] A,"),
                derive_enum("", "#[code(1)] #[message(\"two\")] A,"),
            ),
        },
        (KeyId::Message, Position::Struct) => (
            Macro::Derive,
            "#[code(1)] #[message(\"one\")] struct S;".to_owned(),
            "#[code(1)] #[message(\"two\")] struct S;".to_owned(),
        ),
        // Other spellings of a string code: lookup finds the variant by each.
        (KeyId::Aliases, Position::Variant) => (
            Macro::Derive,
            derive_enum("", "#[code(\"ONE\")] #[message(\"one\")] A,"),
            derive_enum("", &format!("#[code(\"ONE\")] #[message(\"one\")] {k} A,")),
        ),
        (KeyId::Aliases, Position::Struct) => (
            Macro::Derive,
            "#[code(\"ONE\")] #[message(\"one\")] struct S;".to_owned(),
            format!("#[code(\"ONE\")] #[message(\"one\")] {k} struct S;"),
        ),
        (KeyId::Aliases, Position::DslVariant) => (
            Macro::Define,
            dsl_enum("", "A = \"ONE\" => \"one\","),
            dsl_enum("", &format!("{k} A = \"ONE\" => \"one\",")),
        ),
        // The markers that decide a variant's kind: without one, the variant has no code.
        (KeyId::Transparent | KeyId::Local, Position::Variant) => {
            let variant = if key == KeyId::Local {
                "#[message(\"local\")] L,"
            } else {
                "T(Inner),"
            };
            (
                Macro::Derive,
                derive_enum("", &format!("{other} {variant}")),
                derive_enum("", &format!("{other} {k} {variant}")),
            )
        }
        (KeyId::Transparent | KeyId::Local, Position::Struct) => {
            let item = if key == KeyId::Local {
                "#[message(\"local\")] struct S;"
            } else {
                "struct S(Inner);"
            };
            (Macro::Derive, item.to_owned(), format!("{k} {item}"))
        }
        (KeyId::Unknown, Position::Variant) => (
            Macro::Derive,
            derive_enum("", &format!("{other} U {{ code: i64, message: String }},")),
            derive_enum(
                "",
                &format!("{other} {k} U {{ code: i64, message: String }},"),
            ),
        ),
        (KeyId::Unknown, Position::DslVariant) => (
            Macro::Define,
            dsl_enum("", "A = 1 => \"one\", U,"),
            dsl_enum("", &format!("A = 1 => \"one\", {k} U,")),
        ),
        // A variant's own keys, on each kind of variant they describe.
        (KeyId::Advice | KeyId::Lang | KeyId::Reason | KeyId::HttpStatus, Position::Variant) => (
            Macro::Derive,
            derive_enum("", &derive_variant(kind, "")),
            derive_enum("", &derive_variant(kind, k)),
        ),
        (KeyId::Advice | KeyId::Lang | KeyId::Reason | KeyId::HttpStatus, Position::DslVariant) => {
            (
                Macro::Define,
                dsl_enum("", &dsl_variant(kind, "")?),
                dsl_enum("", &dsl_variant(kind, k)?),
            )
        }
        (KeyId::Advice | KeyId::Lang | KeyId::Reason | KeyId::HttpStatus, Position::Struct) => (
            Macro::Derive,
            derive_struct(kind, "")?,
            derive_struct(kind, k)?,
        ),
        // Keys of the type, over a type with a variant of a kind they describe.
        (KeyId::Shared, Position::Enum) => (
            Macro::Derive,
            derive_enum(
                "",
                "#[code(1)] #[message(\"one\")] A, #[code(1)] #[message(\"uno\")] B,",
            ),
            derive_enum(
                k,
                "#[code(1)] #[message(\"one\")] A, #[code(1)] #[message(\"uno\")] B,",
            ),
        ),
        (KeyId::Shared, Position::DslEnum) => (
            Macro::Define,
            dsl_enum("", "A = 1 => \"one\", B = 1 => \"uno\","),
            dsl_enum(k, "A = 1 => \"one\", B = 1 => \"uno\","),
        ),
        (KeyId::Debug, Position::Enum) => (
            Macro::Derive,
            derive_enum("", &other),
            derive_enum(k, &other),
        ),
        (KeyId::Serde, Position::Enum) if kind == VariantKind::Local => return None,
        (
            KeyId::Advice
            | KeyId::Category
            | KeyId::Lang
            | KeyId::Crate
            | KeyId::Serde
            | KeyId::Envelope
            | KeyId::Docs
            | KeyId::HttpStatus,
            Position::Enum,
        ) => (
            Macro::Derive,
            derive_enum("", &derive_variant(kind, "")),
            derive_enum(k, &derive_variant(kind, "")),
        ),
        (
            KeyId::Category | KeyId::Crate | KeyId::Serde | KeyId::Envelope | KeyId::Docs,
            Position::Struct,
        ) => (
            Macro::Derive,
            derive_struct(kind, "")?,
            derive_struct(kind, k)?,
        ),
        (
            KeyId::Advice
            | KeyId::Category
            | KeyId::Lang
            | KeyId::Crate
            | KeyId::Exhaustive
            | KeyId::Serde
            | KeyId::Envelope
            | KeyId::Docs
            | KeyId::HttpStatus,
            Position::DslEnum,
        ) => (
            Macro::Define,
            dsl_enum("", &dsl_variant(kind, "")?),
            dsl_enum(k, &dsl_variant(kind, "")?),
        ),
        // Only from 2,048 codes is there an `unsafe` block to leave out.
        (KeyId::NoUnsafe, Position::DslEnum) => {
            let large: String = (0..2_048)
                .map(|i| format!("V{i} = {} => \"m\",", 10_000 + i))
                .collect();
            (Macro::Define, dsl_enum("", &large), dsl_enum(k, &large))
        }
        (KeyId::Crate, Position::DslInvocation) => (
            Macro::Define,
            dsl_enum("", "A = 1 => \"one\","),
            format!(
                "#![platform(crate = ::elsewhere)] {}",
                dsl_enum("", "A = 1 => \"one\",")
            ),
        ),
        (KeyId::From | KeyId::Source, Position::Field) => (
            Macro::Derive,
            derive_enum(
                "",
                "#[platform(local)] #[message(\"io\")] Io(std::io::Error),",
            ),
            derive_enum(
                "",
                &format!("#[platform(local)] #[message(\"io\")] Io({k} std::io::Error),"),
            ),
        ),
        _ => return None,
    })
}

const POSITIONS: [Position; 7] = [
    Position::Enum,
    Position::Struct,
    Position::Variant,
    Position::Field,
    Position::DslEnum,
    Position::DslVariant,
    Position::DslInvocation,
];

/// The kinds a key at a position is tried with: for a key of a variant, each kind it
/// describes; for a key of the type, a type with a variant of each kind it describes.
fn kinds_to_try(key: &crate::keys::Key, position: Position) -> Vec<VariantKind> {
    match position {
        Position::Field | Position::DslInvocation => vec![VariantKind::Declared],
        _ if key.kinds.is_all() => vec![VariantKind::Declared],
        _ => VariantKind::ALL
            .into_iter()
            .filter(|kind| key.kinds.contains(*kind))
            .collect(),
    }
}

/// Every key, at every position the key table accepts it in, on every kind of variant it
/// describes, changes what is generated: nothing is accepted in vain.
#[test]
fn every_key_changes_what_is_generated_where_it_is_accepted() {
    let mut tried = 0;
    for key in KEYS {
        for position in POSITIONS {
            if !key.places.contains(position) {
                continue;
            }
            for kind in kinds_to_try(key, position) {
                if position == Position::DslVariant && kind == VariantKind::Local {
                    continue;
                }
                if matches!(position, Position::DslEnum) && kind == VariantKind::Local {
                    continue;
                }
                // A struct is never the catch-all.
                if position == Position::Struct && kind == VariantKind::CatchAll {
                    continue;
                }
                let Some((which, without, with)) = effect_case(key.id, position, kind) else {
                    panic!(
                        "no case for `{}` at {position:?} on {kind:?}: add one to `effect_case`",
                        key.name
                    );
                };
                let out_with = expand(which, &with);
                let errors = errors_in(&out_with);
                assert!(
                    errors.is_empty(),
                    "`{}` at {position:?} on {kind:?} is rejected: {errors:?}\n{with}",
                    key.name
                );
                let out_without = expand(which, &without);
                assert_ne!(
                    out_with.to_string(),
                    out_without.to_string(),
                    "`{}` at {position:?} on {kind:?} changes nothing:\n{with}",
                    key.name
                );
                if let Some(marker) = value_marker(key.id) {
                    let (with_text, without_text) = (compact(&out_with), compact(&out_without));
                    let marker: String = marker.split_whitespace().collect();
                    assert!(
                        with_text.contains(&marker) && !without_text.contains(&marker),
                        "`{}` at {position:?} on {kind:?}: its value `{marker}` does not reach the generated code:\n{with}",
                        key.name
                    );
                }
                tried += 1;
            }
        }
    }
    assert!(tried > 40, "{tried}");
}

/// A key on a variant of a kind it does not describe (a `reason` on a local variant, a
/// `lang` on a transparent one) is one error, at the key.
#[test]
fn a_key_on_a_kind_of_variant_it_does_not_describe_is_one_error() {
    let mut tried = 0;
    for key in KEYS.iter().filter(|key| !key.kinds.is_all()) {
        for kind in VariantKind::ALL {
            if key.kinds.contains(kind) {
                continue;
            }
            let k = written(key.id);
            let mut cases: Vec<(Macro, String)> = Vec::new();
            if key.places.contains(Position::Variant) {
                cases.push((
                    Macro::Derive,
                    derive_enum(
                        "",
                        &format!(
                            "{} {}",
                            derive_variant(VariantKind::Declared, ""),
                            derive_variant(kind, k)
                        ),
                    ),
                ));
            }
            if key.places.contains(Position::DslVariant) {
                if let Some(variant) = dsl_variant(kind, k) {
                    cases.push((
                        Macro::Define,
                        dsl_enum("", &format!("A = 1 => \"one\", {variant}")),
                    ));
                }
            }
            if key.places.contains(Position::Struct) {
                if let Some(item) = derive_struct(kind, k) {
                    cases.push((Macro::Derive, item));
                }
            }
            for (which, source) in cases {
                let errors = errors_in(&expand(which, &source));
                assert_eq!(
                    errors.len(),
                    1,
                    "`{}` on {kind:?}: {errors:?}\n{source}",
                    key.name
                );
                assert!(
                    errors[0].starts_with(&format!("remove {}", key.display())),
                    "{errors:?}"
                );
                tried += 1;
            }
        }
    }
    assert!(tried > 10, "{tried}");
}

/// A key of the type that is the default of some kinds of variants, on a type with none of
/// them, is one error at the key.
#[test]
fn a_type_key_with_no_variant_to_describe_is_one_error() {
    let mut tried = 0;
    let members = format!(
        "{} {}",
        derive_variant(VariantKind::Transparent, ""),
        derive_variant(VariantKind::CatchAll, "")
    );
    let dsl_members = "T(Inner), #[platform(unknown)] U,";
    // For a key that describes the catch-all too (`category`): members only, and a
    // catch-all over a type that takes any code, which answers as a member does.
    let members_only = format!(
        "{} #[platform(unknown)] U(ApiError<Inner>),",
        derive_variant(VariantKind::Transparent, "")
    );
    for key in KEYS.iter().filter(|key| !key.kinds.is_all()) {
        let k = written(key.id);
        let (members, dsl_members) = if key.kinds.contains(VariantKind::CatchAll) {
            (members_only.as_str(), "T(Inner),")
        } else {
            (members.as_str(), dsl_members)
        };
        let mut cases: Vec<(Macro, String)> = Vec::new();
        if key.places.contains(Position::Enum) {
            cases.push((Macro::Derive, derive_enum(k, members)));
        }
        if key.places.contains(Position::DslEnum) {
            cases.push((Macro::Define, dsl_enum(k, dsl_members)));
        }
        for (which, source) in cases {
            let errors = errors_in(&expand(which, &source));
            assert_eq!(errors.len(), 1, "`{}`: {errors:?}\n{source}", key.name);
            tried += 1;
        }
    }
    assert!(tried >= 8, "{tried}");
}

/// Every `KeyId` has its row in the table, under its own name.
#[test]
fn every_key_id_has_a_row() {
    for key in KEYS {
        assert_eq!(crate::keys::get(key.id).name, key.name);
    }
    assert_eq!(
        KEYS.len(),
        21,
        "a new key: add it to `written` and `effect_case`"
    );
}

/// A declared variant's attributes with `key` set to its [`written`] value (in place of
/// the code or message it replaces).
fn declared_attrs(key: KeyId) -> String {
    let code = if key == KeyId::Code {
        written(key)
    } else {
        "#[code(1)]"
    };
    let message = if key == KeyId::Message {
        written(key)
    } else {
        "#[message(\"one\")]"
    };
    let extra = if matches!(key, KeyId::Code | KeyId::Message) {
        ""
    } else {
        written(key)
    };
    format!("{code} {message} {extra}")
}

/// The same, as a `define_codes!` variant.
fn dsl_declared(key: KeyId, name: &str) -> String {
    let code = if key == KeyId::Code { 2 } else { 1 };
    let message = if key == KeyId::Message { "two" } else { "one" };
    let extra = if matches!(key, KeyId::Code | KeyId::Message) {
        ""
    } else {
        written(key)
    };
    format!("{extra} {name} = {code} => \"{message}\",")
}

/// Every key a variant takes whose value an entry carries (code, message, advice,
/// translations, entry data) reaches the generated code on every path that builds entries:
/// a struct, a derived enum's column table and per-entry table, a large catalogue's table,
/// a variant with fields (its own `entry()`), and `define_codes!` (columns, and per entry).
#[test]
fn every_entry_key_reaches_every_entry_path() {
    let many = |count: usize, dsl: bool| -> String {
        (0..count)
            .map(|i| {
                if dsl {
                    format!("F{i} = {} => \"filler\",", 100 + i)
                } else {
                    format!("#[code({})] #[message(\"filler\")] F{i},", 100 + i)
                }
            })
            .collect()
    };
    let mut tried = 0;
    for key in KEYS {
        let Some(marker) = value_marker(key.id) else {
            continue;
        };
        // Aliases are lookup's, not the entry's (the effect test above and
        // `tests/string_codes.rs` follow them).
        if key.id == KeyId::Aliases {
            continue;
        }
        let on_variant = key.places.contains(Position::Variant);
        let on_dsl_variant = key.places.contains(Position::DslVariant);
        if !on_variant && !on_dsl_variant {
            continue;
        }
        let mut paths: Vec<(&str, Macro, String)> = Vec::new();
        if on_variant {
            let attrs = declared_attrs(key.id);
            paths.push(("struct", Macro::Derive, format!("{attrs} struct S;")));
            paths.push((
                "derived columns",
                Macro::Derive,
                derive_enum("", &format!("{attrs} A, {}", many(3, false))),
            ));
            paths.push((
                "derived per entry",
                Macro::Derive,
                derive_enum(
                    "",
                    &format!(
                        "{attrs} A, #[code(2000)] #[message(\"filler\")] #[advice(check_config)] G, {}",
                        many(3, false)
                    ),
                ),
            ));
            paths.push((
                "derived large table",
                Macro::Derive,
                derive_enum("", &format!("{attrs} A, {}", many(2048, false))),
            ));
            paths.push((
                "derived with fields",
                Macro::Derive,
                derive_enum("", &format!("{attrs} A(u8), {}", many(3, false))),
            ));
        }
        if on_dsl_variant || matches!(key.id, KeyId::Code | KeyId::Message) {
            paths.push((
                "define_codes columns",
                Macro::Define,
                dsl_enum(
                    "",
                    &format!("{} {}", dsl_declared(key.id, "A"), many(3, true)),
                ),
            ));
            paths.push((
                "define_codes per entry",
                Macro::Define,
                dsl_enum(
                    "",
                    &format!(
                        "{} #[advice(check_config)] G = 2000 => \"filler\", {}",
                        dsl_declared(key.id, "A"),
                        many(3, true)
                    ),
                ),
            ));
            paths.push((
                "define_codes large table",
                Macro::Define,
                dsl_enum(
                    "",
                    &format!("{} {}", dsl_declared(key.id, "A"), many(2048, true)),
                ),
            ));
        }
        let marker: String = marker.split_whitespace().collect();
        for (path, which, source) in paths {
            let out = expand(which, &source);
            let errors = errors_in(&out);
            assert!(
                errors.is_empty(),
                "`{}` on the {path} path: {errors:?}",
                key.name
            );
            assert!(
                compact(&out).contains(&marker),
                "`{}` is dropped on the {path} path: `{marker}` is not in the generated code",
                key.name
            );
            tried += 1;
        }
    }
    assert!(tried >= 40, "{tried}");
}
