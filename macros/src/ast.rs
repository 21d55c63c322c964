//! What the parsers produce, before meaning is resolved: a type, its variants and fields, and
//! the attributes written on each (`attr::Attrs`). Both the derive (`from_derive`, here) and
//! `define_codes!` (`dsl`) parse into it; `model::resolve` turns it into the typed model.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::{Attribute, Generics, Ident, Member, Type, Visibility};

use crate::attr::{parse_attrs, Attrs};
use crate::errors::Errors;
use crate::keys::Position;

/// Where the input came from: the derive only adds impls; the DSL also defines the enum
/// and its inherent API.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    Derive,
    Dsl,
}

pub(crate) struct Input {
    pub(crate) origin: Origin,
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) generics: Generics,
    pub(crate) attrs: Attrs,
    /// `Some` for a struct: its one variant, whose constructor is `Self`.
    pub(crate) is_struct: bool,
    pub(crate) variants: Vec<Variant>,
    /// `crate = path` given for the whole `define_codes!` invocation.
    pub(crate) invocation_crate: Option<proc_macro2::TokenStream>,
    /// The kind of code of each enum of the same `define_codes!` that declares codes, by
    /// name: what its members' codes are, where they are declared beside it.
    pub(crate) sibling_kinds: Vec<(String, crate::literal::CodeKind)>,
    /// The integer codes of each enum of the same `define_codes!` that declares codes only,
    /// by name, for an enum with members (empty for any other): which member declares a
    /// code is then known here.
    pub(crate) sibling_codes: Vec<(String, Vec<i64>)>,
    /// A variant did not parse (reported) and is not among `variants`: what the type is
    /// checked for as a whole (`shared`) may only repeat that error.
    pub(crate) dropped_variant: bool,
    /// The names of the variants that did not parse, where the name did: the fallback
    /// defines them, so that uses of them add no errors to the one reported.
    pub(crate) dropped_names: Vec<(Vec<Attribute>, Ident, proc_macro2::TokenStream)>,
}

pub(crate) struct Variant {
    /// `None` for a struct.
    pub(crate) ident: Option<Ident>,
    /// The span errors about the variant as a whole point at.
    pub(crate) span: Span,
    pub(crate) attrs: Attrs,
    pub(crate) style: Style,
    pub(crate) fields: Vec<Field>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Unit,
    Tuple,
    Named,
}

pub(crate) struct Field {
    pub(crate) member: Member,
    pub(crate) ty: Type,
    /// `#[from]` and `#[source]`.
    pub(crate) attrs: Attrs,
    /// Attributes to emit on the field (the DSL's catch-all fields' docs).
    pub(crate) emitted_attrs: Vec<Attribute>,
}

/// Reads a `#[derive(PlatformError)]` input.
/// A `define_codes!` member's type as text, for comparing members: `self::T` is `T` (a
/// path from elsewhere may name another type of that name).
pub(crate) fn member_type_text(ty: &Type) -> String {
    let written = quote::ToTokens::to_token_stream(ty).to_string();
    match written.strip_prefix("self :: ") {
        Some(rest) => rest.to_owned(),
        None => written,
    }
}

pub(crate) fn from_derive(mut input: syn::DeriveInput, errors: &mut Errors) -> Input {
    let position = match &input.data {
        syn::Data::Struct(_) => Position::Struct,
        _ => Position::Enum,
    };
    let mut type_attrs = parse_attrs(std::mem::take(&mut input.attrs), position, errors);
    let (is_struct, variants) = match input.data {
        syn::Data::Enum(data) => {
            if data.variants.is_empty() {
                errors.spanned(
                    &input.ident,
                    format!(
                        "`{}` has no variants, and a platform error is one of its variants: add one, as in `#[code(40001)] #[message(\"invalid credential\")] InvalidCredential`",
                        input.ident.unraw()
                    ),
                );
            }
            let mut variants = Vec::with_capacity(data.variants.len());
            for variant in data.variants {
                let span = variant.ident.span();
                let attrs = parse_attrs(variant.attrs, Position::Variant, errors);
                let (style, fields) = read_fields(variant.fields, errors);
                variants.push(Variant {
                    ident: Some(variant.ident),
                    span,
                    attrs,
                    style,
                    fields,
                });
            }
            (false, variants)
        }
        syn::Data::Struct(data) => {
            let (style, fields) = read_fields(data.fields, errors);
            // The struct's own attributes describe its one variant; the type keeps the
            // type-level keys.
            let attrs = type_attrs.split_variant_keys();
            (
                true,
                vec![Variant {
                    ident: None,
                    span: input.ident.span(),
                    attrs,
                    style,
                    fields,
                }],
            )
        }
        syn::Data::Union(data) => {
            errors.spanned(
                &data.union_token,
                "`PlatformError` cannot be derived for a union: declare an enum with one variant per code, or a struct",
            );
            (false, Vec::new())
        }
    };
    Input {
        origin: Origin::Derive,
        ident: input.ident,
        vis: input.vis,
        generics: input.generics,
        attrs: type_attrs,
        is_struct,
        variants,
        invocation_crate: None,
        sibling_kinds: Vec::new(),
        sibling_codes: Vec::new(),
        dropped_variant: false,
        dropped_names: Vec::new(),
    }
}

fn read_fields(fields: syn::Fields, errors: &mut Errors) -> (Style, Vec<Field>) {
    let style = match &fields {
        syn::Fields::Named(_) => Style::Named,
        syn::Fields::Unnamed(_) => Style::Tuple,
        syn::Fields::Unit => Style::Unit,
    };
    let mut out = Vec::with_capacity(fields.len());
    for (index, field) in fields.into_iter().enumerate() {
        let attrs = parse_attrs(field.attrs, Position::Field, errors);
        let member = match field.ident {
            Some(ident) => Member::Named(ident),
            None => Member::Unnamed(syn::Index {
                index: u32::try_from(index).unwrap_or(u32::MAX),
                span: syn::spanned::Spanned::span(&field.ty),
            }),
        };
        out.push(Field {
            member,
            ty: field.ty,
            attrs,
            emitted_attrs: Vec::new(),
        });
    }
    (style, out)
}
