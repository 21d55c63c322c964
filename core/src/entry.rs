use crate::{Advice, Code};

/// One declared code of a catalogue: what [`Catalogue::ENTRIES`](crate::Catalogue::ENTRIES)
/// lists, for iteration and export.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{Advice, Entry};
///
/// const ENTRY: Entry = Entry::new(40402, "InvalidToken", "invalid token")
///     .with_category("token")
///     .with_advice(Advice::RefreshToken)
///     .with_translations(&[("zh", "无效的 token")]);
///
/// assert_eq!(ENTRY.code(), 40402);
/// assert_eq!(ENTRY.message_in("zh"), Some("无效的 token"));
/// assert_eq!(ENTRY.message_in("fr"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    code: Code<'static>,
    name: &'static str,
    message: &'static str,
    category: Option<&'static str>,
    advice: Advice,
    /// `None` for none: no pointer, which makes large tables cheaper to build at compile time.
    translations: Option<&'static [(&'static str, &'static str)]>,
    reason: Option<&'static str>,
    docs: Option<&'static str>,
    /// 0 for none.
    http_status: u16,
}

impl Entry {
    /// An entry for a numeric code, with no category, [`Advice::None`] and no
    /// translations.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!((E.code(), E.name(), E.message()), (45009.into(), "RateLimited", "api freq out of limit"));
    /// ```
    #[must_use]
    pub const fn new(code: i64, name: &'static str, message: &'static str) -> Self {
        Entry::with_code(Code::Int(code), name, message)
    }

    /// An entry for a code of either kind (a number, or a string code such as
    /// `"PARAM_ERROR"`), with no category, [`Advice::None`] and no translations.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Code, Entry};
    ///
    /// const ENTRY: Entry = Entry::with_code(Code::Str("PARAM_ERROR"), "ParamError", "参数错误");
    /// assert_eq!(ENTRY.code(), "PARAM_ERROR");
    /// ```
    #[must_use]
    pub const fn with_code(code: Code<'static>, name: &'static str, message: &'static str) -> Self {
        Entry {
            code,
            name,
            message,
            category: None,
            advice: Advice::None,
            translations: None,
            reason: None,
            docs: None,
            http_status: 0,
        }
    }

    /// Sets the reason, a stable `UPPER_SNAKE` identifier (see [`Entry::reason`]).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.reason().to_string(), "RATE_LIMITED");
    /// ```
    #[must_use]
    pub const fn with_reason(mut self, reason: &'static str) -> Self {
        self.reason = Some(reason);
        self
    }

    /// Sets the documentation link's template: `{code}` in it stands for the code, and `{{`
    /// and `}}` for literal braces, as in messages; any other brace is kept as it is. A
    /// template without `{code}` is the same link for every entry. A string code is written
    /// percent-encoded (every byte but ASCII letters, digits, `-`, `.`, `_` and `~`), so that
    /// a code with a space or a slash stays one segment of the link.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Entry;
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit").with_docs("https://example.com/{code}");
    /// assert_eq!(E.docs_url().unwrap().to_string(), "https://example.com/45009");
    /// ```
    #[must_use]
    pub const fn with_docs(mut self, template: &'static str) -> Self {
        self.docs = Some(template);
        self
    }

    /// Sets the HTTP status a service answers with when it sends this code itself.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.http_status(), Some(429));
    /// ```
    #[must_use]
    pub const fn with_http_status(mut self, status: u16) -> Self {
        self.http_status = status;
        self
    }

    /// A stable, machine-readable identifier of the error, as Google's AIP-193 has
    /// `ErrorInfo.reason`: the declared one, or the variant's name in `UPPER_SNAKE`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Entry;
    ///
    /// let entry = Entry::new(40402, "InvalidToken", "invalid token");
    /// assert_eq!(entry.reason().to_string(), "INVALID_TOKEN");
    /// let entry = entry.with_reason("TOKEN_INVALID");
    /// assert_eq!(entry.reason().to_string(), "TOKEN_INVALID");
    /// ```
    #[must_use]
    pub const fn reason(&self) -> Reason {
        Reason {
            declared: self.reason,
            name: self.name,
        }
    }

    /// The documentation link, from the catalogue's template (`#[platform(docs =
    /// "https://example.com/errors/{code}")]`), as RFC 9457's `type` or miette's `url`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Code, Entry};
    ///
    /// let entry = Entry::new(40402, "InvalidToken", "invalid token")
    ///     .with_docs("https://example.com/errors/{code}");
    /// assert_eq!(entry.docs_url().unwrap().to_string(), "https://example.com/errors/40402");
    /// assert!(Entry::new(1, "One", "one").docs_url().is_none());
    ///
    /// // A string code is percent-encoded.
    /// let entry = Entry::with_code(Code::Str("Order not/found"), "OrderNotFound", "no order")
    ///     .with_docs("https://example.com/errors?code={code}");
    /// let url = entry.docs_url().unwrap().to_string();
    /// assert_eq!(url, "https://example.com/errors?code=Order%20not%2Ffound");
    /// ```
    #[must_use]
    pub const fn docs_url(&self) -> Option<DocsUrl> {
        match self.docs {
            Some(template) => Some(DocsUrl {
                template,
                code: self.code,
            }),
            None => None,
        }
    }

    /// The HTTP status a service answers with when it sends this code itself, if declared.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.http_status(), Some(429));
    /// assert_eq!(Entry::new(1, "One", "one").http_status(), None);
    /// ```
    #[must_use]
    pub const fn http_status(&self) -> Option<u16> {
        if self.http_status == 0 {
            None
        } else {
            Some(self.http_status)
        }
    }

    /// Sets the category.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.category(), Some("general"));
    /// ```
    #[must_use]
    pub const fn with_category(mut self, category: &'static str) -> Self {
        self.category = Some(category);
        self
    }

    /// Sets the advice.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.advice(), Advice::Throttle);
    /// ```
    #[must_use]
    pub const fn with_advice(mut self, advice: Advice) -> Self {
        self.advice = advice;
        self
    }

    /// Sets the translations, as `(language tag, message)` pairs.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.message_in("zh-CN"), Some("接口调用超过限制"));
    /// ```
    #[must_use]
    pub const fn with_translations(
        mut self,
        translations: &'static [(&'static str, &'static str)],
    ) -> Self {
        self.translations = Some(translations);
        self
    }

    /// The code the platform sends (as `errcode`, or its envelope's code field).
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.code(), 45009);
    /// ```
    #[must_use]
    pub const fn code(&self) -> Code<'static> {
        self.code
    }

    /// The variant's name, e.g. `"InvalidToken"`.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.name(), "RateLimited");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The declared (default-language) message.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.message(), "api freq out of limit");
    /// ```
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The category, if the type declares one.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.category(), Some("general"));
    /// assert_eq!(Entry::new(1, "One", "one").category(), None);
    /// ```
    #[must_use]
    pub const fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// What a client should do.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.advice(), Advice::Throttle);
    /// assert_eq!(Entry::new(1, "One", "one").advice(), Advice::None);
    /// ```
    #[must_use]
    pub const fn advice(&self) -> Advice {
        self.advice
    }

    /// The declared translations, as `(language tag, message)` pairs.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::{Advice, Entry};
    ///
    /// const E: Entry = Entry::new(45009, "RateLimited", "api freq out of limit")
    ///     .with_category("general")
    ///     .with_advice(Advice::Throttle)
    ///     .with_http_status(429)
    ///     .with_reason("RATE_LIMITED")
    ///     .with_translations(&[("zh", "接口调用超过限制")]);
    /// assert_eq!(E.translations(), &[("zh", "接口调用超过限制")]);
    /// ```
    #[must_use]
    pub const fn translations(&self) -> &'static [(&'static str, &'static str)] {
        match self.translations {
            Some(translations) => translations,
            None => &[],
        }
    }

    /// The translation for a language tag: `"en"`, `"zh"`, or a fuller tag such as
    /// `"zh-CN"`, `"zh_CN"` or `"en-US"`, which finds `zh` or `en` when no translation is
    /// declared under the tag itself. Tags are matched as [`lang::select`](crate::lang::select)
    /// describes.
    ///
    /// ```
    /// # extern crate platform_errors_core as platform_errors;
    /// use platform_errors::Entry;
    ///
    /// const ENTRY: Entry = Entry::new(-1, "SystemBusy", "系统繁忙")
    ///     .with_translations(&[("zh", "系统繁忙"), ("en", "system busy")]);
    /// assert_eq!(ENTRY.message_in("en-US"), Some("system busy"));
    /// assert_eq!(ENTRY.message_in("zh-Hans-CN"), Some("系统繁忙"));
    /// assert_eq!(ENTRY.message_in("ja"), None);
    /// ```
    #[must_use]
    pub fn message_in(&self, lang: &str) -> Option<&'static str> {
        translation(self.translations(), lang)
    }
}

/// Finds `lang` among `(tag, message)` pairs, per [`crate::lang::select`]; what the
/// generated `message_in` calls.
#[inline]
pub fn translation(
    translations: &'static [(&'static str, &'static str)],
    lang: &str,
) -> Option<&'static str> {
    crate::lang::translation(translations, lang)
}

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
    declared: Option<&'static str>,
    name: &'static str,
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

/// An entry's documentation link: its catalogue's template with `{code}` filled in, a string
/// code percent-encoded (and `{{`, `}}` read as literal braces; see [`Entry::with_docs`]).
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
    template: &'static str,
    code: Code<'static>,
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

#[cfg(test)]
mod tests {
    use super::{concat, from_columns, from_str_columns, Advice, Code, Entry};

    const BASE: Entry = Entry::new(0, "", "").with_category("auth");
    const TABLE: [Entry; 3] = from_columns::<3>(
        &[40001, 40002, 40003],
        &["A", "B", "C"],
        &["a", "b", "c"],
        BASE,
    );
    const STRINGS: [Entry; 2] =
        from_str_columns::<2>(&["X_ERR", "Y_ERR"], &["X", "Y"], &["x", "y"], BASE);
    const BOTH: [Entry; 5] = concat::<5>(&[&TABLE, &STRINGS]);

    #[cfg(feature = "alloc")]
    #[test]
    fn docs_urls_percent_encode_string_codes() {
        let url = |code| {
            let entry = Entry::with_code(code, "E", "e").with_docs("https://x.test/{code}/{{x}}");
            alloc::string::ToString::to_string(&entry.docs_url().unwrap())
        };
        assert_eq!(
            url(Code::Str("PARAM_ERROR")),
            "https://x.test/PARAM_ERROR/{x}"
        );
        assert_eq!(url(Code::Str("a-b.c_d~e")), "https://x.test/a-b.c_d~e/{x}");
        assert_eq!(
            url(Code::Str("错误 1/?#%")),
            "https://x.test/%E9%94%99%E8%AF%AF%201%2F%3F%23%25/{x}"
        );
        assert_eq!(url(Code::Int(-40001)), "https://x.test/-40001/{x}");
    }

    #[test]
    fn columns_make_each_entry_from_the_base() {
        // In a constant (the compiler's evaluator, which rejects reading memory that was
        // never written) and at run time alike.
        let at_run_time = from_columns::<3>(
            &[40001, 40002, 40003],
            &["A", "B", "C"],
            &["a", "b", "c"],
            BASE,
        );
        for table in [TABLE, at_run_time] {
            for (entry, (code, name, message)) in
                table
                    .iter()
                    .zip([(40001, "A", "a"), (40002, "B", "b"), (40003, "C", "c")])
            {
                assert_eq!(entry.code(), Code::Int(code));
                assert_eq!((entry.name(), entry.message()), (name, message));
                assert_eq!(entry.category(), Some("auth"));
                assert_eq!(entry.advice(), Advice::None);
                assert!(entry.translations().is_empty());
            }
        }
        assert_eq!(STRINGS[1].code(), Code::Str("Y_ERR"));
        assert_eq!(BOTH.map(|entry| entry.name()), ["A", "B", "C", "X", "Y"]);
    }

    #[test]
    #[cfg(feature = "alloc")]
    fn docs_templates_read_braces_as_messages_do() {
        let url = |template: &'static str| {
            Entry::new(40001, "A", "a")
                .with_docs(template)
                .docs_url()
                .map(|url| alloc::string::ToString::to_string(&url))
        };
        assert_eq!(url("https://x/{code}").as_deref(), Some("https://x/40001"));
        assert_eq!(
            url("https://x/{code}#{code}").as_deref(),
            Some("https://x/40001#40001")
        );
        // `{{` and `}}` are literal braces, `{{code}}` the text `{code}`.
        assert_eq!(
            url("https://x/{{code}}/{code}").as_deref(),
            Some("https://x/{code}/40001")
        );
        assert_eq!(url("a{{b}}c").as_deref(), Some("a{b}c"));
        // Without `{code}`: one link for every entry. Other braces stay as they are.
        assert_eq!(url("https://x/errors").as_deref(), Some("https://x/errors"));
        assert_eq!(url("a{b}c}").as_deref(), Some("a{b}c}"));
        let entry = Entry::with_code(Code::Str("PARAM_ERROR"), "P", "p").with_docs("/e/{code}");
        assert_eq!(
            entry
                .docs_url()
                .map(|url| alloc::string::ToString::to_string(&url))
                .as_deref(),
            Some("/e/PARAM_ERROR")
        );
    }

    #[test]
    #[should_panic(expected = "column length mismatch")]
    fn a_short_column_panics() {
        let _ = from_columns::<2>(&[1, 2], &["A"], &["a", "b"], BASE);
    }

    #[test]
    #[should_panic(expected = "entry count mismatch")]
    fn a_wrong_count_panics() {
        let _ = concat::<4>(&[&TABLE[..1], &STRINGS]);
    }

    #[test]
    fn translations_are_empty_until_set() {
        let entry = Entry::new(1, "A", "a");
        assert!(entry.translations().is_empty());
        assert_eq!(entry.message_in("en"), None);
        let entry = entry.with_translations(&[("en", "an a")]);
        assert_eq!(entry.translations(), &[("en", "an a")]);
        assert_eq!(entry.message_in("en-US"), Some("an a"));
    }
}
