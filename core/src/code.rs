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
/// use platform_errors_core::{Code, PlatformError};
/// use platform_errors_core::qingtui::TokenError;
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
}

impl fmt::Display for Code<'_> {
    /// The number in decimal, or the string as it is.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(code) => fmt::Display::fmt(code, f),
            Code::Str(code) => f.write_str(code),
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

/// The kinds of code a catalogue can speak, `i64` and `&str`: what
/// [`Catalogue::Code`](crate::Catalogue::Code) may be. Sealed: the wire and the generated
/// code know both, and no other.
pub trait CodeKind<'a>: Copy + Into<Code<'a>> + sealed::Sealed {
    /// The code as this kind, when it is one: a numeric string such as Alipay's `"40004"`
    /// is read as the number it denotes, exactly.
    fn from_code(code: Code<'a>) -> Option<Self>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for i64 {}
    impl Sealed for &str {}
}

impl<'a> CodeKind<'a> for i64 {
    #[inline]
    fn from_code(code: Code<'a>) -> Option<Self> {
        match code {
            Code::Int(code) => Some(code),
            Code::Str(text) => parse_integer(text),
        }
    }
}

impl<'a> CodeKind<'a> for &'a str {
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
