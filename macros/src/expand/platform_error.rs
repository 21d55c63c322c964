//! `PlatformError`. Its AIP-193 catch-all arms are in `google_rpc`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::WherePredicate;

use super::google_rpc::RpcCatchAll;
use super::Concat;
use super::{language_pairs, Gen};
use crate::model::{binding, Advice, CodeType, CodeValue, Declared, Kind, Shape, Text, Variant};
use syn::Member;

impl Gen<'_> {
    pub(super) fn impl_platform_error(&self) -> TokenStream {
        let krate = self.krate;
        let (option, some, none) = (&self.option, &self.some, &self.none);
        let trait_path = quote!(#krate::PlatformError);
        let mut bounds: Vec<WherePredicate> = self.platform_error_bounds();
        for variant in self.variants() {
            if let Some(field) = variant.transparent() {
                self.bound(&field.ty, trait_path.clone(), &mut bounds);
            }
        }
        let header = self.impl_header(&trait_path, &bounds);
        let delegate = |variant: &Variant, method: &str, args: TokenStream| {
            variant
                .transparent()
                .map(|field| Self::delegating_arm(variant, field, &trait_path, method, &args))
        };

        let code = match self.model.shape {
            Shape::DslCatalogue | Shape::DerivedCatalogue => {
                if self.model.code_type == CodeType::Str {
                    quote!(#some(#krate::Code::Str(self.as_str())))
                } else {
                    quote!(#some(#krate::Code::Int(self.as_i64())))
                }
            }
            Shape::Composite { .. } | Shape::General => self.match_self(&mut |variant| {
                delegate(variant, "code", quote!()).unwrap_or_else(|| match &variant.kind {
                    Kind::CatchAll { code, .. } => Self::field_arm(
                        variant,
                        &variant.fields[*code],
                        &|b| quote!(#krate::__private::code_of(#b)),
                    ),
                    Kind::Declared(declared) => {
                        let code = declared.code.runtime(krate);
                        Self::constant_arm(variant, &quote!(#some(#code)))
                    }
                    Kind::Local(_) => Self::constant_arm(variant, &quote!(#none)),
                    Kind::Transparent { .. } => TokenStream::new(),
                })
            }),
        };
        let entry = self.entry_body(&delegate);
        let dsl_catalogue = self.model.shape == Shape::DslCatalogue;

        let message = if let Some(message) = self.catalogue_message() {
            message
        } else {
            self.match_self(&mut |variant| {
                delegate(variant, "message", quote!()).unwrap_or_else(|| match &variant.kind {
                    Kind::CatchAll { message, .. } => Self::field_arm(
                        variant,
                        &variant.fields[*message],
                        &|b| quote!(::core::convert::AsRef::<::core::primitive::str>::as_ref(#b)),
                    ),
                    Kind::Declared(Declared { text, .. }) | Kind::Local(text) => {
                        let text = text.message.declared_literal();
                        Self::constant_arm(variant, &quote!(#text))
                    }
                    Kind::Transparent { .. } => TokenStream::new(),
                })
            })
        };

        let has_transparent = self.model.has_transparent();
        let category = if has_transparent {
            let default = self.category();
            let body = self.match_self(&mut |variant| {
                delegate(variant, "category", quote!())
                    .unwrap_or_else(|| Self::constant_arm(variant, &default))
            });
            Some(body)
        } else {
            self.model.category.as_ref().map(|_| self.category())
        };
        let category = category.map(|body| {
            quote! {
                #[inline]
                fn category(&self) -> #option<&'static ::core::primitive::str> { #body }
            }
        });

        // Under AIP-193's envelope a catch-all's status name has its HTTP status, as an
        // `ApiError` built by hand has and a declared code's entry declares, and its advice.
        let rpc = self.rpc_catch_all();
        let rpc_catch_all = !matches!(rpc, RpcCatchAll::No);
        let advice = self.advice_body(&delegate, &rpc).map(|body| {
            quote! {
                #[inline]
                fn advice(&self) -> #krate::Advice { #body }
            }
        });

        let has_languages = has_transparent
            || self
                .variants()
                .iter()
                .any(|v| v.text().is_some_and(Text::has_languages));
        let message_in = if !has_languages {
            None
        } else if dsl_catalogue {
            Some(quote!(self.entry().message_in(__lang)))
        } else {
            Some(self.match_self(&mut |variant| {
                delegate(variant, "message_in", quote!(, __lang)).unwrap_or_else(|| {
                    let value = match variant.text() {
                        Some(text) if text.has_languages() => {
                            let pairs = language_pairs(text);
                            quote!(#krate::__private::translation(&[#pairs], __lang))
                        }
                        _ => quote!(#none),
                    };
                    Self::constant_arm(variant, &value)
                })
            }))
        };
        let message_in = message_in.map(|body| {
            quote! {
                fn message_in(&self, __lang: &::core::primitive::str) -> #option<&'static ::core::primitive::str> { #body }
            }
        });

        // A member's own `errmsg` (an `ApiError`'s is the message received).
        let fmt_message = has_transparent.then(|| {
            let body = self.match_self(&mut |variant| {
                delegate(variant, "fmt_message", quote!(, __formatter)).unwrap_or_else(|| {
                    Self::constant_arm(
                        variant,
                        &quote!(::core::fmt::Display::fmt(self, __formatter)),
                    )
                })
            });
            quote! {
                fn fmt_message(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #body
                }
            }
        });
        let fmt_in = has_languages.then(|| self.fmt_in(&delegate));
        // What an answer read over HTTP carries: a member's own (an `ApiError`, an
        // `HttpError`), `None` elsewhere.
        let status_arm = |variant: &Variant| {
            self.rpc_arm(variant, &rpc, "rpc_status", none)
                .unwrap_or_else(|| Self::constant_arm(variant, &quote!(#none)))
        };
        // Under AIP-193's envelope `DEADLINE_EXCEEDED` leaves unknown whether the operation
        // completed: a catch-all holding it, or a variant declaring it, says so.
        let google_rpc = self.is_google_rpc();
        // (504 is `DEADLINE_EXCEEDED`'s number, which a body may send without its name.)
        let deadline = |variant: &&Variant| match &variant.kind {
            Kind::Declared(Declared {
                code: CodeValue::Str(code),
                ..
            }) => code == "DEADLINE_EXCEEDED",
            Kind::Declared(Declared {
                code: CodeValue::Int(code),
                ..
            }) => *code == 504,
            _ => false,
        };
        // Where this type answers `is_outcome_unknown` itself (AIP-193's, or over members),
        // its own variants with a code answer what the trait's default answers, by the code
        // (Alipay's `ACQ.SYSTEM_ERROR`, ...).
        let by_own_code = quote!(#krate::__private::code_leaves_outcome_unknown(#krate::PlatformError::code(self)));
        let outcome_arm = |variant: &Variant| {
            self.rpc_arm(variant, &rpc, "rpc_outcome_unknown", &by_own_code)
                .unwrap_or_else(|| {
                    let body = if google_rpc && deadline(&variant) {
                        quote!(true)
                    } else if matches!(variant.kind, Kind::Local(_)) {
                        quote!(false)
                    } else {
                        by_own_code.clone()
                    };
                    Self::constant_arm(variant, &body)
                })
        };
        let declares_deadline = self.variants().iter().any(|v| deadline(&v));
        let rpc_outcome =
            (!has_transparent && (rpc_catch_all || (google_rpc && declares_deadline))).then(|| {
                // A catalogue (no catch-all) tests its variants of that code alone, rather
                // than matching each of its variants.
                let outcome = if rpc_catch_all || self.variants().iter().any(|v| !v.cfgs.is_empty())
                {
                    self.match_self(&mut |variant| outcome_arm(variant))
                } else {
                    let paths = self.variants().iter().filter(deadline).map(Self::path);
                    quote!(::core::matches!(self, #(#paths { .. })|*) || #by_own_code)
                };
                quote! {
                    #[inline]
                    fn is_outcome_unknown(&self) -> ::core::primitive::bool { #outcome }
                }
            });
        let rpc_status = (rpc_catch_all && !has_transparent).then(|| {
            let status = self.match_self(&mut |variant| status_arm(variant));
            quote! {
                #[inline]
                fn status(&self) -> #option<::core::primitive::u16> { #status }
            }
        });
        let received = has_transparent.then(|| {
            let forward = |method: &str| {
                self.match_self(&mut |variant| {
                    delegate(variant, method, quote!())
                        .unwrap_or_else(|| Self::constant_arm(variant, &quote!(#none)))
                })
            };
            let status = self.match_self(&mut |variant| {
                delegate(variant, "status", quote!()).unwrap_or_else(|| status_arm(variant))
            });
            let (request_id, retry_after) = (forward("request_id"), forward("retry_after"));
            // What an `ApiError` it holds kept of the answer, for `Serialize` to write back;
            // written from a transparent variant, it is read back into the catch-all, not
            // into that variant.
            let catch_all = self.any_code_member();
            let kept = self.match_self(&mut |variant| {
                let here = if catch_all.is_some_and(|member| std::ptr::eq(variant, member)) {
                    quote!(__read_back_here)
                } else {
                    quote!(false)
                };
                delegate(variant, "__platform_errors_kept", quote!(, __envelope, #here)).unwrap_or_else(|| {
                    Self::constant_arm(variant, &quote!(::core::default::Default::default()))
                })
            });
            let outcome_unknown = self.match_self(&mut |variant| {
                delegate(variant, "is_outcome_unknown", quote!())
                    .unwrap_or_else(|| outcome_arm(variant))
            });
            quote! {
                #[inline]
                fn status(&self) -> #option<::core::primitive::u16> { #status }
                #[inline]
                fn request_id(&self) -> #option<&::core::primitive::str> { #request_id }
                #[inline]
                fn retry_after(&self) -> #option<::core::time::Duration> { #retry_after }
                #[inline]
                fn is_outcome_unknown(&self) -> ::core::primitive::bool { #outcome_unknown }
                #[inline]
                fn __platform_errors_kept(&self, __envelope: &#krate::Envelope, __read_back_here: ::core::primitive::bool) -> #krate::__private::KeptRef<'_> { #kept }
            }
        });
        quote! {
            #header {
                #[inline]
                fn code(&self) -> #option<#krate::Code<'_>> { #code }
                #[inline]
                fn message(&self) -> &::core::primitive::str { #message }
                #[inline]
                fn entry(&self) -> #option<&'static #krate::Entry> { #entry }
                #received
                #rpc_status
                #rpc_outcome
                #category
                #advice
                #message_in
                #fmt_message
                #fmt_in
            }
        }
    }

    /// `fmt_in`: a variant's translation for `lang`, with its fields filled in, else
    /// `Display`.
    fn fmt_in(
        &self,
        delegate: &dyn Fn(&Variant, &str, TokenStream) -> Option<TokenStream>,
    ) -> TokenStream {
        let krate = self.krate;
        let display = quote!(::core::fmt::Display::fmt(self, __formatter));
        let body = if self.model.is_dsl_catalogue() {
            quote! {
                __formatter.write_str(match self.entry().message_in(__lang) {
                    ::core::option::Option::Some(__message) => __message,
                    ::core::option::Option::None => self.message(),
                })
            }
        } else {
            self.match_self(&mut |variant| {
                if let Some(arm) = delegate(variant, "fmt_in", quote!(, __lang, __formatter)) {
                    return arm;
                }
                let Some(text) = variant.text().filter(|text| text.has_languages()) else {
                    return Self::constant_arm(variant, &display);
                };
                let templated = text.translations.iter().any(|(_, t)| t.has_args());
                if !templated && !text.message.has_args() {
                    let pairs = language_pairs(text);
                    let default = text.message.declared_literal();
                    return Self::constant_arm(variant, &quote! {
                        __formatter.write_str(match #krate::__private::translation(&[#pairs], __lang) {
                            ::core::option::Option::Some(__message) => __message,
                            ::core::option::Option::None => #default,
                        })
                    });
                }
                // Each translation is a format string of its own over the fields.
                let mut members: Vec<&Member> = Vec::new();
                // In the order of `Text::languages`, the default message's language first, as
                // `message_in` reads them: one language choice for both.
                let mut choices = Vec::new();
                if let Some(lang) = &text.lang {
                    choices.push(quote!((#lang, 0usize)));
                }
                let mut arms = Vec::new();
                for (index, (tag, template)) in text.translations.iter().enumerate() {
                    let number = index + 1;
                    choices.push(quote!((#tag, #number)));
                    let format = syn::LitStr::new(&template.format_string(), template.span());
                    let named = variant.fields_named_by(template, &text.args);
                    for field in &named {
                        if !members.contains(&&field.member) {
                            members.push(&field.member);
                        }
                    }
                    let mut args: Vec<TokenStream> = Vec::with_capacity(named.len());
                    for field in &named {
                        let b = binding(&field.member);
                        args.push(quote!(#b = #b));
                    }
                    // The named extra arguments the translation shows, or takes a width or
                    // precision from (`{0:>w$}`), with the fields they read.
                    for extra in &text.args {
                        // (A translation shows named arguments only: a `{}` in one is refused.)
                        if !template.shows(&extra.binding) {
                            continue;
                        }
                        for &index in &extra.fields {
                            let member = &variant.fields[index].member;
                            if !members.contains(&member) {
                                members.push(member);
                            }
                        }
                        let (b, expr) = (&extra.binding, &extra.expr);
                        args.push(quote!(#b = #expr));
                    }
                    arms.push(quote!(#number => ::core::write!(__formatter, #format #(, #args)*),));
                }
                let cfgs = Concat(&variant.cfgs);
                let pat = Self::pattern_binding(variant, &members);
                quote! {
                    #cfgs #pat => match #krate::__private::choose(&[#(#choices),*], __lang) {
                        #(#arms)*
                        _ => #display,
                    },
                }
            })
        };
        quote! {
            fn fmt_in(&self, __lang: &::core::primitive::str, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }

    /// The body of `advice`, or `None` when every variant's is `Advice::None` (the trait's
    /// default).
    fn advice_body(
        &self,
        delegate: &dyn Fn(&Variant, &str, TokenStream) -> Option<TokenStream>,
        rpc: &RpcCatchAll,
    ) -> Option<TokenStream> {
        let rpc_catch_all = !matches!(rpc, RpcCatchAll::No);
        let krate = self.krate;
        let advice_of = |variant: &Variant| variant.text().map_or(Advice::None, |t| t.advice);
        let path = |advice: Advice| {
            let name = proc_macro2::Ident::new(advice.variant(), proc_macro2::Span::call_site());
            quote!(#krate::Advice::#name)
        };
        // Under AIP-193's envelope, a catch-all's advice is its status name's status's, as
        // an `ApiError`'s is (`UNAVAILABLE`: 503, retry).
        if !self.model.has_transparent() && !rpc_catch_all {
            let first = self.variants().first().map_or(Advice::None, advice_of);
            if self.variants().iter().all(|v| advice_of(v) == first) {
                return (first != Advice::None).then(|| path(first));
            }
            if self.model.is_dsl_catalogue() {
                return Some(quote!(self.entry().advice()));
            }
        }
        Some(self.match_self(&mut |variant| {
            delegate(variant, "advice", quote!()).unwrap_or_else(|| {
                let advice = path(advice_of(variant));
                self.rpc_arm(variant, rpc, "rpc_advice", &advice)
                    .unwrap_or_else(|| Self::constant_arm(variant, &advice))
            })
        }))
    }

    /// The body of `entry()`: a catalogue's reads its table; any other type's gives each
    /// declared variant its own entry (a constant, so a shared code gives the variant's
    /// entry, not the first with the code), a member's its member's, and `None` for local
    /// variants and the catch-all.
    fn entry_body(
        &self,
        delegate: &dyn Fn(&Variant, &str, TokenStream) -> Option<TokenStream>,
    ) -> TokenStream {
        let krate = self.krate;
        let (some, none) = (&self.some, &self.none);
        match self.model.shape {
            Shape::DslCatalogue => return quote!(#some(self.entry())),
            Shape::DerivedCatalogue => return quote!(Self::__platform_errors_entry_of(self)),
            Shape::Composite { .. } | Shape::General => {}
        }
        self.match_self(&mut |variant| {
            delegate(variant, "entry", quote!()).unwrap_or_else(|| match &variant.kind {
                Kind::Declared(declared) => {
                    let entry = self.entry(variant.name(), declared);
                    Self::constant_arm(
                        variant,
                        &quote!({
                            const __ENTRY: #krate::Entry = #entry;
                            #some(&__ENTRY)
                        }),
                    )
                }
                _ => Self::constant_arm(variant, &quote!(#none)),
            })
        })
    }
}
