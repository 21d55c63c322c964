//! thiserror's `#[error(...)]` on a derived type: one error that says what to write, and
//! what it meant kept.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser as _};
use syn::{Attribute, Ident, LitStr};

use super::{Attrs, Found, Value};
use crate::errors::Errors;
use crate::keys::{self, KeyId, Position};
use crate::literal::parse_message_args;

/// thiserror's `#[error(...)]`, registered as the derive's helper so that the compiler does
/// not add "cannot find attribute" to this one error. What it meant still counts: a message,
/// or `transparent`.
pub(super) fn thiserror_attr(
    attr: &Attribute,
    position: Position,
    out: &mut Attrs,
    errors: &mut Errors,
) {
    let args = match &attr.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        _ => TokenStream::new(),
    };
    let transparent = syn::parse2::<Ident>(args.clone()).is_ok_and(|ident| ident == "transparent");
    let (key, value, written) = if transparent {
        (
            KeyId::Transparent,
            Some(Value::Flag),
            "#[platform(transparent)]".to_owned(),
        )
    } else {
        let value = (|input: ParseStream<'_>| parse_message_args(input, &mut Errors::default()))
            .parse2(args.clone())
            .ok();
        let written = match syn::parse2::<LitStr>(args.clone()) {
            Ok(lit) => format!("#[message({})]", lit.to_token_stream()),
            Err(_) => "#[message(...)]".to_owned(),
        };
        (KeyId::Message, value.map(Value::Message), written)
    };
    let key = keys::get(key);
    let span = attr
        .path()
        .get_ident()
        .map_or_else(Span::call_site, Ident::span);
    if key.places.contains(position) {
        // `transparent` over an error that is no platform error has another counterpart.
        let otherwise = if transparent {
            " over a platform error (`ApiError<C>`, a catalogue); over another error (`anyhow::Error`, `std::io::Error`), `#[platform(local)]` with `#[from]` on the field and a `#[message(...)]` of its own"
        } else {
            "; on the catch-all (`#[platform(unknown)]`), nothing: it shows the message received"
        };
        // After `#[platform(unknown)]`, it is the catch-all's: it needs none.
        let message = if !transparent && out.get(KeyId::Unknown).is_some() {
            "`#[error]` is thiserror's attribute, and the catch-all needs none: remove it; it shows the message received".to_owned()
        } else {
            format!("`#[error]` is thiserror's attribute; here, write `{written}`{otherwise}")
        };
        errors.at(span, message);
        // Said here, for every kind of variant: not again where the key does not apply.
        out.reported.push(key.id);
        if out.get(key.id).is_none() {
            out.found.push(Found {
                key: key.id,
                span,
                value,
            });
        }
    } else {
        errors.at(
            span,
            format!(
                "`#[error]` is thiserror's attribute, and here its place is taken by {}, which does not apply to {}: {}",
                key.display(),
                position.describe(),
                key.hint_at(position)
            ),
        );
        out.misplaced.push(Found {
            key: key.id,
            span,
            value,
        });
    }
}
