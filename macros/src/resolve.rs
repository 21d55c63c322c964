//! Resolves what was parsed into the typed model (`model`): every variant gets its kind,
//! with the type-level defaults (advice, language) applied, and each problem found on the
//! way is reported with its span. Then `check` looks at the whole type.

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::quote;
use syn::{LitStr, Member};

use crate::ast;
use crate::attr::{Attrs, Code};
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::literal::same_tag;
use crate::model::{binding, Advice, Declared, FormatArg, Kind, Model, Text, Variant};
use crate::template::{ArgName, Template};

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
        http_status: http_status(&attrs, errors),
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
        serde: attrs.span(KeyId::Serde),
        envelope: attrs
            .path(KeyId::Envelope)
            .cloned()
            .zip(attrs.span(KeyId::Envelope)),
        docs: attrs.str(KeyId::Docs).map(LitStr::value),
        response_member: None,
    };
    let shared: Vec<Code> = attrs.codes(KeyId::Shared).to_vec();
    for variant in variants {
        let variant = resolve_variant(&model, variant, &defaults, errors);
        model.variants.push(variant);
    }
    model.response_member = response_member(&model);
    check_serde(&model, errors);
    if let Some((_, span)) = &model.envelope {
        if !model.has_lookup() {
            errors.at(
                *span,
                "`envelope` names the fields `FromCode` reads, and this type has no lookup: its variants must be unit, transparent, local or the catch-all",
            );
        }
    }
    model.cfgs = attrs.cfgs;
    model.passthrough = attrs.passthrough;
    crate::check::check(&model, &shared, errors);
    model
}

/// The member `from_response` falls back to: a one-field `#[platform(unknown)]`, or, in a
/// type without a catch-all, a transparent `ApiError<E>`, which can hold any code.
fn response_member(model: &Model) -> Option<usize> {
    if let Some(index) = model.variants.iter().position(|v| v.takes_any_code) {
        return Some(index);
    }
    if model.catch_all().is_some() {
        return None;
    }
    model.variants.iter().position(|v| {
        v.transparent().is_some_and(|field| {
            matches!(&field.ty, syn::Type::Path(path)
                if path.path.segments.last().is_some_and(|s| s.ident == "ApiError"))
        })
    })
}

/// `#[platform(serde)]` serializes into the platform's envelope: every value needs a code.
fn check_serde(model: &Model, errors: &mut Errors) {
    let Some(span) = model.serde else {
        return;
    };
    if let Some(local) = model
        .variants
        .iter()
        .find(|v| matches!(v.kind, Kind::Local(_)))
    {
        errors.at(
            span,
            format!(
                "`serde` writes errors as the platform's `{{\"errcode\": N, \"errmsg\": \"...\"}}`, but {} is `local` and has no code to write: remove `serde`, or serialize a type without local variants (such as the `ApiError` inside)",
                model.describe(local)
            ),
        );
    }
    if !model.generics.params.is_empty() {
        errors.at(
            span,
            "`serde` is not offered for generic types: implement `Serialize` by hand, or use a concrete type",
        );
    }
}

struct Defaults {
    advice: Option<Advice>,
    lang: Option<String>,
    http_status: Option<u16>,
}

/// `http_status = N`, checked to be an HTTP status.
fn http_status(attrs: &Attrs, errors: &mut Errors) -> Option<u16> {
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
        backtrace: None,
        kind: Kind::Transparent { field: 0 },
        takes_any_code: false,
    };
    let who = model.describe(&out);
    resolve_sources(&mut out, &who, errors);
    let markers: Vec<(KeyId, Span)> = [KeyId::Transparent, KeyId::Unknown, KeyId::Local]
        .into_iter()
        .filter_map(|key| Some((key, attrs.span(key)?)))
        .collect();
    if let [_, second, ..] = markers.as_slice() {
        errors.at(
            second.1,
            "a variant is one of `transparent`, `unknown` or `local`, not several: keep one",
        );
    }
    out.kind = match markers.first() {
        Some(&(KeyId::Transparent, span)) => {
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
        }
        Some(&(KeyId::Unknown, span)) => {
            reject_declarations(
                &attrs,
                "the catch-all keeps the code and message received, and has no advice",
                errors,
            );
            if out.fields.len() == 1 {
                // A catch-all over a type that takes any code, such as `ApiError<E>`: it
                // delegates like a transparent variant, and takes every code no other
                // variant declares.
                out.takes_any_code = true;
                Kind::Transparent { field: 0 }
            } else {
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
            }
        }
        Some(&(_, _)) => Kind::Local(resolve_local(&out, &mut attrs, defaults, &who, errors)),
        None => Kind::Declared(resolve_declared(&out, &mut attrs, defaults, &who, errors)),
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
    let message_ty = &variant.fields[message].ty;
    if is_primitive(message_ty) {
        errors.spanned(
            message_ty,
            "the catch-all's message is the text the platform sends: declare this field `String` (or `Box<str>`, `Cow<'static, str>`)",
        );
    }
    Kind::CatchAll {
        code,
        message,
        span,
    }
}

/// Whether a type is a primitive that cannot hold a message.
fn is_primitive(ty: &syn::Type) -> bool {
    const PRIMITIVES: &[&str] = &[
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        "f32", "f64", "bool", "char",
    ];
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| PRIMITIVES.iter().any(|p| s.ident == p)))
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
            format!("{who} has no code: add `#[code(...)]` with the `errcode` the platform sends, such as `#[code(40001)]`; or, for an error raised on the caller's side (transport, decoding, I/O), mark it `#[platform(local)]`"),
        );
    }
    Declared {
        code: code.map_or(0, |c| c.value),
        code_span: code.map(|c| c.span),
        text: resolve_text(variant, attrs, defaults, who, errors),
    }
}

/// A local variant: a message and advice, no code.
fn resolve_local(
    variant: &Variant,
    attrs: &mut Attrs,
    defaults: &Defaults,
    who: &str,
    errors: &mut Errors,
) -> Text {
    if let Some(span) = attrs.span(KeyId::Code) {
        errors.at(
            span,
            format!("remove `#[code]`: {who} is `local`, raised on the caller's side, and has no code; or remove `local` if the platform sends this code"),
        );
    }
    resolve_text(variant, attrs, defaults, who, errors)
}

/// The message, its translations and the advice of a declared or local variant.
fn resolve_text(
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
            for (tag, template) in &message.translations {
                check_placeholders(template, variant, &[], who, errors);
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
    variant.backtrace = variant.fields.iter().position(|f| is_backtrace(&f.ty));
    // A backtrace beside a `#[from]` field is captured by `From`, not given by the caller.
    let count = variant.fields.len() - usize::from(variant.backtrace.is_some());
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
    // As thiserror does: a field named `source` is the source, unless another is marked.
    if variant.source.is_none() {
        variant.source = variant
            .fields
            .iter()
            .position(|f| matches!(&f.member, Member::Named(name) if name == "source"));
    }
}

/// Whether a field's type is written `Backtrace` (`std::backtrace::Backtrace`).
fn is_backtrace(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "Backtrace" && s.arguments.is_none()))
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
