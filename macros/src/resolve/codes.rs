//! What a type's codes are: the catch-all's fields, the kind of the type's codes (all integers
//! or all strings, else the catch-all's or a member's), and the catch-all's code field checked
//! against that kind (or, in `define_codes!`, given its type).

use proc_macro2::Span;
use quote::quote;
use syn::Member;

use crate::ast::Origin;
use crate::errors::Errors;
use crate::model::{CodeKind, CodeType, CodeValue, Kind, Model, Variant};

/// The names a catch-all's code field goes by ([`catch_all_fields`]): the platforms' own.
const CODE_NAMES: &[&str] = &["code", "errcode", "error_code", "err_code"];
/// The names a catch-all's message field goes by.
const MESSAGE_NAMES: &[&str] = &[
    "message",
    "msg",
    "errmsg",
    "error_message",
    "error_msg",
    "err_msg",
];

/// The catch-all's code and message fields: by name (`code`, `errcode`, ...; `message`,
/// `msg`, `errmsg`, ...) when either has one, else by type (the `i64` one is the code), else,
/// for unnamed fields, in order (`(String, String)`: the code first); two named texts that
/// their names do not tell apart are refused. Whether the code's type fits the type's codes is checked once those are known
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
    if let Some(extra) = variant.fields.get(2) {
        // At the first field too many, where the fix is.
        let message = format!("{help}; the catch-all holds nothing else: remove this field, or keep it in a variant of its own");
        match &extra.member {
            Member::Named(ident) => errors.spanned(ident, message),
            Member::Unnamed(_) => errors.spanned(&extra.ty, message),
        }
        return Kind::CatchAll {
            code: 0,
            message: 1,
            span,
            found: false,
        };
    }
    if variant.fields.len() != 2 {
        return refused(errors, help);
    }
    // Which of the two fields each list of names takes: one field, or none (neither, or
    // both: `{ msg: String, message: String }` says nothing).
    let named = |names: &[&str]| {
        let is = |index: usize| {
            matches!(&variant.fields[index].member, Member::Named(ident)
                if names.iter().any(|name| syn::ext::IdentExt::unraw(ident) == name))
        };
        match (is(0), is(1)) {
            (true, false) => Some(0),
            (false, true) => Some(1),
            _ => None,
        }
    };
    let (code_named, message_named) = (named(CODE_NAMES), named(MESSAGE_NAMES));
    // One name that says which, for two texts that their types do not tell apart.
    let one_name = code_named
        .map(|code| (code, 1 - code))
        .or_else(|| message_named.map(|message| (1 - message, message)));
    let (code, message) = match (code_named, message_named) {
        // Both named (`{ message: String, code: i64 }`, `{ msg: String, errcode: String }`;
        // the two lists share no name, so they name two fields).
        (Some(code), Some(message)) => (code, message),
        _ => match (is_i64(&variant.fields[0].ty), is_i64(&variant.fields[1].ty)) {
            (true, false) => (0, 1),
            (false, true) => (1, 0),
            // An integer of another width beside the message (`(u32, String)`): the code,
            // of the wrong type, which the check of the code's type reports at the field.
            (false, false)
                if is_integer(&variant.fields[0].ty) && !is_primitive(&variant.fields[1].ty) =>
            {
                (0, 1)
            }
            (false, false)
                if is_integer(&variant.fields[1].ty) && !is_primitive(&variant.fields[0].ty) =>
            {
                (1, 0)
            }
            // Two texts (string codes): in order where the fields are unnamed (`(String,
            // String)`, the code first); named, only their names can tell which is which.
            (false, false)
                if !is_primitive(&variant.fields[0].ty) && !is_primitive(&variant.fields[1].ty) =>
            {
                match (&variant.fields[0].member, one_name) {
                    (Member::Unnamed(_), _) => (0, 1),
                    (Member::Named(_), Some(by_name)) => by_name,
                    (Member::Named(first), None) => {
                        let second = &variant.fields[1].member;
                        return refused(
                            errors,
                            format!(
                                "{who}'s fields `{first}` and `{}` are both text, and their names do not say which is the code: name them `code` and `message` (or `errcode` and `errmsg`, `msg`, `error_code`, `error_message`)",
                                quote!(#second)
                            ),
                        );
                    }
                }
            }
            _ => return refused(errors, help),
        },
    };
    let message_ty = &variant.fields[message].ty;
    // A reference (`&'static str`) cannot be made of the message received either, and an
    // `Option` would say a message may be missing, where a missing one is empty.
    let optional = matches!(message_ty, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident == "Option"));
    if is_primitive(message_ty) || optional || matches!(message_ty, syn::Type::Reference(_)) {
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

/// The type of a type's codes: its declared codes' kind when they are all of one; when they
/// mix kinds, its catch-all's code field's kind, else the kind most of them are (ties: the
/// first code's), each code of the other kind being one error at it; with no declared code,
/// its catch-all's code field (`i64`, or a string); else its member that takes any code, or
/// its first member; else `i64`. A code of the other kind is then read as the type's kind
/// where it can be (`"46306"` as `46306`), and counts as no code for the checks that follow,
/// so that it is reported once.
pub(super) fn code_type(model: &mut Model, errors: &mut Errors) -> CodeType {
    let catch_all = catch_all_kind(model);
    let (mut ints, mut strs, mut first) = (0usize, 0usize, None);
    for (_, declared) in model.declared() {
        if declared.code_span.is_none() {
            continue;
        }
        let kind = declared.code.kind();
        first.get_or_insert(kind);
        match kind {
            CodeKind::Int => ints += 1,
            CodeKind::Str => strs += 1,
        }
    }
    if let Some(first) = first {
        let (kind, by_catch_all) = match catch_all {
            Some(kind) if ints > 0 && strs > 0 => (kind, true),
            _ if ints > strs => (CodeKind::Int, false),
            _ if strs > ints => (CodeKind::Str, false),
            _ => (first, false),
        };
        if ints > 0 && strs > 0 {
            report_odd_codes(model, kind, by_catch_all, errors);
        }
        return match kind {
            CodeKind::Int => CodeType::Int,
            CodeKind::Str => CodeType::Str,
        };
    }
    if let Some(kind) = catch_all {
        return match kind {
            CodeKind::Int => CodeType::Int,
            CodeKind::Str => CodeType::Str,
        };
    }
    let transparent = |v: &Variant| matches!(v.kind, Kind::Transparent { .. });
    let member = model
        .variants
        .iter()
        .position(|v| v.takes_any_code)
        .or_else(|| {
            if model.origin == Origin::Dsl {
                // A member under a `#[cfg]` may not be compiled in, nor its type exist: the
                // first member without one, else the first.
                return model
                    .variants
                    .iter()
                    .position(|v| transparent(v) && v.cfgs.is_empty())
                    .or_else(|| model.variants.iter().position(transparent));
            }
            // A derived type's members may have no lookup (`Member<T>` finds nothing there,
            // for a code of either kind), and a type's name does not say whether it has (a
            // user's own `ApiError<T>` may not): no transparent member decides.
            None
        });
    match member {
        Some(index) => CodeType::OfMember(index),
        None => CodeType::Int,
    }
}

/// The kind of a derived catch-all's code field, where its fields were told apart.
fn catch_all_kind(model: &Model) -> Option<CodeKind> {
    if model.origin != Origin::Derive {
        return None;
    }
    let catch_all = model.catch_all()?;
    let Kind::CatchAll {
        code, found: true, ..
    } = catch_all.kind
    else {
        return None;
    };
    let field = catch_all.fields.get(code)?;
    Some(if is_i64(&field.ty) || is_primitive(&field.ty) {
        CodeKind::Int
    } else {
        CodeKind::Str
    })
}

/// One error at each declared code not of `kind`, saying how to write it as one; the code is
/// then read as `kind` where it can be (else as no code: 0 or ""), without its span, so that
/// no check after counts it again (as a duplicate, or against `shared`).
fn report_odd_codes(model: &mut Model, kind: CodeKind, by_catch_all: bool, errors: &mut Errors) {
    let ident = model.ident.to_string();
    let why = match (kind, by_catch_all) {
        (CodeKind::Int, false) => format!("the other codes of `{ident}` are integers"),
        (CodeKind::Str, false) => format!("the other codes of `{ident}` are strings"),
        (CodeKind::Int, true) => format!("the catch-all of `{ident}` keeps an `i64` code"),
        (CodeKind::Str, true) => format!("the catch-all of `{ident}` keeps a string code"),
    };
    for index in 0..model.variants.len() {
        let who = model.describe(&model.variants[index]);
        let Kind::Declared(declared) = &mut model.variants[index].kind else {
            continue;
        };
        let Some(span) = declared.code_span else {
            continue;
        };
        let (fixed, message) = match (&declared.code, kind) {
            (CodeValue::Str(text), CodeKind::Int) => match text.trim().parse::<i64>() {
                Ok(number) => (
                    CodeValue::Int(number),
                    format!("write `{number}` without quotes: {why}, and a type's codes are of one kind, since lookup takes one type of code"),
                ),
                Err(_) => (
                    CodeValue::Int(0),
                    format!(
                        "{who} has a string code {}, but {why}: a type's codes are all integers or all strings, so that lookup takes one type of code; write the integer the platform sends, or declare this code in a type of its own",
                        declared.code
                    ),
                ),
            },
            (CodeValue::Int(number), CodeKind::Str) => (
                CodeValue::Str(number.to_string()),
                format!(
                    "write `\"{number}\"` in quotes: {why}, and a type's codes are of one kind, since lookup takes one type of code"
                ),
            ),
            _ => continue,
        };
        errors.at(span, message);
        declared.code = fixed;
        declared.code_span = None;
    }
}

/// `aliases` are other spellings of a string code: on an integer code, one error at the
/// first (none where the code was reported, or is missing), and they are dropped.
pub(super) fn check_aliases(model: &mut Model, errors: &mut Errors) {
    let mut dropped = Vec::new();
    for (index, variant) in model.variants.iter().enumerate() {
        let Some(declared) = variant.declared() else {
            continue;
        };
        let integer = matches!(declared.code, CodeValue::Int(_));
        if declared.aliases.is_empty() || (!integer && model.has_lookup()) {
            continue;
        }
        if declared.code_span.is_some() {
            let why = if integer {
                let example = match model.origin {
                    Origin::Dsl => "`#[platform(aliases(\"NOAUTH\"))] NoAuth = \"NO_AUTH\" => ...`",
                    Origin::Derive => {
                        "`#[code(\"NO_AUTH\")]` with `#[platform(aliases(\"NOAUTH\"))]`"
                    }
                };
                format!("{} has an integer code, and aliases are other spellings of a string code ({example})", model.describe(variant))
            } else {
                format!(
                    "aliases are other spellings that lookup reads, and `{}` has no lookup: {}",
                    model.ident,
                    model.no_lookup_reason()
                )
            };
            errors.at(declared.aliases[0].1, format!("remove `aliases`: {why}"));
        }
        dropped.push(index);
    }
    for index in dropped {
        if let Kind::Declared(declared) = &mut model.variants[index].kind {
            declared.aliases.clear();
        }
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
        CodeType::Str if is_primitive(ty) || matches!(ty, syn::Type::Reference(_)) => errors.spanned(
            ty,
            "the catch-all's code is what the platform sends, and this type's codes are strings: declare this field `String` (or `Box<str>`)",
        ),
        _ => {}
    }
}

/// Whether a type is a primitive that cannot hold a message.
fn is_primitive(ty: &syn::Type) -> bool {
    is_integer(ty) || last_segment_is(ty, &["f32", "f64", "bool", "char"])
}

/// Whether the type is a path whose last segment is one of `names`.
fn last_segment_is(ty: &syn::Type, names: &[&str]) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| names.iter().any(|p| s.ident == p)))
}

/// Whether the two fields could be a catch-all's, a code (`i64`, or text) and a message
/// (text), in either order: for a hint that offers the catch-all.
pub(super) fn could_be_code_and_message(fields: &[crate::ast::Field]) -> bool {
    let text = |ty: &syn::Type| is_code_or_text(ty) && !is_primitive(ty);
    // Any integer: `errcode: i32` is a common shape, which the catch-all then asks to be
    // declared `i64`.
    let code = |ty: &syn::Type| is_integer(ty) || text(ty);
    matches!(fields, [a, b] if (code(&a.ty) && text(&b.ty)) || (text(&a.ty) && code(&b.ty)))
}

/// Whether a type holds a code or a message, never a whole answer: a primitive, a
/// reference, or text (`String`, `str`, `Cow`, `Box<str>`, `Arc<str>`, `Rc<str>`). A
/// catch-all's one field of such a type is a field of the two-field form, not a type that
/// takes any code (`ApiError<C>`).
pub(super) fn is_code_or_text(ty: &syn::Type) -> bool {
    if is_primitive(ty) || matches!(ty, syn::Type::Reference(_)) {
        return true;
    }
    let syn::Type::Path(path) = ty else {
        return false;
    };
    let Some(last) = path.path.segments.last() else {
        return false;
    };
    if last.ident == "String" || last.ident == "str" || last.ident == "Cow" {
        return true;
    }
    let of_str = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.iter().any(|arg| {
            matches!(arg, syn::GenericArgument::Type(syn::Type::Path(inner))
                if inner.path.is_ident("str"))
        }),
        _ => false,
    };
    of_str && ["Box", "Arc", "Rc"].iter().any(|name| last.ident == name)
}

/// Whether a type is written `i64` (or a path ending in it, such as `core::primitive::i64`).
/// An integer type of any width, by name.
fn is_integer(ty: &syn::Type) -> bool {
    last_segment_is(
        ty,
        &[
            "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        ],
    )
}

fn is_i64(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "i64" && s.arguments.is_none()))
}
