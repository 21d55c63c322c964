//! What the type as a whole declares, checked once its variants are resolved: a key of the
//! type that describes none of its variants, `shared(...)`, the name given to `envelope`,
//! `serde`, a catch-all without the runtime's `alloc`, a `define_codes!` enum's
//! `no_unsafe` and `exhaustive`, and a code variant written with braces beside a catch-all.

use crate::ast::Origin;
use crate::attr::{Attrs, Code};
use crate::errors::Errors;
use crate::keys::{self, KeyId, VariantKind};
use crate::model::{CodeType, CodeValue, Kind, Model, Variant};

use super::kind_of;

/// A key on the type is the default of the variants it describes (its `kinds` in the key
/// table): on a type with no such variant it would change nothing.
pub(super) fn check_type_keys(model: &Model, attrs: &Attrs, errors: &mut Errors) {
    for found in &attrs.found {
        let key = keys::get(found.key);
        if key.kinds.is_all() {
            continue;
        }
        // A catch-all over a type that takes any code (`ApiError<C>`) delegates as a
        // transparent variant does: the type's defaults do not reach it.
        if model.variants.iter().any(|v| {
            let kind = if v.takes_any_code {
                VariantKind::Transparent
            } else {
                kind_of(v)
            };
            key.kinds.contains(kind)
        }) {
            continue;
        }
        let members = if model.has_transparent() {
            if model.origin == Origin::Dsl {
                " (each member's own comes from its type)"
            } else {
                " (a transparent variant's comes from its field)"
            }
        } else {
            ""
        };
        errors.at(
            found.span,
            format!(
                "remove {}: it describes the type's {}, and `{}` has none{members}",
                key.display(),
                key.kinds.describe(),
                model.ident
            ),
        );
    }
}

/// A code of `shared(...)` of the other kind than the type's codes (`shared("1")` for
/// integer codes): one error, and the code read as the type's kind where it can be, so that
/// the variants that share it are not reported again as declaring it twice (and dropped
/// where it cannot, so that it is not reported again as declared by none). Returns whether
/// one was dropped: a code several variants declare may be what it meant.
pub(super) fn shared_of_the_types_kind(
    model: &Model,
    shared: &mut Vec<Code>,
    errors: &mut Errors,
) -> bool {
    use crate::model::CodeKind;
    let (kind, kinds) = match model.code_type {
        CodeType::Int => (CodeKind::Int, "integers"),
        CodeType::Str => (CodeKind::Str, "strings"),
        CodeType::OfMember(_) => return false,
    };
    let before = shared.len();
    shared.retain_mut(|code| {
        let fixed = match (&code.value, kind) {
            (CodeValue::Str(text), CodeKind::Int) => text.parse::<i64>().ok().map(CodeValue::Int),
            (CodeValue::Int(number), CodeKind::Str) => Some(CodeValue::Str(number.to_string())),
            _ => return true,
        };
        let hint = match &fixed {
            Some(fixed) => format!("write it as they are, `shared({fixed})`"),
            None => "list the codes several variants declare, as they write them".to_owned(),
        };
        errors.at(
            code.span,
            format!(
                "`shared` lists {}, and `{}`'s codes are {kinds}: {hint}",
                code.value, model.ident
            ),
        );
        // Kept, as the type's kind, where variants declare it: what it meant. Else dropped.
        match fixed {
            Some(fixed) if model.declared().any(|(_, declared)| declared.code == fixed) => {
                code.value = fixed;
                true
            }
            _ => false,
        }
    });
    shared.len() < before
}

/// Each code of `shared(...)` is one that several variants declare: any other changes
/// nothing. (Variants under `#[cfg]` count: one may stand in for another; and while a
/// variant's code is missing or of the wrong kind, reported, the count is not sure.)
pub(super) fn check_shared(
    model: &Model,
    shared: &[Code],
    dropped_variant: bool,
    errors: &mut Errors,
) {
    if model.declared().next().is_none() {
        // Reported by `check_type_keys`.
        return;
    }
    // A variant that did not parse, or whose code is missing or was reported, may have
    // declared one of them.
    let unsure = dropped_variant
        || model
            .declared()
            .any(|(_, declared)| declared.code_span.is_none());
    for (index, code) in shared.iter().enumerate() {
        if shared[..index].iter().any(|c| c.value == code.value) {
            errors.at(
                code.span,
                format!("code {} is listed twice in `shared`; keep one", code.value),
            );
            continue;
        }
        let mut users: Vec<&Variant> = Vec::new();
        for (variant, declared) in model.declared() {
            if declared.code == code.value && declared.code_span.is_some() {
                users.push(variant);
            }
        }
        if users.len() < 2 && !unsure {
            let who = match users.first() {
                Some(variant) => format!("only {} declares it", model.describe(variant)),
                None => "no variant declares it".to_owned(),
            };
            // The derive sees the variants compiled in: one under a `#[cfg]` that is off is
            // gone, and its code with it.
            let cfg = if model.origin == Origin::Derive {
                format!(
                    " (if a variant under a `#[cfg]` declares it too, list it under the same condition: `#[cfg_attr(feature = \"...\", platform(shared({})))]`)",
                    code.value
                )
            } else {
                String::new()
            };
            errors.at(
                code.span,
                format!(
                    "code {} is listed in `shared`, but {who}: `shared` lists the codes several variants declare; remove it{cfg}",
                    code.value
                ),
            );
        }
    }
}

/// `envelope = Codemsg`: a near miss of a runtime marker, named as the runtime spells it. (A
/// name that is no near miss may be the user's own type: the compiler reports it if not.)
pub(super) fn check_envelope_name(model: &Model, errors: &mut Errors) {
    let Some(envelope) = &model.envelope else {
        return;
    };
    let accepted = crate::model::ENVELOPE_MARKERS;
    if let Some((ident, (marker, constant))) = envelope.near_miss() {
        let name = ident.to_string();
        let mut spellings = String::new();
        for (marker, _) in accepted {
            if !spellings.is_empty() {
                spellings.push_str(", ");
            }
            spellings.push('`');
            spellings.push_str(marker);
            spellings.push('`');
        }
        errors.at(
            ident.span(),
            format!(
                "no envelope is named `{name}`: write `{marker}`, imported from `platform_errors::envelope` (or its constant, `{constant}`, without an import); the runtime's envelopes are {spellings}, and a type of your own that implements `HasEnvelope` is named by its path",
            ),
        );
    }
}

/// `#[platform(serde)]` serializes into the platform's envelope: every value needs a code.
pub(super) fn check_serde(model: &Model, errors: &mut Errors) {
    let Some(span) = model.serde else {
        return;
    };
    if let Some(local) = model
        .variants
        .iter()
        .find(|v| matches!(v.kind, Kind::Local(_)))
    {
        // The envelope's names, where the macro knows them: the default's, or a runtime
        // envelope's; one inherited from members, or the user's own, is known only at run
        // time.
        let fields = match &model.envelope {
            None if !model.has_transparent() => Some(("errcode", "errmsg")),
            None => None,
            Some(envelope) => envelope.runtime_fields(),
        };
        let written = match fields {
            Some((code, message)) => {
                format!("as the platform's `{{\"{code}\": ..., \"{message}\": \"...\"}}`")
            }
            None => "as the platform's answer, a code and a message".to_owned(),
        };
        errors.at(
            span,
            format!(
                "`serde` writes errors {written}, but {} is `local` and has no code to write: remove `serde`, or serialize a type without local variants (such as the `ApiError` inside)",
                model.describe(local)
            ),
        );
    }
    if !model.generics.params.is_empty() {
        errors.at(
            span,
            "`serde` is not offered for generic types: implement `Serialize` by hand, or use a concrete type",
        );
    }
}

/// A catch-all of fields keeps the code and message received in a `String`, which needs the
/// runtime's `alloc` feature; the runtime's feature turns on this crate's (`core/Cargo.toml`).
/// A derived type's `#[cfg]`s are evaluated before the derive sees it: what it sees is
/// compiled. `define_codes!` sees them unevaluated: under one, the expansion reports it
/// under the same `#[cfg]`s (`Gen::definition`).
pub(super) fn check_catch_all_alloc(model: &Model, errors: &mut Errors) {
    if cfg!(feature = "alloc") || (model.origin == Origin::Dsl && !model.cfgs.is_empty()) {
        return;
    }
    for variant in &model.variants {
        let under_cfg = model.origin == Origin::Dsl && !variant.cfgs.is_empty();
        if let (Kind::CatchAll { span, .. }, false) = (&variant.kind, under_cfg) {
            errors.at(*span, model.catch_all_needs_alloc(variant));
        }
    }
}

/// `#[platform(no_unsafe)]` where no expansion has `unsafe` (only a catalogue of codes alone,
/// from 2,048 of them, reads its `ALL` from a table): on an umbrella or an enum with a
/// catch-all it would change nothing, at any size. And `#[platform(exhaustive)]` beside the
/// enum's own `#[non_exhaustive]`: the two say the opposite.
pub(super) fn check_dsl_layout(model: &Model, attrs: &Attrs, errors: &mut Errors) {
    if let (Some(span), false) = (attrs.span(KeyId::NoUnsafe), model.is_dsl_catalogue()) {
        errors.at(
            span,
            format!(
                "remove `no_unsafe`: only an enum of codes alone has an `unsafe` block (from 2,048 codes, its `ALL` read from a table), and `{}` has {}, so its expansion has none at any size",
                model.ident,
                if model.has_transparent() { "members" } else { "a catch-all" }
            ),
        );
    }
    if attrs.span(KeyId::Exhaustive).is_some() {
        // Written plain, or inside a `cfg_attr` (at any depth).
        fn names_non_exhaustive(tokens: proc_macro2::TokenStream) -> bool {
            tokens.into_iter().any(|tree| match tree {
                proc_macro2::TokenTree::Ident(ident) => ident == "non_exhaustive",
                proc_macro2::TokenTree::Group(group) => names_non_exhaustive(group.stream()),
                _ => false,
            })
        }
        if let Some(attr) = attrs.passthrough.iter().find(|attr| {
            attr.path().is_ident("non_exhaustive")
                || (attr.path().is_ident("cfg_attr")
                    && names_non_exhaustive(quote::ToTokens::to_token_stream(&attr.meta)))
        }) {
            errors.spanned(
                attr,
                "`#[platform(exhaustive)]` asks for an enum without `#[non_exhaustive]`, and this asks for one: remove one of the two",
            );
        }
    }
}

/// A variant with a code written with empty braces or parentheses (`A {}`, `A()`, as a
/// `macro_rules!` wrapper writes `{ $($field)* }`) leaves the type without lookup, which
/// builds unit values; where the type has a catch-all, which only lookup fills, that loss
/// would be silent (`from_code` is then rustc's "no associated item"): one error, at the
/// first such variant.
pub(super) fn check_braces_without_fields(model: &Model, errors: &mut Errors) {
    if model.has_lookup() || !model.generics.params.is_empty() || model.is_struct {
        return;
    }
    // The catch-all, or the member that takes any code (an `ApiError<C>`, an SDK's type).
    let Some(catch_all) = model
        .catch_all()
        .or_else(|| model.variants.iter().find(|v| v.takes_any_code))
    else {
        return;
    };
    let declared = || {
        model
            .variants
            .iter()
            .filter(|v| matches!(v.kind, Kind::Declared(_)))
    };
    // Where a variant with a code has fields, that is the reason, and it is a shape of its own;
    // where a key that needs lookup says the reason already (`aliases`, `envelope`), one
    // error is enough.
    let said = declared().any(|v| v.declared().is_some_and(|d| !d.aliases.is_empty()))
        || model.envelope_in_vain().is_some();
    if said || declared().any(|v| !v.fields.is_empty()) {
        return;
    }
    // A variant without a code of its own (reported: no code, or the type's `#[code]`) or
    // with an attribute that did not parse has its one error already.
    let braced = declared().find(|v| {
        v.style != crate::ast::Style::Unit
            && !v.malformed
            && v.declared().is_some_and(|d| d.code_span.is_some())
    });
    if let Some(variant) = braced {
        errors.at(
            variant.span,
            format!(
                "{}: as written, `{}` has no lookup, and its catch-all {} is never filled",
                model.no_lookup_reason(),
                model.ident,
                model.describe(catch_all)
            ),
        );
    }
}
