//! Lookups by message: the trimmed message, the best of the declared messages, and the
//! definition of `Catalogue::from_code_and_message`.

use crate::{Catalogue, MessageMatch};

/// The received message as the matcher reads it: trimmed once per lookup, however many
/// candidates it is compared with (trimming again an already trimmed message costs nothing).
///
/// A message that begins and ends with ASCII other than whitespace is returned as it is,
/// inline: an umbrella's lookup hands the message it trimmed to each member, which would
/// trim it again.
#[inline]
#[must_use]
pub fn received(message: &str) -> &str {
    if crate::matcher::is_trimmed(message) {
        message
    } else {
        trim(message)
    }
}

#[inline(never)]
fn trim(message: &str) -> &str {
    message.trim()
}

/// The strength of a match, kept out of line: inlined into every generated
/// `match_message`, the matcher cost each catalogue's release build a copy of itself to
/// optimise.
#[inline(never)]
fn strength(declared: &str, received: &str) -> Option<usize> {
    crate::matcher::match_strength_trimmed(declared, received)
}

/// The best match of a generated `match_message` so far.
pub struct Best<T> {
    value: Option<T>,
    strength: usize,
}

impl<T> Best<T> {
    /// No match yet.
    #[inline]
    #[must_use]
    pub const fn new() -> Self {
        Best {
            value: None,
            strength: 0,
        }
    }

    /// `value`, whose declared message is `declared`, becomes the best if it matches the
    /// `received` message (trimmed by [`received`]) more strongly.
    #[inline]
    pub fn offer(&mut self, value: T, declared: &str, received: &str) {
        // Inlined: most candidates differ in the first byte, and cost no call.
        if crate::matcher::first_byte_differs(declared, received) {
            return;
        }
        if let Some(strength) = strength(declared, received) {
            self.offer_strength(value, strength);
        }
    }

    /// [`Best::offer`] for the variant a code finds and its declared message, if any.
    #[inline]
    pub fn offer_found(&mut self, found: Option<(T, &str)>, received: &str) {
        if let Some((value, declared)) = found {
            self.offer(value, declared, received);
        }
    }

    /// `value` becomes the best if `strength` beats the best so far.
    #[inline]
    pub fn offer_strength(&mut self, value: T, strength: usize) {
        if strength > self.strength {
            self.strength = strength;
            self.value = Some(value);
        }
    }

    /// The best match.
    #[inline]
    pub fn finish(self) -> Option<MessageMatch<T>> {
        let strength = self.strength;
        self.value.map(|value| MessageMatch { value, strength })
    }
}

impl<T> Default for Best<T> {
    fn default() -> Self {
        Best::new()
    }
}

/// `Catalogue::from_code_and_message` as the trait defines it: the best message match, else
/// the first variant with the code: the trait's default, and what the macros' code-first
/// lookup falls back on.
#[inline]
pub fn by_message_then_code<T: Catalogue>(code: T::Code<'_>, message: &str) -> Option<T> {
    match T::match_message(code, message) {
        Some(found) => Some(found.value),
        None => T::from_code(code),
    }
}
