//! `#[platform(...)]`: its keys, each value in the form the key table says, and the
//! errors of a key written where it does not apply or in the wrong form.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser as _};
use syn::{Attribute, Ident, LitStr, Token};

use super::{parse_value, Attrs, Found, Value};
use crate::errors::Errors;
use crate::keys::{self, Key, KeyId, Position, Syntax, ValueKind};

pub(super) fn parse_platform_attr(
    attr: &Attribute,
    position: Position,
    out: &mut Attrs,
    errors: &mut Errors,
) {
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
            // What it meant (`locl`, `unknwon`) is not known: the checks after parsing wait
            // for this one error, so that no "has no code" follows it.
            out.malformed = true;
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
            // What it meant, where it parses (`shared(40100)` on a variant: the codes it
            // lists are not reported again as declared twice).
            let value = platform_value(&meta, key, span, &mut Errors::default()).ok();
            out.misplaced.push(Found {
                key: key.id,
                span,
                value,
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
        (Value::Str(lit), KeyId::Lang) if crate::literal::malformed_tag(&lit.value()) => {
            errors.spanned(
                lit,
                format!(
                    "`lang = {}` is no language tag: a tag is letters and digits, with `-` between its parts, such as `lang = \"en\"` or `lang = \"zh-Hans\"`",
                    lit.to_token_stream()
                ),
            );
        }
        (Value::Str(lit), KeyId::Category | KeyId::Docs) if lit.value().trim().is_empty() => {
            errors.spanned(
                lit,
                format!(
                    "`{name} = {}` is empty, and would name nothing: write it, as in `{name} = {}`, or remove it",
                    lit.to_token_stream(),
                    example_value(key)
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
        out.reported.push(key.id);
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
