//! Entry tables made at compile time: from columns of codes, names and messages, and
//! concatenated, each entry written once, in order.

use super::Entry;
use crate::Code;

/// Concatenates entry lists at compile time; `N` must be the sum of their lengths.
pub const fn concat<const N: usize>(parts: &[&[Entry]]) -> [Entry; N] {
    let mut table = Table::<N>::new();
    let mut part = 0;
    while part < parts.len() {
        let mut i = 0;
        while i < parts[part].len() {
            table.push(parts[part][i]);
            i += 1;
        }
        part += 1;
    }
    table.finish()
}

/// The two functions below, one body for a code column of either kind.
macro_rules! from_columns {
    ($(#[$doc:meta])* $name:ident, $code:ty, $kind:ident) => {
        $(#[$doc])*
        pub const fn $name<const N: usize>(
            codes: &[$code],
            names: &[&'static str],
            messages: &[&'static str],
            base: Entry,
        ) -> [Entry; N] {
            assert!(
                codes.len() == N && names.len() == N && messages.len() == N,
                "column length mismatch"
            );
            let mut table = Table::<N>::new();
            while table.len < N {
                let i = table.len;
                // The base, then three fields, each a plain write: no call and no struct
                // expression per entry, which is what costs the compiler's const evaluator
                // most in tables of tens of thousands of entries.
                let slot = &mut table.slots[i];
                slot.entry = base;
                slot.entry.code = Code::$kind(codes[i]);
                slot.entry.name = names[i];
                slot.entry.message = messages[i];
                table.len += 1;
            }
            table.finish()
        }
    };
}

from_columns!(
    /// Entries from columns: `base` (the type's category and docs) with each code, name and
    /// message. `N` must be the length of each column. A table of literals in three columns
    /// costs the compiler less to check than a call per entry (at 1,000 entries, 7 ms
    /// against 29 ms), and making the entries writes each one once, in order (see the
    /// private `Table` below).
    from_columns,
    i64,
    Int
);

from_columns!(
    /// `from_columns` for string codes.
    from_str_columns,
    &'static str,
    Str
);

/// An array of `N` entries written front to back, each once.
///
/// Why not `[base; N]` and then each field assigned: the compiler's const evaluator keeps
/// the pointers inside a constant in a sorted map, and replacing one in the middle of a
/// large table moves the rest of the map; writing into uninitialised memory in order only
/// appends. Measured on a 65,536-entry table (`cargo check` of a scratch crate, 2-core
/// Xeon, 2026-12-06; the evaluator's time beyond type-checking the three columns): 8.7 s
/// assigned in place, about 1.3 s written in order.
struct Table<const N: usize> {
    slots: [Slot; N],
    len: usize,
}

/// A slot of a [`Table`]: nothing yet, then an entry. Writing a field of a union is safe;
/// only reading the entries out is not.
#[derive(Clone, Copy)]
union Slot {
    empty: (),
    entry: Entry,
}

// What `Table::finish` relies on.
const _: () = assert!(
    core::mem::size_of::<Slot>() == core::mem::size_of::<Entry>()
        && core::mem::align_of::<Slot>() == core::mem::align_of::<Entry>()
);

impl<const N: usize> Table<N> {
    const fn new() -> Self {
        Table {
            slots: [Slot { empty: () }; N],
            len: 0,
        }
    }

    /// Writes the next entry; past `N`, panics (at compile time in a constant).
    const fn push(&mut self, entry: Entry) {
        assert!(self.len < N, "entry count mismatch");
        self.slots[self.len].entry = entry;
        self.len += 1;
    }

    /// The `N` entries; panics unless all `N` were written.
    const fn finish(self) -> [Entry; N] {
        assert!(self.len == N, "entry count mismatch");
        // SAFETY: every slot holds an entry: `len == N`, and every writer writes slot
        // `len` whole before counting it. A `Slot` has the size and alignment of an
        // `Entry` (its other field is `()`; asserted above), so `[Slot; N]` is laid out as
        // `[Entry; N]`;
        // `Entry` is `Copy`, so reading the array out leaves nothing to drop twice.
        unsafe { (&raw const self.slots).cast::<[Entry; N]>().read() }
    }
}
