//! Checks the model's meaning, reporting every problem with the span of the token at fault.

use std::collections::HashMap;

use crate::ast::{Input, Shape, Style, Variant};
use crate::errors::Errors;
use crate::template::{ArgName, Template};

pub(crate) fn validate(input: &Input, errors: &mut Errors) {
    for variant in input.variants() {
        check_variant(input, variant, errors);
    }
    check_unknown_count(input, errors);
    check_duplicate_codes(input, errors);
}

fn describe(input: &Input, variant: &Variant) -> String {
    match &input.shape {
        Shape::Struct(_) => format!("`{}`", input.ident),
        Shape::Enum(_) => format!("`{}::{}`", input.ident, variant.name()),
    }
}

fn check_variant(input: &Input, variant: &Variant, errors: &mut Errors) {
    let attrs = &variant.attrs;
    let who = describe(input, variant);
    if let (Some(_), Some(unknown)) = (attrs.transparent, attrs.unknown) {
        errors.at(
            unknown,
            "a variant is either `transparent` or `unknown`, not both",
        );
    }
    if let Some(span) = attrs.transparent {
        if variant.fields.len() != 1 {
            errors.at(
                span,
                format!(
                    "`transparent` needs exactly one field to delegate to, but {who} has {}",
                    variant.fields.len()
                ),
            );
        }
        reject_declarations(
            variant,
            "a transparent variant delegates its code, message and advice to its field",
            errors,
        );
    } else if let Some(span) = attrs.unknown {
        let fits = match variant.style {
            Style::Named => {
                variant.fields.len() == 2
                    && variant.fields.iter().any(|f| is_named(&f.member, "code"))
                    && variant
                        .fields
                        .iter()
                        .any(|f| is_named(&f.member, "message"))
            }
            Style::Tuple => variant.fields.len() == 2,
            Style::Unit => false,
        };
        if !fits {
            errors.at(
                span,
                format!(
                    "the catch-all variant keeps the code and message received: give {who} the fields `{{ code: i64, message: String }}` or `(i64, String)`"
                ),
            );
        }
        reject_declarations(
            variant,
            "the catch-all keeps the code and message received, and has no advice",
            errors,
        );
        for field in &variant.fields {
            if let Some(span) = field.from.or(field.source) {
                errors.at(
                    span,
                    "the catch-all variant's fields cannot be `#[from]` or `#[source]`",
                );
            }
        }
    } else {
        if attrs.code.is_none() && !attrs.code_written {
            errors.at(
                variant.span,
                format!("{who} has no code: add `#[code(...)]` with the `errcode` the platform sends, such as `#[code(40001)]`"),
            );
        }
        match &attrs.message {
            None if attrs.message_written => {}
            None => {
                let thiserror = if attrs.passthrough.iter().any(|a| a.path().is_ident("error")) {
                    " (`#[error(...)]` is thiserror's attribute; here it is `#[message(...)]`)"
                } else {
                    ""
                };
                errors.at(
                    variant.span,
                    format!("{who} has no message: add `#[message(\"...\")]` with the text to show, such as `#[message(\"invalid token\")]`{thiserror}"),
                );
            }
            Some(message) => {
                check_placeholders(&message.default, variant, &who, errors);
                for (lang, template) in &message.translations {
                    check_placeholders(template, variant, &who, errors);
                    let default_lang = attrs.lang.as_ref().or(input.attrs.lang.as_ref());
                    if default_lang.is_some_and(|l| l.value().eq_ignore_ascii_case(lang)) {
                        errors.spanned(
                            &template.lit,
                            format!("the default message is already in `{lang}`; remove this translation"),
                        );
                    }
                }
            }
        }
    }
    check_source_fields(variant, &who, errors);
}

fn is_named(member: &syn::Member, name: &str) -> bool {
    matches!(member, syn::Member::Named(ident) if ident == name)
}

fn reject_declarations(variant: &Variant, why: &str, errors: &mut Errors) {
    let attrs = &variant.attrs;
    if let Some(code) = &attrs.code {
        errors.at(code.span, format!("remove `#[code]`: {why}"));
    }
    if let Some(message) = &attrs.message {
        errors.at(
            message.default.span(),
            format!("remove `#[message]`: {why}"),
        );
    }
    if let Some((_, span)) = attrs.advice {
        errors.at(span, format!("remove `#[advice]`: {why}"));
    }
}

fn check_source_fields(variant: &Variant, who: &str, errors: &mut Errors) {
    let mut sources = variant.fields.iter().filter_map(|f| f.from.or(f.source));
    if let (Some(_), Some(second)) = (sources.next(), sources.next()) {
        errors.at(
            second,
            format!("{who} has more than one source; mark one field `#[source]` or `#[from]`"),
        );
    }
    for field in &variant.fields {
        if let Some(span) = field.from {
            if variant.fields.len() > 1 {
                errors.at(
                    span,
                    format!(
                        "`#[from]` builds {who} from this field alone, but it has {} fields; use `#[source]` instead, or remove the other fields",
                        variant.fields.len()
                    ),
                );
            }
        }
    }
}

fn check_placeholders(template: &Template, variant: &Variant, who: &str, errors: &mut Errors) {
    for arg in template.args() {
        for name in std::iter::once(&arg.name).chain(&arg.spec_refs) {
            if !names_field(variant, name) {
                let fields = field_list(variant);
                errors.spanned(
                    &template.lit,
                    format!("`{{{name}}}` names no field of {who}; {fields}, or write `{{{{` for a literal brace"),
                );
            }
        }
    }
}

fn names_field(variant: &Variant, name: &ArgName) -> bool {
    variant
        .fields
        .iter()
        .any(|field| match (&field.member, name) {
            (syn::Member::Named(ident), ArgName::Named(name)) => ident == name,
            (syn::Member::Unnamed(index), ArgName::Index(i)) => index.index as usize == *i,
            _ => false,
        })
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
            syn::Member::Named(ident) => format!("`{{{ident}}}`"),
            syn::Member::Unnamed(index) => format!("`{{{}}}`", index.index),
        });
    }
    names
}

fn check_unknown_count(input: &Input, errors: &mut Errors) {
    let mut unknown = input.variants().iter().filter(|v| v.is_unknown());
    if let Some(first) = unknown.next() {
        for extra in unknown {
            errors.at(
                extra.attrs.unknown.unwrap_or(extra.span),
                format!(
                    "only one variant can be the catch-all, and `{}` already is; remove `unknown` here",
                    first.name()
                ),
            );
        }
    }
}

fn check_duplicate_codes(input: &Input, errors: &mut Errors) {
    let shared: Vec<i64> = input.attrs.shared.iter().map(|c| c.value).collect();
    // The index of the first variant of each code, and whether it was reported.
    let variants = input.variants();
    let mut first_use: HashMap<i64, usize> = HashMap::new();
    let mut reported = vec![false; variants.len()];
    for (index, variant) in variants.iter().enumerate() {
        let Some(code) = variant.attrs.code.filter(|_| variant.is_declared()) else {
            continue;
        };
        if shared.contains(&code.value) {
            continue;
        }
        match first_use.get(&code.value) {
            None => {
                first_use.insert(code.value, index);
            }
            Some(&first_index) => {
                let first = &variants[first_index];
                errors.at(
                    code.span,
                    format!(
                        "code {} is already used by `{}`; if the platform really sends it with several messages, list it in `#[platform(shared({}))]` on the type",
                        code.value,
                        first.name(),
                        code.value
                    ),
                );
                if !reported[first_index] {
                    reported[first_index] = true;
                    if let Some(first_code) = first.attrs.code {
                        errors.at(
                            first_code.span,
                            format!("code {} is used again by `{}`", code.value, variant.name()),
                        );
                    }
                }
            }
        }
    }
}
