//! What a code is: a number for most platforms, a string for some.

use core::fmt;

/// A code as the platform sends it: an integer (`{"errcode": 40001}`, Qingtui, WeChat,
/// WeCom, Feishu, DingTalk's older API) or a string (`{"code": "PARAM_ERROR"}`, WeChat Pay v3,
/// DingTalk's newer API, Alipay's `sub_code`).
///
/// [`PlatformError::code`](crate::PlatformError::code) returns one for every error, whatever
/// its type, so that adding a variant to a type never changes what `code()` returns. It is
/// `Copy` and borrows a string code: reading a numeric code allocates nothing and costs what
/// an `i64` costs.
///
/// A catalogue knows which kind it speaks: its [`Catalogue::Code`](crate::Catalogue::Code)
/// is `i64` or `&str`, and it has a `const fn as_i64()` (or `as_str()`) of its own.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Code, PlatformError};
/// use platform_errors::qingtui::TokenError;
///
/// let code = TokenError::InvalidToken.code().unwrap();
/// assert_eq!(code, Code::Int(40402));
/// assert_eq!(code, 40402); // compares with an integer directly
/// assert_eq!(code.as_i64(), Some(40402));
/// assert_eq!(code.to_string(), "40402");
///
/// let code = Code::from("PARAM_ERROR");
/// assert_eq!(code, "PARAM_ERROR");
/// assert_eq!(code.as_str(), Some("PARAM_ERROR"));
/// assert_eq!(code.as_i64(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code<'a> {
    /// A numeric code, such as `40001`. Codes are `i64` everywhere, never narrowed: Feishu's
    /// reach nine digits.
    Int(i64),
    /// A string code, such as `"PARAM_ERROR"` or `"ACQ.TRADE_HAS_SUCCESS"`.
    Str(&'a str),
}

impl<'a> Code<'a> {
    /// The number, for a numeric code.
    #[must_use]
    pub const fn as_i64(self) -> Option<i64> {
        match self {
            Code::Int(code) => Some(code),
            Code::Str(_) => None,
        }
    }

    /// The text, for a string code.
    #[must_use]
    pub const fn as_str(self) -> Option<&'a str> {
        match self {
            Code::Int(_) => None,
            Code::Str(code) => Some(code),
        }
    }

    /// Whether this is a string code that is no number (`ACQ.TRADE_HAS_SUCCESS`,
    /// `NOT_FOUND`, not `"40004"`): what a string sub code that types an error is.
    #[cfg(feature = "alloc")]
    pub(crate) fn is_name(self) -> bool {
        matches!(self, Code::Str(text)
            if !text.is_empty() && <i64 as CodeKind<'_>>::from_code(Code::Str(text)).is_none())
    }
}

impl fmt::Display for Code<'_> {
    /// The number in decimal, or the string as it is.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(code) => fmt::Display::fmt(code, f),
            // Padded as a `str` is: `{:<8}` lines string codes up as numbers.
            Code::Str(code) => f.pad(code),
        }
    }
}

impl From<i64> for Code<'_> {
    fn from(code: i64) -> Self {
        Code::Int(code)
    }
}

impl<'a> From<&'a str> for Code<'a> {
    fn from(code: &'a str) -> Self {
        Code::Str(code)
    }
}

impl PartialEq<i64> for Code<'_> {
    fn eq(&self, other: &i64) -> bool {
        *self == Code::Int(*other)
    }
}

impl PartialEq<Code<'_>> for i64 {
    fn eq(&self, other: &Code<'_>) -> bool {
        Code::Int(*self) == *other
    }
}

impl PartialEq<str> for Code<'_> {
    fn eq(&self, other: &str) -> bool {
        matches!(self, Code::Str(code) if *code == other)
    }
}

impl PartialEq<&str> for Code<'_> {
    fn eq(&self, other: &&str) -> bool {
        matches!(self, Code::Str(code) if code == other)
    }
}

impl PartialEq<Code<'_>> for str {
    fn eq(&self, other: &Code<'_>) -> bool {
        other == self
    }
}

impl PartialEq<Code<'_>> for &str {
    fn eq(&self, other: &Code<'_>) -> bool {
        other == self
    }
}

#[cfg(feature = "alloc")]
impl PartialEq<alloc::string::String> for Code<'_> {
    fn eq(&self, other: &alloc::string::String) -> bool {
        *self == **other
    }
}

#[cfg(feature = "alloc")]
impl PartialEq<Code<'_>> for alloc::string::String {
    fn eq(&self, other: &Code<'_>) -> bool {
        *other == **self
    }
}

/// The kinds of code a catalogue can speak, `i64` and `&str`: what
/// [`Catalogue::Code`](crate::Catalogue::Code) may be. Sealed: the wire and the generated
/// code know both, and no other.
///
/// Generic code over catalogues names the kind it takes; `from_code` reads a [`Code`] as it:
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Code, CodeKind};
///
/// assert_eq!(<i64 as CodeKind>::from_code(Code::Str("40004")), Some(40004));
/// assert_eq!(<&str as CodeKind>::from_code(Code::Str("PARAM_ERROR")), Some("PARAM_ERROR"));
/// assert_eq!(<i64 as CodeKind>::from_code(Code::Str("PARAM_ERROR")), None);
/// ```
pub trait CodeKind<'a>: Copy + Into<Code<'a>> + sealed::Sealed {
    /// The code as kept once received: `i64`, or `String` for a string code (what a
    /// catch-all's `code` field holds; see [`OwnedCode`]).
    #[cfg(feature = "alloc")]
    type Owned: Clone + core::fmt::Debug + PartialEq + Eq + core::hash::Hash;

    /// The code as this kind, when it is one: a numeric string such as Alipay's `"40004"`
    /// is read as the number it denotes, exactly.
    fn from_code(code: Code<'a>) -> Option<Self>;

    /// The code, kept: `40001`, or `"PARAM_ERROR".to_owned()`.
    #[cfg(feature = "alloc")]
    fn to_owned_code(self) -> Self::Owned;

    /// Whether the kind is string codes (`&str`): a catalogue of them reads its envelope
    /// with string codes, whatever the envelope says.
    #[doc(hidden)]
    const IS_STR: bool = false;
}

/// What a catalogue's catch-all keeps of a code it does not declare: `i64` for a catalogue
/// of integer codes, `String` for one of string codes. The type of the `code` field of a
/// `define_codes!` umbrella's catch-all, which has only members and so takes their kind.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::OwnedCode;
/// use platform_errors::qingtui::ParamError;
///
/// let kept: OwnedCode<ParamError> = 40100;
/// assert_eq!(kept, 40100_i64);
/// ```
#[cfg(feature = "alloc")]
pub type OwnedCode<C> = <<C as crate::Catalogue>::Code<'static> as CodeKind<'static>>::Owned;

mod sealed {
    pub trait Sealed {}
    impl Sealed for i64 {}
    impl Sealed for &str {}
}

impl<'a> CodeKind<'a> for i64 {
    #[cfg(feature = "alloc")]
    type Owned = i64;

    #[cfg(feature = "alloc")]
    #[inline]
    fn to_owned_code(self) -> i64 {
        self
    }

    #[inline]
    fn from_code(code: Code<'a>) -> Option<Self> {
        match code {
            Code::Int(code) => Some(code),
            Code::Str(text) => parse_integer(text),
        }
    }
}

impl<'a> CodeKind<'a> for &'a str {
    #[cfg(feature = "alloc")]
    type Owned = alloc::string::String;

    const IS_STR: bool = true;

    #[cfg(feature = "alloc")]
    #[inline]
    fn to_owned_code(self) -> alloc::string::String {
        self.into()
    }

    #[inline]
    fn from_code(code: Code<'a>) -> Option<Self> {
        code.as_str()
    }
}

/// `text` as an `i64` when it is one exactly: an optional `-`, then ASCII digits, nothing
/// else (no `+`, no spaces, no fraction).
fn parse_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The integer a code denotes as the wire reads it: a number, or a string holding one,
/// spaces around it ignored, written as the wire takes it (`"40001"`, `" 40001 "`, `"+7"`,
/// `"40001.0"`); `None` for any other string.
pub(crate) fn integer_as_the_wire_reads(code: Code<'_>) -> Option<i64> {
    match code {
        Code::Int(code) => Some(code),
        Code::Str(text) => match number_in(text.trim()) {
            Number::Integer(code) => Some(code),
            _ => None,
        },
    }
}

/// A received code as `envelope` holds it: a string holding a number is that number, as the
/// wire reads it (`" 40001 "`, `"40001.0"`), unless the envelope's codes are strings
/// (Alipay's `"40004"` stays text). Inlined, so that a constant envelope folds away: the
/// wire's typing of every answer calls it.
#[inline]
pub(crate) fn as_the_envelope_holds<'a>(code: Code<'a>, envelope: &crate::Envelope) -> Code<'a> {
    match code {
        Code::Str(_) if !envelope.has_string_codes() => {
            integer_as_the_wire_reads(code).map_or(code, Code::Int)
        }
        _ => code,
    }
}

/// A number where `C`'s codes are strings, as the string code it is compared as: its decimal
/// text (a gateway's `"code": 404` before WeChat Pay, where `"404"` may be declared). `None`
/// for a string code, and for a number where `C`'s codes are numbers. What an `ApiError`'s
/// lookup and a catch-all's serde both read such a number as.
#[cfg(feature = "alloc")]
pub(crate) fn number_as_string_code<C: crate::Catalogue>(
    code: Code<'_>,
) -> Option<alloc::string::String> {
    match code {
        Code::Int(number) if <C::Code<'_> as CodeKind<'_>>::IS_STR => {
            Some(alloc::string::ToString::to_string(&number))
        }
        _ => None,
    }
}

/// What a number's text denotes, as a code.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Number {
    Integer(i64),
    /// An integer beyond `i64`.
    OutOfRange,
    /// Not an integer: a fraction remains.
    Fraction,
    /// Not a number.
    Invalid,
}

/// What the decimal number `text` denotes: an optional sign, digits with an optional point,
/// and an optional exponent (JSON's numbers, and the forms a string code may take: `+5`,
/// `5.`, `.5`). Exact: no float is made.
#[inline]
pub(crate) fn number_in(text: &str) -> Number {
    // The usual code: `-`, then up to 18 digits, which no overflow check needs.
    let bytes = text.as_bytes();
    let (negative, digits) = match bytes {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, bytes),
    };
    if !digits.is_empty() && digits.len() <= 18 {
        let mut magnitude: i64 = 0;
        for &b in digits {
            let digit = b.wrapping_sub(b'0');
            if digit > 9 {
                return decimal_in(bytes);
            }
            magnitude = magnitude * 10 + i64::from(digit);
        }
        return Number::Integer(if negative { -magnitude } else { magnitude });
    }
    decimal_in(bytes)
}

/// [`number_in`], for any decimal number.
#[inline(never)]
fn decimal_in(bytes: &[u8]) -> Number {
    let (negative, bytes) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, bytes),
    };
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(bytes.len(), |end| from + end)
    };
    let int_end = digits(0);
    let (frac_start, frac_end) = match bytes.get(int_end) {
        Some(b'.') => (int_end + 1, digits(int_end + 1)),
        _ => (int_end, int_end),
    };
    if int_end == 0 && frac_end == frac_start {
        return Number::Invalid;
    }
    // The exponent, saturated: beyond ±10^9 nothing changes the answer.
    let mut exponent: i64 = 0;
    let mut at = frac_end;
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        let sign = match bytes.get(at) {
            Some(b'-') => -1,
            Some(b'+') => 1,
            _ => 0,
        };
        at += usize::from(sign != 0);
        let end = digits(at);
        if end == at {
            return Number::Invalid;
        }
        for b in &bytes[at..end] {
            exponent = (exponent * 10 + i64::from(b - b'0')).min(1_000_000_000);
        }
        if sign < 0 {
            exponent = -exponent;
        }
        at = end;
    }
    if at != bytes.len() {
        return Number::Invalid;
    }
    // value = the digits of `int` and `frac` × 10^exponent, with trailing zeros moved to
    // the exponent, so that the last digit is not 0.
    let zeros = |digits: &[u8]| digits.iter().rev().take_while(|&&b| b == b'0').count();
    let frac = &bytes[frac_start..frac_end];
    let frac = &frac[..frac.len() - zeros(frac)];
    let mut int = &bytes[..int_end];
    let mut exponent = exponent - i64::try_from(frac.len()).unwrap_or(i64::MAX);
    if frac.is_empty() {
        let trailing = zeros(int);
        int = &int[..int.len() - trailing];
        exponent += i64::try_from(trailing).unwrap_or(i64::MAX);
    }
    let leading = int.iter().take_while(|&&b| b == b'0').count();
    let (int, frac) = if leading == int.len() {
        (
            &[][..],
            &frac[frac.iter().take_while(|&&b| b == b'0').count()..],
        )
    } else {
        (&int[leading..], frac)
    };
    let length = i64::try_from(int.len() + frac.len()).unwrap_or(i64::MAX);
    if length == 0 {
        return Number::Integer(0);
    }
    if exponent < 0 {
        // The last digit, not 0, stands after the point.
        return Number::Fraction;
    }
    if length + exponent > 19 {
        // At least 10^19, beyond i64.
        return Number::OutOfRange;
    }
    // Below 10^19: no overflow in u64.
    let mut magnitude = int
        .iter()
        .chain(frac)
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    for _ in 0..exponent {
        magnitude *= 10;
    }
    let limit = if negative {
        i64::MIN.unsigned_abs()
    } else {
        i64::MAX.unsigned_abs()
    };
    if magnitude > limit {
        return Number::OutOfRange;
    }
    // `i64::MIN`'s magnitude wraps to itself, and its negation is itself.
    #[allow(clippy::cast_possible_wrap)]
    let value = magnitude as i64;
    Number::Integer(if negative {
        value.wrapping_neg()
    } else {
        value
    })
}

/// Why a number's text is not a code: see [`exact_integer`].
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{exact_integer, NotAnInteger};
///
/// assert_eq!(exact_integer("40001.5"), Err(NotAnInteger::Fraction));
/// assert_eq!(exact_integer("1e19"), Err(NotAnInteger::OutOfRange));
/// assert_eq!(exact_integer("forty"), Err(NotAnInteger::Invalid));
/// assert_eq!(NotAnInteger::Fraction.to_string(), "not an integer: a fraction remains");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotAnInteger {
    /// A fraction remains (`1.5`, `1e-400`, `40001.0000000000001`).
    Fraction,
    /// An integer beyond `i64`.
    OutOfRange,
    /// Not a decimal number at all.
    Invalid,
}

impl fmt::Display for NotAnInteger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NotAnInteger::Fraction => "not an integer: a fraction remains",
            NotAnInteger::OutOfRange => "an integer beyond i64",
            NotAnInteger::Invalid => "not a decimal number",
        })
    }
}

impl core::error::Error for NotAnInteger {}

/// The integer a decimal number's text denotes, exactly, as the wire reads a numeric code:
/// an optional sign, digits with an optional point, an optional exponent (JSON's numbers, and
/// the forms a numeric string code may take). No float is made, so `9007199254740993.0` is
/// that integer, and `1e-400` is a fraction, not 0.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{exact_integer, NotAnInteger};
///
/// assert_eq!(exact_integer("40001"), Ok(40001));
/// assert_eq!(exact_integer("4.0001e4"), Ok(40001));
/// assert_eq!(exact_integer("9007199254740993.0"), Ok(9_007_199_254_740_993));
/// assert_eq!(exact_integer("1e-400"), Err(NotAnInteger::Fraction));
/// assert_eq!(exact_integer("40001.0000000000001"), Err(NotAnInteger::Fraction));
/// assert_eq!(exact_integer("1e19"), Err(NotAnInteger::OutOfRange));
/// assert_eq!(exact_integer("PARAM_ERROR"), Err(NotAnInteger::Invalid));
/// ```
///
/// # Errors
/// Why the text denotes no `i64`.
pub fn exact_integer(text: &str) -> Result<i64, NotAnInteger> {
    match number_in(text) {
        Number::Integer(value) => Ok(value),
        Number::Fraction => Err(NotAnInteger::Fraction),
        Number::OutOfRange => Err(NotAnInteger::OutOfRange),
        Number::Invalid => Err(NotAnInteger::Invalid),
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, CodeKind};

    #[test]
    fn numeric_strings_are_read_exactly() {
        assert_eq!(i64::from_code(Code::Str("40004")), Some(40004));
        assert_eq!(i64::from_code(Code::Str("-1")), Some(-1));
        for text in [
            "",
            "-",
            "+1",
            " 1",
            "1.0",
            "1e3",
            "PARAM_ERROR",
            "99999999999999999999",
        ] {
            assert_eq!(i64::from_code(Code::Str(text)), None, "{text:?}");
        }
        assert_eq!(<&str>::from_code(Code::Int(1)), None);
        assert_eq!(<&str>::from_code(Code::Str("X")), Some("X"));
    }

    #[test]
    fn order_and_equality() {
        assert!(Code::Int(i64::MAX) < Code::Str(""));
        assert_eq!(40001, Code::Int(40001));
        assert_ne!(Code::Str("40001"), 40001);
    }
}
