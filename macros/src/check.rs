//! Checks that span the whole type, on the resolved model: one catch-all at most, and no
//! code used twice unless the type lists it as shared.

use crate::attr::Code;
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::literal::FirstSeen;
use crate::model::{Kind, Model};

pub(crate) fn check(model: &Model, shared: &[Code], errors: &mut Errors) {
    check_catch_all_count(model, errors);
    check_duplicate_codes(model, shared, errors);
    check_duplicate_from(model, errors);
}

/// Two `#[from]` of one type would be two `From` impls of it.
fn check_duplicate_from(model: &Model, errors: &mut Errors) {
    use quote::ToTokens as _;
    let mut seen: Vec<(String, String)> = Vec::new();
    for variant in &model.variants {
        let Some(field) = variant.field_marked_from() else {
            continue;
        };
        let ty = field.ty.to_token_stream().to_string();
        if let Some((_, first)) = seen.iter().find(|(t, _)| *t == ty) {
            let span = field.attrs.span(KeyId::From).unwrap_or(variant.span);
            errors.at(
                span,
                format!(
                    "`{first}` already has `#[from]` of this type, and `From` can build only one variant from it: keep one `#[from]`, and mark this field `#[source]`"
                ),
            );
        } else {
            seen.push((ty, variant.name()));
        }
    }
}

fn check_catch_all_count(model: &Model, errors: &mut Errors) {
    let mut first_catch_all = None;
    for v in &model.variants {
        let span = match v.kind {
            Kind::CatchAll { span, .. } => span,
            _ if v.takes_any_code => v.span,
            _ => continue,
        };
        let Some(first) = first_catch_all else {
            first_catch_all = Some(v);
            continue;
        };
        errors.at(
            span,
            format!(
                "only one variant can be the catch-all, and `{}` already is; remove `unknown` here",
                first.name()
            ),
        );
    }
}

/// A code declared twice: one error, at the second use, naming the first (and its line,
/// where the compiler tells it: proc-macro2 cannot attach a note on stable). A string code's
/// aliases count as its codes: lookup must find one variant for each spelling.
fn check_duplicate_codes(model: &Model, shared: &[Code], errors: &mut Errors) {
    // The index of the first variant of each code.
    let mut first_seen = FirstSeen::default();
    for (index, variant) in model.variants.iter().enumerate() {
        let Some((declared, span)) = variant
            .declared()
            .and_then(|declared| Some((declared, declared.code_span?)))
        else {
            continue;
        };
        let code = &declared.code;
        // A variant under `#[cfg]` may share its code with one compiled in its stead.
        if shared.iter().any(|s| s.value == *code) || !variant.cfgs.is_empty() {
            continue;
        }
        // The code (`None`), then its aliases.
        let spellings = std::iter::once((None, span)).chain(
            declared
                .aliases
                .iter()
                .map(|(alias, span)| (Some(alias), *span)),
        );
        for (alias, span) in spellings {
            let first_index = match alias {
                None => first_seen.code(code, index),
                Some(alias) => first_seen.spelling(alias, index),
            };
            let Some(first_index) = first_index else {
                continue;
            };
            // As written: `40001`, `"PARAM_ERROR"`.
            let code = match alias {
                Some(alias) => format!("{alias:?}"),
                None => code.to_string(),
            };
            let first = &model.variants[first_index];
            let line = first
                .declared()
                .and_then(|d| d.code_span)
                .map_or(0, |span| span.start().line);
            let at = if line > 0 {
                format!(" (line {line})")
            } else {
                String::new()
            };
            let message = if first_index == index {
                format!("{code} is already a spelling of this variant's code; remove it")
            } else if alias.is_some() {
                format!(
                    "{code} is already declared by {}{at}, and an alias finds one variant: remove it here or there",
                    model.describe(first),
                )
            } else {
                format!(
                    "code {code} is already declared by {}{at}; if the platform really sends it with several messages, list it in `#[platform(shared({code}))]` on the type",
                    model.describe(first),
                )
            };
            errors.at(span, message);
        }
    }
}
