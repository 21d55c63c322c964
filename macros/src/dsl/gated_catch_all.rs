//! A `define_codes!` umbrella whose catch-all is under a `#[cfg]`: two enums, one with the
//! catch-all and one without, each under its `#[cfg]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::Parser as _;
use syn::Attribute;

use super::Parsed;
use crate::ast::Variant;
use crate::keys::KeyId;

/// An umbrella whose catch-all is under a `#[cfg]` (`#[cfg(feature = "alloc")]`, for the
/// `String` it keeps) is two enums, as a user would declare it again under another
/// `#[cfg]`: `item`, with the catch-all's `#[cfg]`s moved onto the enum, and `again` (the
/// same enum parsed a second time) without the catch-all, under `#[cfg(not(all(...)))]`
/// of them. The macro does not see which is compiled; each type's code is whole without
/// the other's. `None` for an enum whose catch-all has no `#[cfg]`, or that has none.
pub(crate) fn split_gated_catch_all(item: &mut Parsed, mut again: Parsed) -> Option<Parsed> {
    let position = item.input.variants.iter().position(is_gated_catch_all)?;
    let cfgs = std::mem::take(&mut item.input.variants[position].attrs.cfgs);
    let predicates: Vec<TokenStream> = cfgs
        .iter()
        .filter_map(|cfg| match &cfg.meta {
            syn::Meta::List(list) => Some(list.tokens.clone()),
            _ => None,
        })
        .collect();
    let negated = Attribute::parse_outer
        .parse2(quote!(#[cfg(not(all(#(#predicates),*)))]))
        .ok()?;
    item.input.attrs.cfgs.extend(cfgs);
    again.input.variants.retain(|v| !is_gated_catch_all(v));
    again.input.attrs.cfgs.extend(negated);
    Some(again)
}

/// Whether the variant is the catch-all under a `#[cfg]` ([`split_gated_catch_all`]).
pub(crate) fn is_gated_catch_all(variant: &Variant) -> bool {
    variant.attrs.span(KeyId::Unknown).is_some() && !variant.attrs.cfgs.is_empty()
}
