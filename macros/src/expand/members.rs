//! A derived type's or umbrella's members in lookup: the runs of declared variants and
//! members in the order lookup asks them (the catch-all last), each member asked through
//! `Member::<T>` (derive) or `<T as Catalogue>` (DSL), the envelope a type of members only
//! takes from them, and whether a member's value is an answer as received
//! (`Catalogue::__platform_errors_is_received`), which lookup beside a catch-all leaves to the catch-all.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::lookup::group_by_code;
use super::{Concat, Gen};
use crate::ast::Origin;
use crate::model::{Kind, Shape, Variant};

/// Runs of declared variants, and members, in declaration order.
pub(super) enum Segment<'a> {
    Declared(Vec<&'a Variant>),
    Member(&'a Variant),
}

impl<'a> Gen<'a> {
    /// The envelope a derived type that declares no code of its own answers with, as a
    /// `define_codes!` umbrella of members does: its members', the first whose envelope is
    /// its own (`Catalogue::__PLATFORM_ERRORS_OWN_ENVELOPE`: not a type of local variants only) among the
    /// member that takes any code (a catch-all over an `ApiError<C>`) and then the others in
    /// order, each under its `#[cfg]`; the default where none has one. With it, whether one
    /// had: the values of `ENVELOPE` and `__PLATFORM_ERRORS_OWN_ENVELOPE`, constant expressions. `None` for
    /// any other type.
    pub(super) fn members_envelope(&self) -> Option<(TokenStream, TokenStream)> {
        if self.model.origin != Origin::Derive || self.model.declared().next().is_some() {
            return None;
        }
        let variants = self.variants();
        let any_code = self.model.any_code_member();
        let order = any_code
            .into_iter()
            .chain((0..variants.len()).filter(|&index| {
                Some(index) != any_code && matches!(variants[index].kind, Kind::Transparent { .. })
            }));
        let mut choices = TokenStream::new();
        for index in order {
            let variant = &variants[index];
            let cfgs = Concat(&variant.cfgs);
            let (own, envelope) = (
                self.member_item(variant, "OWN_ENVELOPE"),
                self.member_item(variant, "ENVELOPE"),
            );
            choices.extend(quote! {
                #cfgs
                if __envelope.is_none() && #own {
                    __envelope = ::core::option::Option::Some(#envelope);
                }
            });
        }
        if choices.is_empty() {
            return None;
        }
        let krate = self.krate;
        let no_lookup = self.no_lookup();
        let select = quote! {
            #no_lookup
            // Never set where every member is under a `#[cfg]` that is off.
            #[allow(unused_mut)]
            let mut __envelope: ::core::option::Option<#krate::Envelope> = ::core::option::Option::None;
            #choices
        };
        let envelope = quote!({
            #select
            match __envelope {
                ::core::option::Option::Some(__envelope) => __envelope,
                ::core::option::Option::None => #krate::Envelope::ERRCODE_ERRMSG,
            }
        });
        let own = quote!({ #select __envelope.is_some() });
        Some((envelope, own))
    }

    /// The variants lookup asks, in the order it asks them: as declared, but the member that
    /// takes any code (a catch-all over an `ApiError<C>`) last, since it gets what no other
    /// variant declares.
    pub(super) fn segments(&self) -> Vec<Segment<'a>> {
        let mut segments: Vec<Segment<'a>> = Vec::new();
        let any_code = self.any_code_member();
        for variant in self.variants() {
            match variant.kind {
                _ if any_code.is_some_and(|any| std::ptr::eq(any, variant)) => {}
                Kind::Transparent { .. } => segments.push(Segment::Member(variant)),
                Kind::Declared(_) => match segments.last_mut() {
                    Some(Segment::Declared(run)) => run.push(variant),
                    _ => segments.push(Segment::Declared(vec![variant])),
                },
                Kind::CatchAll { .. } | Kind::Local(_) => {}
            }
        }
        segments.extend(any_code.map(Segment::Member));
        segments
    }

    /// The member that takes any code, `#[platform(unknown)]` over an `ApiError<C>`.
    pub(super) fn any_code_member(&self) -> Option<&'a Variant> {
        self.variants().get(self.model.any_code_member()?)
    }

    /// `Catalogue::__platform_errors_is_received` of a type with members or a catch-all: a member's value
    /// answers as the member does, the catch-all's is an answer as received, a declared
    /// variant is not. Nothing for a catalogue of codes (the trait's `false`).
    pub(super) fn is_received_fn(&self) -> TokenStream {
        if !matches!(self.model.shape, Shape::Composite { .. }) {
            return TokenStream::new();
        }
        let mut arms = TokenStream::new();
        for variant in self.variants() {
            let cfgs = Concat(&variant.cfgs);
            let path = Self::path(variant);
            let arm = match (&variant.kind, variant.transparent()) {
                (Kind::Transparent { .. }, Some(field)) => {
                    let member = &field.member;
                    let answer = self.member_is_received(variant, &quote!(__member));
                    quote!(#path { #member: __member } => #answer,)
                }
                (Kind::CatchAll { .. }, _) => quote!(#path { .. } => true,),
                _ => quote!(#path { .. } => false,),
            };
            arms.extend(quote!(#cfgs #arm));
        }
        let no_lookup = self.no_lookup();
        quote! {
            #[inline]
            fn __platform_errors_is_received(&self) -> ::core::primitive::bool {
                #no_lookup
                match self {
                    #arms
                }
            }
        }
    }

    /// Whether `variant` is a member beside a member that takes any code.
    pub(super) fn beside_catch_all(&self, variant: &Variant) -> bool {
        self.any_code_member()
            .is_some_and(|any| !std::ptr::eq(any, variant))
    }

    /// What a member's lookup found, `value`, taken where it may answer: beside a member
    /// that takes any code, a value of another member that is an answer as received (an
    /// `HttpError<C>`'s, an inner SDK type's catch-all) is not taken, since that member's
    /// lookup built it from the catalogue alone; the member that takes any code answers for
    /// it. `step` runs where it is taken.
    pub(super) fn member_step(
        &self,
        variant: &Variant,
        value: &TokenStream,
        step: TokenStream,
    ) -> TokenStream {
        if self.beside_catch_all(variant) {
            let received = self.member_is_received(variant, &quote!(&#value));
            quote!(if !#received { #step })
        } else {
            step
        }
    }

    /// Whether a member's value, `value` (a reference), is an answer as received
    /// (`Catalogue::__platform_errors_is_received`; nothing is, of a member without lookup).
    fn member_is_received(&self, variant: &Variant, value: &TokenStream) -> TokenStream {
        let is_received = self.member_item(variant, "__platform_errors_is_received");
        quote!(#is_received(#value))
    }

    /// How lookup names a member's item (`from_code`, `match_message`, `ENTRIES`, ...),
    /// spanned at its type: `<Member as Catalogue>::item` in a `define_codes!` umbrella,
    /// whose members are catalogues; in a derived type, the runtime's
    /// `Member::<T>::__platform_errors_item` (`__PLATFORM_ERRORS_ITEM` for a constant), which
    /// finds nothing for a member without lookup (with [`Self::no_lookup`] in scope), named
    /// apart so that rustc does not offer its fallback trait for a user's own call.
    pub(super) fn member_item(&self, variant: &Variant, item: &str) -> TokenStream {
        let krate = self.krate;
        let ty = variant.transparent().map(|field| &field.ty);
        let span = ty.span();
        if self.model.origin == Origin::Dsl {
            let item = Ident::new(item, span);
            quote_spanned!(span=> <#ty as #krate::Catalogue>::#item)
        } else {
            let prefix = if item.starts_with(|c: char| c.is_ascii_uppercase()) {
                "__PLATFORM_ERRORS_"
            } else {
                "__platform_errors_"
            };
            let bare = item.trim_start_matches('_');
            let bare = bare
                .strip_prefix("platform_errors_")
                .or_else(|| bare.strip_prefix("PLATFORM_ERRORS_"))
                .unwrap_or(bare);
            let item = Ident::new(&format!("{prefix}{bare}"), span);
            quote_spanned!(span=> #krate::__private::Member::<#ty>::#item)
        }
    }

    /// Brings the runtime's `NoLookup` into scope for [`Self::member_type`].
    pub(super) fn no_lookup(&self) -> TokenStream {
        let krate = self.krate;
        if self.model.origin == Origin::Dsl {
            return TokenStream::new();
        }
        quote! {
            #[allow(unused_imports)]
            use #krate::__private::NoLookup as _;
        }
    }

    pub(super) fn construct_member(variant: &Variant, value: &TokenStream) -> TokenStream {
        let path = Self::path(variant);
        let member = variant.transparent().map(|field| &field.member);
        quote!(#path { #member: #value })
    }

    /// `match_message` of a type with members: each declared run offers its candidates,
    /// each member its own best match; the strongest wins.
    pub(super) fn match_members(&self, segments: &[Segment<'_>]) -> TokenStream {
        let krate = self.krate;
        let steps = segments.iter().map(|segment| match segment {
            Segment::Declared(run) => {
                let arms = group_by_code(run.iter().copied())
                    .into_iter()
                    .map(|(code, group)| self.candidates_arm(code, &group));
                quote!(match __code { #(#arms)* _ => {} })
            }
            Segment::Member(variant) => {
                // A member is asked for a message only where it declares the code: its
                // `from_code` (a perfect hash, or a table) turns most members away for less
                // than its `match_message` would cost.
                let from_code = self.member_item(variant, "from_code");
                self.offer_by_message(variant, Some(quote!(#from_code(__code).is_some())))
            }
        });
        quote! {
            let __message = #krate::__private::received(__message);
            let mut __best = #krate::__private::Best::new();
            #(#steps)*
            __best.finish()
        }
    }

    /// A member offered to `__best` where its declared message for `__code` matches
    /// `__message`, under its `#[cfg]`s and, where given, a `guard`; beside a catch-all, not
    /// where its value is an answer as received ([`Self::member_step`]).
    fn offer_by_message(&self, variant: &Variant, guard: Option<TokenStream>) -> TokenStream {
        let some = &self.some;
        let cfgs = Concat(&variant.cfgs);
        let match_message = self.member_item(variant, "match_message");
        let build = Self::construct_member(variant, &quote!(__found.value));
        let step = self.member_step(
            variant,
            &quote!(__found.value),
            quote!(__best.offer_strength(#build, __found.strength);),
        );
        let offer = quote! {
            if let #some(__found) = #match_message(__code, __message) {
                #step
            }
        };
        match guard {
            Some(guard) => quote!(#cfgs if #guard { #offer }),
            None => quote!(#cfgs #offer),
        }
    }

    /// A code of the other kind than the type's (which its own variants cannot declare),
    /// `__code: Code<'_>`: the member other than a catch-all whose declared message matches
    /// best, else the first that declares the code, returned; as lookup asks them (through
    /// `Member::<T>`, for a code of either kind; beside a catch-all, an answer as received
    /// left to it).
    pub(super) fn members_of_other_kind(&self) -> TokenStream {
        let some = &self.some;
        let catch_all = self.model.any_code_member();
        let members: Vec<_> = self
            .variants()
            .iter()
            .enumerate()
            .filter(|(index, variant)| {
                Some(*index) != catch_all && matches!(variant.kind, Kind::Transparent { .. })
            })
            .map(|(_, variant)| variant)
            .collect();
        if members.is_empty() {
            return TokenStream::new();
        }
        let krate = self.krate;
        let by_message = members
            .iter()
            .map(|variant| self.offer_by_message(variant, None));
        let by_code = members.iter().map(|variant| {
            let cfgs = Concat(&variant.cfgs);
            let from_code = self.member_item(variant, "from_code");
            let build = Self::construct_member(variant, &quote!(__found));
            let step = self.member_step(variant, &quote!(__found), quote!(return #some(#build);));
            quote! {
                #cfgs
                if let #some(__found) = #from_code(__code) {
                    #step
                }
            }
        });
        let no_lookup = self.no_lookup();
        quote! {
            #no_lookup
            {
                let __message = #krate::__private::received(__message);
                // Never offered to where every member is under a `#[cfg]` that is off.
                #[allow(unused_mut)]
                let mut __best = #krate::__private::Best::new();
                #(#by_message)*
                if let #some(__found) = __best.finish() {
                    return #some(__found.value);
                }
            }
            #(#by_code)*
        }
    }
}
