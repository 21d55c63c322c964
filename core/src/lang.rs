//! Language tags: how a requested tag such as `zh-CN` finds a declared translation.
//!
//! Catalogues declare their translations under short tags (`en`, `zh`), and callers pass
//! what they have: an `Accept-Language` entry, a locale from the environment (`zh_CN`), a
//! user setting (`EN`). [`select`] finds the declared tag that serves a requested one, in
//! the manner of BCP 47 lookup:
//!
//! 1. the declared tag equal to the requested one;
//! 2. else the declared tag equal to the longest prefix of it, dropping subtags from the end
//!    (`zh-Hans-CN`, then `zh-Hans`, then `zh`). Extensions and private use go first, and
//!    whole: a singleton subtag (one letter, such as `u`, `t` or `x`) goes with every subtag
//!    after it, so `zh-Hans-CN-u-ca-chinese` falls back to `zh-Hans-CN`, and `de-x-a-b`
//!    straight to `de` (never `de-x-a` or `de-x`);
//! 3. else the first declared tag with the same primary language subtag (`zh-TW` finds a
//!    declared `zh-CN` when neither `zh-TW` nor `zh` is declared).
//!
//! Tags are compared ASCII case-insensitively, and `_` counts as `-`. Surrounding whitespace
//! is ignored, and so is what a POSIX locale adds after its tag (`LANG=zh_TW.UTF-8`,
//! `sr_RS@latin`): the codeset after `.` and the modifier after `@`. An empty tag and the wildcard `*` name no language and select nothing, so
//! that callers fall back to their default message.
//!
//! An `Accept-Language` entry or header is read as such: parameters after `;` (`zh;q=0.9`)
//! are not part of the tag, and of a list (`en;q=0.8, zh`) the entry of the highest weight
//! that selects a declared tag wins, the first of equal weights; an entry of weight 0 is
//! refused.
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::lang;
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
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::lang::tag_eq;
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
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::lang::primary;
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

/// Where the first singleton subtag of a tag (a subtag of one character after the primary
/// language subtag: `u`, `t`, `x`) begins, as the index of the separator before it; `None`
/// when the tag has none.
fn first_singleton(tag: &[u8]) -> Option<usize> {
    let mut separators = tag
        .iter()
        .enumerate()
        .filter(|&(_, &b)| is_separator(b))
        .map(|(at, _)| at)
        .peekable();
    while let Some(at) = separators.next() {
        let next = separators.peek().copied().unwrap_or(tag.len());
        if next - at == 2 {
            return Some(at);
        }
    }
    None
}

/// The declared `(tag, value)` pair that serves the requested tag, following the steps in
/// the [module documentation](self); `None` when no declared tag does, or when `requested`
/// is empty or `*`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::lang::select;
///
/// let declared = [("zh", 1), ("zh-TW", 2), ("en", 3)];
/// assert_eq!(select(&declared, "zh-tw").map(|p| p.1), Some(2)); // exact first
/// assert_eq!(select(&declared, "zh-Hant-TW").map(|p| p.1), Some(1)); // then by prefix
/// assert_eq!(select(&declared, "en-GB").map(|p| p.1), Some(3));
/// assert_eq!(select(&declared, "*"), None);
/// // An `Accept-Language` entry, or a whole header: the heaviest entry that selects.
/// assert_eq!(select(&declared, "zh;q=0.9").map(|p| p.1), Some(1));
/// assert_eq!(select(&declared, "fr, en;q=0.8, zh;q=0.9").map(|p| p.1), Some(1));
/// assert_eq!(select(&declared, "en;q=0.8,zh").map(|p| p.1), Some(1));
/// assert_eq!(select(&declared, "zh;q=0"), None);
/// ```
#[must_use]
pub fn select<'p, 't, T>(
    declared: &'p [(&'t str, T)],
    requested: &str,
) -> Option<&'p (&'t str, T)> {
    if !requested.contains([',', ';']) {
        return select_tag(declared, requested);
    }
    // An `Accept-Language` header: its entries, by weight.
    let mut best: Option<(u16, &'p (&'t str, T))> = None;
    for entry in requested.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default();
        let weight = parts
            .find_map(|param| {
                let (name, value) = param.split_once('=')?;
                name.trim()
                    .eq_ignore_ascii_case("q")
                    .then(|| weight(value.trim()))
            })
            .unwrap_or(1000);
        if weight == 0 || best.is_some_and(|(best, _)| best >= weight) {
            continue;
        }
        if let Some(found) = select_tag(declared, tag) {
            best = Some((weight, found));
        }
    }
    best.map(|(_, found)| found)
}

/// An `Accept-Language` weight (`q`), in thousandths: `1`, `0.8`, `0.125`; what does not
/// parse as one weighs 0.
fn weight(value: &str) -> u16 {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let whole = match int {
        "1" => {
            return if frac.bytes().all(|b| b == b'0') {
                1000
            } else {
                0
            }
        }
        "0" => 0_u16,
        _ => return 0,
    };
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let mut thousandths = whole;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    thousandths
}

/// [`select`] of one tag.
fn select_tag<'p, 't, T>(
    declared: &'p [(&'t str, T)],
    requested: &str,
) -> Option<&'p (&'t str, T)> {
    let requested = requested.trim();
    // A POSIX locale's codeset and modifier (`zh_TW.UTF-8`, `sr_RS@latin`) are no subtags.
    let requested = requested
        .split(['.', '@'])
        .next()
        .unwrap_or(requested)
        .trim_end();
    if requested.is_empty() || requested == "*" {
        return None;
    }
    let find = |tag: &str| declared.iter().find(|(declared, _)| tag_eq(declared, tag));
    // 1: the whole tag.
    if let Some(found) = find(requested) {
        return Some(found);
    }
    // 2: shorter and shorter prefixes of it, starting before its extensions and private
    // use, which go whole: a singleton introduces every subtag after it.
    let bytes = requested.as_bytes();
    let mut end = first_singleton(bytes).unwrap_or(bytes.len());
    loop {
        if end < bytes.len() {
            if end == 0 {
                return None;
            }
            if let Some(found) = find(&requested[..end]) {
                return Some(found);
            }
        }
        let Some(cut) = bytes[..end].iter().rposition(|&b| is_separator(b)) else {
            break;
        };
        end = cut;
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
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::lang::translation;
///
/// let declared = [("en", "system busy"), ("zh", "系统繁忙")];
/// assert_eq!(translation(&declared, "zh_CN"), Some("系统繁忙"));
/// assert_eq!(translation(&[("zh", "简"), ("zh-TW", "繁")], "zh_TW.UTF-8"), Some("繁"));
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
    fn a_singleton_goes_with_every_subtag_after_it() {
        // Before, `de-x-a-b` dropped `b`, then took `a` for a singleton and found `de-x`.
        let declared = [("de", "de"), ("de-x", "never"), ("de-x-a", "never")];
        for tag in [
            "de-x-a-b",
            "de-x-a-b-c",
            "de_x_a_b",
            "DE-X-A-B",
            "de-u-a-x-b",
        ] {
            assert_eq!(translation(&declared, tag), Some("de"), "{tag}");
        }
        let declared = [
            ("de-CH", "CH"),
            ("de-CH-x", "never"),
            ("de-CH-x-a", "never"),
        ];
        assert_eq!(translation(&declared, "de-CH-x-a-b"), Some("CH"));
        // Exactly as declared, such a tag is still found.
        assert_eq!(select(&[("de-x-a", 1)], "de-x-a").map(|p| p.1), Some(1));
    }

    #[test]
    fn an_extension_falls_back_to_the_tag_before_it() {
        let tag = "zh-Hans-CN-u-ca-chinese";
        let (u, ca) = (("zh-Hans-CN-u", "never"), ("zh-Hans-CN-u-ca", "never"));
        let (cn, hans, zh) = (
            ("zh-Hans-CN", "zh-Hans-CN"),
            ("zh-Hans", "zh-Hans"),
            ("zh", "zh"),
        );
        // Each prefix in turn, from the longest, as the longer ones are taken away.
        let cases: [(&[(&str, &str)], &str); 3] = [
            (&[u, ca, cn, hans, zh], "zh-Hans-CN"),
            (&[u, ca, hans, zh], "zh-Hans"),
            (&[zh, ca, u], "zh"),
        ];
        for (declared, expected) in cases {
            assert_eq!(translation(declared, tag), Some(expected));
            assert_eq!(
                translation(declared, "zh_hans_cn_u_ca_chinese"),
                Some(expected)
            );
            assert_eq!(
                translation(declared, "ZH-HANS-CN-U-CA-CHINESE"),
                Some(expected)
            );
        }
        // Then a tag of the same language (step 3), if any.
        assert_eq!(translation(&[("zh-TW", "zh-TW")], tag), Some("zh-TW"));
        assert_eq!(translation(&[("en", "en")], tag), None);
        // Two extensions and private use: all go at once.
        let declared = [
            ("en-US", "US"),
            ("en-US-u-co", "never"),
            ("en-US-u-co-phonebk-x", "never"),
        ];
        assert_eq!(
            translation(&declared, "en-US-u-co-phonebk-x-foo"),
            Some("US")
        );
        assert_eq!(translation(&declared, "en-US-t-de-x-foo"), Some("US"));
    }

    #[test]
    fn select_returns_the_declared_pair() {
        let declared = [("zh", 1), ("en", 2)];
        assert_eq!(select(&declared, "zh-CN"), Some(&("zh", 1)));
        assert_eq!(select(&declared, "ja"), None);
    }

    #[test]
    fn accept_language_entries_and_headers() {
        let declared = [("en", 1), ("zh", 2)];
        let pick = |requested| select(&declared, requested).map(|p| p.1);
        assert_eq!(pick("zh;q=0.9"), Some(2));
        assert_eq!(pick(" zh-CN ; q=0.5 "), Some(2));
        assert_eq!(pick("en;q=0.8,zh"), Some(2));
        assert_eq!(pick("zh-CN,zh;q=0.9,en;q=0.8"), Some(2));
        assert_eq!(pick("fr-FR, en;q=0.5, zh;q=0.4"), Some(1));
        // Equal weights: the first.
        assert_eq!(pick("en;q=0.5,zh;q=0.5"), Some(1));
        // Weight 0 refuses; a weight that does not parse weighs 0.
        assert_eq!(pick("zh;q=0"), None);
        assert_eq!(pick("zh;q=0.000"), None);
        assert_eq!(pick("zh;q=2, en;q=abc"), None);
        assert_eq!(pick("zh;Q=1.000"), Some(2));
        assert_eq!(pick("*;q=0.1, ,;"), None);
        assert_eq!(
            (
                super::weight("0.125"),
                super::weight("1.0"),
                super::weight("0.1234")
            ),
            (125, 1000, 0)
        );
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
