//! The entry table, `Catalogue::ENTRIES`: one `Entry` per declared variant, and each member's
//! entries in its place.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream};
use quote::{quote, ToTokens as _, TokenStreamExt as _};

use super::{language_pairs, Concat, Emit, Gen};
use crate::model::{Advice, CodeType, CodeValue, Declared, Kind, Shape};

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
                    let entries = self.member_item(variant, "ENTRIES");
                    Some(quote!(#cfgs #entries))
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
            const LEN: ::core::primitive::usize = #krate::__private::count_entries(PARTS);
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
            (
                quote!(&'static ::core::primitive::str),
                quote!(#krate::Code::Str(__code)),
            )
        } else {
            (
                quote!(::core::primitive::i64),
                quote!(#krate::Code::Int(__code)),
            )
        };
        quote! {{
            type __Advice = #krate::Advice;
            #[allow(dead_code)]
            const fn __entry(__code: #code_param, __name: &'static ::core::primitive::str, __message: &'static ::core::primitive::str) -> #krate::Entry {
                #krate::Entry::with_code(#code, __name, __message) #type_builders
            }
            #[allow(dead_code)]
            const fn __entry_with(
                __code: #code_param,
                __name: &'static ::core::primitive::str,
                __message: &'static ::core::primitive::str,
                __advice: __Advice,
                __translations: &'static [(&'static ::core::primitive::str, &'static ::core::primitive::str)],
            ) -> #krate::Entry {
                __entry(__code, __name, __message).with_advice(__advice).with_translations(__translations)
            }
            &[#(#entries),*]
        }}
    }

    /// Whether the entry table is three columns of literals and one call (see
    /// [`Gen::entry_columns`]): a type whose entries are plain (no advice, translation or
    /// entry data of their own: `EntryData::is_default`), with no `#[cfg]` on a variant.
    pub(super) fn has_entry_columns(&self) -> bool {
        let mut declared = self.model.declared().peekable();
        declared.peek().is_some()
            && declared.all(|(variant, declared)| {
                variant.cfgs.is_empty()
                    && declared.text.advice == Advice::None
                    && !declared.text.has_languages()
                    && declared.text.entry.is_default()
            })
    }

    /// Whether the messages column is a constant of the type's own,
    /// `__PLATFORM_ERRORS_MESSAGES`, which `message` or `Display` also reads: the messages
    /// are then written once in the expansion, not twice.
    pub(super) fn shares_messages(&self) -> bool {
        self.has_entry_columns()
            && !self.model.has_transparent()
            && (self.model.shape == Shape::DslCatalogue || self.has_derived_messages())
    }

    /// The declared messages as an array literal, `&["...", ...]`: the messages column.
    pub(super) fn messages_column(&self) -> TokenStream {
        let mut messages = TokenStream::new();
        for (_, declared) in self.model.declared() {
            messages.append(declared.text.message.declared_literal());
            messages.append(Punct::new(',', Spacing::Alone));
        }
        let mut out = TokenStream::new();
        out.append(Punct::new('&', Spacing::Alone));
        out.append(Group::new(Delimiter::Bracket, messages));
        out
    }

    /// The entry table as three columns of literals (codes, names, messages) and one call
    /// that makes the entries, where [`Gen::has_entry_columns`]: checking that costs the
    /// compiler a quarter of a call per entry. The compiler makes the entries when it
    /// checks the crate (every constant is evaluated), writing each once, in order
    /// (`entry::Table` in the runtime): 65,536 entries take about 1.3 s, where a call per
    /// entry took 3.6 s and columns filled in place 13 s.
    fn entry_columns(&self) -> Option<TokenStream> {
        if !self.has_entry_columns() {
            return None;
        }
        let krate = self.krate;
        let (mut codes, mut names) = (TokenStream::new(), TokenStream::new());
        let comma = || Punct::new(',', Spacing::Alone);
        let mut len = 0usize;
        for (variant, declared) in self.model.declared() {
            codes.append(declared.code.literal());
            codes.append(comma());
            names.append(Literal::string(&variant.name()));
            names.append(comma());
            len += 1;
        }
        let messages = if self.shares_messages() {
            quote!(Self::__PLATFORM_ERRORS_MESSAGES)
        } else {
            self.messages_column()
        };
        let type_builders = self.type_builders();
        let base = quote!(#krate::Entry::new(0, "", "") #type_builders);
        let from_columns = if self.model.code_type == CodeType::Str {
            quote!(entries_from_str_columns)
        } else {
            quote!(entries_from_columns)
        };
        Some(quote! {
            &#krate::__private::#from_columns::<#len>(
                &[#codes], &[#names], #messages, #base,
            )
        })
    }
}
