//! An entry's reason, declared or made of its variant's name.

/// An entry's reason: the declared one, or its variant's name in `UPPER_SNAKE`
/// (`InvalidToken` is `INVALID_TOKEN`, `HTTPError` is `HTTP_ERROR`, `Http2Error` is
/// `HTTP2_ERROR`).
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Entry;
///
/// for (name, reason) in [("InvalidToken", "INVALID_TOKEN"), ("HTTPError", "HTTP_ERROR"),
///                        ("Http2Error", "HTTP2_ERROR"), ("SystemBusy", "SYSTEM_BUSY")] {
///     assert_eq!(Entry::new(1, name, "").reason().to_string(), reason);
/// }
/// ```
///
/// Two reasons are equal, and hash alike, when they read alike: a declared `"INVALID_TOKEN"`
/// is the reason `InvalidToken` gives by default.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::Entry;
///
/// let by_name = Entry::new(1, "InvalidToken", "").reason();
/// let declared = Entry::new(1, "Token", "").with_reason("INVALID_TOKEN").reason();
/// assert_eq!(by_name, declared);
/// assert_eq!(declared.declared(), Some("INVALID_TOKEN"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Reason {
    pub(super) declared: Option<&'static str>,
    pub(super) name: &'static str,
}

impl Reason {
    /// The reason written in the declaration, if any.
    #[must_use]
    pub const fn declared(&self) -> Option<&'static str> {
        self.declared
    }

    /// The reason's text, a character at a time: the declared one, else the name's words in
    /// upper snake case.
    fn chars(self) -> ReasonChars {
        ReasonChars {
            declared: self.declared.map(str::chars),
            name: self.name.chars().peekable(),
            previous: None,
            upper: None,
            after_underscore: None,
        }
    }
}

/// [`Reason::chars`].
struct ReasonChars {
    declared: Option<core::str::Chars<'static>>,
    name: core::iter::Peekable<core::str::Chars<'static>>,
    previous: Option<char>,
    upper: Option<core::char::ToUppercase>,
    after_underscore: Option<char>,
}

impl Iterator for ReasonChars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(declared) = &mut self.declared {
            return declared.next();
        }
        loop {
            if let Some(c) = self.upper.as_mut().and_then(Iterator::next) {
                return Some(c);
            }
            if let Some(c) = self.after_underscore.take() {
                self.upper = Some(c.to_uppercase());
                continue;
            }
            let c = self.name.next()?;
            // A word starts at an upper-case letter after a lower-case one or a digit
            // (`InvalidToken`), and at the last capital of an acronym (`HTTPError`).
            let boundary = c.is_uppercase()
                && self.previous.is_some_and(|p| {
                    p.is_lowercase()
                        || p.is_ascii_digit()
                        || (p.is_uppercase() && self.name.peek().is_some_and(|n| n.is_lowercase()))
                });
            self.previous = Some(c);
            if boundary {
                self.after_underscore = Some(c);
                return Some('_');
            }
            self.upper = Some(c.to_uppercase());
        }
    }
}

impl PartialEq for Reason {
    fn eq(&self, other: &Self) -> bool {
        self.chars().eq(other.chars())
    }
}

impl Eq for Reason {}

impl core::hash::Hash for Reason {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        for c in self.chars() {
            state.write_u32(u32::from(c));
        }
        state.write_u8(0xff);
    }
}

impl core::fmt::Display for Reason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use core::fmt::Write as _;
        if let Some(declared) = self.declared {
            return f.write_str(declared);
        }
        for c in self.chars() {
            f.write_char(c)?;
        }
        Ok(())
    }
}
