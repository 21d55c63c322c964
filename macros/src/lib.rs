//! The macros of [platform-errors](https://docs.rs/platform-errors): `#[derive(PlatformError)]`
//! and `define_codes!`. Use them through the `platform-errors` crate, which re-exports them
//! with the runtime they target.
//!
//! Both parse into one model (`ast`), read attributes (`attr`), check meaning with spans
//! (`valid`) and generate code with one generator (`expand`); the DSL (`dsl`) only parses
//! differently.

mod ast;
mod attr;
mod dsl;
mod errors;
mod expand;
mod template;
mod valid;

use proc_macro::TokenStream;

/// Derives `PlatformError`, `Display` and `std::error::Error` for an error enum or struct
/// whose variants declare platform codes; see the `platform-errors` crate's documentation.
#[proc_macro_derive(PlatformError, attributes(code, message, advice, platform, from, source))]
pub fn derive_platform_error(input: TokenStream) -> TokenStream {
    derive(input.into()).into()
}

/// Declares catalogues of codes, one line per code; see the `platform-errors` crate's
/// documentation.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    define(input.into()).into()
}

/// The derive on `proc_macro2` tokens: never panics, reports every error it finds.
fn derive(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let input = match syn::parse2::<syn::DeriveInput>(tokens) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error(),
    };
    let is_union = matches!(input.data, syn::Data::Union(_));
    let model = ast::from_derive(input, &mut errors);
    if is_union {
        // A union gets no impls at all: they would only add errors about its traits.
        return errors.into_compile_errors();
    }
    generate(&model, errors)
}

/// `define_codes!` on `proc_macro2` tokens: never panics, reports every error it finds.
fn define(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let parsed = dsl::parse(tokens, &mut errors);
    let mut out = errors.into_compile_errors();
    for item in parsed {
        out.extend(generate(&item.input, item.errors));
    }
    out
}

/// Validates the model and generates its code, or the errors beside a fallback.
fn generate(model: &ast::Input, mut errors: errors::Errors) -> proc_macro2::TokenStream {
    valid::validate(model, &mut errors);
    if errors.is_empty() {
        expand::expand(model)
    } else {
        let mut out = errors.into_compile_errors();
        out.extend(expand::fallback(model));
        out
    }
}
