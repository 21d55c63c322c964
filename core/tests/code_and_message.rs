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

/// Checks a type for every code it declares and for `undeclared`; `code` turns an entry's
/// code into the type's. Returns how many codes several variants share.
fn check<T>(
    code: fn(Code<'static>) -> Option<T::Code<'static>>,
    undeclared: &[Code<'static>],
) -> usize
where
    T: Catalogue + PartialEq + core::fmt::Debug,
    for<'a> T::Code<'a>: Copy,
{
    let name = core::any::type_name::<T>();
    // Each code once, with the messages declared with it, in the order of `ENTRIES`.
    let mut codes: Vec<(Code<'static>, Vec<&'static str>)> = Vec::new();
    for entry in T::ENTRIES {
        match codes.iter_mut().find(|(c, _)| *c == entry.code()) {
            Some((_, messages)) => messages.push(entry.message()),
            None => codes.push((entry.code(), vec![entry.message()])),
        }
    }
    assert!(!codes.is_empty(), "{name}");
    for (declared_code, declared) in &codes {
        let received = code(*declared_code).unwrap_or_else(|| panic!("{name}: {declared_code:?}"));
        for message in probes(declared) {
            assert_eq!(
                T::from_code_and_message(received, &message),
                by_definition::<T>(received, &message),
                "{name} {declared_code:?} {message:?}"
            );
        }
    }
    for other in undeclared {
        if codes.iter().any(|(c, _)| c == other) {
            continue;
        }
        let received = code(*other).unwrap_or_else(|| panic!("{name}: {other:?}"));
        assert_eq!(
            T::from_code_and_message(received, "系统繁忙"),
            None,
            "{name} {other:?}"
        );
        assert_eq!(
            by_definition::<T>(received, "系统繁忙"),
            None,
            "{name} {other:?}"
        );
    }
    codes
        .iter()
        .filter(|(_, messages)| messages.len() > 1)
        .count()
}

/// [`check`] for a type of integer codes.
fn check_int<T>() -> usize
where
    T: for<'a> Catalogue<Code<'a> = i64> + PartialEq + core::fmt::Debug,
{
    let undeclared = [i64::MIN, -7, 1, 7, 99_999_999, i64::MAX].map(Code::Int);
    check::<T>(Code::as_i64, &undeclared)
}

/// [`check`] for a type of string codes.
#[cfg(any(feature = "wechat-pay", feature = "dingtalk"))]
fn check_str<T>() -> usize
where
    T: for<'a> Catalogue<Code<'a> = &'a str> + PartialEq + core::fmt::Debug,
{
    let undeclared = ["", "NO_SUCH_CODE", "param_error"].map(Code::Str);
    check::<T>(Code::as_str, &undeclared)
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

/// The catalogues behind features, each with its umbrella where `alloc` makes one.
#[test]
fn platforms() {
    macro_rules! check_each {
        ($($check:ident $feature:literal: $global:path, $umbrella:path;)*) => {$(
            #[cfg(feature = $feature)]
            {
                $check::<$global>();
                #[cfg(feature = "alloc")]
                $check::<$umbrella>();
            }
        )*};
    }
    #[allow(unused_imports)] // with no platform feature on
    use platform_errors_core as pe;
    check_each! {
        check_int "wecom": pe::wecom::GlobalError, pe::wecom::WecomError;
        check_int "wechat-mp": pe::wechat_mp::GlobalError, pe::wechat_mp::WechatMpError;
        check_int "wechat-open": pe::wechat_open::GlobalError, pe::wechat_open::WechatOpenError;
        check_int "wechat-miniapp":
            pe::wechat_miniapp::GlobalError, pe::wechat_miniapp::WechatMiniappError;
        check_int "dingtalk": pe::dingtalk::GlobalError, pe::dingtalk::DingtalkError;
        check_int "feishu": pe::feishu::GlobalError, pe::feishu::FeishuError;
        check_str "wechat-pay": pe::wechat_pay::GlobalError, pe::wechat_pay::WechatPayError;
        check_str "dingtalk": pe::dingtalk::v1::GlobalError, pe::dingtalk::v1::DingtalkV1Error;
    }
}
