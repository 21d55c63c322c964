//! Message strings: `"org name {name:?} exists"`, parsed into text and placeholders.

use proc_macro2::{Literal, Span};

use crate::errors::Errors;

/// A declared message, as written and as parsed.
pub(crate) struct Template {
    /// The string literal as written.
    pub(crate) lit: Literal,
    /// The literal's value, escapes resolved.
    value: String,
    /// Whether the literal is a plain `"..."` whose value is the declared text as written:
    /// no escapes, no braces. Such a literal is emitted again as it is.
    plain: bool,
    pub(crate) pieces: Vec<Piece>,
    /// Whether the template did not parse (reported): its placeholders are unknown, so
    /// what else is checked against them (the arguments after it) would only repeat that.
    pub(crate) broken: bool,
}

pub(crate) enum Piece {
    Text(String),
    Arg(Arg),
}

pub(crate) struct Arg {
    pub(crate) name: ArgName,
    pub(crate) spec: String,
    /// Fields named inside the spec as `width$`.
    pub(crate) spec_refs: Vec<ArgName>,
}

#[derive(Clone, PartialEq, Eq)]
pub(crate) enum ArgName {
    Named(String),
    Index(usize),
    /// `{}`: the next of the extra arguments written after the message, as in
    /// `#[message("{} items", .items.len())]`.
    Next(usize),
}

impl std::fmt::Display for ArgName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArgName::Named(name) => f.write_str(name),
            ArgName::Index(index) => write!(f, "{index}"),
            ArgName::Next(_) => Ok(()),
        }
    }
}

impl ArgName {
    /// The identifier the generated code binds the field to (see `expand::binding`).
    pub(crate) fn binding(&self) -> String {
        match self {
            ArgName::Named(name) => format!("__field_{name}"),
            ArgName::Index(index) => format!("__{index}"),
            ArgName::Next(index) => format!("__arg{index}"),
        }
    }
}

/// The iterator of [`Template::args`]: a named type rather than an adapter over a closure,
/// so that the compiler instantiates the adapters its callers use once.
pub(crate) struct Args<'a>(std::slice::Iter<'a, Piece>);

impl<'a> Iterator for Args<'a> {
    type Item = &'a Arg;

    fn next(&mut self) -> Option<&'a Arg> {
        for piece in &mut self.0 {
            if let Piece::Arg(arg) = piece {
                return Some(arg);
            }
        }
        None
    }
}

impl Template {
    /// Parses a string literal's value; `plain` says the literal is a `"..."` with no escapes.
    pub(crate) fn parse(lit: Literal, value: String, plain: bool, errors: &mut Errors) -> Template {
        if !plain {
            // A plain literal has none; another may (`"text"suffix`), which nothing reads.
            if let Some(suffix) = string_suffix(&lit) {
                errors.spanned(
                    &lit,
                    format!("remove the `{suffix}` suffix: a message is a plain string literal"),
                );
            }
        }
        if !value.as_bytes().iter().any(|&b| b == b'{' || b == b'}') {
            // Most messages: no placeholder, nothing to scan.
            let pieces = if value.is_empty() {
                Vec::new()
            } else {
                vec![Piece::Text(value.clone())]
            };
            return Template {
                lit,
                value,
                plain,
                pieces,
                broken: false,
            };
        }
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut next = 0;
        let mut chars = value.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|&(_, c)| c) == Some('{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek().map(|&(_, c)| c) == Some('}') => {
                    chars.next();
                    text.push('}');
                }
                '}' => {
                    errors.spanned(
                        &lit,
                        "unmatched `}` in message; write `}}` for a literal brace",
                    );
                    return Template::literal(lit, value);
                }
                '{' => {
                    let mut inner = String::new();
                    let mut closed = false;
                    for (_, c) in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        inner.push(c);
                    }
                    if !closed {
                        errors.spanned(
                            &lit,
                            "unmatched `{` in message; close the placeholder with `}`, or write `{{` for a literal brace",
                        );
                        return Template::literal(lit, value);
                    }
                    match parse_arg(&inner, &mut next) {
                        Ok(arg) => {
                            if !text.is_empty() {
                                pieces.push(Piece::Text(std::mem::take(&mut text)));
                            }
                            pieces.push(Piece::Arg(arg));
                        }
                        Err(message) => {
                            errors.spanned(&lit, message);
                            return Template::literal(lit, value);
                        }
                    }
                }
                c => text.push(c),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Template {
            lit,
            value,
            plain: false,
            pieces,
            broken: false,
        }
    }

    /// A template holding `value` as plain text: used after a parse error.
    fn literal(lit: Literal, value: String) -> Template {
        Template {
            lit,
            pieces: vec![Piece::Text(value.clone())],
            value,
            plain: false,
            broken: true,
        }
    }

    /// No message: what a declared variant holds when its `#[message]` is missing (the
    /// model is then only used for the fallback beside the errors).
    pub(crate) fn empty() -> Template {
        Template {
            lit: Literal::string(""),
            value: String::new(),
            plain: true,
            pieces: Vec::new(),
            broken: false,
        }
    }

    pub(crate) fn span(&self) -> Span {
        self.lit.span()
    }

    pub(crate) fn args(&self) -> Args<'_> {
        Args(self.pieces.iter())
    }

    pub(crate) fn has_args(&self) -> bool {
        self.args().next().is_some()
    }

    /// Whether the template shows the extra argument bound to `binding`, as a placeholder or
    /// as a width or precision (`{0:>w$}`): an argument it does not show is not given to its
    /// `write!`, which would refuse it as never used.
    pub(crate) fn shows(&self, binding: &proc_macro2::Ident) -> bool {
        self.args().any(|arg| {
            std::iter::once(&arg.name)
                .chain(&arg.spec_refs)
                .any(|name| *binding == name.binding())
        })
    }

    /// The message with escapes resolved, for a message without placeholders; the string
    /// as written, for a template.
    pub(crate) fn declared_text(&self) -> &str {
        match self.pieces.as_slice() {
            [] => "",
            [Piece::Text(text)] => text,
            _ => &self.value,
        }
    }

    /// The declared text as a string literal token: the literal as written when it is
    /// plain (no escaping to redo), a new one otherwise. Spanned at the macro call, as
    /// all generated code is.
    pub(crate) fn declared_literal(&self) -> Literal {
        let mut literal = if self.plain {
            self.lit.clone()
        } else {
            Literal::string(self.declared_text())
        };
        literal.set_span(Span::call_site());
        literal
    }

    /// The format string for `write!`, with each placeholder renamed to its binding.
    pub(crate) fn format_string(&self) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => {
                    // Braces doubled, as the format string reads them.
                    for c in text.chars() {
                        if c == '{' || c == '}' {
                            out.push(c);
                        }
                        out.push(c);
                    }
                }
                Piece::Arg(arg) => {
                    out.push('{');
                    out.push_str(&arg.name.binding());
                    if !arg.spec.is_empty() {
                        out.push(':');
                        out.push_str(&rename_spec_refs(&arg.spec));
                    }
                    out.push('}');
                }
            }
        }
        out
    }
}

/// The suffix of a string literal (`"text"suffix`), if it has one. Its token ends with its
/// closing quote, or a raw string's `#`, when it has none.
fn string_suffix(lit: &Literal) -> Option<String> {
    let repr = lit.to_string();
    if repr.ends_with('"') || repr.ends_with('#') {
        return None;
    }
    match syn::Lit::new(lit.clone()) {
        syn::Lit::Str(lit) if !lit.suffix().is_empty() => Some(lit.suffix().to_owned()),
        _ => None,
    }
}

fn parse_arg(inner: &str, next: &mut usize) -> Result<Arg, String> {
    let (name, spec) = match inner.split_once(':') {
        Some((name, spec)) => (name.trim(), spec),
        None => (inner.trim(), ""),
    };
    let name = if name.is_empty() {
        *next += 1;
        ArgName::Next(*next - 1)
    } else if name.bytes().all(|b| b.is_ascii_digit()) {
        ArgName::Index(
            name.parse()
                .map_err(|_| format!("field index `{name}` is too large"))?,
        )
    } else if is_identifier(name) {
        ArgName::Named(name.strip_prefix("r#").unwrap_or(name).to_owned())
    } else {
        return Err(format!(
            "`{{{inner}}}` is not a placeholder (a field's name or index, as in `{{field}}` or `{{0}}`): write `{{{{` and `}}}}` for literal braces"
        ));
    };
    if has_star_precision(spec) {
        return Err(
            "`.*` precision is not supported in messages; name the field that holds it, as in `{value:.prec$}`"
                .to_owned(),
        );
    }
    // Checked here, where the error can point at the message: rustc would check the
    // rewritten format string, and point elsewhere.
    let format_trait = format_trait(spec);
    if !matches!(
        format_trait,
        "" | "?" | "x?" | "X?" | "x" | "X" | "o" | "b" | "e" | "E" | "p"
    ) {
        return Err(format!(
            "unknown format trait `{format_trait}` in `{{{inner}}}`: use one of `?`, `x`, `X`, `o`, `b`, `e`, `E`, `p`, or none for `Display`; or write `{{{{` and `}}}}` for literal braces"
        ));
    }
    Ok(Arg {
        name,
        spec_refs: spec_refs(spec),
        spec: spec.to_owned(),
    })
}

/// Whether a format spec takes its precision from an argument (`.*`), which a message
/// cannot pass: after the fill and alignment, since `*` (or `.`) may be the fill
/// (`{name:*<8}`, `{name:.>8}`).
fn has_star_precision(spec: &str) -> bool {
    after_fill_and_align(spec).contains(".*")
}

/// A spec without its fill and alignment (`*<8` is `8`, `>8` is `8`): a fill may be any
/// character, `*` and `.` among them.
fn after_fill_and_align(spec: &str) -> &str {
    let mut chars = spec.chars();
    match (chars.next(), chars.next()) {
        (Some(_), Some('<' | '^' | '>')) => chars.as_str(),
        (Some('<' | '^' | '>'), _) => &spec[1..],
        _ => spec,
    }
}

/// The format trait at the end of a spec (`?` of `{name:>8?}`, `x` of `{0:#010x}`): what
/// follows the fill and alignment, the sign, `#`, `0`, the width and the precision.
fn format_trait(spec: &str) -> &str {
    let rest = after_fill_and_align(spec);
    // A width or precision named `name$`: the trait follows the last `$`.
    let rest = rest.rfind('$').map_or(rest, |dollar| &rest[dollar + 1..]);
    // Whitespace after the spec is allowed, as `format!` allows it (`{x:? }`).
    rest.trim_end()
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '#' | '.'))
}

fn is_identifier(s: &str) -> bool {
    let s = s.strip_prefix("r#").unwrap_or(s);
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
        && s != "_"
}

/// The `name$` and `0$` references in a format spec.
fn spec_refs(spec: &str) -> Vec<ArgName> {
    let mut refs = Vec::new();
    for (dollar, _) in spec.match_indices('$') {
        let head = &spec[..dollar];
        let start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let name = &head[start..];
        if name.is_empty() {
            continue;
        }
        refs.push(match name.parse() {
            Ok(index) => ArgName::Index(index),
            Err(_) => ArgName::Named(name.to_owned()),
        });
    }
    refs
}

/// Rewrites the `name$` and `0$` references in a spec to their bindings (`__field_name$`,
/// `__0$`).
fn rename_spec_refs(spec: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in spec.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        if c == '$' && !word.is_empty() {
            out.push_str(&match word.parse::<usize>() {
                Ok(index) => ArgName::Index(index).binding(),
                Err(_) => ArgName::Named(std::mem::take(&mut word)).binding(),
            });
            word.clear();
        }
        out.push_str(&word);
        word.clear();
        out.push(c);
    }
    out.push_str(&word);
    out
}

/// Checks a `docs` template (`"https://example.com/errors/{code}"`), as the runtime's
/// `DocsUrl` fills it: `{code}` is its one placeholder, and `{{` and `}}` are literal braces,
/// as in messages. A template without `{code}` is one link for every entry. `Err` says what
/// is wrong, for an error at the literal.
pub(crate) fn check_docs(template: &str) -> Result<(), String> {
    const HOW: &str = "the one placeholder of `docs` is `{code}`, the entry's code; write `{{` and `}}` for literal braces";
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' | '}' if chars.peek() == Some(&c) => {
                chars.next();
            }
            '{' => {
                let mut inner = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    inner.push(c);
                }
                if !closed {
                    return Err(format!("unmatched `{{` in `docs`: {HOW}"));
                }
                if inner != "code" {
                    return Err(format!(
                        "`{{{inner}}}` is not a placeholder of `docs`: {HOW}"
                    ));
                }
            }
            '}' => return Err(format!("unmatched `}}` in `docs`: {HOW}")),
            _ => {}
        }
    }
    Ok(())
}
