//! A variant's source and `From`: `#[source]`, `#[from]` (only on a variant's only field,
//! beside a `Backtrace`), a field named `source`, and a source written `Option<E>`, which
//! is refused at its `Option`.

use proc_macro2::Span;
use syn::Member;

use crate::errors::Errors;
use crate::keys::KeyId;
use crate::model::Variant;

/// `#[source]` and `#[from]`: at most one source, and `#[from]` only on a variant's only
/// field.
///
/// `(transparent, is_struct)`: a transparent variant delegates `source` (its `#[source]` is
/// refused as such, not for its type); a struct has no variants to suggest.
pub(super) fn resolve_sources(
    variant: &mut Variant,
    who: &str,
    (transparent, is_struct): (bool, bool),
    errors: &mut Errors,
) {
    variant.backtrace = variant.fields.iter().position(|f| is_backtrace(&f.ty));
    // A backtrace beside a `#[from]` field is captured by `From`, not given by the caller.
    let count = variant.fields.len() - usize::from(variant.backtrace.is_some());
    for (index, field) in variant.fields.iter().enumerate() {
        let from = field.attrs.span(KeyId::From);
        let source = field.attrs.span(KeyId::Source);
        if let (Some(_), Some(source)) = (from, source) {
            errors.at(
                source,
                "remove `#[source]`: `#[from]` already makes this field the source",
            );
        }
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
    let named = variant.source.is_none();
    if named {
        variant.source = variant
            .fields
            .iter()
            .position(|f| matches!(&f.member, Member::Named(name) if name == "source"));
    }
    // A source is an error, not an `Option` of one: one error at the type, and no source
    // (the generated `source()` would name a method the `Option` lacks).
    if let Some(field) = variant.source.map(|index| &variant.fields[index]) {
        let from = field.attrs.span(KeyId::From).is_some();
        let option = option_span(&field.ty).filter(|_| from || !transparent);
        if let Some(span) = option {
            let how = if from {
                "marked `#[from]`"
            } else if named {
                "the field named `source`"
            } else {
                "marked `#[source]`"
            };
            let fix = if is_struct {
                ", not an `Option` of one"
            } else {
                "; give the case without an error a variant of its own"
            };
            let rename = if named {
                ", or rename the field so that it is no source"
            } else {
                ""
            };
            errors.at(
                span,
                format!(
                    "{who}'s source is an `Option` ({how}): a source is the error itself{fix}{rename}"
                ),
            );
            variant.source = None;
            variant.from = None;
        }
    }
}

/// Where a field's type is written `Option<...>` (`core::option::Option<...>`,
/// `std::option::Option<...>`): the span of its `Option`.
fn option_span(ty: &syn::Type) -> Option<Span> {
    let path = match ty {
        syn::Type::Path(path) => path,
        // A `macro_rules!` fragment (`$t:ty`), or parentheses: what they hold.
        syn::Type::Group(group) => return option_span(&group.elem),
        syn::Type::Paren(paren) => return option_span(&paren.elem),
        _ => return None,
    };
    let segments = &path.path.segments;
    let last = segments.last()?;
    let prefix_is_std = match segments.len() {
        1 => true,
        3 => {
            (segments[0].ident == "core" || segments[0].ident == "std")
                && segments[1].ident == "option"
        }
        _ => false,
    };
    let option = path.qself.is_none()
        && prefix_is_std
        && last.ident == "Option"
        && matches!(last.arguments, syn::PathArguments::AngleBracketed(_));
    option.then(|| last.ident.span())
}

/// Whether a field's type is written `Backtrace` (`std::backtrace::Backtrace`).
fn is_backtrace(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "Backtrace" && s.arguments.is_none()))
}
