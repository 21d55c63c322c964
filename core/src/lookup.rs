use core::fmt;

use crate::{Entry, Envelope};

/// Types whose values can be built from a received code: what `#[derive(PlatformError)]`
/// generates when every variant is a unit variant, a transparent variant over a type with
/// lookup, or the catch-all, and what every `define_codes!` catalogue has.
///
/// ```
/// use platform_errors_core::FromCode;
/// use platform_errors_core::qingtui::ParamError;
///
/// // 40100 has 23 messages: the code alone gives the first declared.
/// assert_eq!(ParamError::from_code(40100), Some(ParamError::InvalidParam));
/// // With the received message, the one it matches, however untidy.
/// assert_eq!(
///     ParamError::from_code_and_message(40100, "  Page_size is required. (request 7f3a)"),
///     Some(ParamError::PageSizeRequired),
/// );
/// assert_eq!(ParamError::from_code(99999), None);
/// assert_eq!(ParamError::ENTRIES.len(), 23);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be looked up by code: it is not a catalogue",
    label = "not a catalogue",
    note = "catalogues are enums declared with `define_codes!`, or types deriving `PlatformError` whose variants are all unit, transparent or the catch-all"
)]
pub trait FromCode: Sized {
    /// Every declared code, in declaration order; for a type with transparent variants, the
    /// entries of each inner type in their place.
    const ENTRIES: &'static [Entry];

    /// The names under which the platform sends the code, the message and the request id,
    /// and its success code: what `ApiError<Self>`, `Response<T, Self>` and the type's own
    /// serde impls read and write. The default is `errcode`/`errmsg` with success 0
    /// ([`Envelope::ERRCODE_ERRMSG`]); a catalogue of another platform overrides it:
    ///
    /// ```
    /// use platform_errors_core::{Entry, Envelope, FromCode, MessageMatch};
    ///
    /// #[derive(Debug)]
    /// enum LarkError {}
    ///
    /// impl FromCode for LarkError {
    ///     const ENTRIES: &'static [Entry] = &[];
    ///     const ENVELOPE: Envelope = Envelope::CODE_MSG;
    ///     fn from_code(_: i64) -> Option<Self> { None }
    ///     fn match_message(_: i64, _: &str) -> Option<MessageMatch<Self>> { None }
    /// }
    /// assert_eq!(LarkError::ENVELOPE.code(), "code");
    /// ```
    const ENVELOPE: Envelope = Envelope::ERRCODE_ERRMSG;

    /// The first declared variant with this code.
    fn from_code(code: i64) -> Option<Self>;

    /// The variant with this code whose declared message best matches `message`, with the
    /// strength of the match; `None` when no declared message for `code` matches.
    ///
    /// Matching follows [`message_matches`]; among several matches the longest declared
    /// message wins, so that the most specific one is chosen. Composite types use the
    /// strength to pick among their members.
    fn match_message(code: i64, message: &str) -> Option<MessageMatch<Self>>;

    /// Among the variants with this code, the one whose declared message matches `message`;
    /// else the first with the code.
    fn from_code_and_message(code: i64, message: &str) -> Option<Self> {
        match Self::match_message(code, message) {
            Some(found) => Some(found.value),
            None => Self::from_code(code),
        }
    }
}

/// A variant found by its message, with the strength of the match (the length in bytes of
/// the declared message that matched: longer is more specific).
///
/// ```
/// use platform_errors_core::FromCode;
/// use platform_errors_core::qingtui::ParamError;
///
/// let found = ParamError::match_message(40100, "app_id is required").unwrap();
/// assert_eq!(found.value, ParamError::AppIdRequired);
/// assert_eq!(found.strength, "app_id is required".len());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageMatch<T> {
    /// The variant found.
    pub value: T,
    /// The length of the declared message that matched.
    pub strength: usize,
}

impl<T> MessageMatch<T> {
    /// Maps the value, keeping the strength.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> MessageMatch<U> {
        MessageMatch {
            value: f(self.value),
            strength: self.strength,
        }
    }
}

/// Types with a catch-all variant: every `(code, message)` pair the platform sends maps to a
/// value, unknown codes to the catch-all with both values kept.
///
/// ```
/// use platform_errors_core::{FromResponse, PlatformError};
/// use platform_errors_core::qingtui::QingtuiError;
///
/// let known = QingtuiError::from_response(40402, "invalid token");
/// assert_eq!(known.category(), Some("token"));
///
/// let unknown = QingtuiError::from_response(12345, "brand new failure");
/// assert_eq!(unknown.code(), 12345);
/// assert_eq!(unknown.to_string(), "brand new failure");
/// ```
pub trait FromResponse: FromCode {
    /// The declared variant that [`FromCode::from_code_and_message`] finds, else the
    /// catch-all holding `code` and `message`.
    fn from_response(code: i64, message: &str) -> Self;
}

/// Whether a received message matches a declared one, as platforms send them: surrounding
/// whitespace, ASCII case and a trailing period (`.` or `。`) are ignored; where the declared
/// message has whitespace, the received one may have more, of any ASCII kind (spaces, tabs,
/// line breaks); and text the platform appends after the message is allowed where it does
/// not continue a word (after Chinese or Japanese text, which has no spaces between words, it
/// always is). Whitespace is never dropped: `"invalid token"` does not match
/// `"invalidtoken"`.
///
/// ```
/// use platform_errors_core::message_matches;
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
    // "系统繁忙 。" is "系统繁忙": trim again once the period is gone.
    let declared = trim_period(declared.trim()).trim_end();
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
    let end = if r[..d.len()].eq_ignore_ascii_case(d) {
        d.len()
    } else {
        differs_at_space(d, r)?
    };
    // Equal bytes up to the end of a character of `declared` end a character of `received`.
    let rest = received.get(end..)?;
    let joined = declared.chars().next_back().is_some_and(joins_words)
        && rest.chars().next().is_some_and(joins_words);
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

/// `s` without a final `.` or `。`, unless that is all there is.
fn trim_period(s: &str) -> &str {
    match s.strip_suffix('.').or_else(|| s.strip_suffix('。')) {
        Some(rest) if !rest.trim().is_empty() => rest,
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

/// The error of converting a code into a catalogue type that does not declare it: it keeps
/// the code and names the type.
///
/// ```
/// use platform_errors_core::qingtui::TokenError;
///
/// let err = TokenError::try_from(40100).unwrap_err();
/// assert_eq!(err.code(), 40100);
/// assert_eq!(err.type_name(), "TokenError");
/// assert_eq!(err.to_string(), "code 40100 is not declared by `TokenError`");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: i64,
    type_name: &'static str,
}

impl UnknownCode {
    /// An error for `code`, rejected by the type named `type_name`.
    #[must_use]
    pub const fn new(code: i64, type_name: &'static str) -> Self {
        UnknownCode { code, type_name }
    }

    /// The code that was rejected.
    #[must_use]
    pub const fn code(&self) -> i64 {
        self.code
    }

    /// The name of the type that rejected it.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "code {} is not declared by `{}`",
            self.code, self.type_name
        )
    }
}

impl core::error::Error for UnknownCode {}

/// The error of parsing a catalogue value from a string that names none of its variants.
///
/// ```
/// use platform_errors_core::qingtui::TokenError;
///
/// assert_eq!("InvalidToken".parse(), Ok(TokenError::InvalidToken));
/// let err = "NoSuchThing".parse::<TokenError>().unwrap_err();
/// assert_eq!(err.to_string(), "no variant of `TokenError` has that name");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownVariant {
    type_name: &'static str,
}

impl UnknownVariant {
    /// An error naming the type whose variant was not found.
    #[must_use]
    pub const fn new(type_name: &'static str) -> Self {
        UnknownVariant { type_name }
    }

    /// The name of the type.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no variant of `{}` has that name", self.type_name)
    }
}

impl core::error::Error for UnknownVariant {}

#[cfg(test)]
mod tests {
    use super::match_strength;

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
    fn multibyte_text_ends_on_a_character() {
        assert_eq!(match_strength("é", "é"), Some(2));
        assert_eq!(match_strength("e", "é"), None);
        assert_eq!(match_strength("繁忙 a", "繁忙   a"), Some(8));
        assert_eq!(match_strength("Ǆ", "ǆ"), None); // not ASCII: case is not folded
    }
}
