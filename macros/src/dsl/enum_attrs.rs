//! The checks of the attributes on a `define_codes!` enum: a `#[derive]` of a trait the
//! macro gives already, and a `#[repr]` on an enum that declares codes. Each is one error,
//! and the attribute at fault is removed, so that rustc reports nothing again.

use quote::quote;
use syn::Token;

use crate::attr::Attrs;
use crate::errors::Errors;

/// The traits a `define_codes!` enum has already: a `#[derive]` of one of them would
/// conflict with the macro's. Reported once per attribute, over the traits at fault, and
/// removed from it, so that rustc does not report each conflict again.
pub(super) fn derives_made_already(attrs: &mut Attrs, catalogue: bool, errors: &mut Errors) {
    use syn::punctuated::Punctuated;
    // The derives it makes, and the impls it writes: `PlatformError` (this crate's derive),
    // `Error` (thiserror's, snafu's) and `Display` (derive_more's) would conflict.
    const MADE: [&str; 8] = [
        "Debug",
        "Clone",
        "PartialEq",
        "Eq",
        "Hash",
        "PlatformError",
        "Error",
        "Display",
    ];
    let made = |path: &syn::Path| {
        path.segments.last().is_some_and(|segment| {
            let name = segment.ident.to_string();
            MADE.contains(&name.as_str()) || (catalogue && name == "Copy")
        })
    };
    attrs.passthrough.retain_mut(|attr| {
        if !attr.path().is_ident("derive") {
            return true;
        }
        let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        else {
            return true;
        };
        let (again, kept): (Vec<syn::Path>, Vec<syn::Path>) =
            paths.into_iter().partition(|path| made(path));
        let Some(first) = again.first() else {
            return true;
        };
        let mut names = String::new();
        for (i, path) in again.iter().enumerate() {
            if i > 0 {
                names.push_str(if i + 1 == again.len() { "` and `" } else { "`, `" });
            }
            if let Some(segment) = path.segments.last() {
                names.push_str(&segment.ident.to_string());
            }
        }
        let last = again.last().unwrap_or(first);
        errors.spanned(
            &quote!(#first #last),
            format!(
                "`define_codes!` gives its enums `Debug`, `Clone`, `PartialEq`, `Eq` and `Hash`{}, and implements `PlatformError`, `Display` and `Error` for them: remove `{names}` from this `#[derive]`",
                if catalogue { ", and a catalogue of codes `Copy`" } else { "" }
            ),
        );
        if kept.is_empty() {
            return false;
        }
        if let syn::Meta::List(list) = &mut attr.meta {
            list.tokens = quote!(#(#kept),*);
        }
        true
    });
}

/// A `#[repr]` on a `define_codes!` enum that declares codes, also inside a `cfg_attr`: its
/// discriminants are what the macro numbers them (indices; `Name = 40001 => ...` declares a
/// code, not a discriminant), so `as i64` and num_enum's `IntoPrimitive`, which a `repr` is
/// written for, would read an index as the code. One error each, and the `repr` removed.
/// (An umbrella of members declares no code: its `repr` is a layout, and passes through.)
pub(super) fn no_repr(attrs: &mut Attrs, errors: &mut Errors) {
    attrs.passthrough.retain_mut(|attr| {
        if attr.path().is_ident("repr") {
            errors.spanned(&*attr, REPR_IS_NO_CODE);
            return false;
        }
        if !attr.path().is_ident("cfg_attr") {
            return true;
        }
        match &mut attr.meta {
            syn::Meta::List(list) => without_repr(list, errors),
            _ => true,
        }
    });
}

/// Why a `repr` is refused on a `define_codes!` enum that declares codes.
const REPR_IS_NO_CODE: &str = "`define_codes!` numbers its enums' variants itself: `Name = 40001 => \"...\"` declares the code, not the discriminant, so `as i64` or a `repr` read an index; remove `repr(...)`, and read the code with `as_i64()` (or `as_str()`)";

/// A `cfg_attr(predicate, ...)`'s attributes without `repr` (one error each), nested
/// `cfg_attr`s too; `false` when none is left.
fn without_repr(list: &mut syn::MetaList, errors: &mut Errors) -> bool {
    use syn::punctuated::Punctuated;
    let Ok(metas) = list.parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
    else {
        return true;
    };
    let mut metas = metas.into_iter();
    let Some(predicate) = metas.next() else {
        return true;
    };
    let mut changed = false;
    let mut kept = Vec::new();
    for mut meta in metas {
        if meta.path().is_ident("repr") {
            errors.spanned(&meta, REPR_IS_NO_CODE);
            changed = true;
            continue;
        }
        if let (true, syn::Meta::List(inner)) = (meta.path().is_ident("cfg_attr"), &mut meta) {
            let before = inner.tokens.to_string();
            let keep = without_repr(inner, errors);
            changed |= !keep || inner.tokens.to_string() != before;
            if !keep {
                continue;
            }
        }
        kept.push(meta);
    }
    if !changed {
        return true;
    }
    if kept.is_empty() {
        return false;
    }
    list.tokens = quote!(#predicate, #(#kept),*);
    true
}
