//! A message's extra format arguments, resolved: `.field` (and a field named bare at the
//! top of an argument, as thiserror reads it) becomes the field's binding, located where the
//! argument names it; each argument is bound to the name its placeholder finds.

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use syn::Member;

use super::text::{field_list, is_string_literal};
use crate::errors::Errors;
use crate::model::{binding, FormatArg, Variant};
use crate::template::ArgName;

/// Extra format arguments: `.field` becomes the field's binding, everywhere a field access
/// can start (at the start, or after an operator or an opening delimiter).
/// An argument never shown (`used` is false) was reported as such: what else is wrong in it
/// is not.
pub(super) fn resolve_format_args(
    args: &[crate::attr::FormatArg],
    used: &[bool],
    variant: &Variant,
    who: &str,
    errors: &mut Errors,
) -> Vec<FormatArg> {
    let mut positional = 0;
    let mut unreported = Errors::default();
    let mut out = Vec::with_capacity(args.len());
    let mut names: Vec<&String> = Vec::new();
    for (arg, &used) in args.iter().zip(used) {
        if let Some(name) = &arg.name {
            // `id = "..."` where the message shows `{id}`: read as the argument, but it may
            // be meant as the translation into Indonesian.
            if is_string_literal(&arg.tokens) && crate::literal::may_be_language(name) {
                errors.at(
                    arg.span,
                    format!("`{name}` is both what the message shows (`{{{name}}}`) and a language: write the translation's language as a string (`\"{name}\" = \"...\"`), or the argument's value as an expression (`{name} = (\"...\")`)"),
                );
            }
            if names.contains(&name) {
                errors.at(
                    arg.span,
                    format!("duplicate argument `{name}`: keep one (`{{{name}}}` shows the first)"),
                );
                continue;
            }
            names.push(name);
        }
        let errors = if used { &mut *errors } else { &mut unreported };
        let binding = match &arg.name {
            // Named like a field (`name = .name.to_uppercase()`), the argument is what
            // `{name}` shows, as in `format!` and thiserror: it is passed by name, which
            // the placeholder finds before the field's binding.
            Some(name) => ArgName::Named(name.clone()).binding(),
            None => {
                positional += 1;
                ArgName::Next(positional - 1).binding()
            }
        };
        let mut fields = Vec::new();
        let expr = bind_fields(arg.tokens.clone(), variant, who, true, &mut fields, errors);
        // The parentheses around the expression, at its last token: what rustc says of an
        // expression that does not parse (`1 +`) points into the attribute.
        let end = arg
            .tokens
            .clone()
            .into_iter()
            .last()
            .map_or(arg.span, |token| token.span());
        let mut expr = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, expr);
        expr.set_span(end);
        out.push(FormatArg {
            binding: Ident::new(&binding, Span::call_site()),
            expr: TokenStream::from(proc_macro2::TokenTree::Group(expr)),
            fields,
        });
    }
    out
}

fn bind_fields(
    tokens: TokenStream,
    variant: &Variant,
    who: &str,
    top: bool,
    fields: &mut Vec<usize>,
    errors: &mut Errors,
) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Punct(dot)
                if dot.as_char() == '.'
                    && out.last().is_none_or(starts_an_expression)
                    && matches!(
                        iter.peek(),
                        Some(TokenTree::Ident(_) | TokenTree::Literal(_))
                    ) =>
            {
                let Some(next) = iter.next() else { break };
                // `.0.1`, a field of a tuple field: Rust reads `0.1` as one float literal.
                let mut inner: Option<usize> = None;
                let name = match &next {
                    TokenTree::Ident(ident) => {
                        let name = ident.to_string();
                        ArgName::Named(name.strip_prefix("r#").unwrap_or(&name).to_owned())
                    }
                    other => {
                        let text = other.to_string();
                        // A field's index is written without leading zeros, as rustc reads
                        // `t.0.1` (`t.0.01` is no field).
                        let index = |digits: &str| {
                            (digits == "0" || !digits.starts_with('0'))
                                .then(|| digits.parse::<usize>().ok())
                                .flatten()
                        };
                        let split = text
                            .split_once('.')
                            .and_then(|(outer, tail)| Some((index(outer)?, index(tail)?)));
                        match (text.parse::<usize>(), split) {
                            (Ok(index), _) => ArgName::Index(index),
                            (Err(_), Some((outer, tail))) => {
                                inner = Some(tail);
                                ArgName::Index(outer)
                            }
                            (Err(_), None) => ArgName::Named(text),
                        }
                    }
                };
                match variant.field_index(&name) {
                    Some(index) => {
                        push_field(&mut out, fields, variant, index, next.span());
                        if let Some(tail) = inner {
                            let mut dot = proc_macro2::Punct::new('.', proc_macro2::Spacing::Alone);
                            dot.set_span(next.span());
                            let mut tail = proc_macro2::Literal::usize_unsuffixed(tail);
                            tail.set_span(next.span());
                            out.push(TokenTree::Punct(dot));
                            out.push(TokenTree::Literal(tail));
                        }
                    }
                    None => {
                        errors.at(
                            next.span(),
                            format!(
                                "`.{next}` names no field of {who}; {}",
                                field_list(variant, false)
                            ),
                        );
                        out.push(TokenTree::Punct(dot));
                        out.push(next);
                    }
                }
            }
            TokenTree::Ident(ident) => match bare_field(top, &out, iter.peek(), variant, &ident) {
                Some(index) => push_field(&mut out, fields, variant, index, ident.span()),
                None => out.push(TokenTree::Ident(ident)),
            },
            TokenTree::Group(group) => {
                let inner = bind_fields(group.stream(), variant, who, false, fields, errors);
                let mut new = Group::new(group.delimiter(), inner);
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// The field's binding, located where the argument names it (so that a type error in the
/// argument, `if .flag` of a `&bool`, is reported there), and the field counted as shown.
fn push_field(
    out: &mut Vec<TokenTree>,
    fields: &mut Vec<usize>,
    variant: &Variant,
    index: usize,
    at: proc_macro2::Span,
) {
    if !fields.contains(&index) {
        fields.push(index);
    }
    let mut ident = binding(&variant.fields[index].member);
    ident.set_span(ident.span().located_at(at));
    out.push(TokenTree::Ident(ident));
}

/// The field an identifier names bare (`#[message("bad {}", x)]`, `x.len()`, `0..x`), as
/// thiserror reads it: only at the top of the argument (`top`), since inside parentheses
/// or a block a closure's parameter or a `let` may be named so, and `.x` names the field
/// there. Not a member or path segment (after `.` or `:`, but a range's `..`), nor a call,
/// a macro, a path's start or a named argument's name (`max = ...`).
fn bare_field(
    top: bool,
    out: &[TokenTree],
    next: Option<&TokenTree>,
    variant: &Variant,
    ident: &proc_macro2::Ident,
) -> Option<usize> {
    let punct = |tree: Option<&TokenTree>, c: char| matches!(tree, Some(TokenTree::Punct(p)) if p.as_char() == c);
    let last = out.last();
    let before_last = out.len().checked_sub(2).and_then(|i| out.get(i));
    let after_a_path_or_member = punct(last, ':') || (punct(last, '.') && !punct(before_last, '.'));
    let before_a_call_path_or_name = match next {
        Some(TokenTree::Punct(p)) => {
            p.as_char() == '!'
                || p.as_char() == ':'
                || (p.as_char() == '=' && p.spacing() == proc_macro2::Spacing::Alone)
        }
        Some(TokenTree::Group(g)) => g.delimiter() == proc_macro2::Delimiter::Parenthesis,
        _ => false,
    };
    if !top || after_a_path_or_member || before_a_call_path_or_name {
        return None;
    }
    named_field(variant, ident)
}

/// The index of the named field `ident` names, if any.
fn named_field(variant: &Variant, ident: &proc_macro2::Ident) -> Option<usize> {
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    variant
        .fields
        .iter()
        .position(|field| matches!(&field.member, Member::Named(field) if syn::ext::IdentExt::unraw(field) == name))
}

/// Whether an expression may start after `last`: after an operator other than `.`, or a
/// keyword that an expression follows (`if .ready`, `match .kind`, `for x in .items`), as
/// opposed to after a value, where `.name` is a field or method of that value.
fn starts_an_expression(last: &TokenTree) -> bool {
    match last {
        TokenTree::Punct(p) => p.as_char() != '.',
        TokenTree::Ident(ident) => matches!(
            ident.to_string().as_str(),
            "if" | "match" | "while" | "in" | "return" | "break"
        ),
        TokenTree::Group(_) | TokenTree::Literal(_) => false,
    }
}
