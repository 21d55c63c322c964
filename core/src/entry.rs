mod docs_url;
mod reason;
mod table;

pub use docs_url::DocsUrl;
pub use reason::Reason;
pub use table::{concat, from_columns, from_str_columns};

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
