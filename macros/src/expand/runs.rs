//! `from_code` of a large `define_codes!` catalogue: a binary search over the runs of
//! consecutive codes (a tree of `if`s, or from 2,048 codes a table), where a `match` would
//! be one arm per code.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, TokenStream};
use quote::quote;

use super::Gen;

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

impl Gen<'_> {
    /// `from_code` of a DSL catalogue with no `#[cfg]` on its variants, where a variant's
    /// discriminant is its index in `ALL`: a binary search over the runs of consecutive
    /// codes declared in a row, each a range test and a read of `ALL`, rather than one
    /// `match` arm per code. Used for at least [`MIN_CODES_FOR_RUNS`] codes in runs of at
    /// least [`MIN_MEAN_RUN`] on average.
    pub(super) fn lookup_by_runs(&self) -> Option<TokenStream> {
        if !self.model.is_dsl_catalogue() || self.variants().iter().any(|v| !v.cfgs.is_empty()) {
            return None;
        }
        // The first variant of each code, by code.
        let mut first_of: HashMap<i64, usize> = HashMap::new();
        for (index, variant) in self.variants().iter().enumerate() {
            if let Some(declared) = variant.declared() {
                first_of.entry(declared.code).or_insert(index);
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
        Some(if codes >= MIN_CODES_FOR_TABLE {
            self.run_table(&runs)
        } else {
            self.run_tree(&runs)
        })
    }

    /// The runs as a sorted table, searched by the runtime's `find_run`.
    fn run_table(&self, runs: &[(i64, usize, usize)]) -> TokenStream {
        let (krate, some, none) = (self.krate, &self.some, &self.none);
        let all_name = &self.all_name;
        let rows = runs.iter().map(|&(first, start, len)| {
            let start = u32::try_from(start).unwrap_or(u32::MAX);
            let len = u32::try_from(len).unwrap_or(u32::MAX);
            quote!((#first, #start, #len))
        });
        quote! {
            const RUNS: &[(i64, u32, u32)] = &[#(#rows),*];
            match #krate::__private::find_run(RUNS, code) {
                #some(index) => #some(Self::#all_name[index]),
                #none => #none,
            }
        }
    }

    /// Binary search over sorted runs as nested `if`s.
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
                let all_name = &self.all_name;
                quote! {{
                    let offset = code.wrapping_sub(#first) as u64;
                    if offset < #len {
                        #some(Self::#all_name[offset as usize #offset])
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
}
