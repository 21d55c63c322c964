//! A `define_codes!` enum's own API: `TryFrom<i64>` for every enum with lookup; for a
//! catalogue (codes only) also `ALL`, `const fn entry`, `as_i64` and `message`, and `FromStr` by
//! variant name (`from_str.rs`). And the serde impls, which the runtime's `serde` feature
//! decides.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens as _, TokenStreamExt as _};

use super::{append_variant_path, push_predicate, Concat, Emit, Gen};
use crate::model::{CodeKind, CodeType, Shape};

impl Gen<'_> {
    pub(super) fn impl_catalogue(&self) -> TokenStream {
        let model = self.model;
        if !model.impls().dsl_api {
            return TokenStream::new();
        }
        let mut out = match self.model.code_type {
            CodeType::Int | CodeType::OfMember(_) => self.impl_try_from(),
            CodeType::Str => TokenStream::new(),
        };
        if model.shape == Shape::DslCatalogue {
            out.extend(self.inherent_catalogue());
            out.extend(self.impl_from_str());
            out.extend(self.impl_debug());
        }
        out
    }

    /// `Debug` as the variant's name, read from its entry: what a derived `Debug` writes
    /// for a unit variant, at a cost that does not grow with the square of the variants.
    fn impl_debug(&self) -> TokenStream {
        let body = if self.variants().is_empty() {
            quote!(match *self {})
        } else {
            quote!(__formatter.write_str(self.entry().name()))
        };
        self.impl_fmt(&quote!(::core::fmt::Debug), &[], &body)
    }

    fn impl_try_from(&self) -> TokenStream {
        let krate = self.krate;
        let type_name = self.type_name();
        // An umbrella of members only has their codes: `TryFrom<i64>` where those are
        // integers. A bound with a lifetime of its own is no trivial bound: where the member's
        // codes are strings, the impl is simply never had.
        let mut bounds: Vec<syn::WherePredicate> = Vec::new();
        // Members declared beside it: their kind is known, and the impl needs no bound (or,
        // for string codes, is not had at all).
        if self.model.member_kind == Some(CodeKind::Str) {
            return TokenStream::new();
        }
        if let (CodeType::OfMember(index), None) = (self.model.code_type, self.model.member_kind) {
            let ty = self.variants()[index].transparent().map(|field| &field.ty);
            push_predicate(
                &mut bounds,
                quote!(for<'__a> #ty: #krate::Catalogue<Code<'__a> = ::core::primitive::i64>),
            );
        }
        let header = self.impl_header(
            &quote!(::core::convert::TryFrom<::core::primitive::i64>),
            &bounds,
        );
        quote! {
            #header {
                type Error = #krate::UnknownCode;
                #[inline]
                fn try_from(__code: ::core::primitive::i64) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    match <Self as #krate::Catalogue>::from_code(__code) {
                        ::core::option::Option::Some(__found) => ::core::result::Result::Ok(__found),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode::new(__code, #type_name),
                        ),
                    }
                }
            }
        }
    }

    /// `ALL`, `entry`, `as_i64` and `message`. The variants carry no explicit discriminants,
    /// so a variant's discriminant is its index in `ALL` and in the entry table, `#[cfg]`s
    /// included: one table serves `code`, `message`, `advice` and `message_in`, where a
    /// `match` per method would cost the compiler a large function each.
    fn inherent_catalogue(&self) -> TokenStream {
        let krate = self.krate;
        let ident = &self.model.ident;
        // `Name::Variant` rather than `Self::Variant`: resolving `Self` costs the compiler
        // a lookup per element of a large array.
        let all = self.variants().iter().map(|variant| {
            Emit(move |out: &mut TokenStream| {
                Concat(&variant.cfgs).to_tokens(out);
                append_variant_path(out, ident, variant);
            })
        });
        let doc_all = format!("Every variant of `{ident}`, in declaration order.");
        let all_value = match &self.index_repr {
            None => quote!(&[#(#all),*]),
            Some(repr) => {
                // Written out, `ALL` names every variant, and rustc looks each name up by
                // searching the enum's variants: time with the square of the variants (10 s
                // of a 65,536-code catalogue's check). A table of the discriminants, read
                // as the enum, names none.
                let len = self.variants().len();
                quote!({
                    // Filled here, not by a function of the runtime's: with `crate = path`
                    // the runtime's path is the user's to choose.
                    #[allow(clippy::cast_possible_truncation)]
                    static INDEXES: [::core::primitive::#repr; #len] = {
                        let mut __table = [0; #len];
                        let mut __index = 0;
                        while __index < #len {
                            __table[__index] = __index as ::core::primitive::#repr;
                            __index += 1;
                        }
                        __table
                    };
                    const _: () = ::core::assert!(
                        ::core::mem::size_of::<#ident>() == ::core::mem::size_of::<::core::primitive::#repr>()
                            && ::core::mem::align_of::<#ident>()
                                == ::core::mem::align_of::<::core::primitive::#repr>()
                    );
                    // SAFETY: the enum is `#[repr(#repr)]` (the assertion above checks its
                    // size and alignment). Its variants have no fields and no explicit
                    // discriminant, and nothing but this macro can change them: no `cfg` or
                    // `cfg_attr` on a variant, and on the enum and its variants only
                    // built-in attributes that can't rewrite it (`Gen::find_index_repr`); the
                    // derives are named by their absolute paths. So the discriminants are
                    // `0..#len`, in declaration order, and `INDEXES`, filled just above,
                    // holds exactly those values in that order. An array of them is a valid
                    // `[Self; #len]`, and `INDEXES` is immutable and lives for the whole
                    // program.
                    unsafe { &*::core::ptr::addr_of!(INDEXES).cast::<[Self; #len]>() }
                })
            }
        };
        let all_name = &self.all_name;
        // The messages again, as a table of their own: `Display` and `message` read 16
        // bytes a variant, as from the table LLVM makes of a hand-written `match`, rather
        // than an entry's 112 (measured: 1.08× a hand-written `Display` at 5,000 codes in
        // random order when reading the entries).
        let messages = self.variants().iter().map(|variant| {
            Emit(move |out: &mut TokenStream| {
                Concat(&variant.cfgs).to_tokens(out);
                if let Some(declared) = variant.declared() {
                    out.append(declared.text.message.declared_literal());
                }
            })
        });
        let mut shared = TokenStream::new();
        let (entry, message) = if self.variants().is_empty() {
            (quote!(match *self {}), quote!(match *self {}))
        } else if self.shares_messages() {
            // The entry table's messages column too (`Gen::shares_messages`).
            let column = self.messages_column();
            shared = quote! {
                /// The declared messages, in declaration order.
                #[doc(hidden)]
                #[allow(clippy::large_stack_arrays)]
                const __PLATFORM_ERRORS_MESSAGES: &'static [&'static ::core::primitive::str] = #column;
            };
            (
                quote!(&<Self as #krate::Catalogue>::ENTRIES[*self as ::core::primitive::usize]),
                quote!(Self::__PLATFORM_ERRORS_MESSAGES[*self as ::core::primitive::usize]),
            )
        } else {
            // A constant of the function's own, which no variant's name can shadow.
            (
                quote!(&<Self as #krate::Catalogue>::ENTRIES[*self as ::core::primitive::usize]),
                quote! {
                    #[allow(clippy::large_stack_arrays)]
                    const MESSAGES: &[&::core::primitive::str] = &[#(#messages),*];
                    MESSAGES[*self as ::core::primitive::usize]
                },
            )
        };
        let header = self.inherent_header();
        let as_code = if self.model.code_type == CodeType::Str {
            self.inherent_as_code(&quote!(#krate::__private::str_code(self.entry())))
        } else {
            self.inherent_as_code(&quote!(#krate::__private::int_code(self.entry())))
        };
        quote! {
            // `&self`, so that the inherent methods win over `PlatformError`'s on a value and
            // on a reference alike.
            #[allow(clippy::trivially_copy_pass_by_ref)]
            #header {
                #[doc = #doc_all]
                #[allow(clippy::large_stack_arrays)]
                pub const #all_name: &'static [Self] = #all_value;

                #shared

                /// This code's entry in the catalogue: code, name, message, category,
                /// advice and translations; usable in `const` context.
                #[must_use]
                #[inline]
                pub const fn entry(&self) -> &'static #krate::Entry {
                    #entry
                }

                #as_code

                /// The declared message; usable in `const` context.
                #[must_use]
                #[inline]
                pub const fn message(&self) -> &'static ::core::primitive::str {
                    #message
                }
            }
        }
    }

    /// Serde impls where the type asks for them (`#[platform(serde)]`), through the
    /// runtime's `__impl_serde!`: the runtime's `serde` feature decides whether they can be
    /// had, and without it the macro is a compile error at `serde`. Nothing is emitted for
    /// a type that did not ask, so that no other crate's features can add impls to it.
    pub(super) fn impl_serde(&self) -> TokenStream {
        let Some(span) = self.model.serde else {
            return TokenStream::new();
        };
        // The whole invocation is at `serde` (the crate's path too, located there and
        // resolved as written), so that the runtime's error without the feature is there.
        let krate: TokenStream = self
            .krate
            .clone()
            .into_iter()
            .map(|mut tree| {
                tree.set_span(tree.span().located_at(span));
                tree
            })
            .collect();
        let ident = &self.model.ident;
        let cfgs = Concat(&self.model.cfgs);
        let mode = if !self.model.has_lookup() {
            match &self.model.envelope {
                Some(envelope) => {
                    let envelope = envelope.value(&krate);
                    quote!(serialize_in, #envelope)
                }
                None => quote!(serialize),
            }
        } else if self.model.has_response() {
            quote!(response)
        } else {
            let name = self.type_name();
            quote!(lookup, #name)
        };
        quote_spanned! {span=>
            #cfgs
            #krate::__impl_serde!(#ident, #mode);
        }
    }
}
