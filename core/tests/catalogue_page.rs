//! The catalogue agrees with the platform's error page entry for entry, both ways, and with
//! the codes the official SDK adds. Both files are copies kept in `tests/data`; the page is
//! also kept as a table (`qingtui-global-error-codes.tsv`) for the drift check.

use platform_errors_core::qingtui::{
    Category, DomainError, GeneralError, OrgError, ParamError, QingtuiError, SystemError,
    TokenError, UserError,
};
use platform_errors_core::{drift, Advice, Catalogue, Entry, FromReceived, PlatformError};

const PAGE: &str = include_str!("data/qingtui-global-error-codes.txt");
const PAGE_TABLE: &str = include_str!("data/qingtui-global-error-codes.tsv");
const SDK: &str = include_str!("data/qingtui-sdk-codes.tsv");

/// `(category, code, message)` for each entry of the page, in its order.
fn page_entries() -> Vec<(Category, i64, String)> {
    // The table of contents repeats the section titles: start after its FAQ line.
    let body = PAGE.split_once("常见问题-FAQ").expect("a FAQ line").1;
    let mut current = None;
    let mut out = Vec::new();
    for line in body.lines() {
        if let Some(category) = Category::ALL
            .into_iter()
            .find(|c| line.trim() == c.title_zh())
        {
            current = Some(category);
            continue;
        }
        if line.trim() == "常见问题-FAQ" {
            break;
        }
        let Some(category) = current else { continue };
        let Some((code, message)) = line.split_once(' ') else {
            continue;
        };
        if let Ok(code) = code.parse::<i64>() {
            out.push((category, code, message.to_owned()));
        }
    }
    out
}

fn sdk_codes() -> Vec<(i64, String)> {
    SDK.lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (code, message) = l.split_once('\t').expect("code<TAB>message");
            (code.parse().expect("a code"), message.to_owned())
        })
        .collect()
}

fn entries_of(category: Category) -> &'static [Entry] {
    match category {
        Category::General => GeneralError::ENTRIES,
        Category::System => SystemError::ENTRIES,
        Category::Param => ParamError::ENTRIES,
        Category::Token => TokenError::ENTRIES,
        Category::Org => OrgError::ENTRIES,
        Category::Domain => DomainError::ENTRIES,
        Category::User => UserError::ENTRIES,
    }
}

const SDK_ONLY: [i64; 21] = [
    40010, 40011, 40012, 40021, 40023, 40024, 40025, 40026, 40027, 40028, 40033, 43005, 45007,
    45015, 45016, 45017, 45018, 70001, 70002, 70003, 70004,
];

#[test]
fn the_page_has_129_entries_and_97_codes() {
    let page = page_entries();
    assert_eq!(page.len(), 129);
    let mut codes: Vec<i64> = page.iter().map(|e| e.1).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 97);
    assert_eq!(page.iter().filter(|e| e.1 == 40100).count(), 23);
}

#[test]
fn every_page_entry_is_declared_exactly() {
    for (category, code, message) in page_entries() {
        let found = entries_of(category)
            .iter()
            .find(|e| e.code() == code && e.message() == message);
        assert!(
            found.is_some(),
            "{category} {code} {message:?} is on the page but not in the catalogue"
        );
        let found = found.unwrap();
        assert_eq!(found.category(), Some(category.as_str()));
    }
}

#[test]
fn every_declared_entry_is_on_the_page_or_from_the_sdk() {
    let page = page_entries();
    let sdk = sdk_codes();
    let mut from_sdk = Vec::new();
    for category in Category::ALL {
        for entry in entries_of(category) {
            let on_page = page.iter().any(|(c, code, message)| {
                *c == category && *code == entry.code() && message == entry.message()
            });
            if on_page {
                continue;
            }
            assert_eq!(category, Category::General, "{entry:?} is not on the page");
            let (_, sdk_message) = sdk
                .iter()
                .find(|(code, _)| *code == entry.code())
                .unwrap_or_else(|| panic!("{entry:?} is neither on the page nor in the SDK"));
            assert_eq!(entry.message(), sdk_message, "the SDK's message, verbatim");
            from_sdk.push(entry.code());
        }
    }
    assert_eq!(from_sdk, SDK_ONLY);
    // And in the other direction: every SDK code is declared somewhere.
    for (code, _) in sdk {
        assert!(
            QingtuiError::from_code(code).is_some(),
            "SDK code {code} is not declared"
        );
    }
    let declared: usize = Category::ALL.iter().map(|&c| entries_of(c).len()).sum();
    assert_eq!(declared, 129 + 21);
    assert_eq!(QingtuiError::ENTRIES.len(), 129 + 21);
}

#[test]
fn every_entry_answers_in_both_languages() {
    for entry in QingtuiError::ENTRIES {
        let zh = entry.message_in("zh");
        let en = entry.message_in("en");
        assert!(zh.is_some_and(|m| !m.is_empty()), "{entry:?} has no zh");
        assert!(en.is_some_and(|m| !m.is_empty()), "{entry:?} has no en");
        assert!(
            zh == Some(entry.message()) || en == Some(entry.message()),
            "{entry:?}: the default message is one of the two"
        );
        assert!(
            zh.unwrap()
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{entry:?}: the zh text is Chinese"
        );
        assert!(en.unwrap().is_ascii(), "{entry:?}: the en text is English");
    }
}

#[test]
fn advice_follows_what_codes_mean() {
    let advice = |code: i64, category: Category| {
        entries_of(category)
            .iter()
            .find(|e| e.code() == code)
            .unwrap_or_else(|| panic!("{category} {code}"))
            .advice()
    };
    use Category::{Domain, General, Org, System, Token};
    assert_eq!(advice(-1, General), Advice::Retry);
    assert_eq!(advice(-1, System), Advice::Retry);
    for (code, category) in [
        (40001, General),
        (40014, General),
        (42001, General),
        (40402, Token),
        (42403, Token),
    ] {
        assert_eq!(advice(code, category), Advice::RefreshToken, "{code}");
    }
    assert_eq!(advice(40030, General), Advice::Reauthenticate);
    assert_eq!(advice(42002, General), Advice::Reauthenticate);
    assert_eq!(advice(45009, General), Advice::Throttle);
    assert_eq!(advice(45101, System), Advice::Throttle);
    for (code, category) in [
        (48001, General),
        (50001, General),
        (50002, General),
        (50401, System),
        (50210, Org),
        (50210, Domain),
    ] {
        assert_eq!(advice(code, category), Advice::CheckConfig, "{code}");
    }
    // Parameter and format errors.
    for entry in ParamError::ENTRIES {
        assert_eq!(entry.advice(), Advice::FixRequest, "{entry:?}");
    }
    for code in [40035, 40038, 41001, 43002, 44002, 47001] {
        assert_eq!(advice(code, General), Advice::FixRequest, "{code}");
    }
}

#[test]
fn cross_category_codes_resolve_by_message_else_by_page_order() {
    let shared = [-1, 0, 40009, 45001, 45002, 45003, 46001, 46100, 50210];
    for code in shared {
        let holders: Vec<&Entry> = QingtuiError::ENTRIES
            .iter()
            .filter(|e| e.code() == code)
            .collect();
        assert!(holders.len() >= 2, "{code} is in several categories");
        // Each one's own message finds it (whatever case, spacing or suffix); where two
        // categories declare the same text (50210), the first in the page's order.
        for entry in &holders {
            let expected = holders
                .iter()
                .find(|e| e.message() == entry.message())
                .unwrap();
            for received in [
                entry.message().to_owned(),
                format!("  {}  ", entry.message().to_uppercase()),
                format!("{} (trace 42)", entry.message()),
            ] {
                let found = QingtuiError::from_received(code, &received);
                assert_eq!(found.category(), expected.category(), "{code} {received:?}");
                assert_eq!(found.message(), entry.message(), "{code} {received:?}");
            }
        }
        // No message: the first holder in the page's order.
        let first = QingtuiError::from_received(code, "");
        assert_eq!(first.category(), holders[0].category(), "{code}");
        // A preferred category wins when the message does not decide.
        for entry in &holders {
            let category: Category = entry.category().unwrap().parse().unwrap();
            let found = QingtuiError::resolve_in(category, code, "unrecognised text");
            assert_eq!(
                found.typed_category(),
                Some(category),
                "{code} in {category}"
            );
        }
    }
}

#[test]
fn code_40100_has_23_messages_each_found() {
    for entry in ParamError::ENTRIES {
        let found = QingtuiError::from_received(40100, entry.message());
        assert_eq!(found.message(), entry.message());
        assert_eq!(
            ParamError::from_code_and_message(40100, &format!("{}.", entry.message()))
                .as_ref()
                .map(ParamError::message),
            Some(entry.message())
        );
    }
    // The longest match wins: "page_size is required" does not stop at a shorter prefix.
    assert_eq!(
        QingtuiError::from_received(40100, "page_size must be an integer greater than 1"),
        QingtuiError::Param(ParamError::PageSizeTooSmall)
    );
}

#[test]
fn unknown_codes_keep_code_and_message() {
    let err = QingtuiError::from_received(99_999, "未知错误");
    assert_eq!(err.code(), Some(99_999.into()));
    assert_eq!(err.message(), "未知错误");
    assert_eq!(err.to_string(), "未知错误");
    assert_eq!(err.typed_category(), None);
    assert_eq!(err.category(), None);
    assert_eq!(err.advice(), Advice::None);
    assert_eq!(
        QingtuiError::resolve_in(Category::User, 99_999, "x").code(),
        Some(99_999.into())
    );
}

#[test]
fn unauthorized_domain_documents_the_faq() {
    // The FAQ's advice is in 50002's docs; its advice is to check configuration.
    let err = GeneralError::UnauthorizedDomain;
    assert_eq!(err.as_i64(), 50002);
    assert_eq!(err.message(), "未授权的域名");
    assert_eq!(err.advice(), Advice::CheckConfig);
    let source = include_str!("../src/platforms/qingtui/codes.rs");
    let docs = source
        .split("UnauthorizedDomain = 50002")
        .next()
        .unwrap()
        .rsplit("=>")
        .next()
        .unwrap();
    assert!(docs.contains("trusted (secure) domain"), "{docs}");
    assert!(docs.contains("cache"), "{docs}");
}

#[test]
fn the_page_table_is_the_page() {
    let rows = drift::parse(PAGE_TABLE).unwrap();
    let rows: Vec<(Category, i64, String)> = rows
        .into_iter()
        .map(|r| {
            let code = r.code.as_i64().expect("an integer code");
            (r.category.unwrap().parse().unwrap(), code, r.message)
        })
        .collect();
    assert_eq!(rows, page_entries());
}

#[test]
fn no_drift_from_the_page() {
    let report = drift::compare(QingtuiError::ENTRIES, PAGE_TABLE).unwrap();
    assert!(report.missing.is_empty(), "{report}");
    assert!(report.changed.is_empty(), "{report}");
    // What the page lacks is what the SDK adds.
    let extra: Vec<i64> = report
        .extra
        .iter()
        .filter_map(|e| e.code().as_i64())
        .collect();
    assert_eq!(extra, SDK_ONLY);
    assert!(report.extra.iter().all(|e| e.category() == Some("general")));

    let from_page: Vec<Entry> = QingtuiError::ENTRIES
        .iter()
        .filter(|e| {
            !e.code()
                .as_i64()
                .is_some_and(|code| SDK_ONLY.contains(&code))
        })
        .copied()
        .collect();
    let report = drift::compare(&from_page, PAGE_TABLE).unwrap();
    assert!(report.is_empty(), "{report}");
    assert_eq!(
        report.to_string(),
        "no drift: the table (129 rows) and the catalogue (129 entries) agree\n"
    );
}

#[test]
fn a_drifted_page_is_reported() {
    let from_page: Vec<Entry> = QingtuiError::ENTRIES
        .iter()
        .filter(|e| {
            !e.code()
                .as_i64()
                .is_some_and(|code| SDK_ONLY.contains(&code))
        })
        .copied()
        .collect();
    // The platform edits a message, drops a row, adds a code and moves one to another
    // category.
    let drifted = PAGE_TABLE
        .replace(
            "40100\tpage_size is required\tparam",
            "40100\tpage_size is missing\tparam",
        )
        .replace("40003\t不合法的openid\tgeneral\n", "")
        .replace(
            "46306\torg is not exists\torg",
            "46306\torg is not exists\tdomain",
        )
        + "49999\tbrand new failure\tgeneral\n";
    for row in [
        "40100\tpage_size is required\tparam",
        "40003\t不合法的openid\tgeneral\n",
        "46306\torg is not exists\torg",
    ] {
        assert!(PAGE_TABLE.contains(row), "{row}");
    }
    let report = drift::compare(&from_page, &drifted).unwrap();
    let missing: Vec<(i64, &str)> = report
        .missing
        .iter()
        .map(|r| {
            (
                r.code.as_i64().expect("an integer code"),
                r.message.as_str(),
            )
        })
        .collect();
    assert_eq!(missing, [(49999, "brand new failure")]);
    let extra: Vec<(i64, &str)> = report
        .extra
        .iter()
        .map(|e| (e.code().as_i64().unwrap(), e.name()))
        .collect();
    assert_eq!(extra, [(40003, "InvalidOpenId")]);
    let changed: Vec<(i64, &str, &str)> = report
        .changed
        .iter()
        .map(|c| {
            let code = c.row.code.as_i64().expect("an integer code");
            (code, c.entry.name(), c.row.message.as_str())
        })
        .collect();
    assert_eq!(
        changed,
        [
            (40100, "PageSizeRequired", "page_size is missing"),
            (46306, "OrgNotExists", "org is not exists"),
        ]
    );
    let text = report.to_string();
    assert!(
        text.starts_with("drift between the table (129 rows) and the catalogue (129 entries): 1 missing, 1 extra, 2 changed\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "    table:     \"page_size is missing\"\n    catalogue: \"page_size is required\"\n"
        ),
        "{text}"
    );
}
