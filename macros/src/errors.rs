//! Collects every error found in one expansion, so the user sees them all at once.

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

#[derive(Default)]
pub(crate) struct Errors {
    collected: Option<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.collected {
            Some(existing) => existing.combine(error),
            None => self.collected = Some(error),
        }
    }

    /// Appends the errors of `other`.
    pub(crate) fn extend(&mut self, other: Errors) {
        if let Some(error) = other.collected {
            self.push(error);
        }
    }

    pub(crate) fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error over `tokens` (from their first span to their last). Through `dyn` and a
    /// `String`: one copy of syn's `new_spanned` for every caller.
    pub(crate) fn spanned(&mut self, tokens: &dyn quote::ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message.to_string()));
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.collected.is_none()
    }

    pub(crate) fn into_compile_errors(self) -> TokenStream {
        self.collected
            .map(|e| e.to_compile_error())
            .unwrap_or_default()
    }
}
