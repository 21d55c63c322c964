//! What a type's codes are: the catch-all's fields, the kind of the type's codes (all integers
//! or all strings, else the catch-all's or a member's), and the catch-all's code field checked
//! against that kind (or, in `define_codes!`, given its type).

use proc_macro2::Span;
use quote::quote;
use syn::Member;

use crate::ast::Origin;
use crate::errors::Errors;
use crate::model::{CodeKind, CodeType, Kind, Model, Variant};

/// The catch-all's code and message fields: by name (`code`, `message`) when it has them,
/// else by type (the `i64` one is the code), else in order (`(String, String)`: the code
/// first). Whether the code's type fits the type's codes is checked once those are known
/// (`check_catch_all_code`).
pub(super) fn catch_all_fields(
    variant: &Variant,
    span: Span,
    who: &str,
    errors: &mut Errors,
) -> Kind {
    let help = format!(
        "the catch-all variant keeps the code and message received: give {who} two fields, a code (`i64`, or `String` for string codes) and a `String` message, such as `{{ code: i64, message: String }}` or `(i64, String)`"
    );
    // A shape that is not one: reported, and the fields taken in order, found or not.
    let refused = |errors: &mut Errors, help: String| {
        errors.at(span, help);
        Kind::CatchAll {
            code: 0,
            message: 1,
            span,
            found: false,
        }
    };
    if variant.fields.len() != 2 {
        return refused(errors, help);
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
            (false, false)
                if !is_primitive(&variant.fields[0].ty) && !is_primitive(&variant.fields[1].ty) =>
            {
                (0, 1)
            }
            _ => return refused(errors, help),
        },
    };
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
        found: true,
    }
}

/// The type of a type's codes: its declared codes, all of one kind (a code of the other
/// kind is an error at it); else its catch-all's code field (`i64`, or a string); else its
/// member that takes any code, or its first member; else `i64`.
pub(super) fn code_type(model: &Model, errors: &mut Errors) -> CodeType {
    let mut first: Option<(&Variant, CodeKind)> = None;
    for (variant, declared) in model.declared() {
        let Some(span) = declared.code_span else {
            continue;
        };
        let kind = declared.code.kind();
        match first {
            None => first = Some((variant, kind)),
            Some((first, first_kind)) if first_kind != kind => errors.at(
                span,
                format!(
                    "{} has {} code {}, but {} has {} code: a type's codes are all integers or all strings, so that lookup takes one type of code; declare the other kind in a type of its own",
                    model.describe(variant),
                    article(kind),
                    declared.code,
                    model.describe(first),
                    article(first_kind),
                ),
            ),
            Some(_) => {}
        }
    }
    if let Some((_, kind)) = first {
        return match kind {
            CodeKind::Int => CodeType::Int,
            CodeKind::Str => CodeType::Str,
        };
    }
    if let Some(catch_all) = model.catch_all() {
        if let Kind::CatchAll { code, .. } = catch_all.kind {
            if let (Origin::Derive, Some(field)) = (model.origin, catch_all.fields.get(code)) {
                return if is_i64(&field.ty) || is_primitive(&field.ty) {
                    CodeType::Int
                } else {
                    CodeType::Str
                };
            }
        }
    }
    let member = model
        .variants
        .iter()
        .position(|v| v.takes_any_code)
        .or_else(|| {
            model
                .variants
                .iter()
                .position(|v| matches!(v.kind, Kind::Transparent { .. }))
        });
    match member {
        // A derived type's members may have no lookup (`Member<T>` finds nothing there):
        // only the member that takes any code decides.
        Some(index) if model.origin == Origin::Dsl || model.variants[index].takes_any_code => {
            CodeType::OfMember(index)
        }
        _ => CodeType::Int,
    }
}

/// The kind of the members' codes, where members are declared beside the type in the same
/// `define_codes!` (`siblings`, by name): members of two kinds are an error at the first of
/// the other kind, since lookup takes one type of code.
pub(super) fn member_kind(
    model: &Model,
    siblings: &[(String, CodeKind)],
    errors: &mut Errors,
) -> Option<CodeKind> {
    let mut first: Option<(&syn::Type, CodeKind)> = None;
    for variant in &model.variants {
        let Some(field) = variant.transparent() else {
            continue;
        };
        let syn::Type::Path(path) = &field.ty else {
            continue;
        };
        let Some(name) = path.path.get_ident().map(ToString::to_string) else {
            continue;
        };
        let Some(&(_, kind)) = siblings.iter().find(|(sibling, _)| *sibling == name) else {
            continue;
        };
        match first {
            None => first = Some((&field.ty, kind)),
            Some((first_ty, first_kind)) if first_kind != kind => errors.spanned(
                &field.ty,
                format!(
                    "`{name}` has {} codes, and `{}` {} codes: an umbrella's members have codes of one kind, since lookup takes one type of code; hold them in two umbrellas",
                    plural(kind),
                    quote::ToTokens::to_token_stream(first_ty),
                    plural(first_kind),
                ),
            ),
            Some(_) => {}
        }
    }
    first.map(|(_, kind)| kind)
}

/// "integer" or "string".
fn plural(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Int => "integer",
        CodeKind::Str => "string",
    }
}

/// "an integer" or "a string".
fn article(kind: CodeKind) -> String {
    match kind {
        CodeKind::Int => "an integer".to_owned(),
        CodeKind::Str => "a string".to_owned(),
    }
}

/// The catch-all's code field holds what the type's codes are: a `define_codes!` catch-all
/// gets its type here (`i64`, `String`, or `OwnedCode<Member>`); a derived one is checked.
pub(super) fn check_catch_all_code(model: &mut Model, errors: &mut Errors) {
    let krate = model.krate.clone();
    let code_type = model.code_type;
    let member_ty = match code_type {
        CodeType::OfMember(index) => model.variants[index]
            .transparent()
            .map(|f| quote::ToTokens::to_token_stream(&f.ty)),
        CodeType::Int | CodeType::Str => None,
    };
    let origin = model.origin;
    let Some(catch_all) = model
        .variants
        .iter_mut()
        .find(|v| matches!(v.kind, Kind::CatchAll { .. }))
    else {
        return;
    };
    // A catch-all whose fields were not told apart was reported (`catch_all_fields`).
    let Kind::CatchAll {
        code,
        message,
        found: true,
        ..
    } = catch_all.kind
    else {
        return;
    };
    if origin == Origin::Dsl {
        let tokens = match (code_type, member_ty) {
            (CodeType::Str, _) => {
                let ty = &catch_all.fields[message].ty;
                quote!(#ty)
            }
            (CodeType::OfMember(_), Some(member)) => quote!(#krate::OwnedCode<#member>),
            _ => quote!(::core::primitive::i64),
        };
        // Parsed by `syn::parse2`, which the crate compiles already (`parse_quote!` would
        // compile a parser of its own, and panic on failure). These tokens always parse:
        // the first is a type, and the crate path parsed as part of one (`dsl`).
        let Ok(ty) = syn::parse2::<syn::Type>(tokens) else {
            return;
        };
        catch_all.fields[code].ty = ty;
        return;
    }
    let ty = &catch_all.fields[code].ty;
    match code_type {
        CodeType::Int if !is_i64(ty) => errors.spanned(
            ty,
            "the catch-all's code is what the platform sends, and this type's codes are integers: declare this field `i64`",
        ),
        CodeType::Str if is_primitive(ty) => errors.spanned(
            ty,
            "the catch-all's code is what the platform sends, and this type's codes are strings: declare this field `String` (or `Box<str>`)",
        ),
        _ => {}
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
