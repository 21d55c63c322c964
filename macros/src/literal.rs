//! The literals attributes and the DSL hold: codes (`40001`, `-1`, within `i64`; or
//! `"PARAM_ERROR"`) and messages (`"text"`, or `("text", zh = "译文")`), read once each.

use std::collections::hash_map::{Entry, HashMap};

use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::ToTokens as _;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, LitStr, Token};

use crate::errors::Errors;
use crate::template::{ArgName, Template};

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

    /// Where a string code's spelling (its own, or an alias) was first seen; `None`,
    /// recording `at`, if it was not.
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

/// Parses a code: an integer literal with an optional minus sign, within `i64`, or a string
/// literal (not empty).
pub(crate) fn parse_code(input: ParseStream<'_>) -> syn::Result<Code> {
    parse_literal_code(input, Expect::Code)
}

/// Parses an HTTP status: an integer literal (`http_status = 401`). Its range, 100 to 599,
/// is checked where it is read (`resolve::text::http_status`).
pub(crate) fn parse_http_status(input: ParseStream<'_>) -> syn::Result<Code> {
    parse_literal_code(input, Expect::HttpStatus)
}

/// What a literal is read as: its errors say how to write that.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A code: an integer within `i64`, or a string.
    Code,
    /// An HTTP status: an integer from 100 to 599.
    HttpStatus,
}

impl Expect {
    /// How to write one, for errors.
    fn how(self) -> &'static str {
        match self {
            Expect::Code => "write an integer literal, such as `40001` or `-1`, or a string literal, such as `\"PARAM_ERROR\"`",
            Expect::HttpStatus => "write an integer literal from 100 to 599, such as `http_status = 404`",
        }
    }
}

/// The tokens at `input` up to a `=>`, a `,` or the end, unread; out of the invisible groups
/// a `macro_rules!` fragment leaves around them, so that an error spans the caller's tokens.
fn written_code(input: ParseStream<'_>) -> TokenStream {
    let ahead = input.fork();
    let mut written = TokenStream::new();
    while !ahead.is_empty() && !ahead.peek(Token![=>]) && !ahead.peek(Token![,]) {
        match ahead.parse::<proc_macro2::TokenTree>() {
            Ok(tree) => push_unwrapped(&mut written, tree),
            Err(_) => break,
        }
    }
    written
}

/// `tree`, or what an invisible group (`$code:expr`'s) holds, at any depth.
fn push_unwrapped(written: &mut TokenStream, tree: proc_macro2::TokenTree) {
    match tree {
        proc_macro2::TokenTree::Group(group)
            if group.delimiter() == proc_macro2::Delimiter::None =>
        {
            for inner in group.stream() {
                push_unwrapped(written, inner);
            }
        }
        tree => written.extend([tree]),
    }
}

/// The span of the first token of `tokens`, inside the invisible groups of `macro_rules!`
/// fragments: the caller's token.
pub(crate) fn first_span(tokens: &TokenStream) -> Option<proc_macro2::Span> {
    let first = unwrap_invisible(tokens.clone().into_iter().next()?);
    match first {
        proc_macro2::TokenTree::Group(group)
            if group.delimiter() == proc_macro2::Delimiter::None =>
        {
            first_span(&group.stream()).or(Some(group.span()))
        }
        tree => Some(tree.span()),
    }
}

/// What an invisible group (a `macro_rules!` fragment's) of one token holds, at any depth;
/// any other token as it is.
fn unwrap_invisible(tree: proc_macro2::TokenTree) -> proc_macro2::TokenTree {
    match tree {
        proc_macro2::TokenTree::Group(group)
            if group.delimiter() == proc_macro2::Delimiter::None =>
        {
            let mut inner = group.stream().into_iter();
            match (inner.next(), inner.next()) {
                (Some(only), None) => unwrap_invisible(only),
                _ => proc_macro2::TokenTree::Group(group),
            }
        }
        tree => tree,
    }
}

/// The span of the next token, inside the invisible groups a `macro_rules!` fragment
/// (`$code:expr`, `$msg:expr`) leaves around it: the caller's token, not the place of the
/// fragment in the macro's body, which is the group's.
pub(crate) fn next_span(input: ParseStream<'_>) -> proc_macro2::Span {
    let mut cursor = input.cursor();
    while let Some((inside, _, _)) = cursor.group(proc_macro2::Delimiter::None) {
        if inside.eof() {
            break;
        }
        cursor = inside;
    }
    if cursor.eof() {
        input.span()
    } else {
        cursor.span()
    }
}

fn parse_literal_code(input: ParseStream<'_>, expect: Expect) -> syn::Result<Code> {
    let minus: Option<Token![-]> = input.parse()?;
    // One step that reads the literal once: `peek(LitInt)` followed by `parse` would read
    // every code twice.
    let strings = expect == Expect::Code;
    let lit = input.step(|cursor| match cursor.literal() {
        Some((literal, rest)) => match syn::Lit::new(literal) {
            syn::Lit::Int(lit) => Ok((Ok(lit), rest)),
            syn::Lit::Str(lit) if strings && minus.is_none() => Ok((Err(lit), rest)),
            _ => Err(cursor.error("expected a code")),
        },
        None => Err(cursor.error("expected a code")),
    });
    let lit = match lit {
        Ok(Ok(lit)) => lit,
        Ok(Err(lit)) => return string_code(&lit),
        Err(_) => {
            let span = next_span(input);
            let what = match (
                input.fork().parse::<Option<proc_macro2::TokenTree>>()?,
                expect,
            ) {
                (None, Expect::Code) => "a code is missing".to_owned(),
                (None, Expect::HttpStatus) => "the HTTP status is missing".to_owned(),
                (Some(_), Expect::Code) => {
                    // The whole expression written (`i64::MAX`, `(-1)`), up to the end of
                    // the code: its `=>` in `define_codes!`, or the end of the attribute.
                    let mut written: TokenStream =
                        minus.iter().map(quote::ToTokens::to_token_stream).collect();
                    written.extend(written_code(input));
                    if written.is_empty() {
                        // An empty fragment (`$v:vis` with nothing): no code at all.
                        return Err(syn::Error::new(
                            span,
                            format!("a code is missing: {}", expect.how()),
                        ));
                    }
                    let text = written.to_string().replace(" :: ", "::").replace("- ", "-");
                    return Err(syn::Error::new_spanned(
                        written,
                        format!("`{text}` is not a code: {}", expect.how()),
                    ));
                }
                (Some(found), Expect::HttpStatus) => {
                    // `"400"`: the number, without its quotes (inside the invisible group
                    // of a `macro_rules!` fragment, if it is one).
                    let found = unwrap_invisible(found);
                    let quoted = match &found {
                        proc_macro2::TokenTree::Literal(literal) => {
                            match syn::Lit::new(literal.clone()) {
                                syn::Lit::Str(lit) => lit.value().parse::<u16>().ok(),
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if let Some(status) = quoted {
                        return Err(syn::Error::new(
                            span,
                            format!("an HTTP status is an integer literal, not a string: write `http_status = {status}`"),
                        ));
                    }
                    format!("`{found}` is not an HTTP status")
                }
            };
            return Err(syn::Error::new(span, format!("{what}: {}", expect.how())));
        }
    };
    // `1 + 1`, `2 * 500`: an expression that starts with a literal is no code either; said
    // as one, rather than as the `=>` or the end expected next (which stays the error of
    // anything else there, such as `B = 2 "b"` or `B = 2 -> "b"`).
    let operator = (input.peek(Token![+]) || input.peek(Token![-]) || input.peek(Token![*]))
        || (input.peek(Token![/]) || input.peek(Token![%]) || input.peek(Token![^]))
        || (input.peek(Token![&]) || input.peek(Token![|]) || input.peek(Token![<<]))
        || (input.peek(Token![>>]) || input.peek(Token![.]));
    if operator && !input.peek(Token![->]) {
        let mut written: TokenStream = minus.iter().map(quote::ToTokens::to_token_stream).collect();
        written.extend(std::iter::once(proc_macro2::TokenTree::Literal(
            lit.token(),
        )));
        written.extend(written_code(input));
        let text = written.to_string().replace("- ", "-");
        let what = match expect {
            Expect::Code => "a code",
            Expect::HttpStatus => "an HTTP status",
        };
        return Err(syn::Error::new_spanned(
            written,
            format!("`{text}` is not {what}: {}", expect.how()),
        ));
    }
    match (lit.suffix(), expect) {
        ("" | "i64", Expect::Code) | ("", Expect::HttpStatus) => {}
        (suffix, Expect::Code) => {
            return Err(syn::Error::new(
                lit.span(),
                format!("codes are `i64`: remove the `{suffix}` suffix"),
            ));
        }
        (suffix, Expect::HttpStatus) => {
            return Err(syn::Error::new(
                lit.span(),
                format!(
                    "remove the `{suffix}` suffix: an HTTP status is a plain integer literal from 100 to 599, such as `http_status = 404`"
                ),
            ));
        }
    }
    let span = minus
        .as_ref()
        .and_then(|m| m.span.join(lit.span()))
        .unwrap_or_else(|| lit.span());
    let negative = minus.is_some();
    let out_of_range = || match expect {
        Expect::Code => out_of_range(span, negative, &lit),
        Expect::HttpStatus => syn::Error::new(
            span,
            format!(
                "{}{} is not an HTTP status: {}",
                if negative { "-" } else { "" },
                lit.base10_digits(),
                expect.how()
            ),
        ),
    };
    let magnitude: u64 = lit.base10_parse().map_err(|_| out_of_range())?;
    let value = if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    };
    value
        .map(|value| Code {
            value: CodeValue::Int(value),
            span,
        })
        .ok_or_else(out_of_range)
}

/// A string code: any spelling the platform sends (`PARAM_ERROR`, `systemError`,
/// `isv.code-invalid`), but not empty, and without a suffix.
fn string_code(lit: &LitStr) -> syn::Result<Code> {
    if !lit.suffix().is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "remove the `{}` suffix: a code is a plain string literal",
                lit.suffix()
            ),
        ));
    }
    let value = lit.value();
    if value.is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            "a code can't be empty: write the code the platform sends, such as `\"PARAM_ERROR\"`",
        ));
    }
    Ok(Code {
        value: CodeValue::Str(value),
        span: lit.span(),
    })
}

/// A code past `i64`, as written: `-9223372036854775809` keeps its sign.
fn out_of_range(span: Span, negative: bool, lit: &LitInt) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "code {}{} is out of range: codes are `i64`, from {} to {}",
            if negative { "-" } else { "" },
            lit.base10_digits(),
            i64::MIN,
            i64::MAX
        ),
    )
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
        args.push(parse_format_arg(input)?);
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
