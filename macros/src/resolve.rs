//! Resolves what was parsed into the typed model (`model`): every variant gets its kind,
//! with the type-level defaults (advice, language) applied, and each problem found on the
//! way is reported with its span (the variants' text in `text`). Then `check` looks at the
//! whole type.

mod codes;
mod delegation;
mod format_arguments;
mod google_rpc;
mod sources;
mod text;
mod type_keys;

use codes::{
    catch_all_fields, check_aliases, check_catch_all_code, code_type, could_be_code_and_message,
    is_code_or_text, member_kind,
};
use delegation::check_delegation;
use google_rpc::statuses_of_rpc_codes;
use sources::resolve_sources;
use text::{http_status, resolve_text};
use type_keys::{
    check_braces_without_fields, check_catch_all_alloc, check_dsl_layout, check_envelope_name,
    check_serde, check_shared, check_type_keys, shared_of_the_types_kind,
};

use proc_macro2::Span;
use quote::quote;
use syn::LitStr;

use crate::ast::{self, Origin};
use crate::attr::{Attrs, Code, Value};
use crate::errors::Errors;
use crate::keys::{self, KeyId, VariantKind};
use crate::model::{
    Advice, CodeType, CodeValue, Declared, EnvelopeSpec, Kind, Model, Shape, Variant,
};

/// Resolves a parsed input into the model, reporting what does not make sense. The model is
/// always built, so that the fallback beside the errors knows the type's shape.
pub(crate) fn resolve(input: ast::Input, errors: &mut Errors) -> Model {
    let ast::Input {
        origin,
        ident,
        vis,
        generics,
        mut attrs,
        is_struct,
        variants,
        invocation_crate,
        sibling_kinds,
        sibling_codes,
        dropped_variant,
        dropped_names,
    } = input;
    let krate = attrs
        .path(KeyId::Crate)
        .cloned()
        .or(invocation_crate)
        .unwrap_or_else(|| quote!(::platform_errors));
    let defaults = Defaults {
        origin,
        advice: attrs.advice().map(|(advice, _)| advice),
        lang: attrs.str(KeyId::Lang).map(LitStr::value),
        http_status: http_status(&attrs, errors),
        // `#[code]` or `#[message]` written on the type was reported there: the variants
        // that lack one are not reported again. Nor a struct marked `unknown` (reported):
        // it meant a catch-all, which has neither.
        code_reported: attrs.misplaced(KeyId::Code).is_some()
            || (is_struct && attrs.misplaced(KeyId::Unknown).is_some()),
        message_reported: attrs.misplaced(KeyId::Message).is_some()
            || (is_struct && attrs.misplaced(KeyId::Unknown).is_some()),
    };
    let mut model = Model {
        origin,
        ident,
        vis,
        generics,
        krate,
        category: attrs.take_str(KeyId::Category),
        exhaustive: attrs.span(KeyId::Exhaustive).is_some(),
        no_unsafe: attrs.span(KeyId::NoUnsafe).is_some(),
        cfgs: Vec::new(),
        passthrough: Vec::new(),
        is_struct,
        variants: Vec::new(),
        serde: attrs.span(KeyId::Serde),
        envelope: attrs
            .path(KeyId::Envelope)
            .cloned()
            .zip(attrs.span(KeyId::Envelope))
            .map(|(path, span)| EnvelopeSpec { path, span }),
        docs: attrs.str(KeyId::Docs).map(LitStr::value),
        // Misplaced (on a struct: reported), it still says the type's `Debug` is the
        // macro's: the impls beside the error have one, so that no use of the type
        // reports a missing `Debug` again.
        // A `define_codes!` enum always has its `Debug` (derived, or by name for a
        // catalogue): a misplaced `debug` there asks for no other.
        debug: origin != Origin::Dsl
            && (attrs.span(KeyId::Debug).is_some() || attrs.misplaced(KeyId::Debug).is_some()),
        shape: Shape::General,
        code_type: CodeType::Int,
        member_kind: None,
        dropped_names,
        sibling_codes,
    };
    let mut shared: Vec<Code> = attrs.codes(KeyId::Shared).to_vec();
    // `shared` written on a variant (reported there, with where it goes): the codes it
    // lists are not reported again as declared twice, which would repeat that advice.
    let shared_on_variants: Vec<Code> = variants
        .iter()
        .filter_map(|variant| variant.attrs.misplaced(KeyId::Shared)?.value.as_ref())
        .flat_map(|value| match value {
            Value::Codes(codes) => codes.clone(),
            _ => Vec::new(),
        })
        .collect();
    for variant in variants {
        let variant = resolve_variant(&model, variant, &defaults, errors);
        model.variants.push(variant);
    }
    statuses_of_rpc_codes(&mut model);
    model.shape = Shape::plan(&model);
    model.code_type = code_type(&mut model, errors);
    // Before `check_aliases`, which drops the aliases it refuses.
    check_braces_without_fields(&model, errors);
    check_aliases(&mut model, errors);
    if let CodeType::OfMember(_) = model.code_type {
        model.member_kind = member_kind(&model, &sibling_kinds, errors);
    }
    check_catch_all_code(&mut model, errors);
    let shared_misread = shared_of_the_types_kind(&model, &mut shared, errors);
    // An attribute of the type did not parse (reported): what the whole type is checked
    // for may only repeat that one error.
    let mut scratch = Errors::default();
    // A derived enum without variants was reported (`ast::from_derive`): what its keys
    // would apply to is missing with them, and is not reported again.
    let empty_enum = origin == Origin::Derive && !model.is_struct && model.variants.is_empty();
    let errors = if attrs.malformed || empty_enum {
        &mut scratch
    } else {
        errors
    };
    check_type_keys(&model, &attrs, errors);
    check_shared(&model, &shared, dropped_variant, errors);
    check_envelope_name(&model, errors);
    check_serde(&model, errors);
    check_dsl_layout(&model, &attrs, errors);
    if let Some(span) = attrs.span(KeyId::Debug) {
        if !model.is_derived_catalogue() {
            errors.at(
                span,
                "`debug` writes the variant's name, for an enum whose variants are all unit variants with a code: derive `Debug` for this one",
            );
        }
    }
    // Without lookup, the names are still those `#[platform(serde)]` writes under.
    if let Some(envelope) = model.envelope_in_vain() {
        errors.at(
            envelope.span,
            format!(
                "`envelope` names the fields lookup reads and `#[platform(serde)]` writes, and `{}` has neither: no lookup ({}), and no `serde`",
                model.ident,
                model.no_lookup_reason()
            ),
        );
    }
    model.cfgs = attrs.cfgs;
    model.passthrough = attrs.passthrough;
    check_catch_all_alloc(&model, errors);
    shared.extend(shared_on_variants);
    crate::check::check(&model, &shared, shared_misread, errors);
    model
}

/// What the type gives its variants.
pub(crate) struct Defaults {
    pub(crate) origin: Origin,
    pub(crate) advice: Option<Advice>,
    pub(crate) lang: Option<String>,
    pub(crate) http_status: Option<u16>,
    /// A `#[code]` on the type was reported: a variant without one is not.
    pub(crate) code_reported: bool,
    /// A `#[message]` on the type was reported: a variant without one is not.
    pub(crate) message_reported: bool,
}

/// A resolved variant's kind, as the key table names it.
pub(crate) fn kind_of(variant: &Variant) -> VariantKind {
    match variant.kind {
        Kind::Declared(_) => VariantKind::Declared,
        Kind::Local(_) => VariantKind::Local,
        Kind::Transparent { .. } if variant.takes_any_code => VariantKind::CatchAll,
        Kind::Transparent { .. } => VariantKind::Transparent,
        Kind::CatchAll { .. } => VariantKind::CatchAll,
    }
}

fn resolve_variant(
    model: &Model,
    variant: ast::Variant,
    defaults: &Defaults,
    errors: &mut Errors,
) -> Variant {
    let ast::Variant {
        ident,
        span,
        mut attrs,
        style,
        fields,
    } = variant;
    let mut out = Variant {
        ident,
        span,
        style,
        fields,
        cfgs: std::mem::take(&mut attrs.cfgs),
        passthrough: std::mem::take(&mut attrs.passthrough),
        source: None,
        from: None,
        backtrace: None,
        kind: Kind::Transparent { field: 0 },
        takes_any_code: false,
        malformed: attrs.malformed,
    };
    let who = model.describe(&out);
    // In the order written: the error points at the second.
    let mut markers: Vec<(KeyId, Span)> = Vec::new();
    for found in &attrs.found {
        if matches!(
            found.key,
            KeyId::Transparent | KeyId::Unknown | KeyId::Local
        ) {
            markers.push((found.key, found.span));
        }
    }
    // Several kinds at once: one error. What the variant would be is unknown, so the rest
    // of it is checked into a scratch list, and its errors wait for the kind to be chosen.
    let mut scratch = Errors::default();
    let errors = if attrs.malformed {
        // An attribute of the variant did not parse: its one error stands alone.
        &mut scratch
    } else if model.origin == Origin::Dsl && attrs.misplaced(KeyId::Local).is_some() {
        // `#[platform(local)] B` in `define_codes!` (reported): what `local` meant, a
        // variant without a code, is not reported again.
        &mut scratch
    } else if let [first, second, ..] = markers.as_slice() {
        let name = |key: KeyId| keys::get(key).name;
        errors.at(
            second.1,
            format!(
                "{who} is already `{}`: a variant is one of `transparent`, `unknown` or `local`, not several; keep one",
                name(first.0),
            ),
        );
        &mut scratch
    } else {
        errors
    };
    // A catch-all of the two-field form refuses `#[from]` and `#[source]` itself (below):
    // the checks of those keys would say so a second time.
    let takes_any_code = out.fields.len() == 1 && !is_code_or_text(&out.fields[0].ty);
    let fields_catch_all = matches!(markers.first(), Some(&(KeyId::Unknown, _))) && !takes_any_code;
    let transparent = matches!(markers.first(), Some(&(KeyId::Transparent, _)));
    let mut scratch = Errors::default();
    resolve_sources(
        &mut out,
        &who,
        (transparent, model.is_struct),
        if fields_catch_all {
            &mut scratch
        } else {
            errors
        },
    );
    let kind = match markers.first() {
        Some(&(KeyId::Transparent, span)) => {
            if out.fields.len() != 1 {
                errors.at(
                    span,
                    format!(
                        "`transparent` needs exactly one field to delegate to, but {who} has {}",
                        out.fields.len()
                    ),
                );
            }
            out.kind = Kind::Transparent { field: 0 };
            VariantKind::Transparent
        }
        Some(&(KeyId::Unknown, span)) => {
            if takes_any_code {
                // A catch-all over a type that takes any code, such as `ApiError<E>`: it
                // delegates like a transparent variant, and takes every code no other
                // variant declares.
                out.takes_any_code = true;
                out.kind = Kind::Transparent { field: 0 };
            } else {
                let mut sourced = false;
                for field in &out.fields {
                    if let Some(span) = field
                        .attrs
                        .span(KeyId::From)
                        .or(field.attrs.span(KeyId::Source))
                    {
                        sourced = true;
                        errors.at(
                            span,
                            "the catch-all variant's fields cannot be `#[from]` or `#[source]`: it keeps the code and message received, and nothing else; remove this attribute",
                        );
                    }
                }
                out.source = None;
                out.from = None;
                // A field reported above is the one mistake: the fields' count or shape
                // is not reported again.
                let mut scratch = Errors::default();
                let fields_errors = if sourced { &mut scratch } else { &mut *errors };
                out.kind = catch_all_fields(&out, span, &who, fields_errors);
            }
            VariantKind::CatchAll
        }
        Some(&(_, _)) => VariantKind::Local,
        None => VariantKind::Declared,
    };
    check_keys_for_kind(&mut attrs, kind, &who, defaults.origin, errors);
    match kind {
        VariantKind::Transparent => check_delegation(&out, &model.ident, &who, errors),
        VariantKind::CatchAll if out.takes_any_code => {
            check_delegation(&out, &model.ident, &who, errors);
        }
        VariantKind::Local => {
            out.kind = Kind::Local(resolve_text(&out, &mut attrs, defaults, kind, &who, errors));
        }
        VariantKind::Declared => {
            out.kind = Kind::Declared(resolve_declared(&out, &mut attrs, defaults, &who, errors));
        }
        VariantKind::CatchAll => {}
    }
    out
}

/// Each key written on a variant describes some kinds of variants (the key table's
/// `kinds`); on another kind it would change nothing: one error, and the key is dropped.
fn check_keys_for_kind(
    attrs: &mut Attrs,
    kind: VariantKind,
    who: &str,
    origin: Origin,
    errors: &mut Errors,
) {
    let reported = std::mem::take(&mut attrs.reported);
    attrs.found.retain(|found| {
        let key = keys::get(found.key);
        if key.kinds.contains(kind) {
            return true;
        }
        // Written in the wrong syntax and reported as such: dropped without a second error.
        if reported.contains(&found.key) {
            return false;
        }
        let name = key.display();
        let message = match (kind, found.key) {
            (VariantKind::Local, KeyId::Code) => format!(
                "remove {name}: {who} is `local`, raised on the caller's side, and has no code; or remove `local` if the platform sends this code"
            ),
            (VariantKind::Local, _) => format!(
                "remove {name}: {who} is `local`, raised on the caller's side: it has no code, so no entry for {name} to describe; or remove `local` if the platform sends a code for it"
            ),
            (VariantKind::Transparent, _) if origin == Origin::Dsl => format!(
                "remove {name}: {who} is a member: its type gives its codes, messages, advice, translations and entries"
            ),
            (VariantKind::Transparent, _) => format!(
                "remove {name}: {who} is transparent: its field gives its code, message, advice, translations and entry"
            ),
            (VariantKind::CatchAll | VariantKind::Declared, _) => format!(
                "remove {name}: {who} is the catch-all: it keeps the code and message received, and has no advice, translations or entry of its own"
            ),
        };
        errors.at(found.span, message);
        false
    });
}

/// Whether a field of the variant carries `key`, or a key that says what the variant is
/// (`transparent`, `unknown`, `local`), which belong on the variant: reported at the field as
/// misplaced, so that the variant is not reported again for lacking what was meant.
pub(super) fn variant_key_on_field(variant: &Variant, key: KeyId) -> bool {
    variant.fields.iter().any(|field| {
        [key, KeyId::Transparent, KeyId::Unknown, KeyId::Local]
            .into_iter()
            .any(|key| field.attrs.misplaced(key).is_some())
    })
}

fn resolve_declared(
    variant: &Variant,
    attrs: &mut Attrs,
    defaults: &Defaults,
    who: &str,
    errors: &mut Errors,
) -> Declared {
    let code = attrs.code().cloned();
    // A key of the variant's written on its field was reported there: not again here.
    let code_on_field = variant_key_on_field(variant, KeyId::Code);
    let message_on_field = variant_key_on_field(variant, KeyId::Message);
    // Neither a code nor a message (a bare `Timeout`): one error that asks for both, and no
    // second about the message.
    let bare = attrs.span(KeyId::Code).is_none()
        && attrs.span(KeyId::Message).is_none()
        && !defaults.code_reported
        && !defaults.message_reported
        && !code_on_field
        && !message_on_field;
    let mut scratch = Errors::default();
    // A variant of two fields that may hold a code and a message (thiserror's
    // `Api { code, message }`): the catch-all is what it meant more likely than `local`,
    // which would have no code. (A struct cannot be one.)
    let offer = variant.ident.is_some() && could_be_code_and_message(&variant.fields);
    if bare {
        let catch_all = if offer {
            "; or, if it keeps the code and message of any answer the platform sends, make it the catch-all, `#[platform(unknown)]`"
        } else {
            ""
        };
        errors.at(
            variant.span,
            format!("{who} has no code and no message: declare what the platform sends, such as `#[code(40001)]` and `#[message(\"invalid token\")]`; or, for an error raised on the caller's side (transport, decoding, I/O), mark it `#[platform(local)]` with a `#[message(...)]`{catch_all}{}", attrs.near_miss_of("code")),
        );
    } else if attrs.span(KeyId::Code).is_none() && !defaults.code_reported && !code_on_field {
        let catch_all = if offer {
            "; or, if it keeps the code and message of any answer the platform sends, make it the catch-all, `#[platform(unknown)]`, and remove its message (`#[message]` or thiserror's `#[error]`): the catch-all shows the message received"
        } else {
            ""
        };
        errors.at(
            variant.span,
            format!("{who} has no code: add `#[code(...)]` with the `errcode` the platform sends, such as `#[code(40001)]`; or, for an error raised on the caller's side (transport, decoding, I/O), mark it `#[platform(local)]`{catch_all}{}", attrs.near_miss_of("code")),
        );
    }
    // Whether they may be (the code is a string, or of the type's kind) is known once the
    // type's kind is (`codes::check_aliases`).
    let int_code = matches!(
        code,
        Some(Code {
            value: CodeValue::Int(_),
            ..
        })
    );
    let mut aliases = Vec::new();
    for alias in attrs.strs(KeyId::Aliases) {
        let value = alias.value();
        if !value.is_empty() {
            aliases.push((value, alias.span()));
        } else if !int_code {
            errors.at(
                alias.span(),
                "an alias can't be empty: write another spelling the platform sends, or remove it",
            );
        }
    }
    let reason_span = attrs.str(KeyId::Reason).map(LitStr::span);
    Declared {
        code_span: code.as_ref().map(|c| c.span),
        code: code.map_or(CodeValue::Int(0), |c| c.value),
        aliases,
        reason_span,
        text: resolve_text(
            variant,
            attrs,
            defaults,
            VariantKind::Declared,
            who,
            if bare { &mut scratch } else { errors },
        ),
    }
}
