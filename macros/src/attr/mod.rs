//! Reads attributes through the key table (`keys`): `#[code]`, `#[message]`, `#[advice]`,
//! `#[platform(...)]`, `#[from]` and `#[source]`, each where the table allows it.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitStr, Token};

use crate::advice::Advice;
use crate::errors::Errors;
use crate::keys::{self, Key, KeyId, Position, Syntax, ValueKind};
use crate::literal::{parse_code, parse_http_status, parse_message_args};

pub(crate) use crate::literal::{Code, FormatArg, Message};

mod cfg_attr;
mod platform;
mod thiserror;

use cfg_attr::{cfg_attr_parts, cfg_inside_cfg_attr, key_inside_cfg_attr, names_ident};
use platform::parse_platform_attr;
use thiserror::thiserror_attr;

/// A key's value, read as its [`ValueKind`] says.
pub(crate) enum Value {
    Flag,
    Str(LitStr),
    Path(TokenStream),
    Code(Code),
    Codes(Vec<Code>),
    Strs(Vec<LitStr>),
    Message(Message),
    Advice(Advice),
}

/// A key found in the attributes: its span, and its value when it parsed.
pub(crate) struct Found {
    pub(crate) key: KeyId,
    pub(crate) span: Span,
    pub(crate) value: Option<Value>,
}

/// Everything the attributes at one position declared.
#[derive(Default)]
pub(crate) struct Attrs {
    pub(crate) found: Vec<Found>,
    /// Keys written where they do not apply, already reported: what they meant is known
    /// (their value, when it parsed), so that no other error repeats the mistake.
    pub(crate) misplaced: Vec<Found>,
    /// An attribute here did not parse (reported): what it meant is not known, so what is
    /// checked after parsing is not reported for this position, where it may only repeat
    /// that one error.
    pub(crate) malformed: bool,
    /// Keys found in the wrong syntax (`#[platform(code = 1)]`), already reported: they
    /// count as written, and no check of where they apply reports them again.
    pub(crate) reported: Vec<KeyId>,
    /// Attributes that are none of the keys but a key's near miss (`mesage`), with the key:
    /// named in an error that the key is missing.
    pub(crate) near_misses: Vec<(String, &'static str)>,
    /// `#[cfg]`s: the generated code carries them too.
    pub(crate) cfgs: Vec<Attribute>,
    /// Docs and any other attribute, emitted as written by the DSL.
    pub(crate) passthrough: Vec<Attribute>,
}

impl Attrs {
    fn get(&self, key: KeyId) -> Option<&Found> {
        self.found.iter().find(|found| found.key == key)
    }

    /// For an error that `key` is missing: the attribute written here that may be it
    /// misspelt, as a sentence to add (`` (is `#[mesage]` meant as `#[message]`?)``).
    pub(crate) fn near_miss_of(&self, key: &str) -> String {
        self.near_misses
            .iter()
            .find(|(_, near)| *near == key || *near == "platform")
            .map(|(written, near)| format!(" (is `#[{written}]` meant as `#[{near}]`?)"))
            .unwrap_or_default()
    }

    /// The span of `key`, when it was written (even if its value did not parse).
    pub(crate) fn span(&self, key: KeyId) -> Option<Span> {
        self.get(key).map(|found| found.span)
    }

    pub(crate) fn str(&self, key: KeyId) -> Option<&LitStr> {
        match self.get(key)?.value.as_ref()? {
            Value::Str(lit) => Some(lit),
            _ => None,
        }
    }

    pub(crate) fn path(&self, key: KeyId) -> Option<&TokenStream> {
        match self.get(key)?.value.as_ref()? {
            Value::Path(path) => Some(path),
            _ => None,
        }
    }

    pub(crate) fn code(&self) -> Option<&Code> {
        match self.get(KeyId::Code)?.value.as_ref()? {
            Value::Code(code) => Some(code),
            _ => None,
        }
    }

    /// A one-code value (`http_status = 401`).
    pub(crate) fn codes_one(&self, key: KeyId) -> Option<&Code> {
        match self.get(key)?.value.as_ref()? {
            Value::Code(code) => Some(code),
            _ => None,
        }
    }

    /// A list of strings (`aliases("NOAUTH")`).
    pub(crate) fn strs(&self, key: KeyId) -> &[LitStr] {
        match self.get(key).and_then(|found| found.value.as_ref()) {
            Some(Value::Strs(strs)) => strs,
            _ => &[],
        }
    }

    pub(crate) fn codes(&self, key: KeyId) -> &[Code] {
        match self.get(key).and_then(|found| found.value.as_ref()) {
            Some(Value::Codes(codes)) => codes,
            _ => &[],
        }
    }

    pub(crate) fn advice(&self) -> Option<(Advice, Span)> {
        let found = self.get(KeyId::Advice)?;
        match found.value.as_ref()? {
            Value::Advice(advice) => Some((*advice, found.span)),
            _ => None,
        }
    }

    /// Takes a string value out.
    pub(crate) fn take_str(&mut self, key: KeyId) -> Option<LitStr> {
        let found = self.found.iter_mut().find(|f| f.key == key)?;
        match found.value.take() {
            Some(Value::Str(lit)) => Some(lit),
            other => {
                found.value = other;
                None
            }
        }
    }

    /// Takes the message out: the model owns it once resolved.
    pub(crate) fn take_message(&mut self) -> Option<Message> {
        let found = self.found.iter_mut().find(|f| f.key == KeyId::Message)?;
        match found.value.take() {
            Some(Value::Message(message)) => Some(message),
            _ => None,
        }
    }

    /// Whether `key` was written here but does not apply here (already reported).
    pub(crate) fn misplaced(&self, key: KeyId) -> Option<&Found> {
        self.misplaced.iter().find(|found| found.key == key)
    }

    /// Moves the keys that describe a struct's one variant out of a struct's attributes:
    /// the keys the key table allows on a variant.
    pub(crate) fn split_variant_keys(&mut self) -> Attrs {
        let (variant, kept): (Vec<Found>, Vec<Found>) = std::mem::take(&mut self.found)
            .into_iter()
            .partition(|found| keys::get(found.key).describes_variant());
        self.found = kept;
        Attrs {
            found: variant,
            malformed: self.malformed,
            reported: self.reported.clone(),
            near_misses: self.near_misses.clone(),
            ..Attrs::default()
        }
    }

    /// Sets a key the DSL's own syntax declared (`= 40001 => "message"`, `Name(Type)`).
    pub(crate) fn insert(&mut self, key: KeyId, span: Span, value: Value) {
        self.remove(key);
        self.found.push(Found {
            key,
            span,
            value: Some(value),
        });
    }

    /// Removes a key, giving its span.
    pub(crate) fn remove(&mut self, key: KeyId) -> Option<Span> {
        let index = self.found.iter().position(|found| found.key == key)?;
        Some(self.found.remove(index).span)
    }

    fn record(&mut self, key: &Key, span: Span, value: Option<Value>, errors: &mut Errors) {
        if let Some(found) = self.found.iter_mut().find(|found| found.key == key.id) {
            // A list given again adds to the first (`shared(1)` then `shared(2)`, as serde's
            // repeated `alias`); a value given twice is one too many.
            match (&mut found.value, value) {
                (Some(Value::Codes(first)), Some(Value::Codes(more))) => first.extend(more),
                (Some(Value::Strs(first)), Some(Value::Strs(more))) => first.extend(more),
                // One of them did not parse (reported): nothing to add.
                (None, _) | (_, None) => {}
                _ => errors.at(span, format!("duplicate {}; keep one", key.display())),
            }
        } else {
            self.found.push(Found {
                key: key.id,
                span,
                value,
            });
        }
    }
}

/// Reads the attributes at `position`, reporting misuse into `errors`.
pub(crate) fn parse_attrs(attrs: Vec<Attribute>, position: Position, errors: &mut Errors) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs {
        let path = attr.path();
        if path.is_ident("platform") {
            parse_platform_attr(&attr, position, &mut out, errors);
            continue;
        }
        // `r#cfg` is a `cfg` too.
        if path.get_ident().is_some_and(|ident| ident.unraw() == "cfg") {
            out.cfgs.push(attr);
            continue;
        }
        // `define_codes!` reads its keys as written: one inside a `cfg_attr` would reach
        // rustc as an unknown attribute, or vanish under a false predicate.
        if matches!(
            position,
            Position::DslEnum | Position::DslVariant | Position::DslInvocation
        ) {
            if let Some(key) = key_inside_cfg_attr(&attr) {
                let name = key.to_token_stream().to_string();
                // An enum or a variant may be declared again under another `#[cfg]` (`dsl`).
                // (Not the catch-all: a type has one, and two under other `#[cfg]`s are two.
                // It is read as declared, so that the variant, without a code, is no other
                // error.)
                let catch_all = position == Position::DslVariant
                    && cfg_attr_parts(&attr).is_some_and(|(_, mut metas)| {
                        metas.any(|meta| names_ident(meta.to_token_stream(), "unknown"))
                    });
                if catch_all {
                    out.found.push(Found {
                        key: KeyId::Unknown,
                        span: syn::spanned::Spanned::span(&key),
                        value: None,
                    });
                }
                let or = match position {
                    Position::DslEnum => ", or declare the enum twice, each under its own `#[cfg]`",
                    Position::DslVariant if !catch_all => {
                        ", or declare the variant twice, each under its own `#[cfg]`"
                    }
                    _ => "",
                };
                errors.spanned(
                    &key,
                    format!(
                        "`define_codes!` reads `{name}` before `cfg_attr` applies, so it cannot be conditional: write it without `cfg_attr`{or}"
                    ),
                );
                continue;
            }
        }
        // A `cfg` inside a `cfg_attr` removes the item as a `cfg` does (`define_codes!` sees
        // it unexpanded): what names the variant elsewhere carries that part too.
        if let Some(cfg) = cfg_inside_cfg_attr(&attr) {
            out.cfgs.push(cfg);
        }
        if path.is_ident("error") {
            thiserror_attr(&attr, position, &mut out, errors);
            continue;
        }
        let Some(key) = path
            .get_ident()
            .and_then(|ident| keys::find(Syntax::Own, &ident.to_string()))
        else {
            // Perhaps a misspelt key (`#[mesage]`), which rustc reports, or another derive's
            // attribute (parity-scale-codec's `#[codec]`), which it accepts: nothing is
            // assumed, and an error that a key is missing names it as a possible misspelling.
            // (Doc comments, an attribute on most variants, are passed without a `String`.)
            if let Some(ident) = path.get_ident().filter(|ident| *ident != "doc") {
                let written = ident.to_string();
                if let Some(key) = near_key(&written) {
                    out.near_misses.push((written, key));
                }
            }
            out.passthrough.push(attr);
            continue;
        };
        let span = path.get_ident().map_or_else(Span::call_site, Ident::span);
        if !key.places.contains(position) {
            errors.spanned(
                path,
                format!(
                    "{} does not apply to {}: {}",
                    key.display(),
                    position.describe(),
                    key.hint_at(position)
                ),
            );
            // What it meant, for the parser and resolver to go on without a second error.
            let value = parse_own_value(&attr, key, &mut Errors::default());
            out.misplaced.push(Found {
                key: key.id,
                span,
                value,
            });
            continue;
        }
        let value = parse_own_value(&attr, key, errors);
        if value.is_none() {
            out.malformed = true;
        }
        out.record(key, span, value, errors);
    }
    out
}

/// The key `name`, an attribute that is none of the keys, may be misspelt from: within two
/// edits of a key of its own or of `platform`, and none of the attributes Rust and common
/// derives use.
fn near_key(name: &str) -> Option<&'static str> {
    const OTHERS: &[&str] = &[
        "doc",
        "cfg",
        "cfg_attr",
        "allow",
        "warn",
        "deny",
        "forbid",
        "expect",
        "deprecated",
        "must_use",
        "serde",
        "default",
        "repr",
        "non_exhaustive",
        "cold",
        "inline",
        "rustfmt",
        "clippy",
        "strum",
        "display",
        "error",
    ];
    if name.len() < 3 || OTHERS.contains(&name) {
        return None;
    }
    // A name of three letters (`cod`) may be one edit away; one that short two edits away
    // is anything.
    let most = if name.len() < 4 { 1 } else { 2 };
    keys::KEYS
        .iter()
        .filter(|key| key.syntax == Syntax::Own)
        .map(|key| key.name)
        .chain(["platform"])
        .find(|key| *key != name && edits(key, name) <= most)
}

/// The advice `name`, none of them, may be meant as: within two edits of one, or the start
/// of one (`refresh` for `refresh_token`).
fn near_advice(name: &str) -> Option<Advice> {
    Advice::ALL.iter().copied().find(|advice| {
        let snake = advice.snake();
        edits(snake, name) <= 2 || (name.len() >= 4 && snake.starts_with(name))
    })
}

/// The number of one-character insertions, deletions and substitutions from `a` to `b`.
pub(crate) fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The value of an attribute of its own (`#[code(...)]`, `#[from]`).
fn parse_own_value(attr: &Attribute, key: &Key, errors: &mut Errors) -> Option<Value> {
    let mut inner = Errors::default();
    let parsed = match (key.value, &attr.meta) {
        (ValueKind::Flag, syn::Meta::Path(_)) => Ok(Value::Flag),
        (ValueKind::Flag, _) => Err(syn::Error::new_spanned(
            attr,
            format!("`#[{}]` takes no arguments", key.name),
        )),
        (kind, syn::Meta::List(list)) => list.parse_args_with(|input: ParseStream<'_>| {
            let value = parse_value(input, kind, &mut inner)?;
            if !input.is_empty() {
                return Err(input.error(format!("expected one value, as in `{}`", key.example)));
            }
            Ok(value)
        }),
        (kind, _) => Err(syn::Error::new_spanned(
            attr,
            if kind == ValueKind::Advice {
                format!(
                    "write the advice in parentheses, one of: {}",
                    Advice::names()
                )
            } else {
                format!("write the value in parentheses: `{}`", key.example)
            },
        )),
    };
    match parsed {
        Ok(value) => {
            errors.extend(inner);
            Some(value)
        }
        // What was found inside a value that did not parse may only repeat its error.
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// Reads one value of `kind` from `input` (after `=` for `Str` and `Path`).
fn parse_value(input: ParseStream<'_>, kind: ValueKind, errors: &mut Errors) -> syn::Result<Value> {
    Ok(match kind {
        ValueKind::Flag => Value::Flag,
        ValueKind::Str => Value::Str(input.parse()?),
        ValueKind::Path => Value::Path(input.parse::<syn::Path>()?.into_token_stream()),
        ValueKind::Code => Value::Code(parse_code(input)?),
        ValueKind::Int => Value::Code(parse_http_status(input)?),
        ValueKind::Strs => {
            let strs = input.parse_terminated(
                |input: ParseStream<'_>| {
                    input.parse::<LitStr>().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "write each spelling as a string literal: `aliases(\"NOAUTH\", \"NO_AUTHORITY\")`",
                        )
                    })
                },
                Token![,],
            )?;
            Value::Strs(strs.into_iter().collect())
        }
        ValueKind::Codes => {
            let mut codes = Vec::new();
            while !input.is_empty() {
                codes.push(parse_code(input)?);
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
            }
            Value::Codes(codes)
        }
        ValueKind::Message => Value::Message(parse_message_args(input, errors)?),
        ValueKind::Advice => Value::Advice(parse_advice(input)?),
    })
}

fn parse_advice(input: ParseStream<'_>) -> syn::Result<Advice> {
    let ident: Ident = input.call(Ident::parse_any).map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected the kind of advice: {}", Advice::names()),
        )
    })?;
    for &advice in Advice::ALL {
        if ident == advice.snake() {
            return Ok(advice);
        }
    }
    let near = near_advice(&ident.to_string())
        .map(|advice| format!(" (is `{ident}` meant as `{}`?)", advice.snake()))
        .unwrap_or_default();
    Err(syn::Error::new(
        ident.span(),
        format!(
            "unknown advice `{ident}`{near}; expected one of: {}",
            Advice::names()
        ),
    ))
}
