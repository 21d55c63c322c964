//! What a declared variant's entry carries beyond its code, name, message, advice and
//! translations: the values of the key table's entry keys (`reason`, `http_status`), read
//! once, as one typed value that knows when it is the default. Every path that builds
//! entries (a variant's own `entry()`, the per-entry table, the column table, the DSL's
//! catalogue) asks it whether there is anything to add, and adds all of it: none keeps a
//! list of its own.

use proc_macro2::TokenStream;
use quote::quote;

use crate::keys::{KeyId, VariantKind, KEYS};

/// A declared variant's entry data. `Default` is what an entry has when no key sets it.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub(crate) struct EntryData {
    /// `#[platform(reason = "...")]`, checked `UPPER_SNAKE`.
    pub(crate) reason: Option<String>,
    /// `#[platform(http_status = N)]`, the variant's or the type's, checked 100 to 599.
    pub(crate) http_status: Option<u16>,
}

impl EntryData {
    /// Whether no key set anything: the entry is `Entry::new` with the type's builders.
    pub(crate) fn is_default(&self) -> bool {
        *self == EntryData::default()
    }

    /// `.with_reason(...)`, `.with_http_status(...)`: a builder call for each value set.
    /// Destructured whole, so that a new field cannot be left out here.
    pub(crate) fn builders(&self) -> TokenStream {
        let EntryData {
            reason,
            http_status,
        } = self;
        let mut out = TokenStream::new();
        if let Some(reason) = reason {
            out.extend(quote!(.with_reason(#reason)));
        }
        if let Some(status) = http_status {
            out.extend(quote!(.with_http_status(#status)));
        }
        out
    }
}

/// The keys whose values are entry data: in the key table, the keys a variant takes that
/// describe only variants with a code, other than the code itself and its aliases (which
/// lookup reads, not the entry).
pub(crate) fn entry_keys() -> Vec<KeyId> {
    let mut out = Vec::new();
    'keys: for key in KEYS {
        if !key.describes_variant() || matches!(key.id, KeyId::Code | KeyId::Aliases) {
            continue;
        }
        // Taken by variants with a code, and by no other kind.
        for kind in VariantKind::ALL {
            if key.kinds.contains(kind) != (kind == VariantKind::Declared) {
                continue 'keys;
            }
        }
        out.push(key.id);
    }
    out
}
