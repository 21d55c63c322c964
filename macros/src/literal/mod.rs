//! The literals attributes and the DSL hold: codes (`40001`, `-1`, within `i64`; or
//! `"PARAM_ERROR"`) and messages (`"text"`, or `("text", zh = "译文")`), read once each.

use std::collections::hash_map::{Entry, HashMap};

use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::ToTokens as _;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, Token};

use crate::errors::Errors;
use crate::template::{ArgName, Template};

mod code;
mod fragments;

pub(crate) use code::{parse_code, parse_http_status};
pub(crate) use fragments::{first_span, next_span};

/// A code as written: `40001`, `-1`, `"PARAM_ERROR"`.
#[derive(Clone)]
pub(crate) struct Code {
    pub(crate) value: CodeValue,
    pub(crate) span: Span,
}

/// A code's value: a number, or a string (WeChat Pay v3, DingTalk's newer API, Alipay's
/// sub codes). A type's codes are all of one kind (`resolve` checks).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CodeValue {
    Int(i64),
    Str(String),
}

impl CodeValue {
    pub(crate) fn kind(&self) -> CodeKind {
        match self {
            CodeValue::Int(_) => CodeKind::Int,
            CodeValue::Str(_) => CodeKind::Str,
        }
    }

    /// The literal: `40001i64` (typed, so that no table of codes is inferred), or
    /// `"PARAM_ERROR"`.
    pub(crate) fn literal(&self) -> Literal {
        match self {
            CodeValue::Int(code) => Literal::i64_suffixed(*code),
            CodeValue::Str(code) => Literal::string(code),
        }
    }
}

impl CodeValue {
    /// The runtime's view of the code: `krate::Code::Int(40001i64)` or
    /// `krate::Code::Str("PARAM_ERROR")`.
    pub(crate) fn runtime(&self, krate: &TokenStream) -> TokenStream {
        match self {
            CodeValue::Int(_) => quote::quote!(#krate::Code::Int(#self)),
            CodeValue::Str(_) => quote::quote!(#krate::Code::Str(#self)),
        }
    }
}

impl std::fmt::Display for CodeValue {
    /// As written: `40001`, `"PARAM_ERROR"`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeValue::Int(code) => write!(f, "{code}"),
            CodeValue::Str(code) => write!(f, "{code:?}"),
        }
    }
}

/// Where each code was first seen, in a list of variants or groups: numbers and strings
/// apart, in the two maps the crate uses (one instantiation of each for the compiler, for
/// `check` and the generators alike).
#[derive(Default)]
pub(crate) struct FirstSeen<'a> {
    ints: HashMap<i64, usize>,
    strs: HashMap<&'a str, usize>,
}

impl<'a> FirstSeen<'a> {
    /// Where `code` was first seen; `None`, recording `at`, if it was not.
    pub(crate) fn code(&mut self, code: &'a CodeValue, at: usize) -> Option<usize> {
        match code {
            CodeValue::Int(code) => match self.ints.entry(*code) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(vacant) => {
                    vacant.insert(at);
                    None
                }
            },
            CodeValue::Str(code) => self.spelling(code, at),
        }
    }

    /// Where a string code's spelling (its own, or an alias), or any other text that must be
    /// unique (a reason), was first seen; `None`, recording `at`, if it was not.
    pub(crate) fn spelling(&mut self, spelling: &'a str, at: usize) -> Option<usize> {
        match self.strs.entry(spelling) {
            Entry::Occupied(first) => Some(*first.get()),
            Entry::Vacant(vacant) => {
                vacant.insert(at);
                None
            }
        }
    }
}

impl quote::ToTokens for CodeValue {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend([TokenTree::Literal(self.literal())]);
    }
}

/// The kind of a type's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodeKind {
    Int,
    Str,
}

/// `#[message("default", zh = "translation")]`, or the DSL's `=> ("default", zh = "...")`.
pub(crate) struct Message {
    pub(crate) default: Template,
    pub(crate) translations: Vec<(String, Template)>,
    /// Extra format arguments after the default message, as thiserror takes them.
    pub(crate) args: Vec<FormatArg>,
}

/// An extra format argument: `.items.len()`, or `max = .limit`; `.field` names a field.
#[derive(Clone)]
pub(crate) struct FormatArg {
    pub(crate) name: Option<String>,
    pub(crate) tokens: TokenStream,
    pub(crate) span: Span,
}

/// Parses the message grammar, collecting errors in the templates.
pub(crate) fn parse_message_args(
    input: ParseStream<'_>,
    errors: &mut Errors,
) -> syn::Result<Message> {
    let default = parse_template(input, errors)?;
    let mut translations: Vec<(String, Template)> = Vec::new();
    let mut args: Vec<FormatArg> = Vec::new();
    while !input.is_empty() {
        if let Ok(semicolon) = input.parse::<Token![;]>() {
            // `zh = "..."; en = "..."`, as statements end: read as the `,` it stands for.
            errors.at(
                semicolon.span,
                "write `,` in place of this `;`: a message's arguments and translations are separated by `,`",
            );
        } else {
            input.parse::<Token![,]>()?;
        }
        if input.is_empty() {
            break;
        }
        if input.peek(Ident::peek_any)
            && input.peek2(Token![;])
            && input.peek3(Token![=])
            && !input.peek3(Token![==])
            && !input.peek3(Token![=>])
        {
            // `zh ; = "..."`, `n ; = 5`: the `;` is the one mistake; the rest is read as the
            // argument it would be without it.
            let name: Ident = input.call(Ident::parse_any)?;
            let semicolon = input.parse::<Token![;]>()?;
            errors.at(
                semicolon.span,
                format!("remove this `;`: `{name}` and its `=` go together, as in `{name} = ...`"),
            );
            let mut rebuilt = quote::ToTokens::into_token_stream(name);
            while !at_argument_end(input) {
                rebuilt.extend(std::iter::once(input.parse::<TokenTree>()?));
            }
            let argument = |stream: ParseStream<'_>| {
                parse_argument(stream, &default, &mut translations, &mut args, errors)
            };
            syn::parse::Parser::parse2(argument, rebuilt)?;
            continue;
        }
        parse_argument(input, &default, &mut translations, &mut args, errors)?;
    }
    Ok(Message {
        default,
        translations,
        args,
    })
}

/// Whether a message's argument ends here: at the end, at the next `,`, or at a `;` written
/// for one (not one before `=`: `zh ; = "..."` is one mistake, read as the argument it
/// makes).
fn at_argument_end(input: ParseStream<'_>) -> bool {
    input.is_empty() || input.peek(Token![,]) || (input.peek(Token![;]) && !input.peek2(Token![=]))
}

/// One argument of a message after its text: a translation (`zh = "..."`, or one written
/// without its `=`, one error), or an extra format argument.
fn parse_argument(
    input: ParseStream<'_>,
    default: &Template,
    translations: &mut Vec<(String, Template)>,
    args: &mut Vec<FormatArg>,
    errors: &mut Errors,
) -> syn::Result<()> {
    if input.peek(Token![=]) && !input.peek(Token![==]) && !input.peek(Token![=>]) {
        // `= "译文"`: a translation without its language.
        let eq = input.parse::<Token![=]>()?;
        let mut rest = TokenStream::new();
        while !input.is_empty() && !input.peek(Token![,]) && !input.peek(Token![;]) {
            rest.extend(std::iter::once(input.parse::<TokenTree>()?));
        }
        let shown = if rest.is_empty() {
            "\"...\"".to_owned()
        } else {
            rest.to_string()
        };
        errors.at(
            eq.span,
            format!(
                "the translation's language is missing before `=`: write it as in `zh = {shown}`"
            ),
        );
        return Ok(());
    }
    if let Some(TranslationWithoutEq {
        tag,
        lang,
        text,
        separator,
    }) = translation_without_eq(input)
    {
        // `zh "b"`, `zh-TW "b"`, `zh: "b"`, `zh => "b"`: a translation missing its `=`,
        // read as one (one error, and its text is checked as a translation's).
        let written = match tag.clone().into_iter().next() {
            Some(TokenTree::Literal(lit)) => format!("{lit} = {}", text.0),
            _ => format!("{lang} = {}", text.0),
        };
        let mut shown = tag;
        shown.extend(std::iter::once(TokenTree::Literal(text.0.clone())));
        errors.spanned(
            &shown,
            match separator {
                None => format!("the translation's `=` is missing: write `{written}`"),
                Some(separator) => format!(
                    "a translation is written with `=`, not `{separator}`: write `{written}`"
                ),
            },
        );
        let template = Template::parse(text.0, text.1, text.2, errors);
        if !names_no_language(&lang)
            && !malformed_tag(&lang)
            && !translations.iter().any(|(l, _)| same_tag(l, &lang))
        {
            translations.push((lang, template));
        }
        return Ok(());
    }
    if is_translation(input, default) {
        let (lang, lang_span) = if let Some((lit, value, _)) = string_literal(input) {
            (value, lit.span())
        } else {
            language_tag(input).ok_or_else(|| input.error("expected a language tag"))?
        };
        input.parse::<Token![=]>()?;
        let Some((text, value, plain)) = string_literal(input) else {
            return Err(syn::Error::new(
                next_span(input),
                format!("the `{lang}` translation must be a string literal"),
            ));
        };
        if value.trim().is_empty() && text.to_string().ends_with(['"', '#']) {
            errors.at(
                text.span(),
                format!("the `{lang}` translation can't be blank: `message_in(\"{lang}\")` would show nothing; write the message in that language, or remove the translation"),
            );
        }
        let template = Template::parse(text, value, plain, errors);
        if lang == "lang" {
            errors.at(
                lang_span,
                "`lang` names no language: a translation is written with its language, as in `en = \"...\"`; the language of the message itself is `#[platform(lang = \"en\")]` on the type",
            );
        } else if names_no_language(&lang) {
            errors.at(
                lang_span,
                format!(
                    "`{lang:?}` names no language, and `message_in` never returns this translation: write the translation's language, such as `zh`"
                ),
            );
        } else if malformed_tag(&lang) {
            errors.at(
                lang_span,
                format!(
                    "`{lang:?}` is no language tag, and `message_in` never returns this translation: a tag is letters and digits, with `-` between its parts, such as `zh` or `\"zh-Hant\"`"
                ),
            );
        } else if translations.iter().any(|(l, _)| same_tag(l, &lang)) {
            errors.at(
                lang_span,
                format!("duplicate `{lang}` translation; keep one"),
            );
        } else {
            translations.push((lang, template));
        }
    } else {
        let arg = parse_format_arg(input)?;
        // As in `format!`: `{}` counts the unnamed arguments, which come first.
        if let (None, Some(named)) = (&arg.name, args.iter().find_map(|a| a.name.as_deref())) {
            errors.at(
                arg.span,
                format!("an unnamed argument cannot follow a named one (`{named} = ...`), as in `format!`: move it before the named ones, or name it"),
            );
        }
        args.push(arg);
    }
    Ok(())
}

/// Whether a language tag names no language, as the runtime reads tags: an empty tag and
/// `*` ask for the default message (see the locales chapter of the guide).
pub(crate) fn names_no_language(tag: &str) -> bool {
    matches!(tag.trim(), "" | "*")
}

/// Whether a tag that names a language is no tag the runtime can match (BCP 47's letters,
/// digits and `-`, or `_` as POSIX locales write it, between subtags): `"zh cn"`, `"zh;q=0.5"`
/// (an `Accept-Language` weight), `"zh-"`.
pub(crate) fn malformed_tag(tag: &str) -> bool {
    !tag.split(['-', '_'])
        .all(|subtag| !subtag.is_empty() && subtag.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Language tags compared as BCP 47 does: ASCII case-insensitively, `_` as `-`.
pub(crate) fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            let norm = |c: u8| {
                if c == b'_' {
                    b'-'
                } else {
                    c.to_ascii_lowercase()
                }
            };
            norm(x) == norm(y)
        })
}

/// A translation is `lang = "text"` (or `zh-CN = "text"`, `"zh-CN" = "text"`), ending the
/// argument; anything else is an extra format argument. So is `unit = "ms"` where the
/// default message shows `{unit}`: an argument whose value is a string, as in `format!`
/// (the derive refuses it where the name may also be a language, `id = "..."`:
/// [`may_be_language`]).
fn is_translation(input: ParseStream<'_>, default: &Template) -> bool {
    let fork = input.fork();
    let tag = if string_literal(&fork).is_some() {
        true
    } else if fork.peek(Ident::peek_any) {
        match language_tag(&fork) {
            Some((tag, _)) => !shows(default, &tag),
            None => false,
        }
    } else {
        false
    };
    // A `;` after it (`zh = "...";`, as a statement ends) is reported where it is read.
    tag && fork.parse::<Token![=]>().is_ok()
        && string_literal(&fork).is_some()
        && (fork.is_empty() || fork.peek(Token![,]) || fork.peek(Token![;]))
}

/// Whether the message shows `{name}`.
fn shows(template: &Template, name: &str) -> bool {
    template
        .args()
        .any(|arg| matches!(&arg.name, ArgName::Named(shown) if shown == name))
}

/// Whether a name may be a language's tag, as BCP 47 writes common ones: a language of 2–3
/// letters (`id`, `zh`, `yue`), then, each after `_` or `-`, a script of 4 letters in title
/// case or a region of 2 capitals or 3 digits (`zh_Hant_TW`, `es_419`). Snake-case names
/// (`max_len`, `id_card`, `field`) may not.
pub(crate) fn may_be_language(name: &str) -> bool {
    let mut parts = name.split(['-', '_']);
    let language = parts.next().unwrap_or_default();
    language.bytes().all(|b| b.is_ascii_alphabetic())
        && matches!(language.len(), 2 | 3)
        && parts.all(|part| {
            let bytes = part.as_bytes();
            let script = bytes.len() == 4
                && bytes[0].is_ascii_uppercase()
                && bytes[1..].iter().all(u8::is_ascii_lowercase);
            let region = (bytes.len() == 2 && bytes.iter().all(u8::is_ascii_uppercase))
                || (bytes.len() == 3 && bytes.iter().all(u8::is_ascii_digit));
            script || region
        })
}

/// A language tag written as tokens: `zh`, `r#as` (Assamese, a keyword), `zh_TW`, or with
/// hyphens, `zh-TW`, `es-419`; and the span of its first token.
fn language_tag(input: ParseStream<'_>) -> Option<(String, Span)> {
    let first: Ident = input.call(Ident::parse_any).ok()?;
    let span = first.span();
    let mut tag = syn::ext::IdentExt::unraw(&first).to_string();
    while input.peek(Token![-]) && (input.peek2(Ident::peek_any) || input.peek2(LitInt)) {
        input.parse::<Token![-]>().ok()?;
        tag.push('-');
        if input.peek(LitInt) {
            tag.push_str(&input.parse::<LitInt>().ok()?.to_string());
        } else {
            tag.push_str(&input.call(Ident::parse_any).ok()?.to_string());
        }
    }
    Some((tag, span))
}

/// A translation written without its `=` ([`translation_without_eq`]).
struct TranslationWithoutEq {
    /// The tag's tokens as written, with the token in place of `=`.
    tag: TokenStream,
    lang: String,
    /// Its text, as `string_literal` gives it.
    text: (Literal, String, bool),
    /// What stands for `=`: `:`, `=>`, or nothing.
    separator: Option<&'static str>,
}

/// `zh "译文"` (or `zh-TW "譯文"`, `"zh-Hant" "譯文"`) up to the next comma: a translation
/// without its `=`, or with `:` or `=>` in its place, read; else nothing is read.
fn translation_without_eq(input: ParseStream<'_>) -> Option<TranslationWithoutEq> {
    let fork = input.fork();
    let lang = if let Some((_, value, _)) = string_literal(&fork) {
        value
    } else if fork.peek(Ident::peek_any) {
        language_tag(&fork)?.0
    } else {
        return None;
    };
    // The tag's tokens, as written, for the error to cover.
    let written = input.fork();
    let mut tag = TokenStream::new();
    while written.cursor() != fork.cursor() {
        tag.extend(std::iter::once(written.parse::<TokenTree>().ok()?));
    }
    // `zh: "..."` (as in a struct literal) or `zh => "..."` (as in a `match`): the `=`
    // written as another token, covered by the error too.
    let mut separator = None;
    if fork.peek(Token![=>]) {
        separator = Some("=>");
        tag.extend(fork.parse::<Token![=>]>().ok()?.into_token_stream());
    } else if fork.peek(Token![:]) && !fork.peek(Token![::]) {
        separator = Some(":");
        tag.extend(fork.parse::<Token![:]>().ok()?.into_token_stream());
    }
    let text = string_literal(&fork)?;
    if !(fork.is_empty() || fork.peek(Token![,]) || fork.peek(Token![;])) {
        return None;
    }
    syn::parse::discouraged::Speculative::advance_to(input, &fork);
    Some(TranslationWithoutEq {
        tag,
        lang,
        text,
        separator,
    })
}

/// An extra format argument: `.items.len()` or `max = .limit`, up to the next comma.
fn parse_format_arg(input: ParseStream<'_>) -> syn::Result<FormatArg> {
    let span = input.span();
    let name = if input.peek(Ident::peek_any) && input.peek2(Token![=]) && !input.peek2(Token![==])
    {
        let ident: Ident = input.call(Ident::parse_any)?;
        input.parse::<Token![=]>()?;
        Some(ident.to_string())
    } else {
        None
    };
    let mut tokens = TokenStream::new();
    while !at_argument_end(input) {
        tokens.extend(std::iter::once(input.parse::<TokenTree>()?));
    }
    if tokens.is_empty() {
        return Err(syn::Error::new(
            span,
            "expected a format argument after the message, such as `.items.len()`",
        ));
    }
    Ok(FormatArg { name, tokens, span })
}

/// The message's string literal, parsed as a template.
pub(crate) fn parse_template(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<Template> {
    let Some((lit, value, plain)) = string_literal(input) else {
        let span = next_span(input);
        return Err(syn::Error::new(
            span,
            match input.fork().parse::<Option<proc_macro2::TokenTree>>()? {
                None => {
                    "the message is missing: write a string literal, such as `\"invalid token\"`"
                        .to_owned()
                }
                Some(found) => {
                    // A macro call (`concat!(...)`), shown whole: it is expanded after this
                    // macro reads its input.
                    let fork = input.fork();
                    let call = fork.call(syn::Path::parse_mod_style).ok().filter(|_| {
                        fork.parse::<Token![!]>().is_ok()
                            && fork.parse::<proc_macro2::Group>().is_ok()
                    });
                    if let Some(path) = call {
                        let path = quote::ToTokens::to_token_stream(&path)
                            .to_string()
                            .replace(' ', "");
                        format!("the message must be a string literal, such as `\"invalid token\"`, not a macro call (`{path}!(...)`, which is expanded after this macro reads it): write the text itself")
                    } else {
                        format!("the message must be a string literal, such as `\"invalid token\"`, not `{found}`")
                    }
                }
            },
        ));
    };
    // (A literal with a suffix, `""s`, is reported as that alone.)
    let suffixed = !lit.to_string().ends_with(['"', '#']);
    if value.trim().is_empty() && !suffixed {
        // Nothing to show, and nothing lookup could tell apart from another message.
        errors.at(
            lit.span(),
            "a message can't be blank: write what the error means, as the platform's page words it",
        );
    }
    Ok(Template::parse(lit, value, plain, errors))
}

/// The string literal next in `input` and its value, consumed, or `None` with `input`
/// untouched; the value says whether the literal is a plain `"..."` (see
/// [`string_value`]).
fn string_literal(input: ParseStream<'_>) -> Option<(Literal, String, bool)> {
    input
        .step(|cursor| match cursor.literal() {
            Some((literal, rest)) => match string_value(&literal) {
                Some((value, plain)) => Ok(((literal, value, plain), rest)),
                None => Err(cursor.error("expected a string literal")),
            },
            None => Err(cursor.error("expected a string literal")),
        })
        .ok()
}

/// The value of a string literal, and whether it is plain: `"..."` with no escape, whose
/// value is the text between its quotes. Most messages are; reading them needs neither of
/// the two parses of syn's `Lit::new` and `LitStr::value`, which were a quarter of the
/// time `define_codes!` spent on a catalogue of 1,000 codes. Any other literal is read by
/// syn; `None` for a literal that is not a string.
fn string_value(literal: &Literal) -> Option<(String, bool)> {
    let repr = literal.to_string();
    if let Some(inner) = repr.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        if !inner.as_bytes().iter().any(|&b| b == b'\\' || b == b'"') {
            return Some((inner.to_owned(), true));
        }
    }
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(lit) => Some((lit.value(), false)),
        _ => None,
    }
}
