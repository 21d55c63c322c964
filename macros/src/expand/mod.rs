//! The generator: from the resolved model to tokens, one file per generated item. Every
//! generator matches on the type's [`Shape`] and the variant's [`Kind`](crate::model::Kind);
//! defaults are already applied in the model.
//!
//! | file | generates |
//! |---|---|
//! | `definition` | the enum itself (`define_codes!` only), with its rustdoc |
//! | `platform_error` | `PlatformError` |
//! | `google_rpc` | the arms of `PlatformError` for a catch-all holding AIP-193's codes: status, advice, unknown outcome |
//! | `inherent_code` | a derived catalogue's inherent `as_i64()` (`as_str()`), and its `Debug` under `#[platform(debug)]` |
//! | `display` | `Display` |
//! | `error` | `Error` with `source`, and `From` for `#[from]` fields |
//! | `lookup` | `Catalogue` (`from_code`, `match_message`) |
//! | `members` | a derived type's or umbrella's members in lookup, in the order it asks them |
//! | `from_received` | `FromReceived`, for a type with a catch-all |
//! | `code_and_message` | `Catalogue::from_code_and_message`, code first |
//! | `runs` | `from_code` of a large catalogue, as a search over runs of codes |
//! | `str_table` | `from_code` of a catalogue of string codes, as a table built at expansion |
//! | `lookup_table` | `from_code` of a catalogue as a perfect hash of its codes |
//! | `entries` | the entry table `Catalogue::ENTRIES` |
//! | `catalogue` | a DSL catalogue's inherent API, `TryFrom`, and serde |
//! | `from_str` | a DSL catalogue's `FromStr`, by string code, then by variant name |
//! | `fallback` | what stands beside compile errors, so that they do not cascade |

mod catalogue;
mod code_and_message;
mod definition;
mod display;
mod entries;
mod error;
mod fallback;
mod from_received;
mod from_str;
mod google_rpc;
mod inherent_code;
mod lookup;
mod lookup_table;
mod members;
mod platform_error;
mod runs;
mod str_table;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens, TokenStreamExt as _};
use syn::spanned::Spanned as _;
use syn::{Member, Type, WherePredicate};

use crate::ast::{Field, Style};
use crate::model::{CodeKind, CodeType, Model, Shape, Text, Variant};

/// Generates everything for a valid model.
pub(crate) fn expand(model: &Model) -> TokenStream {
    let gen = Gen::new(model);
    let mut out = gen.definition();
    out.extend(gen.impl_platform_error());
    out.extend(gen.inherent_code());
    out.extend(gen.impl_display());
    out.extend(gen.impl_error());
    out.extend(gen.impl_from());
    out.extend(gen.impl_lookup());
    out.extend(gen.impl_catalogue());
    out.extend(gen.impl_serde());
    out
}

/// What is emitted for an input with errors, beside them, for the shape the type asked for
/// ([`Shape::plan_for_fallback`](crate::model::Shape::plan_for_fallback)).
pub(crate) fn fallback(mut model: Model) -> TokenStream {
    model.shape = crate::model::Shape::plan_for_fallback(&model);
    Gen::new(&model).fallback()
}

pub(crate) struct Gen<'a> {
    model: &'a Model,
    krate: &'a TokenStream,
    /// `::core::option::Option` and its variants, spelled often: interpolating a stream
    /// built once costs the macros crate less code to compile than spelling the path in
    /// every `quote!`.
    option: TokenStream,
    some: TokenStream,
    none: TokenStream,
    /// The type parameters: few, so a `Vec`.
    params: Vec<Ident>,
    /// The name of a catalogue's list of variants (`Model::all_name`), found once: it scans
    /// the variants.
    all_name: Ident,
    /// How `from_code` finds a code's variant other than by a `match`, if it does (a perfect
    /// hash, or a search over runs of codes): found once, it hashes the codes.
    run_search: Option<runs::RunSearch>,
    /// How `from_code` of a catalogue of string codes searches its table, if it does.
    str_table: Option<str_table::StrTable>,
    /// The `#[repr]` of a catalogue whose `ALL` is a table of discriminants
    /// (`Gen::find_index_repr`): the definition and `ALL` both ask.
    index_repr: Option<Ident>,
}

/// Tokens written straight into the stream that interpolates them, for the parts of the
/// output that repeat once per variant: a `quote!` per variant builds a stream that is then
/// copied into the enclosing one.
struct Emit<F: Fn(&mut TokenStream)>(F);

impl<F: Fn(&mut TokenStream)> ToTokens for Emit<F> {
    fn to_tokens(&self, out: &mut TokenStream) {
        (self.0)(out);
    }
}

/// Appends `Self::Name`, or `Self` for a struct: a unit variant's path, token by token.
fn append_unit_path(out: &mut TokenStream, variant: &Variant) {
    append_variant_path(out, &Ident::new("Self", Span::call_site()), variant);
}

/// Appends `Type::Name`, or `Type` for a struct, token by token: `Name::Variant` where a
/// nested item can't name the impl's `Self`, or where resolving `Self` would cost the
/// compiler a lookup per element of a large list.
fn append_variant_path(out: &mut TokenStream, ty: &Ident, variant: &Variant) {
    out.append(ty.clone());
    if let Some(ident) = &variant.ident {
        out.append(Punct::new(':', Spacing::Joint));
        out.append(Punct::new(':', Spacing::Alone));
        out.append(ident.clone());
    }
}

/// Appends `#[cfg]`s, `pattern =>`, `(value)`, `,`: an arm, token by token. Built with
/// `quote!`, an arm is a stream of its own, and a stream crosses the proc-macro bridge each
/// time it is made and each time it is copied into another: in a 1,000-variant derive that
/// was most of the generator's time.
fn append_arm(
    out: &mut TokenStream,
    variant: &Variant,
    pattern: impl FnOnce(&mut TokenStream),
    value: impl FnOnce(&mut TokenStream),
) {
    out.append_all(&variant.cfgs);
    pattern(out);
    out.append(Punct::new('=', Spacing::Joint));
    out.append(Punct::new('>', Spacing::Alone));
    value(out);
    out.append(Punct::new(',', Spacing::Alone));
}

/// A list of tokens interpolated as one value.
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

use crate::model::binding;

/// Parses `tokens` as a where-clause predicate onto `out`; one that does not parse is left
/// out. (The one way the generators make a predicate: `syn::parse_quote!` would compile its
/// own parser, and panic on failure.)
fn push_predicate(out: &mut Vec<WherePredicate>, tokens: TokenStream) {
    if let Ok(predicate) = syn::parse2::<WherePredicate>(tokens) {
        out.push(predicate);
    }
}

/// `("en", "text"), ("zh", "文本")`: the `(lang, text)` pairs `message_in` answers, as the
/// elements of a slice. (One function for the four places that list them: a `quote!`
/// repetition in each cost the compiler its iterator adapters four times.)
fn language_pairs(text: &Text) -> TokenStream {
    let mut out = TokenStream::new();
    for (lang, text) in text.languages() {
        if !out.is_empty() {
            out.append(Punct::new(',', Spacing::Alone));
        }
        out.append(Group::new(Delimiter::Parenthesis, quote!(#lang, #text)));
    }
    out
}

fn mentions_any(tokens: TokenStream, params: &[Ident]) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(ident) => params.contains(&ident),
        proc_macro2::TokenTree::Group(group) => mentions_any(group.stream(), params),
        _ => false,
    })
}

impl<'a> Gen<'a> {
    /// The type's name as its errors say it, a string literal: a raw identifier's without
    /// `r#` (`stringify!` would keep it).
    pub(super) fn type_name(&self) -> proc_macro2::Literal {
        use syn::ext::IdentExt as _;
        proc_macro2::Literal::string(&self.model.ident.unraw().to_string())
    }

    fn new(model: &'a Model) -> Self {
        let mut params = Vec::new();
        for param in model.generics.type_params() {
            params.push(param.ident.clone());
        }
        let mut gen = Gen {
            model,
            krate: &model.krate,
            option: quote!(::core::option::Option),
            some: quote!(::core::option::Option::Some),
            none: quote!(::core::option::Option::None),
            params,
            all_name: model.all_name(),
            run_search: None,
            str_table: None,
            index_repr: None,
        };
        gen.run_search = gen.find_run_search();
        gen.str_table = gen.find_str_table();
        gen.index_repr = gen.find_index_repr();
        gen
    }

    fn variants(&self) -> &'a [Variant] {
        &self.model.variants
    }

    /// `Catalogue::Code<'__a>`: `i64`, `&'__a str`, or a member's.
    fn code_type(&self) -> TokenStream {
        let krate = self.krate;
        match (self.model.code_type, self.model.member_kind) {
            (CodeType::Int, _) | (CodeType::OfMember(_), Some(CodeKind::Int)) => {
                quote!(::core::primitive::i64)
            }
            (CodeType::Str, _) | (CodeType::OfMember(_), Some(CodeKind::Str)) => {
                quote!(&'__a ::core::primitive::str)
            }
            (CodeType::OfMember(index), None) => {
                let ty = self.variants()[index].transparent().map(|field| &field.ty);
                quote!(<#ty as #krate::Catalogue>::Code<'__a>)
            }
        }
    }

    /// The type of a code a generated lookup takes: `i64`, `&str`, or (a member's kind)
    /// `Self::Code<'_>`.
    fn code_param(&self) -> TokenStream {
        let krate = self.krate;
        match (self.model.code_type, self.model.member_kind) {
            (CodeType::Int, _) | (CodeType::OfMember(_), Some(CodeKind::Int)) => {
                quote!(::core::primitive::i64)
            }
            (CodeType::Str, _) | (CodeType::OfMember(_), Some(CodeKind::Str)) => {
                quote!(&::core::primitive::str)
            }
            (CodeType::OfMember(_), None) => quote!(<Self as #krate::Catalogue>::Code<'_>),
        }
    }

    /// A catalogue's inherent `as_i64()`, or `as_str()` for string codes, returning `body`.
    fn inherent_as_code(&self, body: &TokenStream) -> TokenStream {
        if self.model.code_type == CodeType::Str {
            quote! {
                /// The code the platform sends (its declared spelling); usable in `const`
                /// context. (`PlatformError::code` gives it as a `Code`, as for every error.)
                #[must_use]
                #[inline]
                pub const fn as_str(&self) -> &'static ::core::primitive::str {
                    #body
                }
            }
        } else {
            quote! {
                /// The code the platform sends, as a number; usable in `const` context.
                /// (`PlatformError::code` gives it as a `Code`, as for every error.)
                #[must_use]
                #[inline]
                pub const fn as_i64(&self) -> ::core::primitive::i64 {
                    #body
                }
            }
        }
    }

    /// A catalogue's declared message of `self`, read from its table (`Shape::DslCatalogue`)
    /// or its one `match` (`Shape::DerivedCatalogue`); `None` for other shapes, whose
    /// generators `match` the variants. Inherent methods are called with method syntax
    /// (`self.message()`): a path such as `Self::message` would find a variant of that name
    /// first, and method syntax never finds a variant; the inherent method wins over the
    /// trait's of the same name.
    fn catalogue_message(&self) -> Option<TokenStream> {
        match self.model.shape {
            Shape::DslCatalogue => Some(quote!(self.message())),
            Shape::DerivedCatalogue => Some(quote!(Self::__platform_errors_entry(self).1)),
            Shape::Composite { .. } | Shape::General => None,
        }
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

    /// A pattern that binds the given members.
    fn pattern_binding(variant: &Variant, members: &[&Member]) -> TokenStream {
        let path = Self::path(variant);
        let binds = members.iter().map(|member| {
            let binding = binding(member);
            quote!(#member: #binding)
        });
        quote!(#path { #(#binds,)* .. })
    }

    /// An arm that binds one field, as `body` uses it (a `dyn` closure: one copy of this
    /// function serves every caller).
    fn field_arm(
        variant: &Variant,
        field: &Field,
        body: &dyn Fn(&Ident) -> TokenStream,
    ) -> TokenStream {
        let cfgs = Concat(&variant.cfgs);
        let pat = Self::pattern_binding(variant, &[&field.member]);
        let body = body(&binding(&field.member));
        quote!(#cfgs #pat => #body,)
    }

    /// An arm that ignores the variant's fields.
    fn constant_arm(variant: &Variant, value: &TokenStream) -> TokenStream {
        let cfgs = Concat(&variant.cfgs);
        let pat = Self::pattern_any(variant);
        quote!(#cfgs #pat => #value,)
    }

    /// The arm of a transparent variant: `method` of its field's `trait_path`, with `args`
    /// after the field. The call is spanned at the field's type, so that a type lacking the
    /// trait is reported there.
    fn delegating_arm(
        variant: &Variant,
        field: &Field,
        trait_path: &TokenStream,
        method: &str,
        args: &TokenStream,
    ) -> TokenStream {
        let method = Ident::new(method, Span::call_site());
        Self::field_arm(variant, field, &|b| {
            let ty = &field.ty;
            quote_spanned!(ty.span()=> <#ty as #trait_path>::#method(#b #args))
        })
    }

    /// A `match` on `self` with the arm `arm` makes for each variant, or an empty match for
    /// an empty enum. `arm` is a `dyn` closure: one copy of this function serves every
    /// caller.
    fn match_self(&self, arm: &mut dyn FnMut(&'a Variant) -> TokenStream) -> TokenStream {
        if self.variants().is_empty() {
            return quote!(match *self {});
        }
        let mut arms = TokenStream::new();
        for variant in self.variants() {
            arms.extend(arm(variant));
        }
        quote!(match self { #arms })
    }

    /// `impl<...> Trait for Type<...> where ...`, with the type's `#[cfg]`s and the lint
    /// allowances every impl carries.
    fn impl_header(&self, trait_path: &TokenStream, bounds: &[WherePredicate]) -> TokenStream {
        let ident = &self.model.ident;
        let cfgs = Concat(&self.model.cfgs);
        let (impl_g, ty_g, where_clause) = self.model.generics.split_for_impl();
        let mut predicates: Vec<TokenStream> = where_clause
            .map(|w| w.predicates.iter().map(ToTokens::to_token_stream).collect())
            .unwrap_or_default();
        for bound in bounds {
            let bound = bound.to_token_stream();
            // The same bound twice trips clippy's `trait_duplication_in_bounds`.
            if !predicates
                .iter()
                .any(|p| p.to_string() == bound.to_string())
            {
                predicates.push(bound);
            }
        }
        let where_tokens = if predicates.is_empty() {
            quote!()
        } else {
            quote!(where #(#predicates,)*)
        };
        quote! {
            #cfgs
            #[automatically_derived]
            #[allow(deprecated, unused_qualifications)]
            impl #impl_g #trait_path for #ident #ty_g #where_tokens
        }
    }

    /// What `Error` asks of the type beyond its own impl: `Debug` and `Display`, said where
    /// the type is generic (a derived `Debug` asks them of the parameters), so that the impl
    /// is simply not had for parameters without them. The normal expansion and the fallback
    /// both ask it: an unbounded `T` is then no error at the definition.
    fn error_bounds(&self) -> Vec<WherePredicate> {
        let mut bounds = Vec::new();
        if !self.params.is_empty() {
            push_predicate(
                &mut bounds,
                quote!(Self: ::core::fmt::Debug + ::core::fmt::Display),
            );
        }
        bounds
    }

    /// What `PlatformError` asks of the type beyond its own impl: `Error`, whose `Debug`
    /// the user derives. Where the type is generic, `Self: Error`; otherwise `Debug`, under
    /// a lifetime of its own, which makes it no trivial bound: a type without `Debug` is
    /// then reported once, by the `Error` impl (as thiserror's is), not again by this one.
    fn platform_error_bounds(&self) -> Vec<WherePredicate> {
        let mut bounds = Vec::new();
        if self.params.is_empty() {
            push_predicate(&mut bounds, quote!(for<'__a> Self: ::core::fmt::Debug));
        } else {
            push_predicate(&mut bounds, quote!(Self: ::core::error::Error));
        }
        bounds
    }

    /// `impl<...> Type<...> where ...` for inherent items.
    fn inherent_header(&self) -> TokenStream {
        let ident = &self.model.ident;
        let cfgs = Concat(&self.model.cfgs);
        let (impl_g, ty_g, where_clause) = self.model.generics.split_for_impl();
        quote! {
            #cfgs
            #[allow(deprecated, unused_qualifications)]
            impl #impl_g #ident #ty_g #where_clause
        }
    }

    /// Whether a field's type mentions a type parameter, so that it needs a bound.
    fn is_generic(&self, ty: &Type) -> bool {
        !self.params.is_empty() && mentions_any(ty.to_token_stream(), &self.params)
    }

    /// Adds `ty: bound` when `ty` is generic, without the parts of `bound` the type already
    /// declares (`E: Error` declared: `E: 'static` is what is added).
    fn bound(&self, ty: &Type, bound: TokenStream, out: &mut Vec<WherePredicate>) {
        if !self.is_generic(ty) {
            return;
        }
        // A type that cannot stand in a where clause is left to the compiler to report.
        let Ok(WherePredicate::Type(mut predicate)) = syn::parse2(quote!(#ty: #bound)) else {
            return;
        };
        predicate.bounds = predicate
            .bounds
            .into_iter()
            .filter(|part| !self.declares_bound(ty, part))
            .collect();
        if !predicate.bounds.is_empty() {
            out.push(WherePredicate::Type(predicate));
        }
    }

    /// Whether the type's generics already bound `ty` by `bound` (a trait, compared by its
    /// last path segment, or a lifetime), inline (`T: Debug`) or in its where clause: the
    /// same bound again trips clippy's `trait_duplication_in_bounds`.
    fn declares_bound(&self, ty: &Type, bound: &syn::TypeParamBound) -> bool {
        use syn::TypeParamBound as B;
        let same = |declared: &B| match (declared, bound) {
            (B::Trait(declared), B::Trait(bound)) => {
                match (declared.path.segments.last(), bound.path.segments.last()) {
                    (Some(declared), Some(bound)) => declared.ident == bound.ident,
                    _ => false,
                }
            }
            (B::Lifetime(declared), B::Lifetime(bound)) => declared.ident == bound.ident,
            _ => false,
        };
        let ty = ty.to_token_stream().to_string();
        let inline = self
            .model
            .generics
            .type_params()
            .any(|p| p.ident == ty && p.bounds.iter().any(same));
        let in_where = self.model.generics.where_clause.as_ref().is_some_and(|w| {
            w.predicates.iter().any(|p| {
                matches!(p, WherePredicate::Type(t)
                if t.bounded_ty.to_token_stream().to_string() == ty && t.bounds.iter().any(same))
            })
        });
        inline || in_where
    }

    /// `impl Display` (or `Debug`, ...) with `body` as its `#[inline]` `fmt`; the formatter
    /// is `__formatter`, or `_` for an empty enum, whose body never runs. `#[inline]`: a
    /// `fmt` is codegen'd only where it is used, so that a crate that declares a catalogue
    /// does not emit its entry table for a `Debug` it never calls (measured: a quarter of a
    /// 150-code catalogue's release build).
    fn impl_fmt(
        &self,
        trait_path: &TokenStream,
        bounds: &[WherePredicate],
        body: &TokenStream,
    ) -> TokenStream {
        let header = self.impl_header(trait_path, bounds);
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

    /// `Some("category")` or `None`.
    fn category(&self) -> TokenStream {
        let (some, none) = (&self.some, &self.none);
        match &self.model.category {
            Some(category) => quote!(#some(#category)),
            None => quote!(#none),
        }
    }
}
