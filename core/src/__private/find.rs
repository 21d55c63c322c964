//! Lookups by code and by name: the tables the macros build at expansion, searched here.

use crate::Entry;

/// The index in `ALL` of the variant with `code`, in a catalogue whose codes come in runs:
/// `runs` holds, sorted by code, each run's first code, the index of its first variant, and
/// its length. A binary search over a table, where a tree of `if`s would mispredict on codes
/// probed in random order, and would cost the compiler a block per run.
#[inline]
#[must_use]
#[allow(clippy::cast_sign_loss)]
pub fn find_run(runs: &[(i64, u32, u32)], code: i64) -> Option<usize> {
    let after = runs.partition_point(|&(first, _, _)| first <= code);
    let &(first, start, len) = runs.get(after.checked_sub(1)?)?;
    // `code >= first`: the difference fits in a `u64`.
    let offset = code.wrapping_sub(first) as u64;
    if offset < u64::from(len) {
        usize::try_from(u64::from(start) + offset).ok()
    } else {
        None
    }
}

/// The eight bytes of `bytes` from `at`, little-endian; 0 past the end (callers read
/// inside it).
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// The last word of a string code: its last eight bytes (overlapping the word before), or,
/// for a code shorter than eight bytes, its bytes packed so that two codes of the same
/// length have the same last word only if they are equal. No copy through a buffer: a
/// `memcpy` of the remainder was a call in every lookup.
#[inline(always)]
fn last_word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 8 {
        return word_at(bytes, len - 8);
    }
    let byte = |at: usize| bytes.get(at).map_or(0, |b| u64::from(*b));
    let quarter = |at: usize| {
        bytes
            .get(at..)
            .and_then(<[u8]>::first_chunk::<4>)
            .map_or(0, |q| u64::from(u32::from_le_bytes(*q)))
    };
    if len >= 4 {
        quarter(0) | quarter(len - 4) << 32
    } else if len > 0 {
        byte(0) | byte(len / 2) << 8 | byte(len - 1) << 16
    } else {
        0
    }
}

/// The hash of a string code that a string catalogue's table of codes is built with, by
/// the macros at expansion (their copy of this function must agree: a test checks) and here
/// at lookup: the length, then eight bytes at a time, little-endian, so that it is the same
/// on every target; the last word overlaps the one before it rather than being padded.
#[inline]
#[must_use]
pub fn str_hash(text: &str) -> u64 {
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

/// Whether two string codes are equal, compared eight bytes at a time in line, where `==`
/// on `str` calls `bcmp`: codes are a few dozen bytes, shorter than a call is worth.
#[inline]
#[must_use]
pub fn same_str_code(left: &str, right: &str) -> bool {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    if left.len() != right.len() {
        return false;
    }
    let mut difference = last_word(left) ^ last_word(right);
    let mut at = 0;
    while at + 8 < left.len() {
        difference |= word_at(left, at) ^ word_at(right, at);
        at += 8;
    }
    difference == 0
}

/// A string catalogue's lookup: an open-addressed table built at expansion. `slots` has a
/// power-of-two length, at most half full; each slot is 0 (empty), or a 16-bit fingerprint
/// of a spelling's hash above one more than the spelling's index in `keys`; `indexes` gives
/// each spelling's variant (empty: the spelling's own index). With `mixed = str_hash(code) *
/// seed`, the first slot is the top bits of `mixed` and the fingerprint its bits 16 to 31;
/// the search goes on slot by slot until the code or an empty slot, and compares a
/// spelling only where the fingerprints agree, so that an unknown code is mostly turned
/// away without reading a spelling.
#[inline(always)]
#[must_use]
pub fn find_str_code(
    slots: &[u32],
    keys: &[&str],
    indexes: &[u16],
    seed: u64,
    code: &str,
) -> Option<usize> {
    let key = search_slots(
        slots.len(),
        |at| slots.get(at).copied(),
        seed,
        code,
        |key| keys.get(key).copied(),
    )?;
    match indexes.get(key) {
        Some(index) => Some(usize::from(*index)),
        None => Some(key),
    }
}

/// `FromStr` of a catalogue without a `#[cfg]` on a variant, from 8 variants: the index of
/// the entry named `name`, searched as [`find_str_code`] searches codes, in a table of the
/// entries' names built by the macro, whose slots are packed 4 little-endian bytes each
/// (one token of the macro's output) and whose keys are the entries themselves.
#[inline]
#[must_use]
pub fn index_named_hashed(entries: &[Entry], slots: &[u8], seed: u64, name: &str) -> Option<usize> {
    search_slots(
        slots.len() / 4,
        |at| {
            let bytes = slots.get(at * 4..)?.first_chunk::<4>()?;
            Some(u32::from_le_bytes(*bytes))
        },
        seed,
        name,
        |key| entries.get(key).map(Entry::name),
    )
}

/// The search of [`find_str_code`] and [`index_named_hashed`]: `slot(at)` is the slot at
/// `at < len` (a power of two), `spelling(key)` the spelling of the key a slot numbers;
/// returns the key spelled `code`.
#[inline(always)]
fn search_slots<'a>(
    len: usize,
    slot: impl Fn(usize) -> Option<u32>,
    seed: u64,
    code: &str,
    spelling: impl Fn(usize) -> Option<&'a str>,
) -> Option<usize> {
    let mask = len.checked_sub(1)?;
    let shift = 64 - len.trailing_zeros();
    let mixed = str_hash(code).wrapping_mul(seed);
    #[allow(clippy::cast_possible_truncation)]
    let (mut at, fingerprint) = ((mixed >> shift) as usize, (mixed >> 16) as u32 & 0xffff);
    loop {
        let slot = slot(at & mask)?;
        if slot == 0 {
            return None;
        }
        if slot >> 16 == fingerprint {
            let key = usize::try_from(slot & 0xffff).ok()?.checked_sub(1)?;
            if same_str_code(spelling(key)?, code) {
                return Some(key);
            }
        }
        at += 1;
    }
}

/// Where to look for the variant with `code`, in a catalogue whose codes the macro hashed
/// perfectly: `slots` holds `2^(64 - shift)` variant indexes of `WIDTH` bytes each and
/// `codes` each variant's code, 8 bytes each, all little-endian. The slot of `code` is
/// `(code as u64).wrapping_mul(multiplier) >> shift`; returns the index in that slot, always
/// one of a variant, and whether that variant's code is `code`. A multiply, a shift, two
/// reads and one comparison, whatever the number of codes; the caller reads the variant at
/// the index whether or not it is the one, and picks with the `bool`, so that no branch
/// depends on which code is probed.
#[inline(always)]
#[must_use]
#[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
pub fn find_hashed<const WIDTH: usize>(
    slots: &[u8],
    codes: &[u8],
    multiplier: u64,
    shift: u32,
    code: i64,
) -> (usize, bool) {
    let slot = ((code as u64).wrapping_mul(multiplier) >> shift) as usize;
    let mut index = 0usize;
    if let Some(bytes) = slots
        .get(slot * WIDTH..)
        .and_then(<[u8]>::first_chunk::<WIDTH>)
    {
        for (place, byte) in bytes.iter().enumerate() {
            index |= usize::from(*byte) << (8 * place);
        }
    }
    let found = codes
        .get(index * 8..)
        .and_then(<[u8]>::first_chunk::<8>)
        .is_some_and(|declared| i64::from_le_bytes(*declared) == code);
    (index, found)
}

/// The index of the variant named `name` in a catalogue's `entries`. `by_name` lists the
/// entries' indexes in the order of their names, as `str`s compare (byte by byte): the macro
/// sorts it as it expands, so this is a binary search, with no allocation. Names are as the
/// entries hold them: a raw identifier's without `r#` (`type` for `r#type`). The table of a
/// type with a `#[cfg]` on a variant, whose indexes are its variants' discriminants.
#[must_use]
pub fn index_named(entries: &[Entry], by_name: &[u32], name: &str) -> Option<usize> {
    search_names(
        entries,
        by_name.len(),
        |at| usize::try_from(by_name[at]).unwrap_or(usize::MAX),
        name,
    )
}

/// [`index_named`] with the indexes packed in a byte string, `WIDTH` little-endian bytes
/// each: one token of the macro's output, where a list of numbers is two an entry.
#[must_use]
pub fn index_named_packed<const WIDTH: usize>(
    entries: &[Entry],
    by_name: &[u8],
    name: &str,
) -> Option<usize> {
    search_names(
        entries,
        by_name.len() / WIDTH,
        |at| {
            by_name[at * WIDTH..][..WIDTH]
                .iter()
                .rev()
                .fold(0usize, |index, byte| index << 8 | usize::from(*byte))
        },
        name,
    )
}

/// The binary search of [`index_named`]: `index_at(at)` is the `at`th index in the order
/// of the names, for `at < len`.
fn search_names(
    entries: &[Entry],
    len: usize,
    index_at: impl Fn(usize) -> usize,
    name: &str,
) -> Option<usize> {
    let (mut low, mut high) = (0, len);
    while low < high {
        let middle = low + (high - low) / 2;
        let index = index_at(middle);
        match entries.get(index).map_or("", Entry::name).cmp(name) {
            core::cmp::Ordering::Less => low = middle + 1,
            core::cmp::Ordering::Greater => high = middle,
            core::cmp::Ordering::Equal => return Some(index),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{index_named, index_named_packed, same_str_code, str_hash};
    use crate::Entry;

    const ENTRIES: [Entry; 9] = [
        Entry::new(1, "Zeta", "z"),
        Entry::new(2, "type", "t"),
        Entry::new(3, "Alpha", "a"),
        Entry::new(4, "alpha", "a"),
        Entry::new(5, "Ärger", "ä"),
        Entry::new(6, "Café", "c"),
        Entry::new(7, "ABC", "abc"),
        Entry::new(8, "typ", "typ"),
        Entry::new(9, "A", "a"),
    ];

    /// The indexes in the order of the names: byte order, upper case before lower case,
    /// non-ASCII last.
    const BY_NAME: [u32; 9] = [8, 6, 2, 5, 0, 3, 7, 1, 4];

    #[test]
    fn the_table_is_in_the_order_of_the_names() {
        let name = |i: u32| ENTRIES[i as usize].name();
        for pair in BY_NAME.windows(2) {
            assert!(name(pair[0]) < name(pair[1]), "{pair:?}");
        }
    }

    /// `BY_NAME` packed `width` little-endian bytes an index.
    fn packed(width: usize) -> std::vec::Vec<u8> {
        BY_NAME
            .iter()
            .flat_map(|index| index.to_le_bytes()[..width].to_vec())
            .collect()
    }

    #[test]
    fn index_named_finds_every_name_and_no_other() {
        let (one, two, four) = (packed(1), packed(2), packed(4));
        // The table of numbers and the packed ones, in every width, agree.
        let find = |name: &str| {
            let found = index_named(&ENTRIES, &BY_NAME, name);
            assert_eq!(
                index_named_packed::<1>(&ENTRIES, &one, name),
                found,
                "{name:?}"
            );
            assert_eq!(
                index_named_packed::<2>(&ENTRIES, &two, name),
                found,
                "{name:?}"
            );
            assert_eq!(
                index_named_packed::<4>(&ENTRIES, &four, name),
                found,
                "{name:?}"
            );
            found
        };
        for (index, entry) in ENTRIES.iter().enumerate() {
            assert_eq!(find(entry.name()), Some(index), "{}", entry.name());
        }
        // Raw identifiers by their names, without `r#`.
        assert_eq!(find("type"), Some(1));
        assert_eq!(find("typ"), Some(7));
        for absent in [
            "",
            "r#",
            "r#Zeta",
            "r#A",
            "r#type",
            "ty",
            "types",
            "TYPE",
            "Type",
            "AB",
            "ABCD",
            "abc",
            "alpha ",
            " alpha",
            "Alph",
            "Cafe",
            "Zeta\0",
            "Ä",
            "\u{10ffff}",
            "a",
            "Z",
        ] {
            assert_eq!(find(absent), None, "{absent:?}");
        }
        assert_eq!(index_named(&[], &[], "A"), None);
        assert_eq!(index_named_packed::<2>(&[], &[], "A"), None);
        assert_eq!(index_named(&ENTRIES[..1], &[0], "Zeta"), Some(0));
        assert_eq!(
            index_named_packed::<2>(&ENTRIES[..1], &[0, 0], "Zeta"),
            Some(0)
        );
        assert_eq!(index_named(&ENTRIES[..1], &[0], "Alpha"), None);
        // An index past the entries (never made by the macro) finds nothing.
        assert_eq!(index_named_packed::<1>(&ENTRIES[..1], &[9], "Zeta"), None);
    }

    #[test]
    fn same_str_code_is_equality() {
        // Every length up to 40 bytes: equal, and different in each single byte (the first
        // and last words overlap from 9 bytes, and short codes are packed).
        for len in 0..=40usize {
            let code: std::string::String = (0..len)
                .map(|i| char::from(b'A' + (i % 26) as u8))
                .collect();
            assert!(same_str_code(&code, &code.clone()), "{code:?}");
            for at in 0..len {
                let mut other = code.clone().into_bytes();
                other[at] = b'_';
                let other = std::string::String::from_utf8(other).unwrap();
                assert!(!same_str_code(&code, &other), "{code:?} {other:?}");
            }
            let longer = std::format!("{code}A");
            assert!(!same_str_code(&code, &longer), "{code:?}");
            assert!(!same_str_code(&longer, &code), "{code:?}");
        }
        for (left, right) in [("", ""), ("错误", "错误"), ("错误", "错話"), ("a\0", "a")] {
            assert_eq!(
                same_str_code(left, right),
                left == right,
                "{left:?} {right:?}"
            );
        }
    }

    #[test]
    fn str_hash_reads_every_byte() {
        // Codes of the same length that differ in one byte hash apart (for these codes).
        for len in 1..=40usize {
            let code = "Q".repeat(len);
            for at in 0..len {
                let mut other = code.clone().into_bytes();
                other[at] = b'R';
                let other = std::string::String::from_utf8(other).unwrap();
                assert_ne!(str_hash(&code), str_hash(&other), "{len} {at}");
            }
        }
        assert_eq!(str_hash(""), 0);
    }
}
