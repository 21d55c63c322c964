//! Codes and HTTP statuses as written: an integer literal within `i64` (with its minus
//! sign), or a string literal; and what is not one (`1.5`, `i64::MAX`, `1 + 1`), each said
//! with how to write one.

use proc_macro2::{Span, TokenStream};
use syn::parse::ParseStream;
use syn::{LitInt, LitStr, Token};

use super::fragments::{next_span, push_unwrapped, unwrap_invisible};
use super::{Code, CodeValue};

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

/// Tokens' text with each unary sign joined to the number it signs, as it was written:
/// `- 1` as `-1`, `(+ 1)` as `(+1)`, `- i64::MAX` as `-i64::MAX`, a minus before a negative fragment (`-$c` given `-1`)
/// as `- -1`, but `1 + 1` as it is.
fn unary_signs_joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if !matches!(c, '-' | '+') {
            continue;
        }
        // Unary where nothing, an opening bracket, a comma or another operator comes before.
        let before = out[..out.len() - 1].trim_end().chars().next_back();
        let unary = before.is_none_or(|b| "([,+-*/%^&|!<>=".contains(b));
        let mut ahead = chars.clone();
        let operand = |d: char| d.is_alphanumeric() || d == '_' || d == '(';
        if unary && ahead.next() == Some(' ') && ahead.next().is_some_and(operand) {
            chars.next();
        }
    }
    out
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
                    let text = unary_signs_joined(&written.to_string().replace(" :: ", "::"));
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
    // One look at the next token: this runs for every code (65,536 in a large catalogue),
    // where the next is nearly always `=>`, `,` or nothing.
    let operator = input
        .cursor()
        .punct()
        .is_some_and(|(punct, _)| match punct.as_char() {
            '+' | '*' | '/' | '%' | '^' | '&' | '|' | '.' => true,
            '-' => !input.peek(Token![->]),
            '<' => input.peek(Token![<<]),
            '>' => input.peek(Token![>>]),
            _ => false,
        });
    if operator {
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

#[cfg(test)]
mod tests {
    use super::unary_signs_joined;

    #[test]
    fn unary_signs_join_their_numbers_and_binary_ones_do_not() {
        for (tokens, shown) in [
            ("- 1", "-1"),
            ("+ 1", "+1"),
            ("- - 1", "- -1"),
            ("(- 1)", "(-1)"),
            ("1 + 1", "1 + 1"),
            ("2 - 1", "2 - 1"),
            ("1 + - 1", "1 + -1"),
            ("i64::MIN", "i64::MIN"),
            ("- i64::MAX", "-i64::MAX"),
            ("- (1)", "-(1)"),
        ] {
            assert_eq!(unary_signs_joined(tokens), shown, "{tokens}");
        }
    }
}
