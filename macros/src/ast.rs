//! The model both macros parse into and the generator reads: a type, its variants, their
//! fields and what their attributes declared.

use proc_macro2::Span;
use syn::{Attribute, Generics, Ident, Member, Type, Visibility};

use crate::attr::Attrs;

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
    pub(crate) shape: Shape,
}

pub(crate) enum Shape {
    Enum(Vec<Variant>),
    /// A struct is one variant whose constructor is `Self`.
    Struct(Box<Variant>),
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
    /// `#[from]`, with its span.
    pub(crate) from: Option<Span>,
    /// `#[source]`, with its span.
    pub(crate) source: Option<Span>,
    /// Attributes to emit on the field (the DSL's catch-all fields' docs).
    pub(crate) emitted_attrs: Vec<Attribute>,
}

impl Input {
    pub(crate) fn variants(&self) -> &[Variant] {
        match &self.shape {
            Shape::Enum(variants) => variants,
            Shape::Struct(variant) => std::slice::from_ref(variant),
        }
    }
}

impl Variant {
    pub(crate) fn is_transparent(&self) -> bool {
        self.attrs.transparent.is_some()
    }

    pub(crate) fn is_unknown(&self) -> bool {
        self.attrs.unknown.is_some()
    }

    /// A variant that declares its own code and message.
    pub(crate) fn is_declared(&self) -> bool {
        !self.is_transparent() && !self.is_unknown()
    }

    /// The field `#[source]` or `#[from]` marks.
    pub(crate) fn source_field(&self) -> Option<&Field> {
        self.fields
            .iter()
            .find(|field| field.source.is_some() || field.from.is_some())
    }

    pub(crate) fn field_marked_from(&self) -> Option<&Field> {
        self.fields.iter().find(|field| field.from.is_some())
    }

    pub(crate) fn name(&self) -> String {
        self.ident
            .as_ref()
            .map_or_else(String::new, ToString::to_string)
    }
}

/// Reads a `#[derive(PlatformError)]` input into the model.
pub(crate) fn from_derive(
    mut input: syn::DeriveInput,
    errors: &mut crate::errors::Errors,
) -> Input {
    use crate::attr::{parse_attrs, Position};
    let position = match &input.data {
        syn::Data::Struct(_) => Position::Struct,
        _ => Position::Enum,
    };
    let mut type_attrs = parse_attrs(std::mem::take(&mut input.attrs), position, errors);
    let shape = match input.data {
        syn::Data::Enum(data) => Shape::Enum(
            data.variants
                .into_iter()
                .map(|variant| {
                    let span = variant.ident.span();
                    let attrs = parse_attrs(variant.attrs, Position::Variant, errors);
                    let (style, fields) = read_fields(variant.fields, errors);
                    Variant {
                        ident: Some(variant.ident),
                        span,
                        attrs,
                        style,
                        fields,
                    }
                })
                .collect(),
        ),
        syn::Data::Struct(data) => {
            let (style, fields) = read_fields(data.fields, errors);
            // The struct's own attributes describe its one "variant"; the type keeps the
            // type-level keys.
            let variant_attrs = crate::attr::Attrs {
                code: type_attrs.code.take(),
                code_written: type_attrs.code_written,
                message: type_attrs.message.take(),
                message_written: type_attrs.message_written,
                advice: type_attrs.advice.take(),
                transparent: type_attrs.transparent.take(),
                ..Default::default()
            };
            Shape::Struct(Box::new(Variant {
                ident: None,
                span: input.ident.span(),
                attrs: variant_attrs,
                style,
                fields,
            }))
        }
        syn::Data::Union(data) => {
            errors.spanned(
                &data.union_token,
                "`PlatformError` cannot be derived for a union: declare an enum with one variant per code, or a struct",
            );
            Shape::Enum(Vec::new())
        }
    };
    Input {
        origin: Origin::Derive,
        ident: input.ident,
        vis: input.vis,
        generics: input.generics,
        attrs: type_attrs,
        shape,
    }
}

fn read_fields(fields: syn::Fields, errors: &mut crate::errors::Errors) -> (Style, Vec<Field>) {
    let style = match &fields {
        syn::Fields::Named(_) => Style::Named,
        syn::Fields::Unnamed(_) => Style::Tuple,
        syn::Fields::Unit => Style::Unit,
    };
    let fields = fields
        .into_iter()
        .enumerate()
        .map(|(index, field)| {
            let (from, source) = crate::attr::parse_field_attrs(&field.attrs, errors);
            let member = match field.ident {
                Some(ident) => Member::Named(ident),
                None => Member::Unnamed(syn::Index {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                    span: syn::spanned::Spanned::span(&field.ty),
                }),
            };
            Field {
                member,
                ty: field.ty,
                from,
                source,
                emitted_attrs: Vec::new(),
            }
        })
        .collect();
    (style, fields)
}
