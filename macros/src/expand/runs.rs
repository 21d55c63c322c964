//! `from_code` of a catalogue other than by a `match`: by a perfect hash of its codes
//! (`lookup_table.rs`) where one is found, and otherwise a binary search over the runs of
//! consecutive codes (a tree of `if`s for a `define_codes!` catalogue from 256 codes, a table
//! for any catalogue from 2,048 codes), where a `match` would be one arm per code; and, from
//! 2,048 codes or with a perfect hash in a derived catalogue, how the variant at an index is
//! found without naming every variant in one place.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, TokenStreamExt as _};
use syn::ext::IdentExt as _;

use super::lookup_table::PerfectHash;
use super::{append_arm, append_variant_path, Gen};
use crate::model::{CodeType, CodeValue, Variant};

/// When `from_code` searches runs of consecutive codes instead of matching codes: from
/// this many codes, in runs of this mean length. Measured (`cargo bench -p
/// platform-errors-bench`) on catalogues with runs of 21 codes on average: the search takes
/// 0.96× a `match`'s time at 150 codes, 0.83× at 1,000 and 0.29× at 5,000. Below a few
/// hundred codes LLVM turns a `match` into one range test and a table read, which a search
/// can't beat.
const MIN_CODES_FOR_RUNS: usize = 256;
const MIN_MEAN_RUN: usize = 4;

/// From this many codes the runs are a table searched by the runtime's `find_run`, rather
/// than a tree of `if`s. Measured with codes probed in random order, half unknown, on
/// catalogues with runs of 21 codes on average: at 5,000 codes the table takes 65 µs where
/// the tree took 203 µs and a hand-written `match` 125 µs (in declaration order: 65, 18 and
/// 71 µs); at 1,000 codes the table took 8.9 µs, the tree 4.0 µs and the `match` 3.5 µs.
const MIN_CODES_FOR_TABLE: usize = 2048;

/// Up to this many variants, `__platform_errors_variant` is one `match`, which LLVM compiles
/// to a comparison and an addition; past it, chunks of [`VARIANTS_PER_CHUNK`], each a function
/// picked by a jump on the index's high byte, which costs a lookup more. Measured on the
/// derived catalogues of the benchmarks (random order, half unknown), in alternating runs
/// of the two builds: at 1,000 codes one `match` took 0.33–0.34× the hand-written
/// `from_code`'s time where the chunks took 0.50–0.53× (string codes: 8.1–8.8 ns against
/// 10.7–10.9), and `cargo check` the same time (0.180–0.185 s against 0.180–0.193 s); at
/// 5,000 codes one `match` cost `cargo check` 0.09 s more (1.39–1.42 s against 1.31–1.32 s,
/// 1.08× the hand-written enum's instead of 1.02×), since checking a `match`'s patterns grows
/// faster than its arms.
const MAX_VARIANTS_IN_ONE_MATCH: usize = 2048;

/// Variants per function of `__platform_errors_variant`: all the values of a `u8`.
const VARIANTS_PER_CHUNK: usize = 256;

/// A run of consecutive codes declared in a row: its first code, the index of its first
/// variant, and its length.
type Run = (i64, usize, usize);

/// How a catalogue's `from_code` searches its runs.
pub(super) enum RunSearch {
    /// A tree of `if`s, each leaf a range test and a read of `ALL`.
    Tree(Vec<Run>),
    /// A sorted table searched by the runtime's `find_run`; the variant at an index is read
    /// from `ALL` (a DSL catalogue) or a `match` (`__platform_errors_variant`, a derived one).
    Table(Vec<Run>),
    /// A perfect hash (`lookup_table.rs`), read by the runtime's `find_hashed`; the variant
    /// at an index is read as for [`RunSearch::Table`]. `large`: the catalogue has at least
    /// [`MIN_CODES_FOR_TABLE`] codes, where a DSL catalogue's `ALL` is a table of
    /// discriminants.
    Hash { hash: PerfectHash, large: bool },
}

impl RunSearch {
    /// Whether the catalogue has at least [`MIN_CODES_FOR_TABLE`] codes (and no `#[cfg]`s):
    /// a DSL catalogue's `ALL` may then be a table of discriminants.
    pub(super) fn is_large(&self) -> bool {
        matches!(
            self,
            RunSearch::Table(_) | RunSearch::Hash { large: true, .. }
        )
    }

    /// Whether `from_code` finds an index, and reads the variant there.
    pub(super) fn reads_index(&self) -> bool {
        matches!(self, RunSearch::Table(_) | RunSearch::Hash { .. })
    }
}

impl Gen<'_> {
    /// Whether `from_code` of this catalogue searches runs of consecutive codes rather than
    /// matching codes, and how. Only for a catalogue with no `#[cfg]` on its variants: by a
    /// perfect hash, where one is found (`lookup_table.rs`); otherwise as a
    /// table, for any catalogue of at least [`MIN_CODES_FOR_TABLE`] codes; as a tree, for a
    /// DSL catalogue of at least [`MIN_CODES_FOR_RUNS`] codes in runs of at least
    /// [`MIN_MEAN_RUN`] on average.
    pub(super) fn find_run_search(&self) -> Option<RunSearch> {
        let dsl = self.model.is_dsl_catalogue();
        if !(dsl || self.model.is_derived_catalogue())
            || self.model.code_type != CodeType::Int
            || self.variants().iter().any(|v| !v.cfgs.is_empty())
        {
            return None;
        }
        // The first variant of each code, by code.
        let mut first_of: HashMap<i64, usize> = HashMap::new();
        for (index, variant) in self.variants().iter().enumerate() {
            if let Some(CodeValue::Int(code)) = variant.declared().map(|d| &d.code) {
                first_of.entry(*code).or_insert(index);
            }
        }
        let mut firsts: Vec<(i64, usize)> = first_of.into_iter().collect();
        firsts.sort_unstable();
        let codes = firsts.len();
        let mut by_index: Vec<i64> = Vec::with_capacity(self.variants().len());
        for variant in self.variants() {
            if let Some(CodeValue::Int(code)) = variant.declared().map(|declared| &declared.code) {
                by_index.push(*code);
            }
        }
        if by_index.len() == self.variants().len() {
            if let Some(hash) = PerfectHash::find(&firsts, &by_index) {
                return Some(RunSearch::Hash {
                    hash,
                    large: codes >= MIN_CODES_FOR_TABLE,
                });
            }
        }
        let mut runs: Vec<Run> = Vec::new();
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
        // A derived catalogue has no `ALL` for the tree to read, and its `match` is as fast
        // as the tree: it takes the table alone.
        let min_codes = if dsl {
            MIN_CODES_FOR_RUNS
        } else {
            MIN_CODES_FOR_TABLE
        };
        // From 2,048 codes the table is used however short the runs: a binary search over
        // codes declared one by one still beats a `match`, which at that size costs the
        // compiler time with the square of the arms.
        if codes >= MIN_CODES_FOR_TABLE {
            Some(RunSearch::Table(runs))
        } else if codes >= min_codes && runs.len() * MIN_MEAN_RUN <= codes {
            Some(RunSearch::Tree(runs))
        } else {
            None
        }
    }

    /// The integer type whose values `0..N` are a DSL catalogue's variants, for a catalogue
    /// whose `from_code` searches a table of runs: its enum is `#[repr]` of that type, and
    /// its `ALL` is a table of those integers (see `inherent_catalogue`).
    ///
    /// Only where nothing but this macro can change the enum: on the enum and its variants
    /// only built-in attributes that can't rewrite it or drop a variant (doc comments, lint
    /// levels, `deprecated`, and on the enum `must_use` and `non_exhaustive`). An attribute
    /// macro, or a `derive` (a name a `use` can give to one), could renumber or drop
    /// variants; a `cfg_attr` may hide a `cfg`; a `repr` would conflict with this one.
    /// Otherwise `ALL` names the variants: slower to compile, and no `unsafe`.
    pub(super) fn find_index_repr(&self) -> Option<Ident> {
        const ON_VARIANTS: [&str; 7] = [
            "doc",
            "allow",
            "warn",
            "deny",
            "forbid",
            "expect",
            "deprecated",
        ];
        const ON_THE_ENUM: [&str; 2] = ["must_use", "non_exhaustive"];
        if !self.model.is_dsl_catalogue()
            || self.model.no_unsafe
            || !self.run_search.as_ref().is_some_and(RunSearch::is_large)
        {
            return None;
        }
        let built_in = |attr: &syn::Attribute, also: &[&str]| {
            attr.path().get_ident().is_some_and(|ident| {
                let name = ident.unraw().to_string();
                ON_VARIANTS.contains(&name.as_str()) || also.contains(&name.as_str())
            })
        };
        let sealed = self
            .model
            .passthrough
            .iter()
            .all(|attr| built_in(attr, &ON_THE_ENUM))
            && self
                .variants()
                .iter()
                .all(|variant| variant.passthrough.iter().all(|attr| built_in(attr, &[])));
        if !sealed {
            return None;
        }
        let name = if self.variants().len() <= 1 << 16 {
            "u16"
        } else {
            "u32"
        };
        Some(Ident::new(name, Span::call_site()))
    }

    /// The body of `from_code` for a search over runs.
    pub(super) fn lookup_by_runs(&self, search: &RunSearch) -> TokenStream {
        match search {
            RunSearch::Tree(runs) => self.run_tree(runs),
            RunSearch::Table(runs) => self.run_table(runs),
            RunSearch::Hash { hash, .. } => self.read_hashed(hash),
        }
    }

    /// `from_code` by a perfect hash: the variant at the index the hash gives is read
    /// whatever the comparison of its code says, and the comparison picks the answer, which
    /// LLVM compiles to a conditional move rather than a branch on the code probed.
    fn read_hashed(&self, hash: &PerfectHash) -> TokenStream {
        let none = &self.none;
        let find = hash.lookup(self.krate);
        let value = if self.model.is_dsl_catalogue() {
            let all_name = &self.all_name;
            quote!(Self::#all_name.get(__index).copied())
        } else {
            quote!(Self::__platform_errors_variant(__index))
        };
        quote! {
            let (__index, __found) = #find;
            let __value = #value;
            if __found { __value } else { #none }
        }
    }

    /// `from_code`'s end for a search that finds an index: the variant there, read from
    /// `ALL` (a DSL catalogue) or `__platform_errors_variant` (a derived one).
    fn read_index(&self, find: &TokenStream) -> TokenStream {
        let (some, none) = (&self.some, &self.none);
        let found = if self.model.is_dsl_catalogue() {
            let all_name = &self.all_name;
            quote!(#some(Self::#all_name[__index]))
        } else {
            quote!(Self::__platform_errors_variant(__index))
        };
        quote! {
            match #find {
                #some(__index) => #found,
                #none => #none,
            }
        }
    }

    /// The runs as a sorted table, searched by the runtime's `find_run`.
    fn run_table(&self, runs: &[Run]) -> TokenStream {
        let krate = self.krate;
        let rows = runs.iter().map(|&(first, start, len)| {
            let start = u32::try_from(start).unwrap_or(u32::MAX);
            let len = u32::try_from(len).unwrap_or(u32::MAX);
            quote!((#first, #start, #len))
        });
        self.read_index(&quote!({
            const RUNS: &[(::core::primitive::i64, ::core::primitive::u32, ::core::primitive::u32)] = &[#(#rows),*];
            #krate::__private::find_run(RUNS, __code)
        }))
    }

    /// `__platform_errors_variant(index)`: the variant declared at `index`, for a derived
    /// catalogue whose `from_code` searches a table of runs. (A DSL catalogue reads its
    /// `ALL`, which it builds without naming each variant: see `inherent_catalogue`.)
    ///
    /// One `match` up to [`MAX_VARIANTS_IN_ONE_MATCH`] variants. Past it, a `match` of 256
    /// arms in each chunk of [`VARIANTS_PER_CHUNK`] variants, each chunk a function of its
    /// own, picked by a `match` on the chunk's number: measured at 65,536 variants, one
    /// `match` of every index took 17 s to check, the chunks 3 s.
    pub(super) fn impl_variant_by_index(&self) -> TokenStream {
        let (option, some, none) = (&self.option, &self.some, &self.none);
        let ident = &self.model.ident;
        // Each variant's arm, its index in `variants` as the pattern.
        let arms_of = |variants: &[Variant], pattern: &dyn Fn(usize) -> Literal| {
            let mut arms = TokenStream::new();
            for (index, variant) in variants.iter().enumerate() {
                append_arm(
                    &mut arms,
                    variant,
                    |out| out.append(pattern(index)),
                    // A nested function can't name the impl's `Self`.
                    |out| append_variant_path(out, ident, variant),
                );
            }
            arms
        };
        let (allow, body) = if self.variants().len() <= MAX_VARIANTS_IN_ONE_MATCH {
            let arms = arms_of(self.variants(), &Literal::usize_unsuffixed);
            (
                TokenStream::new(),
                quote!(#some(match __index { #arms _ => return #none, })),
            )
        } else {
            let mut chunk_fns = TokenStream::new();
            let mut chunk_arms = TokenStream::new();
            for (number, chunk) in self.variants().chunks(VARIANTS_PER_CHUNK).enumerate() {
                let arms = arms_of(chunk, &|index| {
                    Literal::u8_suffixed(u8::try_from(index).unwrap_or(u8::MAX))
                });
                let chunk_fn = format_ident!("__chunk{}", number);
                let number = Literal::usize_suffixed(number);
                // A full chunk's `match` covers every `u8`; a partial one finds nothing past
                // its end.
                if chunk.len() == VARIANTS_PER_CHUNK {
                    chunk_fns.extend(quote! {
                        #[inline]
                        fn #chunk_fn(__index: ::core::primitive::u8) -> #ident { match __index { #arms } }
                    });
                    chunk_arms.extend(quote!(#number => #some(#chunk_fn(__low)),));
                } else {
                    chunk_fns.extend(quote! {
                        #[inline]
                        fn #chunk_fn(__index: ::core::primitive::u8) -> #option<#ident> {
                            #some(match __index { #arms _ => return #none, })
                        }
                    });
                    chunk_arms.extend(quote!(#number => #chunk_fn(__low),));
                }
            }
            (
                quote!(#[allow(clippy::cast_possible_truncation)]),
                quote! {
                    #chunk_fns
                    let __low = __index as ::core::primitive::u8;
                    match __index >> 8 { #chunk_arms _ => #none }
                },
            )
        };
        let header = self.inherent_header();
        quote! {
            #header {
                /// The variant declared at `index`. Inlined, where a catalogue's `from_code`
                /// is called in another crate: a `match` of each index to its variant is,
                /// for variants in declaration order, an addition LLVM computes.
                #[doc(hidden)]
                #[inline]
                #allow
                fn __platform_errors_variant(__index: ::core::primitive::usize) -> #option<Self> {
                    #body
                }
            }
        }
    }

    /// Binary search over sorted runs as nested `if`s.
    fn run_tree(&self, runs: &[Run]) -> TokenStream {
        let (some, none) = (&self.some, &self.none);
        match runs {
            [] => quote!(#none),
            [(first, start, 1)] => {
                let path = Self::path(&self.variants()[*start]);
                quote! {
                    if __code == #first {
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
                let all_name = &self.all_name;
                quote! {{
                    let __offset = __code.wrapping_sub(#first) as ::core::primitive::u64;
                    if __offset < #len {
                        #some(Self::#all_name[__offset as ::core::primitive::usize #offset])
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
                quote!(if __code < #pivot #low else #high)
            }
        }
    }
}
