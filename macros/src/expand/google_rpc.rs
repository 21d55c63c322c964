//! What a catch-all holding AIP-193's codes answers (its `status()`, advice and whether the
//! outcome is unknown): the arms `PlatformError`'s generator asks for, where the code's status
//! name or number says the HTTP status.

use proc_macro2::TokenStream;
use quote::quote;

use super::Gen;
use crate::model::{Kind, Variant};

impl Gen<'_> {
    /// Whether the type is declared under AIP-193's envelope.
    pub(super) fn is_google_rpc(&self) -> bool {
        self.model
            .envelope
            .as_ref()
            .is_some_and(crate::model::EnvelopeSpec::is_google_rpc)
    }

    /// Whether the type's catch-all with fields holds AIP-193's codes, whose status name or
    /// number says the HTTP status (and so the advice, and whether the outcome is known):
    /// declared so (`envelope = GoogleRpc`), or, for a type with lookup whose envelope the
    /// macro does not know (its members', or a marker, constant or catalogue of the user's),
    /// as that envelope says, a constant test.
    pub(super) fn rpc_catch_all(&self) -> RpcCatchAll {
        let catch_all = self
            .variants()
            .iter()
            .any(|variant| matches!(variant.kind, Kind::CatchAll { .. }));
        if !catch_all {
            RpcCatchAll::No
        } else if self.is_google_rpc() {
            RpcCatchAll::Declared
        } else if self.model.has_lookup()
            && self
                .model
                .envelope
                .as_ref()
                .map_or(self.model.has_transparent(), |envelope| {
                    !envelope.names_a_runtime_envelope()
                })
        {
            let krate = self.krate;
            RpcCatchAll::Inherited(
                quote!(<Self as #krate::Catalogue>::ENVELOPE.is_code_http_status()),
            )
        } else {
            RpcCatchAll::No
        }
    }

    /// The arm of a catch-all with fields whose code is AIP-193's: `__private::fun` of its
    /// code, under the envelope's test where the type inherits its envelope (else
    /// `otherwise`). `None` for any other variant, or where the codes are not AIP-193's.
    pub(super) fn rpc_arm(
        &self,
        variant: &Variant,
        rpc: &RpcCatchAll,
        fun: &str,
        otherwise: &TokenStream,
    ) -> Option<TokenStream> {
        let Kind::CatchAll { code, .. } = &variant.kind else {
            return None;
        };
        let krate = self.krate;
        let fun = proc_macro2::Ident::new(fun, proc_macro2::Span::call_site());
        let call = |b: &proc_macro2::Ident| quote!(#krate::__private::#fun(#krate::__private::code_of(#b)));
        match rpc {
            RpcCatchAll::No => None,
            RpcCatchAll::Declared => Some(Self::field_arm(variant, &variant.fields[*code], &call)),
            RpcCatchAll::Inherited(test) => {
                Some(Self::field_arm(variant, &variant.fields[*code], &|b| {
                    let call = call(b);
                    quote!(if #test { #call } else { #otherwise })
                }))
            }
        }
    }
}

/// Whether a type's catch-all holds AIP-193's codes ([`Gen::rpc_catch_all`]).
pub(super) enum RpcCatchAll {
    /// No catch-all with fields, or another envelope.
    No,
    /// Declared under AIP-193's envelope.
    Declared,
    /// Its envelope is its members', or one the macro does not know: this constant test
    /// says whether it is AIP-193's.
    Inherited(TokenStream),
}
