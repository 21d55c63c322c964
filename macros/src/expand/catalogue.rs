//! A `define_codes!` enum's own API: `TryFrom<i64>` for every enum with lookup; for a
//! catalogue (codes only) also `ALL`, `const fn entry`, `code` and `message`, and `FromStr` by
//! variant name. And the serde impls, which the runtime's `serde` feature decides.

use proc_macro2::{Punct, Spacing, TokenStream};
use quote::{quote, quote_spanned, ToTokens as _, TokenStreamExt as _};

use super::{Concat, Emit, Gen};
use crate::ast::Origin;

impl Gen<'_> {
    pub(super) fn impl_catalogue(&self) -> TokenStream {
        let model = self.model;
        if model.origin != Origin::Dsl || !model.has_lookup() {
            return TokenStream::new();
        }
        let mut out = self.impl_try_from();
        if model.is_catalogue() {
            out.extend(self.inherent_catalogue());
            out.extend(self.impl_from_str());
            out.extend(self.impl_debug());
        }
        out
    }

    /// `Debug` as the variant's name, read from its entry: what a derived `Debug` writes
    /// for a unit variant, at a cost that does not grow with the square of the variants.
    fn impl_debug(&self) -> TokenStream {
        let body = if self.variants().is_empty() {
            quote!(match *self {})
        } else {
            quote!(__formatter.write_str(self.entry().name()))
        };
        self.impl_fmt(&quote!(::core::fmt::Debug), &[], &body)
    }

    fn impl_try_from(&self) -> TokenStream {
        let krate = self.krate;
        let ident = &self.model.ident;
        let header = self.impl_header(&quote!(::core::convert::TryFrom<i64>), &[]);
        quote! {
            #header {
                type Error = #krate::UnknownCode;
                #[inline]
                fn try_from(code: i64) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    match <Self as #krate::FromCode>::from_code(code) {
                        ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode::new(code, ::core::stringify!(#ident)),
                        ),
                    }
                }
            }
        }
    }

    /// `ALL`, `entry`, `code` and `message`. The variants carry no explicit discriminants,
    /// so a variant's discriminant is its index in `ALL` and in the entry table, `#[cfg]`s
    /// included: one table serves `code`, `message`, `advice` and `message_in`, where a
    /// `match` per method would cost the compiler a large function each.
    fn inherent_catalogue(&self) -> TokenStream {
        let krate = self.krate;
        let ident = &self.model.ident;
        // `Name::Variant` rather than `Self::Variant`: resolving `Self` costs the compiler
        // a lookup per element of a large array.
        let all = self.variants().iter().map(|variant| {
            Emit(move |out: &mut TokenStream| {
                Concat(&variant.cfgs).to_tokens(out);
                if let Some(name) = &variant.ident {
                    ident.to_tokens(out);
                    out.append(Punct::new(':', Spacing::Joint));
                    out.append(Punct::new(':', Spacing::Alone));
                    name.to_tokens(out);
                }
            })
        });
        let doc_all = format!("Every variant of `{ident}`, in declaration order.");
        let all_name = &self.all_name;
        let entry = if self.variants().is_empty() {
            quote!(match *self {})
        } else {
            quote!(&<Self as #krate::FromCode>::ENTRIES[*self as usize])
        };
        let header = self.inherent_header();
        quote! {
            // `&self`, so that the inherent methods win over `PlatformError`'s on a value and
            // on a reference alike.
            #[allow(clippy::trivially_copy_pass_by_ref)]
            #header {
                #[doc = #doc_all]
                #[allow(clippy::large_stack_arrays)]
                pub const #all_name: &'static [Self] = &[#(#all),*];

                /// This code's entry in the catalogue: code, name, message, category,
                /// advice and translations; usable in `const` context.
                #[must_use]
                #[inline]
                pub const fn entry(&self) -> &'static #krate::Entry {
                    #entry
                }

                /// The code the platform sends; usable in `const` context.
                #[must_use]
                #[inline]
                pub const fn code(&self) -> i64 {
                    self.entry().code()
                }

                /// The declared message; usable in `const` context.
                #[must_use]
                #[inline]
                pub const fn message(&self) -> &'static str {
                    self.entry().message()
                }
            }
        }
    }

    fn impl_from_str(&self) -> TokenStream {
        let krate = self.krate;
        let ident = &self.model.ident;
        let header = self.impl_header(&quote!(::core::str::FromStr), &[]);
        let all_name = &self.all_name;
        quote! {
            #header {
                type Err = #krate::UnknownVariant;
                fn from_str(name: &str) -> ::core::result::Result<Self, #krate::UnknownVariant> {
                    // The entry table and `ALL` list the same variants in the same order; a
                    // scan costs the compiler nothing, where a `match` on thousands of
                    // strings costs seconds.
                    #krate::__private::variant_named(<Self as #krate::FromCode>::ENTRIES, Self::#all_name, name)
                        .ok_or(#krate::UnknownVariant::new(::core::stringify!(#ident)))
                }
            }
        }
    }

    /// Serde impls where the type asks for them (`#[platform(serde)]`), through the
    /// runtime's `__impl_serde!`: the runtime's `serde` feature decides whether they can be
    /// had, and without it the macro is a compile error at `serde`. Nothing is emitted for
    /// a type that did not ask, so that no other crate's features can add impls to it.
    pub(super) fn impl_serde(&self) -> TokenStream {
        let Some(span) = self.model.serde else {
            return TokenStream::new();
        };
        let krate = self.krate;
        let ident = &self.model.ident;
        let cfgs = Concat(&self.model.cfgs);
        let mode = if !self.model.has_lookup() {
            quote!(serialize)
        } else if self.model.has_response() {
            quote!(response)
        } else {
            quote!(lookup)
        };
        quote_spanned! {span=>
            #cfgs
            #krate::__impl_serde!(#ident, #mode);
        }
    }
}
