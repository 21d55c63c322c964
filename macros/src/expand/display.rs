//! `Display`: the declared message with its placeholders filled in from the fields; the
//! received message for the catch-all; the field's own `Display` for a transparent variant.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, TokenStreamExt as _};
use syn::{LitStr, Member, WherePredicate};

use super::{append_arm, append_unit_path, binding, Concat, Gen};
use crate::ast::Field;
use crate::model::{Declared, Kind, Variant};

/// From this many variants a derived catalogue's `Display` finds the variant's index with a
/// `match` of its own (see `Gen::derived_messages`).
const MIN_VARIANTS_FOR_OWN_INDEX: usize = 2048;

impl Gen<'_> {
    pub(super) fn impl_display(&self) -> TokenStream {
        let mut bounds: Vec<WherePredicate> = Vec::new();
        let constant = self
            .variants()
            .iter()
            .all(|v| v.text().is_some_and(|text| !text.message.has_args()));
        let mut messages_table = TokenStream::new();
        let body = if let Some((table, message)) = self.derived_messages() {
            messages_table = table;
            quote!(__formatter.write_str(#message))
        } else if let Some(message) = self.catalogue_message().filter(|_| constant) {
            // A catalogue's declared messages as they are; one with format arguments fills
            // them in below (only the derive takes them).
            quote!(__formatter.write_str(#message))
        } else if constant && !self.variants().is_empty() {
            // One table lookup and one `write_str`, as a hand-written impl would do.
            let arms = self.variants().iter().map(|variant| {
                let text = variant.text().map(|text| text.message.declared_literal());
                Self::constant_arm(variant, &quote!(#text))
            });
            quote!(__formatter.write_str(match self { #(#arms)* }))
        } else {
            self.match_self(&mut |variant| self.display_arm(variant, &mut bounds))
        };
        let mut out = self.impl_fmt(&quote!(::core::fmt::Display), &bounds, &body);
        out.extend(messages_table);
        out
    }

    /// Whether a derived catalogue reads its messages from a table of its own,
    /// `__PLATFORM_ERRORS_MESSAGES` (see [`Gen::derived_messages`]): a catalogue with
    /// variants, no `#[cfg]` on any, and no message with format arguments (`"limit {n}", n =
    /// 5`), which `Display` fills in.
    pub(super) fn has_derived_messages(&self) -> bool {
        self.model.is_derived_catalogue()
            && !self.variants().is_empty()
            && self.variants().iter().all(|variant| {
                variant.cfgs.is_empty()
                    && variant.text().is_none_or(|text| !text.message.has_args())
            })
    }

    /// A derived catalogue's `Display` without `#[cfg]`s on its variants: a table of the
    /// messages, 16 bytes a variant, filled at compile time from the entries (no message is
    /// written twice in the expansion), read at the variant's index in declaration order,
    /// which LLVM computes as the discriminant itself for variants numbered in declaration
    /// order. Read from the `match` of `as_i64` as well, the message compiled to two tables
    /// (the messages' addresses and their lengths: one cache miss each in random order;
    /// 1.03–1.08× a hand-written `Display` at 5,000 codes). The index is the one that
    /// `match` gives; from [`MIN_VARIANTS_FOR_OWN_INDEX`] variants, where LLVM no longer
    /// inlines that `match` (seen in the benchmark's 5,000-code catalogue: a call, its
    /// tuple through memory), a `match` of its own, always inlined. Below, that second
    /// `match` would cost `cargo check` time for nothing (a 1,000-code derive is near its
    /// limit of 1.30× hand-written code). The impl block, and the expression that reads the
    /// table.
    fn derived_messages(&self) -> Option<(TokenStream, TokenStream)> {
        if !self.has_derived_messages() {
            return None;
        }
        let krate = self.krate;
        let len = self.variants().len();
        let mut arms = TokenStream::new();
        for (index, variant) in self
            .variants()
            .iter()
            .enumerate()
            .take_while(|_| len >= MIN_VARIANTS_FOR_OWN_INDEX)
        {
            append_arm(
                &mut arms,
                variant,
                |out| append_unit_path(out, variant),
                |out| out.append(Literal::usize_unsuffixed(index)),
            );
        }
        // The literals themselves where the entry table reads this constant as its
        // messages column (`Gen::shares_messages`); otherwise copied from the entries.
        let messages = if self.shares_messages() {
            self.messages_column()
        } else {
            quote!(&{
                let __entries = <Self as #krate::Catalogue>::ENTRIES;
                let mut __table = [""; #len];
                let mut __index = 0;
                while __index < #len {
                    __table[__index] = __entries[__index].message();
                    __index += 1;
                }
                __table
            })
        };
        let header = self.inherent_header();
        let mut table = quote! {
            #header {
                /// The declared messages, in declaration order.
                #[doc(hidden)]
                #[allow(clippy::large_stack_arrays)]
                const __PLATFORM_ERRORS_MESSAGES: &'static [&'static ::core::primitive::str; #len] = #messages;

            }
        };
        let (index_fn, index) = if arms.is_empty() {
            (
                TokenStream::new(),
                quote!(Self::__platform_errors_entry(self).2),
            )
        } else {
            (
                quote! {
                    #header {
                        /// The variant's place in declaration order.
                        #[doc(hidden)]
                        #[inline(always)]
                        const fn __platform_errors_index(&self) -> ::core::primitive::usize {
                            match self { #arms }
                        }
                    }
                },
                quote!(Self::__platform_errors_index(self)),
            )
        };
        table.extend(index_fn);
        let message = quote!(Self::__PLATFORM_ERRORS_MESSAGES[#index]);
        Some((table, message))
    }

    fn display_arm(&self, variant: &Variant, bounds: &mut Vec<WherePredicate>) -> TokenStream {
        let display = quote!(::core::fmt::Display);
        match &variant.kind {
            Kind::Transparent { field } => {
                let field = &variant.fields[*field];
                self.bound(&field.ty, display.clone(), bounds);
                Self::delegating_arm(variant, field, &display, "fmt", &quote!(, __formatter))
            }
            Kind::CatchAll { message, .. } => Self::field_arm(
                variant,
                &variant.fields[*message],
                &|b| quote!(__formatter.write_str(::core::convert::AsRef::<::core::primitive::str>::as_ref(#b))),
            ),
            Kind::Declared(Declared { text, .. }) | Kind::Local(text) => {
                let template = &text.message;
                if !template.has_args() {
                    let text = template.declared_literal();
                    return Self::constant_arm(variant, &quote!(__formatter.write_str(#text)));
                }
                for arg in template.args() {
                    let shadowed = text
                        .args
                        .iter()
                        .any(|extra| extra.binding == arg.name.binding());
                    if let Some(field) = variant.field_named(&arg.name).filter(|_| !shadowed) {
                        self.bound(&field.ty, format_trait(&arg.spec), bounds);
                    }
                    // A width or precision taken from a field is a `usize`: no bound.
                }
                // The extra arguments the message shows, or takes a width or precision
                // from: a named one only a translation shows is left out, which `write!`
                // would refuse as never used.
                let mut extras = Vec::with_capacity(text.args.len());
                for extra in &text.args {
                    if template.shows(&extra.binding) {
                        extras.push(extra);
                    }
                }
                // The fields the format string names, then those only the extra arguments
                // read.
                let named = variant.fields_named_by(template, &text.args);
                let mut used: Vec<&Field> = named.clone();
                for extra in &extras {
                    for &index in &extra.fields {
                        let field = &variant.fields[index];
                        if !used.iter().any(|f| f.member == field.member) {
                            used.push(field);
                        }
                    }
                }
                let mut members: Vec<&Member> = Vec::with_capacity(used.len());
                for field in &used {
                    members.push(&field.member);
                }
                let cfgs = Concat(&variant.cfgs);
                let pat = Self::pattern_binding(variant, &members);
                let format = LitStr::new(&template.format_string(), template.span());
                let mut args: Vec<TokenStream> = Vec::with_capacity(named.len());
                for field in &named {
                    let b = binding(&field.member);
                    args.push(quote!(#b = #b));
                }
                for extra in &extras {
                    let (b, expr) = (&extra.binding, &extra.expr);
                    args.push(quote!(#b = #expr));
                }
                quote!(#cfgs #pat => ::core::write!(__formatter, #format #(, #args)*),)
            }
        }
    }
}

/// The formatting trait a spec asks of its argument: the last character of the spec, once
/// any width or precision taken from an argument (`x$`, `.prec$`) is set aside.
fn format_trait(spec: &str) -> TokenStream {
    let name = match spec_type(spec) {
        "?" | "#?" | "x?" | "X?" => "Debug",
        "x" => "LowerHex",
        "X" => "UpperHex",
        "o" => "Octal",
        "b" => "Binary",
        "e" => "LowerExp",
        "E" => "UpperExp",
        "p" => "Pointer",
        _ => "Display",
    };
    let name = Ident::new(name, Span::call_site());
    quote!(::core::fmt::#name)
}

/// The type of a format spec (`?`, `x`, `p`, or `""` for `Display`): what follows the fill,
/// alignment, sign, `#`, `0`, width and precision.
fn spec_type(spec: &str) -> &str {
    // The fill may be any character, and is followed by an alignment.
    let mut rest = spec;
    let mut chars = rest.char_indices();
    if let (Some(_), Some((i, c))) = (chars.next(), chars.next()) {
        if matches!(c, '<' | '^' | '>') {
            rest = &rest[i + c.len_utf8()..];
        }
    }
    let rest = rest.trim_start_matches(['<', '^', '>']);
    let rest = rest.trim_start_matches(['+', '-']);
    let rest = rest.strip_prefix('#').unwrap_or(rest);
    let rest = rest.strip_prefix('0').unwrap_or(rest);
    // Width: digits, or an argument name followed by `$`.
    let rest = skip_count(rest);
    let rest = match rest.strip_prefix('.') {
        Some(precision) => skip_count(precision.strip_prefix('*').unwrap_or(precision)),
        None => rest,
    };
    rest
}

/// Skips a count: digits, or an identifier or index followed by `$`.
fn skip_count(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    if s[end..].starts_with('$') {
        return &s[end + 1..];
    }
    s.trim_start_matches(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::spec_type;

    #[test]
    fn spec_types() {
        for (spec, ty) in [
            ("", ""),
            ("?", "?"),
            (":>4", ""),
            (">x$", ""),
            ("p", "p"),
            ("#x", "x"),
            ("08.3", ""),
            (".prec$", ""),
            ("x>10", ""),
            ("*^+#012.5e", "e"),
            ("#?", "?"),
            ("x>x$x", "x"),
        ] {
            assert_eq!(spec_type(spec), ty, "spec {spec:?}");
        }
    }
}
