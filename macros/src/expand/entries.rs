//! The entry table, `Catalogue::ENTRIES`: one `Entry` per declared variant, and each member's
//! entries in its place.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream};
use quote::{quote, ToTokens as _, TokenStreamExt as _};

use super::{language_pairs, Concat, Emit, Gen};
use crate::model::{Advice, CodeType, CodeValue, Declared, Kind};

impl Gen<'_> {
    /// The value of `ENTRIES`.
    pub(super) fn entries(&self) -> TokenStream {
        let krate = self.krate;
        if !self.model.has_transparent() {
            return self.entry_table();
        }
        let parts = self.variants().iter().filter_map(|variant| {
            let cfgs = Concat(&variant.cfgs);
            match &variant.kind {
                Kind::Transparent { .. } => {
                    let ty = self.member_type(variant);
                    Some(quote!(#cfgs #ty::ENTRIES))
                }
                Kind::Declared(declared) => {
                    let entry = self.entry(variant.name(), declared);
                    Some(quote!(#cfgs &[#entry]))
                }
                Kind::CatchAll { .. } | Kind::Local(_) => None,
            }
        });
        let no_lookup = self.no_lookup();
        quote! {{
            #no_lookup
            const PARTS: &[&[#krate::Entry]] = &[#(#parts),*];
            const LEN: usize = #krate::__private::count_entries(PARTS);
            const ALL: [#krate::Entry; LEN] = #krate::__private::concat_entries::<LEN>(PARTS);
            &ALL
        }}
    }

    /// One entry, built with `Entry`'s public builders.
    pub(super) fn entry(&self, name: String, declared: &Declared) -> TokenStream {
        let krate = self.krate;
        let code = &declared.code;
        let text = declared.text.message.declared_literal();
        let mut entry = match code {
            CodeValue::Int(_) => quote!(#krate::Entry::new(#code, #name, #text)),
            CodeValue::Str(_) => {
                let code = code.runtime(krate);
                quote!(#krate::Entry::with_code(#code, #name, #text))
            }
        };
        entry.extend(self.type_builders());
        if declared.text.advice != Advice::None {
            let advice = Ident::new(declared.text.advice.variant(), Span::call_site());
            entry.extend(quote!(.with_advice(#krate::Advice::#advice)));
        }
        if declared.text.has_languages() {
            let pairs = language_pairs(&declared.text);
            entry.extend(quote!(.with_translations(&[#pairs])));
        }
        entry.extend(declared.text.entry.builders());
        entry
    }

    /// `.with_category(...)` and `.with_docs(...)`: what the type declares for every entry.
    fn type_builders(&self) -> TokenStream {
        let mut out = TokenStream::new();
        if let Some(category) = &self.model.category {
            out.extend(quote!(.with_category(#category)));
        }
        if let Some(docs) = &self.model.docs {
            out.extend(quote!(.with_docs(#docs)));
        }
        out
    }

    /// The entry table of a type without members. Every entry is one call of a local
    /// `const fn` whose parameters are all typed, with the type's category inside it, and
    /// with three arguments when advice and translations are the defaults: type-checking a
    /// large catalogue's table then infers nothing per entry.
    fn entry_table(&self) -> TokenStream {
        if let Some(columns) = self.entry_columns() {
            return columns;
        }
        let krate = self.krate;
        let entries = self.model.declared().map(|(variant, declared)| {
            Emit(move |out: &mut TokenStream| {
                Concat(&variant.cfgs).to_tokens(out);
                let mut args = TokenStream::new();
                args.append(declared.code.literal());
                args.append(Punct::new(',', Spacing::Alone));
                args.append(Literal::string(&variant.name()));
                args.append(Punct::new(',', Spacing::Alone));
                args.append(declared.text.message.declared_literal());
                let function =
                    if declared.text.advice == Advice::None && !declared.text.has_languages() {
                        "__entry"
                    } else {
                        let advice = Ident::new(declared.text.advice.variant(), Span::call_site());
                        let pairs = language_pairs(&declared.text);
                        args.extend(quote!(, __Advice::#advice, &[#pairs]));
                        "__entry_with"
                    };
                out.append(Ident::new(function, Span::call_site()));
                out.append(Group::new(Delimiter::Parenthesis, args));
                out.extend(declared.text.entry.builders());
            })
        });
        let type_builders = self.type_builders();
        let (code_param, code) = if self.model.code_type == CodeType::Str {
            (quote!(&'static str), quote!(#krate::Code::Str(__code)))
        } else {
            (quote!(i64), quote!(#krate::Code::Int(__code)))
        };
        quote! {{
            type __Advice = #krate::Advice;
            #[allow(dead_code)]
            const fn __entry(__code: #code_param, __name: &'static str, __message: &'static str) -> #krate::Entry {
                #krate::Entry::with_code(#code, __name, __message) #type_builders
            }
            #[allow(dead_code)]
            const fn __entry_with(
                __code: #code_param,
                __name: &'static str,
                __message: &'static str,
                __advice: __Advice,
                __translations: &'static [(&'static str, &'static str)],
            ) -> #krate::Entry {
                __entry(__code, __name, __message).with_advice(__advice).with_translations(__translations)
            }
            &[#(#entries),*]
        }}
    }

    /// The entry table as three columns of literals (codes, names, messages) and one call
    /// that makes the entries, for a type whose entries are plain (no advice, translation
    /// or entry data of their own: `EntryData::is_default`), with no `#[cfg]` on a variant,
    /// and fewer than [`MAX_COLUMN_ENTRIES`]: checking that costs the compiler a quarter of a call per
    /// entry. Making the entries is a loop the compiler runs only where the table is used
    /// (a release build, a constant); each of its writes costs more as the table grows.
    fn entry_columns(&self) -> Option<TokenStream> {
        let krate = self.krate;
        let declared: Vec<_> = self.model.declared().collect();
        let plain = declared.iter().all(|(variant, declared)| {
            variant.cfgs.is_empty()
                && declared.text.advice == Advice::None
                && !declared.text.has_languages()
                && declared.text.entry.is_default()
        });
        if !plain || declared.is_empty() || declared.len() >= MAX_COLUMN_ENTRIES {
            return None;
        }
        let (mut codes, mut names, mut messages) =
            (TokenStream::new(), TokenStream::new(), TokenStream::new());
        let comma = || Punct::new(',', Spacing::Alone);
        for (variant, declared) in &declared {
            codes.append(declared.code.literal());
            codes.append(comma());
            names.append(Literal::string(&variant.name()));
            names.append(comma());
            messages.append(declared.text.message.declared_literal());
            messages.append(comma());
        }
        let len = declared.len();
        let type_builders = self.type_builders();
        let base = quote!(#krate::Entry::new(0, "", "") #type_builders);
        let from_columns = if self.model.code_type == CodeType::Str {
            quote!(entries_from_str_columns)
        } else {
            quote!(entries_from_columns)
        };
        Some(quote! {
            &#krate::__private::#from_columns::<#len>(
                &[#codes], &[#names], &[#messages], #base,
            )
        })
    }
}

/// From this many entries the table is a call per entry (see `Gen::entry_columns`):
/// measured, making 65,536 entries from columns took 5.2 s, the calls 3.0 s.
const MAX_COLUMN_ENTRIES: usize = 2048;
