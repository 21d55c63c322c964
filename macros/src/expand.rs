//! The one generator: from the model to the enum's definition (DSL only), `PlatformError`,
//! `Display`, `Error`, `From`, lookup and the catalogue API.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens, TokenStreamExt as _};
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Member, Type, WherePredicate};

use crate::ast::{Field, Input, Origin, Shape, Style, Variant};

/// Generates everything for a valid model.
pub(crate) fn expand(input: &Input) -> TokenStream {
    let gen = Gen::new(input);
    let definition = gen.definition();
    let platform_error = gen.platform_error_impl();
    let display = gen.display_impl();
    let error = gen.error_impl();
    let from = gen.impl_from_for_fields();
    let lookup = gen.lookup_impls();
    let catalogue = gen.catalogue_api();
    let serde = gen.serde_impls();
    quote! {
        #definition
        #platform_error
        #serde
        #display
        #error
        #from
        #lookup
        #catalogue
    }
}

/// What is emitted for an input with errors, beside them: the definition and impls whose
/// bodies never run, so that uses of the type do not add errors of their own.
pub(crate) fn fallback(input: &Input) -> TokenStream {
    let gen = Gen::new(input);
    let definition = gen.definition();
    let krate = &gen.krate;
    let ident = &input.ident;
    let cfgs = Concat(&input.attrs.cfgs);
    let (impl_g, ty_g, where_clause) = input.generics.split_for_impl();
    let mut lookup = TokenStream::new();
    if gen.has_lookup() {
        lookup.append(Ident::new("lookup", Span::call_site()));
        if input.variants().iter().any(Variant::is_unknown) {
            lookup.append(Ident::new("response", Span::call_site()));
        }
    }
    // Builds only from codes and names, so it is safe on a model with errors.
    let catalogue = gen.catalogue_api();
    quote! {
        #definition
        #cfgs
        #krate::__impl_fallback!(#ident [#impl_g] [#ty_g] [#where_clause] #lookup);
        #catalogue
    }
}

struct Gen<'a> {
    input: &'a Input,
    krate: TokenStream,
    /// `::core::option::Option` and its variants, spelled often: interpolating a stream
    /// built once costs the macros crate less code to compile than spelling the path in
    /// every `quote!` (each token of a `quote!` is a call in the macros crate).
    option: TokenStream,
    some: TokenStream,
    none: TokenStream,
    /// The type parameters: few, so a `Vec`.
    params: Vec<Ident>,
}

/// Tokens written straight into the stream that interpolates them. For the parts of the
/// output that repeat once per variant: a `quote!` per variant builds a stream that is then
/// copied into the enclosing one, about a third of what `define_codes!` spent generating a
/// catalogue of 1,000 codes (measured with callgrind inside `rustc`).
struct Emit<F: Fn(&mut TokenStream)>(F);

impl<F: Fn(&mut TokenStream)> ToTokens for Emit<F> {
    fn to_tokens(&self, out: &mut TokenStream) {
        (self.0)(out);
    }
}

/// A list of tokens interpolated as one value: `#(#list)*` in a `quote!` expands to an
/// iterator loop, which the macros crate compiles at every use.
struct Concat<'a, T>(&'a [T]);

impl<T: ToTokens> ToTokens for Concat<'_, T> {
    fn to_tokens(&self, out: &mut TokenStream) {
        out.append_all(self.0);
    }
}

/// `#[doc = "text"]`.
fn push_doc(out: &mut TokenStream, text: &str) {
    let mut inner = TokenStream::new();
    inner.append(Ident::new("doc", Span::call_site()));
    inner.append(Punct::new('=', Spacing::Alone));
    inner.append(Literal::string(text));
    out.append(Punct::new('#', Spacing::Alone));
    out.append(Group::new(Delimiter::Bracket, inner));
}

/// `Type::Variant`.
fn push_variant_path(out: &mut TokenStream, ty: &Ident, variant: &Ident) {
    ty.to_tokens(out);
    out.append(Punct::new(':', Spacing::Joint));
    out.append(Punct::new(':', Spacing::Alone));
    variant.to_tokens(out);
}

/// Lints that generated code must not trip in the user's crate, whatever they deny.
fn allow_attrs() -> TokenStream {
    quote! {
        #[automatically_derived]
        #[allow(deprecated, unused_qualifications)]
    }
}

impl<'a> Gen<'a> {
    fn new(input: &'a Input) -> Self {
        let krate = input
            .attrs
            .krate
            .as_ref()
            .map_or_else(|| quote!(::platform_errors), ToTokens::to_token_stream);
        let params = input
            .generics
            .type_params()
            .map(|p| p.ident.clone())
            .collect();
        Gen {
            input,
            krate,
            option: quote!(::core::option::Option),
            some: quote!(::core::option::Option::Some),
            none: quote!(::core::option::Option::None),
            params,
        }
    }

    fn variants(&self) -> &'a [Variant] {
        self.input.variants()
    }

    /// `Self::Name`, or `Self` for a struct.
    fn path(variant: &Variant) -> TokenStream {
        match &variant.ident {
            Some(ident) => quote!(Self::#ident),
            None => quote!(Self),
        }
    }

    /// A pattern that matches the variant and binds nothing.
    fn pattern_any(variant: &Variant) -> TokenStream {
        let path = Self::path(variant);
        match variant.style {
            Style::Unit => path,
            Style::Tuple => quote!(#path(..)),
            Style::Named => quote!(#path { .. }),
        }
    }

    /// A pattern that binds the named members, as `__0` for tuple fields.
    fn pattern_binding(variant: &Variant, members: &[&Member]) -> TokenStream {
        let path = Self::path(variant);
        let binds = members.iter().map(|member| {
            let binding = binding(member);
            quote!(#member: #binding)
        });
        quote!(#path { #(#binds,)* .. })
    }

    /// The arm of a transparent variant: `method` of its field's `trait_path`, with `args`
    /// after the field; `None` for other variants.
    fn delegating_arm(
        variant: &Variant,
        trait_path: &TokenStream,
        method: &str,
        args: &TokenStream,
    ) -> Option<TokenStream> {
        let field = Self::transparent_field(variant)?;
        let method = Ident::new(method, Span::call_site());
        Some(Self::field_arm(variant, &field.member, |b| {
            delegate(field, trait_path.clone(), quote!(#method(#b #args)))
        }))
    }

    /// An arm that binds one field, as `body` uses it.
    fn field_arm(
        variant: &Variant,
        member: &Member,
        body: impl FnOnce(&Ident) -> TokenStream,
    ) -> TokenStream {
        let cfgs = Self::cfgs(variant);
        let pat = Self::pattern_binding(variant, &[member]);
        let body = body(&binding(member));
        quote!(#cfgs #pat => #body,)
    }

    /// An arm that ignores the variant's fields.
    fn constant_arm(variant: &Variant, value: &TokenStream) -> TokenStream {
        let cfgs = Self::cfgs(variant);
        let pat = Self::pattern_any(variant);
        quote!(#cfgs #pat => #value,)
    }

    fn cfgs(variant: &Variant) -> Concat<'_, syn::Attribute> {
        Concat(&variant.attrs.cfgs)
    }

    /// The match arms of a method, one per variant, or an empty match for an empty enum.
    fn match_self(&self, arms: impl Iterator<Item = TokenStream>) -> TokenStream {
        if self.variants().is_empty() {
            quote!(match *self {})
        } else {
            quote!(match self { #(#arms)* })
        }
    }

    fn impl_header(&self, trait_path: TokenStream, bounds: &[WherePredicate]) -> TokenStream {
        let ident = &self.input.ident;
        let cfgs = Concat(&self.input.attrs.cfgs);
        let (impl_g, ty_g, where_clause) = self.input.generics.split_for_impl();
        let mut predicates: Vec<TokenStream> = where_clause
            .map(|w| w.predicates.iter().map(ToTokens::to_token_stream).collect())
            .unwrap_or_default();
        predicates.extend(bounds.iter().map(ToTokens::to_token_stream));
        let where_tokens = if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        };
        let allow = allow_attrs();
        quote! {
            #cfgs
            #allow
            impl #impl_g #trait_path for #ident #ty_g #where_tokens
        }
    }

    /// Whether a field's type mentions a type parameter, so that it needs a bound.
    fn is_generic(&self, ty: &Type) -> bool {
        !self.params.is_empty() && mentions_any(ty.to_token_stream(), &self.params)
    }

    fn bound(&self, ty: &Type, bound: TokenStream, out: &mut Vec<WherePredicate>) {
        if self.is_generic(ty) {
            // A type that cannot stand in a where clause is left to the compiler to report.
            if let Ok(predicate) = syn::parse2::<WherePredicate>(quote!(#ty: #bound)) {
                out.push(predicate);
            }
        }
    }

    fn category(&self) -> TokenStream {
        let (some, none) = (&self.some, &self.none);
        match &self.input.attrs.category {
            Some(category) => quote!(#some(#category)),
            None => quote!(#none),
        }
    }

    fn advice_of(&self, variant: &Variant) -> TokenStream {
        let krate = &self.krate;
        let name = self.advice_name(variant);
        quote!(#krate::Advice::#name)
    }

    /// The variant's `Advice`: its own, the type's, or `None`.
    fn advice_name(&self, variant: &Variant) -> Ident {
        Ident::new(self.advice_str(variant), Span::call_site())
    }

    fn advice_str(&self, variant: &Variant) -> &'static str {
        variant
            .attrs
            .advice
            .or(self.input.attrs.advice)
            .filter(|_| !variant.is_unknown())
            .map_or("None", |(name, _)| name)
    }

    /// The `(lang, text)` pairs `message_in` answers for a declared variant.
    fn translations_of<'v>(&self, variant: &'v Variant) -> Vec<(String, &'v str)> {
        let Some(message) = &variant.attrs.message else {
            return Vec::new();
        };
        let mut pairs = Vec::new();
        if let Some(lang) = variant
            .attrs
            .lang
            .as_ref()
            .or(self.input.attrs.lang.as_ref())
        {
            pairs.push((lang.value(), message.default.declared_text()));
        }
        for (lang, template) in &message.translations {
            pairs.push((lang.clone(), template.declared_text()));
        }
        pairs
    }

    /// `&[(lang, text), ...]`, or `None` when the variant answers in no language.
    fn translations_tokens(&self, variant: &Variant) -> Option<TokenStream> {
        let pairs = self.translations_of(variant);
        if pairs.is_empty() {
            return None;
        }
        let pairs = pairs.iter().map(|(lang, text)| quote!((#lang, #text)));
        Some(quote!(&[#(#pairs),*]))
    }

    fn transparent_field(variant: &Variant) -> Option<&Field> {
        if variant.is_transparent() {
            variant.fields.first()
        } else {
            None
        }
    }

    // ---------------------------------------------------------------- definition (DSL)

    fn definition(&self) -> TokenStream {
        let input = self.input;
        if input.origin != Origin::Dsl {
            return TokenStream::new();
        }
        let Shape::Enum(variants) = &input.shape else {
            return TokenStream::new();
        };
        let attrs = &input.attrs.passthrough;
        let cfgs = Concat(&input.attrs.cfgs);
        let vis = &input.vis;
        let ident = &input.ident;
        let copy = if self.is_catalogue() {
            quote!(::core::marker::Copy,)
        } else {
            quote!()
        };
        let non_exhaustive = if input.attrs.exhaustive.is_some() {
            quote!()
        } else {
            quote!(#[non_exhaustive])
        };
        let variants = variants.iter().map(|variant| {
            Emit(move |out: &mut TokenStream| {
                out.append_all(&variant.attrs.passthrough);
                if let Some(summary) = self.doc_summary(variant) {
                    push_doc(out, &summary);
                }
                out.append_all(&variant.attrs.cfgs);
                variant.ident.to_tokens(out);
                let fields = variant.fields.iter().map(|field| {
                    let attrs = &field.emitted_attrs;
                    let ty = &field.ty;
                    match &field.member {
                        Member::Named(name) => quote!(#(#attrs)* #name: #ty),
                        Member::Unnamed(_) => quote!(#(#attrs)* #ty),
                    }
                });
                match variant.style {
                    Style::Unit => {}
                    Style::Tuple => out.extend(quote!((#(#fields),*))),
                    Style::Named => out.extend(quote!({ #(#fields),* })),
                }
            })
        });
        quote! {
            #(#attrs)*
            #cfgs
            #[derive(::core::fmt::Debug, ::core::clone::Clone, #copy ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            #non_exhaustive
            #vis enum #ident {
                #(#variants,)*
            }
        }
    }

    /// Doc lines that show a declared variant's code, messages and advice in rustdoc.
    fn doc_summary(&self, variant: &Variant) -> Option<String> {
        use std::fmt::Write as _;

        let (Some(code), Some(message)) = (variant.attrs.code, &variant.attrs.message) else {
            return None;
        };
        // Written into one string: this runs once per variant of catalogues of thousands.
        let mut doc = String::new();
        if variant
            .attrs
            .passthrough
            .iter()
            .any(|a| a.path().is_ident("doc"))
        {
            doc.push('\n');
        }
        let advice =
            variant
                .attrs
                .advice
                .or(self.input.attrs.advice)
                .map_or("none", |(name, _)| {
                    crate::attr::ADVICE
                        .iter()
                        .find(|(_, variant)| *variant == name)
                        .map_or("none", |(snake, _)| *snake)
                });
        let lang = variant
            .attrs
            .lang
            .as_ref()
            .or(self.input.attrs.lang.as_ref());
        let default_lang = lang.map_or_else(|| "default".to_owned(), LitStr::value);
        let _ = write!(
            doc,
            " Code `{}`, advice `{advice}`.\n\n - {default_lang}: ",
            code.value
        );
        push_inline_code(&mut doc, message.default.declared_text());
        for (lang, template) in &message.translations {
            let _ = write!(doc, "\n - {lang}: ");
            push_inline_code(&mut doc, template.declared_text());
        }
        Some(doc)
    }

    /// Every variant declares its own code and has no fields.
    fn is_catalogue(&self) -> bool {
        self.variants()
            .iter()
            .all(|v| v.is_declared() && v.style == Style::Unit)
    }

    // ---------------------------------------------------------------- PlatformError

    /// A DSL catalogue has inherent `const fn code` and `message`: the trait reuses them,
    /// so that each table is compiled once.
    fn reuses_inherent(&self) -> bool {
        self.input.origin == Origin::Dsl && self.is_catalogue() && !self.variants().is_empty()
    }

    fn platform_error_impl(&self) -> TokenStream {
        let (option, none) = (&self.option, &self.none);
        let krate = &self.krate;
        let mut bounds: Vec<WherePredicate> = Vec::new();
        if !self.params.is_empty() {
            bounds.push(syn::parse_quote!(Self: ::core::fmt::Debug + ::core::fmt::Display));
        }
        for variant in self.variants() {
            if let Some(field) = Self::transparent_field(variant) {
                self.bound(&field.ty, quote!(#krate::PlatformError), &mut bounds);
            }
        }
        let header = self.impl_header(quote!(#krate::PlatformError), &bounds);
        let platform_error = quote!(#krate::PlatformError);

        let code = if self.reuses_inherent() {
            quote!(Self::code(*self))
        } else {
            self.match_self(self.variants().iter().map(|variant| {
                Self::delegating_arm(variant, &platform_error, "code", &quote!()).unwrap_or_else(
                    || {
                        if variant.is_unknown() {
                            Self::field_arm(variant, &variant.fields[0].member, |b| quote!(*#b))
                        } else {
                            let value = variant.attrs.code.map_or(0, |c| c.value);
                            Self::constant_arm(variant, &quote!(#value))
                        }
                    },
                )
            }))
        };

        let message = if self.reuses_inherent() {
            quote!(Self::message(*self))
        } else {
            self.match_self(self.variants().iter().map(|variant| {
                Self::delegating_arm(variant, &platform_error, "message", &quote!()).unwrap_or_else(
                    || {
                        if variant.is_unknown() {
                            Self::field_arm(
                                variant,
                                &variant.fields[1].member,
                                |b| quote!(::core::convert::AsRef::<str>::as_ref(#b)),
                            )
                        } else {
                            let text = declared_text(variant);
                            Self::constant_arm(variant, &quote!(#text))
                        }
                    },
                )
            }))
        };

        let has_transparent = self.variants().iter().any(Variant::is_transparent);
        let category = if has_transparent {
            let default = self.category();
            self.match_self(self.variants().iter().map(|variant| {
                Self::delegating_arm(variant, &platform_error, "category", &quote!())
                    .unwrap_or_else(|| Self::constant_arm(variant, &default))
            }))
        } else {
            self.category()
        };

        let uniform_advice = !has_transparent
            && self
                .variants()
                .windows(2)
                .all(|w| self.advice_str(&w[0]) == self.advice_str(&w[1]));
        let advice = if let (true, Some(first)) = (uniform_advice, self.variants().first()) {
            self.advice_of(first)
        } else if self.reuses_inherent() {
            quote!(Self::entry(*self).advice())
        } else {
            self.match_self(self.variants().iter().map(|variant| {
                Self::delegating_arm(variant, &platform_error, "advice", &quote!())
                    .unwrap_or_else(|| Self::constant_arm(variant, &self.advice_of(variant)))
            }))
        };

        let no_translations = !has_transparent
            && self
                .variants()
                .iter()
                .all(|v| self.translations_of(v).is_empty());
        let message_in = if no_translations {
            quote!(#none)
        } else if self.reuses_inherent() {
            quote!(Self::entry(*self).message_in(lang))
        } else {
            self.match_self(self.variants().iter().map(|variant| {
                Self::delegating_arm(variant, &platform_error, "message_in", &quote!(, lang))
                    .unwrap_or_else(|| {
                        let value = match self.translations_tokens(variant) {
                            Some(pairs) => quote!(#krate::__private::translation(#pairs, lang)),
                            None => quote!(#none),
                        };
                        Self::constant_arm(variant, &value)
                    })
            }))
        };
        let lang_param = if self.variants().is_empty() || no_translations {
            quote!(_lang)
        } else {
            quote!(lang)
        };

        quote! {
            #header {
                #[inline]
                fn code(&self) -> i64 { #code }
                #[inline]
                fn message(&self) -> &str { #message }
                #[inline]
                fn category(&self) -> #option<&'static str> { #category }
                #[inline]
                fn advice(&self) -> #krate::Advice { #advice }
                fn message_in(&self, #lang_param: &str) -> #option<&'static str> { #message_in }
            }
        }
    }

    // ---------------------------------------------------------------- Display

    fn display_impl(&self) -> TokenStream {
        let mut bounds: Vec<WherePredicate> = Vec::new();
        let constant = self.variants().iter().all(|v| {
            v.is_declared()
                && v.attrs
                    .message
                    .as_ref()
                    .is_some_and(|m| !m.default.has_args())
        });
        let body = if self.reuses_inherent() {
            quote!(__formatter.write_str(Self::message(*self)))
        } else if constant && !self.variants().is_empty() {
            // One table lookup and one `write_str`, as a hand-written impl would do.
            let arms = self.variants().iter().map(|variant| {
                let cfgs = Self::cfgs(variant);
                let pat = Self::pattern_any(variant);
                let text = declared_text(variant);
                quote!(#cfgs #pat => #text,)
            });
            quote!(__formatter.write_str(match self { #(#arms)* }))
        } else {
            self.match_self(
                self.variants()
                    .iter()
                    .map(|variant| self.display_arm(variant, &mut bounds)),
            )
        };
        let header = self.impl_header(quote!(::core::fmt::Display), &bounds);
        let formatter = if self.variants().is_empty() {
            quote!(_)
        } else {
            quote!(__formatter)
        };
        quote! {
            #header {
                #[inline]
                fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #body
                }
            }
        }
    }

    fn display_arm(&self, variant: &Variant, bounds: &mut Vec<WherePredicate>) -> TokenStream {
        let display = quote!(::core::fmt::Display);
        if let Some(arm) = Self::delegating_arm(variant, &display, "fmt", &quote!(, __formatter)) {
            self.bound(&variant.fields[0].ty, display, bounds);
            return arm;
        }
        if variant.is_unknown() {
            return Self::field_arm(
                variant,
                &variant.fields[1].member,
                |b| quote!(__formatter.write_str(::core::convert::AsRef::<str>::as_ref(#b))),
            );
        }
        let Some(message) = &variant.attrs.message else {
            return quote!();
        };
        let template = &message.default;
        if !template.has_args() {
            let text = template.declared_text();
            return Self::constant_arm(variant, &quote!(__formatter.write_str(#text)));
        }
        let mut used: Vec<&Field> = Vec::new();
        for arg in template.args() {
            let spec_trait = format_trait(&arg.spec);
            for (name, trait_path) in std::iter::once((&arg.name, spec_trait)).chain(
                arg.spec_refs
                    .iter()
                    .map(|r| (r, quote!(::core::fmt::Display))),
            ) {
                if let Some(field) = field_named(variant, name) {
                    if !used.iter().any(|f| f.member == field.member) {
                        used.push(field);
                    }
                    self.bound(&field.ty, trait_path, bounds);
                }
            }
        }
        let members: Vec<&Member> = used.iter().map(|f| &f.member).collect();
        let cfgs = Self::cfgs(variant);
        let pat = Self::pattern_binding(variant, &members);
        let format = LitStr::new(&template.format_string(), template.span());
        let args = members.iter().map(|member| {
            let b = binding(member);
            quote!(#b = #b)
        });
        quote!(#cfgs #pat => ::core::write!(__formatter, #format #(, #args)*),)
    }

    // ---------------------------------------------------------------- Error

    fn error_impl(&self) -> TokenStream {
        let (option, some, none) = (&self.option, &self.some, &self.none);
        let mut bounds: Vec<WherePredicate> = Vec::new();
        if !self.params.is_empty() {
            bounds.push(syn::parse_quote!(Self: ::core::fmt::Debug + ::core::fmt::Display));
        }
        let has_source = self
            .variants()
            .iter()
            .any(|v| v.is_transparent() || v.source_field().is_some());
        let source = if has_source {
            let error = quote!(::core::error::Error);
            let arms = self.variants().iter().map(|variant| {
                if let Some(arm) = Self::delegating_arm(variant, &error, "source", &quote!()) {
                    self.bound(&variant.fields[0].ty, error.clone(), &mut bounds);
                    arm
                } else if let Some(field) = variant.source_field() {
                    self.bound(
                        &field.ty,
                        quote!(::core::error::Error + 'static),
                        &mut bounds,
                    );
                    let ty = &field.ty;
                    Self::field_arm(variant, &field.member, |b| {
                        let source =
                            quote_spanned!(ty.span()=> #b as &(dyn ::core::error::Error + 'static));
                        quote!(#some(#source))
                    })
                } else {
                    Self::constant_arm(variant, &quote!(#none))
                }
            });
            let arms: Vec<TokenStream> = arms.collect();
            quote! {
                fn source(&self) -> #option<&(dyn ::core::error::Error + 'static)> {
                    match self { #(#arms)* }
                }
            }
        } else {
            quote!()
        };
        let header = self.impl_header(quote!(::core::error::Error), &bounds);
        quote!(#header { #source })
    }

    // ---------------------------------------------------------------- From

    fn impl_from_for_fields(&self) -> TokenStream {
        let impls = self.variants().iter().filter_map(|variant| {
            let field = variant.field_marked_from()?;
            if variant.fields.len() != 1 {
                return None;
            }
            let ty = &field.ty;
            let member = &field.member;
            let path = Self::path(variant);
            let cfgs = Self::cfgs(variant);
            let header = self.impl_header(quote!(::core::convert::From<#ty>), &[]);
            Some(quote! {
                #cfgs
                #header {
                    #[inline]
                    fn from(source: #ty) -> Self {
                        #path { #member: source }
                    }
                }
            })
        });
        quote!(#(#impls)*)
    }

    // ---------------------------------------------------------------- lookup

    /// Lookup is generated when every variant can be built from a code alone.
    fn has_lookup(&self) -> bool {
        self.input.generics.params.is_empty()
            && self.variants().iter().all(|v| {
                v.is_transparent() || v.is_unknown() || (v.is_declared() && v.style == Style::Unit)
            })
    }

    /// Runs of consecutive declared variants, and transparent members, in declaration order.
    fn segments(&self) -> Vec<Segment<'a>> {
        let mut segments: Vec<Segment<'a>> = Vec::new();
        for variant in self.variants() {
            if variant.is_transparent() {
                segments.push(Segment::Member(variant));
            } else if variant.is_declared() {
                match segments.last_mut() {
                    Some(Segment::Declared(run)) => run.push(variant),
                    _ => segments.push(Segment::Declared(vec![variant])),
                }
            }
        }
        segments
    }

    fn member_type(&self, variant: &Variant) -> TokenStream {
        let krate = &self.krate;
        let ty = &variant.fields[0].ty;
        quote_spanned!(ty.span()=> <#ty as #krate::FromCode>)
    }

    fn construct_member(variant: &Variant, value: TokenStream) -> TokenStream {
        let path = Self::path(variant);
        let member = &variant.fields[0].member;
        quote!(#path { #member: #value })
    }

    fn lookup_impls(&self) -> TokenStream {
        let (some, none) = (&self.some, &self.none);
        if !self.has_lookup() {
            return TokenStream::new();
        }
        let krate = &self.krate;
        let entries = self.entries();
        let segments = self.segments();
        let repeats_code = group_by_code(self.variants().iter().filter(|v| v.is_declared()))
            .iter()
            .any(|(_, group)| group.len() > 1);
        let by_runs = self.lookup_by_runs();
        let allow_repeats = match (repeats_code, by_runs.is_some()) {
            // Shared codes appear once among the runs.
            (_, true) => quote!(#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]),
            (true, false) => quote!(#[allow(unreachable_patterns)]),
            (false, false) => quote!(),
        };

        let has_members = self.variants().iter().any(Variant::is_transparent);
        let from_code = if let Some(by_runs) = by_runs {
            by_runs
        } else if !has_members && !self.reuses_inherent() {
            // A derived type without members: the `match` it shares with `match_message`
            // (see `lookup_without_members`).
            quote! {
                match Self::__platform_errors_declared(code) {
                    #some((value, _)) => #some(value),
                    #none => #none,
                }
            }
        } else if let [Segment::Declared(run)] = segments.as_slice() {
            let arms = run.iter().map(|variant| {
                let cfgs = Self::cfgs(variant);
                let code = variant.attrs.code.map_or(0, |c| c.value);
                let path = Self::path(variant);
                quote!(#cfgs #code => #some(#path),)
            });
            quote!(match code { #(#arms)* _ => #none })
        } else {
            let steps = segments.iter().map(|segment| match segment {
                Segment::Declared(run) => {
                    let arms = run.iter().map(|variant| {
                        let cfgs = Self::cfgs(variant);
                        let code = variant.attrs.code.map_or(0, |c| c.value);
                        let path = Self::path(variant);
                        quote!(#cfgs #code => return #some(#path),)
                    });
                    quote!(match code { #(#arms)* _ => {} })
                }
                Segment::Member(variant) => {
                    let cfgs = Self::cfgs(variant);
                    let ty = self.member_type(variant);
                    let build = Self::construct_member(variant, quote!(inner));
                    quote! {
                        #cfgs
                        if let #some(inner) = #ty::from_code(code) {
                            return #some(#build);
                        }
                    }
                }
            });
            quote!(#(#steps)* #none)
        };

        // Without members, only codes that several variants share need candidates of their
        // own: any other code has one variant, which `from_code` finds and whose message
        // `message()` already tables. One code-sized `match` fewer to compile.
        if !has_members {
            return self.lookup_without_members(&entries, &from_code, &allow_repeats);
        }
        let match_steps = segments.iter().map(|segment| match segment {
            Segment::Declared(run) => {
                let arms = group_by_code(run.iter().copied())
                    .into_iter()
                    .map(|(code, group)| self.candidates_arm(code, &group));
                quote!(match code { #(#arms)* _ => {} })
            }
            Segment::Member(variant) => {
                let cfgs = Self::cfgs(variant);
                let ty = self.member_type(variant);
                let build = Self::construct_member(variant, quote!(found.value));
                quote! {
                    #cfgs
                    if let #some(found) = #ty::match_message(code, message) {
                        if found.strength > strength {
                            strength = found.strength;
                            best = #some(#build);
                        }
                    }
                }
            }
        });

        let match_steps: Vec<TokenStream> = match_steps.collect();
        let match_body = if match_steps.is_empty() {
            quote! {
                let _ = (code, message);
                #none
            }
        } else {
            // The best match so far and its strength; no closures, so that a large
            // catalogue costs the compiler one function, not one per variant.
            quote!(#krate::__best_match!(best, strength, { #(#match_steps)* }))
        };
        let lookup = self.impl_from_code(&entries, &from_code, &allow_repeats, &match_body);
        let from_response = self.impl_from_response();
        quote!(#lookup #from_response)
    }

    /// `from_code` of a DSL catalogue with no `#[cfg]` on its variants, where a variant's
    /// discriminant is its index in `ALL`: a binary search over the runs of consecutive
    /// codes declared in a row (`40001..=40099`), each a range test and a read of `ALL`,
    /// rather than one `match` arm per code. Platforms number their codes in such runs;
    /// fewer branches compile faster, and at 5,000 codes the lookup is 3.5× faster than a
    /// `match`. Used for at least [`MIN_CODES_FOR_RUNS`] codes in runs of at least
    /// [`MIN_MEAN_RUN`] on average: for fewer or scattered codes LLVM's own lowering of a
    /// `match` (jump and lookup tables) is faster.
    fn lookup_by_runs(&self) -> Option<TokenStream> {
        if !self.reuses_inherent() || self.variants().iter().any(|v| !v.attrs.cfgs.is_empty()) {
            return None;
        }
        // The first variant of each code, by code.
        let mut first_of: HashMap<i64, usize> = HashMap::new();
        for (index, variant) in self.variants().iter().enumerate() {
            if let Some(code) = variant.attrs.code {
                first_of.entry(code.value).or_insert(index);
            }
        }
        let mut firsts: Vec<(i64, usize)> = first_of.into_iter().collect();
        firsts.sort_unstable();
        let codes = firsts.len();
        // (first code, first index, length)
        let mut runs: Vec<(i64, usize, usize)> = Vec::new();
        for (code, index) in firsts {
            match runs.last_mut() {
                Some((first, start, len))
                    if i64::try_from(*len).ok().and_then(|l| first.checked_add(l))
                        == Some(code)
                        && *start + *len == index =>
                {
                    *len += 1;
                }
                _ => runs.push((code, index, 1)),
            }
        }
        if codes < MIN_CODES_FOR_RUNS || runs.len() * MIN_MEAN_RUN > codes {
            return None;
        }
        Some(self.run_tree(&runs))
    }

    /// Binary search over sorted runs as nested `if`s: a `match` on ranges would test them
    /// one after another.
    fn run_tree(&self, runs: &[(i64, usize, usize)]) -> TokenStream {
        let (some, none) = (&self.some, &self.none);
        match runs {
            [] => quote!(#none),
            [(first, start, 1)] => {
                let path = Self::path(&self.variants()[*start]);
                quote! {
                    if code == #first {
                        #some(#path)
                    } else {
                        #none
                    }
                }
            }
            [(first, start, len)] => {
                let len = *len as u64;
                let offset = if *start == 0 {
                    quote!()
                } else {
                    quote!(+ #start)
                };
                quote! {{
                    let offset = code.wrapping_sub(#first) as u64;
                    if offset < #len {
                        #some(Self::ALL[offset as usize #offset])
                    } else {
                        #none
                    }
                }}
            }
            _ => {
                let (low, high) = runs.split_at(runs.len() / 2);
                let pivot = high[0].0;
                // Each half moves into its braces: interpolating the halves' streams would
                // copy the whole tree again at every level.
                let low = Group::new(Delimiter::Brace, self.run_tree(low));
                let high = Group::new(Delimiter::Brace, self.run_tree(high));
                quote!(if code < #pivot #low else #high)
            }
        }
    }

    /// The `match_message` arm of one code: each variant declared with it is a candidate,
    /// and the strongest match of its message wins.
    fn candidates_arm(&self, code: i64, group: &[&Variant]) -> TokenStream {
        let some = &self.some;
        let krate = &self.krate;
        let candidates = group.iter().map(|variant| {
            let cfgs = Self::cfgs(variant);
            let path = Self::path(variant);
            let text = declared_text(variant);
            quote! {
                #cfgs
                if #krate::__private::improves(&mut strength, #text, message) {
                    best = #some(#path);
                }
            }
        });
        quote!(#code => { #(#candidates)* })
    }

    /// `FromCode` (and `FromResponse`) for a type with no members.
    fn lookup_without_members(
        &self,
        entries: &TokenStream,
        from_code: &TokenStream,
        allow_repeats: &TokenStream,
    ) -> TokenStream {
        let (option, some, none) = (&self.option, &self.some, &self.none);
        let krate = &self.krate;
        let shared_arms = group_by_code(self.variants().iter().filter(|v| v.is_declared()))
            .into_iter()
            .filter(|(_, group)| group.len() > 1)
            .map(|(code, group)| self.candidates_arm(code, &group));
        // The message of the variant a code finds, without a second `match` on the variant
        // after `from_code`'s: LLVM would thread one switch into the other, which took
        // seconds at 1,000 codes. A DSL catalogue reads it from its entry table by
        // discriminant (`Copy`, no explicit discriminants).
        // A derived type may have explicit discriminants and need not be `Copy`: a private
        // function gives the variant and its message from one `match`, which `from_code`
        // shares.
        let (single, declared_fn) = if self.reuses_inherent() {
            let single = quote! {
                match <Self as #krate::FromCode>::from_code(code) {
                    #some(value) => #some((value, Self::message(value))),
                    #none => #none,
                }
            };
            (single, TokenStream::new())
        } else {
            let arms = self
                .variants()
                .iter()
                .filter(|v| v.is_declared())
                .map(|variant| {
                    let cfgs = Self::cfgs(variant);
                    let code = variant.attrs.code.map_or(0, |c| c.value);
                    let path = Self::path(variant);
                    let text = declared_text(variant);
                    quote!(#cfgs #code => #some((#path, #text)),)
                });
            let ident = &self.input.ident;
            let cfgs = Concat(&self.input.attrs.cfgs);
            let declared_fn = quote! {
                #cfgs
                #[allow(deprecated, unused_qualifications)]
                impl #ident {
                    /// The variant a code finds, the first declared, and its message.
                    #[inline]
                    #allow_repeats
                    fn __platform_errors_declared(code: i64) -> #option<(Self, &'static str)> {
                        match code { #(#arms)* _ => #none }
                    }
                }
            };
            (quote!(Self::__platform_errors_declared(code)), declared_fn)
        };
        let body = if self.variants().iter().any(Variant::is_declared) {
            quote! {
                #krate::__best_match!(best, strength, {
                    match code {
                        #(#shared_arms)*
                        _ => #krate::__match_found!(best, strength, message, #single),
                    }
                })
            }
        } else {
            quote! {
                let _ = (code, message);
                #none
            }
        };
        let lookup = self.impl_from_code(entries, from_code, allow_repeats, &body);
        let from_response = self.impl_from_response();
        quote!(#lookup #from_response #declared_fn)
    }

    /// The `FromCode` impl around its parts.
    fn impl_from_code(
        &self,
        entries: &TokenStream,
        from_code: &TokenStream,
        allow_repeats: &TokenStream,
        match_body: &TokenStream,
    ) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        let cfgs = Concat(&self.input.attrs.cfgs);
        // The runtime's `__impl_from_code!` writes the impl around these parts.
        quote! {
            #cfgs
            #krate::__impl_from_code! {
                #ident,
                entries = #entries,
                #allow_repeats
                fn from_code(code) { #from_code }
                fn match_message(code, message) { #match_body }
            }
        }
    }

    fn impl_from_response(&self) -> Option<TokenStream> {
        let krate = &self.krate;
        let unknown = self.variants().iter().find(|v| v.is_unknown())?;
        let ident = &self.input.ident;
        let cfgs = Concat(&self.input.attrs.cfgs);
        let variant = &unknown.ident;
        let code_member = &unknown.fields[0].member;
        let message_member = &unknown.fields[1].member;
        Some(quote! {
            #cfgs
            #krate::__impl_from_response!(#ident, (#variant), #code_member, #message_member);
        })
    }

    /// The entry table of a type without members. Every entry is one call of a local
    /// `const fn` whose parameters are all typed, with the type's category inside it, and
    /// with three arguments when advice and translations are the defaults: type-checking a
    /// large catalogue's table then infers nothing per entry (`None`, `&[]`), which was
    /// about a third of its cost.
    fn entry_table(&self) -> TokenStream {
        let krate = &self.krate;
        let category = self.category();
        let entries = self
            .variants()
            .iter()
            .filter(|v| v.is_declared())
            .map(|variant| {
                Emit(move |out: &mut TokenStream| {
                    Self::cfgs(variant).to_tokens(out);
                    let mut args = TokenStream::new();
                    args.append(Literal::i64_suffixed(
                        variant.attrs.code.map_or(0, |c| c.value),
                    ));
                    args.append(Punct::new(',', Spacing::Alone));
                    args.append(Literal::string(&variant.name()));
                    args.append(Punct::new(',', Spacing::Alone));
                    args.append(declared_literal(variant));
                    let advice = self.advice_str(variant);
                    let function = match self.translations_tokens(variant) {
                        None if advice == "None" => "__entry",
                        translations => {
                            let advice = Ident::new(advice, Span::call_site());
                            let translations = translations.unwrap_or_else(|| quote!(&[]));
                            args.extend(quote!(, __Advice::#advice, #translations));
                            "__entry_with"
                        }
                    };
                    out.append(Ident::new(function, Span::call_site()));
                    out.append(Group::new(Delimiter::Parenthesis, args));
                })
            });
        // `__entry`, `__entry_with` and `__Advice` come from the runtime's `__entry_fns!`.
        quote! {{
            #krate::__entry_fns!(#category);
            &[#(#entries),*]
        }}
    }

    fn entry(&self, variant: &Variant) -> TokenStream {
        let krate = &self.krate;
        let code = variant.attrs.code.map_or(0, |c| c.value);
        let name = variant.name();
        let text = declared_text(variant);
        let category = self.category();
        let advice = self.advice_of(variant);
        let translations = self
            .translations_tokens(variant)
            .unwrap_or_else(|| quote!(&[]));
        // One const call per entry: large catalogues are evaluated at every `cargo check`.
        quote!(#krate::Entry::__declared(#code, #name, #text, #category, #advice, #translations))
    }

    fn entries(&self) -> TokenStream {
        let krate = &self.krate;
        if !self.variants().iter().any(Variant::is_transparent) {
            return self.entry_table();
        }
        let parts = self
            .variants()
            .iter()
            .filter(|v| !v.is_unknown())
            .map(|variant| {
                if variant.is_transparent() {
                    let cfgs = Self::cfgs(variant);
                    let ty = self.member_type(variant);
                    quote!(#cfgs #ty::ENTRIES)
                } else {
                    let cfgs = Self::cfgs(variant);
                    let entry = self.entry(variant);
                    quote!(#cfgs &[#entry])
                }
            });
        quote! {{
            const PARTS: &[&[#krate::Entry]] = &[#(#parts),*];
            const LEN: usize = #krate::__private::count_entries(PARTS);
            const ALL: [#krate::Entry; LEN] = #krate::__private::concat_entries::<LEN>(PARTS);
            &ALL
        }}
    }

    // ---------------------------------------------------------------- serde

    /// Serde impls through the runtime's `__impl_serde!`, which expands to nothing unless
    /// the runtime's `serde` feature is on. Generic types get none.
    fn serde_impls(&self) -> TokenStream {
        if !self.input.generics.params.is_empty() {
            return TokenStream::new();
        }
        let krate = &self.krate;
        let ident = &self.input.ident;
        let cfgs = Concat(&self.input.attrs.cfgs);
        let mode = if !self.has_lookup() {
            quote!(serialize)
        } else if self.variants().iter().any(Variant::is_unknown) {
            quote!(response)
        } else {
            quote!(lookup)
        };
        quote! {
            #cfgs
            #krate::__impl_serde!(#ident, #mode);
        }
    }

    // ---------------------------------------------------------------- DSL catalogue API

    fn catalogue_api(&self) -> TokenStream {
        if self.input.origin != Origin::Dsl || !self.has_lookup() {
            return TokenStream::new();
        }
        let krate = &self.krate;
        let ident = &self.input.ident;
        let cfgs = Concat(&self.input.attrs.cfgs);
        if !self.is_catalogue() {
            return quote! {
                #cfgs
                #krate::__impl_catalogue!(#ident, try_from);
            };
        }
        let variants = self.variants();
        // `Name::Variant` rather than `Self::Variant`: resolving `Self` costs the compiler
        // a lookup per element of a large array.
        let all = variants.iter().map(|variant| {
            Emit(move |out: &mut TokenStream| {
                Self::cfgs(variant).to_tokens(out);
                if let Some(name) = &variant.ident {
                    push_variant_path(out, ident, name);
                }
            })
        });
        // The variants carry no explicit discriminants, so a variant's discriminant is its
        // index in `ALL` and in the entry table, `#[cfg]`s included: one table serves `code`,
        // `message`, `advice` and `message_in`, where a `match` per method would cost the
        // compiler a large function each. The rest of the API is the same for every
        // catalogue: the runtime's `__impl_catalogue!` writes it.
        let kind = if variants.is_empty() {
            quote!(empty)
        } else {
            quote!(catalogue)
        };
        let doc_all = format!("Every variant of `{ident}`, in declaration order.");
        quote! {
            #cfgs
            #[allow(deprecated, unused_qualifications)]
            impl #ident {
                #[doc = #doc_all]
                #[allow(clippy::large_stack_arrays)]
                pub const ALL: &'static [Self] = &[#(#all),*];
            }

            #cfgs
            #krate::__impl_catalogue!(#ident, #kind);
        }
    }
}

/// When `from_code` searches runs of consecutive codes instead of matching codes: from
/// this many codes, in runs of this mean length. Measured (`cargo bench -p
/// platform-errors-bench`) on catalogues with runs of 21 codes on average: the search takes
/// 0.96× a `match`'s time at 150 codes, 0.83× at 1,000 and 0.29× at 5,000. Below a few
/// hundred codes LLVM turns a `match` into one range test and a table read, which a search
/// can't beat: searching the 87 codes of the Qingtui general category (runs of 4.8) made
/// the Qingtui umbrella's lookup 1.7× slower.
const MIN_CODES_FOR_RUNS: usize = 256;
const MIN_MEAN_RUN: usize = 4;

enum Segment<'a> {
    Declared(Vec<&'a Variant>),
    Member(&'a Variant),
}

/// The variants of each code, codes in order of first appearance.
fn group_by_code<'v>(variants: impl Iterator<Item = &'v Variant>) -> Vec<(i64, Vec<&'v Variant>)> {
    let mut groups: Vec<(i64, Vec<&'v Variant>)> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    for variant in variants {
        let code = variant.attrs.code.map_or(0, |c| c.value);
        let at = *index.entry(code).or_insert_with(|| {
            groups.push((code, Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push(variant);
    }
    groups
}

/// A call of a trait method on a field, spanned at the field's type so that a type lacking
/// the trait is reported there.
fn delegate(field: &Field, trait_path: TokenStream, call: TokenStream) -> TokenStream {
    let ty = &field.ty;
    quote_spanned!(ty.span()=> <#ty as #trait_path>::#call)
}

/// Markdown inline code that shows `text` as it is, whatever backticks it holds.
fn push_inline_code(out: &mut String, text: &str) {
    let mut fence = String::from("`");
    while text.contains(fence.as_str()) {
        fence.push('`');
    }
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    for part in [fence.as_str(), pad, text, pad, fence.as_str()] {
        out.push_str(part);
    }
}

/// The identifier a field is bound to in generated patterns.
fn binding(member: &Member) -> Ident {
    match member {
        Member::Named(ident) => {
            let mut ident = ident.clone();
            ident.set_span(Span::call_site().located_at(ident.span()));
            ident
        }
        Member::Unnamed(index) => format_ident!("__{}", index.index),
    }
}

fn field_named<'v>(variant: &'v Variant, name: &crate::template::ArgName) -> Option<&'v Field> {
    use crate::template::ArgName;
    variant
        .fields
        .iter()
        .find(|field| match (&field.member, name) {
            (Member::Named(ident), ArgName::Named(name)) => ident == name,
            (Member::Unnamed(index), ArgName::Index(i)) => index.index as usize == *i,
            _ => false,
        })
}

fn declared_text(variant: &Variant) -> &str {
    variant
        .attrs
        .message
        .as_ref()
        .map_or("", |m| m.default.declared_text())
}

/// The declared text as a literal token, for the entry table.
fn declared_literal(variant: &Variant) -> Literal {
    variant
        .attrs
        .message
        .as_ref()
        .map_or_else(|| Literal::string(""), |m| m.default.declared_literal())
}

/// The formatting trait a spec asks of its argument.
fn format_trait(spec: &str) -> TokenStream {
    let kind = spec.trim_end_matches(|c: char| c.is_ascii_digit() || c == '$');
    let name = match kind.chars().last() {
        Some('?') => "Debug",
        Some('x') => "LowerHex",
        Some('X') => "UpperHex",
        Some('o') => "Octal",
        Some('b') => "Binary",
        Some('e') => "LowerExp",
        Some('E') => "UpperExp",
        _ => "Display",
    };
    let name = Ident::new(name, Span::call_site());
    quote!(::core::fmt::#name)
}

fn mentions_any(tokens: TokenStream, params: &[Ident]) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(ident) => params.contains(&ident),
        proc_macro2::TokenTree::Group(group) => mentions_any(group.stream(), params),
        _ => false,
    })
}
