//! `FromStr` of a `define_codes!` catalogue: by its string codes first (a catalogue of string
//! codes), then by variant name, through a table of the names hashed at expansion
//! (`str_table.rs`) or a binary search of the names sorted here.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream};
use quote::{quote, TokenStreamExt as _};

use super::{append_variant_path, Gen};
use crate::model::{CodeType, Variant};

impl Gen<'_> {
    /// `FromStr` by variant name. From 8 variants without a `#[cfg]`, a table of the names
    /// hashed at expansion, searched as string codes are (`str_table.rs`,
    /// `__private::index_named_hashed`): one hash and about one comparison, where the binary
    /// search below took 23.5 ns at 150 names, 110 ns at 1,000 and 160 ns at 5,000 (a
    /// comparison a step, each a call to `memcmp` and a branch that mispredicts). Otherwise a
    /// binary search of the entries in the order of their names, through a table of
    /// indexes sorted here, at expansion (`order_by_name`): with a `#[cfg]` on a variant (the
    /// indexes are discriminants, a list), below 8 variants, and past the 32,766 names a
    /// table's 16-bit slots can number. A `match` on thousands of strings costs the compiler
    /// seconds, and a scan of the entries costs each call time with the variants: all 65,536
    /// names of a catalogue parsed in 6.6 s by scanning, in 0.1 s by searching (release, in
    /// random order). The integers of either table are packed in one byte string: one
    /// token, not two an entry (a list of integers cost 0.2 s and 15 MiB of `cargo check` at
    /// 65,536 codes, `(name, index)` pairs 0.3 s and 46 MiB).
    pub(super) fn impl_from_str(&self) -> TokenStream {
        let krate = self.krate;
        let type_name = self.type_name();
        let header = self.impl_header(&quote!(::core::str::FromStr), &[]);
        let all_name = &self.all_name;
        // A variant's index is its place in `ALL` and the entries. Without `#[cfg]`s that is
        // its place in the declaration; with them, its discriminant, which counts only the
        // variants compiled in.
        let any_cfg = self
            .variants()
            .iter()
            .any(|variant| !variant.cfgs.is_empty());
        let by_name = if any_cfg {
            self.by_name_with_cfgs()
        } else if let Some(table) = self.find_names_table() {
            self.index_by_names_table(&table)
        } else {
            // Byte strings: one token, where a list of numbers is two an entry.
            let len = self.variants().len();
            let width = match len {
                0..=0x100 => 1,
                0x101..=0x1_0000 => 2,
                _ => 4,
            };
            let mut bytes = Vec::with_capacity(len * width);
            for index in order_by_name(self.variants()) {
                let index = u32::try_from(index).unwrap_or(u32::MAX);
                bytes.extend_from_slice(&index.to_le_bytes()[..width]);
            }
            let bytes = Literal::byte_string(&bytes);
            let width = Literal::usize_unsuffixed(width);
            quote! {
                const BY_NAME: &[::core::primitive::u8] = #bytes;
                #krate::__private::index_named_packed::<#width>(<Self as #krate::Catalogue>::ENTRIES, BY_NAME, __name)
            }
        };
        // A string catalogue's codes, aliases included, come first: what the platform sends
        // parses, as serde reads it.
        let (by_code, of_codes) = if self.model.code_type == CodeType::Str {
            let some = &self.some;
            (
                quote! {
                    if let #some(__found) = <Self as #krate::Catalogue>::from_code(__name) {
                        return ::core::result::Result::Ok(__found);
                    }
                },
                quote!(.of_codes_too()),
            )
        } else {
            (TokenStream::new(), TokenStream::new())
        };
        quote! {
            #header {
                type Err = #krate::UnknownVariant;
                fn from_str(__name: &::core::primitive::str) -> ::core::result::Result<Self, #krate::UnknownVariant> {
                    #by_code
                    // A constant of the function's own, which no variant's name can shadow.
                    #by_name
                        .and_then(|__index| Self::#all_name.get(__index).copied())
                        .ok_or(#krate::UnknownVariant::new(#type_name)#of_codes)
                }
            }
        }
    }

    /// `FromStr`'s table of indexes in the order of the names, for a type with a `#[cfg]`
    /// on a variant: each index is the variant's discriminant, which counts only the
    /// variants compiled in, and each is under its variant's `#[cfg]`s.
    fn by_name_with_cfgs(&self) -> TokenStream {
        let krate = self.krate;
        let ident = &self.model.ident;
        let mut order = TokenStream::new();
        for index in order_by_name(self.variants()) {
            let variant = &self.variants()[index];
            order.append_all(&variant.cfgs);
            // In parentheses: a `#[cfg]` before `Name::Variant as u32` would be an
            // attribute on the path alone.
            let mut cast = TokenStream::new();
            append_variant_path(&mut cast, ident, variant);
            cast.extend(quote!(as ::core::primitive::u32));
            order.append(Group::new(Delimiter::Parenthesis, cast));
            order.append(Punct::new(',', Spacing::Alone));
        }
        quote! {
            #[allow(clippy::large_stack_arrays)]
            const BY_NAME: &[::core::primitive::u32] = &[#order];
            #krate::__private::index_named(<Self as #krate::Catalogue>::ENTRIES, BY_NAME, __name)
        }
    }
}

/// The indexes of the variants in the order of their names without `r#` (`r#type` as
/// `type`), as `str`s compare, byte by byte: the order the runtime's `index_named` searches.
fn order_by_name(variants: &[Variant]) -> Vec<usize> {
    let mut names: Vec<(String, usize)> = Vec::with_capacity(variants.len());
    for (index, variant) in variants.iter().enumerate() {
        // `Variant::name` is without `r#`, as the entries hold it.
        names.push((variant.name(), index));
    }
    names.sort_unstable();
    let mut order = Vec::with_capacity(names.len());
    for (_, index) in names {
        order.push(index);
    }
    order
}

#[cfg(test)]
mod tests {
    use proc_macro2::{TokenStream, TokenTree};
    use quote::{format_ident, quote};

    use super::order_by_name;

    fn compact(tokens: &TokenStream) -> String {
        tokens.to_string().split_whitespace().collect()
    }

    fn model(tokens: TokenStream) -> crate::model::Model {
        let mut errors = crate::errors::Errors::default();
        let mut parsed = crate::dsl::parse(tokens, &mut errors);
        assert!(errors.is_empty() && parsed.len() == 1);
        let mut parsed = parsed.remove(0);
        let model = crate::resolve::resolve(parsed.input, &mut parsed.errors);
        assert!(parsed.errors.is_empty());
        model
    }

    /// The indexes of the packed table `BY_NAME` (a byte string, `width` bytes an index).
    fn packed_by_name(tokens: TokenStream, width: usize) -> Vec<usize> {
        let bytes = syn::parse2::<syn::LitByteStr>(
            TokenTree::Literal(literal_after(tokens, "BY_NAME")).into(),
        )
        .expect("a byte string")
        .value();
        bytes
            .chunks(width)
            .map(|chunk| {
                chunk
                    .iter()
                    .rev()
                    .fold(0, |index, byte| index << 8 | usize::from(*byte))
            })
            .collect()
    }

    /// The table `BY_NAME` of a `FromStr` impl, compacted.
    fn by_name(out: &str) -> &str {
        let from_str = out
            .split("fnfrom_str(__name:&::core::primitive::str)")
            .nth(1)
            .expect("a FromStr impl");
        from_str
            .split("constBY_NAME:&[::core::primitive::u32]=&[")
            .nth(1)
            .and_then(|rest| rest.split("];").next())
            .expect("a table of indexes")
    }

    #[test]
    fn variants_in_the_order_of_their_names_raw_identifiers_without_r_hash() {
        let model = model(quote! {
            pub enum Names {
                Zeta = 1 => "z",
                r#type = 2 => "t",
                Alpha = 3 => "a",
                alpha = 4 => "a",
                r#Beta = 5 => "b",
                Café = 6 => "c",
                ABC = 7 => "abc",
                r#typ = 8 => "typ",
            }
        });
        let order = order_by_name(&model.variants);
        let names: Vec<String> = order.iter().map(|&i| model.variants[i].name()).collect();
        assert_eq!(
            names,
            ["ABC", "Alpha", "Beta", "Café", "Zeta", "alpha", "typ", "type"]
        );
    }

    /// The first literal after the identifier `name` in `tokens`.
    fn literal_after(tokens: TokenStream, name: &str) -> proc_macro2::Literal {
        fn flatten(tokens: TokenStream, out: &mut Vec<TokenTree>) {
            for token in tokens {
                if let TokenTree::Group(group) = &token {
                    flatten(group.stream(), out);
                }
                out.push(token);
            }
        }
        let mut flat = Vec::new();
        flatten(tokens, &mut flat);
        let at = flat
            .iter()
            .position(|token| matches!(token, TokenTree::Ident(ident) if ident == name))
            .unwrap_or_else(|| panic!("{name}"));
        flat[at..]
            .iter()
            .find_map(|token| match token {
                TokenTree::Literal(literal) => Some(literal.clone()),
                _ => None,
            })
            .expect("a literal")
    }

    /// `define_codes!` of `pub enum Many`, its `n` variants declared from `N{n - 1}` down to
    /// `N0`, each with its number as its code.
    fn declared_backwards(n: i64) -> TokenStream {
        let body: TokenStream = (0..n)
            .rev()
            .map(|i| {
                let name = format_ident!("N{i}");
                quote!(#name = #i => "m",)
            })
            .collect();
        crate::define(quote!(pub enum Many { #body }))
    }

    #[test]
    fn from_str_searches_a_table_of_hashed_names() {
        let tokens = declared_backwards(300);
        let out = compact(&tokens);
        assert!(
            out.contains("::platform_errors::__private::index_named_hashed(<Selfas::platform_errors::Catalogue>::ENTRIES,NAME_SLOTS,"),
            "{out}"
        );
        assert!(!out.contains("BY_NAME"), "no binary search");
        assert!(!out.contains("Many::N1as"), "the table names no variant");
        // The runtime finds every name at its declaration's index, and nothing else.
        let slots = syn::parse2::<syn::LitByteStr>(
            TokenTree::Literal(literal_after(tokens.clone(), "NAME_SLOTS")).into(),
        )
        .expect("a byte string")
        .value();
        assert!((slots.len() / 4).is_power_of_two() && slots.len() / 4 >= 600);
        let seed = out
            .split("NAME_SLOTS,")
            .nth(1)
            .and_then(|rest| rest.split("u64").next())
            .and_then(|seed| seed.parse::<u64>().ok())
            .expect("the seed");
        let names: Vec<String> = (0..300).rev().map(|i| format!("N{i}")).collect();
        let entries: Vec<platform_errors::Entry> = names
            .iter()
            .map(|name| {
                platform_errors::Entry::new(0, Box::leak(name.clone().into_boxed_str()), "m")
            })
            .collect();
        let find = |name: &str| {
            platform_errors::__private::index_named_hashed(&entries, &slots, seed, name)
        };
        for (index, name) in names.iter().enumerate() {
            assert_eq!(find(name), Some(index), "{name}");
        }
        for unknown in ["", "N", "N300", "n1", "N1 ", "N01", "M1"] {
            assert_eq!(find(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn from_str_searches_a_packed_table_of_indexes() {
        // Below 8 variants, a binary search through one byte an index.
        let small =
            crate::define(quote!(pub enum Few { B = 1 => "b", A = 2 => "a", C = 3 => "c" }));
        assert!(compact(&small).contains("index_named_packed::<1>"));
        assert_eq!(packed_by_name(small, 1), [1, 0, 2]);
    }

    /// Past the names a table's 16-bit slots can number (32,766), the binary search, two
    /// bytes an index.
    #[test]
    fn past_the_table_s_reach_names_are_searched() {
        let tokens = declared_backwards(33_000);
        let order = packed_by_name(tokens, 2);
        let mut names: Vec<String> = (0..33_000).map(|i| format!("N{i}")).collect();
        names.sort();
        let expected: Vec<usize> = names
            .iter()
            .map(|name| 32_999 - name[1..].parse::<usize>().unwrap())
            .collect();
        assert_eq!(order, expected);
    }

    #[test]
    fn with_cfgs_the_index_is_the_discriminant() {
        let out = compact(&crate::define(quote! {
            pub enum Partial {
                B = 1 => "b",
                #[cfg(any())]
                A = 2 => "a",
                C = 3 => "c",
            }
        }));
        assert_eq!(
            by_name(&out),
            "#[cfg(any())](Partial::Aas::core::primitive::u32),(Partial::Bas::core::primitive::u32),(Partial::Cas::core::primitive::u32),"
        );
    }
}
