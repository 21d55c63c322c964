//! The URL of an entry's documentation, its code filled into the type's template.

use crate::Code;

/// An entry's documentation link: its catalogue's template with `{code}` filled in, a string
/// code percent-encoded (and `{{`, `}}` read as literal braces; see [`Entry::with_docs`](super::Entry::with_docs)).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Code, Entry};
///
/// const PAY: Entry = Entry::with_code(Code::Str("PARAM_ERROR"), "ParamError", "参数错误")
///     .with_docs("https://example.com/errors/{code}");
/// assert_eq!(PAY.docs_url().unwrap().to_string(), "https://example.com/errors/PARAM_ERROR");
/// assert!(Entry::new(1, "One", "one").docs_url().is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocsUrl {
    pub(super) template: &'static str,
    pub(super) code: Code<'static>,
}

impl core::fmt::Display for DocsUrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut rest = self.template;
        while let Some(at) = rest.find(['{', '}']) {
            f.write_str(&rest[..at])?;
            let tail = &rest[at..];
            if let Some(after) = tail.strip_prefix("{code}") {
                match self.code {
                    Code::Int(code) => write!(f, "{code}")?,
                    Code::Str(code) => write_percent_encoded(f, code)?,
                }
                rest = after;
            } else if tail.starts_with("{{") || tail.starts_with("}}") {
                // A literal brace, written twice as in a message.
                f.write_str(&tail[..1])?;
                rest = &tail[2..];
            } else {
                f.write_str(&tail[..1])?;
                rest = &tail[1..];
            }
        }
        f.write_str(rest)
    }
}

/// `code` with every byte but RFC 3986's unreserved ones (ASCII letters, digits, `-`, `.`,
/// `_`, `~`) written as `%XX`.
fn write_percent_encoded(f: &mut core::fmt::Formatter<'_>, code: &str) -> core::fmt::Result {
    use core::fmt::Write as _;
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in code.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            f.write_char(char::from(byte))?;
        } else {
            f.write_char('%')?;
            f.write_char(char::from(HEX[usize::from(byte >> 4)]))?;
            f.write_char(char::from(HEX[usize::from(byte & 0xF)]))?;
        }
    }
    Ok(())
}
