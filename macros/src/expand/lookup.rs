//! `Catalogue` (`from_code` and `match_message`) and, for a type with a catch-all,
//! `FromReceived`. Generated only when every variant can be built from a code alone.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream};
use quote::{quote, quote_spanned, TokenStreamExt as _};
use syn::spanned::Spanned as _;

use super::runs::RunSearch;
use super::{append_arm, append_unit_path, Concat, Gen};
use crate::ast::Origin;
use crate::literal::FirstSeen;
use crate::model::{CodeType, CodeValue, Kind, Received, Shape, Variant};

/// Runs of declared variants, and members, in declaration order.
pub(super) enum Segment<'a> {
    Declared(Vec<&'a Variant>),
    Member(&'a Variant),
}

/// `(code, variants)` for each code, codes in order of first appearance.
pub(super) type CodeGroups<'v> = Vec<(&'v CodeValue, Vec<&'v Variant>)>;

pub(super) fn group_by_code<'v>(variants: impl Iterator<Item = &'v Variant>) -> CodeGroups<'v> {
    let mut groups: CodeGroups<'v> = Vec::new();
    let mut first_seen = FirstSeen::default();
    for variant in variants {
        let Some(declared) = variant.declared() else {
            continue;
        };
        let at = match first_seen.code(&declared.code, groups.len()) {
            Some(at) => at,
            None => {
                groups.push((&declared.code, Vec::new()));
                groups.len() - 1
            }
        };
        groups[at].1.push(variant);
    }
    groups
}

/// Appends the pattern of one or more variants' code: the code, then each alias
/// (`"NO_AUTH" | "NOAUTH"`).
pub(super) fn append_code_pattern(out: &mut TokenStream, code: &CodeValue, variants: &[&Variant]) {
    out.append(code.literal());
    for variant in variants {
        for (alias, _) in variant.declared().map_or(&[][..], |d| &d.aliases) {
            out.append(Punct::new('|', Spacing::Alone));
            out.append(Literal::string(alias));
        }
    }
}

impl<'a> Gen<'a> {
    pub(super) fn impl_lookup(&self) -> TokenStream {
        if !self.model.has_lookup() {
            return TokenStream::new();
        }
        let (some, none) = (&self.some, &self.none);
        let krate = self.krate;
        let segments = self.segments();
        let has_members = self.model.has_transparent();
        // Grouped once: a large catalogue's variants are hashed by code here and nowhere else.
        let groups = group_by_code(self.variants().iter());
        let repeats_code = groups.iter().any(|(_, group)| group.len() > 1)
            || self.variants().iter().any(|v| !v.cfgs.is_empty());
        let dsl_catalogue = self.model.is_dsl_catalogue();
        let by_runs = self
            .run_search
            .as_ref()
            .map(|search| self.lookup_by_runs(search))
            .or_else(|| {
                self.str_table
                    .as_ref()
                    .map(|table| self.lookup_by_str_table(table))
            });
        let reads_index = self.run_search.as_ref().is_some_and(RunSearch::reads_index)
            || self.str_table.is_some();
        let variant_by_index = if !dsl_catalogue && reads_index {
            self.impl_variant_by_index()
        } else {
            TokenStream::new()
        };
        let mut allow = TokenStream::new();
        if by_runs.is_some() {
            allow
                .extend(quote!(#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]));
        }
        if repeats_code {
            allow.extend(quote!(#[allow(unreachable_patterns)]));
        }

        // A composite type without members shares one `match` with `match_message`.
        let shares_declared_match =
            matches!(self.model.shape, Shape::Composite { .. }) && !has_members;
        let from_code = if let Some(by_runs) = by_runs {
            by_runs
        } else if shares_declared_match {
            // A derived type without members: the `match` it shares with `match_message`.
            quote! {
                match Self::__platform_errors_declared(__code) {
                    #some((__value, _)) => #some(__value),
                    #none => #none,
                }
            }
        } else if let [Segment::Declared(run)] = segments.as_slice() {
            let mut arms = TokenStream::new();
            for variant in run {
                let Some(declared) = variant.declared() else {
                    continue;
                };
                append_arm(
                    &mut arms,
                    variant,
                    |out| append_code_pattern(out, &declared.code, &[variant]),
                    |out| append_unit_path(out, variant),
                );
            }
            // One `Some` around the `match` rather than one in each arm: fewer groups to
            // build, and fewer constructor calls for the compiler to check.
            quote!(#some(match __code { #arms _ => return #none }))
        } else {
            let steps = segments.iter().map(|segment| match segment {
                Segment::Declared(run) => {
                    let mut arms = TokenStream::new();
                    for variant in run {
                        let Some(declared) = variant.declared() else {
                            continue;
                        };
                        let path = Self::path(variant);
                        append_arm(
                            &mut arms,
                            variant,
                            |out| append_code_pattern(out, &declared.code, &[variant]),
                            |out| out.extend(quote!(return #some(#path))),
                        );
                    }
                    quote!(match __code { #arms _ => {} })
                }
                Segment::Member(variant) => {
                    let cfgs = Concat(&variant.cfgs);
                    let ty = self.member_type(variant);
                    let build = Self::construct_member(variant, &quote!(__inner));
                    let step =
                        self.member_step(variant, &quote!(__inner), quote!(return #some(#build);));
                    quote! {
                        #cfgs
                        if let #some(__inner) = #ty::from_code(__code) {
                            #step
                        }
                    }
                }
            });
            quote!(#(#steps)* #none)
        };

        let code_and_message = self.code_and_message_fns(&segments, &groups, &allow);
        let (match_body, declared_fn) = if has_members {
            (self.match_members(&segments), TokenStream::new())
        } else {
            self.match_without_members(groups, &allow)
        };
        let entries = self.entries();
        let ident = &self.model.ident;
        let cfgs = Concat(&self.model.cfgs);
        let option = &self.option;
        let from_received = self.impl_from_received();
        let is_received = self.is_received_fn();
        let envelope = self.envelope();
        let no_lookup = if has_members {
            self.no_lookup()
        } else {
            TokenStream::new()
        };
        let (code_type, code_param) = (self.code_type(), self.code_param());
        quote! {
            #cfgs
            #[automatically_derived]
            #[allow(deprecated, unused_qualifications)]
            impl #krate::Catalogue for #ident {
                type Code<'__a> = #code_type;
                // A table evaluated at compile time, not an array on the stack.
                #[allow(clippy::large_stack_arrays)]
                const ENTRIES: &'static [#krate::Entry] = #entries;
                #envelope

                #[inline]
                #allow
                fn from_code(__code: #code_param) -> #option<Self> {
                    #no_lookup
                    #from_code
                }

                #allow
                fn match_message(__code: #code_param, __message: &::core::primitive::str) -> #option<#krate::MessageMatch<Self>> {
                    #no_lookup
                    #match_body
                }

                #is_received

                #code_and_message
            }
            #from_received
            #declared_fn
            #variant_by_index
        }
    }

    /// `Catalogue::ENVELOPE`, where it is not the trait's default: the declared one; for a
    /// type of string codes, read with string codes whatever it declares (the wire reads
    /// what the envelope says); for an umbrella of members only, its first member's; for a
    /// derived type that declares no code, its members' ([`Self::members_envelope`]). And
    /// `Catalogue::__OWN_ENVELOPE`, `false` where such a type has no member with an envelope
    /// of its own.
    fn envelope(&self) -> TokenStream {
        let krate = self.krate;
        let declared = self.model.envelope.as_ref().map(|e| e.value(krate));
        let own_none = self.model.origin == Origin::Derive
            && declared.is_none()
            && self.model.declared().next().is_none();
        let members = if own_none {
            self.members_envelope()
        } else {
            None
        };
        let not_own = own_none.then(|| quote!(false));
        let (value, own) = match (self.model.code_type, declared) {
            (CodeType::Str, Some(value)) => (Some(quote!((#value).with_string_codes())), None),
            (CodeType::Str, None) => match members {
                Some((value, own)) => (Some(quote!(#value.with_string_codes())), Some(own)),
                None => (
                    Some(quote!(#krate::Envelope::ERRCODE_ERRMSG.with_string_codes())),
                    not_own,
                ),
            },
            (CodeType::Int | CodeType::OfMember(_), Some(value)) => (Some(value), None),
            (CodeType::OfMember(index), None) => {
                let ty = self.variants()[index].transparent().map(|field| &field.ty);
                (Some(quote!(<#ty as #krate::Catalogue>::ENVELOPE)), None)
            }
            (CodeType::Int, None) => match members {
                Some((value, own)) => (Some(value), Some(own)),
                None => (None, not_own),
            },
        };
        let mut out = TokenStream::new();
        if let Some(value) = value {
            out.extend(quote!(const ENVELOPE: #krate::Envelope = #value;));
        }
        if let Some(own) = own {
            out.extend(quote!(const __OWN_ENVELOPE: ::core::primitive::bool = #own;));
        }
        out
    }

    /// The envelope a derived type that declares no code of its own answers with, as a
    /// `define_codes!` umbrella of members does: its members', the first whose envelope is
    /// its own (`Catalogue::__OWN_ENVELOPE`: not a type of local variants only) among the
    /// member that takes any code (a catch-all over an `ApiError<C>`) and then the others in
    /// order, each under its `#[cfg]`; the default where none has one. With it, whether one
    /// had: the values of `ENVELOPE` and `__OWN_ENVELOPE`, constant expressions. `None` for
    /// any other type.
    fn members_envelope(&self) -> Option<(TokenStream, TokenStream)> {
        if self.model.origin != Origin::Derive || self.model.declared().next().is_some() {
            return None;
        }
        let variants = self.variants();
        let any_code = match self.model.shape {
            Shape::Composite {
                received: Received::Member(index),
            } => Some(index),
            _ => None,
        };
        let order = any_code
            .into_iter()
            .chain((0..variants.len()).filter(|&index| {
                Some(index) != any_code && matches!(variants[index].kind, Kind::Transparent { .. })
            }));
        let mut choices = TokenStream::new();
        for index in order {
            let variant = &variants[index];
            let cfgs = Concat(&variant.cfgs);
            let ty = self.member_type(variant);
            choices.extend(quote! {
                #cfgs
                if __envelope.is_none() && #ty::OWN_ENVELOPE {
                    __envelope = ::core::option::Option::Some(#ty::ENVELOPE);
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
    fn segments(&self) -> Vec<Segment<'a>> {
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
    fn any_code_member(&self) -> Option<&'a Variant> {
        match self.model.shape {
            Shape::Composite {
                received: Received::Member(index),
            } => self.variants().get(index),
            _ => None,
        }
    }

    /// `Catalogue::__is_received` of a type with members or a catch-all: a member's value
    /// answers as the member does, the catch-all's is an answer as received, a declared
    /// variant is not. Nothing for a catalogue of codes (the trait's `false`).
    fn is_received_fn(&self) -> TokenStream {
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
            fn __is_received(&self) -> ::core::primitive::bool {
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
    /// (`Catalogue::__is_received`; nothing is, of a member without lookup).
    fn member_is_received(&self, variant: &Variant, value: &TokenStream) -> TokenStream {
        let ty = self.member_type(variant);
        if self.model.origin == Origin::Dsl {
            quote!(#ty::__is_received(#value))
        } else {
            quote!(#ty::is_received(#value))
        }
    }

    /// How lookup names a member's type, spanned at it: `<Member as Catalogue>` in a
    /// `define_codes!` umbrella, whose members are catalogues; in a derived type, the
    /// runtime's `Member::<T>`, which finds nothing for a member without lookup (with
    /// [`Self::no_lookup`] in scope).
    pub(super) fn member_type(&self, variant: &Variant) -> TokenStream {
        let krate = self.krate;
        let ty = variant.transparent().map(|field| &field.ty);
        if self.model.origin == Origin::Dsl {
            quote_spanned!(ty.span()=> <#ty as #krate::Catalogue>)
        } else {
            quote_spanned!(ty.span()=> #krate::__private::Member::<#ty>)
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
    fn match_members(&self, segments: &[Segment<'_>]) -> TokenStream {
        let (some, krate) = (&self.some, self.krate);
        let steps = segments.iter().map(|segment| match segment {
            Segment::Declared(run) => {
                let arms = group_by_code(run.iter().copied())
                    .into_iter()
                    .map(|(code, group)| self.candidates_arm(code, &group));
                quote!(match __code { #(#arms)* _ => {} })
            }
            Segment::Member(variant) => {
                let cfgs = Concat(&variant.cfgs);
                let ty = self.member_type(variant);
                let build = Self::construct_member(variant, &quote!(__found.value));
                // A member is asked for a message only where it declares the code: its
                // `from_code` (a perfect hash, or a table) turns most members away for less
                // than its `match_message` would cost.
                let step = self.member_step(
                    variant,
                    &quote!(__found.value),
                    quote!(__best.offer_strength(#build, __found.strength);),
                );
                quote! {
                    #cfgs
                    if #ty::from_code(__code).is_some() {
                        if let #some(__found) = #ty::match_message(__code, __message) {
                            #step
                        }
                    }
                }
            }
        });
        quote! {
            let __message = #krate::__private::received(__message);
            let mut __best = #krate::__private::Best::new();
            #(#steps)*
            __best.finish()
        }
    }

    /// The `match_message` arm of one code: each variant declared with it is a candidate.
    fn candidates_arm(&self, code: &CodeValue, group: &[&Variant]) -> TokenStream {
        let candidates = group.iter().map(|variant| {
            let cfgs = Concat(&variant.cfgs);
            let path = Self::path(variant);
            let text = variant
                .declared()
                .map(|d| d.text.message.declared_literal());
            quote! {
                #cfgs
                __best.offer(#path, #text, __message);
            }
        });
        let mut pattern = TokenStream::new();
        append_code_pattern(&mut pattern, code, group);
        quote!(#pattern => { #(#candidates)* })
    }

    /// `match_message` for a type with no members, and (for a derived type that is not a
    /// catalogue: with local variants or a catch-all) the private function that gives the
    /// variant a code finds and its message from one `match`, which `from_code` shares. A
    /// catalogue's `from_code` finds the variant alone, and its message comes from the
    /// variant. Only codes that several variants share need candidates of their own: any
    /// other code has one variant.
    /// `allow` is what that function allows: `unreachable_patterns` where codes repeat.
    fn match_without_members(
        &self,
        groups: CodeGroups<'_>,
        allow: &TokenStream,
    ) -> (TokenStream, TokenStream) {
        let (option, some, none, krate) = (&self.option, &self.some, &self.none, self.krate);
        let mut shared_arms = TokenStream::new();
        for (code, group) in groups {
            if group.len() > 1 {
                shared_arms.extend(self.candidates_arm(code, &group));
            }
        }
        let ident = &self.model.ident;
        let catalogue_message = match self.model.shape {
            // A table read by the variant's number.
            Shape::DslCatalogue => Some(quote!(__value.message())),
            // The `match` of `code` and `Display`, called rather than inlined: inlined after
            // `from_code`'s own `match`, LLVM threads one into the other, which took a
            // 1,000-code release build 11 s.
            Shape::DerivedCatalogue => Some(quote! {{
                #[inline(never)]
                fn message_of(__value: &#ident) -> &'static ::core::primitive::str {
                    #ident::__platform_errors_entry(__value).1
                }
                message_of(&__value)
            }}),
            Shape::Composite { .. } | Shape::General => None,
        };
        let (single, declared_fn) = if let Some(message) = catalogue_message {
            // A catalogue's `from_code` is a `match` of codes alone, as hand-written code's
            // is (or a search over runs); the message comes from the variant.
            let single = quote! {
                match <Self as #krate::Catalogue>::from_code(__code) {
                    #some(__value) => {
                        let __message: &'static ::core::primitive::str = #message;
                        #some((__value, __message))
                    }
                    #none => #none,
                }
            };
            (single, TokenStream::new())
        } else {
            let mut arms = TokenStream::new();
            for (variant, declared) in self.model.declared() {
                append_arm(
                    &mut arms,
                    variant,
                    |out| append_code_pattern(out, &declared.code, &[variant]),
                    |out| {
                        let mut pair = TokenStream::new();
                        append_unit_path(&mut pair, variant);
                        pair.append(Punct::new(',', Spacing::Alone));
                        pair.append(declared.text.message.declared_literal());
                        out.append(Group::new(Delimiter::Parenthesis, pair));
                    },
                );
            }
            let header = self.inherent_header();
            let code_param = self.code_param();
            let body = if arms.is_empty() {
                quote! {
                    let _ = __code;
                    #none
                }
            } else {
                quote!(#some(match __code { #arms _ => return #none }))
            };
            let declared_fn = quote! {
                #header {
                    /// The variant a code finds, the first declared, and its message.
                    #[doc(hidden)]
                    #[inline]
                    #allow
                    fn __platform_errors_declared(__code: #code_param) -> #option<(Self, &'static ::core::primitive::str)> {
                        #body
                    }
                }
            };
            (
                quote!(Self::__platform_errors_declared(__code)),
                declared_fn,
            )
        };
        let body = if self.variants().is_empty() {
            quote! {
                let _ = (__code, __message);
                #none
            }
        } else {
            quote! {
                let __message = #krate::__private::received(__message);
                let mut __best = #krate::__private::Best::new();
                match __code {
                    #shared_arms
                    _ => __best.offer_found(#single, __message),
                }
                __best.finish()
            }
        };
        (body, declared_fn)
    }

    fn impl_from_received(&self) -> Option<TokenStream> {
        let krate = self.krate;
        let (some, none) = (&self.some, &self.none);
        if let Shape::Composite {
            received: Received::Member(index),
        } = self.model.shape
        {
            // A member that takes any code: it gets what no other variant declares.
            let variant = &self.variants()[index];
            let field = variant.transparent()?;
            let ty = &field.ty;
            // `ReceivedAsSent` where the member holds a code of either kind (an `ApiError`,
            // whose catalogue may take the other kind than this type: `Uncatalogued<E>`'s
            // lookup takes numbers), else `T::from_received`.
            let build = Self::construct_member(
                variant,
                &quote_spanned!(ty.span()=> (&#krate::__private::Member::<#ty>::NEW).catch_all(__code, __message)),
            );
            let header = self.impl_header(&quote!(#krate::FromReceived), &[]);
            let path = Self::path(variant);
            let member = &field.member;
            let code_param = self.code_param();
            let keep = Self::construct_member(
                variant,
                &quote_spanned!(ty.span()=> <#ty as #krate::FromReceived>::__with_received(__member, __received)),
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
                        use #krate::__private::{ReceivedAsItsKind as _, ReceivedAsSent as _};
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
                    fn __with_received(self, __received: #krate::__private::ReceivedParts) -> Self {
                        match self {
                            #path { #member: __member } => #keep,
                            __other => __other,
                        }
                    }
                    #[inline]
                    fn __kept(&self) -> #krate::__private::KeptRef<'_> {
                        match self {
                            #path { #member: __member } => <#ty as #krate::FromReceived>::__kept(__member),
                            _ => ::core::default::Default::default(),
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
