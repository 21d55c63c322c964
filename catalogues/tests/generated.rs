//! The checked-in generated files are what the generator makes of the checked-in data.

use platform_errors_catalogues::{
    is_chinese, load, numbered_name, outputs, parse_string_codes, untranslated, workspace_root,
    Code, Declared, PLATFORMS,
};

#[test]
fn generated_files_are_up_to_date() {
    let root = workspace_root();
    for (path, expected) in outputs(&root).unwrap() {
        let actual = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        assert!(
            actual == expected,
            "{} is stale: run `cargo run -p platform-errors-catalogues`",
            path.display()
        );
    }
}

#[test]
fn the_complete_lists_are_named_and_translated_by_hand() {
    let root = workspace_root();
    let complete: Vec<_> = PLATFORMS.iter().filter(|p| p.complete_names).collect();
    assert_eq!(complete.len(), 7);
    for platform in complete {
        let declared = load(&root, platform).unwrap();
        // A string-code list may give a code twice, under two spellings (checked below).
        if !platform.string_codes {
            assert_eq!(declared.len(), platform.rows);
        }
        assert!(declared.iter().all(|d| !d.derived_name), "{}", platform.id);
        assert_eq!(untranslated(&declared), 0, "{}", platform.id);
        // No name is a number: they are read from the meaning.
        assert!(
            declared
                .iter()
                .all(|d| d.code.as_int().is_none_or(|c| d.name != numbered_name(c))),
            "{}",
            platform.id
        );
    }
}

/// The advice of the row declared with the integer `code`.
fn advice_of(declared: &[Declared], code: i64) -> Option<&str> {
    declared
        .iter()
        .find(|d| d.code == Code::Int(code))
        .map(|d| d.advice.as_str())
}

#[test]
fn the_token_busy_and_quota_codes_carry_their_advice() {
    let root = workspace_root();
    // The three WeChat lists; the other platforms' advice is checked in
    // core/tests/platform_catalogues.rs.
    for platform in PLATFORMS
        .iter()
        .filter(|p| p.id.starts_with("wechat-") && !p.string_codes && p.id != "wechat-miniapp")
    {
        let declared = load(&root, platform).unwrap();
        let advice = |code: i64| advice_of(&declared, code);
        assert_eq!(advice(-1), Some("retry"), "{}", platform.id);
        assert_eq!(advice(0), Some("none"), "{}", platform.id);
        for code in [40001, 40014, 42001] {
            assert_eq!(
                advice(code),
                Some("refresh_token"),
                "{} {code}",
                platform.id
            );
        }
        // WeChat's 45009 is the day's quota ("reach max api daily quota limit"); WeCom's, a
        // rate limit.
        let api_limit = if platform.id == "wecom" {
            "throttle"
        } else {
            "wait_for_quota"
        };
        assert_eq!(advice(45009), Some(api_limit), "{}", platform.id);
    }
}

#[test]
fn every_list_cites_its_source_in_a_header() {
    let root = workspace_root();
    // The lists added with a header; the three WeChat lists came before it.
    let cited = [
        "wechat-miniapp",
        "dingtalk",
        "feishu",
        "wechat-pay",
        "dingtalk-v1",
    ];
    for platform in PLATFORMS.iter().filter(|p| cited.contains(&p.id)) {
        let text = std::fs::read_to_string(root.join(platform.codes_path())).unwrap();
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        let header = header.join("\n");
        for word in ["Source", "commit", "read 2026-"] {
            assert!(
                header.contains(word),
                "{}: the header lacks {word:?}",
                platform.id
            );
        }
        // The header is only at the top.
        let rows = text.lines().skip_while(|l| l.starts_with('#'));
        assert!(rows.clone().all(|l| !l.starts_with('#')), "{}", platform.id);
        assert_eq!(rows.count(), platform.rows, "{}", platform.id);
    }
}

#[test]
fn the_translation_goes_into_the_other_language() {
    let root = workspace_root();
    for platform in PLATFORMS.iter().filter(|p| p.complete_names) {
        let declared = load(&root, platform).unwrap();
        for d in &declared {
            let translation = d.translation.as_deref().unwrap();
            let chinese = is_chinese(translation);
            assert_eq!(
                chinese,
                platform.translation_lang() == "zh",
                "{} {}",
                platform.id,
                d.code
            );
            assert_eq!(d.zh, platform.lang == "zh", "{} {}", platform.id, d.code);
        }
    }
}

#[test]
fn the_string_code_lists_keep_their_codes_verbatim() {
    let root = workspace_root();
    for platform in PLATFORMS.iter().filter(|p| p.string_codes) {
        let list = std::fs::read_to_string(root.join(platform.codes_path())).unwrap();
        let rows = parse_string_codes(&list).unwrap();
        let declared = load(&root, platform).unwrap();
        // Every row is a declared code or one of its aliases, with that code's message.
        for row in &rows {
            let d = declared
                .iter()
                .find(|d| {
                    d.code == row.code || d.aliases.iter().any(|a| Code::Str(a.clone()) == row.code)
                })
                .unwrap_or_else(|| panic!("{} {} is not declared", platform.id, row.code));
            assert_eq!(d.message, row.message, "{} {}", platform.id, row.code);
        }
        // Every declared code is a row, and a code is never another's alias.
        for d in &declared {
            assert!(
                rows.iter().any(|r| r.code == d.code),
                "{} {}",
                platform.id,
                d.code
            );
            for alias in &d.aliases {
                let alias = Code::Str(alias.clone());
                assert!(declared.iter().all(|other| other.code != alias), "{alias}");
            }
        }
    }
}

#[test]
fn wechat_pay_keeps_the_older_spellings_and_the_statuses() {
    let root = workspace_root();
    let pay = PLATFORMS.iter().find(|p| p.id == "wechat-pay").unwrap();
    let declared = load(&root, pay).unwrap();
    // ORDERNOTEXIST is a row of the list and an alias of ORDER_NOT_EXIST, not a variant.
    assert_eq!((pay.rows, declared.len()), (25, 24));
    let of = |code: &str| {
        declared
            .iter()
            .find(|d| d.code == Code::Str(code.into()))
            .unwrap()
    };
    assert_eq!(of("ORDER_NOT_EXIST").aliases, ["ORDERNOTEXIST"]);
    assert_eq!(of("NO_AUTH").aliases, ["NOAUTH"]);
    assert_eq!(
        of("FREQUENCY_LIMITED").aliases,
        ["RATELIMIT_EXCEEDED", "RATE_LIMITED"]
    );
    let status = |code| of(code).http_status;
    assert_eq!(
        [
            status("PARAM_ERROR"),
            status("SIGN_ERROR"),
            status("NO_AUTH"),
            status("ORDER_NOT_EXIST"),
            status("FREQUENCY_LIMITED"),
            status("SYSTEM_ERROR"),
            status("ORDER_CLOSED"),
        ],
        [
            Some(400),
            Some(401),
            Some(403),
            Some(404),
            Some(429),
            Some(500),
            None
        ]
    );
    let advice = |code| of(code).advice.as_str();
    assert_eq!(
        [
            advice("SYSTEM_ERROR"),
            advice("BANK_ERROR"),
            advice("FREQUENCY_LIMITED"),
            advice("SIGN_ERROR")
        ],
        ["retry", "retry", "throttle", "check_config"]
    );
}

/// A name made from an English message ends on a word that finishes the phrase: not `Of`,
/// `The`, `Or`, ... (`SomeArgumentMayBeOutOf`), and an apostrophe stays in its word
/// (`CantConfirm`, not `CanTConfirm`).
#[test]
fn made_names_end_their_phrase() {
    const UNFINISHED: [&str; 12] = [
        "A", "An", "And", "Be", "By", "For", "Is", "Of", "Or", "The", "To", "With",
    ];
    let root = workspace_root();
    for platform in &PLATFORMS {
        for declared in load(&root, platform).unwrap() {
            if !declared.derived_name {
                continue;
            }
            // Without the code appended where two messages make one name.
            let code = declared.code.to_string();
            let name = declared
                .name
                .strip_suffix(code.as_str())
                .unwrap_or(&declared.name);
            assert!(
                !UNFINISHED.iter().any(|word| name.ends_with(word)
                    && name[..name.len() - word.len()].ends_with(|c: char| c.is_ascii_lowercase())),
                "{} {}: {}",
                platform.id,
                declared.code,
                declared.name
            );
            let message = declared.message.to_ascii_lowercase();
            if message.contains("can't") || message.contains("don't") {
                assert!(!declared.name.contains("CanT") && !declared.name.contains("DonT"));
            }
        }
    }
}

/// The Open Platform's English rows that name a frequency limit, a quota, an IP or a failure
/// of the platform carry that advice, as its Chinese rows do.
#[test]
fn the_open_platforms_english_rows_carry_their_advice() {
    let root = workspace_root();
    let platform = PLATFORMS.iter().find(|p| p.id == "wechat-open").unwrap();
    let declared = load(&root, platform).unwrap();
    let advice = |code: i64| advice_of(&declared, code);
    // Sent too fast, or blocked for a while: throttle.
    for code in [9_402_005, 9_402_006, 9_402_007, 45102, 82023] {
        assert_eq!(advice(code), Some("throttle"), "{code}");
    }
    // A quota of a day, a month or a long period: stop until it resets.
    for code in [
        45028, 45040, 45093, 61055, 72057, 82022, 89016, 89017, 89030,
    ] {
        assert_eq!(advice(code), Some("wait_for_quota"), "{code}");
    }
    // "please try later"
    for code in [46007, 61503, 73107] {
        assert_eq!(advice(code), Some("retry"), "{code}");
    }
    for code in [73000, 75003, 75004] {
        assert_eq!(advice(code), Some("retry"), "{code}");
    }
    // 89506: the administrator refused this IP for 24 hours; talk to them.
    for code in [40090, 40187, 45035, 9_202_003, 63004, 43007, 43015, 89506] {
        assert_eq!(advice(code), Some("check_config"), "{code}");
    }
}
