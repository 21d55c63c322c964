//! The invisible groups a `macro_rules!` fragment (`$code:expr`, `$msg:expr`, `$t:tt`)
//! leaves around the tokens it passes on: seen through, so that an error spans the caller's
//! token and says what it says of the token written directly.

use proc_macro2::TokenStream;
use syn::parse::ParseStream;

/// `tree`, or what an invisible group (`$code:expr`'s) holds, at any depth.
pub(super) fn push_unwrapped(written: &mut TokenStream, tree: proc_macro2::TokenTree) {
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
    match tokens.clone().into_iter().next()? {
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
pub(super) fn unwrap_invisible(tree: proc_macro2::TokenTree) -> proc_macro2::TokenTree {
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
