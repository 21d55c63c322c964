//! Resolves what was parsed into the typed model (`model`): every variant gets its kind,
//! with the type-level defaults (advice, language) applied, and each problem found on the
//! way is reported with its span (the variants' text in `text`). Then `check` looks at the
//! whole type.

mod text;

use text::{http_status, resolve_text};

use proc_macro2::Span;
use quote::quote;
use syn::{LitStr, Member};

use crate::ast;
use crate::attr::{Attrs, Code};
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::model::{Advice, Declared, EnvelopeSpec, Kind, Model, Shape, Text, Variant};

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
            .zip(attrs.span(KeyId::Envelope))
            .map(|(path, span)| EnvelopeSpec { path, span }),
        docs: attrs.str(KeyId::Docs).map(LitStr::value),
        debug: attrs.span(KeyId::Debug).is_some(),
        shape: Shape::General,
    };
    let shared: Vec<Code> = attrs.codes(KeyId::Shared).to_vec();
    for variant in variants {
        let variant = resolve_variant(&model, variant, &defaults, errors);
        model.variants.push(variant);
    }
    model.shape = Shape::plan(&model);
    check_serde(&model, errors);
    if let Some(span) = attrs.span(KeyId::Debug) {
        if !model.is_derived_catalogue() {
            errors.at(
                span,
                "`debug` writes the variant's name, for an enum whose variants are all unit variants with a code: derive `Debug` for this one",
            );
        }
    }
    if let Some(envelope) = &model.envelope {
        if !model.has_lookup() {
            errors.at(
                envelope.span,
                "`envelope` names the fields `Catalogue` reads, and this type has no lookup: its variants must be unit, transparent, local or the catch-all",
            );
        }
    }
    model.cfgs = attrs.cfgs;
    model.passthrough = attrs.passthrough;
    crate::check::check(&model, &shared, errors);
    model
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

pub(crate) struct Defaults {
    pub(crate) advice: Option<Advice>,
    pub(crate) lang: Option<String>,
    pub(crate) http_status: Option<u16>,
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
