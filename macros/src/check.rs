//! Checks that span the whole type, on the resolved model: one catch-all at most, no code
//! used twice unless the type lists it as shared, and no declared reason another entry has too.

use std::collections::HashMap;

use proc_macro2::Span;

use crate::ast::Origin;
use crate::attr::Code;
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::literal::FirstSeen;
use crate::model::{CodeValue, Kind, Model, Variant};

/// `shared_misread`: an entry of `shared` was of the wrong kind (reported) and dropped: a
/// code several variants declare is not reported again, as it may be what it meant.
pub(crate) fn check(model: &Model, shared: &[Code], shared_misread: bool, errors: &mut Errors) {
    check_catch_all_count(model, errors);
    check_duplicate_codes(model, shared, shared_misread, errors);
    check_shared_messages(model, shared, errors);
    check_duplicate_from(model, errors);
    check_duplicate_reasons(model, errors);
    if model.origin == Origin::Dsl {
        check_duplicate_members(model, errors);
    }
}

/// A `define_codes!` umbrella's member listed twice: lookup gives the type's codes to the
/// first, so the second would never be found. (Under `#[cfg]`s, one may stand in for the
/// other.)
fn check_duplicate_members(model: &Model, errors: &mut Errors) {
    let mut seen: Vec<(String, String)> = Vec::new();
    for variant in &model.variants {
        let Some(field) = variant.transparent() else {
            continue;
        };
        if !variant.cfgs.is_empty() || variant.takes_any_code {
            continue;
        }
        let ty = crate::ast::member_type_text(&field.ty);
        if let Some((_, first)) = seen.iter().find(|(t, _)| *t == ty) {
            errors.spanned(
                &field.ty,
                format!(
                    "this catalogue is already the member `{first}`: lookup gives its codes to the first, so `{}` would never be found; remove one",
                    variant.name()
                ),
            );
        } else {
            seen.push((ty, variant.name()));
        }
    }
}

/// AIP-193's reasons are unique within a domain: a reason declared on a variant and given to
/// another too (declared, or made from its name as `Entry::reason` makes it) is one error,
/// at the reason declared second, else at the one declared first (variants under a `#[cfg]`
/// aside, which may never be there together). Two names whose reasons read alike, where
/// neither declares one, are no error: a type that declares no reason there asks nothing
/// of them.
fn check_duplicate_reasons(model: &Model, errors: &mut Errors) {
    // Only a declared reason is an error here: a type that declares none (most) is not
    // walked, nor its names made reasons of.
    let declares_one = model
        .variants
        .iter()
        .any(|v| v.declared().is_some_and(|d| d.text.entry.reason.is_some()));
    if !declares_one {
        return;
    }
    let mut reasons: Vec<(usize, String)> = Vec::new();
    for (index, variant) in model.variants.iter().enumerate() {
        let (Some(declared), Some(_), true) = (
            variant.declared(),
            &variant.ident,
            variant.cfgs.is_empty() && !variant.malformed,
        ) else {
            continue;
        };
        let reason = match &declared.text.entry.reason {
            Some(reason) => reason.clone(),
            None => reason_of_name(&variant.name()),
        };
        reasons.push((index, reason));
    }
    let mut first_seen = FirstSeen::default();
    for (index, reason) in &reasons {
        let Some(first) = first_seen.spelling(reason, *index) else {
            continue;
        };
        let (this, earlier) = (&model.variants[*index], &model.variants[first]);
        let span_of = |variant: &Variant| variant.declared().and_then(|d| d.reason_span);
        let (who, other) = (model.describe(this), model.describe(earlier));
        let (span, message) = match (span_of(this), span_of(earlier)) {
            (Some(span), earlier_span) => {
                let how = if earlier_span.is_some() {
                    ","
                } else {
                    ", made from its name,"
                };
                (
                    span,
                    format!(
                        "{other} has the reason `{reason}` already{how} and a reason names one cause (AIP-193: unique within the domain): give this one its own, or remove it"
                    ),
                )
            }
            (None, Some(span)) => (
                span,
                format!(
                    "the reason `{reason}` is {who}'s too, made from its name, and a reason names one cause (AIP-193: unique within the domain): give this one another, or declare one on {who}"
                ),
            ),
            // Two names that read alike (`HttpError`, `HTTPError`; `Alpha`, `alpha`): a type
            // that declares no reason there asks nothing of them.
            (None, None) => continue,
        };
        errors.at(span, message);
    }
}

/// A variant's name in `UPPER_SNAKE`, as the runtime's `Entry::reason` makes a reason of it:
/// a word starts at a capital after a lower-case letter or a digit (`InvalidToken`), and at
/// the last capital of an acronym (`HTTPError` is `HTTP_ERROR`).
fn reason_of_name(name: &str) -> String {
    let mut reason = String::with_capacity(name.len() + 4);
    let mut chars = name.chars().peekable();
    let mut previous: Option<char> = None;
    while let Some(c) = chars.next() {
        let boundary = c.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && chars.peek().is_some_and(|n| n.is_lowercase()))
            });
        if boundary {
            reason.push('_');
        }
        reason.extend(c.to_uppercase());
        previous = Some(c);
    }
    reason
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
/// aliases count as its codes: lookup must find one variant for each spelling, so an alias
/// collides with any other use of its spelling, a shared code's included.
fn check_duplicate_codes(
    model: &Model,
    shared: &[Code],
    shared_misread: bool,
    errors: &mut Errors,
) {
    // The index of the first variant of each code.
    let mut first_seen = FirstSeen::default();
    // The spellings first seen as an alias, with the alias's span.
    let mut aliases: HashMap<&str, Span> = HashMap::new();
    // The variants whose alias a shared code met, reported.
    let mut reported: Vec<usize> = Vec::new();
    for (index, variant) in model.variants.iter().enumerate() {
        let Some((declared, span)) = variant
            .declared()
            .and_then(|declared| Some((declared, declared.code_span?)))
        else {
            continue;
        };
        // A variant under `#[cfg]` may share its code with one compiled in its stead.
        if !variant.cfgs.is_empty() {
            continue;
        }
        let code = &declared.code;
        let is_shared = shared_misread || shared.iter().any(|s| s.value == *code);
        // The code (`None`), then its aliases.
        let spellings = std::iter::once((None, span)).chain(
            declared
                .aliases
                .iter()
                .map(|(alias, span)| (Some(alias.as_str()), *span)),
        );
        for (alias, span) in spellings {
            let first_index = match alias {
                None => first_seen.code(code, index),
                Some(alias) => first_seen.spelling(alias, index),
            };
            let Some(first_index) = first_index else {
                if let Some(alias) = alias {
                    aliases.insert(alias, span);
                }
                continue;
            };
            if alias.is_none() && is_shared && reported.contains(&first_index) {
                // Another variant of a shared code that meets the same alias: reported once.
                continue;
            }
            // The spelling as written: `40001`, `"PARAM_ERROR"`.
            let (written, first_alias) = match (alias, code) {
                (Some(alias), _) => (format!("{alias:?}"), aliases.get(alias)),
                (None, CodeValue::Str(text)) => (format!("{text:?}"), aliases.get(text.as_str())),
                (None, CodeValue::Int(_)) => (code.to_string(), None),
            };
            // Several variants of a shared code: what `shared` is for.
            if alias.is_none() && is_shared && first_alias.is_none() {
                continue;
            }
            let first = &model.variants[first_index];
            let first_span = first_alias.copied().or_else(|| first.declared()?.code_span);
            let line = first_span.map_or(0, |span| span.start().line);
            let at = if line > 0 {
                format!(" (line {line})")
            } else {
                String::new()
            };
            let who = model.describe(first);
            let message = if first_index == index {
                format!("{written} is already a spelling of this variant's code; remove it")
            } else if first_alias.is_some() && alias.is_none() {
                // A code that is an earlier variant's alias: `shared` does not let a code and
                // an alias meet, so the alias is what goes.
                if is_shared {
                    reported.push(first_index);
                }
                format!(
                    "code {written} is already an alias of {who}{at}, and lookup finds one variant for each spelling: remove {written} from the `aliases` of {who}"
                )
            } else if first_alias.is_some() {
                format!(
                    "{written} is already an alias of {who}{at}, and lookup finds one variant for each spelling: remove it here or there"
                )
            } else if alias.is_some() {
                format!(
                    "{written} is already declared by {who}{at}, and an alias finds one variant: remove it here or there",
                )
            } else if same_declared_message(first, variant) {
                // The same row twice: `shared` would only meet the check of its messages.
                format!(
                    "code {written} is already declared by {who}{at}, with the same message: remove one of the two"
                )
            } else {
                format!(
                    "code {written} is already declared by {who}{at}; if the platform really sends it with several messages, list it in `#[platform(shared({written}))]` on the type",
                )
            };
            errors.at(span, message);
        }
    }
}

/// Whether two variants declare messages that lookup reads as the same (fixed text both).
fn same_declared_message(a: &Variant, b: &Variant) -> bool {
    let key = |variant: &Variant| {
        let message = &variant.declared()?.text.message;
        (!message.has_args()).then(|| matched_as(message.declared_text()))
    };
    matches!((key(a), key(b)), (Some(a), Some(b)) if !a.is_empty() && a == b)
}

/// The variants of a shared code are told apart by their messages: two whose messages the
/// runtime's matcher reads as the same (`same_message`) would leave the later one
/// unreachable by `from_code_and_message`. One error, at the later one's message, naming
/// the first. (Only where there is lookup; variants under `#[cfg]` may stand in for each
/// other.)
fn check_shared_messages(model: &Model, shared: &[Code], errors: &mut Errors) {
    if !model.has_lookup() {
        return;
    }
    for code in shared {
        let mut seen: Vec<(&Variant, String)> = Vec::new();
        for (variant, declared) in model.declared() {
            if declared.code != code.value
                || declared.code_span.is_none()
                || !variant.cfgs.is_empty()
            {
                continue;
            }
            let message = &declared.text.message;
            if message.has_args() {
                // Lookup compares the declared text; the arguments are filled in only when
                // displayed, so the message the platform sends would match nothing here.
                // Reported at the arguments: a placeholder without one (a unit variant has
                // no field) is reported at the message already.
                let Some(first) = declared.text.args.first() else {
                    continue;
                };
                let at = match first.expr.clone().into_iter().next() {
                    Some(proc_macro2::TokenTree::Group(group)) => group.stream(),
                    _ => first.expr.clone(),
                };
                errors.spanned(
                    &at,
                    format!(
                        "the variants of shared code {} are told apart by their messages, which lookup compares as declared: write {}'s message as fixed text, with no placeholders and arguments (`{{{{` and `}}}}` for literal braces)",
                        code.value,
                        model.describe(variant)
                    ),
                );
                continue;
            }
            let key = matched_as(message.declared_text());
            if key.is_empty() {
                // No message (reported), or an empty one, which matches nothing.
                continue;
            }
            if let Some((first, _)) = seen.iter().find(|(_, k)| *k == key) {
                let line = first
                    .declared()
                    .map_or(0, |d| d.text.message.span().start().line);
                let at = if line > 0 {
                    format!(" (line {line})")
                } else {
                    String::new()
                };
                errors.at(
                    message.span(),
                    format!(
                        "lookup reads this message as {}'s{at}, setting aside case, surrounding whitespace and a final period: `from_code_and_message({}, ...)` would never return {}; give the two different messages, or remove one",
                        model.describe(first),
                        code.value,
                        model.describe(variant)
                    ),
                );
            } else {
                seen.push((variant, key));
            }
        }
    }
}

/// A declared message as the runtime's matcher (`platform_errors_core::matcher`) compares
/// it: two messages with the same key match the same received messages, equally strongly.
/// Trimmed (as `str::trim`), without a final `.` or `。` (unless that is all there is) and
/// trimmed again at the end; ASCII letters in lower case; each ASCII whitespace byte a space
/// (the matcher tells runs of whitespace by their length, not their kind). Other case and
/// whitespace, as the matcher, it leaves as they are.
pub(crate) fn matched_as(declared: &str) -> String {
    let trimmed = declared.trim();
    let without_period = match trimmed
        .strip_suffix('.')
        .or_else(|| trimmed.strip_suffix('。'))
    {
        Some(rest) if !rest.trim_start().is_empty() => rest,
        _ => trimmed,
    };
    without_period
        .trim_end()
        .chars()
        .map(|c| {
            if c.is_ascii_whitespace() {
                ' '
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::reason_of_name;

    /// The reason the check compares is the one the runtime gives the entry.
    #[test]
    fn reason_of_name_is_the_runtime_s() {
        for name in [
            "InvalidToken",
            "HTTPError",
            "HttpError",
            "Http2Error",
            "SystemBusy",
            "A",
            "ÜnÏcode",
            "_Private",
            "E40001",
            "EMinus1",
            "ABCDef",
            "aB",
            "ParamError2X",
            "XMLHttpRequest",
            "参数错误",
        ] {
            let runtime = platform_errors::Entry::new(1, name, "")
                .reason()
                .to_string();
            assert_eq!(reason_of_name(name), runtime, "{name}");
        }
    }
}
