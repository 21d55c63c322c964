use crate::Advice;

/// One declared code of a catalogue: what [`FromCode::ENTRIES`](crate::FromCode::ENTRIES)
/// lists, for iteration and export.
///
/// ```
/// use platform_errors_core::{Advice, Entry};
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
    code: i64,
    name: &'static str,
    message: &'static str,
    category: Option<&'static str>,
    advice: Advice,
    translations: &'static [(&'static str, &'static str)],
}

impl Entry {
    /// An entry with no category, [`Advice::None`] and no translations.
    #[must_use]
    pub const fn new(code: i64, name: &'static str, message: &'static str) -> Self {
        Entry {
            code,
            name,
            message,
            category: None,
            advice: Advice::None,
            translations: &[],
        }
    }

    /// Sets the category.
    #[must_use]
    pub const fn with_category(mut self, category: &'static str) -> Self {
        self.category = Some(category);
        self
    }

    /// Sets the advice.
    #[must_use]
    pub const fn with_advice(mut self, advice: Advice) -> Self {
        self.advice = advice;
        self
    }

    /// Sets the translations, as `(language tag, message)` pairs.
    #[must_use]
    pub const fn with_translations(
        mut self,
        translations: &'static [(&'static str, &'static str)],
    ) -> Self {
        self.translations = translations;
        self
    }

    /// The code the platform sends as `errcode`.
    #[must_use]
    pub const fn code(&self) -> i64 {
        self.code
    }

    /// The variant's name, e.g. `"InvalidToken"`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The declared (default-language) message.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The category, if the type declares one.
    #[must_use]
    pub const fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// What a client should do.
    #[must_use]
    pub const fn advice(&self) -> Advice {
        self.advice
    }

    /// The declared translations, as `(language tag, message)` pairs.
    #[must_use]
    pub const fn translations(&self) -> &'static [(&'static str, &'static str)] {
        self.translations
    }

    /// The translation for a language tag: `"en"`, `"zh"`, or a fuller tag such as
    /// `"zh-CN"`, `"zh_CN"` or `"en-US"`, which finds `zh` or `en` when no translation is
    /// declared under the tag itself. Tags are matched as [`lang::select`](crate::lang::select)
    /// describes.
    ///
    /// ```
    /// use platform_errors_core::Entry;
    ///
    /// const ENTRY: Entry = Entry::new(-1, "SystemBusy", "系统繁忙")
    ///     .with_translations(&[("zh", "系统繁忙"), ("en", "system busy")]);
    /// assert_eq!(ENTRY.message_in("en-US"), Some("system busy"));
    /// assert_eq!(ENTRY.message_in("zh-Hans-CN"), Some("系统繁忙"));
    /// assert_eq!(ENTRY.message_in("ja"), None);
    /// ```
    #[must_use]
    pub fn message_in(&self, lang: &str) -> Option<&'static str> {
        translation(self.translations, lang)
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
    let mut out = [Entry::new(0, "", ""); N];
    let mut written = 0;
    let mut part = 0;
    while part < parts.len() {
        let mut i = 0;
        while i < parts[part].len() {
            out[written] = parts[part][i];
            written += 1;
            i += 1;
        }
        part += 1;
    }
    assert!(written == N, "entry count mismatch");
    out
}
