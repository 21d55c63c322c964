//! Reads attributes through the key table (`keys`): `#[code]`, `#[message]`, `#[advice]`,
//! `#[platform(...)]`, `#[from]` and `#[source]`, each where the table allows it.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::parse::{ParseStream, Parser as _};
use syn::{Attribute, Ident, LitStr, Token};

use crate::advice::Advice;
use crate::errors::Errors;
use crate::keys::{self, Key, KeyId, Position, Syntax, ValueKind};
use crate::literal::{parse_code, parse_http_status, parse_message_args};

pub(crate) use crate::literal::{Code, FormatArg, Message};

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
    /// `#[cfg]`s: the generated code carries them too.
    pub(crate) cfgs: Vec<Attribute>,
    /// Docs and any other attribute, emitted as written by the DSL.
    pub(crate) passthrough: Vec<Attribute>,
}

impl Attrs {
    fn get(&self, key: KeyId) -> Option<&Found> {
        self.found.iter().find(|found| found.key == key)
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
        if self.get(key.id).is_some() {
            errors.at(span, format!("duplicate {}; keep one", key.display()));
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
    Err(syn::Error::new(
        ident.span(),
        format!(
            "unknown advice `{ident}`; expected one of: {}",
            Advice::names()
        ),
    ))
}

fn parse_platform_attr(attr: &Attribute, position: Position, out: &mut Attrs, errors: &mut Errors) {
    let mut any = false;
    let first = out.found.len();
    let result = attr.parse_nested_meta(|meta| {
        let name = meta
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        let span = meta
            .path
            .get_ident()
            .map_or_else(Span::call_site, Ident::span);
        any = true;
        let Some(key) = keys::find(Syntax::Platform, &name) else {
            if let Some(own) = keys::find(Syntax::Own, &name) {
                let value = take_value(&meta)?;
                own_key_in_platform(own, span, value, position, out, errors);
                return Ok(());
            }
            errors.spanned(
                &meta.path,
                format!(
                    "unknown key `{}` in `#[platform(...)]`; expected {}",
                    meta.path.to_token_stream(),
                    expected_keys(position)
                ),
            );
            return skip_value(&meta);
        };
        if !key.places.contains(position) {
            errors.at(
                span,
                format!(
                    "`{name}` does not apply to {}: {}",
                    position.describe(),
                    key.hint_at(position)
                ),
            );
            out.misplaced.push(Found {
                key: key.id,
                span,
                value: None,
            });
            return skip_value(&meta);
        }
        match platform_value(&meta, key, span, errors) {
            Ok(value) => {
                // A value followed by more than a comma (`lang = ""s > "en"`) may not be
                // what was meant: the error below stands alone, not beside its checks.
                let ends = meta.input.is_empty() || meta.input.peek(Token![,]);
                let mut value_errors = Errors::default();
                if let Some(value) = value_in_vain(key, span, value, &mut value_errors) {
                    out.record(key, span, Some(value), errors);
                }
                if ends {
                    errors.extend(value_errors);
                }
            }
            Err(e) => {
                // What the key meant is not known: it counts as written, and the checks
                // after parsing wait for this one error to be fixed.
                errors.push(e);
                skip_value(&meta)?;
                out.malformed = true;
                if out.get(key.id).is_none() {
                    out.record(key, span, None, errors);
                }
            }
        }
        if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
            // `category = "org" lang = "en"`: the next key, without a comma before it.
            let next: proc_macro2::TokenTree = meta.input.fork().parse()?;
            errors.at(
                next.span(),
                format!(
                    "expected `,` before `{next}`: the keys of `#[platform(...)]` are separated by commas, as in `#[platform(category = \"org\", lang = \"en\")]`"
                ),
            );
            skip_value(&meta)?;
            out.malformed = true;
        }
        Ok(())
    });
    match result {
        Err(e) => {
            // The attribute is malformed: the keys read from it still count as written, but
            // their values are not checked further, as the one error may be what broke them.
            for found in &mut out.found[first..] {
                found.value = None;
            }
            out.malformed = true;
            errors.push(e);
        }
        Ok(()) if !any => errors.spanned(
            attr,
            format!(
                "`#[platform()]` without a key does nothing: remove it, or write a key: {}",
                expected_keys(position)
            ),
        ),
        Ok(()) => {}
    }
}

/// The value of `key` in `#[platform(...)]`, in the form the key table says (`= "text"`,
/// `= path`, `= 401`, `(list)` or nothing); written in another form, one error that names
/// the key and shows the form.
fn platform_value(
    meta: &syn::meta::ParseNestedMeta<'_>,
    key: &Key,
    span: Span,
    errors: &mut Errors,
) -> syn::Result<Value> {
    let name = key.name;
    let input = meta.input;
    match key.value {
        ValueKind::Flag => {
            if input.is_empty() || input.peek(Token![,]) {
                Ok(Value::Flag)
            } else {
                Err(syn::Error::new(
                    input.span(),
                    format!(
                        "`{name}` takes no value: write `{name}` alone, as in `{}`, or remove it",
                        key.example
                    ),
                ))
            }
        }
        ValueKind::Str | ValueKind::Path | ValueKind::Int if !input.peek(Token![=]) => {
            if key.value == ValueKind::Int && input.peek(syn::token::Paren) {
                // `http_status(401)`, read as `http_status = 401`.
                let content;
                syn::parenthesized!(content in input);
                return whole(&content, |content| parse_value(content, key.value, errors));
            }
            // `category("org")`, `lang`: the value goes after `=`.
            let shown = if input.peek(syn::token::Paren) {
                let content;
                syn::parenthesized!(content in input);
                let tokens: TokenStream = content.parse()?;
                value_as_written(key, &tokens)
            } else {
                example_value(key).to_owned()
            };
            Err(syn::Error::new(
                span,
                format!("`{name}` takes its value after `=`: write `{name} = {shown}`"),
            ))
        }
        ValueKind::Str => {
            input.parse::<Token![=]>()?;
            if input.peek(LitStr) {
                return parse_value(input, key.value, errors);
            }
            // `reason = X`, `docs = https`: a string literal.
            let at = input.span();
            let tokens = rest_of_value(input)?;
            // A word (`reason = X`) in quotes; else the key's example (a link is no word).
            let shown = match (single_tree(&tokens), key.id) {
                (_, KeyId::Docs) => example_value(key).to_owned(),
                (Some(proc_macro2::TokenTree::Ident(ident)), _) => format!("\"{ident}\""),
                (Some(proc_macro2::TokenTree::Literal(literal)), _) => format!("\"{literal}\""),
                _ => example_value(key).to_owned(),
            };
            Err(syn::Error::new(
                at,
                format!("`{name}` takes a string literal: write `{name} = {shown}`"),
            ))
        }
        ValueKind::Path => {
            input.parse::<Token![=]>()?;
            if let Ok(lit) = input.fork().parse::<LitStr>() {
                // `crate = "pe"`, as serde spells its key: a path, without quotes.
                input.parse::<LitStr>()?;
                let shown = syn::parse_str::<syn::Path>(&lit.value()).map_or_else(
                    |_| example_value(key).to_owned(),
                    |path| compact_tokens(&path.into_token_stream()),
                );
                return Err(syn::Error::new(
                    lit.span(),
                    format!("`{name}` takes a path, not a string: write `{name} = {shown}`"),
                ));
            }
            let at = input.span();
            match parse_value(input, key.value, errors) {
                Ok(value) => Ok(value),
                Err(_) => Err(syn::Error::new(
                    at,
                    format!(
                        "`{name}` takes a path: write `{name} = {}`",
                        example_value(key)
                    ),
                )),
            }
        }
        ValueKind::Code | ValueKind::Int => {
            input.parse::<Token![=]>()?;
            parse_value(input, key.value, errors)
        }
        kind => {
            if !input.peek(syn::token::Paren) {
                // `shared = 40100`: a list, in parentheses.
                let tokens = if input.peek(Token![=]) {
                    input.parse::<Token![=]>()?;
                    rest_of_value(input)?
                } else {
                    TokenStream::new()
                };
                let shown = if tokens.is_empty() {
                    example_value(key).to_owned()
                } else {
                    format!("{name}({})", compact_tokens(&tokens))
                };
                return Err(syn::Error::new(
                    span,
                    format!("`{name}` takes a list in parentheses: write `{shown}`"),
                ));
            }
            let content;
            syn::parenthesized!(content in input);
            whole(&content, |content| parse_value(content, kind, errors))
        }
    }
}

/// Parses `content` (a group's) with `parse`; on an error the rest of it is consumed, so
/// that syn does not report its tokens again as unexpected.
fn whole<T>(
    content: ParseStream<'_>,
    parse: impl FnOnce(ParseStream<'_>) -> syn::Result<T>,
) -> syn::Result<T> {
    let parsed = parse(content);
    if parsed.is_err() {
        content.parse::<TokenStream>()?;
    }
    parsed
}

/// The tokens of a value, up to the next comma, consumed.
fn rest_of_value(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend(std::iter::once(input.parse::<proc_macro2::TokenTree>()?));
    }
    Ok(tokens)
}

/// The one token tree of `tokens`, if that is all there is.
fn single_tree(tokens: &TokenStream) -> Option<proc_macro2::TokenTree> {
    let mut trees = tokens.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(tree), None) => Some(tree),
        _ => None,
    }
}

/// The value written in parentheses (`category("org")`), as it goes after `=`: a string
/// literal or a path as written, else the key's example.
fn value_as_written(key: &Key, tokens: &TokenStream) -> String {
    match key.value {
        ValueKind::Str if syn::parse2::<LitStr>(tokens.clone()).is_ok() => tokens.to_string(),
        ValueKind::Path if syn::parse2::<syn::Path>(tokens.clone()).is_ok() => {
            compact_tokens(tokens)
        }
        _ => example_value(key).to_owned(),
    }
}

/// The value of the key's example: `"org"` of `#[platform(category = "org")]`, `shared(40100,
/// -1)` of `#[platform(shared(40100, -1))]`.
fn example_value(key: &Key) -> &'static str {
    let inner = key
        .example
        .strip_prefix("#[platform(")
        .and_then(|rest| rest.strip_suffix(")]"))
        .unwrap_or(key.example);
    match inner.split_once(" = ") {
        Some((_, value)) => value,
        None => inner,
    }
}

/// A value that parsed but would change nothing, or names nothing: one error, and the key
/// is dropped (`None`), so that nothing else reports it.
fn value_in_vain(key: &Key, span: Span, value: Value, errors: &mut Errors) -> Option<Value> {
    let name = key.name;
    match (&value, key.id) {
        (Value::Codes(codes), _) if codes.is_empty() => errors.at(
            span,
            format!("`{name}()` lists no code, and would change nothing: list the codes several variants declare, as in `{}`, or remove it", example_value(key)),
        ),
        (Value::Strs(strs), _) if strs.is_empty() => errors.at(
            span,
            format!("`{name}()` lists no spelling, and would change nothing: list the other spellings the platform sends, as in `{}`, or remove it", example_value(key)),
        ),
        (Value::Str(lit), KeyId::Lang) if crate::literal::names_no_language(&lit.value()) => {
            errors.spanned(
                lit,
                format!(
                    "`lang = {}` names no language (`message_in` reads an empty tag and `*` as asking for none in particular): write the language the default messages are in, such as `lang = \"en\"`, or remove it",
                    lit.to_token_stream()
                ),
            );
        }
        (Value::Str(lit), KeyId::Docs) => match crate::template::check_docs(&lit.value()) {
            Ok(()) => return Some(value),
            Err(message) => errors.spanned(lit, message),
        },
        _ => return Some(value),
    }
    None
}

/// `#[platform(code = 40001)]`: a key that is an attribute of its own. One error that
/// says how to write it; its value still counts, so that nothing else reports it missing.
fn own_key_in_platform(
    key: &'static Key,
    span: Span,
    value: TokenStream,
    position: Position,
    out: &mut Attrs,
    errors: &mut Errors,
) {
    let parsed = if key.value == ValueKind::Flag {
        value.is_empty().then_some(Value::Flag)
    } else {
        (|input: ParseStream<'_>| parse_value(input, key.value, &mut Errors::default()))
            .parse2(value.clone())
            .ok()
    };
    let written = if key.value == ValueKind::Flag || value.is_empty() {
        format!("#[{}]", key.name)
    } else {
        format!("#[{}({})]", key.name, compact_tokens(&value))
    };
    if key.places.contains(position) {
        errors.at(
            span,
            format!(
                "`{}` is an attribute of its own, not a key of `#[platform(...)]`: write `{written}`",
                key.name
            ),
        );
        if out.get(key.id).is_none() {
            out.found.push(Found {
                key: key.id,
                span,
                value: parsed,
            });
        }
    } else {
        errors.at(
            span,
            format!(
                "`{}` is an attribute of its own, not a key of `#[platform(...)]`, and does not apply to {}: {}",
                key.name,
                position.describe(),
                key.hint_at(position)
            ),
        );
        out.misplaced.push(Found {
            key: key.id,
            span,
            value: parsed,
        });
    }
}

/// thiserror's `#[error(...)]`, registered as the derive's helper so that the compiler does
/// not add "cannot find attribute" to this one error. What it meant still counts: a message,
/// or `transparent`.
fn thiserror_attr(attr: &Attribute, position: Position, out: &mut Attrs, errors: &mut Errors) {
    let args = match &attr.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        _ => TokenStream::new(),
    };
    let transparent = syn::parse2::<Ident>(args.clone()).is_ok_and(|ident| ident == "transparent");
    let (key, value, written) = if transparent {
        (
            KeyId::Transparent,
            Some(Value::Flag),
            "#[platform(transparent)]".to_owned(),
        )
    } else {
        let value = (|input: ParseStream<'_>| parse_message_args(input, &mut Errors::default()))
            .parse2(args.clone())
            .ok();
        let written = match syn::parse2::<LitStr>(args.clone()) {
            Ok(lit) => format!("#[message({})]", lit.to_token_stream()),
            Err(_) => "#[message(...)]".to_owned(),
        };
        (KeyId::Message, value.map(Value::Message), written)
    };
    let key = keys::get(key);
    let span = attr
        .path()
        .get_ident()
        .map_or_else(Span::call_site, Ident::span);
    if key.places.contains(position) {
        errors.at(
            span,
            format!("`#[error]` is thiserror's attribute; here, write `{written}`"),
        );
        if out.get(key.id).is_none() {
            out.found.push(Found {
                key: key.id,
                span,
                value,
            });
        }
    } else {
        errors.at(
            span,
            format!(
                "`#[error]` is thiserror's attribute, and here its place is taken by {}, which does not apply to {}: {}",
                key.display(),
                position.describe(),
                key.hint_at(position)
            ),
        );
        out.misplaced.push(Found {
            key: key.id,
            span,
            value,
        });
    }
}

/// Tokens as the user wrote them, near enough: no space before `,`, `.` and `(`, none
/// after `.`, `-` and `(`.
fn compact_tokens(tokens: &TokenStream) -> String {
    let text = tokens.to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let prev = out.chars().last();
            let next = chars.peek().copied();
            let glue_before = matches!(next, Some(',' | '.' | '(' | ')'));
            let glue_after = matches!(prev, Some('.' | '-' | '('));
            if glue_before || glue_after {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The value after a key, as written (`= 40001`, or `(40001)`), consumed up to the next
/// comma.
fn take_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<TokenStream> {
    let mut value = TokenStream::new();
    if meta.input.peek(Token![=]) {
        meta.input.parse::<Token![=]>()?;
    } else if meta.input.peek(syn::token::Paren) {
        let group: proc_macro2::Group = meta.input.parse()?;
        value = group.stream();
    }
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        value.extend(std::iter::once(
            meta.input.parse::<proc_macro2::TokenTree>()?,
        ));
    }
    Ok(value)
}

fn expected_keys(position: Position) -> String {
    let keys = keys::platform_keys_at(position);
    if keys.is_empty() {
        format!(
            "none: `#[platform(...)]` takes no keys on {}",
            position.describe()
        )
    } else {
        keys
    }
}

/// Consumes whatever follows an unknown or misplaced key, up to the next comma, so that
/// parsing goes on to the next key and the one mistake is one error.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// A `cfg_attr`'s predicate and the attributes it applies; `None` for another attribute,
/// or one that does not parse.
fn cfg_attr_parts(attr: &Attribute) -> Option<(syn::Meta, syn::punctuated::IntoIter<syn::Meta>)> {
    use syn::punctuated::Punctuated;
    if attr
        .path()
        .get_ident()
        .is_none_or(|ident| ident.unraw() != "cfg_attr")
    {
        return None;
    }
    let mut metas = attr
        .parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
        .ok()?
        .into_iter();
    let predicate = metas.next()?;
    Some((predicate, metas))
}

/// The first of the macros' own attributes (`platform`, `advice`, `code`, `message`, ...)
/// inside a `cfg_attr`, nested ones included.
/// Whether `tokens` hold the identifier `name`, at any depth (of a `cfg_attr`'s attributes,
/// not its predicate, which may name a `cfg` `unknown`).
fn names_ident(tokens: TokenStream, name: &str) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => names_ident(group.stream(), name),
        _ => false,
    })
}

fn key_inside_cfg_attr(attr: &Attribute) -> Option<syn::Path> {
    use syn::Meta;
    let (_, metas) = cfg_attr_parts(attr)?;
    for meta in metas {
        let Some(ident) = meta.path().get_ident().map(Ident::unraw) else {
            continue;
        };
        if ident == "platform" || keys::find(Syntax::Own, &ident.to_string()).is_some() {
            // By value: syn's `Clone` impls are not compiled in.
            return Some(match meta {
                Meta::Path(path) => path,
                Meta::List(list) => list.path,
                Meta::NameValue(pair) => pair.path,
            });
        }
        if ident == "cfg_attr" {
            let nested = Attribute::parse_outer
                .parse2(quote::quote!(#[#meta]))
                .unwrap_or_default();
            if let Some(found) = nested.iter().find_map(key_inside_cfg_attr) {
                return Some(found);
            }
        }
    }
    None
}

/// `#[cfg_attr(predicate, cfg(...))]` for a `cfg_attr` that holds a `cfg` (among other
/// attributes, or inside a nested `cfg_attr`): the part that can remove the item.
fn cfg_inside_cfg_attr(attr: &Attribute) -> Option<Attribute> {
    use syn::Meta;
    let (predicate, metas) = cfg_attr_parts(attr)?;
    let mut cfgs: Vec<Meta> = Vec::new();
    for meta in metas {
        let Some(ident) = meta.path().get_ident().map(Ident::unraw) else {
            continue;
        };
        if ident == "cfg" {
            cfgs.push(meta);
        } else if ident == "cfg_attr" {
            // Parsed as an attribute again (by the parser `dsl` compiles already).
            let nested = Attribute::parse_outer
                .parse2(quote::quote!(#[#meta]))
                .unwrap_or_default();
            for nested in &nested {
                if let Some(inner) = cfg_inside_cfg_attr(nested) {
                    cfgs.push(inner.meta);
                }
            }
        }
    }
    if cfgs.is_empty() {
        return None;
    }
    Attribute::parse_outer
        .parse2(quote::quote!(#[cfg_attr(#predicate, #(#cfgs),*)]))
        .ok()?
        .pop()
}
