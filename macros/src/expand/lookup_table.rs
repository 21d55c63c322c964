//! `from_code` of a catalogue as a perfect hash, computed here at expansion: a multiply, a
//! shift, a read of a table of variant indexes and one comparison of the code, the same
//! cost at every size and no branch to mispredict on codes probed in random order.
//!
//! The hash of a code is `(code as u64).wrapping_mul(multiplier) >> (64 - bits)`: a slot of
//! a table of `2^bits` variant indexes. The macro tries multipliers in a fixed sequence
//! until one sends every code to a slot of its own, so that the expansion is the same on
//! every build. A slot no code hashes to holds the index of the first code's variant: any
//! code that hashes there is not that code (which hashes to its own slot), so the
//! comparison rejects it, and no slot needs a mark for "empty".
//!
//! Both tables are byte strings, one token each, little-endian: the slots (1, 2 or 4 bytes
//! each, by the number of variants) and the codes by variant index (8 bytes each). The
//! runtime's `__private::find_hashed` reads them.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The largest table: `2^16` slots. Beyond, the table costs more memory than the search
/// over runs it replaces, and the compiler time of a larger literal.
const MAX_BITS: u32 = 16;

/// The table has at most this many slots per code: with fewer codes than that in the
/// largest table, a sparse set of codes takes the search over runs (or the `match`) instead.
const MAX_SLOTS_PER_CODE: usize = 32;

/// The smallest table has at least this many slots per code. With fewer, few multipliers
/// fit, and codes in runs (which a multiply spreads evenly) collide late in each try: from
/// two slots a code and with 2,000 multipliers a size, the macro expansion of the
/// benchmark's 1,000-code derive took 0.090 s in `cargo check` (`-Z time-passes`; proc
/// macros run unoptimized there), from four and with 64 (below) 0.068 s.
const MIN_SLOTS_PER_CODE: usize = 4;

/// Multipliers tried at each table size before the next, twice as large.
const TRIES_PER_SIZE: u64 = 64;

/// The steps (codes hashed) the search may take in all, so that an unlucky set of codes
/// costs the expansion a bounded time.
const MAX_STEPS: usize = 1_000_000;

/// A perfect hash of a catalogue's codes.
pub(super) struct PerfectHash {
    multiplier: u64,
    bits: u32,
    /// Bytes per slot: 1, 2 or 4.
    width: usize,
    /// The slots' variant indexes, `width` bytes each, little-endian.
    slots: Vec<u8>,
    /// Each variant's code, by index, 8 bytes each, little-endian.
    codes: Vec<u8>,
}

/// The multipliers tried, in order: SplitMix64 from a fixed seed, made odd. The first is
/// the golden ratio's, which spreads runs of consecutive codes evenly.
fn multipliers() -> impl Iterator<Item = u64> {
    let mut state: u64 = 0;
    std::iter::repeat_with(move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) | 1
    })
}

/// The slot of `code` in a table of `2^bits` slots under `multiplier`.
fn slot_of(code: i64, multiplier: u64, bits: u32) -> usize {
    // `bits` is at most `MAX_BITS`, so the slot fits in a `usize`.
    usize::try_from(u64::from_ne_bytes(code.to_ne_bytes()).wrapping_mul(multiplier) >> (64 - bits))
        .unwrap_or(usize::MAX)
}

impl PerfectHash {
    /// A perfect hash of `firsts` (each code once, with the index of its first variant),
    /// for a catalogue whose variants' codes, by index, are `codes`; `None` when no
    /// multiplier tried sends each code to a slot of its own in a table small enough.
    pub(super) fn find(firsts: &[(i64, usize)], codes: &[i64]) -> Option<Self> {
        let count = firsts.len();
        if count == 0 {
            return None;
        }
        let smallest = (MIN_SLOTS_PER_CODE * count)
            .next_power_of_two()
            .trailing_zeros()
            .max(1);
        let largest = MAX_BITS.min(
            (count.saturating_mul(MAX_SLOTS_PER_CODE))
                .next_power_of_two()
                .trailing_zeros(),
        );
        // The slot of each code under the multiplier being tried, marked with the try's
        // number, so that no try clears the table.
        let mut marks: Vec<u32> = vec![0; 1 << largest];
        let mut steps = 0usize;
        let mut attempt = 0u32;
        for bits in smallest..=largest {
            for multiplier in multipliers().take(usize::try_from(TRIES_PER_SIZE).ok()?) {
                attempt = attempt.checked_add(1)?;
                let mut fits = true;
                for &(code, _) in firsts {
                    steps += 1;
                    let mark = &mut marks[slot_of(code, multiplier, bits)];
                    if *mark == attempt {
                        fits = false;
                        break;
                    }
                    *mark = attempt;
                }
                if fits {
                    return Self::build(firsts, codes, multiplier, bits);
                }
                if steps > MAX_STEPS {
                    return None;
                }
            }
        }
        None
    }

    fn build(firsts: &[(i64, usize)], codes: &[i64], multiplier: u64, bits: u32) -> Option<Self> {
        let width = match codes.len() {
            0..=0x100 => 1,
            0x101..=0x1_0000 => 2,
            _ => 4,
        };
        let mut indexes = vec![0usize; 1 << bits];
        // Empty slots keep the index of the first code's variant (see the module's docs).
        let &(_, first) = firsts.first()?;
        indexes.fill(first);
        for &(code, index) in firsts {
            indexes[slot_of(code, multiplier, bits)] = index;
        }
        let mut slots = Vec::with_capacity(indexes.len() * width);
        for index in indexes {
            let index = u32::try_from(index).ok()?;
            slots.extend_from_slice(&index.to_le_bytes()[..width]);
        }
        let mut code_bytes = Vec::with_capacity(codes.len() * 8);
        for code in codes {
            code_bytes.extend_from_slice(&code.to_le_bytes());
        }
        Some(PerfectHash {
            multiplier,
            bits,
            width,
            slots,
            codes: code_bytes,
        })
    }

    /// `__private::find_hashed(..)`: the index of the variant `__code` finds, if any.
    pub(super) fn lookup(&self, krate: &TokenStream) -> TokenStream {
        let slots = Literal::byte_string(&self.slots);
        let codes = Literal::byte_string(&self.codes);
        let width = Literal::usize_unsuffixed(self.width);
        let multiplier = Literal::u64_suffixed(self.multiplier);
        let shift = Literal::u32_suffixed(64 - self.bits);
        quote!({
            // Byte strings: one token each, where a list of numbers is two a slot.
            const SLOTS: &[::core::primitive::u8] = #slots;
            const CODES: &[::core::primitive::u8] = #codes;
            #krate::__private::find_hashed::<#width>(SLOTS, CODES, #multiplier, #shift, __code)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{slot_of, PerfectHash};

    fn hash_of(codes: &[i64]) -> Option<PerfectHash> {
        let firsts: Vec<(i64, usize)> = codes.iter().copied().zip(0..).collect();
        PerfectHash::find(&firsts, codes)
    }

    /// What the runtime's `find_hashed` does, on the tables built here.
    fn find(hash: &PerfectHash, code: i64) -> Option<usize> {
        let slot = slot_of(code, hash.multiplier, hash.bits);
        let mut index = [0u8; 4];
        index[..hash.width].copy_from_slice(&hash.slots[slot * hash.width..][..hash.width]);
        let index = usize::try_from(u32::from_le_bytes(index)).ok()?;
        let declared = i64::from_le_bytes(hash.codes[index * 8..][..8].try_into().ok()?);
        (declared == code).then_some(index)
    }

    #[test]
    fn every_code_finds_its_variant_and_no_other_code_finds_one() {
        let families: Vec<i64> = (0..40)
            .flat_map(|family| (1..=25).map(move |i| 40_000 + 1_000 * family + i))
            .collect();
        for codes in [
            vec![0],
            vec![-1, 0, 1, i64::MIN, i64::MAX],
            (1..=150).collect(),
            families,
        ] {
            let hash = hash_of(&codes).expect("a multiplier");
            for (index, &code) in codes.iter().enumerate() {
                assert_eq!(find(&hash, code), Some(index), "{code}");
            }
            for code in codes.iter().map(|c| c.wrapping_add(500)) {
                if !codes.contains(&code) {
                    assert_eq!(find(&hash, code), None, "{code}");
                }
            }
        }
    }

    #[test]
    fn the_search_gives_up_within_its_budget() {
        // 65,536 codes need more than the largest table: no hash, and quickly.
        let codes: Vec<i64> = (0..65_536).map(|i| 7 * i).collect();
        assert!(hash_of(&codes).is_none());
    }

    #[test]
    fn slots_are_as_wide_as_the_variant_count_needs() {
        let codes: Vec<i64> = (0..300).map(|i| 40_000 + 3 * i).collect();
        let hash = hash_of(&codes).expect("a multiplier");
        assert_eq!(hash.width, 2);
        assert_eq!(hash.slots.len(), 2 << hash.bits);
        assert_eq!(hash.codes.len(), 8 * 300);
    }
}
