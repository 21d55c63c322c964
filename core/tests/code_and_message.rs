//! `from_code_and_message`, which the macros generate to ask the code first (a code that one
//! variant alone declares needs no comparison of messages), finds what the trait's definition
//! says: the best message match among the variants of the code, else the first variant of the
//! code. Checked for every catalogue and umbrella of this crate, for each declared code with
//! each message declared anywhere for it, and with messages that match none, and for codes
//! nothing declares.

use platform_errors_core::{Catalogue, Code};

/// The messages a received answer might carry for a code: those declared with it (as
/// declared, in capitals, inside blanks), an empty one and one that matches nothing.
fn probes(declared: &[&'static str]) -> Vec<String> {
    let mut out = vec![String::new(), "no such message".to_owned(), "  ".to_owned()];
    for message in declared {
        out.push((*message).to_owned());
        out.push(message.to_uppercase());
        out.push(format!("  {message}\n"));
        // A declared message inside a longer received one.
        out.push(format!("{message}, hint: [abc]"));
    }
    out
}

/// The trait's definition of `from_code_and_message`.
fn by_definition<T: Catalogue>(code: T::Code<'_>, message: &str) -> Option<T>
where
    for<'a> T::Code<'a>: Copy,
{
    match T::match_message(code, message) {
        Some(found) => Some(found.value),
        None => T::from_code(code),
    }
}

/// Every integer code `T` declares, each with the messages declared with it, in the order of
/// `ENTRIES`.
fn int_codes<T: Catalogue>() -> Vec<(i64, Vec<&'static str>)> {
    let mut out: Vec<(i64, Vec<&'static str>)> = Vec::new();
    for entry in T::ENTRIES {
        let Code::Int(code) = entry.code() else {
            panic!("an integer catalogue declares {:?}", entry.code());
        };
        match out.iter_mut().find(|(c, _)| *c == code) {
            Some((_, messages)) => messages.push(entry.message()),
            None => out.push((code, vec![entry.message()])),
        }
    }
    out
}

/// Checks an integer-code type; returns how many codes several variants share.
fn check_int<T>() -> usize
where
    T: for<'a> Catalogue<Code<'a> = i64> + PartialEq + core::fmt::Debug,
{
    let codes = int_codes::<T>();
    assert!(!codes.is_empty());
    let mut shared = 0;
    for (code, declared) in &codes {
        if declared.len() > 1 {
            shared += 1;
        }
        for message in probes(declared) {
            assert_eq!(
                T::from_code_and_message(*code, &message),
                by_definition::<T>(*code, &message),
                "{} {code} {message:?}",
                core::any::type_name::<T>()
            );
        }
    }
    for code in [i64::MIN, -7, 1, 7, 99_999_999, i64::MAX] {
        if codes.iter().any(|(c, _)| *c == code) {
            continue;
        }
        assert_eq!(T::from_code_and_message(code, "系统繁忙"), None);
        assert_eq!(by_definition::<T>(code, "系统繁忙"), None);
    }
    shared
}

#[test]
fn qingtui() {
    use platform_errors_core::qingtui::*;
    // 40100 alone has 23 messages in `ParamError`.
    assert!(check_int::<ParamError>() >= 1);
    check_int::<GeneralError>();
    check_int::<SystemError>();
    check_int::<TokenError>();
    check_int::<OrgError>();
    check_int::<DomainError>();
    check_int::<UserError>();
    // The umbrella: 45001 is in `GeneralError` and in `OrgError`, 40100 in `ParamError`.
    assert!(check_int::<QingtuiError>() >= 2);
}

#[test]
fn qingtui_shared_codes() {
    use platform_errors_core::qingtui::*;
    // A code two members share: the message decides; with none that matches, the first.
    assert_eq!(
        QingtuiError::from_code_and_message(45001, ""),
        Some(QingtuiError::General(GeneralError::MediaFileTooLarge))
    );
    assert_eq!(
        QingtuiError::from_code_and_message(45001, OrgError::OrgTooDeep.message()),
        Some(QingtuiError::Org(OrgError::OrgTooDeep))
    );
    // A code one member alone declares: that member's answer, whatever the message.
    assert_eq!(
        QingtuiError::from_code_and_message(40014, "anything at all"),
        Some(QingtuiError::General(
            GeneralError::from_code(40014).unwrap()
        ))
    );
    // A code of one member, shared within it: the member's message match.
    assert_eq!(
        QingtuiError::from_code_and_message(40100, "app_id is required"),
        Some(QingtuiError::Param(ParamError::AppIdRequired))
    );
    assert_eq!(QingtuiError::from_code_and_message(1, "ok"), None);
}

#[cfg(feature = "wecom")]
#[test]
fn wecom() {
    check_int::<platform_errors_core::wecom::GlobalError>();
    #[cfg(feature = "alloc")]
    check_int::<platform_errors_core::wecom::WecomError>();
}

#[cfg(feature = "wechat-mp")]
#[test]
fn wechat_mp() {
    check_int::<platform_errors_core::wechat_mp::GlobalError>();
    #[cfg(feature = "alloc")]
    check_int::<platform_errors_core::wechat_mp::WechatMpError>();
}

#[cfg(feature = "wechat-open")]
#[test]
fn wechat_open() {
    check_int::<platform_errors_core::wechat_open::GlobalError>();
    #[cfg(feature = "alloc")]
    check_int::<platform_errors_core::wechat_open::WechatOpenError>();
}

#[cfg(feature = "wechat-miniapp")]
#[test]
fn wechat_miniapp() {
    check_int::<platform_errors_core::wechat_miniapp::GlobalError>();
    #[cfg(feature = "alloc")]
    check_int::<platform_errors_core::wechat_miniapp::WechatMiniappError>();
}

#[cfg(feature = "dingtalk")]
#[test]
fn dingtalk() {
    check_int::<platform_errors_core::dingtalk::GlobalError>();
    #[cfg(feature = "alloc")]
    check_int::<platform_errors_core::dingtalk::DingtalkError>();
}

#[cfg(feature = "feishu")]
#[test]
fn feishu() {
    check_int::<platform_errors_core::feishu::GlobalError>();
    #[cfg(feature = "alloc")]
    check_int::<platform_errors_core::feishu::FeishuError>();
}

/// Checks a string-code type, as [`check_int`] does.
#[cfg(any(feature = "wechat-pay", feature = "dingtalk"))]
fn check_str<T>()
where
    T: for<'a> Catalogue<Code<'a> = &'a str> + PartialEq + core::fmt::Debug,
{
    let mut codes: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for entry in T::ENTRIES {
        let Code::Str(code) = entry.code() else {
            panic!("a string catalogue declares {:?}", entry.code());
        };
        match codes.iter_mut().find(|(c, _)| *c == code) {
            Some((_, messages)) => messages.push(entry.message()),
            None => codes.push((code, vec![entry.message()])),
        }
    }
    assert!(!codes.is_empty());
    for (code, declared) in &codes {
        for message in probes(declared) {
            assert_eq!(
                T::from_code_and_message(code, &message),
                by_definition::<T>(code, &message),
                "{} {code} {message:?}",
                core::any::type_name::<T>()
            );
        }
    }
    for code in ["", "NO_SUCH_CODE", "param_error"] {
        assert_eq!(
            T::from_code_and_message(code, "x"),
            by_definition::<T>(code, "x")
        );
    }
}

#[cfg(feature = "wechat-pay")]
#[test]
fn wechat_pay() {
    check_str::<platform_errors_core::wechat_pay::GlobalError>();
    #[cfg(feature = "alloc")]
    check_str::<platform_errors_core::wechat_pay::WechatPayError>();
}

#[cfg(feature = "dingtalk")]
#[test]
fn dingtalk_v1() {
    check_str::<platform_errors_core::dingtalk::v1::GlobalError>();
    #[cfg(feature = "alloc")]
    check_str::<platform_errors_core::dingtalk::v1::DingtalkV1Error>();
}
