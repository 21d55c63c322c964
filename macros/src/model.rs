//! The typed model the generator reads, built by `resolve`: every variant has its kind, with
//! the type-level defaults (advice, language) already applied. Per-variant facts that need
//! no generator state are methods here.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt as _;
use syn::{Attribute, Generics, Ident, LitStr, Member, Visibility};

use crate::ast::{Field, Origin, Style};
pub(crate) use crate::literal::{CodeKind, CodeValue};
use crate::template::{ArgName, Template};

pub(crate) use crate::advice::Advice;

mod envelope;
pub(crate) use envelope::{EnvelopeSpec, ENVELOPE_MARKERS};

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
    /// `#[platform(no_unsafe)]`: no `unsafe` block in the expansion, whatever the size.
    pub(crate) no_unsafe: bool,
    pub(crate) cfgs: Vec<Attribute>,
    pub(crate) passthrough: Vec<Attribute>,
    pub(crate) is_struct: bool,
    pub(crate) variants: Vec<Variant>,
    /// `#[platform(serde)]`: the type asked for serde impls.
    pub(crate) serde: Option<Span>,
    /// `#[platform(envelope = ...)]`: where `Catalogue::ENVELOPE` comes from.
    pub(crate) envelope: Option<EnvelopeSpec>,
    /// `#[platform(docs = "...{code}")]`.
    pub(crate) docs: Option<String>,
    /// `#[platform(debug)]`: `Debug` as the variant's name.
    pub(crate) debug: bool,
    /// What the type is, planned once when it is resolved ([`Shape::plan`]): the generators
    /// `match` on it rather than asking yes/no questions of the variants.
    pub(crate) shape: Shape,
    /// The type of its codes, `Catalogue::Code`.
    pub(crate) code_type: CodeType,
    /// Where the codes are a member's ([`CodeType::OfMember`]): their kind, when the members
    /// are declared beside it in the same `define_codes!`. `Catalogue::Code` is then written
    /// `i64` or `&str`, without naming a member, whose visibility may be narrower.
    pub(crate) member_kind: Option<CodeKind>,
    /// Variants of a `define_codes!` declaration that did not parse (reported), by name: the
    /// fallback's definition has them, as unit variants, so that their uses add no errors.
    /// With their `#[cfg]`s, so that a twin under another `cfg` is not defined twice.
    /// And their fields, where they parse (a member `T(A, B)` that holds two): a tuple or
    /// braces group, or nothing.
    pub(crate) dropped_names: Vec<(Vec<Attribute>, Ident, proc_macro2::TokenStream)>,
    /// For a `define_codes!` enum with members, the integer codes of the enums declared beside
    /// it that declare codes only, by name (`ast::Input::sibling_codes`).
    pub(crate) sibling_codes: Vec<(String, Vec<i64>)>,
}

/// What a type's codes are, `Catalogue::Code<'a>`: decided by its declared codes (all of one
/// kind), else by its catch-all's code field, else by its first member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodeType {
    /// `i64`.
    Int,
    /// `&'a str`.
    Str,
    /// The codes of the member at this index: `<Member as Catalogue>::Code<'a>` (a
    /// `define_codes!` umbrella of members only, whose catch-all's code is then
    /// `OwnedCode<Member>`).
    OfMember(usize),
}

/// What a type is, for the generators: which impls it gets and how each is built. Planned
/// once, after the variants are resolved; the normal expansion and the fallback beside
/// errors both read the impls from [`Model::impls`], so they emit the same set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A `define_codes!` enum of codes only: variants numbered in declaration order, an
    /// inherent `const` API (`ALL`, `entry`, `as_i64`, `message`) and tables read by the
    /// discriminant.
    DslCatalogue,
    /// A derived enum whose variants are all unit variants with a code: one `match` gives
    /// the code, the message and the entry's index (`__platform_errors_entry`), and
    /// `as_i64` is inherent.
    DerivedCatalogue,
    /// Every variant is built from a code (a unit variant with one, a member with lookup,
    /// the catch-all) or never by lookup (a local variant): the type has lookup, which asks
    /// each part in turn. `received` says how `FromReceived` is had.
    Composite {
        /// Where a received pair that no declared variant matches goes.
        received: Received,
    },
    /// No lookup: a variant with fields and a code of its own, or type parameters.
    General,
}

/// Where `from_received` puts a code no declared variant has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Received {
    /// Nowhere: the type has no `FromReceived`.
    Nowhere,
    /// The catch-all, a variant with a code field and a message field.
    CatchAll,
    /// A one-field `#[platform(unknown)]` variant (at this index) over a type that takes
    /// any code, such as `ApiError<C>`. Decided by the attribute, never by the type's name.
    Member(usize),
}

/// The trait impls of a type, from its [`Shape`]: what both the normal expansion and the
/// fallback emit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct Impls {
    /// `Catalogue`.
    pub(crate) catalogue: bool,
    /// `FromReceived`.
    pub(crate) from_received: bool,
    /// A `define_codes!` enum's own API: `TryFrom<i64>`; for a catalogue also `FromStr` and
    /// `Debug` by name.
    pub(crate) dsl_api: bool,
    /// `Debug` by name, asked with `#[platform(debug)]` on a derived catalogue.
    pub(crate) debug_by_name: bool,
}

impl Shape {
    /// Plans the shape of a resolved model.
    pub(crate) fn plan(model: &Model) -> Shape {
        Shape::plan_with(model, false)
    }

    /// The shape the fallback beside a rejected input stands in for: as [`Shape::plan`], but
    /// where the type has a catch-all or a member that takes any code (it asked for lookup),
    /// a variant with a code written with empty braces or parentheses (reported) counts as
    /// the unit variant it was meant to be, so that uses of `from_code` add no errors.
    pub(crate) fn plan_for_fallback(model: &Model) -> Shape {
        let asked_for_lookup =
            model.catch_all().is_some() || model.variants.iter().any(|v| v.takes_any_code);
        Shape::plan_with(model, asked_for_lookup)
    }

    fn plan_with(model: &Model, empty_braces_as_unit: bool) -> Shape {
        let unit =
            |v: &Variant| v.style == Style::Unit || (empty_braces_as_unit && v.fields.is_empty());
        let catalogue = !model.variants.is_empty()
            && model
                .variants
                .iter()
                .all(|v| v.declared().is_some() && unit(v));
        let lookup = model.generics.params.is_empty()
            && model.variants.iter().all(|v| match v.kind {
                Kind::Declared(_) => unit(v),
                // Lookup never builds a local variant.
                Kind::Transparent { .. } | Kind::CatchAll { .. } | Kind::Local(_) => true,
            });
        match (catalogue, lookup, model.origin) {
            (true, true, Origin::Dsl) => Shape::DslCatalogue,
            (true, true, Origin::Derive) => Shape::DerivedCatalogue,
            (_, true, _) => {
                let received =
                    if let Some(index) = model.variants.iter().position(|v| v.takes_any_code) {
                        Received::Member(index)
                    } else if model.catch_all().is_some() {
                        Received::CatchAll
                    } else {
                        Received::Nowhere
                    };
                Shape::Composite { received }
            }
            (_, false, _) => Shape::General,
        }
    }
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
    /// A field of type `Backtrace`, which `From` captures.
    pub(crate) backtrace: Option<usize>,
    pub(crate) kind: Kind,
    /// Written `#[platform(unknown)]` over one field: the member that takes any code.
    pub(crate) takes_any_code: bool,
    /// An attribute of the variant did not parse: its one error stands alone, and the
    /// checks of the type as a whole pass the variant over.
    pub(crate) malformed: bool,
}

/// What a variant is.
pub(crate) enum Kind {
    /// A code and message of its own.
    Declared(Declared),
    /// An error raised on the caller's side (transport, decoding, a closed client): a
    /// message and advice, and no code.
    Local(Text),
    /// Delegates everything to its one field.
    Transparent { field: usize },
    /// The catch-all: keeps the code and message received, in these fields; `span` is its
    /// `unknown`.
    CatchAll {
        code: usize,
        message: usize,
        span: Span,
        /// Whether its two fields were told apart; when not, that was reported, and nothing
        /// else is checked of them.
        found: bool,
    },
}

/// A declared variant: its code, and its text.
pub(crate) struct Declared {
    pub(crate) code: CodeValue,
    /// Other spellings of a string code (`aliases(...)`), which lookup accepts too.
    pub(crate) aliases: Vec<(String, Span)>,
    /// Where the code is written; `None` when it is missing or did not parse (its value is
    /// then 0, and no other check looks at it).
    pub(crate) code_span: Option<Span>,
    /// Where `#[platform(reason = "...")]` is written, if it is.
    pub(crate) reason_span: Option<Span>,
    pub(crate) text: Text,
}

/// What a declared or local variant says: its messages and advice, defaults applied.
pub(crate) struct Text {
    pub(crate) message: Template,
    /// Extra format arguments of the default message, `.field`s already bound.
    pub(crate) args: Vec<FormatArg>,
    /// The language of `message`, from the variant or the type.
    pub(crate) lang: Option<String>,
    pub(crate) translations: Vec<(String, Template)>,
    pub(crate) advice: Advice,
    /// A declared variant's entry data (`reason`, `http_status`); the default elsewhere.
    pub(crate) entry: crate::entry_data::EntryData,
}

/// An extra format argument, resolved: bound to `binding` in `write!`, its expression with
/// every `.field` replaced by the field's binding.
pub(crate) struct FormatArg {
    pub(crate) binding: Ident,
    /// The expression, in parentheses.
    pub(crate) expr: TokenStream,
    /// The fields the expression reads.
    pub(crate) fields: Vec<usize>,
}

impl Text {
    /// The `(lang, text)` pairs `message_in` answers: the default message in its language
    /// first, then the translations.
    pub(crate) fn languages(&self) -> std::vec::IntoIter<(&str, &str)> {
        // A `Vec`'s iterator rather than an adapter chain: one type of iterator for the
        // compiler to instantiate, whatever the callers do with it.
        let mut pairs = Vec::with_capacity(1 + self.translations.len());
        if let Some(lang) = &self.lang {
            pairs.push((lang.as_str(), self.message.declared_text()));
        }
        for (lang, template) in &self.translations {
            pairs.push((lang.as_str(), template.declared_text()));
        }
        pairs.into_iter()
    }

    pub(crate) fn has_languages(&self) -> bool {
        self.lang.is_some() || !self.translations.is_empty()
    }
}

/// The iterator of [`Model::declared`]: a named type rather than an adapter over a
/// closure, so that the compiler instantiates the adapters its callers use once.
pub(crate) struct DeclaredVariants<'a>(std::slice::Iter<'a, Variant>);

impl<'a> Iterator for DeclaredVariants<'a> {
    type Item = (&'a Variant, &'a Declared);

    fn next(&mut self) -> Option<Self::Item> {
        for variant in &mut self.0 {
            if let Some(declared) = variant.declared() {
                return Some((variant, declared));
            }
        }
        None
    }
}

impl Model {
    /// Whether the type has lookup (`Catalogue`): every shape but [`Shape::General`].
    pub(crate) fn has_lookup(&self) -> bool {
        !matches!(self.shape, Shape::General)
    }

    /// `envelope`, where it names fields nothing reads or writes: the type has no lookup and
    /// no `serde` (an error, which says why there is no lookup).
    pub(crate) fn envelope_in_vain(&self) -> Option<&EnvelopeSpec> {
        self.envelope
            .as_ref()
            .filter(|_| !self.has_lookup() && self.serde.is_none())
    }

    /// The error of a catch-all without the runtime's `alloc` feature.
    pub(crate) fn catch_all_needs_alloc(&self, variant: &Variant) -> String {
        format!(
            "{} is the catch-all: it keeps the code and message received, in a `String`, which needs the `alloc` feature of `platform-errors` (`std`, a default feature, implies it); turn it on, or remove `unknown` and the variant",
            self.describe(variant)
        )
    }

    /// Why a type has no lookup, for an error at a key that needs it: what to change.
    pub(crate) fn no_lookup_reason(&self) -> String {
        if !self.generics.params.is_empty() {
            return "it has generic parameters, and lookup builds values of one concrete type; declare it without them".to_owned();
        }
        match self
            .variants
            .iter()
            .find(|v| matches!(v.kind, Kind::Declared(_)) && v.style != Style::Unit)
        {
            Some(variant) if variant.fields.is_empty() => {
                let (written, unit) = match (self.is_struct, variant.style) {
                    (true, Style::Named) => ("`{}`", "a unit struct (`struct Name;`)"),
                    (true, _) => ("`()`", "a unit struct (`struct Name;`)"),
                    (false, Style::Named) => ("`{}`", "a unit variant (`Name`, without `{}`)"),
                    (false, _) => ("`()`", "a unit variant (`Name`, without `()`)"),
                };
                format!(
                    "{} is written with {written} and no fields, and lookup builds unit values; make it {unit}",
                    self.describe(variant)
                )
            }
            Some(variant) if self.is_struct => format!(
                "{} has a code and fields, which lookup cannot fill; make it a unit struct",
                self.describe(variant)
            ),
            Some(variant) => format!(
                "{} has a code and fields, which lookup cannot fill; make it a unit variant, or `#[platform(local)]`",
                self.describe(variant)
            ),
            None => "its variants must be unit, transparent, local or the catch-all".to_owned(),
        }
    }

    /// The trait impls the type gets, normal expansion and fallback alike.
    pub(crate) fn impls(&self) -> Impls {
        let (catalogue, from_received) = match self.shape {
            Shape::DslCatalogue | Shape::DerivedCatalogue => (true, false),
            Shape::Composite { received } => (true, received != Received::Nowhere),
            Shape::General => (false, false),
        };
        Impls {
            catalogue,
            from_received,
            dsl_api: catalogue && self.origin == Origin::Dsl,
            debug_by_name: self.debug && self.shape == Shape::DerivedCatalogue,
        }
    }

    pub(crate) fn catch_all(&self) -> Option<&Variant> {
        self.variants
            .iter()
            .find(|v| matches!(v.kind, Kind::CatchAll { .. }))
    }

    /// The index of the member that takes any code (`#[platform(unknown)]` over an
    /// `ApiError<C>` or a type with a catch-all), where the type's shape has one.
    pub(crate) fn any_code_member(&self) -> Option<usize> {
        match self.shape {
            Shape::Composite {
                received: Received::Member(index),
            } => Some(index),
            _ => None,
        }
    }

    /// Whether every `(code, message)` pair maps to a value: a catch-all, or a member that
    /// takes any code.
    pub(crate) fn has_response(&self) -> bool {
        self.impls().from_received
    }

    pub(crate) fn has_transparent(&self) -> bool {
        self.variants.iter().any(|v| v.transparent().is_some())
    }

    /// The variants with a declared code, with their declarations, in order.
    pub(crate) fn declared(&self) -> DeclaredVariants<'_> {
        DeclaredVariants(self.variants.iter())
    }

    /// A DSL catalogue ([`Shape::DslCatalogue`]).
    pub(crate) fn is_dsl_catalogue(&self) -> bool {
        self.shape == Shape::DslCatalogue
    }

    /// A derived catalogue ([`Shape::DerivedCatalogue`]).
    pub(crate) fn is_derived_catalogue(&self) -> bool {
        self.shape == Shape::DerivedCatalogue
    }

    /// The name of a catalogue's list of variants: `ALL`, or `ALL_VARIANTS` when a variant
    /// is named `ALL` (a variant shadows an associated constant of its name).
    pub(crate) fn all_name(&self) -> Ident {
        // `ALL`, else `ALL_VARIANTS`, else `ALL_VARIANTS_`, `ALL_VARIANTS__`, ...: the first
        // that no variant takes. Called once per expansion (`Gen` keeps it), in one pass
        // over the names (as strings: comparing an `Ident` with a `&str` formats the
        // identifier).
        let mut all_taken = false;
        // `suffix_taken[n]`: a variant is named `ALL_VARIANTS` and `n` underscores.
        let mut suffix_taken: Vec<bool> = Vec::new();
        for variant in &self.variants {
            let Some(ident) = &variant.ident else {
                continue;
            };
            let name = ident.unraw().to_string();
            if name == "ALL" {
                all_taken = true;
            } else if let Some(suffix) = name.strip_prefix("ALL_VARIANTS") {
                if suffix.trim_start_matches('_').is_empty() {
                    if suffix_taken.len() <= suffix.len() {
                        suffix_taken.resize(suffix.len() + 1, false);
                    }
                    suffix_taken[suffix.len()] = true;
                }
            }
        }
        let mut name = String::from("ALL");
        if all_taken {
            name = String::from("ALL_VARIANTS");
            for taken in suffix_taken {
                if !taken {
                    break;
                }
                name.push('_');
            }
        }
        Ident::new(&name, Span::call_site())
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

    /// The text of a declared or local variant.
    pub(crate) fn text(&self) -> Option<&Text> {
        match &self.kind {
            Kind::Declared(declared) => Some(&declared.text),
            Kind::Local(text) => Some(text),
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

    /// The variant's name as a user reads it: `type` for `r#type` (in `Debug`, `FromStr`,
    /// the entry and its reason).
    pub(crate) fn name(&self) -> String {
        self.ident
            .as_ref()
            .map_or_else(String::new, |ident| ident.unraw().to_string())
    }

    /// The field a placeholder names.
    pub(crate) fn field_named(&self, name: &ArgName) -> Option<&Field> {
        self.fields.iter().find(|field| names(&field.member, name))
    }

    /// The fields a template names, in placeholders and in `width$` references, in order of
    /// first use; not a field that a named argument of its name shows instead (`name =
    /// .name.trim()`, as in `format!`).
    pub(crate) fn fields_named_by(&self, template: &Template, args: &[FormatArg]) -> Vec<&Field> {
        let mut fields: Vec<&Field> = Vec::new();
        for arg in template.args() {
            for name in std::iter::once(&arg.name).chain(&arg.spec_refs) {
                if args.iter().any(|extra| extra.binding == name.binding()) {
                    continue;
                }
                if let Some(field) = self.field_named(name) {
                    if !fields.iter().any(|f| f.member == field.member) {
                        fields.push(field);
                    }
                }
            }
        }
        fields
    }

    /// The index of the field a placeholder names.
    pub(crate) fn field_index(&self, name: &ArgName) -> Option<usize> {
        self.fields
            .iter()
            .position(|field| names(&field.member, name))
    }

    /// Doc lines that show a declared variant's code, messages and advice in rustdoc.
    pub(crate) fn doc_summary(&self) -> Option<String> {
        use std::fmt::Write as _;
        let declared = self.declared()?;
        let text = &declared.text;
        // Written into one string: this runs once per variant of catalogues of thousands.
        let mut doc = String::new();
        if self.passthrough.iter().any(|a| a.path().is_ident("doc")) {
            doc.push('\n');
        }
        let _ = write!(doc, " Code `{}`", declared.code);
        for (index, (alias, _)) in declared.aliases.iter().enumerate() {
            doc.push_str(if index == 0 { " (also sent as " } else { ", " });
            let _ = write!(doc, "`{alias:?}`");
        }
        if !declared.aliases.is_empty() {
            doc.push(')');
        }
        let _ = write!(
            doc,
            ", advice `{}`.\n\n - {}: ",
            text.advice.snake(),
            text.lang.as_deref().unwrap_or("default")
        );
        push_inline_code(&mut doc, text.message.declared_text());
        for (lang, template) in &text.translations {
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

/// The identifier a field is bound to in generated patterns: `__field_name` (`r#type` is
/// `__field_type`), or `__0` for a tuple field. Never a name the generated code uses for
/// itself, so that fields named `lang`, `f`, `formatter`, `code` or `message` are bound like
/// any other. `Template::format_string` names placeholders the same way.
pub(crate) fn binding(member: &Member) -> Ident {
    match member {
        Member::Named(ident) => {
            let name = ident.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name);
            Ident::new(
                &format!("__field_{name}"),
                Span::call_site().located_at(ident.span()),
            )
        }
        Member::Unnamed(index) => Ident::new(
            &format!("__{}", index.index),
            Span::call_site().located_at(index.span),
        ),
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
