//! `Catalogue` (`from_code` and `match_message`) and, for a type with a catch-all,
//! `FromReceived`. Generated only when every variant can be built from a code alone.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream};
use quote::{quote, TokenStreamExt as _};

use super::members::Segment;
use super::runs::RunSearch;
use super::{append_arm, append_unit_path, Concat, Gen};
use crate::ast::Origin;
use crate::literal::FirstSeen;
use crate::model::{CodeType, CodeValue, Shape, Variant};

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
                    let from_code = self.member_item(variant, "from_code");
                    let build = Self::construct_member(variant, &quote!(__inner));
                    let step =
                        self.member_step(variant, &quote!(__inner), quote!(return #some(#build);));
                    quote! {
                        #cfgs
                        if let #some(__inner) = #from_code(__code) {
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
        // A derived type's members may take the other kind of code than its own lookup.
        let either_kind = (has_members && self.model.origin == Origin::Derive).then(|| {
            let members = self.members_of_other_kind();
            quote! {
                fn __platform_errors_lookup_any_kind(__code: #krate::Code<'_>, __message: &::core::primitive::str) -> #option<Self> {
                    if let #some(__typed) = #krate::__private::code_of_kind::<Self>(__code) {
                        return <Self as #krate::Catalogue>::from_code_and_message(__typed, __message);
                    }
                    #members
                    #none
                }
            }
        });
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

                #either_kind
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
    /// `Catalogue::__PLATFORM_ERRORS_OWN_ENVELOPE`, `false` where such a type has no member with an envelope
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
            out.extend(
                quote!(const __PLATFORM_ERRORS_OWN_ENVELOPE: ::core::primitive::bool = #own;),
            );
        }
        out
    }

    /// The `match_message` arm of one code: each variant declared with it is a candidate.
    pub(super) fn candidates_arm(&self, code: &CodeValue, group: &[&Variant]) -> TokenStream {
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
}
