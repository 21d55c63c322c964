//! The message matcher: whether a received message matches a declared one, as platforms
//! send them, and how strongly.

/// Whether a received message matches a declared one, as platforms send them: surrounding
/// whitespace, ASCII case and a trailing period (`.` or `。`) are ignored; where the declared
/// message has whitespace, the received one may have more, of any ASCII kind (spaces, tabs,
/// line breaks); and text the platform appends after the message is allowed where it does
/// not continue a word (after Chinese or Japanese text, which has no spaces between words, it
/// always is). Whitespace is never dropped: `"invalid token"` does not match
/// `"invalidtoken"`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::message_matches;
///
/// assert!(message_matches("系统繁忙.", "系统繁忙"));
/// assert!(message_matches("invalid token", " Invalid Token. "));
/// assert!(message_matches("invalid token", "invalid  \t token"));
/// assert!(!message_matches("invalid token", "invalidtoken"));
/// assert!(message_matches("invalid token", "invalid token: expired at 12:00"));
/// assert!(!message_matches("invalid token", "invalid tokens"));
/// assert!(!message_matches("invalid token", "invalid"));
/// assert!(message_matches("系统繁忙", "系统繁忙，请稍后再试"));
/// assert!(message_matches("系统繁忙", "系统繁忙请稍后再试"));
/// ```
#[must_use]
pub fn message_matches(declared: &str, received: &str) -> bool {
    match_strength(declared, received).is_some()
}

/// The strength of a match per [`message_matches`]: the length of the declared message
/// without its trailing period, or `None`.
///
/// On the hot path of every lookup by message: the first byte, then one comparison as long
/// as the declared message, as before whitespace was allowed to differ; only when that fails
/// is the place of the difference looked for, and only a difference at whitespace in the
/// received message leads to [`spaced`]. No slower for messages whose spacing is as
/// declared (counted with callgrind over `from_code_and_message`: -2% to +2% instructions
/// for `ParamError`'s 40100 cases).
pub(crate) fn match_strength(declared: &str, received: &str) -> Option<usize> {
    match_strength_trimmed(declared, received.trim())
}

/// [`match_strength`] of a received message already trimmed.
pub(crate) fn match_strength_trimmed(declared: &str, received: &str) -> Option<usize> {
    let declared = if is_tidy(declared) {
        declared
    } else {
        // "系统繁忙 。" is "系统繁忙": trim again once the period is gone.
        trim_period(declared.trim()).trim_end()
    };
    // Each byte of the declared message needs one of the received message.
    if declared.is_empty() || received.len() < declared.len() {
        return None;
    }
    let (d, r) = (declared.as_bytes(), received.as_bytes());
    // Most declared messages differ from the received one in the first byte, which is not
    // whitespace in either (both are trimmed): no need to look further.
    if !d[0].eq_ignore_ascii_case(&r[0]) {
        return None;
    }
    // Bytes equal as they are (the usual case: the platform sends the declared message)
    // compare as one block; a difference of ASCII case, byte by byte.
    let head = &r[..d.len()];
    let end = if head == d || head.eq_ignore_ascii_case(d) {
        d.len()
    } else {
        differs_at_space(d, r)?
    };
    // Equal bytes up to the end of a character of `declared` end a character of `received`.
    let rest = received.get(end..)?;
    // The text after the match first: most often there is none.
    let joined = rest.chars().next().is_some_and(joins_words)
        && declared.chars().next_back().is_some_and(joins_words);
    (!joined).then_some(declared.len())
}

/// Where the declared message ends in the received one when they differ at whitespace of
/// the received one; `None` when they differ elsewhere.
#[inline]
fn differs_at_space(d: &[u8], r: &[u8]) -> Option<usize> {
    let same = d
        .iter()
        .zip(r)
        .position(|(a, b)| !a.eq_ignore_ascii_case(b))?;
    if r[same].is_ascii_whitespace() {
        spaced(d, r, same)
    } else {
        None
    }
}

/// The rest of [`match_strength`] once the messages differ at byte `same`, where the
/// received one has whitespace: from the start of the run of whitespace there, each run of
/// the declared message must meet a run at least as long in the received one. Returns where
/// the declared message ends in the received one.
#[cold]
#[inline(never)]
fn spaced(d: &[u8], r: &[u8], same: usize) -> Option<usize> {
    let space = |s: &[u8], k: usize| s.get(k).is_some_and(u8::is_ascii_whitespace);
    // Both are equal before `same`: back to the start of the run they are in, if any.
    let mut i = same;
    while i > 0 && space(d, i - 1) {
        i -= 1;
    }
    let mut j = i;
    while i < d.len() {
        if space(d, i) {
            let (run_d, run_r) = (i, j);
            while space(d, i) {
                i += 1;
            }
            while space(r, j) {
                j += 1;
            }
            if j - run_r < i - run_d {
                return None;
            }
        } else if d[i].eq_ignore_ascii_case(r.get(j)?) {
            i += 1;
            j += 1;
        } else {
            return None;
        }
    }
    Some(j)
}

/// Whether `declared` is sure not to match `received` (already trimmed) from their first
/// bytes alone: the test every candidate of a lookup by message takes before
/// [`match_strength_trimmed`], without trimming the declared message. Exact: when the first
/// byte of `declared` cannot begin whitespace (an ASCII byte other than whitespace, or the
/// first byte of a character that no `char::is_whitespace` character begins with), trimming
/// leaves it first, and [`match_strength_trimmed`] rejects a first byte that differs (ASCII
/// case aside). Otherwise, and for an empty message, it says `false` and the full
/// comparison decides.
///
/// A lookup by message offers each message declared with the code; for Qingtui's 40100, 23
/// of them, and most differ from the received one in the first byte.
#[inline(always)]
pub(crate) fn first_byte_differs(declared: &str, received: &str) -> bool {
    match (declared.as_bytes().first(), received.as_bytes().first()) {
        (Some(&d), Some(&r)) => never_begins_whitespace(d) && !d.eq_ignore_ascii_case(&r),
        _ => false,
    }
}

/// Whether a character beginning with the byte `b` is sure not to be whitespace as
/// `str::trim` sees it (`char::is_whitespace`): ASCII whitespace is `\t`, `\n`, `\x0B`,
/// `\x0C`, `\r` and the space; every other such character (U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) begins with 0xC2, 0xE1, 0xE2 or
/// 0xE3 in UTF-8.
#[inline(always)]
const fn never_begins_whitespace(b: u8) -> bool {
    BYTES[b as usize] & NEVER_BEGINS != 0
}

/// [`never_begins_whitespace`] and [`never_ends_whitespace`] of each byte, as bits: one
/// load, where the tests of ranges take a few comparisons each, on every lookup by message.
static BYTES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        #[allow(clippy::cast_possible_truncation)]
        let byte = b as u8;
        if !matches!(byte, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3) {
            table[b] |= NEVER_BEGINS;
        }
        if !matches!(byte, b'\t'..=b'\r' | b' ' | 0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF) {
            table[b] |= NEVER_ENDS;
        }
        b += 1;
    }
    table
};
const NEVER_BEGINS: u8 = 1;
const NEVER_ENDS: u8 = 2;

/// Whether a character ending with the byte `b` is sure not to be whitespace as `str::trim`
/// sees it: ASCII whitespace ends with itself; every other such character (see
/// [`never_begins_whitespace`]) ends with 0x80 to 0x8A (U+0085, U+1680, U+2000–U+200A,
/// U+3000), 0x9F (U+205F), 0xA0 (U+00A0), 0xA8, 0xA9 (U+2028, U+2029) or 0xAF (U+202F).
#[inline(always)]
const fn never_ends_whitespace(b: u8) -> bool {
    BYTES[b as usize] & NEVER_ENDS != 0
}

/// Whether trimming `declared` and its final period would leave it as it is: it begins and
/// ends with bytes that no whitespace begins or ends with, and ends with no `.` or `。`.
/// Most declared messages are, Chinese ones included; two byte tests spare them the
/// trimming.
#[inline]
fn is_tidy(declared: &str) -> bool {
    is_trimmed(declared) && !declared.ends_with('.') && !declared.ends_with('。')
}

/// Whether `s` begins with a byte no whitespace begins with and ends with one no whitespace
/// ends with, so that `trim` would leave it as it is (`false` for an empty `s`). Exact for
/// ASCII, and for the usual Chinese text: `系统繁忙` is trimmed already.
#[inline]
pub(crate) fn is_trimmed(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.first().is_some_and(|&b| never_begins_whitespace(b))
        && bytes.last().is_some_and(|&b| never_ends_whitespace(b))
}

/// `s` without a final `.` or `。`, unless that is all there is.
fn trim_period(s: &str) -> &str {
    match s.strip_suffix('.').or_else(|| s.strip_suffix('。')) {
        Some(rest) if !rest.trim_start().is_empty() => rest,
        _ => s,
    }
}

/// Whether text appended right after `c` would continue its word: letters and digits of
/// scripts that separate words with spaces. Chinese and Japanese text runs on without
/// spaces, so an addition after it is never part of the same word.
fn joins_words(c: char) -> bool {
    (c.is_alphanumeric() || c == '_')
        && !matches!(c,
            '\u{3040}'..='\u{30FF}'   // kana
            | '\u{3400}'..='\u{4DBF}' // CJK extension A
            | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
            | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
            | '\u{20000}'..='\u{3134F}') // CJK extensions B to G
}

#[cfg(test)]
mod tests {
    use super::{
        first_byte_differs, is_tidy, is_trimmed, match_strength, never_begins_whitespace,
        never_ends_whitespace, trim_period,
    };

    #[test]
    fn a_period_after_a_space_is_trimmed_with_the_space() {
        // Found by the generated-catalogue property tests: "an 。" outscored "an".
        assert_eq!(match_strength("an 。", "an [trace 1]"), Some(2));
        assert_eq!(match_strength("an", "an [trace 1]"), Some(2));
    }

    #[test]
    fn boundaries() {
        assert_eq!(match_strength("", "anything"), None);
        assert_eq!(match_strength("abc", "ab"), None);
        assert_eq!(match_strength("ab", "abc"), None);
        assert_eq!(match_strength("ab", "ab-c"), Some(2));
        assert_eq!(
            match_strength("系统繁忙", "系统繁忙请稍后"),
            Some("系统繁忙".len())
        );
        // A received message that splits a multibyte character where the declared one ends.
        assert_eq!(match_strength("ab", "a\u{e9}"), None);
        assert_eq!(match_strength("café", "cafés"), None);
        // A message that is only a period keeps it.
        assert_eq!(match_strength("。", "。"), Some("。".len()));
    }

    #[test]
    fn inner_whitespace_runs_count_as_one_space() {
        let declared = "page_size is required";
        for received in [
            "page_size  is required",
            "page_size\tis\n required",
            "  Page_Size   IS  required. (trace 9f)",
            "page_size is   required",
        ] {
            assert_eq!(
                match_strength(declared, received),
                Some(declared.len()),
                "{received:?}"
            );
        }
        // A run in the declared message needs one at least as long.
        assert_eq!(match_strength("a  b", "a\t\nb"), Some(4));
        assert_eq!(match_strength("a  b", "a   b"), Some(4));
        assert_eq!(match_strength("a  b", "a b  "), None);
        assert_eq!(match_strength("a \t b.", "A\n\n\nb"), Some(5));
        assert_eq!(match_strength("a \t b c", "a    b\tc"), Some(7));
        assert_eq!(match_strength("a \t b c", "a    bc"), None);
        // A difference after the first run.
        assert_eq!(match_strength("a b c", "a  b  c"), Some(5));
        assert_eq!(match_strength("a b c", "a  b  d"), None);
        assert_eq!(match_strength("a b cd", "a  b  c"), None);
        // Whitespace is never made up or dropped.
        assert_eq!(match_strength(declared, "page_sizeis required"), None);
        assert_eq!(match_strength("a b", "ab"), None);
        assert_eq!(match_strength("ab", "a b"), None);
        // Received text ending inside a run of the declared message.
        assert_eq!(match_strength("a  b", "a "), None);
        assert_eq!(match_strength("a b", "a"), None);
        // Whitespace after the declared text is text appended, as before.
        assert_eq!(match_strength("a b", "a b   c"), Some(3));
        assert_eq!(match_strength("ab", "ab\tc"), Some(2));
        // Not ASCII whitespace: an ideographic space inside is compared as it is.
        assert_eq!(match_strength("系统 繁忙", "系统\u{3000}繁忙"), None);
        assert_eq!(
            match_strength("系统\u{3000}繁忙", "系统\u{3000}繁忙"),
            Some("系统\u{3000}繁忙".len())
        );
    }

    #[test]
    fn the_first_byte_test_rejects_only_what_the_full_comparison_rejects() {
        // Every character `trim` removes begins with a byte the test does not trust.
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if c.is_whitespace() {
                assert!(!never_begins_whitespace(first), "{c:?}");
            }
        }
        let messages = [
            "invalid param",
            " invalid param",
            "\u{3000}invalid",
            "\u{a0}x",
            "系统繁忙",
            "。",
            ".",
            "Invalid Param.",
            "",
            " ",
            "a b",
        ];
        for declared in messages {
            for received in messages {
                let received = received.trim();
                if first_byte_differs(declared, received) {
                    assert_eq!(
                        match_strength(declared, received),
                        None,
                        "{declared:?} {received:?}"
                    );
                }
            }
        }
        for declared in messages {
            if is_tidy(declared) {
                assert_eq!(trim_period(declared.trim()).trim_end(), declared);
            }
            if is_trimmed(declared) {
                assert_eq!(declared.trim(), declared);
            }
        }
        assert!(
            is_trimmed("a.") && !is_trimmed("a ") && !is_trimmed("") && !is_trimmed("\u{3000}a")
        );
        assert!(is_tidy("invalid param") && is_tidy("x") && is_tidy("系统繁忙"));
        assert!(!is_tidy("invalid param.") && !is_tidy("系统繁忙。") && !is_tidy("a "));
        assert!(
            !is_trimmed("系统繁忙\u{3000}")
                && !is_trimmed("\u{a0}a")
                && is_trimmed("不合法的access_token")
        );
        assert!(first_byte_differs("open_id is required", "invalid param"));
        assert!(!first_byte_differs("Invalid", "invalid param"));
        assert!(!first_byte_differs(" open_id", "invalid param"));
    }

    #[test]
    fn a_message_said_trimmed_is_left_as_it_is_by_trim() {
        // Every whitespace character ends with a byte the test does not trust.
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let encoded = c.encode_utf8(&mut buf);
            let last = encoded.as_bytes()[encoded.len() - 1];
            if c.is_whitespace() {
                assert!(!never_ends_whitespace(last), "{c:?}");
            }
            // A character alone, and between letters, at either end.
            for s in [
                alloc::format!("{c}"),
                alloc::format!("a{c}"),
                alloc::format!("{c}a"),
            ] {
                if is_trimmed(&s) {
                    assert_eq!(s.trim(), s.as_str(), "{c:?}");
                }
                if is_tidy(&s) {
                    assert_eq!(trim_period(s.trim()).trim_end(), s.as_str(), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn multibyte_text_ends_on_a_character() {
        assert_eq!(match_strength("é", "é"), Some(2));
        assert_eq!(match_strength("e", "é"), None);
        assert_eq!(match_strength("繁忙 a", "繁忙   a"), Some(8));
        assert_eq!(match_strength("Ǆ", "ǆ"), None); // not ASCII: case is not folded
    }
}
