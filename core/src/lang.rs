//! Language tags: how a requested tag such as `zh-CN` finds a declared translation.
//!
//! Catalogues declare their translations under short tags (`en`, `zh`), and callers pass
//! what they have: an `Accept-Language` entry, a locale from the environment (`zh_CN`), a
//! user setting (`EN`). [`select`] finds the declared tag that serves a requested one, in
//! the manner of BCP 47 lookup:
//!
//! 1. the declared tag equal to the requested one;
//! 2. else the declared tag equal to the longest prefix of it, dropping subtags from the end
//!    (`zh-Hans-CN`, then `zh-Hans`, then `zh`), a single-letter subtag (`x`, `u`) with the
//!    one after it;
//! 3. else the first declared tag with the same primary language subtag (`zh-TW` finds a
//!    declared `zh-CN` when neither `zh-TW` nor `zh` is declared).
//!
//! Tags are compared ASCII case-insensitively, and `_` counts as `-`. Surrounding whitespace
//! is ignored. An empty tag and the wildcard `*` name no language and select nothing, so
//! that callers fall back to their default message.
//!
//! ```
//! use platform_errors_core::lang;
//!
//! let declared = [("en", "invalid token"), ("zh", "无效的 token")];
//! for tag in ["zh-CN", "zh_CN", "zh-Hans-CN", "ZH"] {
//!     assert_eq!(lang::select(&declared, tag), Some(&("zh", "无效的 token")), "{tag}");
//! }
//! assert_eq!(lang::translation(&declared, "en-US"), Some("invalid token"));
//! assert_eq!(lang::translation(&declared, "fr-FR"), None);
//! ```

/// Whether two language tags are the same tag: ASCII case-insensitively, with `_` and `-`
/// alike.
///
/// ```
/// use platform_errors_core::lang::tag_eq;
///
/// assert!(tag_eq("zh-CN", "ZH_cn"));
/// assert!(!tag_eq("zh", "zh-CN"));
/// ```
#[must_use]
pub fn tag_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(a, b)| fold(a) == fold(b))
}

/// A byte of a tag as it compares: lower case, `_` as `-`.
#[inline]
fn fold(b: u8) -> u8 {
    if b == b'_' {
        b'-'
    } else {
        b.to_ascii_lowercase()
    }
}

/// Whether `b` separates subtags.
#[inline]
fn is_separator(b: u8) -> bool {
    b == b'-' || b == b'_'
}

/// The primary language subtag of a tag: `"zh"` for `"zh-Hans-CN"` and for `"zh_CN"`.
///
/// ```
/// use platform_errors_core::lang::primary;
///
/// assert_eq!(primary("zh-Hans-CN"), "zh");
/// assert_eq!(primary("en_US"), "en");
/// assert_eq!(primary("fr"), "fr");
/// ```
#[must_use]
pub fn primary(tag: &str) -> &str {
    match tag.bytes().position(is_separator) {
        Some(end) => &tag[..end],
        None => tag,
    }
}

/// The declared `(tag, value)` pair that serves the requested tag, following the steps in
/// the [module documentation](self); `None` when no declared tag does, or when `requested`
/// is empty or `*`.
///
/// ```
/// use platform_errors_core::lang::select;
///
/// let declared = [("zh", 1), ("zh-TW", 2), ("en", 3)];
/// assert_eq!(select(&declared, "zh-tw").map(|p| p.1), Some(2)); // exact first
/// assert_eq!(select(&declared, "zh-Hant-TW").map(|p| p.1), Some(1)); // then by prefix
/// assert_eq!(select(&declared, "en-GB").map(|p| p.1), Some(3));
/// assert_eq!(select(&declared, "*"), None);
/// ```
#[must_use]
pub fn select<'p, 't, T>(
    declared: &'p [(&'t str, T)],
    requested: &str,
) -> Option<&'p (&'t str, T)> {
    let requested = requested.trim();
    if requested.is_empty() || requested == "*" {
        return None;
    }
    let find = |tag: &str| declared.iter().find(|(declared, _)| tag_eq(declared, tag));
    // 1 and 2: the whole tag, then shorter and shorter prefixes of it.
    let bytes = requested.as_bytes();
    let mut end = requested.len();
    loop {
        if let Some(found) = find(&requested[..end]) {
            return Some(found);
        }
        let Some(cut) = bytes[..end].iter().rposition(|&b| is_separator(b)) else {
            break;
        };
        end = cut;
        // A singleton introduces the subtags after it: drop it with them.
        let start = bytes[..end]
            .iter()
            .rposition(|&b| is_separator(b))
            .map_or(0, |i| i + 1);
        if end - start == 1 && start > 0 {
            end = start - 1;
        }
        if end == 0 {
            return None;
        }
    }
    // 3: any declared tag of the same language.
    let language = primary(requested);
    if language.is_empty() {
        return None;
    }
    declared
        .iter()
        .find(|(declared, _)| tag_eq(primary(declared), language))
}

/// The translation for `requested` among `(tag, message)` pairs, per [`select`].
///
/// ```
/// use platform_errors_core::lang::translation;
///
/// let declared = [("en", "system busy"), ("zh", "系统繁忙")];
/// assert_eq!(translation(&declared, "zh_CN"), Some("系统繁忙"));
/// assert_eq!(translation(&declared, "EN"), Some("system busy"));
/// assert_eq!(translation(&declared, ""), None);
/// ```
#[must_use]
pub fn translation(declared: &[(&str, &'static str)], requested: &str) -> Option<&'static str> {
    select(declared, requested).map(|&(_, message)| message)
}

#[cfg(test)]
mod tests {
    use super::{primary, select, tag_eq, translation};

    const BOTH: [(&str, &str); 2] = [("en", "invalid token"), ("zh", "无效的 token")];

    #[test]
    fn the_five_tags_of_the_issue() {
        for (tag, expected) in [
            ("zh-CN", "无效的 token"),
            ("zh_CN", "无效的 token"),
            ("zh-Hans-CN", "无效的 token"),
            ("en-US", "invalid token"),
            ("EN", "invalid token"),
        ] {
            assert_eq!(translation(&BOTH, tag), Some(expected), "{tag}");
        }
    }

    #[test]
    fn no_language() {
        for tag in [
            "", "   ", "*", "-", "_", "--", "fr", "fr-FR", "e", "english",
        ] {
            assert_eq!(translation(&BOTH, tag), None, "{tag:?}");
        }
        assert_eq!(translation(&[], "en"), None);
        // A declared tag that is empty is never selected by a real one.
        assert_eq!(translation(&[("", "x")], "en"), None);
        assert_eq!(translation(&[("", "x")], "-en"), None);
    }

    #[test]
    fn surrounding_whitespace_is_ignored() {
        assert_eq!(translation(&BOTH, " zh-CN\n"), Some("无效的 token"));
    }

    #[test]
    fn exact_before_prefix_before_language() {
        let declared = [("zh", "简"), ("zh-TW", "繁"), ("zh-Hant", "繁体")];
        assert_eq!(translation(&declared, "zh-TW"), Some("繁"));
        assert_eq!(translation(&declared, "ZH_tw"), Some("繁"));
        assert_eq!(translation(&declared, "zh-Hant-HK"), Some("繁体"));
        assert_eq!(translation(&declared, "zh-Hant"), Some("繁体"));
        assert_eq!(translation(&declared, "zh-HK"), Some("简"));
        assert_eq!(translation(&declared, "zh"), Some("简"));
        // Only `zh` declared: every Chinese tag gets it.
        let zh = [("zh", "简")];
        for tag in ["zh-TW", "zh-Hant-TW", "zh-CN", "zh_Hans", "zh-x-private"] {
            assert_eq!(translation(&zh, tag), Some("简"), "{tag}");
        }
    }

    #[test]
    fn a_regional_declaration_serves_its_language() {
        let declared = [("en-GB", "colour"), ("zh-CN", "颜色"), ("en-US", "color")];
        assert_eq!(translation(&declared, "en-US"), Some("color"));
        assert_eq!(translation(&declared, "en"), Some("colour"));
        assert_eq!(translation(&declared, "en-AU"), Some("colour"));
        assert_eq!(translation(&declared, "zh"), Some("颜色"));
        assert_eq!(translation(&declared, "zh-TW"), Some("颜色"));
    }

    #[test]
    fn singletons_go_with_what_follows() {
        let declared = [("de", "a"), ("de-x", "never")];
        assert_eq!(translation(&declared, "de-x-phonebk"), Some("a"));
        assert_eq!(translation(&declared, "de-CH-u-co-phonebk"), Some("a"));
        // Written out exactly, it is still found.
        assert_eq!(translation(&declared, "de-x"), Some("never"));
    }

    #[test]
    fn select_returns_the_declared_pair() {
        let declared = [("zh", 1), ("en", 2)];
        assert_eq!(select(&declared, "zh-CN"), Some(&("zh", 1)));
        assert_eq!(select(&declared, "ja"), None);
    }

    #[test]
    fn tags() {
        assert!(tag_eq("zh-hans-cn", "ZH_HANS_CN"));
        assert!(!tag_eq("zh-CN", "zh-TW"));
        assert!(!tag_eq("zh", "zh-"));
        assert_eq!(primary("-en"), "");
        assert_eq!(primary(""), "");
        assert_eq!(primary("zh"), "zh");
    }
}
