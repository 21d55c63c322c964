//! `FromReceived` for a type with a catch-all: a catch-all variant with a code and a
//! message field, or a catch-all member (a `#[platform(unknown)]` variant over a type that
//! takes any code, such as an `ApiError<C>`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::Gen;
use crate::model::{CodeType, Kind};

impl Gen<'_> {
    /// `FromReceived`, for a type with a catch-all: the declared variant lookup finds, else
    /// the catch-all built from the code and the message.
    pub(super) fn impl_from_received(&self) -> Option<TokenStream> {
        let krate = self.krate;
        let (some, none) = (&self.some, &self.none);
        if let Some(index) = self.model.any_code_member() {
            // A member that takes any code: it gets what no other variant declares.
            let variant = &self.variants()[index];
            let field = variant.transparent()?;
            let ty = &field.ty;
            // `ReceivedAsSent` where the member holds a code of either kind (an `ApiError`,
            // whose catalogue may take the other kind than this type: `Uncatalogued<E>`'s
            // lookup takes numbers), else `T::from_received`.
            let build = Self::construct_member(
                variant,
                &quote_spanned!(ty.span()=> (&&#krate::__private::Member::<#ty>::NEW).__platform_errors_catch_all(__code, __message)),
            );
            let header = self.impl_header(&quote!(#krate::FromReceived), &[]);
            let path = Self::path(variant);
            let member = &field.member;
            let code_param = self.code_param();
            let option = &self.option;
            let wrap = Self::construct_member(variant, &quote!(__member));
            let keep = Self::construct_member(
                variant,
                &quote_spanned!(ty.span()=> <#ty as #krate::FromReceived>::__platform_errors_with_received(__member, __received)),
            );
            // The catch-all member builds what it receives from the code and the message, so
            // that it keeps both; a variant of another found by them is returned (lookup asks
            // the catch-all last, and takes no other member's value that is an answer as
            // received). What else the answer carried (the wire's request id) goes to the
            // catch-all, which may keep it.
            return Some(quote! {
                #header {
                    fn from_received(__code: #code_param, __message: &::core::primitive::str) -> Self {
                        #[allow(unused_imports)]
                        use #krate::__private::{NoCatchAll as _, ReceivedAsItsKind as _, ReceivedAsSent as _};
                        let __found = match <Self as #krate::Catalogue>::match_message(__code, __message) {
                            #some(__found) => #some(__found.value),
                            #none => <Self as #krate::Catalogue>::from_code(__code),
                        };
                        match __found {
                            #some(#path { #member: _ }) | #none => {}
                            #some(__found) => return __found,
                        }
                        #build
                    }
                    #[inline]
                    fn __platform_errors_with_received(self, __received: #krate::__private::ReceivedParts) -> Self {
                        match self {
                            #path { #member: __member } => #keep,
                            __other => __other,
                        }
                    }
                    // A code of the other kind than this type's (as its envelope reads it):
                    // a member's that declares it, else the catch-all's, where it keeps any
                    // code (an `ApiError`).
                    fn __platform_errors_take_any_kind(__code: #krate::Code<'_>, __message: &::core::primitive::str) -> #option<Self> {
                        if let #some(__typed) = #krate::__private::code_of_kind::<Self>(__code) {
                            return #some(<Self as #krate::FromReceived>::from_received(__typed, __message));
                        }
                        if let #some(__found) = <Self as #krate::Catalogue>::__platform_errors_lookup_any_kind(__code, __message) {
                            return #some(__found);
                        }
                        match <#ty as #krate::FromReceived>::__platform_errors_take_any_kind(__code, __message) {
                            #some(__member) => #some(#wrap),
                            #none => #none,
                        }
                    }
                }
            });
        }
        let catch_all = self.model.catch_all()?;
        let Kind::CatchAll { code, message, .. } = catch_all.kind else {
            return None;
        };
        let path = Self::path(catch_all);
        let code_member = &catch_all.fields[code].member;
        let message_field = &catch_all.fields[message];
        let message_member = &message_field.member;
        let message_ty = &message_field.ty;
        // Spanned at the field's type: a type that can't hold the message is reported there.
        // Through an owned `String`, which every owning type takes (`String`, `Box<str>`,
        // `Cow<'static, str>`, `Arc<str>`): `From<&str>` would tie a `Cow<'static, str>` to
        // the received message's lifetime (E0521).
        let build_message = quote_spanned!(message_ty.span()=>
        <#message_ty as ::core::convert::From<#krate::__private::String>>::from(
            <#krate::__private::String as ::core::convert::From<&::core::primitive::str>>::from(__message)
        ));
        let code_ty = &catch_all.fields[code].ty;
        let build_code = match self.model.code_type {
            CodeType::Int => quote!(__code),
            CodeType::Str => quote_spanned!(code_ty.span()=>
                <#code_ty as ::core::convert::From<#krate::__private::String>>::from(
                    <#krate::__private::String as ::core::convert::From<&::core::primitive::str>>::from(__code)
                )
            ),
            CodeType::OfMember(_) => quote!(#krate::CodeKind::to_owned_code(__code)),
        };
        let header = self.impl_header(&quote!(#krate::FromReceived), &[]);
        let code_param = self.code_param();
        Some(quote! {
            #header {
                // `String` from a `String`, where the message field is one.
                #[allow(clippy::useless_conversion)]
                fn from_received(__code: #code_param, __message: &::core::primitive::str) -> Self {
                    match <Self as #krate::Catalogue>::from_code_and_message(__code, __message) {
                        #some(__found) => __found,
                        #none => #path { #code_member: #build_code, #message_member: #build_message },
                    }
                }
            }
        })
    }
}
