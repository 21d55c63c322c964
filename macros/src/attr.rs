//! Reads `#[code]`, `#[message]`, `#[advice]`, `#[platform(...)]`, `#[from]` and `#[source]`.

use proc_macro2::{Literal, Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitInt, LitStr, Token};

use crate::errors::Errors;
use crate::template::Template;

/// Where attributes sit; it decides which keys are accepted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// On an enum that derives `PlatformError`.
    Enum,
    /// On a struct that derives `PlatformError`: type and variant keys both apply.
    Struct,
    /// On a variant of a derived enum.
    Variant,
    /// On an enum in `define_codes!`.
    DslEnum,
    /// On a variant in `define_codes!`.
    DslVariant,
}

impl Position {
    fn is_type(self) -> bool {
        matches!(self, Position::Enum | Position::Struct | Position::DslEnum)
    }

    fn is_variant(self) -> bool {
        matches!(
            self,
            Position::Struct | Position::Variant | Position::DslVariant
        )
    }

    fn is_dsl(self) -> bool {
        matches!(self, Position::DslEnum | Position::DslVariant)
    }

    fn describe(self) -> &'static str {
        match self {
            Position::Enum => "an enum",
            Position::Struct => "a struct",
            Position::Variant => "a variant",
            Position::DslEnum => "an enum in `define_codes!`",
            Position::DslVariant => "a variant in `define_codes!`",
        }
    }
}

/// A code as written: `40001`, `-1`.
#[derive(Clone, Copy)]
pub(crate) struct Code {
    pub(crate) value: i64,
    pub(crate) span: Span,
}

/// `#[message("default", zh = "translation")]`, or the DSL's `=> ("default", zh = "...")`.
pub(crate) struct Message {
    pub(crate) default: Template,
    pub(crate) translations: Vec<(String, Template)>,
}

/// The kinds of advice, as `#[advice(...)]` names them and as `Advice` spells them.
pub(crate) const ADVICE: &[(&str, &str)] = &[
    ("none", "None"),
    ("retry", "Retry"),
    ("refresh_token", "RefreshToken"),
    ("reauthenticate", "Reauthenticate"),
    ("throttle", "Throttle"),
    ("fix_request", "FixRequest"),
    ("check_config", "CheckConfig"),
];

/// Everything the attributes of one type, struct or variant declared.
#[derive(Default)]
pub(crate) struct Attrs {
    pub(crate) code: Option<Code>,
    /// `#[code]` was written, even if it did not parse: no "missing code" error then.
    pub(crate) code_written: bool,
    pub(crate) message: Option<Message>,
    pub(crate) message_written: bool,
    /// The `Advice` variant's name, with the span of the word.
    pub(crate) advice: Option<(&'static str, Span)>,
    pub(crate) transparent: Option<Span>,
    pub(crate) unknown: Option<Span>,
    pub(crate) category: Option<LitStr>,
    pub(crate) lang: Option<LitStr>,
    pub(crate) shared: Vec<Code>,
    /// `crate = path`, checked to be a path.
    pub(crate) krate: Option<TokenStream>,
    pub(crate) exhaustive: Option<Span>,
    /// `#[cfg]`s: the generated code carries them too.
    pub(crate) cfgs: Vec<Attribute>,
    /// Docs and any other attribute, emitted as written by the DSL.
    pub(crate) passthrough: Vec<Attribute>,
}

/// Reads the attributes at `position`, reporting misuse into `errors`.
pub(crate) fn parse_attrs(attrs: Vec<Attribute>, position: Position, errors: &mut Errors) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs {
        let path = attr.path();
        if path.is_ident("code") {
            if position.is_dsl() {
                errors.spanned(
                    path,
                    "`#[code]` is not used in `define_codes!`; write the code after the name: `Name = 40001 => \"message\"`",
                );
            } else if !position.is_variant() {
                errors.spanned(path, misplaced("#[code(...)]", position));
            } else {
                out.code_written = true;
                if let Some(code) = parse_code_attr(&attr, errors) {
                    set_once(&mut out.code, code, &attr, errors);
                }
            }
        } else if path.is_ident("message") {
            if position.is_dsl() {
                errors.spanned(
                    path,
                    "`#[message]` is not used in `define_codes!`; write the message after the code: `Name = 40001 => \"message\"`",
                );
            } else if !position.is_variant() {
                errors.spanned(path, misplaced("#[message(...)]", position));
            } else {
                out.message_written = true;
                if let Some(message) = parse_message_attr(&attr, errors) {
                    set_once(&mut out.message, message, &attr, errors);
                }
            }
        } else if path.is_ident("advice") {
            if let Some(advice) = parse_advice_attr(&attr, errors) {
                set_once(&mut out.advice, advice, &attr, errors);
            }
        } else if path.is_ident("platform") {
            parse_platform_attr(&attr, position, &mut out, errors);
        } else if path.is_ident("from") || path.is_ident("source") {
            errors.spanned(
                &attr,
                format!(
                    "`#[{}]` goes on a field, not on {}",
                    path.to_token_stream(),
                    position.describe()
                ),
            );
        } else if path.is_ident("cfg") {
            out.cfgs.push(attr);
        } else {
            out.passthrough.push(attr);
        }
    }
    out
}

fn misplaced(what: &str, position: Position) -> String {
    format!(
        "`{what}` goes on a variant or a struct, not on {}",
        position.describe()
    )
}

fn set_once<T>(slot: &mut Option<T>, value: T, attr: &Attribute, errors: &mut Errors) {
    if slot.is_some() {
        errors.spanned(
            attr,
            format!("duplicate `#[{}]`; keep one", attr.path().to_token_stream()),
        );
    } else {
        *slot = Some(value);
    }
}

/// Parses an integer literal with an optional minus sign, within `i64`.
pub(crate) fn parse_code(input: ParseStream<'_>) -> syn::Result<Code> {
    let minus: Option<Token![-]> = input.parse()?;
    // One step that reads the literal once: `peek(LitInt)` followed by `parse` would read
    // every code twice.
    let lit = input.step(|cursor| match cursor.literal() {
        Some((literal, rest)) => match syn::Lit::new(literal) {
            syn::Lit::Int(lit) => Ok((lit, rest)),
            _ => Err(cursor.error("expected an integer literal")),
        },
        None => Err(cursor.error("expected an integer literal")),
    });
    let Ok(lit) = lit else {
        let span = input.span();
        let what = match input.fork().parse::<Option<proc_macro2::TokenTree>>()? {
            None => "a code is missing".to_owned(),
            Some(found) => format!("`{found}` is not a code"),
        };
        return Err(syn::Error::new(
            span,
            format!("{what}: write an integer literal, such as `40001` or `-1`"),
        ));
    };
    if !matches!(lit.suffix(), "" | "i64") {
        return Err(syn::Error::new(
            lit.span(),
            format!("codes are `i64`: remove the `{}` suffix", lit.suffix()),
        ));
    }
    let span = minus
        .as_ref()
        .and_then(|m| m.span.join(lit.span()))
        .unwrap_or_else(|| lit.span());
    let magnitude: u64 = lit.base10_parse().map_err(|_| out_of_range(span, &lit))?;
    let value = if minus.is_some() {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    };
    value
        .map(|value| Code { value, span })
        .ok_or_else(|| out_of_range(span, &lit))
}

fn out_of_range(span: Span, lit: &LitInt) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "code {} is out of range: codes are `i64`, from {} to {}",
            lit.base10_digits(),
            i64::MIN,
            i64::MAX
        ),
    )
}

fn parse_code_attr(attr: &Attribute, errors: &mut Errors) -> Option<Code> {
    let parsed = match &attr.meta {
        syn::Meta::List(list) => list.parse_args_with(|input: ParseStream<'_>| {
            let code = parse_code(input)?;
            if !input.is_empty() {
                return Err(input.error("expected a single code, such as `#[code(40001)]`"));
            }
            Ok(code)
        }),
        _ => Err(syn::Error::new_spanned(
            attr,
            "write the code in parentheses: `#[code(40001)]`",
        )),
    };
    parsed.map_err(|e| errors.push(e)).ok()
}

/// Parses the message grammar, collecting errors in the templates.
pub(crate) fn parse_message_args(
    input: ParseStream<'_>,
    errors: &mut Errors,
) -> syn::Result<Message> {
    let default = parse_template(input, errors)?;
    let mut translations: Vec<(String, Template)> = Vec::new();
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let (lang, lang_span) = if let Some((lit, value, _)) = string_literal(input) {
            (value, lit.span())
        } else if input.peek(Ident::peek_any) {
            let ident: Ident = syn::ext::IdentExt::parse_any(input)?;
            (ident.to_string(), ident.span())
        } else {
            return Err(input.error("expected a translation, such as `zh = \"无效的 token\"`"));
        };
        input.parse::<Token![=]>()?;
        let Some((text, value, plain)) = string_literal(input) else {
            return Err(input.error(format!("the `{lang}` translation must be a string literal")));
        };
        let template = Template::parse(text, value, plain, errors);
        if translations
            .iter()
            .any(|(l, _)| l.eq_ignore_ascii_case(&lang))
        {
            errors.at(
                lang_span,
                format!("duplicate `{lang}` translation; keep one"),
            );
        } else {
            translations.push((lang, template));
        }
    }
    Ok(Message {
        default,
        translations,
    })
}

/// The message's string literal, parsed as a template.
pub(crate) fn parse_template(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<Template> {
    let Some((lit, value, plain)) = string_literal(input) else {
        let span = input.span();
        return Err(syn::Error::new(
            span,
            match input.fork().parse::<Option<proc_macro2::TokenTree>>()? {
                None => "the message is missing: write a string literal, such as `\"invalid token\"`"
                    .to_owned(),
                Some(found) => format!("the message must be a string literal, such as `\"invalid token\"`, not `{found}`"),
            },
        ));
    };
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

fn parse_message_attr(attr: &Attribute, errors: &mut Errors) -> Option<Message> {
    let parsed = match &attr.meta {
        syn::Meta::List(list) => {
            list.parse_args_with(|input: ParseStream<'_>| parse_message_args(input, errors))
        }
        _ => Err(syn::Error::new_spanned(
            attr,
            "write the message in parentheses: `#[message(\"invalid token\")]`",
        )),
    };
    parsed.map_err(|e| errors.push(e)).ok()
}

fn parse_advice_attr(attr: &Attribute, errors: &mut Errors) -> Option<(&'static str, Span)> {
    let parsed = match &attr.meta {
        syn::Meta::List(list) => list.parse_args_with(|input: ParseStream<'_>| {
            let ident: Ident = input.call(Ident::parse_any).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("expected the kind of advice: {}", advice_names()),
                )
            })?;
            if !input.is_empty() {
                return Err(input.error("expected one kind of advice"));
            }
            Ok(ident)
        }),
        _ => Err(syn::Error::new_spanned(
            attr,
            format!(
                "write the advice in parentheses, one of: {}",
                advice_names()
            ),
        )),
    };
    let ident = parsed.map_err(|e| errors.push(e)).ok()?;
    match ADVICE.iter().find(|(name, _)| ident == name) {
        Some(&(_, variant)) => Some((variant, ident.span())),
        None => {
            errors.spanned(
                &ident,
                format!(
                    "unknown advice `{ident}`; expected one of: {}",
                    advice_names()
                ),
            );
            None
        }
    }
}

fn advice_names() -> String {
    let mut names = String::new();
    for (name, _) in ADVICE {
        if !names.is_empty() {
            names.push_str(", ");
        }
        names.push('`');
        names.push_str(name);
        names.push('`');
    }
    names
}

const TYPE_KEYS: &str = "`category`, `shared`, `crate`, `lang`";
const VARIANT_KEYS: &str = "`transparent`, `unknown`, `lang`";

fn parse_platform_attr(attr: &Attribute, position: Position, out: &mut Attrs, errors: &mut Errors) {
    let result = attr.parse_nested_meta(|meta| {
        let key = meta
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        let allowed = match key.as_str() {
            "category" | "shared" | "crate" => position.is_type(),
            "exhaustive" => position == Position::DslEnum,
            "transparent" => matches!(position, Position::Struct | Position::Variant),
            "unknown" => matches!(position, Position::Variant | Position::DslVariant),
            "lang" => true,
            _ => {
                let expected = if position == Position::Struct {
                    format!("{TYPE_KEYS}, `transparent`")
                } else if position.is_type() {
                    if position == Position::DslEnum {
                        format!("{TYPE_KEYS}, `exhaustive`")
                    } else {
                        TYPE_KEYS.to_owned()
                    }
                } else if position == Position::DslVariant {
                    "`unknown`, `lang`".to_owned()
                } else {
                    VARIANT_KEYS.to_owned()
                };
                errors.spanned(
                    &meta.path,
                    format!(
                        "unknown key `{}` in `#[platform(...)]`; expected {expected}",
                        meta.path.to_token_stream()
                    ),
                );
                skip_value(&meta)?;
                return Ok(());
            }
        };
        if !allowed {
            let hint = match key.as_str() {
                "exhaustive" => "; it applies to enums that `define_codes!` declares",
                "transparent" if position == Position::DslVariant => {
                    "; in `define_codes!`, a member is written `Name(Type)`"
                }
                _ => "",
            };
            errors.spanned(
                &meta.path,
                format!("`{key}` does not apply to {}{hint}", position.describe()),
            );
            skip_value(&meta)?;
            return Ok(());
        }
        let span = meta
            .path
            .get_ident()
            .map_or_else(Span::call_site, Ident::span);
        match key.as_str() {
            "category" => set_key(
                &mut out.category,
                meta.value()?.parse()?,
                span,
                &key,
                errors,
            ),
            "lang" => set_key(&mut out.lang, meta.value()?.parse()?, span, &key, errors),
            "crate" => set_key(
                &mut out.krate,
                meta.value()?.parse::<syn::Path>()?.into_token_stream(),
                span,
                &key,
                errors,
            ),
            "transparent" => set_key(&mut out.transparent, span, span, &key, errors),
            "unknown" => set_key(&mut out.unknown, span, span, &key, errors),
            "exhaustive" => set_key(&mut out.exhaustive, span, span, &key, errors),
            _ => {
                // shared(40100, -1)
                let content;
                syn::parenthesized!(content in meta.input);
                while !content.is_empty() {
                    out.shared.push(parse_code(&content)?);
                    if content.is_empty() {
                        break;
                    }
                    content.parse::<Token![,]>()?;
                }
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        errors.push(e);
    }
}

fn set_key<T>(slot: &mut Option<T>, value: T, span: Span, key: &str, errors: &mut Errors) {
    if slot.is_some() {
        errors.at(span, format!("duplicate `{key}`; keep one"));
    } else {
        *slot = Some(value);
    }
}

/// Consumes whatever follows an unknown key, so that parsing goes on to the next one.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.input.parse::<Token![=]>()?;
        while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
            meta.input.parse::<proc_macro2::TokenTree>()?;
        }
    } else if meta.input.peek(syn::token::Paren) {
        meta.input.parse::<proc_macro2::Group>()?;
    }
    Ok(())
}

/// Reads `#[from]` and `#[source]` on a field; anything of ours in the wrong place is an
/// error.
pub(crate) fn parse_field_attrs(
    attrs: &[Attribute],
    errors: &mut Errors,
) -> (Option<Span>, Option<Span>) {
    let mut from = None;
    let mut source = None;
    for attr in attrs {
        let path = attr.path();
        let slot = if path.is_ident("from") {
            &mut from
        } else if path.is_ident("source") {
            &mut source
        } else {
            if ["code", "message", "advice", "platform"]
                .iter()
                .any(|name| path.is_ident(name))
            {
                errors.spanned(
                    path,
                    format!(
                        "`#[{}]` goes on the variant or struct, not on a field",
                        path.to_token_stream()
                    ),
                );
            }
            continue;
        };
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.spanned(
                attr,
                format!("`#[{}]` takes no arguments", path.to_token_stream()),
            );
        }
        if slot.is_some() {
            errors.spanned(attr, format!("duplicate `#[{}]`", path.to_token_stream()));
        }
        *slot = Some(path.get_ident().map_or_else(Span::call_site, Ident::span));
    }
    (from, source)
}
