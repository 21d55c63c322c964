//! `#[platform(envelope = ...)]` as written, and the runtime's envelopes the macros know by
//! name.

use proc_macro2::{Span, TokenStream};
use syn::Ident;

/// The value of `#[platform(envelope = ...)]`, as written.
pub(crate) struct EnvelopeSpec {
    /// The path.
    pub(crate) path: TokenStream,
    pub(crate) span: Span,
}

/// The envelope markers of the runtime's `envelope` module, and the `Envelope` constants of
/// the same shapes: a bare name of either is found without an import.
pub(crate) const ENVELOPE_MARKERS: [(&str, &str); 10] = [
    ("ErrcodeErrmsg", "ERRCODE_ERRMSG"),
    ("Wechat", "WECHAT"),
    ("CodeMsg", "CODE_MSG"),
    ("ErrorCodeErrorMsg", "ERROR_CODE_ERROR_MSG"),
    ("CodeMessage", "CODE_MESSAGE"),
    ("Dingtalk", "DINGTALK"),
    ("WechatPayV3", "WECHAT_PAY_V3"),
    ("DingtalkV1", "DINGTALK_V1"),
    ("Alipay", "ALIPAY"),
    ("GoogleRpc", "GOOGLE_RPC"),
];

impl EnvelopeSpec {
    /// Whether it names the runtime's AIP-193 envelope (`GoogleRpc` or `GOOGLE_RPC`, bare or
    /// at the end of a path: `platform_errors::envelope::GoogleRpc`, `Envelope::GOOGLE_RPC`),
    /// whose code is the HTTP status that its `status` name has.
    pub(crate) fn is_google_rpc(&self) -> bool {
        match self.path.clone().into_iter().last() {
            Some(proc_macro2::TokenTree::Ident(ident)) => {
                ident == "GoogleRpc" || ident == "GOOGLE_RPC"
            }
            _ => false,
        }
    }

    /// The names of the code's and the message's fields, where it names one of the runtime's
    /// envelopes (bare or at the end of a path), for errors that show what is written.
    pub(crate) fn runtime_fields(&self) -> Option<(&'static str, &'static str)> {
        let Some(proc_macro2::TokenTree::Ident(ident)) = self.path.clone().into_iter().last()
        else {
            return None;
        };
        let (marker, _) = ENVELOPE_MARKERS
            .iter()
            .find(|(marker, constant)| ident == marker || ident == constant)?;
        Some(match *marker {
            "CodeMsg" | "Alipay" => ("code", "msg"),
            "ErrorCodeErrorMsg" => ("error_code", "error_msg"),
            "CodeMessage" | "WechatPayV3" | "DingtalkV1" | "GoogleRpc" => ("code", "message"),
            _ => ("errcode", "errmsg"),
        })
    }

    /// A bare name that is no runtime envelope's but spells one otherwise (`Codemsg`,
    /// `code_msg`: the same letters, case and underscores aside), with the envelope meant.
    pub(crate) fn near_miss(&self) -> Option<(Ident, (&'static str, &'static str))> {
        let mut trees = self.path.clone().into_iter();
        let (Some(proc_macro2::TokenTree::Ident(ident)), None) = (trees.next(), trees.next())
        else {
            return None;
        };
        if self.names_a_runtime_envelope() {
            return None;
        }
        let name = ident.to_string();
        // Without underscores, in lower case.
        let squeeze = |s: &str| -> String {
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                if c != '_' {
                    out.push(c.to_ascii_lowercase());
                }
            }
            out
        };
        let meant = ENVELOPE_MARKERS
            .iter()
            .find(|(marker, _)| squeeze(marker) == squeeze(&name))?;
        Some((ident, *meant))
    }

    /// Whether it names one of the runtime's envelopes (a marker or its constant, bare or at
    /// the end of a path), whose shape the macro knows; a marker or constant of the user's
    /// own, or a catalogue, is known only as its value.
    pub(crate) fn names_a_runtime_envelope(&self) -> bool {
        match self.path.clone().into_iter().last() {
            Some(proc_macro2::TokenTree::Ident(ident)) => ENVELOPE_MARKERS
                .iter()
                .any(|(marker, constant)| ident == marker || ident == constant),
            _ => false,
        }
    }

    /// The `Envelope` value: a constant of the runtime's by bare name (`CODE_MSG`, which
    /// is `Envelope::CODE_MSG`: an associated constant, which no `use` brings); a path whose
    /// last segment is in `UPPER_SNAKE` is a constant of type `Envelope`; any other path,
    /// a bare marker's name too (`CodeMsg`), is a type that implements `HasEnvelope`,
    /// resolved where it is written, as Rust resolves any name: the runtime's marker where
    /// it is imported, a type of the user's own of that name where there is one.
    pub(crate) fn value(&self, krate: &TokenStream) -> TokenStream {
        let span = self.span;
        let mut idents: Vec<Ident> = Vec::new();
        let mut trees = 0;
        for tree in self.path.clone() {
            trees += 1;
            if let proc_macro2::TokenTree::Ident(ident) = tree {
                idents.push(ident);
            }
        }
        let single = trees == 1;
        if let (true, Some(name)) = (single, idents.first()) {
            let name = name.to_string();
            for (_, constant) in ENVELOPE_MARKERS {
                if name == constant {
                    let constant = Ident::new(constant, span);
                    return quote::quote_spanned!(span=> #krate::Envelope::#constant);
                }
            }
        }
        let path = &self.path;
        let is_constant = idents.last().is_some_and(|last| {
            let last = last.to_string();
            last.chars().any(|c| c.is_ascii_uppercase())
                && !last.chars().any(|c| c.is_ascii_lowercase())
        });
        if is_constant {
            quote::quote_spanned!(span=> #path)
        } else {
            quote::quote_spanned!(span=> <#path as #krate::HasEnvelope>::ENVELOPE)
        }
    }
}
