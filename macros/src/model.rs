//! The typed model the generator reads, and `resolve`, which builds it from what was parsed:
//! every variant gets its kind, with the type-level defaults (advice, language) already
//! applied, and each problem found on the way is reported with its span.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Attribute, Generics, Ident, LitStr, Member, Visibility};

use crate::ast::{self, Field, Origin, Style};
use crate::attr::Code;
use crate::errors::Errors;
use crate::keys::KeyId;
use crate::template::{ArgName, Template};

/// The kinds of advice, as `#[advice(...)]` names them; the same list as the runtime's
/// `Advice::ALL` (a test checks it).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub(crate) enum Advice {
    #[default]
    None,
    Retry,
    RefreshToken,
    Reauthenticate,
    Throttle,
    FixRequest,
    CheckConfig,
}

impl Advice {
    pub(crate) const ALL: &'static [Advice] = &[
        Advice::None,
        Advice::Retry,
        Advice::RefreshToken,
        Advice::Reauthenticate,
        Advice::Throttle,
        Advice::FixRequest,
        Advice::CheckConfig,
    ];

    /// The name in `#[advice(...)]`.
    pub(crate) fn snake(self) -> &'static str {
        match self {
            Advice::None => "none",
            Advice::Retry => "retry",
            Advice::RefreshToken => "refresh_token",
            Advice::Reauthenticate => "reauthenticate",
            Advice::Throttle => "throttle",
            Advice::FixRequest => "fix_request",
            Advice::CheckConfig => "check_config",
        }
    }

    /// The runtime's variant name.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            Advice::None => "None",
            Advice::Retry => "Retry",
            Advice::RefreshToken => "RefreshToken",
            Advice::Reauthenticate => "Reauthenticate",
            Advice::Throttle => "Throttle",
            Advice::FixRequest => "FixRequest",
            Advice::CheckConfig => "CheckConfig",
        }
    }

    /// `` `none`, `retry`, ... `` for error messages.
    pub(crate) fn names() -> String {
        let mut names = String::new();
        for advice in Advice::ALL {
            if !names.is_empty() {
                names.push_str(", ");
            }
            names.push('`');
            names.push_str(advice.snake());
            names.push('`');
        }
        names
    }
}

/// A type, resolved.
pub(crate) struct Model {
    pub(crate) origin: Origin,
    pub(crate) ident: Ident,
    pub(crate) vis: Visibility,
    pub(crate) generics: Generics,
    /// The runtime's path: `::platform_errors` unless `crate = path` says otherwise.
    pub(crate) krate: TokenStream,
    pub(crate) category: Option<LitStr>,
    pub(crate) exhaustive: bool,
    pub(crate) cfgs: Vec<Attribute>,
    pub(crate) passthrough: Vec<Attribute>,
    pub(crate) is_struct: bool,
    pub(crate) variants: Vec<Variant>,
}

/// A variant (or a struct's one variant), resolved.
pub(crate) struct Variant {
    /// `None` for a struct.
    pub(crate) ident: Option<Ident>,
    pub(crate) span: Span,
    pub(crate) style: Style,
    pub(crate) fields: Vec<Field>,
    pub(crate) cfgs: Vec<Attribute>,
    pub(crate) passthrough: Vec<Attribute>,
    /// The field `#[source]` or `#[from]` marks.
    pub(crate) source: Option<usize>,
    /// The field `#[from]` marks, when it is the variant's only field.
    pub(crate) from: Option<usize>,
    pub(crate) kind: Kind,
}

/// What a variant is.
pub(crate) enum Kind {
    /// A code and message of its own.
    Declared(Declared),
    /// Delegates everything to its one field.
    Transparent { field: usize },
    /// The catch-all: keeps the code and message received, in these fields; `span` is its
    /// `unknown`.
    CatchAll {
        code: usize,
        message: usize,
        span: Span,
    },
}

/// A declared variant's code, messages and advice, defaults applied.
pub(crate) struct Declared {
    pub(crate) code: i64,
    /// Where the code is written; `None` when it is missing or did not parse (its value is
    /// then 0, and no other check looks at it).
    pub(crate) code_span: Option<Span>,
    pub(crate) message: Template,
    /// The language of `message`, from the variant or the type.
    pub(crate) lang: Option<String>,
    pub(crate) translations: Vec<(String, Template)>,
    pub(crate) advice: Advice,
}

impl Declared {
    /// The `(lang, text)` pairs `message_in` answers: the default message in its language
    /// first, then the translations.
    pub(crate) fn languages(&self) -> impl Iterator<Item = (&str, &str)> {
        self.lang
            .as_deref()
            .map(|lang| (lang, self.message.declared_text()))
            .into_iter()
            .chain(
                self.translations
                    .iter()
                    .map(|(lang, template)| (lang.as_str(), template.declared_text())),
            )
    }

    pub(crate) fn has_languages(&self) -> bool {
        self.lang.is_some() || !self.translations.is_empty()
    }
}

impl Model {
    /// Every variant declares its own code and has no fields.
    pub(crate) fn is_catalogue(&self) -> bool {
        self.variants
            .iter()
            .all(|v| v.declared().is_some() && v.style == Style::Unit)
    }

    /// Whether every variant can be built from a code alone, so that the type has lookup.
    pub(crate) fn has_lookup(&self) -> bool {
        self.generics.params.is_empty()
            && self.variants.iter().all(|v| match v.kind {
                Kind::Declared(_) => v.style == Style::Unit,
                Kind::Transparent { .. } | Kind::CatchAll { .. } => true,
            })
    }

    pub(crate) fn catch_all(&self) -> Option<&Variant> {
        self.variants
            .iter()
            .find(|v| matches!(v.kind, Kind::CatchAll { .. }))
    }

    pub(crate) fn has_transparent(&self) -> bool {
        self.variants.iter().any(|v| v.transparent().is_some())
    }

    pub(crate) fn declared(&self) -> impl Iterator<Item = (&Variant, &Declared)> {
        self.variants
            .iter()
            .filter_map(|v| Some((v, v.declared()?)))
    }

    /// A DSL catalogue: it has the inherent `const fn code`, `message` and `entry`, which
    /// the trait impls reuse.
    pub(crate) fn is_dsl_catalogue(&self) -> bool {
        self.origin == Origin::Dsl && self.is_catalogue() && !self.variants.is_empty()
    }

    /// Whether every value has a code: declared variants, the catch-all, and (in
    /// `define_codes!`, whose members are catalogues) members. Such a type gets an inherent
    /// `code()` returning `i64`.
    pub(crate) fn always_coded(&self) -> bool {
        !self.variants.is_empty()
            && self.variants.iter().all(|v| match v.kind {
                Kind::Declared(_) | Kind::CatchAll { .. } => true,
                Kind::Transparent { .. } => self.origin == Origin::Dsl,
            })
    }

    /// `type Name` or `Name::Variant`, for messages.
    pub(crate) fn describe(&self, variant: &Variant) -> String {
        match &variant.ident {
            Some(name) if !self.is_struct => format!("`{}::{name}`", self.ident),
            _ => format!("`{}`", self.ident),
        }
    }
}

impl Variant {
    pub(crate) fn declared(&self) -> Option<&Declared> {
        match &self.kind {
            Kind::Declared(declared) => Some(declared),
            _ => None,
        }
    }

    /// The field a transparent variant delegates to.
    pub(crate) fn transparent(&self) -> Option<&Field> {
        match self.kind {
            Kind::Transparent { field } => self.fields.get(field),
            _ => None,
        }
    }

    pub(crate) fn source_field(&self) -> Option<&Field> {
        self.source.and_then(|index| self.fields.get(index))
    }

    pub(crate) fn field_marked_from(&self) -> Option<&Field> {
        self.from.and_then(|index| self.fields.get(index))
    }

    pub(crate) fn name(&self) -> String {
        self.ident
            .as_ref()
            .map_or_else(String::new, ToString::to_string)
    }

    /// The field a placeholder names.
    pub(crate) fn field_named(&self, name: &ArgName) -> Option<&Field> {
        self.fields.iter().find(|field| names(&field.member, name))
    }

    /// Doc lines that show a declared variant's code, messages and advice in rustdoc.
    pub(crate) fn doc_summary(&self) -> Option<String> {
        use std::fmt::Write as _;
        let declared = self.declared()?;
        // Written into one string: this runs once per variant of catalogues of thousands.
        let mut doc = String::new();
        if self.passthrough.iter().any(|a| a.path().is_ident("doc")) {
            doc.push('\n');
        }
        let _ = write!(
            doc,
            " Code `{}`, advice `{}`.\n\n - {}: ",
            declared.code,
            declared.advice.snake(),
            declared.lang.as_deref().unwrap_or("default")
        );
        push_inline_code(&mut doc, declared.message.declared_text());
        for (lang, template) in &declared.translations {
            let _ = write!(doc, "\n - {lang}: ");
            push_inline_code(&mut doc, template.declared_text());
        }
        Some(doc)
    }
}

fn names(member: &Member, name: &ArgName) -> bool {
    match (member, name) {
        (Member::Named(ident), ArgName::Named(name)) => {
            // `r#type` is named `{r#type}` or `{type}` in a format string.
            let ident = ident.to_string();
            ident == *name || ident.strip_prefix("r#") == Some(name.as_str())
        }
        (Member::Unnamed(index), ArgName::Index(i)) => index.index as usize == *i,
        _ => false,
    }
}

/// Markdown inline code that shows `text` as it is, whatever backticks it holds.
fn push_inline_code(out: &mut String, text: &str) {
    let mut fence = String::from("`");
    while text.contains(fence.as_str()) {
        fence.push('`');
    }
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    for part in [fence.as_str(), pad, text, pad, fence.as_str()] {
        out.push_str(part);
    }
}

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
    } = input;
    let krate = attrs
        .path(KeyId::Crate)
        .cloned()
        .or(invocation_crate)
        .unwrap_or_else(|| quote!(::platform_errors));
    let defaults = Defaults {
        advice: attrs.advice().map(|(advice, _)| advice),
        lang: attrs.str(KeyId::Lang).map(LitStr::value),
    };
    let mut model = Model {
        origin,
        ident,
        vis,
        generics,
        krate,
        category: attrs.take_str(KeyId::Category),
        exhaustive: attrs.span(KeyId::Exhaustive).is_some(),
        cfgs: Vec::new(),
        passthrough: Vec::new(),
        is_struct,
        variants: Vec::new(),
    };
    let shared: Vec<Code> = attrs.codes(KeyId::Shared).to_vec();
    for variant in variants {
        let variant = resolve_variant(&model, variant, &defaults, errors);
        model.variants.push(variant);
    }
    model.cfgs = attrs.cfgs;
    model.passthrough = attrs.passthrough;
    crate::check::check(&model, &shared, errors);
    model
}

struct Defaults {
    advice: Option<Advice>,
    lang: Option<String>,
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
        kind: Kind::Transparent { field: 0 },
    };
    let who = model.describe(&out);
    resolve_sources(&mut out, &who, errors);
    let transparent = attrs.span(KeyId::Transparent);
    let unknown = attrs.span(KeyId::Unknown);
    out.kind = if let Some(span) = transparent {
        if let Some(unknown) = unknown {
            errors.at(
                unknown,
                "a variant is either `transparent` or `unknown`, not both",
            );
        }
        if out.fields.len() != 1 {
            errors.at(
                span,
                format!(
                    "`transparent` needs exactly one field to delegate to, but {who} has {}",
                    out.fields.len()
                ),
            );
        }
        reject_declarations(
            &attrs,
            "a transparent variant delegates its code, message and advice to its field",
            errors,
        );
        Kind::Transparent { field: 0 }
    } else if let Some(span) = unknown {
        reject_declarations(
            &attrs,
            "the catch-all keeps the code and message received, and has no advice",
            errors,
        );
        for field in &out.fields {
            if let Some(span) = field
                .attrs
                .span(KeyId::From)
                .or(field.attrs.span(KeyId::Source))
            {
                errors.at(
                    span,
                    "the catch-all variant's fields cannot be `#[from]` or `#[source]`",
                );
            }
        }
        out.source = None;
        out.from = None;
        catch_all_fields(&out, span, &who, errors)
    } else {
        Kind::Declared(resolve_declared(&out, &mut attrs, defaults, &who, errors))
    };
    out
}

/// The catch-all's code and message fields: by name (`code`, `message`) when it has them,
/// else by type (the `i64` one is the code), in any order.
fn catch_all_fields(variant: &Variant, span: Span, who: &str, errors: &mut Errors) -> Kind {
    let help = format!(
        "the catch-all variant keeps the code and message received: give {who} two fields, an `i64` code and a `String` message, such as `{{ code: i64, message: String }}` or `(i64, String)`"
    );
    if variant.fields.len() != 2 {
        errors.at(span, help);
        return Kind::CatchAll {
            code: 0,
            message: 1,
            span,
        };
    }
    let named = |name: &str| {
        variant
            .fields
            .iter()
            .position(|f| matches!(&f.member, Member::Named(ident) if ident == name))
    };
    let (code, message) = match (named("code"), named("message")) {
        (Some(code), Some(message)) => (code, message),
        _ => match (is_i64(&variant.fields[0].ty), is_i64(&variant.fields[1].ty)) {
            (true, false) => (0, 1),
            (false, true) => (1, 0),
            _ => {
                errors.at(span, help);
                return Kind::CatchAll {
                    code: 0,
                    message: 1,
                    span,
                };
            }
        },
    };
    let code_ty = &variant.fields[code].ty;
    if !is_i64(code_ty) {
        errors.spanned(
            code_ty,
            "the catch-all's code is what the platform sends, an `i64`: declare this field `i64`",
        );
    }
    Kind::CatchAll {
        code,
        message,
        span,
    }
}

/// Whether a type is written `i64` (or a path ending in it, such as `core::primitive::i64`).
fn is_i64(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "i64" && s.arguments.is_none()))
}

fn resolve_declared(
    variant: &Variant,
    attrs: &mut crate::attr::Attrs,
    defaults: &Defaults,
    who: &str,
    errors: &mut Errors,
) -> Declared {
    let code = attrs.code();
    if attrs.span(KeyId::Code).is_none() {
        errors.at(
            variant.span,
            format!("{who} has no code: add `#[code(...)]` with the `errcode` the platform sends, such as `#[code(40001)]`"),
        );
    }
    let written = attrs.span(KeyId::Message).is_some();
    let message = attrs.take_message();
    if !written {
        let thiserror = if variant
            .passthrough
            .iter()
            .any(|a| a.path().is_ident("error"))
        {
            " (`#[error(...)]` is thiserror's attribute; here it is `#[message(...)]`)"
        } else {
            ""
        };
        errors.at(
            variant.span,
            format!("{who} has no message: add `#[message(\"...\")]` with the text to show, such as `#[message(\"invalid token\")]`{thiserror}"),
        );
    }
    let lang = attrs
        .str(KeyId::Lang)
        .map(LitStr::value)
        .or_else(|| defaults.lang.clone());
    let (message, translations) = match message {
        Some(message) => {
            check_placeholders(&message.default, variant, who, errors);
            for (tag, template) in &message.translations {
                check_placeholders(template, variant, who, errors);
                if lang.as_deref().is_some_and(|l| l.eq_ignore_ascii_case(tag)) {
                    errors.spanned(
                        &template.lit,
                        format!(
                            "the default message is already in `{tag}`; remove this translation"
                        ),
                    );
                }
            }
            (message.default, message.translations)
        }
        None => (Template::empty(), Vec::new()),
    };
    Declared {
        code: code.map_or(0, |c| c.value),
        code_span: code.map(|c| c.span),
        message,
        lang,
        translations,
        advice: attrs
            .advice()
            .map(|(advice, _)| advice)
            .or(defaults.advice)
            .unwrap_or_default(),
    }
}

fn reject_declarations(attrs: &crate::attr::Attrs, why: &str, errors: &mut Errors) {
    for (key, name) in [
        (KeyId::Code, "#[code]"),
        (KeyId::Message, "#[message]"),
        (KeyId::Advice, "#[advice]"),
    ] {
        if let Some(span) = attrs.span(key) {
            errors.at(span, format!("remove `{name}`: {why}"));
        }
    }
}

/// `#[source]` and `#[from]`: at most one source, and `#[from]` only on a variant's only
/// field.
fn resolve_sources(variant: &mut Variant, who: &str, errors: &mut Errors) {
    let count = variant.fields.len();
    for (index, field) in variant.fields.iter().enumerate() {
        let from = field.attrs.span(KeyId::From);
        let source = field.attrs.span(KeyId::Source);
        let Some(span) = from.or(source) else {
            continue;
        };
        if variant.source.is_some() {
            errors.at(
                span,
                format!("{who} has more than one source; mark one field `#[source]` or `#[from]`"),
            );
            continue;
        }
        variant.source = Some(index);
        if let Some(span) = from {
            if count > 1 {
                errors.at(
                    span,
                    format!(
                        "`#[from]` builds {who} from this field alone, but it has {count} fields; use `#[source]` instead, or remove the other fields"
                    ),
                );
            } else {
                variant.from = Some(index);
            }
        }
    }
}

fn check_placeholders(template: &Template, variant: &Variant, who: &str, errors: &mut Errors) {
    for arg in template.args() {
        for name in std::iter::once(&arg.name).chain(&arg.spec_refs) {
            if variant.field_named(name).is_none() {
                errors.spanned(
                    &template.lit,
                    format!(
                        "`{{{name}}}` names no field of {who}; {}, or write `{{{{` for a literal brace",
                        field_list(variant)
                    ),
                );
            }
        }
    }
}

fn field_list(variant: &Variant) -> String {
    if variant.fields.is_empty() {
        return "it has no fields".to_owned();
    }
    let mut names = String::from("use one of ");
    for (i, field) in variant.fields.iter().enumerate() {
        if i > 0 {
            names.push_str(", ");
        }
        names.push_str(&match &field.member {
            Member::Named(ident) => format!("`{{{ident}}}`"),
            Member::Unnamed(index) => format!("`{{{}}}`", index.index),
        });
    }
    names
}
