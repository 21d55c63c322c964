//! `from_code` of a catalogue of string codes: an open-addressed table built here, at
//! expansion, searched by the runtime's `find_str_code`. A `match` on thousands of strings
//! compares the code with each arm's in turn (measured: 3 µs a lookup at 5,000 codes, as
//! hand-written), and costs the compiler seconds; the table is one hash and about one
//! comparison at any size.

use proc_macro2::{Literal, Punct, Spacing, TokenStream};
use quote::{quote, TokenStreamExt as _};

use super::Gen;
use crate::literal::FirstSeen;
use crate::model::{CodeType, CodeValue};

/// The table of a string catalogue's codes.
pub(super) struct StrTable {
    /// Each slot: 0, or the fingerprint of its spelling's hash (16 bits) above one more than
    /// the index of the spelling in `keys`.
    slots: Vec<u32>,
    /// Every spelling, codes and aliases.
    keys: Vec<String>,
    /// The variant of each spelling, where aliases make it differ from the spelling's place.
    indexes: Option<Vec<u16>>,
    seed: u64,
}

/// From this many codes a catalogue's `from_code` searches a table: measured, the `match`
/// and the table take about the same time at 8 codes, and the table is faster after.
const MIN_CODES_FOR_TABLE: usize = 8;

/// A table numbers its keys in 16 bits, in a table twice their number or more: fewer than
/// this many.
const MAX_KEYS: usize = u16::MAX as usize / 2;

/// The seeds tried, the one whose longest search is shortest kept.
const SEEDS: [u64; 8] = [
    0x9e37_79b9_7f4a_7c15,
    0xc2b2_ae3d_27d4_eb4f,
    0x1656_67b1_9e37_79f9,
    0x27d4_eb2f_1656_67c5,
    0x85eb_ca77_c2b2_ae63,
    0xff51_afd7_ed55_8ccd,
    0xc4ce_b9fe_1a85_ec53,
    0x2545_f491_4f6c_dd1d,
];

/// The eight bytes of `bytes` from `at`, little-endian (the runtime's `word_at`).
fn word_at(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |word| u64::from_le_bytes(*word))
}

/// A code's last word, as the runtime's `last_word` reads it: its last eight bytes, or a
/// shorter code's bytes packed.
fn last_word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let byte = |at: usize| bytes.get(at).map_or(0, |b| u64::from(*b));
    let quarter = |at: usize| {
        bytes
            .get(at..)
            .and_then(<[u8]>::first_chunk::<4>)
            .map_or(0, |q| u64::from(u32::from_le_bytes(*q)))
    };
    match len {
        8.. => word_at(bytes, len - 8),
        4..=7 => quarter(0) | quarter(len - 4) << 32,
        1..=3 => byte(0) | byte(len / 2) << 8 | byte(len - 1) << 16,
        0 => 0,
    }
}

/// The runtime's `__private::str_hash`, the same function: a test checks they agree.
pub(crate) fn str_hash(text: &str) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let bytes = text.as_bytes();
    let mut hash = bytes.len() as u64;
    let mut at = 0;
    while at + 8 < bytes.len() {
        hash = (hash.rotate_left(5) ^ word_at(bytes, at)).wrapping_mul(K);
        at += 8;
    }
    (hash.rotate_left(5) ^ last_word(bytes)).wrapping_mul(K)
}

impl StrTable {
    /// The table of `(spelling, variant)` pairs, each spelling once, which become its keys;
    /// `None` from [`MAX_KEYS`].
    fn build(pairs: Vec<(String, usize)>) -> Option<StrTable> {
        let len = pairs.len();
        if len >= MAX_KEYS {
            return None;
        }
        let size = (len * 2).next_power_of_two().max(2);
        let shift = 64 - size.trailing_zeros();
        let mut hashes: Vec<u64> = Vec::with_capacity(len);
        for (key, _) in &pairs {
            hashes.push(str_hash(key));
        }
        let mut best: Option<(usize, u64, Vec<u32>)> = None;
        for seed in SEEDS {
            let mut slots = vec![0u32; size];
            let mut longest = 0;
            for (key, hash) in hashes.iter().enumerate() {
                let mixed = hash.wrapping_mul(seed);
                #[allow(clippy::cast_possible_truncation)]
                let (mut at, fingerprint) =
                    ((mixed >> shift) as usize, (mixed >> 16) as u32 & 0xffff);
                let mut steps = 1;
                while slots[at & (size - 1)] != 0 {
                    at += 1;
                    steps += 1;
                }
                let key = u32::from(u16::try_from(key + 1).ok()?);
                slots[at & (size - 1)] = fingerprint << 16 | key;
                longest = longest.max(steps);
            }
            if best.as_ref().is_none_or(|(l, _, _)| longest < *l) {
                best = Some((longest, seed, slots));
            }
        }
        let (_, seed, slots) = best?;
        let mut aliased = false;
        for (at, &(_, index)) in pairs.iter().enumerate() {
            aliased |= at != index;
        }
        let indexes = if aliased {
            let mut indexes = Vec::with_capacity(len);
            for &(_, index) in &pairs {
                indexes.push(u16::try_from(index).ok()?);
            }
            Some(indexes)
        } else {
            None
        };
        let mut keys = Vec::with_capacity(len);
        for (key, _) in pairs {
            keys.push(key);
        }
        Some(StrTable {
            slots,
            keys,
            indexes,
            seed,
        })
    }
}

impl Gen<'_> {
    /// The table of a catalogue of string codes (a DSL or derived catalogue, no `#[cfg]` on
    /// a variant, at least [`MIN_CODES_FOR_TABLE`] codes), if `from_code` searches one.
    pub(super) fn find_str_table(&self) -> Option<StrTable> {
        if self.model.code_type != CodeType::Str
            || !(self.model.is_dsl_catalogue() || self.model.is_derived_catalogue())
            || self.variants().len() < MIN_CODES_FOR_TABLE
            || self.variants().iter().any(|v| !v.cfgs.is_empty())
        {
            return None;
        }
        // Each spelling once, the first variant declaring it winning (as the `match` would).
        let mut first_seen = FirstSeen::default();
        let mut pairs: Vec<(String, usize)> = Vec::new();
        for (index, variant) in self.variants().iter().enumerate() {
            let declared = variant.declared()?;
            let CodeValue::Str(code) = &declared.code else {
                return None;
            };
            for spelling in std::iter::once(code.as_str())
                .chain(declared.aliases.iter().map(|(a, _)| a.as_str()))
            {
                if first_seen.spelling(spelling, index).is_none() {
                    pairs.push((spelling.to_owned(), index));
                }
            }
        }
        StrTable::build(pairs)
    }

    /// The table of a catalogue's names, for `FromStr` (`__private::index_named_hashed`):
    /// no `#[cfg]` on a variant, at least [`MIN_CODES_FOR_TABLE`] variants. Each key is its
    /// variant's name as the entries hold it (without `r#`), in declaration order, so that a
    /// key's index is its entry's.
    pub(super) fn find_names_table(&self) -> Option<StrTable> {
        if !(MIN_CODES_FOR_TABLE..MAX_KEYS).contains(&self.variants().len())
            || self.variants().iter().any(|v| !v.cfgs.is_empty())
        {
            return None;
        }
        let mut pairs: Vec<(String, usize)> = Vec::with_capacity(self.variants().len());
        for (index, variant) in self.variants().iter().enumerate() {
            pairs.push((variant.name(), index));
        }
        StrTable::build(pairs)
    }

    /// The call of `FromStr` that searches a table of names ([`Gen::find_names_table`]):
    /// its slots packed in one byte string, 4 little-endian bytes each, one token.
    pub(super) fn index_by_names_table(&self, table: &StrTable) -> TokenStream {
        let krate = self.krate;
        let mut bytes = Vec::with_capacity(table.slots.len() * 4);
        for slot in &table.slots {
            bytes.extend_from_slice(&slot.to_le_bytes());
        }
        let slots = Literal::byte_string(&bytes);
        let seed = Literal::u64_suffixed(table.seed);
        quote! {
            const NAME_SLOTS: &[::core::primitive::u8] = #slots;
            #krate::__private::index_named_hashed(<Self as #krate::Catalogue>::ENTRIES, NAME_SLOTS, #seed, __name)
        }
    }

    /// The body of `from_code` that searches the table.
    pub(super) fn lookup_by_str_table(&self, table: &StrTable) -> TokenStream {
        let (krate, some, none) = (self.krate, &self.some, &self.none);
        let mut slots = TokenStream::new();
        for slot in &table.slots {
            slots.append(Literal::u32_unsuffixed(*slot));
            slots.append(Punct::new(',', Spacing::Alone));
        }
        let mut keys = TokenStream::new();
        for key in &table.keys {
            keys.append(Literal::string(key));
            keys.append(Punct::new(',', Spacing::Alone));
        }
        let mut indexes = TokenStream::new();
        for index in table.indexes.iter().flatten() {
            indexes.append(Literal::u16_unsuffixed(*index));
            indexes.append(Punct::new(',', Spacing::Alone));
        }
        let seed = Literal::u64_suffixed(table.seed);
        let found = if self.model.is_dsl_catalogue() {
            let all_name = &self.all_name;
            quote!(Self::#all_name.get(__index).copied())
        } else {
            quote!(Self::__platform_errors_variant(__index))
        };
        quote! {
            // Constants of the function's own, which no variant's name can shadow.
            #[allow(clippy::large_stack_arrays)]
            const SLOTS: &[::core::primitive::u32] = &[#slots];
            #[allow(clippy::large_stack_arrays)]
            const KEYS: &[&::core::primitive::str] = &[#keys];
            const INDEXES: &[::core::primitive::u16] = &[#indexes];
            match #krate::__private::find_str_code(SLOTS, KEYS, INDEXES, #seed, __code) {
                #some(__index) => #found,
                #none => #none,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{str_hash, StrTable};

    #[test]
    fn the_hash_is_the_runtime_s() {
        for text in [
            "",
            "A",
            "PARAM_ERROR",
            "Forbidden.AccessDenied.QpsLimitForApi",
            "十六个字节的码",
            "12345678",
            "123456789",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ] {
            assert_eq!(
                str_hash(text),
                platform_errors::__private::str_hash(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn every_spelling_is_found_and_nothing_else() {
        let names: Vec<String> = (0..3000).map(|i| format!("ORDER_{i}_REFUSED")).collect();
        let mut pairs: Vec<(String, usize)> = names.iter().cloned().zip(0..).collect();
        pairs.push(("ALIAS_OF_7".to_owned(), 7));
        let table = StrTable::build(pairs.clone()).expect("a table");
        assert!(table.slots.len().is_power_of_two() && table.slots.len() >= 2 * pairs.len());
        let keys: Vec<&str> = table.keys.iter().map(String::as_str).collect();
        let indexes = table.indexes.clone().unwrap_or_default();
        let find = |code: &str| {
            platform_errors::__private::find_str_code(
                &table.slots,
                &keys,
                &indexes,
                table.seed,
                code,
            )
        };
        for (key, index) in &pairs {
            assert_eq!(find(key), Some(*index), "{key}");
        }
        for i in 3000..6000 {
            assert_eq!(find(&format!("ORDER_{i}_REFUSED")), None);
        }
        assert_eq!(find(""), None);
    }
}
