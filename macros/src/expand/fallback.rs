//! What is emitted beside the errors of an input the macros reject: the definition (for
//! `define_codes!`) and impls whose bodies never run, so that uses of the type add no errors
//! of their own.

use proc_macro2::TokenStream;
use quote::quote;

use super::Gen;

impl Gen<'_> {
    pub(super) fn fallback(&self) -> TokenStream {
        let krate = self.krate;
        let option = &self.option;
        let stub = quote!(::core::unreachable!(
            "platform-errors: this type did not compile"
        ));
        let allow = quote!(#[allow(unreachable_code, unused_variables, clippy::all)]);
        let platform_error = self.impl_header(&quote!(#krate::PlatformError), &[]);
        let display = self.impl_header(&quote!(::core::fmt::Display), &[]);
        let error = self.impl_header(&quote!(::core::error::Error), &[]);
        let mut out = self.definition();
        out.extend(quote! {
            #allow
            #platform_error {
                fn code(&self) -> #option<#krate::Code<'_>> { #stub }
                fn message(&self) -> &str { #stub }
            }
            #allow
            #display {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #stub }
            }
            #error {}
        });
        if self.model.debug {
            let debug = self.impl_header(&quote!(::core::fmt::Debug), &[]);
            out.extend(quote! {
                #allow
                #debug {
                    fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #stub }
                }
            });
        }
        if self.model.has_lookup() {
            let catalogue = self.impl_header(&quote!(#krate::Catalogue), &[]);
            out.extend(quote! {
                #allow
                #catalogue {
                    type Code<'__a> = i64;
                    const ENTRIES: &'static [#krate::Entry] = &[];
                    fn from_code(_: i64) -> #option<Self> { #stub }
                    fn match_message(_: i64, _: &str) -> #option<#krate::MessageMatch<Self>> {
                        #stub
                    }
                }
            });
            // The same test as the normal expansion's (`Model::has_response`): a catch-all,
            // or a one-field `#[platform(unknown)]` member.
            if self.model.has_response() {
                let from_received = self.impl_header(&quote!(#krate::FromReceived), &[]);
                out.extend(quote! {
                    #allow
                    #from_received {
                        fn from_received(_: i64, _: &str) -> Self { #stub }
                    }
                });
            }
            // Built only from codes and names, so it is safe on a model with errors.
            out.extend(self.impl_catalogue());
        }
        out
    }
}
