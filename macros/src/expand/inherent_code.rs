//! A derived catalogue's inherent `as_i64()` (`as_str()` for string codes), and the private
//! functions behind it and `entry()`. A DSL catalogue's is in `catalogue`, from its entry table.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream};
use quote::{quote, TokenStreamExt as _};

use super::{append_arm, append_unit_path, Gen};
use crate::model::CodeType;

impl Gen<'_> {
    /// A derived catalogue's `as_i64()` and the private functions behind it and `entry()`:
    /// one `match` gives the code, the message and the entry's index, which `as_i64`,
    /// `message`, `Display` and `entry` share, where hand-written code would compile a
    /// `match` each. A DSL catalogue has its `const fn as_i64` from its entry table.
    pub(super) fn inherent_code(&self) -> Option<TokenStream> {
        if !self.model.is_derived_catalogue() {
            return None;
        }
        let krate = self.krate;
        let option = &self.option;
        let header = self.inherent_header();
        // With `#[platform(debug)]`, the name too, for `Debug`. With a `#[cfg]` on a
        // variant, the entry's index in `ENTRIES` is not known here: the name finds it.
        let debug = self.model.debug;
        let by_name = self.variants().iter().any(|v| !v.cfgs.is_empty());
        let mut arms = TokenStream::new();
        for (index, (variant, declared)) in self.model.declared().enumerate() {
            append_arm(
                &mut arms,
                variant,
                |out| append_unit_path(out, variant),
                |out| {
                    let mut tuple = TokenStream::new();
                    tuple.append(declared.code.literal());
                    tuple.append(Punct::new(',', Spacing::Alone));
                    tuple.append(declared.text.message.declared_literal());
                    tuple.append(Punct::new(',', Spacing::Alone));
                    tuple.append(Literal::usize_suffixed(index));
                    if debug || by_name {
                        tuple.append(Punct::new(',', Spacing::Alone));
                        tuple.append(Literal::string(&variant.name()));
                    }
                    out.append(Group::new(Delimiter::Parenthesis, tuple));
                },
            );
        }
        let code_type = if self.model.code_type == CodeType::Str {
            quote!(&'static ::core::primitive::str)
        } else {
            quote!(::core::primitive::i64)
        };
        let (entry_type, debug_impl) = if debug || by_name {
            (
                quote!((#code_type, &'static ::core::primitive::str, ::core::primitive::usize, &'static ::core::primitive::str)),
                if debug {
                    self.impl_fmt(
                        &quote!(::core::fmt::Debug),
                        &[],
                        &quote!(__formatter.write_str(Self::__platform_errors_entry(self).3)),
                    )
                } else {
                    TokenStream::new()
                },
            )
        } else {
            (
                quote!((#code_type, &'static ::core::primitive::str, ::core::primitive::usize)),
                TokenStream::new(),
            )
        };
        let entries = quote!(<Self as #krate::Catalogue>::ENTRIES);
        let entry_of = if by_name {
            quote! {
                let __name = Self::__platform_errors_entry(self).3;
                #entries.iter().find(|__entry| __entry.name() == __name)
            }
        } else {
            quote!(#entries.get(Self::__platform_errors_entry(self).2))
        };
        let as_code = self.inherent_as_code(&quote!(Self::__platform_errors_entry(self).0));
        Some(quote! {
            #header {
                #as_code

                /// The code, the declared message and the index of the entry.
                #[doc(hidden)]
                #[inline]
                const fn __platform_errors_entry(&self) -> #entry_type {
                    match self { #arms }
                }

                /// The entry.
                #[doc(hidden)]
                #[inline]
                fn __platform_errors_entry_of(&self) -> #option<&'static #krate::Entry> {
                    #entry_of
                }
            }
            #debug_impl
        })
    }
}
