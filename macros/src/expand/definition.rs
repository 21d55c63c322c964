//! The enum a `define_codes!` declaration defines, with a rustdoc summary on each declared
//! variant. The derive defines nothing: the user wrote the type.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens as _, TokenStreamExt as _};
use syn::Member;

use super::{push_doc, Concat, Emit, Gen};
use crate::ast::{Origin, Style};
use crate::model::Shape;

impl Gen<'_> {
    pub(super) fn definition(&self) -> TokenStream {
        let model = self.model;
        if model.origin != Origin::Dsl {
            return TokenStream::new();
        }
        let attrs = Concat(&model.passthrough);
        let cfgs = Concat(&model.cfgs);
        let vis = &model.vis;
        let ident = &model.ident;
        // A catalogue's `Debug` reads the variant's name from its entry (`catalogue.rs`):
        // rustc's memory for a derived `Debug` grows with the square of the variant count
        // (10,000 variants took 2.6 GB).
        let (copy, debug) = if model.shape == Shape::DslCatalogue {
            (quote!(::core::marker::Copy,), quote!())
        } else {
            (quote!(), quote!(::core::fmt::Debug,))
        };
        let non_exhaustive = if model.exhaustive {
            quote!()
        } else {
            quote!(#[non_exhaustive])
        };
        let variants = self.variants().iter().map(|variant| {
            Emit(move |out: &mut TokenStream| {
                out.append_all(&variant.passthrough);
                if let Some(summary) = variant.doc_summary() {
                    push_doc(out, &summary);
                }
                out.append_all(&variant.cfgs);
                variant.ident.to_tokens(out);
                let fields = variant.fields.iter().map(|field| {
                    let attrs = Concat(&field.emitted_attrs);
                    let ty = &field.ty;
                    match &field.member {
                        Member::Named(name) => quote!(#attrs #name: #ty),
                        Member::Unnamed(_) => quote!(#attrs #ty),
                    }
                });
                match variant.style {
                    Style::Unit => {}
                    Style::Tuple => out.extend(quote!((#(#fields),*))),
                    Style::Named => out.extend(quote!({ #(#fields),* })),
                }
            })
        });
        // A large catalogue's `ALL` reads its discriminants (`inherent_catalogue`): the
        // enum is `#[repr]` of their type. Its `unsafe` block would make clippy's
        // `unsafe_derive_deserialize` (pedantic) fire on it with serde impls.
        // Its variants are built from the table, never named: `dead_code` would call them
        // never constructed, where a smaller catalogue's `ALL` names each. Crossing the size
        // threshold must not change what compiles under `#![deny(warnings)]`.
        let repr = self.index_repr.as_ref().map(|ty| {
            quote! {
                #[repr(#ty)]
                #[allow(clippy::unsafe_derive_deserialize, dead_code)]
            }
        });
        // Variants that did not parse (only beside their errors, in the fallback).
        let dropped = model.dropped_names.iter().map(|(cfgs, name, fields)| {
            let cfgs = Concat(cfgs);
            quote!(#cfgs #[allow(dead_code)] #name #fields)
        });
        // A catch-all under `#[cfg]`s without the runtime's `alloc`: the error `resolve`
        // leaves to the same `#[cfg]`s (`check_catch_all_alloc`).
        let catch_alls = if cfg!(feature = "alloc") {
            &[][..]
        } else {
            &model.variants[..]
        };
        let needs_alloc = catch_alls.iter().filter_map(|variant| match variant.kind {
            crate::model::Kind::CatchAll { span, .. } => {
                let message = model.catch_all_needs_alloc(variant);
                let variant_cfgs = Concat(&variant.cfgs);
                Some(quote_spanned!(span=> #cfgs #variant_cfgs ::core::compile_error! { #message }))
            }
            _ => None,
        });
        quote! {
            #(#needs_alloc)*
            #attrs
            #cfgs
            #repr
            // By its absolute path: a `use` may give the name `derive` to an attribute macro.
            #[::core::prelude::v1::derive(#debug ::core::clone::Clone, #copy ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            #non_exhaustive
            #vis enum #ident {
                #(#variants,)*
                #(#dropped,)*
            }
        }
    }
}
