//! `Catalogue::from_code_and_message`, code first, and the hidden
//! `__platform_errors_by_definition` an umbrella asks its members for. What they find is
//! the trait's definition (the best message match among the variants of the code, else the
//! first variant with it); the code is asked first, so that messages are compared only where
//! several variants share it.

use std::collections::BTreeMap;

use proc_macro2::{Punct, Spacing, TokenStream};
use quote::{quote, TokenStreamExt as _};

use super::lookup::{append_code_pattern, group_by_code, CodeGroups};
use super::members::Segment;
use super::{Concat, Gen};
use crate::model::{CodeValue, Variant};

/// Appends the pattern of a code (and its variants' aliases) as one more alternative.
fn append_alternative(out: &mut TokenStream, code: &CodeValue, variants: &[&Variant]) {
    if !out.is_empty() {
        out.append(Punct::new('|', Spacing::Alone));
    }
    append_code_pattern(out, code, variants);
}

impl Gen<'_> {
    /// The two methods, for the `Catalogue` impl. `allow` is what `from_code_and_message`
    /// allows (`unreachable_patterns` where codes repeat).
    pub(super) fn code_and_message_fns(
        &self,
        segments: &[Segment<'_>],
        groups: &CodeGroups<'_>,
        allow: &TokenStream,
    ) -> TokenStream {
        let (krate, option) = (self.krate, &self.option);
        let (body, no_lookup) = if segments.iter().any(|s| matches!(s, Segment::Member(_))) {
            (self.with_members(segments), self.no_lookup())
        } else {
            (self.without_members(groups), TokenStream::new())
        };
        let code_param = self.code_param();
        quote! {
            #allow
            fn from_code_and_message(__code: #code_param, __message: &::core::primitive::str) -> #option<Self> {
                #no_lookup
                #body
            }

            #[inline]
            fn __platform_errors_by_definition(__code: #code_param, __message: &::core::primitive::str) -> #option<Self> {
                <Self as #krate::Catalogue>::from_code_and_message(__code, __message)
            }
        }
    }

    /// A code that one variant alone declares finds that variant whatever the message: the
    /// message is compared only for codes that several variants share.
    fn without_members(&self, groups: &CodeGroups<'_>) -> TokenStream {
        let krate = self.krate;
        let mut shared = TokenStream::new();
        for (code, group) in groups {
            if group.len() > 1 {
                append_alternative(&mut shared, code, group);
            }
        }
        if shared.is_empty() {
            return quote! {
                let _ = __message;
                <Self as #krate::Catalogue>::from_code(__code)
            };
        }
        let by_message = self.by_message_then_code();
        quote! {
            match __code {
                #shared => #by_message,
                _ => <Self as #krate::Catalogue>::from_code(__code),
            }
        }
    }

    /// For a type with members: a code of the type's own variants, by the definition; where
    /// the code is one member's alone, that member's answer by the definition (the macros'
    /// types answer it code first; `ApiError` and `HttpError` by the definition's kind, with
    /// the message they are given), given the message trimmed as `match_message` gives it to
    /// members; where no one declares it, nothing; else the
    /// message decides among all. Asking each member's `from_code` costs less than each
    /// member's `match_message`.
    fn with_members(&self, segments: &[Segment<'_>]) -> TokenStream {
        let (option, some, none, krate) = (&self.option, &self.some, &self.none, self.krate);
        let by_message = self.by_message_then_code();
        let mut own = TokenStream::new();
        let mut members = TokenStream::new();
        for segment in segments {
            match segment {
                Segment::Declared(run) => {
                    for (code, group) in group_by_code(run.iter().copied()) {
                        append_alternative(&mut own, code, &group);
                    }
                }
                Segment::Member(variant) => {
                    let cfgs = Concat(&variant.cfgs);
                    let by_definition =
                        self.member_item(variant, "__platform_errors_by_definition");
                    let from_code = self.member_item(variant, "from_code");
                    let build = Self::construct_member(variant, &quote!(__inner));
                    let step = self.member_step(
                        variant,
                        &quote!(__first),
                        quote! {
                            __members += 1;
                            if __members == 1 {
                                if let #some(__inner) = #by_definition(__code, __message) {
                                    __found = #some(#build);
                                }
                            }
                        },
                    );
                    // The value found is tested only beside a catch-all member.
                    let found = if self.beside_catch_all(variant) {
                        quote!(let #some(__first) = #from_code(__code))
                    } else {
                        quote!(#from_code(__code).is_some())
                    };
                    members.extend(quote! {
                        #cfgs
                        if #found {
                            #step
                        }
                    });
                }
            }
        }
        if !own.is_empty() {
            own = quote! {
                if let #own = __code {
                    return #by_message;
                }
            };
        }
        let (dispatch, complete) = self.dispatch_by_member(segments);
        if complete {
            // Every code a member declares is one member's: the `match` is the whole answer.
            return quote! {
                #own
                let __message = #krate::__private::received(__message);
                #dispatch
            };
        }
        quote! {
            #own
            let __message = #krate::__private::received(__message);
            #dispatch
            let mut __members: ::core::primitive::usize = 0;
            let mut __found: #option<Self> = #none;
            #members
            if __members == 0 {
                return #none;
            }
            if __members == 1 {
                if let #some(__value) = __found {
                    return #some(__value);
                }
            }
            // Several members declare it: the message decides; where it matches none, the
            // first member's answer, as `from_code` would pick it (an `ApiError` member's with
            // the message, not its catalogue's).
            match <Self as #krate::Catalogue>::match_message(__code, __message) {
                #some(__matched) => #some(__matched.value),
                #none => __found,
            }
        }
    }

    /// Where every member is an enum of integer codes declared beside the type in the same
    /// `define_codes!` (its codes known here) and none takes any code: one `match` on the
    /// code hands a code that one member alone declares to that member, and gives `None`
    /// at once for a code that none declares, rather than asking each member's `from_code`
    /// (seven perfect hashes for Qingtui's umbrella). A code that several members declare
    /// goes on to asking each, and the message decides. Nothing where that is not known, or
    /// beyond 4,096 codes, where the `match` would cost more to compile than it saves. With
    /// it, whether it answers every code (no member shares one with another): the `match`
    /// is then the whole lookup, an expression.
    fn dispatch_by_member(&self, segments: &[Segment<'_>]) -> (TokenStream, bool) {
        const MOST_CODES: usize = 4096;
        let (option, some, none) = (&self.option, &self.some, &self.none);
        let nothing = (TokenStream::new(), false);
        if self.model.sibling_codes.is_empty() || self.any_code_member().is_some() {
            return nothing;
        }
        let mut members: Vec<(&Variant, &[i64])> = Vec::new();
        for segment in segments {
            let Segment::Member(variant) = segment else {
                continue;
            };
            let Some(field) = variant.transparent() else {
                return nothing;
            };
            let name = crate::ast::member_type_text(&field.ty);
            let codes = self
                .model
                .sibling_codes
                .iter()
                .find(|(sibling, _)| *sibling == name);
            match codes {
                Some((_, codes)) if variant.cfgs.is_empty() => members.push((variant, codes)),
                _ => return nothing,
            }
        }
        if members.is_empty()
            || members.iter().map(|(_, codes)| codes.len()).sum::<usize>() > MOST_CODES
        {
            return nothing;
        }
        // Each member's codes once (a code it shares among its own variants counts once),
        // and how many members declare each code.
        let members: Vec<(&Variant, Vec<i64>)> = members
            .into_iter()
            .map(|(variant, codes)| {
                let mut codes = codes.to_vec();
                codes.sort_unstable();
                codes.dedup();
                (variant, codes)
            })
            .collect();
        let mut declared_by: BTreeMap<i64, usize> = BTreeMap::new();
        for code in members.iter().flat_map(|(_, codes)| codes) {
            *declared_by.entry(*code).or_default() += 1;
        }
        let pattern = |codes: &mut dyn Iterator<Item = i64>| {
            let mut out = TokenStream::new();
            for code in codes {
                append_alternative(&mut out, &CodeValue::Int(code), &[]);
            }
            out
        };
        let mut arms = TokenStream::new();
        for (variant, codes) in &members {
            let alone = pattern(&mut codes.iter().copied().filter(|code| declared_by[code] == 1));
            if alone.is_empty() {
                continue;
            }
            let by_definition = self.member_item(variant, "__platform_errors_by_definition");
            let build = Self::construct_member(variant, &quote!(__inner));
            arms.extend(quote! {
                #alone => match #by_definition(__code, __message) {
                    #some(__inner) => #some(#build),
                    #none => #none,
                },
            });
        }
        let shared = pattern(
            &mut declared_by
                .iter()
                .filter(|(_, members)| **members > 1)
                .map(|(code, _)| *code),
        );
        if shared.is_empty() {
            return (
                quote! {
                    match __code {
                        #arms
                        _ => #none,
                    }
                },
                true,
            );
        }
        // Several members declare the code: asked each, below.
        (
            quote! {
                let __found: #option<Self> = match __code {
                    #arms
                    #shared => #none,
                    _ => return #none,
                };
                if let #some(__value) = __found {
                    return #some(__value);
                }
            },
            false,
        )
    }

    /// The trait's definition, one runtime function.
    fn by_message_then_code(&self) -> TokenStream {
        let krate = self.krate;
        quote!(#krate::__private::by_message_then_code::<Self>(__code, __message))
    }
}
