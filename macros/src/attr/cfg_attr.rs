//! Keys inside `#[cfg_attr(predicate, ...)]`: what the attribute applies, read without
//! evaluating the predicate.

use proc_macro2::TokenStream;
use syn::ext::IdentExt as _;
use syn::parse::Parser as _;
use syn::{Attribute, Ident, Token};

use crate::keys::{self, Syntax};

/// A `cfg_attr`'s predicate and the attributes it applies; `None` for another attribute,
/// or one that does not parse.
pub(super) fn cfg_attr_parts(
    attr: &Attribute,
) -> Option<(syn::Meta, syn::punctuated::IntoIter<syn::Meta>)> {
    use syn::punctuated::Punctuated;
    if attr
        .path()
        .get_ident()
        .is_none_or(|ident| ident.unraw() != "cfg_attr")
    {
        return None;
    }
    let mut metas = attr
        .parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
        .ok()?
        .into_iter();
    let predicate = metas.next()?;
    Some((predicate, metas))
}

/// The first of the macros' own attributes (`platform`, `advice`, `code`, `message`, ...)
/// inside a `cfg_attr`, nested ones included.
/// Whether `tokens` hold the identifier `name`, at any depth (of a `cfg_attr`'s attributes,
/// not its predicate, which may name a `cfg` `unknown`).
pub(super) fn names_ident(tokens: TokenStream, name: &str) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => names_ident(group.stream(), name),
        _ => false,
    })
}

pub(super) fn key_inside_cfg_attr(attr: &Attribute) -> Option<syn::Path> {
    use syn::Meta;
    let (_, metas) = cfg_attr_parts(attr)?;
    for meta in metas {
        let Some(ident) = meta.path().get_ident().map(Ident::unraw) else {
            continue;
        };
        if ident == "platform" || keys::find(Syntax::Own, &ident.to_string()).is_some() {
            // By value: syn's `Clone` impls are not compiled in.
            return Some(match meta {
                Meta::Path(path) => path,
                Meta::List(list) => list.path,
                Meta::NameValue(pair) => pair.path,
            });
        }
        if ident == "cfg_attr" {
            let nested = Attribute::parse_outer
                .parse2(quote::quote!(#[#meta]))
                .unwrap_or_default();
            if let Some(found) = nested.iter().find_map(key_inside_cfg_attr) {
                return Some(found);
            }
        }
    }
    None
}

/// `#[cfg_attr(predicate, cfg(...))]` for a `cfg_attr` that holds a `cfg` (among other
/// attributes, or inside a nested `cfg_attr`): the part that can remove the item.
pub(super) fn cfg_inside_cfg_attr(attr: &Attribute) -> Option<Attribute> {
    use syn::Meta;
    let (predicate, metas) = cfg_attr_parts(attr)?;
    let mut cfgs: Vec<Meta> = Vec::new();
    for meta in metas {
        let Some(ident) = meta.path().get_ident().map(Ident::unraw) else {
            continue;
        };
        if ident == "cfg" {
            cfgs.push(meta);
        } else if ident == "cfg_attr" {
            // Parsed as an attribute again (by the parser `dsl` compiles already).
            let nested = Attribute::parse_outer
                .parse2(quote::quote!(#[#meta]))
                .unwrap_or_default();
            for nested in &nested {
                if let Some(inner) = cfg_inside_cfg_attr(nested) {
                    cfgs.push(inner.meta);
                }
            }
        }
    }
    if cfgs.is_empty() {
        return None;
    }
    Attribute::parse_outer
        .parse2(quote::quote!(#[cfg_attr(#predicate, #(#cfgs),*)]))
        .ok()?
        .pop()
}
