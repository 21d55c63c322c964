//! What is emitted beside the errors of an input the macros reject: the definition (for
//! `define_codes!`) and impls whose bodies never run, so that uses of the type add no errors
//! of their own.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens as _};

use super::{Concat, Gen};

impl Gen<'_> {
    pub(super) fn fallback(&self) -> TokenStream {
        let krate = self.krate;
        let option = &self.option;
        let stub = quote!(::core::unreachable!(
            "platform-errors: this type did not compile"
        ));
        let allow = quote!(#[allow(unreachable_code, unused_variables, clippy::all)]);
        // The bounds the normal expansion has for the type itself (a generic type's `Debug`):
        // without them, an unbounded parameter is reported by each impl.
        let platform_error = self.impl_header(
            &quote!(#krate::PlatformError),
            &self.platform_error_bounds(),
        );
        let display = self.impl_header(&quote!(::core::fmt::Display), &[]);
        let error = self.impl_header(&quote!(::core::error::Error), &self.error_bounds());
        let mut out = self.definition();
        out.extend(quote! {
            #allow
            #platform_error {
                fn code(&self) -> #option<#krate::Code<'_>> { #stub }
                fn message(&self) -> &::core::primitive::str { #stub }
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
        let impls = self.model.impls();
        if impls.catalogue {
            let catalogue = self.impl_header(&quote!(#krate::Catalogue), &[]);
            // The type's kind of code, as the normal expansion has it: what the other impls
            // (`FromStr`, `TryFrom`) pass to `from_code`.
            let (code_type, code_param) = (self.code_type(), self.code_param());
            out.extend(quote! {
                #allow
                #catalogue {
                    type Code<'__a> = #code_type;
                    const ENTRIES: &'static [#krate::Entry] = &[];
                    fn from_code(_: #code_param) -> #option<Self> { #stub }
                    fn match_message(_: #code_param, _: &::core::primitive::str) -> #option<#krate::MessageMatch<Self>> {
                        #stub
                    }
                }
            });
            // The same plan as the normal expansion's (`Model::impls`).
            if impls.from_received {
                let from_received = self.impl_header(&quote!(#krate::FromReceived), &[]);
                out.extend(quote! {
                    #allow
                    #from_received {
                        fn from_received(_: #code_param, _: &::core::primitive::str) -> Self { #stub }
                    }
                });
            }
            // Built only from codes and names, so it is safe on a model with errors.
            out.extend(self.impl_catalogue());
        }
        // `?` and serde's uses of the type, which a mistake elsewhere in it would otherwise
        // break one by one.
        out.extend(self.fallback_from(&allow, &stub));
        // (Serde is refused for a generic type: nothing to stand in for there.)
        if self.model.generics.params.is_empty() {
            out.extend(self.impl_serde());
        }
        // The envelope named, resolved where it is written, as the normal expansion does:
        // an import of its marker stays used, and one missing is still said. (A near miss
        // of a runtime marker is reported already.)
        if let Some(envelope) = &self.model.envelope {
            if envelope.near_miss().is_none() {
                let value = envelope.value(krate);
                let cfgs = Concat(&self.model.cfgs);
                out.extend(quote! {
                    #cfgs
                    const _: #krate::Envelope = #value;
                });
            }
        }
        out
    }

    /// `From` for each `#[from]` field whose type no other `#[from]` field has (two would
    /// conflict, and are reported).
    fn fallback_from(&self, allow: &TokenStream, stub: &TokenStream) -> TokenStream {
        let mut types: Vec<String> = Vec::new();
        for variant in self.variants() {
            if let Some(field) = variant.field_marked_from() {
                types.push(field.ty.to_token_stream().to_string());
            }
        }
        let mut out = TokenStream::new();
        for variant in self.variants() {
            let Some(field) = variant.field_marked_from() else {
                continue;
            };
            let written = field.ty.to_token_stream().to_string();
            if types.iter().filter(|ty| **ty == written).count() > 1 {
                continue;
            }
            let ty = &field.ty;
            let cfgs = Concat(&variant.cfgs);
            let header = self.impl_header(&quote!(::core::convert::From<#ty>), &[]);
            out.extend(quote! {
                #cfgs
                #allow
                #header {
                    fn from(_: #ty) -> Self { #stub }
                }
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proc_macro2::{TokenStream, TokenTree};
    use quote::quote;

    use crate::{ast, dsl, errors::Errors, resolve};

    /// The traits of the `impl Trait for Type` blocks in `tokens`, by the last segment of
    /// the trait's path (`From` and serde's excluded: the fallback leaves them out on purpose,
    /// since a faulty `#[from]` would conflict).
    fn traits(tokens: TokenStream) -> BTreeSet<String> {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = BTreeSet::new();
        for (i, tree) in trees.iter().enumerate() {
            if !matches!(tree, TokenTree::Ident(ident) if ident == "impl") {
                continue;
            }
            // The identifiers up to `for`, skipping generics: the trait's path ends there.
            let mut last = None;
            let mut depth = 0i32;
            for next in &trees[i + 1..] {
                match next {
                    TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
                    TokenTree::Punct(p) if p.as_char() == '>' => depth -= 1,
                    TokenTree::Ident(ident) if ident == "for" && depth == 0 => {
                        if let Some(name) = last.take() {
                            out.insert(name);
                        }
                        break;
                    }
                    TokenTree::Ident(ident) if depth == 0 => last = Some(ident.to_string()),
                    TokenTree::Group(_) => break,
                    _ => {}
                }
            }
        }
        out.retain(|name| !matches!(name.as_str(), "From" | "__impl_serde"));
        out
    }

    fn both(input: ast::Input) -> (BTreeSet<String>, BTreeSet<String>) {
        let mut errors = Errors::default();
        let model = resolve::resolve(input, &mut errors);
        assert!(errors.is_empty(), "the inputs are valid");
        let normal = traits(super::super::expand(&model));
        (normal, traits(super::super::fallback(model)))
    }

    #[test]
    fn the_fallback_emits_the_impls_of_the_normal_expansion() {
        let derived = [
            // A derived catalogue.
            quote!(
                enum A {
                    #[code(1)]
                    #[message("a")]
                    One,
                }
            ),
            // Composite: a catch-all.
            quote!(
                enum B {
                    #[code(1)]
                    #[message("a")]
                    One,
                    #[platform(unknown)]
                    Other { code: i64, message: String },
                }
            ),
            // Composite: a member that takes any code.
            quote!(
                enum C {
                    #[platform(unknown)]
                    Api(ApiError<X>),
                    #[platform(local)]
                    #[message("l")]
                    Local,
                }
            ),
            // Composite: a transparent member and no catch-all.
            quote!(
                enum D {
                    #[platform(transparent)]
                    Api(ApiError<X>),
                    #[code(2)]
                    #[message("b")]
                    Two,
                }
            ),
            // General: fields with a code.
            quote!(
                enum E {
                    #[code(1)]
                    #[message("{0}")]
                    One(u8),
                }
            ),
            // A struct, and `Debug` by name.
            quote!(
                #[code(3)]
                #[message("s")]
                struct S;
            ),
            quote!(
                #[platform(debug)]
                enum F {
                    #[code(1)]
                    #[message("a")]
                    One,
                }
            ),
        ];
        let mut cases: Vec<ast::Input> = Vec::new();
        for tokens in derived {
            let mut errors = Errors::default();
            let input = syn::parse2::<syn::DeriveInput>(tokens).unwrap();
            cases.push(ast::from_derive(input, &mut errors));
            assert!(errors.is_empty());
        }
        let declared = quote! {
            pub enum Codes { One = 1 => "one", Two = 2 => "two" }
            pub enum Any { Codes(Codes), #[platform(unknown)] Unknown }
        };
        let mut errors = Errors::default();
        for item in dsl::parse(declared, &mut errors) {
            assert!(item.errors.is_empty(), "the DSL inputs are valid");
            cases.push(item.input);
        }
        assert!(errors.is_empty());
        let mut seen = BTreeSet::new();
        for input in cases {
            let name = input.ident.to_string();
            let (normal, fallback) = both(input);
            assert_eq!(normal, fallback, "{name}");
            seen.extend(normal);
        }
        // Every trait was met at least once.
        for name in [
            "PlatformError",
            "Display",
            "Error",
            "Debug",
            "Catalogue",
            "FromReceived",
            "TryFrom",
            "FromStr",
        ] {
            assert!(seen.contains(name), "{name}: {seen:?}");
        }
    }
}
