//! The text of declared and local variants, resolved: messages and their placeholders,
//! extra format arguments (bound in `format_arguments.rs`), translations (which must show
//! the fields the default message shows), advice, reason and HTTP status.

use proc_macro2::{TokenStream, TokenTree};
use syn::{LitStr, Member};

use super::format_arguments::resolve_format_args;
use super::Defaults;
use crate::ast::Origin;
use crate::attr::Attrs;
use crate::entry_data::{entry_keys, EntryData};
use crate::errors::Errors;
use crate::keys::{KeyId, VariantKind};
use crate::literal::same_tag;
use crate::model::{Text, Variant};
use crate::template::{ArgName, Template};

/// `http_status = N`, checked to be an HTTP status.
pub(super) fn http_status(attrs: &Attrs, errors: &mut Errors) -> Option<u16> {
    let code = attrs.codes_one(KeyId::HttpStatus)?;
    let value = match code.value {
        crate::literal::CodeValue::Int(value) => u16::try_from(value).ok(),
        crate::literal::CodeValue::Str(_) => None,
    };
    match value {
        Some(status @ 100..=599) => Some(status),
        _ => {
            errors.at(
                code.span,
                format!(
                    "{} is not an HTTP status: write one from 100 to 599, such as `401`",
                    code.value
                ),
            );
            None
        }
    }
}

/// A reason is `UPPER_SNAKE`, as AIP-193 asks: `[A-Z][A-Z0-9_]*`, at most 63 characters.
fn is_valid_reason(value: &str) -> bool {
    value.len() <= 63
        && value.starts_with(|c: char| c.is_ascii_uppercase())
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn check_reason(reason: &LitStr, errors: &mut Errors) -> Option<String> {
    let value = reason.value();
    if is_valid_reason(&value) {
        Some(value)
    } else {
        errors.spanned(
            reason,
            "a reason is UPPER_SNAKE, at most 63 characters, starting with a letter, such as `TOKEN_EXPIRED`",
        );
        None
    }
}

/// The message, its translations and the advice of a declared or local variant, and a
/// declared variant's entry data.
pub(super) fn resolve_text(
    variant: &Variant,
    attrs: &mut Attrs,
    defaults: &Defaults,
    kind: VariantKind,
    who: &str,
    errors: &mut Errors,
) -> Text {
    let written = attrs.span(KeyId::Message).is_some();
    let message = attrs.take_message();
    if !written
        && !defaults.message_reported
        && !super::variant_key_on_field(variant, KeyId::Message)
    {
        errors.at(
            variant.span,
            format!("{who} has no message: add `#[message(\"...\")]` with the text to show, such as `#[message(\"invalid token\")]`{}", attrs.near_miss_of("message")),
        );
    }
    let lang = attrs
        .str(KeyId::Lang)
        .map(LitStr::value)
        .or_else(|| defaults.lang.clone());
    let (message, translations, args) = match message {
        Some(message) => {
            let dsl = defaults.origin == Origin::Dsl;
            let args = if dsl {
                check_dsl_message(&message, errors);
                Vec::new()
            } else {
                let used = check_args_used(&message, errors);
                resolve_format_args(&message.args, &used, variant, who, errors)
            };
            // A translation may show the named extra arguments (`max = .limit`), not the
            // positional ones, whose order belongs to the default message.
            let mut named: Vec<crate::attr::FormatArg> = Vec::new();
            for arg in &message.args {
                if arg.name.is_some() {
                    named.push(arg.clone());
                }
            }
            if !dsl {
                check_placeholders(&message.default, variant, &message.args, None, who, errors);
            }
            for (tag, template) in &message.translations {
                // A translation that names no field is reported as such; whether it shows
                // every field is asked only of one whose placeholders all make sense, and
                // only for the default's placeholders that do.
                // One that did not parse (reported) shows nothing to compare.
                if !dsl
                    && !template.broken
                    && check_placeholders(template, variant, &named, Some(tag), who, errors)
                {
                    check_translation_fields(
                        &message.default,
                        template,
                        (tag, &named),
                        variant,
                        errors,
                    );
                }
                if lang.as_deref().is_some_and(|l| same_tag(l, tag)) {
                    errors.spanned(
                        &template.lit,
                        format!(
                            "the default message is already in `{tag}`; remove this translation"
                        ),
                    );
                }
            }
            (message.default, message.translations, args)
        }
        None => (Template::empty(), Vec::new(), Vec::new()),
    };
    let entry = if kind == VariantKind::Declared {
        entry_data(attrs, defaults, errors)
    } else {
        EntryData::default()
    };
    Text {
        entry,
        message,
        args,
        lang,
        translations,
        advice: attrs
            .advice()
            .map(|(advice, _)| advice)
            .or(defaults.advice)
            .unwrap_or_default(),
    }
}

/// The entry data a declared variant's attributes give, over the type's defaults: every
/// entry key of the key table (`entry_data::entry_keys`).
fn entry_data(attrs: &Attrs, defaults: &Defaults, errors: &mut Errors) -> EntryData {
    let mut data = EntryData::default();
    for key in entry_keys() {
        match key {
            KeyId::Reason => {
                data.reason = attrs
                    .str(KeyId::Reason)
                    .and_then(|r| check_reason(r, errors));
            }
            KeyId::HttpStatus => {
                data.http_status = http_status(attrs, errors).or(defaults.http_status);
            }
            KeyId::Code
            | KeyId::Aliases
            | KeyId::Message
            | KeyId::Advice
            | KeyId::Category
            | KeyId::Shared
            | KeyId::Lang
            | KeyId::Crate
            | KeyId::Exhaustive
            | KeyId::NoUnsafe
            | KeyId::Transparent
            | KeyId::Unknown
            | KeyId::Local
            | KeyId::Serde
            | KeyId::Envelope
            | KeyId::Docs
            | KeyId::Debug
            | KeyId::From
            | KeyId::Source => errors.at(
                proc_macro2::Span::call_site(),
                format!("platform-errors bug: `{key:?}` is entry data that no field holds"),
            ),
        }
    }
    data
}

/// A `define_codes!` message is fixed text: a placeholder shows nothing, and an argument
/// after it would never be shown. One error for a template with placeholders (and the
/// arguments, if any, that were meant for them); else one for each argument.
fn check_dsl_message(message: &crate::attr::Message, errors: &mut Errors) {
    let templates =
        std::iter::once(&message.default).chain(message.translations.iter().map(|(_, t)| t));
    let mut placeholders = false;
    for template in templates {
        let mut shown: Vec<String> = Vec::new();
        for arg in template.args() {
            shown.push(match &arg.name {
                ArgName::Next(_) => "`{}`".to_owned(),
                name => format!("`{{{name}}}`"),
            });
        }
        if shown.is_empty() {
            continue;
        }
        let arguments = if std::ptr::eq(template, &message.default) && !message.args.is_empty() {
            placeholders = true;
            ", and the arguments after it would not be shown"
        } else {
            ""
        };
        errors.spanned(
            &template.lit,
            format!(
                "a `define_codes!` message is fixed text: {} would show nothing{arguments}; write `{{{{` and `}}}}` for literal braces",
                join_and(&shown)
            ),
        );
    }
    if placeholders || broken(message) {
        return;
    }
    for arg in &message.args {
        // `zh = 42`: at the value, the caller's token where a `macro_rules!` fragment
        // (`zh = $zh`) passed it in.
        let mut span = arg.span;
        let text = match &arg.name {
            // `zh = 42`: a translation that is not a string.
            Some(lang) => {
                span = crate::literal::first_span(&arg.tokens).unwrap_or(arg.span);
                format!(
                    "the `{lang}` translation must be a string literal, as in `{lang} = \"无效的 token\"`"
                )
            }
            None if is_string_literal(&arg.tokens) => "this string is never shown: a translation names its language, as in `(\"invalid token\", zh = \"无效的 token\")`".to_owned(),
            None if malformed_tag(&arg.tokens).is_some() => {
                no_language_tag(&malformed_tag(&arg.tokens).unwrap_or_default())
            }
            None => "a `define_codes!` message is fixed text, with nothing to format: remove this argument".to_owned(),
        };
        errors.at(span, text);
    }
}

/// Every extra argument is shown: a positional one by a `{}` of the default message, a
/// named one by its name in the default message or a translation. One that is not would be
/// the compiler's "argument never used", at the derive. Whether each is shown.
fn check_args_used(message: &crate::attr::Message, errors: &mut Errors) -> Vec<bool> {
    if broken(message) {
        // Which arguments it shows is unknown: each is checked as if shown.
        return vec![true; message.args.len()];
    }
    let mut next = 0;
    let mut named: Vec<&str> = Vec::new();
    let templates =
        std::iter::once(&message.default).chain(message.translations.iter().map(|(_, t)| t));
    for template in templates {
        let is_default = std::ptr::eq(template, &message.default);
        for arg in template.args() {
            for name in std::iter::once(&arg.name).chain(&arg.spec_refs) {
                match name {
                    ArgName::Next(index) if is_default => next = next.max(index + 1),
                    ArgName::Named(name) => named.push(name),
                    ArgName::Next(_) | ArgName::Index(_) => {}
                }
            }
        }
    }
    let mut positional = 0;
    let mut used = Vec::with_capacity(message.args.len());
    for arg in &message.args {
        used.push(match &arg.name {
            Some(name) => named.contains(&name.as_str()),
            None => positional < next,
        });
        match &arg.name {
            Some(name) => {
                if !named.contains(&name.as_str()) {
                    // `zh = 5`: perhaps a translation whose text is not a string.
                    let translation = if crate::literal::may_be_language(name) {
                        format!("; if it is a translation, its text is a string literal: `{name} = \"...\"`")
                    } else {
                        String::new()
                    };
                    errors.at(
                        arg.span,
                        format!("`{name}` is never shown: add `{{{name}}}` to the message, or remove it{translation}"),
                    );
                }
            }
            None => {
                positional += 1;
                if positional > next {
                    let message = if let Some(tag) = malformed_tag(&arg.tokens) {
                        no_language_tag(&tag)
                    } else if is_string_literal(&arg.tokens) && next == 0 {
                        "this string is never shown: a translation names its language, as in `#[message(\"invalid token\", zh = \"无效的 token\")]`".to_owned()
                    } else {
                        let braces = match next {
                            0 => "no `{}`".to_owned(),
                            1 => "one `{}`".to_owned(),
                            n => format!("{n} `{{}}`"),
                        };
                        format!("this argument is never shown: the message has {braces} for the arguments after it; add a `{{}}` for it, or remove it")
                    };
                    errors.at(arg.span, message);
                }
            }
        }
    }
    used
}

/// Whether a template of the message did not parse (reported there).
fn broken(message: &crate::attr::Message) -> bool {
    message.default.broken || message.translations.iter().any(|(_, t)| t.broken)
}

/// The tag of what reads as a translation whose tag is none (`zh- = "x"`, `zh--TW = "x"`,
/// `419 = "x"`): letters, digits, `-` and `_` before an `=` and one string literal.
fn malformed_tag(tokens: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let (value, rest) = trees.split_last()?;
    let (eq, tag) = rest.split_last()?;
    let is_eq = matches!(eq, TokenTree::Punct(p) if p.as_char() == '=');
    let tag_like = !tag.is_empty()
        && tag.iter().all(|tree| match tree {
            TokenTree::Ident(_) => true,
            TokenTree::Literal(lit) => lit.to_string().bytes().all(|b| b.is_ascii_alphanumeric()),
            TokenTree::Punct(p) => matches!(p.as_char(), '-' | '_'),
            TokenTree::Group(_) => false,
        });
    (is_eq && tag_like && is_string_literal(&TokenStream::from(value.clone())))
        .then(|| tag.iter().map(ToString::to_string).collect())
}

fn no_language_tag(tag: &str) -> String {
    format!(
        "`{tag}` is no language tag: a tag is letters and digits, with `-` between its parts, such as `zh` or `zh-Hant`"
    )
}

pub(super) fn is_string_literal(tokens: &TokenStream) -> bool {
    let mut trees = tokens.clone().into_iter();
    matches!(
        (trees.next(), trees.next()),
        (Some(TokenTree::Literal(lit)), None) if lit.to_string().ends_with('"')
    )
}

/// Every placeholder names a field, or an extra argument of `extra`: one error for the
/// template, that lists what is wrong in it. Whether it was all right.
fn check_placeholders(
    template: &Template,
    variant: &Variant,
    extra: &[crate::attr::FormatArg],
    translation: Option<&str>,
    who: &str,
    errors: &mut Errors,
) -> bool {
    let mut positional = 0;
    for arg in extra {
        if arg.name.is_none() {
            positional += 1;
        }
    }
    let mut too_many_next = false;
    let mut unknown: Vec<String> = Vec::new();
    // A placeholder written as a constant's name (`{MAX}`), which `format!` would capture.
    let mut constant: Option<String> = None;
    for arg in template.args() {
        let placeholder = std::iter::once((&arg.name, false));
        for (name, width) in placeholder.chain(arg.spec_refs.iter().map(|name| (name, true))) {
            if let ArgName::Next(index) = name {
                if *index >= positional {
                    too_many_next = true;
                }
                continue;
            }
            if !names_an_argument(name, extra) && variant.field_named(name).is_none() {
                // A width or precision (`{0:>w$}`) as written, not as a placeholder.
                let shown = if width {
                    format!("the width or precision `{name}$`")
                } else {
                    format!("`{{{name}}}`")
                };
                if let (ArgName::Named(name), false) = (name, width) {
                    let upper = name.chars().any(char::is_uppercase)
                        && !name.chars().any(char::is_lowercase);
                    if upper && constant.is_none() {
                        constant = Some(name.clone());
                    }
                }
                if !unknown.contains(&shown) {
                    unknown.push(shown);
                }
            }
        }
    }
    let mut problems: Vec<String> = Vec::new();
    if !unknown.is_empty() {
        let (list, verb) = match unknown.as_slice() {
            [one] => (one.clone(), "names"),
            many => (join_and(many), "name"),
        };
        let constant = constant.map_or_else(String::new, |name| {
            let lower = name.to_lowercase();
            format!("; a constant is named after the message, as in `{lower} = {name}`, and shown as `{{{lower}}}`")
        });
        problems.push(format!(
            "{list} {verb} no field of {who}; {}{constant}, or write `{{{{` for a literal brace",
            field_list(variant, true)
        ));
    }
    if too_many_next {
        problems.push(if let Some(tag) = translation {
            format!("`{{}}` in the `{tag}` translation: a translation shows fields and named arguments only, since the order of the others belongs to the default message; name the value after the message (`n = .items.len()`) and write `{{n}}` in the default message and the translation, or name a field")
        } else if extra.is_empty() {
            format!("`{{}}` does not say what to show: name a field of {who}, as in `{{field}}` or `{{0}}`, or write the value after the message, as in `#[message(\"{{}} items\", .items.len())]`")
        } else {
            format!("the message has more `{{}}` than arguments after it ({positional}): add one, or name a field")
        });
    }
    if problems.is_empty() {
        return true;
    }
    errors.spanned(&template.lit, problems.join("; and "));
    false
}

/// Whether a placeholder names one of the named extra arguments (`{max}` of `max = .limit`).
fn names_an_argument(name: &ArgName, args: &[crate::attr::FormatArg]) -> bool {
    matches!(name, ArgName::Named(name)
        if args.iter().any(|arg| arg.name.as_deref() == Some(name.as_str())))
}

/// "`a`, `b` and `c`".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A translation shows every field and named argument (`max = .limit`) the default message
/// shows: a reader in any language gets the same facts. One error, that lists every
/// placeholder it leaves out.
fn check_translation_fields(
    default: &Template,
    translation: &Template,
    (tag, named): (&str, &[crate::attr::FormatArg]),
    variant: &Variant,
    errors: &mut Errors,
) {
    let mut missing: Vec<String> = Vec::new();
    for arg in default.args() {
        if matches!(arg.name, ArgName::Next(_))
            || (variant.field_named(&arg.name).is_none() && !names_an_argument(&arg.name, named))
        {
            // A `{}` shows a positional argument, whose order belongs to the default
            // message; a placeholder that names nothing is reported on the default message.
            continue;
        }
        let shown = format!("`{{{}}}`", arg.name);
        if !translation.args().any(|t| t.name == arg.name) && !missing.contains(&shown) {
            missing.push(shown);
        }
    }
    if missing.is_empty() {
        return;
    }
    let what = if missing.len() == 1 {
        format!(
            "leaves out {}, which the default message shows; add it",
            missing[0]
        )
    } else {
        format!(
            "leaves out {} placeholders the default message shows: {}; add them",
            missing.len(),
            join_and(&missing)
        )
    };
    errors.spanned(
        &translation.lit,
        format!(
            "the `{tag}` translation {what}, so that readers in every language get the same facts"
        ),
    );
}

/// The variant's fields, as placeholders (`{name}`, `{0}`) or, in an expression, as field
/// accesses (`.name`, `.0`).
pub(super) fn field_list(variant: &Variant, placeholders: bool) -> String {
    if variant.fields.is_empty() {
        return "it has no fields".to_owned();
    }
    let mut names = String::from("use one of ");
    for (i, field) in variant.fields.iter().enumerate() {
        if i > 0 {
            names.push_str(", ");
        }
        names.push_str(&match (&field.member, placeholders) {
            (Member::Named(ident), true) => format!("`{{{ident}}}`"),
            (Member::Unnamed(index), true) => format!("`{{{}}}`", index.index),
            (Member::Named(ident), false) => format!("`.{ident}`"),
            (Member::Unnamed(index), false) => format!("`.{}`", index.index),
        });
    }
    names
}
