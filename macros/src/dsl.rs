//! `define_codes!`: parses the catalogue DSL into the same model as the derive.
//!
//! The grammar, made from the key table (`keys::dsl_grammar`, checked by a test):
//!
#![doc = include_str!("grammar.md")]
//!
//! Each enum and each variant is parsed on its own, so that one mistake does not hide the
//! next: every error in the invocation is reported at once.

use std::collections::HashSet;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens as _};
use syn::ext::IdentExt as _;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, Member, Token, Visibility};

mod enum_attrs;
mod gated_catch_all;

pub(crate) use gated_catch_all::{is_gated_catch_all, split_gated_catch_all};

use crate::ast::{Field, Input, Origin, Style, Variant};
use crate::attr::{parse_attrs, Attrs, Message, Value};
use crate::errors::Errors;
use crate::keys::{KeyId, Position};
use crate::literal::CodeValue;
use crate::literal::{parse_code, parse_message_args, parse_template, CodeKind};
use enum_attrs::{derives_made_already, no_repr};

/// An enum of the invocation, parsed, with the errors found in it.
pub(crate) struct Parsed {
    pub(crate) input: Input,
    pub(crate) errors: Errors,
}

/// Whether two items of one name are each under a `#[cfg]`, and not the same ones: the one
/// compiled stands in for the other (as `cfg_attr`'s error suggests).
fn cfgs_differ(first: &Attrs, second: &Attrs) -> bool {
    let text = |attrs: &Attrs| -> String {
        let mut out = String::new();
        for cfg in &attrs.cfgs {
            out.push_str(&cfg.to_token_stream().to_string());
        }
        out
    };
    !first.cfgs.is_empty() && !second.cfgs.is_empty() && text(first) != text(second)
}

/// Parses the whole invocation. Errors that belong to no enum go to `errors`.
pub(crate) fn parse(tokens: TokenStream, errors: &mut Errors) -> Vec<Parsed> {
    let mut parsed = Vec::new();
    let result = (|input: ParseStream<'_>| {
        let inner = input.call(parse_inner_attrs)?;
        let mut invocation = parse_attrs(inner, Position::DslInvocation, errors);
        for attr in invocation.cfgs.iter().chain(&invocation.passthrough) {
            errors.spanned(
                attr,
                "only `#![platform(crate = path)]` applies to the whole invocation; put other attributes on an enum",
            );
        }
        let krate = invocation.path(KeyId::Crate).cloned();
        let krate_span = invocation.span(KeyId::Crate);
        invocation.found.clear();
        let mut names: Vec<String> = Vec::new();
        while !input.is_empty() {
            match parse_enum(input, krate.as_ref()) {
                Ok(item) => {
                    let name = item.input.ident.to_string();
                    // Declared again under another `#[cfg]`: one stands in for the other.
                    let stands_in = names.contains(&name)
                        && parsed.iter().all(|other: &Parsed| {
                            other.input.ident != name
                                || cfgs_differ(&other.input.attrs, &item.input.attrs)
                        });
                    if stands_in {
                        parsed.push(item);
                    } else if names.contains(&name) {
                        // One error, and nothing generated for the second: its impls would
                        // only repeat it.
                        errors.spanned(
                            &item.input.ident,
                            format!("`{name}` is declared twice in this `define_codes!`; give each enum its own name"),
                        );
                    } else {
                        names.push(name);
                        parsed.push(item);
                    }
                }
                Err(e) => {
                    errors.push(e);
                    skip_past(input, is_brace_group)?;
                }
            }
        }
        // The invocation's `crate` is the default of its enums: with each naming its own,
        // it would change nothing.
        if let Some(span) = krate_span {
            if !parsed.is_empty()
                && parsed
                    .iter()
                    .all(|item| item.input.attrs.path(KeyId::Crate).is_some())
            {
                errors.at(
                    span,
                    "remove this `crate`: every enum of the invocation names its own",
                );
            }
        }
        Ok(())
    })
    .parse2(tokens);
    if let Err(e) = result {
        errors.push(e);
    }
    // Each enum's members declared beside it: their kind of code is known here.
    let kinds: Vec<(String, CodeKind)> = parsed
        .iter()
        .filter_map(|item| {
            let code = item.input.variants.iter().find_map(|v| v.attrs.code())?;
            Some((item.input.ident.to_string(), code.value.kind()))
        })
        .collect();
    if !kinds.is_empty() {
        for item in &mut parsed {
            item.input.sibling_kinds.clone_from(&kinds);
        }
    }
    // An umbrella's members declared beside it: their codes, for lookup to find which
    // member declares a code at once (`expand::code_and_message`).
    let has_members = |item: &Parsed| {
        item.input
            .variants
            .iter()
            .any(|v| v.attrs.span(KeyId::Transparent).is_some())
    };
    if parsed.iter().any(has_members) {
        let codes = sibling_codes(&parsed);
        if !codes.is_empty() {
            for item in parsed.iter_mut().filter(|item| has_members(item)) {
                item.input.sibling_codes.clone_from(&codes);
            }
        }
    }
    parsed
}

/// The integer codes of each enum that declares codes only (no member, no catch-all), by
/// name: enums declared once (not again under another `#[cfg]`) and none of whose variants
/// is under a `#[cfg]`, where every code is known.
fn sibling_codes(parsed: &[Parsed]) -> Vec<(String, Vec<i64>)> {
    let mut out = Vec::new();
    for item in parsed {
        let name = item.input.ident.to_string();
        if parsed
            .iter()
            .filter(|other| other.input.ident == name)
            .count()
            != 1
        {
            continue;
        }
        let codes: Option<Vec<i64>> = item
            .input
            .variants
            .iter()
            .map(|variant| match variant.attrs.code()?.value {
                CodeValue::Int(code) if variant.attrs.cfgs.is_empty() => Some(code),
                _ => None,
            })
            .collect();
        if let Some(codes) = codes.filter(|codes| !codes.is_empty()) {
            out.push((name, codes));
        }
    }
    out
}

/// Outer attributes, each read from its own tokens (`#` and the bracket group, taken
/// whole): a malformed one is one error, and leaves nothing inside its brackets for syn to
/// report again as "unexpected token".
fn parse_outer_attrs(input: ParseStream<'_>) -> syn::Result<Vec<Attribute>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) && !input.peek2(Token![!]) {
        let pound: TokenTree = input.parse()?;
        let body: TokenTree = input.parse()?;
        let tokens: TokenStream = [pound, body].into_iter().collect();
        attrs.extend(Attribute::parse_outer.parse2(tokens)?);
    }
    Ok(attrs)
}

/// Inner attributes (`#![...]`), as [`parse_outer_attrs`] reads outer ones.
fn parse_inner_attrs(input: ParseStream<'_>) -> syn::Result<Vec<Attribute>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) && input.peek2(Token![!]) {
        let pound: TokenTree = input.parse()?;
        let bang: TokenTree = input.parse()?;
        let body: TokenTree = input.parse()?;
        let tokens: TokenStream = [pound, bang, body].into_iter().collect();
        attrs.extend(Attribute::parse_inner.parse2(tokens)?);
    }
    Ok(attrs)
}

/// After an error, skips to just past the next token `is_end` accepts, or to the end.
fn skip_past(input: ParseStream<'_>, is_end: fn(&TokenTree) -> bool) -> syn::Result<()> {
    while !input.is_empty() {
        let tt: TokenTree = input.parse()?;
        if is_end(&tt) {
            break;
        }
    }
    Ok(())
}

/// The end of a malformed enum: its brace group.
fn is_brace_group(tt: &TokenTree) -> bool {
    matches!(tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
}

/// The end of a malformed variant: its comma.
fn is_comma(tt: &TokenTree) -> bool {
    matches!(tt, TokenTree::Punct(p) if p.as_char() == ',')
}

fn parse_enum(input: ParseStream<'_>, krate: Option<&TokenStream>) -> syn::Result<Parsed> {
    let outer = input.call(parse_outer_attrs)?;
    let vis: Visibility = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(input.error(
            "expected `enum`: `define_codes!` declares enums, as in `pub enum TokenError { Expired = 42403 => \"expired token\" }`",
        ));
    }
    input.parse::<Token![enum]>()?;
    let ident: Ident = input.parse()?;
    if input.peek(Token![<]) {
        return Err(input.error("catalogue enums take no generic parameters"));
    }
    let content;
    syn::braced!(content in input);

    let mut errors = Errors::default();
    let attrs = parse_attrs(outer, Position::DslEnum, &mut errors);
    let string_type = {
        let krate = attrs
            .path(KeyId::Crate)
            .or(krate)
            .map_or_else(|| quote!(::platform_errors), |p| quote!(#p));
        quote!(#krate::__private::String)
    };

    let mut variants: Vec<Variant> = Vec::new();
    // Names seen so far, as strings: comparing compiler `Ident`s allocates, and a catalogue
    // can have tens of thousands of them.
    let mut names: HashSet<String> = HashSet::new();
    let mut dropped_variant = false;
    let mut dropped_names: Vec<(Vec<Attribute>, Ident, proc_macro2::TokenStream)> = Vec::new();
    // The body is parsed in place, one variant after another; after an error, parsing
    // resumes at the next top-level comma. (Splitting the body at commas and parsing each
    // piece on its own cost a token buffer per variant: a third of the parse.)
    // Whether a variant was read since the last comma: a comma with none before it (a
    // leading one, or two in a row) is a typo that `enum` itself refuses.
    let mut after_variant = false;
    while !content.is_empty() {
        if let Some(comma) = content.parse::<Option<Token![,]>>()? {
            if !after_variant {
                errors.spanned(
                    &comma,
                    "unexpected `,` without a variant before it; separate variants with one comma",
                );
            }
            after_variant = false;
            continue;
        }
        after_variant = true;
        // A cursor's copy: only read again where the variant does not parse.
        let ahead = content.fork();
        match parse_variant(&content, &string_type, &mut errors) {
            Ok(variant) => {
                let name = variant
                    .ident
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                if names.insert(name.clone()) {
                    variants.push(variant);
                } else if variants.iter().all(|other| {
                    other.ident.as_ref().is_none_or(|other| *other != name)
                        || cfgs_differ(&other.attrs, &variant.attrs)
                }) {
                    // Declared again under another `#[cfg]`: one stands in for the other.
                    variants.push(variant);
                } else {
                    errors.at(
                        variant.span,
                        format!(
                            "`{name}` is declared twice in `{ident}`; give each code its own name"
                        ),
                    );
                }
            }
            Err(e) => {
                errors.push(e);
                dropped_variant = true;
                // Its name, where it parsed: defined beside the error, under its `#[cfg]`s.
                if let Ok((attrs, name)) = ahead
                    .call(syn::Attribute::parse_outer)
                    .and_then(|attrs| Ok((attrs, ahead.parse::<Ident>()?)))
                {
                    let cfgs: Vec<Attribute> = attrs
                        .into_iter()
                        .filter(|attr| attr.path().is_ident("cfg"))
                        .collect();
                    if !cfgs.is_empty() || names.insert(name.to_string()) {
                        dropped_names.push((cfgs, name, dropped_fields(&ahead)));
                    }
                }
                // Past its comma, if it had one.
                skip_past(&content, is_comma)?;
                after_variant = false;
            }
        }
    }
    members_convert(&mut variants);
    // A catalogue of codes alone is `Copy`; an enum with members or a catch-all is not.
    let catalogue = variants.iter().all(|variant| {
        variant.attrs.span(KeyId::Transparent).is_none()
            && variant.attrs.span(KeyId::Unknown).is_none()
    });
    let mut attrs = attrs;
    derives_made_already(&mut attrs, catalogue, &mut errors);
    if variants
        .iter()
        .any(|variant| variant.attrs.code().is_some())
    {
        no_repr(&mut attrs, &mut errors);
    }
    if variants.is_empty() && errors.is_empty() {
        errors.spanned(
            &ident,
            format!("`{ident}` declares no codes; add at least one, as in `Name = 40001 => \"message\"`"),
        );
    }
    Ok(Parsed {
        input: Input {
            origin: Origin::Dsl,
            ident,
            vis,
            generics: syn::Generics::default(),
            attrs,
            is_struct: false,
            variants,
            invocation_crate: krate.cloned(),
            sibling_kinds: Vec::new(),
            sibling_codes: Vec::new(),
            dropped_variant,
            dropped_names,
        },
        errors,
    })
}

/// The fields of a variant that did not parse, as written after its name, where they are
/// fields Rust reads (`(A, B)`, `{ inner: T }`): so that its uses as a tuple or a struct
/// add no errors. Nothing otherwise: a unit variant.
fn dropped_fields(input: ParseStream<'_>) -> proc_macro2::TokenStream {
    use syn::punctuated::Punctuated;
    let Ok(proc_macro2::TokenTree::Group(group)) = input.parse::<proc_macro2::TokenTree>() else {
        return proc_macro2::TokenStream::new();
    };
    let parses = match group.delimiter() {
        proc_macro2::Delimiter::Parenthesis => Punctuated::<syn::Type, Token![,]>::parse_terminated
            .parse2(group.stream())
            .is_ok(),
        proc_macro2::Delimiter::Brace => (|input: ParseStream<'_>| {
            Punctuated::<syn::Field, Token![,]>::parse_terminated_with(
                input,
                syn::Field::parse_named,
            )
        })
        .parse2(group.stream())
        .is_ok(),
        _ => false,
    };
    if parses {
        quote::ToTokens::into_token_stream(group)
    } else {
        proc_macro2::TokenStream::new()
    }
}

/// Whether the variant ends here: at its comma or at the end of the enum.
fn at_variant_end(input: ParseStream<'_>) -> bool {
    input.is_empty() || input.peek(Token![,])
}

/// The end of a variant, after its `what` (message, member, catch-all): its comma or the
/// end of the enum. Where the next variant begins without the comma, the comma is reported
/// missing and the variant kept, so that the next one is read as usual and neither is
/// reported again as unknown where it is used.
fn end_variant(input: ParseStream<'_>, what: &str, errors: &mut Errors) -> syn::Result<()> {
    if at_variant_end(input) {
        return Ok(());
    }
    // The next variant: an attribute, or a name and then its `=` or its member's
    // parentheses (a name alone is stray tokens, reported as such).
    let next_variant = input.peek(Token![#])
        || (input.peek(Ident::peek_any)
            && (input.peek2(Token![=]) || input.peek2(syn::token::Paren)));
    if next_variant {
        errors.push(input.error(format!(
            "expected `,` after the {what}: separate variants with commas, as in `A = 1 => \"a\", B = 2 => \"b\"`"
        )));
        return Ok(());
    }
    Err(input.error(format!(
        "unexpected tokens after the {what}; end each variant with a comma"
    )))
}

/// Parses the content of the parentheses next in `input` with `parse`. On an error the
/// rest of the content is consumed, so that syn does not report it a second time as an
/// unexpected token of the whole invocation.
fn in_parens<T>(
    input: ParseStream<'_>,
    parse: impl FnOnce(ParseStream<'_>) -> syn::Result<T>,
) -> syn::Result<T> {
    let content;
    syn::parenthesized!(content in input);
    let parsed = parse(&content);
    if parsed.is_err() {
        content.parse::<TokenStream>()?;
    }
    parsed
}

fn parse_variant(
    input: ParseStream<'_>,
    string_type: &TokenStream,
    errors: &mut Errors,
) -> syn::Result<Variant> {
    let outer = input.call(parse_outer_attrs)?;
    let unknown_misspelt = names_unknown_misspelt(&outer);
    let mut attrs = parse_attrs(outer, Position::DslVariant, errors);
    // `#[platform(unkown)]`, reported (an unknown key makes the attributes malformed): the
    // catch-all it meant.
    let attrs_reported = attrs.malformed && unknown_misspelt;
    if !input.peek(Ident::peek_any) {
        return Err(input.error(
            "expected a variant: `Name = 40001 => \"message\"`, a member `Name(CatalogueType)`, or the catch-all `#[platform(unknown)] Name`",
        ));
    }
    let ident: Ident = input.parse()?;
    let span = ident.span();
    // `#[code(40001)]` or `#[message("...")]` on the variant, already reported: what they
    // say still counts, so that the variant is not reported again as lacking it.
    let misplaced_code = match attrs.misplaced(KeyId::Code).and_then(|f| f.value.as_ref()) {
        Some(Value::Code(code)) => Some(code.clone()),
        _ => None,
    };
    let misplaced_message = attrs
        .misplaced
        .iter_mut()
        .find(|found| found.key == KeyId::Message)
        .and_then(|found| match found.value.take() {
            Some(Value::Message(message)) => Some(message),
            _ => None,
        });
    if attrs.span(KeyId::Unknown).is_some()
        && (input.peek(syn::token::Paren) || input.peek(syn::token::Brace))
    {
        let group: proc_macro2::Group = input.parse()?;
        end_variant(input, "catch-all", errors)?;
        errors.at(
            group.span(),
            format!(
                "a `define_codes!` catch-all is written without fields, `#[platform(unknown)] {ident}`: it gets `code` (`i64`, or `String` for string codes) and `message: String`, what the platform sent"
            ),
        );
        return catch_all_variant(ident, span, attrs, string_type);
    }
    // The message's own errors count once the variant has parsed: in a variant that did
    // not, they may only repeat its error.
    let mut message_errors = Errors::default();
    let (code, message) = if input.peek(Token![=]) && !input.peek(Token![=>]) {
        input.parse::<Token![=]>()?;
        let code = parse_code(input)?;
        if at_variant_end(input) {
            if let Some(message) = misplaced_message {
                (code, message)
            } else {
                return Err(input.error(format!(
                    "the message is missing: `{ident} = {} => \"message\"`",
                    code.value
                )));
            }
        } else {
            if !input.peek(Token![=>]) {
                return Err(input.error(format!(
                    "expected `=>` between the code and the message: `{ident} = {} => \"message\"`",
                    code.value
                )));
            }
            (code, parse_arrow_message(input, &mut message_errors)?)
        }
    } else if let (Some(code), true) = (misplaced_code.clone(), input.peek(Token![=>])) {
        (code, parse_arrow_message(input, &mut message_errors)?)
    } else if let (Some(code), true) = (misplaced_code, at_variant_end(input)) {
        let Some(message) = misplaced_message else {
            return Err(syn::Error::new(
                span,
                format!(
                    "the message is missing: `{ident} = {} => \"message\"`",
                    code.value
                ),
            ));
        };
        (code, message)
    } else if input.peek(syn::token::Brace) {
        return Err(input.error(format!(
            "a `define_codes!` variant has no fields: write a code, `{ident} = 40001 => \"message\"`; a member, `{ident}(Type)`; or the catch-all, `#[platform(unknown)] {ident}`"
        )));
    } else if input.peek(Token![=>]) {
        return Err(input.error(format!(
            "expected `= code` before `=>`: `{ident} = 40001 => \"message\"`"
        )));
    } else {
        return parse_member_or_catch_all(input, ident, attrs, attrs_reported, string_type, errors);
    };
    end_variant(input, "message", errors)?;
    errors.extend(message_errors);
    // An attribute that did not parse (`unknown("...")`, reported) may only repeat here.
    if let (Some(unknown), false) = (attrs.remove(KeyId::Unknown), attrs.malformed) {
        errors.at(
            unknown,
            "the catch-all declares no code or message; write it `#[platform(unknown)] Name`",
        );
    }
    attrs.insert(KeyId::Code, code.span, Value::Code(code));
    attrs.insert(
        KeyId::Message,
        message.default.span(),
        Value::Message(message),
    );
    Ok(unit_variant(ident, span, attrs))
}

/// `=> "message"` or `=> ("message", zh = "...")`.
fn parse_arrow_message(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<Message> {
    let arrow = input.parse::<Token![=>]>()?;
    if at_variant_end(input) {
        return Err(syn::Error::new_spanned(
            arrow,
            "the message is missing after `=>`: write a string literal, such as `\"invalid token\"`",
        ));
    }
    if input.peek(syn::token::Paren) {
        in_parens(input, |content| parse_message_args(content, errors))
    } else {
        Ok(Message {
            default: parse_template(input, errors)?,
            translations: Vec::new(),
            args: Vec::new(),
        })
    }
}

/// The catch-all, `#[platform(unknown)] Name`: its fields are declared for it.
fn catch_all_variant(
    ident: Ident,
    span: Span,
    attrs: Attrs,
    string_type: &TokenStream,
) -> syn::Result<Variant> {
    // `#[doc = text]`, through the parser `parse_outer_attributes` compiles already.
    let doc = |text: &str| {
        Attribute::parse_outer
            .parse2(quote!(#[doc = #text]))
            .unwrap_or_default()
    };
    let field = |name: &str, ty: syn::Type, emitted_attrs: Vec<Attribute>| Field {
        member: Member::Named(Ident::new(name, span)),
        ty,
        attrs: Attrs::default(),
        emitted_attrs,
    };
    let code_type = syn::parse2::<syn::Type>(quote!(::core::primitive::i64))?;
    let message_type = syn::parse2::<syn::Type>(string_type.clone()).map_err(|_| {
        syn::Error::new(
            span,
            "the `crate` path does not name a crate: write `crate = path`",
        )
    })?;
    Ok(Variant {
        ident: Some(ident),
        span,
        attrs,
        style: Style::Named,
        fields: vec![
            field("code", code_type, doc(" The code received.")),
            field("message", message_type, doc(" The message received.")),
        ],
    })
}

/// A member converts into the enum, as a derived type's `#[from]` field does (`From<TokenError>
/// for AppError`), so that `?` takes a member's value into its umbrella. A type held twice
/// (under two `#[cfg]`s, since one type is one member) would make two impls, which could
/// conflict: neither converts.
fn members_convert(variants: &mut [Variant]) {
    let member_type = |variant: &Variant| {
        (variant.attrs.span(KeyId::Transparent).is_some())
            .then(|| variant.fields.first())
            .flatten()
            .map(|field| crate::ast::member_type_text(&field.ty))
    };
    let types: Vec<Option<String>> = variants.iter().map(member_type).collect();
    for (variant, ty) in variants.iter_mut().zip(&types) {
        let Some(ty) = ty else { continue };
        if types.iter().flatten().filter(|other| *other == ty).count() == 1 {
            let span = variant.span;
            if let Some(field) = variant.fields.first_mut() {
                field.attrs.insert(KeyId::From, span, Value::Flag);
            }
        }
    }
}

/// A member `Name(Type)`, the catch-all `#[platform(unknown)] Name`, or what is neither.
fn parse_member_or_catch_all(
    input: ParseStream<'_>,
    ident: Ident,
    mut attrs: Attrs,
    attrs_reported: bool,
    string_type: &TokenStream,
    errors: &mut Errors,
) -> syn::Result<Variant> {
    let span = ident.span();
    if input.peek(syn::token::Paren) {
        let ty = in_parens(input, |content| {
            let ty: syn::Type = content.parse()?;
            // A one-field tuple may end with a comma, as Rust allows: `Token(TokenError,)`.
            if content.peek(Token![,]) && {
                let after = content.fork();
                after.parse::<Token![,]>().is_ok() && after.is_empty()
            } {
                content.parse::<Token![,]>()?;
            }
            if !content.is_empty() {
                return Err(
                    content.error("a member holds one catalogue type: `Name(CatalogueType)`")
                );
            }
            Ok(ty)
        })?;
        end_variant(input, "member", errors)?;
        attrs.insert(KeyId::Transparent, span, Value::Flag);
        return Ok(Variant {
            ident: Some(ident),
            span,
            attrs,
            style: Style::Tuple,
            fields: vec![Field {
                member: Member::Unnamed(syn::Index { index: 0, span }),
                ty,
                attrs: Attrs::default(),
                emitted_attrs: Vec::new(),
            }],
        });
    }
    if at_variant_end(input) && attrs.span(KeyId::Unknown).is_some() {
        return catch_all_variant(ident, span, attrs, string_type);
    }
    if at_variant_end(input) && attrs.misplaced(KeyId::Local).is_some() {
        // `#[platform(local)] B`: reported at `local`, which meant a variant without a code.
        end_variant(input, "variant", errors)?;
        return Ok(unit_variant(ident, span, attrs));
    }
    if at_variant_end(input) && attrs_reported {
        // `#[platform(unkown)] Unknown`: the attribute is reported, and a bare variant under
        // one is the catch-all it meant, not a second error.
        return catch_all_variant(ident, span, attrs, string_type);
    }
    if at_variant_end(input) {
        return Err(syn::Error::new(
            span,
            format!(
                "`{ident}` needs a code and a message, `{ident} = 40001 => \"message\"`; or, as the catch-all of the codes no variant declares, `#[platform(unknown)] {ident}`"
            ),
        ));
    }
    if input.peek(syn::LitInt) || input.peek(Token![-]) {
        let code = input.fork().parse::<proc_macro2::TokenTree>()?;
        return Err(input.error(format!(
            "expected `=` before the code: `{ident} = {code} => \"message\"`"
        )));
    }
    Err(input.error(format!(
        "expected `= code => \"message\"` after `{ident}`, as in `{ident} = 40001 => \"message\"`"
    )))
}

/// Whether a `#[platform(...)]` attribute names a word within two edits of `unknown` that
/// is not it (the catch-all's `#[platform(unkown)]`).
fn names_unknown_misspelt(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("platform"))
        .any(|attr| {
            attr.meta
                .to_token_stream()
                .to_string()
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word != "unknown" && crate::attr::edits(word, "unknown") <= 2)
        })
}

fn unit_variant(ident: Ident, span: Span, attrs: Attrs) -> Variant {
    Variant {
        ident: Some(ident),
        span,
        attrs,
        style: Style::Unit,
        fields: Vec::new(),
    }
}
