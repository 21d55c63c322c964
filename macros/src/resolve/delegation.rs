//! A variant that delegates to its one field (transparent, or a member that takes any code):
//! its field gives its source, and the field is not the type itself.

use proc_macro2::{Span, TokenStream, TokenTree};

use crate::errors::Errors;
use crate::keys::KeyId;
use crate::model::Variant;

/// The checks of a delegating variant `who` of the type `ty`.
pub(super) fn check_delegation(variant: &Variant, ty: &syn::Ident, who: &str, errors: &mut Errors) {
    check_source(variant, who, errors);
    check_not_itself(variant, ty, who, errors);
}

/// A delegating variant's `source` is its field's own: `#[source]` on the field would
/// change nothing.
fn check_source(variant: &Variant, who: &str, errors: &mut Errors) {
    for field in &variant.fields {
        if let Some(span) = field.attrs.span(KeyId::Source) {
            errors.at(
                span,
                format!(
                    "remove `#[source]`: {who} delegates `source` to its field, which gives its own source"
                ),
            );
        }
    }
}

/// The field over the type itself (`Box<Self>`, `Box<Rec>` in `Rec`): its `code()` and its
/// lookup would ask themselves, which rustc reports as a cycle in generated names.
fn check_not_itself(variant: &Variant, ty: &syn::Ident, who: &str, errors: &mut Errors) {
    let [field] = variant.fields.as_slice() else {
        return;
    };
    if let Some(span) = itself_in(quote::ToTokens::to_token_stream(&field.ty), ty) {
        errors.at(
            span,
            format!(
                "{who} delegates to its field, which holds `{ty}` itself: its code and lookup would ask themselves; hold the error it wraps (an `ApiError<C>`, a catalogue, `Box<dyn PlatformError + Send + Sync>`), or make it `#[platform(local)]` with a `#[message]`"
            ),
        );
    }
}

/// Where `tokens` name the type `ty`: `Self`, or `ty` alone or as `self::ty` (`other::Rec`
/// may be another type). A qualified path (`<T as Trait<Rec>>::Assoc`) names another type.
fn itself_in(tokens: TokenStream, ty: &syn::Ident) -> Option<Span> {
    let mut trees = tokens.into_iter().peekable();
    if matches!(trees.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
        return None;
    }
    // Whether the segments of the path before its last `::` are all `self`: `None` before
    // any segment.
    let mut prefix_is_self: Option<bool> = None;
    let mut after_separator = false;
    for tree in trees {
        match &tree {
            TokenTree::Ident(ident) => {
                let here = !after_separator || prefix_is_self == Some(true);
                if ident == "Self" || (ident == ty && here) {
                    return Some(ident.span());
                }
                let is_self = ident == "self";
                prefix_is_self = Some(if after_separator {
                    prefix_is_self != Some(false) && is_self
                } else {
                    is_self
                });
                after_separator = false;
            }
            TokenTree::Punct(p) if p.as_char() == ':' => after_separator = true,
            TokenTree::Group(group) => {
                if let Some(span) = itself_in(group.stream(), ty) {
                    return Some(span);
                }
                prefix_is_self = None;
                after_separator = false;
            }
            _ => {
                prefix_is_self = None;
                after_separator = false;
            }
        }
    }
    None
}
