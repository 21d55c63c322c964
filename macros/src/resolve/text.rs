//! The text of declared and local variants, resolved: messages and their placeholders,
//! extra format arguments (`.field` bound), translations (which must show the fields the
//! default message shows), advice, reason and HTTP status.

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use syn::{LitStr, Member};

use super::Defaults;
use crate::attr::Attrs;
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::literal::same_tag;
use crate::model::{binding, FormatArg, Text, Variant};
use crate::template::{ArgName, Template};

/// `http_status = N`, checked to be an HTTP status.
pub(super) fn http_status(attrs: &Attrs, errors: &mut Errors) -> Option<u16> {
    let code = attrs.codes_one(KeyId::HttpStatus)?;
    match u16::try_from(code.value) {
        Ok(status @ 100..=599) => Some(status),
        _ => {
            errors.at(
                code.span,
                format!(
                    "{} is not an HTTP status: write one from 100 to 599, such as `401`",
                    code.value
                ),
            );
            None
        }
    }
}

/// A reason is `UPPER_SNAKE`, as AIP-193 asks: `[A-Z][A-Z0-9_]*`, at most 63 characters.
fn check_reason(reason: &LitStr, errors: &mut Errors) -> Option<String> {
    let value = reason.value();
    let valid = value.len() <= 63
        && value.starts_with(|c: char| c.is_ascii_uppercase())
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if valid {
        Some(value)
    } else {
        errors.spanned(
            reason,
            "a reason is UPPER_SNAKE, at most 63 characters, starting with a letter, such as `TOKEN_EXPIRED`",
        );
        None
    }
}

/// The message, its translations and the advice of a declared or local variant.
pub(super) fn resolve_text(
    variant: &Variant,
    attrs: &mut Attrs,
    defaults: &Defaults,
    who: &str,
    errors: &mut Errors,
) -> Text {
    let written = attrs.span(KeyId::Message).is_some();
    let message = attrs.take_message();
    if !written {
        let thiserror = if variant
            .passthrough
            .iter()
            .any(|a| a.path().is_ident("error"))
        {
            " (`#[error(...)]` is thiserror's attribute; here it is `#[message(...)]`)"
        } else {
            ""
        };
        errors.at(
            variant.span,
            format!("{who} has no message: add `#[message(\"...\")]` with the text to show, such as `#[message(\"invalid token\")]`{thiserror}"),
        );
    }
    let lang = attrs
        .str(KeyId::Lang)
        .map(LitStr::value)
        .or_else(|| defaults.lang.clone());
    let (message, translations, args) = match message {
        Some(message) => {
            let args = resolve_format_args(&message.args, variant, who, errors);
            check_placeholders(&message.default, variant, &message.args, who, errors);
            // A translation may show the named extra arguments (`max = .limit`), not the
            // positional ones, whose order belongs to the default message.
            let named: Vec<crate::attr::FormatArg> = message
                .args
                .iter()
                .filter(|arg| arg.name.is_some())
                .cloned()
                .collect();
            for (tag, template) in &message.translations {
                check_placeholders(template, variant, &named, who, errors);
                check_translation_fields(&message.default, template, tag, errors);
                if lang.as_deref().is_some_and(|l| same_tag(l, tag)) {
                    errors.spanned(
                        &template.lit,
                        format!(
                            "the default message is already in `{tag}`; remove this translation"
                        ),
                    );
                }
            }
            (message.default, message.translations, args)
        }
        None => (Template::empty(), Vec::new(), Vec::new()),
    };
    let reason = attrs
        .str(KeyId::Reason)
        .and_then(|r| check_reason(r, errors));
    let http_status = http_status(attrs, errors).or(defaults.http_status);
    Text {
        reason,
        http_status,
        message,
        args,
        lang,
        translations,
        advice: attrs
            .advice()
            .map(|(advice, _)| advice)
            .or(defaults.advice)
            .unwrap_or_default(),
    }
}

/// Every placeholder names a field, or an extra argument of `extra`.
fn check_placeholders(
    template: &Template,
    variant: &Variant,
    extra: &[crate::attr::FormatArg],
    who: &str,
    errors: &mut Errors,
) {
    let positional = extra.iter().filter(|a| a.name.is_none()).count();
    for arg in template.args() {
        for name in std::iter::once(&arg.name).chain(&arg.spec_refs) {
            if let ArgName::Next(index) = name {
                if *index >= positional {
                    errors.spanned(
                        &template.lit,
                        if extra.is_empty() {
                            format!("`{{}}` does not say what to show: name a field of {who}, as in `{{field}}` or `{{0}}`, or write the value after the message, as in `#[message(\"{{}} items\", .items.len())]`")
                        } else {
                            format!("the message has more `{{}}` than arguments after it ({positional}): add one, or name a field")
                        },
                    );
                }
                continue;
            }
            let is_named_arg = matches!(name, ArgName::Named(n)
                if extra.iter().any(|a| a.name.as_deref() == Some(n.as_str())));
            if !is_named_arg && variant.field_named(name).is_none() {
                errors.spanned(
                    &template.lit,
                    format!(
                        "`{{{name}}}` names no field of {who}; {}, or write `{{{{` for a literal brace",
                        field_list(variant)
                    ),
                );
            }
        }
    }
}

/// A translation shows every field the default message shows: a reader in any language
/// gets the same facts.
fn check_translation_fields(
    default: &Template,
    translation: &Template,
    tag: &str,
    errors: &mut Errors,
) {
    for arg in default.args() {
        if matches!(arg.name, ArgName::Next(_)) {
            continue;
        }
        if !translation.args().any(|t| t.name == arg.name) {
            errors.spanned(
                &translation.lit,
                format!(
                    "the `{tag}` translation leaves out `{{{}}}`, which the default message shows; add it, so that readers in every language get it",
                    arg.name
                ),
            );
        }
    }
}

/// Extra format arguments: `.field` becomes the field's binding, everywhere a field access
/// can start (at the start, or after an operator or an opening delimiter).
fn resolve_format_args(
    args: &[crate::attr::FormatArg],
    variant: &Variant,
    who: &str,
    errors: &mut Errors,
) -> Vec<FormatArg> {
    let mut positional = 0;
    args.iter()
        .map(|arg| {
            let binding = match &arg.name {
                Some(name) => {
                    if variant.field_named(&ArgName::Named(name.clone())).is_some() {
                        errors.at(
                            arg.span,
                            format!("`{name}` is a field of {who}: name the argument otherwise, or write `{{{name}}}` to show the field"),
                        );
                    }
                    ArgName::Named(name.clone()).binding()
                }
                None => {
                    positional += 1;
                    ArgName::Next(positional - 1).binding()
                }
            };
            let mut fields = Vec::new();
            let expr = bind_fields(arg.tokens.clone(), variant, who, &mut fields, errors);
            FormatArg {
                binding: Ident::new(&binding, Span::call_site()),
                expr,
                fields,
            }
        })
        .collect()
}

fn bind_fields(
    tokens: TokenStream,
    variant: &Variant,
    who: &str,
    fields: &mut Vec<usize>,
    errors: &mut Errors,
) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Punct(dot)
                if dot.as_char() == '.'
                    && out.last().is_none_or(
                        |last| matches!(last, TokenTree::Punct(p) if p.as_char() != '.'),
                    )
                    && matches!(
                        iter.peek(),
                        Some(TokenTree::Ident(_) | TokenTree::Literal(_))
                    ) =>
            {
                let Some(next) = iter.next() else { break };
                let name = match &next {
                    TokenTree::Ident(ident) => {
                        let name = ident.to_string();
                        ArgName::Named(name.strip_prefix("r#").unwrap_or(&name).to_owned())
                    }
                    other => match other.to_string().parse::<usize>() {
                        Ok(index) => ArgName::Index(index),
                        Err(_) => ArgName::Named(other.to_string()),
                    },
                };
                match variant.field_index(&name) {
                    Some(index) => {
                        if !fields.contains(&index) {
                            fields.push(index);
                        }
                        out.push(TokenTree::Ident(binding(&variant.fields[index].member)));
                    }
                    None => {
                        errors.at(
                            next.span(),
                            format!("`.{next}` names no field of {who}; {}", field_list(variant)),
                        );
                        out.push(TokenTree::Punct(dot));
                        out.push(next);
                    }
                }
            }
            TokenTree::Group(group) => {
                let inner = bind_fields(group.stream(), variant, who, fields, errors);
                let mut new = Group::new(group.delimiter(), inner);
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

fn field_list(variant: &Variant) -> String {
    if variant.fields.is_empty() {
        return "it has no fields".to_owned();
    }
    let mut names = String::from("use one of ");
    for (i, field) in variant.fields.iter().enumerate() {
        if i > 0 {
            names.push_str(", ");
        }
        names.push_str(&match &field.member {
            Member::Named(ident) => format!("`{{{ident}}}`"),
            Member::Unnamed(index) => format!("`{{{}}}`", index.index),
        });
    }
    names
}
