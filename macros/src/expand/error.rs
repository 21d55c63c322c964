//! `Error`, with `source` from the field `#[source]` or `#[from]` marks or from a transparent
//! variant's field; and `From` for each `#[from]` field.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::WherePredicate;

use super::{Concat, Gen};

impl Gen<'_> {
    pub(super) fn impl_error(&self) -> TokenStream {
        let (option, some, none) = (&self.option, &self.some, &self.none);
        let mut bounds: Vec<WherePredicate> = self.error_bounds();
        let has_source = self
            .variants()
            .iter()
            .any(|v| v.transparent().is_some() || v.source_field().is_some());
        let source = if has_source {
            let error = quote!(::core::error::Error);
            let mut arms = TokenStream::new();
            for variant in self.variants() {
                let arm = if let Some(field) = variant.transparent() {
                    self.bound(&field.ty, error.clone(), &mut bounds);
                    Self::delegating_arm(variant, field, &error, "source", &quote!())
                } else if let Some(field) = variant.source_field() {
                    self.bound(
                        &field.ty,
                        quote!(::core::error::Error + 'static),
                        &mut bounds,
                    );
                    let ty = &field.ty;
                    let krate = self.krate;
                    Self::field_arm(variant, field, &|b| {
                        // By method call, so that a `Box<dyn Error + Send + Sync>` is
                        // reached through auto-deref.
                        let source = quote_spanned! {ty.span()=> {
                            use #krate::__private::AsDynError as _;
                            #b.as_dyn_error()
                        }};
                        quote!(#some(#source))
                    })
                } else {
                    Self::constant_arm(variant, &quote!(#none))
                };
                arms.extend(arm);
            }
            quote! {
                fn source(&self) -> #option<&(dyn ::core::error::Error + 'static)> {
                    match self { #arms }
                }
            }
        } else {
            quote!()
        };
        let header = self.impl_header(&quote!(::core::error::Error), &bounds);
        quote!(#header { #source })
    }

    pub(super) fn impl_from(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for variant in self.variants() {
            let Some(field) = variant.field_marked_from() else {
                continue;
            };
            let ty = &field.ty;
            let member = &field.member;
            let path = Self::path(variant);
            let cfgs = Concat(&variant.cfgs);
            // A backtrace beside the source is captured here, as thiserror does.
            let backtrace = variant.backtrace.map(|index| {
                let member = &variant.fields[index].member;
                quote!(#member: ::std::backtrace::Backtrace::capture(),)
            });
            let header = self.impl_header(&quote!(::core::convert::From<#ty>), &[]);
            out.extend(quote! {
                #cfgs
                #header {
                    #[inline]
                    fn from(__source: #ty) -> Self {
                        #path { #member: __source, #backtrace }
                    }
                }
            });
        }
        out
    }
}
