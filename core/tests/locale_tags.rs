//! `message_in` takes locale tags as callers have them, for every kind of type: a
//! catalogue's entry table, a derived enum's own translations, and the Qingtui umbrella.

use platform_errors_core::qingtui::{GeneralError, ParamError, QingtuiError};
use platform_errors_core::{define_codes, FromReceived, PlatformError};

define_codes! {
    #![platform(crate = platform_errors_core)]
    #[platform(lang = "en")]
    pub enum Regional {
        Colour = 1 => ("colour", "en-US" = "color", zh = "颜色", "zh-TW" = "顏色"),
    }
}

#[derive(Debug, PlatformError)]
#[platform(crate = platform_errors_core, lang = "en")]
pub enum Derived {
    #[code(40299)]
    #[message("org name {name} exists", zh = "组织名 {name} 已存在")]
    NameTaken { name: String },
}

const ZH: [&str; 4] = ["zh-CN", "zh_CN", "zh-Hans-CN", "ZH"];
const EN: [&str; 3] = ["en-US", "EN", "en_gb"];

#[test]
fn catalogues_and_derived_types_take_locale_tags() {
    let param = ParamError::PageSizeRequired;
    let general = GeneralError::SystemBusy;
    let umbrella = QingtuiError::from_received(40100, "page_size is required");
    let derived = Derived::NameTaken { name: "R&D".into() };
    for tag in ZH {
        assert_eq!(param.message_in(tag), Some("缺少 page_size"), "{tag}");
        assert_eq!(general.message_in(tag), Some("系统繁忙."), "{tag}");
        assert_eq!(umbrella.message_in(tag), Some("缺少 page_size"), "{tag}");
        assert_eq!(
            derived.message_in(tag),
            Some("组织名 {name} 已存在"),
            "{tag}"
        );
    }
    for tag in EN {
        assert_eq!(
            param.message_in(tag),
            Some("page_size is required"),
            "{tag}"
        );
        assert_eq!(general.message_in(tag), Some("System busy."), "{tag}");
        assert_eq!(
            umbrella.message_in(tag),
            Some("page_size is required"),
            "{tag}"
        );
        assert_eq!(
            derived.message_in(tag),
            Some("org name {name} exists"),
            "{tag}"
        );
    }
    for tag in ["", "*", "fr-FR", "z"] {
        assert_eq!(param.message_in(tag), None, "{tag:?}");
        assert_eq!(derived.message_in(tag), None, "{tag:?}");
    }
}

#[test]
fn the_most_specific_declared_tag_wins() {
    let colour = Regional::Colour;
    assert_eq!(colour.message_in("en-US"), Some("color"));
    assert_eq!(colour.message_in("en-GB"), Some("colour"));
    assert_eq!(colour.message_in("zh-Hant-TW"), Some("颜色"));
    assert_eq!(colour.message_in("zh_TW"), Some("顏色"));
    assert_eq!(colour.message_in("zh-HK"), Some("颜色"));
}

/// The Qingtui umbrella renders any of its errors in either language, uniformly.
#[test]
fn the_qingtui_umbrella_in_either_language() {
    use platform_errors_core::qingtui::QingtuiError;
    use platform_errors_core::{Catalogue, FromReceived, PlatformError};
    for entry in QingtuiError::ENTRIES {
        let err = QingtuiError::from_received(entry.code().as_i64().unwrap(), entry.message());
        let zh = err.display_in("zh-CN").to_string();
        let en = err.display_in("en-US").to_string();
        assert_eq!(
            Some(zh.as_str()),
            entry.message_in("zh"),
            "{}",
            entry.name()
        );
        assert_eq!(
            Some(en.as_str()),
            entry.message_in("en"),
            "{}",
            entry.name()
        );
    }
}

/// An answer read as a code several entries share, with a message none declares, is typed
/// by the code's first entry, which may mean another thing: its translations are not shown
/// for it. A code declared once is translated whatever its wording.
#[test]
fn an_api_error_translates_only_what_its_message_says() {
    use platform_errors_core::ApiError;
    // 46001 is "media data does not exist" first, and other things in other categories.
    let missing_user = ApiError::<QingtuiError>::new(46001, "user does not exist");
    assert_eq!(missing_user.message_in("en"), None);
    assert_eq!(
        missing_user.display_in("zh").to_string(),
        "user does not exist"
    );
    assert_eq!(
        missing_user.display_in("en").to_string(),
        "user does not exist"
    );
    // Its own message, and one with text appended, are translated.
    let media = ApiError::<QingtuiError>::new(46001, GeneralError::MediaNotFound.message());
    assert_eq!(media.message_in("en"), Some("Media data does not exist"));
    assert_eq!(
        media.display_in("en").to_string(),
        "Media data does not exist"
    );
    // A code declared once: a message reworded means the same.
    let expired = ApiError::<QingtuiError>::new(42001, "token expired, again");
    assert_eq!(expired.display_in("en").to_string(), "access_token expired");
}

platform_errors_core::define_codes! {
    #![platform(crate = platform_errors_core)]
    /// A bank's string codes, written as digits with leading zeros.
    pub enum BankCode {
        Done = "0000" => "success",
        Busy = "0001" => "system busy",
        ThreeDs = "3DS_FAILED" => "3-D Secure failed",
    }
}

/// A drift table against a catalogue of string codes reads every code cell as written:
/// `0001` is not the number 1, and `3DS_FAILED` is no malformed number.
#[test]
fn drift_reads_string_codes_as_written() {
    use platform_errors_core::{drift, Catalogue};
    let page = "0000\tsuccess\n0001\tsystem busy\n3DS_FAILED\t3-D Secure failed\n";
    let found = drift::compare(BankCode::ENTRIES, page).unwrap();
    assert!(found.is_empty(), "{found}");
    let found = drift::compare(BankCode::ENTRIES, "1\tsystem busy\n").unwrap();
    assert_eq!((found.missing.len(), found.extra.len()), (1, 3), "{found}");
}

/// A POSIX locale from the environment finds its region's translation: the codeset and
/// modifier are no subtags.
#[test]
fn posix_locales_drop_their_codeset() {
    use platform_errors_core::lang::translation;
    let declared = [
        ("zh", "简"),
        ("zh-TW", "繁"),
        ("en-US", "US"),
        ("en-GB", "GB"),
    ];
    assert_eq!(translation(&declared, "zh_TW.UTF-8"), Some("繁"));
    assert_eq!(translation(&declared, "zh_TW.Big5"), Some("繁"));
    assert_eq!(translation(&declared, "en_GB.UTF-8@euro"), Some("GB"));
    assert_eq!(translation(&declared, "zh_CN.UTF-8"), Some("简"));
    assert_eq!(translation(&declared, "C.UTF-8"), None);
}
