//! Resolves what was parsed into the typed model (`model`): every variant gets its kind,
//! with the type-level defaults (advice, language) applied, and each problem found on the
//! way is reported with its span. Then `check` looks at the whole type.

use proc_macro2::Span;
use quote::quote;
use syn::{LitStr, Member};

use crate::ast;
use crate::attr::{Attrs, Code};
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::model::{Advice, Declared, Kind, Model, Variant};
use crate::template::Template;

/// Resolves a parsed input into the model, reporting what does not make sense. The model is
/// always built, so that the fallback beside the errors knows the type's shape.
pub(crate) fn resolve(input: ast::Input, errors: &mut Errors) -> Model {
    let ast::Input {
        origin,
        ident,
        vis,
        generics,
        mut attrs,
        is_struct,
        variants,
        invocation_crate,
    } = input;
    let krate = attrs
        .path(KeyId::Crate)
        .cloned()
        .or(invocation_crate)
        .unwrap_or_else(|| quote!(::platform_errors));
    let defaults = Defaults {
        advice: attrs.advice().map(|(advice, _)| advice),
        lang: attrs.str(KeyId::Lang).map(LitStr::value),
    };
    let mut model = Model {
        origin,
        ident,
        vis,
        generics,
        krate,
        category: attrs.take_str(KeyId::Category),
        exhaustive: attrs.span(KeyId::Exhaustive).is_some(),
        cfgs: Vec::new(),
        passthrough: Vec::new(),
        is_struct,
        variants: Vec::new(),
    };
    let shared: Vec<Code> = attrs.codes(KeyId::Shared).to_vec();
    for variant in variants {
        let variant = resolve_variant(&model, variant, &defaults, errors);
        model.variants.push(variant);
    }
    model.cfgs = attrs.cfgs;
    model.passthrough = attrs.passthrough;
    crate::check::check(&model, &shared, errors);
    model
}

struct Defaults {
    advice: Option<Advice>,
    lang: Option<String>,
}

fn resolve_variant(
    model: &Model,
    variant: ast::Variant,
    defaults: &Defaults,
    errors: &mut Errors,
) -> Variant {
    let ast::Variant {
        ident,
        span,
        mut attrs,
        style,
        fields,
    } = variant;
    let mut out = Variant {
        ident,
        span,
        style,
        fields,
        cfgs: std::mem::take(&mut attrs.cfgs),
        passthrough: std::mem::take(&mut attrs.passthrough),
        source: None,
        from: None,
        kind: Kind::Transparent { field: 0 },
    };
    let who = model.describe(&out);
    resolve_sources(&mut out, &who, errors);
    let transparent = attrs.span(KeyId::Transparent);
    let unknown = attrs.span(KeyId::Unknown);
    out.kind = if let Some(span) = transparent {
        if let Some(unknown) = unknown {
            errors.at(
                unknown,
                "a variant is either `transparent` or `unknown`, not both",
            );
        }
        if out.fields.len() != 1 {
            errors.at(
                span,
                format!(
                    "`transparent` needs exactly one field to delegate to, but {who} has {}",
                    out.fields.len()
                ),
            );
        }
        reject_declarations(
            &attrs,
            "a transparent variant delegates its code, message and advice to its field",
            errors,
        );
        Kind::Transparent { field: 0 }
    } else if let Some(span) = unknown {
        reject_declarations(
            &attrs,
            "the catch-all keeps the code and message received, and has no advice",
            errors,
        );
        for field in &out.fields {
            if let Some(span) = field
                .attrs
                .span(KeyId::From)
                .or(field.attrs.span(KeyId::Source))
            {
                errors.at(
                    span,
                    "the catch-all variant's fields cannot be `#[from]` or `#[source]`",
                );
            }
        }
        out.source = None;
        out.from = None;
        catch_all_fields(&out, span, &who, errors)
    } else {
        Kind::Declared(resolve_declared(&out, &mut attrs, defaults, &who, errors))
    };
    out
}

/// The catch-all's code and message fields: by name (`code`, `message`) when it has them,
/// else by type (the `i64` one is the code), in any order.
fn catch_all_fields(variant: &Variant, span: Span, who: &str, errors: &mut Errors) -> Kind {
    let help = format!(
        "the catch-all variant keeps the code and message received: give {who} two fields, an `i64` code and a `String` message, such as `{{ code: i64, message: String }}` or `(i64, String)`"
    );
    if variant.fields.len() != 2 {
        errors.at(span, help);
        return Kind::CatchAll {
            code: 0,
            message: 1,
            span,
        };
    }
    let named = |name: &str| {
        variant
            .fields
            .iter()
            .position(|f| matches!(&f.member, Member::Named(ident) if ident == name))
    };
    let (code, message) = match (named("code"), named("message")) {
        (Some(code), Some(message)) => (code, message),
        _ => match (is_i64(&variant.fields[0].ty), is_i64(&variant.fields[1].ty)) {
            (true, false) => (0, 1),
            (false, true) => (1, 0),
            _ => {
                errors.at(span, help);
                return Kind::CatchAll {
                    code: 0,
                    message: 1,
                    span,
                };
            }
        },
    };
    let code_ty = &variant.fields[code].ty;
    if !is_i64(code_ty) {
        errors.spanned(
            code_ty,
            "the catch-all's code is what the platform sends, an `i64`: declare this field `i64`",
        );
    }
    Kind::CatchAll {
        code,
        message,
        span,
    }
}

/// Whether a type is written `i64` (or a path ending in it, such as `core::primitive::i64`).
fn is_i64(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "i64" && s.arguments.is_none()))
}

fn resolve_declared(
    variant: &Variant,
    attrs: &mut Attrs,
    defaults: &Defaults,
    who: &str,
    errors: &mut Errors,
) -> Declared {
    let code = attrs.code();
    if attrs.span(KeyId::Code).is_none() {
        errors.at(
            variant.span,
            format!("{who} has no code: add `#[code(...)]` with the `errcode` the platform sends, such as `#[code(40001)]`"),
        );
    }
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
    let (message, translations) = match message {
        Some(message) => {
            check_placeholders(&message.default, variant, who, errors);
            for (tag, template) in &message.translations {
                check_placeholders(template, variant, who, errors);
                if lang.as_deref().is_some_and(|l| l.eq_ignore_ascii_case(tag)) {
                    errors.spanned(
                        &template.lit,
                        format!(
                            "the default message is already in `{tag}`; remove this translation"
                        ),
                    );
                }
            }
            (message.default, message.translations)
        }
        None => (Template::empty(), Vec::new()),
    };
    Declared {
        code: code.map_or(0, |c| c.value),
        code_span: code.map(|c| c.span),
        message,
        lang,
        translations,
        advice: attrs
            .advice()
            .map(|(advice, _)| advice)
            .or(defaults.advice)
            .unwrap_or_default(),
    }
}

fn reject_declarations(attrs: &Attrs, why: &str, errors: &mut Errors) {
    for (key, name) in [
        (KeyId::Code, "#[code]"),
        (KeyId::Message, "#[message]"),
        (KeyId::Advice, "#[advice]"),
    ] {
        if let Some(span) = attrs.span(key) {
            errors.at(span, format!("remove `{name}`: {why}"));
        }
    }
}

/// `#[source]` and `#[from]`: at most one source, and `#[from]` only on a variant's only
/// field.
fn resolve_sources(variant: &mut Variant, who: &str, errors: &mut Errors) {
    let count = variant.fields.len();
    for (index, field) in variant.fields.iter().enumerate() {
        let from = field.attrs.span(KeyId::From);
        let source = field.attrs.span(KeyId::Source);
        let Some(span) = from.or(source) else {
            continue;
        };
        if variant.source.is_some() {
            errors.at(
                span,
                format!("{who} has more than one source; mark one field `#[source]` or `#[from]`"),
            );
            continue;
        }
        variant.source = Some(index);
        if let Some(span) = from {
            if count > 1 {
                errors.at(
                    span,
                    format!(
                        "`#[from]` builds {who} from this field alone, but it has {count} fields; use `#[source]` instead, or remove the other fields"
                    ),
                );
            } else {
                variant.from = Some(index);
            }
        }
    }
}

fn check_placeholders(template: &Template, variant: &Variant, who: &str, errors: &mut Errors) {
    for arg in template.args() {
        for name in std::iter::once(&arg.name).chain(&arg.spec_refs) {
            if variant.field_named(name).is_none() {
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
