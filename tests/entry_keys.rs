//! A variant's entry keys (`reason`, `http_status`, the type's `docs`, advice and
//! translations) read back from the entries on every path that builds them: a struct, a
//! derived enum's column table and per-entry table, a variant with fields (its own
//! `entry()`), and `define_codes!`.
#![deny(warnings, clippy::pedantic)]

use platform_errors::{Advice, Catalogue, Entry, PlatformError};

/// The entry data a test declares, as read back.
fn data(entry: &Entry) -> (String, Option<u16>, Option<String>, Advice, Option<&str>) {
    (
        entry.reason().to_string(),
        entry.http_status(),
        entry.docs_url().map(|url| url.to_string()),
        entry.advice(),
        entry.message_in("zh"),
    )
}

fn declared(entry: &Entry) {
    let (reason, status, docs, advice, zh) = data(entry);
    assert_eq!(
        (reason.as_str(), status, docs, advice),
        (
            "USER_NOT_FOUND",
            Some(404),
            Some(format!("https://example.com/errors/{}", entry.code())),
            Advice::FixRequest,
        )
    );
    assert!(zh.is_some_and(|zh| zh.starts_with("用户不存在")), "{zh:?}");
}

/// An enum with a field variant: the type has no entry table, and each declared variant's
/// `entry()` is its own.
#[derive(Debug, PlatformError)]
#[platform(docs = "https://example.com/errors/{code}", http_status = 400)]
enum WithFields {
    #[code(40404)]
    #[message("user not found: {0}", zh = "用户不存在: {0}")]
    #[advice(fix_request)]
    #[platform(reason = "USER_NOT_FOUND", http_status = 404)]
    NotFound(u32),
    #[code(40001)]
    #[message("bad request")]
    Bad,
    #[platform(local)]
    #[message("timed out")]
    Timeout,
}

#[test]
fn a_variant_with_fields_has_its_entry_data() {
    declared(WithFields::NotFound(7).entry().unwrap());
    // The type's status is the default of every variant with a code.
    let bad = WithFields::Bad.entry().unwrap();
    assert_eq!(bad.http_status(), Some(400));
    assert_eq!(bad.reason().to_string(), "BAD");
    assert_eq!(
        bad.docs_url().unwrap().to_string(),
        "https://example.com/errors/40001"
    );
    // A local variant has no entry.
    assert!(WithFields::Timeout.entry().is_none());
}

/// A struct: its one variant's keys sit beside the type's.
#[derive(Debug, PlatformError)]
#[code(40404)]
#[message("user not found", zh = "用户不存在")]
#[advice(fix_request)]
#[platform(reason = "USER_NOT_FOUND", http_status = 404)]
#[platform(docs = "https://example.com/errors/{code}")]
struct NotFound;

#[test]
fn a_struct_has_its_entry_data() {
    declared(NotFound.entry().unwrap());
    declared(&NotFound::ENTRIES[0]);
}

/// A derived catalogue whose other entries are plain (the column table, but for this one).
#[derive(Debug, PlatformError)]
#[platform(docs = "https://example.com/errors/{code}")]
enum Columns {
    #[code(40404)]
    #[message("user not found", zh = "用户不存在")]
    #[advice(fix_request)]
    #[platform(reason = "USER_NOT_FOUND", http_status = 404)]
    NotFound,
    #[code(1)]
    #[message("one")]
    One,
    #[code(2)]
    #[message("two")]
    Two,
}

#[test]
fn a_derived_catalogue_has_each_entry_data() {
    declared(Columns::NotFound.entry().unwrap());
    declared(&Columns::ENTRIES[0]);
    let one = Columns::One.entry().unwrap();
    assert_eq!(
        (one.reason().to_string(), one.http_status()),
        ("ONE".to_owned(), None)
    );
    assert_eq!(Columns::Two.as_i64(), 2);
}

platform_errors::define_codes! {
    #[platform(docs = "https://example.com/errors/{code}")]
    pub enum Dsl {
        #[advice(fix_request)]
        #[platform(reason = "USER_NOT_FOUND", http_status = 404)]
        NotFound = 40404 => ("user not found", zh = "用户不存在"),
        One = 1 => "one",
    }

    pub enum Umbrella {
        Dsl(Dsl),
        #[platform(unknown)]
        Other,
    }
}

#[test]
fn a_define_codes_catalogue_and_its_umbrella_have_each_entry_data() {
    declared(Dsl::NotFound.entry());
    declared(&Dsl::ENTRIES[0]);
    declared(Umbrella::Dsl(Dsl::NotFound).entry().unwrap());
    declared(&Umbrella::ENTRIES[0]);
    assert_eq!(Dsl::One.entry().http_status(), None);
}

platform_errors::define_codes! {
    /// `{{` and `}}` are literal braces in a `docs` template, as in messages.
    #[platform(docs = "https://example.com/{{errors}}/{code}#{{code}}")]
    pub enum Braces {
        One = 1 => "one",
    }

    /// A template without `{code}`: one page for every entry.
    #[platform(docs = "https://example.com/errors")]
    pub enum OnePage {
        One = 1 => "one",
        Two = 2 => "two",
    }

    /// Declared reasons, and names in `UPPER_SNAKE`: a name that gives no valid reason
    /// (not ASCII) is still a name, whose reason is its own as written.
    pub enum Reasons {
        #[platform(reason = "PRIVATE")]
        _Private = 1 => "private",
        Ünïcode = 2 => "unicode",
        Http2Error = 3 => "http/2",
        HTTPError = 4 => "http",
    }
}

#[test]
fn docs_templates_read_braces_as_messages_do() {
    assert_eq!(
        Braces::One.entry().docs_url().map(|url| url.to_string()),
        Some("https://example.com/{errors}/1#{code}".to_owned())
    );
    for entry in OnePage::ENTRIES {
        assert_eq!(
            entry.docs_url().map(|url| url.to_string()),
            Some("https://example.com/errors".to_owned())
        );
    }
}

#[test]
fn reasons_of_names_and_declared() {
    let reasons: Vec<String> = Reasons::ENTRIES
        .iter()
        .map(|entry| entry.reason().to_string())
        .collect();
    assert_eq!(reasons, ["PRIVATE", "ÜNÏCODE", "HTTP2_ERROR", "HTTP_ERROR"]);
}
