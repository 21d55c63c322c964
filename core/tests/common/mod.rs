//! Reading the catalogues' lists (`core/data/*-codes.tsv`) in the tests that compare a
//! catalogue with its list: a header of `#` lines, then `code<TAB>message` rows.

#![allow(dead_code)] // each test file uses some

/// The lines of a list's header: the `#` lines at its top.
pub fn header(tsv: &str) -> Vec<&str> {
    tsv.lines().take_while(|l| l.starts_with('#')).collect()
}

/// `(code, message)` for each row of a list, in its order, after its header, the code as
/// written.
pub fn text_rows(tsv: &str) -> Vec<(&str, &str)> {
    tsv.lines()
        .skip_while(|l| l.starts_with('#'))
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_once('\t').expect("code<TAB>message"))
        .collect()
}

/// [`text_rows`] with integer codes.
pub fn int_rows(tsv: &str) -> Vec<(i64, &str)> {
    text_rows(tsv)
        .into_iter()
        .map(|(code, message)| (code.parse().expect("a code"), message))
        .collect()
}

/// Whether `text` has a CJK ideograph.
pub fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}
