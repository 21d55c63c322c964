//! Fuzzes both macros on `proc_macro2` tokens: valid inputs mutated by deleting,
//! duplicating, swapping and replacing tokens and groups, and random token trees. No input
//! may panic, every error must point inside the input, and no faulty attribute gets more
//! than one error: in an attribute's arguments, each comma-separated part (a key of
//! `#[platform(...)]`, a message's text, a translation, an argument) is one place where
//! one mistake is made and reported, and the attribute's name another.
//!
//! The fast run (100,000 cases) is part of `cargo test`; `PLATFORM_ERRORS_FUZZ_CASES=N`
//! runs N cases, and `PLATFORM_ERRORS_FUZZ_SEED=S` starts from another seed. Inputs that
//! once broke something are kept in `fuzz_corpus/` and run first.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;
use std::time::{Duration, Instant};

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// Valid inputs for the derive.
const DERIVE_SEEDS: &[&str] = &[
    r#"
    #[platform(category = "org", shared(40100), lang = "en")]
    #[advice(fix_request)]
    pub enum OrgError<'a, T> {
        #[code(46306)]
        #[message("org is not exists", zh = "组织不存在")]
        NotExists,
        #[code(40299)]
        #[message("org name {name:?} exists in this parent node {{ok}}")]
        NameTaken { name: &'a str, value: T },
        #[code(-45001)]
        #[message("org grade is over {0:>4} {1:.2$}", zh = "等级超过 {0} {1:.2$}")]
        #[advice(retry)]
        TooDeep(u8, f64, usize),
        #[code(40100)]
        #[message("invalid param")]
        BadNumber { #[source] cause: std::num::ParseIntError },
        #[code(40100)]
        #[message("{} is required", .field)]
        #[platform(reason = "REQUIRED", http_status = 400)]
        Required { field: &'static str },
        #[platform(transparent)]
        Token(#[from] TokenError),
        #[platform(unknown)]
        Other { code: i64, message: String },
    }
    "#,
    r#"
    #[code(9223372036854775807)]
    #[message("{field} is required")]
    #[platform(crate = ::my::errs, category = "x")]
    struct Required { #[from] field: Box<str> }
    "#,
    r#"
    #[platform(transparent)]
    struct Wrapped(Inner);
    "#,
    r#"
    enum Loose {
        #[code(-9223372036854775808)]
        #[message("系统繁忙.")]
        Busy,
        #[platform(unknown)]
        Other(i64, String),
    }
    "#,
    r#"
    #[platform(shared("ORDER_ERROR"))]
    enum Pay {
        #[code("PARAM_ERROR")]
        #[platform(aliases("PARAMERROR", "param.error"), http_status = 400)]
        #[message("参数错误")]
        Param,
        #[code("ORDER_ERROR")]
        #[message("closed")]
        Closed,
        #[code("ORDER_ERROR")]
        #[message("missing")]
        Missing,
        #[platform(unknown)]
        Other { code: String, message: String },
    }
    "#,
];

/// Valid inputs for `define_codes!`.
const DSL_SEEDS: &[&str] = &[
    // A catch-all under a `#[cfg]`: the umbrella is generated with it and without it.
    r#"
    pub enum Plain { A = 1 => "a", }
    pub enum Gated {
        Plain(Plain),
        #[cfg(feature = "alloc")]
        #[platform(unknown)]
        Unknown,
    }
    "#,
    r#"
    #![platform(crate = crate)]
    /// Token errors.
    #[platform(category = "token", lang = "en")]
    pub enum TokenError {
        #[advice(reauthenticate)]
        Unauthenticated = 40401 => "app_id or app_secret is unauthenticated",
        /// Docs.
        #[advice(refresh_token)]
        InvalidToken = 40402 => ("invalid token", zh = "无效的 token",),
        #[cfg(any())]
        Gone = -1 => "gone {{braces}}",
    }

    #[platform(category = "param", shared(40100), exhaustive)]
    pub(crate) enum ParamError {
        InvalidParam = 40100 => "invalid param",
        AppIdRequired = 40100 => "app_id is required",
    }

    pub enum AnyError {
        Token(TokenError),
        Param(crate::ParamError),
        #[platform(unknown)]
        Unknown,
    }
    "#,
    r#"
    pub enum PayError {
        #[platform(aliases("SYSTEMERROR"))]
        SystemError = "SYSTEM_ERROR" => "系统错误",
        QpsLimit = "Forbidden.AccessDenied.QpsLimitForApi" => ("QPS", zh = "限流"),
    }

    pub enum PayAnswer {
        Pay(PayError),
        #[platform(unknown)]
        Unknown,
    }
    "#,
    r#"
    enum Edge {
        Min = -9223372036854775808 => "min",
        Max = 9223372036854775807i64 => ("max", "zh-Hant" = "最大"),
    }
    "#,
];

/// Tokens the mutator puts in: what the macros look for, and what breaks them.
const VOCABULARY: &[&str] = &[
    "code",
    "message",
    "advice",
    "platform",
    "transparent",
    "unknown",
    "shared",
    "aliases",
    "category",
    "crate",
    "lang",
    "exhaustive",
    "from",
    "source",
    "enum",
    "struct",
    "union",
    "pub",
    "cfg",
    "doc",
    "Self",
    "self",
    "r#type",
    "_",
    "retry",
    "none",
    "=",
    "=>",
    ",",
    ";",
    "#",
    "!",
    "-",
    ":",
    "::",
    "<",
    ">",
    "'a",
    "?",
    "+",
    "*",
    "$",
    "40001",
    "-1",
    "0",
    "1.5",
    "1u8",
    "99999999999999999999999",
    "-9223372036854775808",
    "9223372036854775808",
    "0x9C41",
    "\"msg\"",
    "\"PARAM_ERROR\"",
    "\"\"s",
    "\"{x}\"",
    "\"{\"",
    "\"}\"",
    "\"{0}\"",
    "\"{:?}\"",
    "\"{name:.prec$}\"",
    "\"{é:?}\"",
    "\"{0:>1$}\"",
    "\"\"",
    "r\"raw {x}\"",
    "b\"bytes\"",
    "'c'",
    "i64",
    "String",
    "T",
    "crate",
    "super",
];

/// Identifiers the random trees use.
const IDENTS: &[&str] = &["code", "message", "platform", "enum", "A", "x", "Self"];

/// A macro's expansion function.
type Expand = fn(TokenStream) -> TokenStream;

/// A small, fast, seedable generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn vocabulary_token(rng: &mut Rng) -> TokenStream {
    TokenStream::from_str(VOCABULARY[rng.below(VOCABULARY.len())]).unwrap_or_default()
}

fn random_delimiter(rng: &mut Rng) -> Delimiter {
    *rng.pick(&[
        Delimiter::Parenthesis,
        Delimiter::Brace,
        Delimiter::Bracket,
        Delimiter::None,
    ])
}

/// A random token tree, nested at most `depth` deep.
fn random_tree(rng: &mut Rng, depth: usize) -> TokenTree {
    match rng.below(10) {
        0..=1 if depth > 0 => {
            let inner = random_stream(rng, depth - 1, 6);
            TokenTree::Group(Group::new(random_delimiter(rng), inner))
        }
        2 => TokenTree::Punct(Punct::new(
            *rng.pick(&['#', '=', ',', '-', ':', '!', '<', '>', '\'', '&']),
            if rng.below(2) == 0 {
                Spacing::Alone
            } else {
                Spacing::Joint
            },
        )),
        3 => TokenTree::Literal(Literal::i64_unsuffixed(rng.next() as i64)),
        4 => TokenTree::Ident(Ident::new(
            IDENTS[rng.below(IDENTS.len())],
            Span::call_site(),
        )),
        _ => vocabulary_token(rng)
            .into_iter()
            .next()
            .unwrap_or_else(|| TokenTree::Punct(Punct::new('#', Spacing::Alone))),
    }
}

fn random_stream(rng: &mut Rng, depth: usize, max_len: usize) -> TokenStream {
    (0..rng.below(max_len + 1))
        .map(|_| random_tree(rng, depth))
        .collect()
}

/// Applies one mutation somewhere in `stream`: at this level, or inside a random group.
fn mutate(stream: TokenStream, rng: &mut Rng) -> TokenStream {
    let mut trees: Vec<TokenTree> = stream.into_iter().collect();
    let groups: Vec<usize> = trees
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t, TokenTree::Group(_)))
        .map(|(i, _)| i)
        .collect();
    if !groups.is_empty() && rng.below(3) > 0 {
        let at = *rng.pick(&groups);
        if let TokenTree::Group(group) = &trees[at] {
            let delimiter = if rng.below(12) == 0 {
                random_delimiter(rng)
            } else {
                group.delimiter()
            };
            let mut new = Group::new(delimiter, mutate(group.stream(), rng));
            new.set_span(group.span());
            trees[at] = TokenTree::Group(new);
        }
        return trees.into_iter().collect();
    }
    let len = trees.len();
    match rng.below(6) {
        0 if len > 0 => {
            trees.remove(rng.below(len));
        }
        1 if len > 0 => {
            let at = rng.below(len);
            let copy = trees[at].clone();
            trees.insert(rng.below(len + 1), copy);
        }
        2 if len > 1 => {
            let (a, b) = (rng.below(len), rng.below(len));
            trees.swap(a, b);
        }
        3 if len > 0 => {
            let at = rng.below(len);
            let replacement: Vec<TokenTree> = vocabulary_token(rng).into_iter().collect();
            trees.splice(at..=at, replacement);
        }
        4 => {
            let at = rng.below(len + 1);
            trees.insert(at, random_tree(rng, 2));
        }
        _ if len > 0 => {
            // Delete a run.
            let start = rng.below(len);
            let end = (start + 1 + rng.below(4)).min(len);
            trees.drain(start..end);
        }
        _ => trees.push(random_tree(rng, 2)),
    }
    trees.into_iter().collect()
}

/// The line range a stream's tokens cover.
fn lines_of(stream: &TokenStream) -> (usize, usize) {
    let mut range = (usize::MAX, 0);
    for tree in stream.clone() {
        let span = tree.span();
        range.0 = range.0.min(span.start().line);
        range.1 = range.1.max(span.end().line);
        if let TokenTree::Group(group) = tree {
            let inner = lines_of(&group.stream());
            range.0 = range.0.min(inner.0);
            range.1 = range.1.max(inner.1);
        }
    }
    range
}

/// The spans of each `compile_error!` in an expansion.
fn error_spans(output: &TokenStream, out: &mut Vec<Span>) {
    let trees: Vec<TokenTree> = output.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        if let TokenTree::Ident(ident) = tree {
            if ident == "compile_error" {
                out.push(ident.span());
                // The message group's span, too.
                if let Some(TokenTree::Group(group)) = trees.get(i + 2) {
                    out.push(group.span());
                }
            }
        }
        if let TokenTree::Group(group) = tree {
            error_spans(&group.stream(), out);
        }
    }
}

/// Where a token starts and ends, as (line, column) pairs.
type Range = ((usize, usize), (usize, usize));

fn range_of(stream: &TokenStream) -> Option<Range> {
    let mut range: Option<Range> = None;
    for tree in stream.clone() {
        let span = tree.span();
        let (start, end) = (
            (span.start().line, span.start().column),
            (span.end().line, span.end().column),
        );
        range = Some(match range {
            None => (start, end),
            Some((a, b)) => (a.min(start), b.max(end)),
        });
    }
    range
}

/// The places of the input's attributes where one mistake gets one error: an attribute's
/// `#`, name and brackets (its head), and each comma-separated part of its arguments.
fn attribute_places(stream: &TokenStream, out: &mut Vec<Range>) {
    let trees: Vec<TokenTree> = stream.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        let TokenTree::Group(group) = tree else {
            continue;
        };
        let is_attribute = group.delimiter() == Delimiter::Bracket
            && i > 0
            && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '#' || p.as_char() == '!');
        if is_attribute {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            let head_end = inner
                .iter()
                .position(|t| matches!(t, TokenTree::Group(_)))
                .unwrap_or(inner.len());
            // The head: the brackets up to the arguments.
            let open = group.span_open();
            let head_last = inner[..head_end]
                .last()
                .map_or(open.end(), |t| t.span().end());
            out.push((
                (open.start().line, open.start().column),
                (head_last.line, head_last.column),
            ));
            if let Some(TokenTree::Group(args)) = inner.get(head_end) {
                let mut part = TokenStream::new();
                for t in args.stream() {
                    if matches!(&t, TokenTree::Punct(p) if p.as_char() == ',') {
                        out.extend(range_of(&part));
                        part = TokenStream::new();
                    } else {
                        part.extend(std::iter::once(t));
                    }
                }
                out.extend(range_of(&part));
            }
            continue;
        }
        attribute_places(&group.stream(), out);
    }
}

/// The start of each `compile_error!` in an expansion.
fn error_starts(output: &TokenStream, out: &mut Vec<(usize, usize)>) {
    for tree in output.clone() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                let start = ident.span().start();
                out.push((start.line, start.column));
            }
            TokenTree::Group(group) => error_starts(&group.stream(), out),
            _ => {}
        }
    }
}

/// No place of an attribute holds the start of two errors.
fn one_error_per_place(
    name: &str,
    input: &TokenStream,
    output: &TokenStream,
    source: &str,
) -> Result<(), String> {
    let mut starts = Vec::new();
    error_starts(output, &mut starts);
    if starts.len() < 2 {
        return Ok(());
    }
    let mut places = Vec::new();
    attribute_places(input, &mut places);
    for (start, end) in places {
        let inside = starts
            .iter()
            .filter(|at| **at >= start && **at <= end)
            .count();
        if inside > 1 {
            return Err(format!(
                "{name}: {inside} errors in one attribute's place {start:?}..{end:?}:\n{source}\n---\n{output}"
            ));
        }
    }
    Ok(())
}

/// What one case did.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Expanded,
    Rejected,
}

/// Runs a macro on `input`; a panic, or an error pointing outside the input, is a failure.
/// With `one_fault`, the input differs from a valid one by one mutation: each place of its
/// attributes then gets at most one error (several mutations may put two mistakes in one
/// place).
fn check(
    name: &str,
    expand: Expand,
    input: &TokenStream,
    source: &str,
    one_fault: bool,
) -> Result<Outcome, String> {
    let output = catch_unwind(AssertUnwindSafe(|| expand(input.clone())))
        .map_err(|_| format!("{name} panicked on:\n{source}"))?;
    let mut spans = Vec::new();
    error_spans(&output, &mut spans);
    if spans.is_empty() {
        return Ok(Outcome::Expanded);
    }
    let (first, last) = lines_of(input);
    let (first, last) = if first == usize::MAX {
        (1, 1)
    } else {
        (first, last)
    };
    for span in spans {
        let (start, end) = (span.start().line, span.end().line);
        if start < first || end > last {
            return Err(format!(
                "{name}: an error points at lines {start}..{end}, outside the input's {first}..{last}:\n{source}\n---\n{output}"
            ));
        }
    }
    if one_fault {
        one_error_per_place(name, input, &output, source)?;
    }
    Ok(Outcome::Rejected)
}

fn parse(source: &str) -> TokenStream {
    TokenStream::from_str(source).expect("a seed tokenizes")
}

/// The case count and seed, from the environment or the fast defaults.
fn settings() -> (u64, u64) {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    (
        var("PLATFORM_ERRORS_FUZZ_CASES", 100_000),
        var("PLATFORM_ERRORS_FUZZ_SEED", 0x5EED_CAFE),
    )
}

#[test]
fn seeds_expand_without_errors() {
    for seed in DERIVE_SEEDS {
        let out = crate::derive(parse(seed)).to_string();
        assert!(!out.contains("compile_error"), "{seed}\n{out}");
    }
    for seed in DSL_SEEDS {
        let out = crate::define(parse(seed)).to_string();
        assert!(!out.contains("compile_error"), "{seed}\n{out}");
    }
}

#[test]
fn corpus_of_inputs_that_once_broke_something() {
    let corpus = [
        include_str!("fuzz_corpus/empty_placeholder_spec.txt"),
        include_str!("fuzz_corpus/multibyte_before_dollar.txt"),
        include_str!("fuzz_corpus/unknown_with_code.txt"),
    ];
    for source in corpus {
        let input = parse(source);
        let derive = check("derive", crate::derive, &input, source, false);
        let define = check("define_codes", crate::define, &input, source, false);
        assert!(derive.is_ok(), "{derive:?}");
        assert!(define.is_ok(), "{define:?}");
    }
    // Inputs one mistake away from valid, which once got more than one error for it.
    let one_fault = [
        (
            "derive",
            include_str!("fuzz_corpus/malformed_reason_value.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/two_kinds_without_comma.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/malformed_message_value.txt"),
        ),
        (
            "define_codes",
            include_str!("fuzz_corpus/unknown_key_then_tokens.txt"),
        ),
        (
            "define_codes",
            include_str!("fuzz_corpus/malformed_outer_attribute.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/code_of_the_other_kind.txt"),
        ),
        (
            "define_codes",
            include_str!("fuzz_corpus/dsl_code_of_the_other_kind.txt"),
        ),
        (
            "define_codes",
            include_str!("fuzz_corpus/unknown_with_value.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/int_code_with_aliases_in_string_type.txt"),
        ),
        (
            "define_codes",
            include_str!("fuzz_corpus/value_then_tokens.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/placeholder_in_shared_code.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/own_key_in_platform_on_catch_all.txt"),
        ),
        (
            "derive",
            include_str!("fuzz_corpus/semicolon_before_translation_eq.txt"),
        ),
    ];
    for (name, source) in one_fault {
        let expand: Expand = if name == "derive" {
            crate::derive
        } else {
            crate::define
        };
        // Printed and parsed again, so that every token has its own position.
        let input = parse(&parse(source).to_string());
        let outcome = check(name, expand, &input, source, true);
        assert_eq!(outcome, Ok(Outcome::Rejected), "{source}");
        let mut starts = Vec::new();
        error_starts(&expand(input), &mut starts);
        assert_eq!(starts.len(), 1, "{source}");
    }
}

#[test]
fn no_input_panics_and_every_error_points_inside_it() {
    // Silence the default hook's report of each caught panic: failures are reported below.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(fuzz_run);
    std::panic::set_hook(hook);
    match result {
        Ok(Ok(report)) => eprintln!("{report}"),
        Ok(Err(failure)) => panic!("{failure}"),
        Err(_) => panic!("the fuzzer itself panicked"),
    }
}

fn fuzz_run() -> Result<String, String> {
    let (cases, seed) = settings();
    let mut rng = Rng(seed | 1);
    let derive_seeds: Vec<TokenStream> = DERIVE_SEEDS.iter().map(|s| parse(s)).collect();
    let dsl_seeds: Vec<TokenStream> = DSL_SEEDS.iter().map(|s| parse(s)).collect();
    let started = Instant::now();
    let (mut expanded, mut rejected) = (0u64, 0u64);
    let mut slowest = (Duration::ZERO, String::new());
    for case in 0..cases {
        let mut mutations = 0;
        let (input, macros): (TokenStream, &[(&str, Expand)]) = match case % 8 {
            0..=3 => {
                let mut input = rng.pick(&derive_seeds).clone();
                for _ in 0..=rng.below(4) {
                    input = mutate(input, &mut rng);
                    mutations += 1;
                }
                (input, &[("derive", crate::derive)])
            }
            4..=6 => {
                let mut input = rng.pick(&dsl_seeds).clone();
                for _ in 0..=rng.below(4) {
                    input = mutate(input, &mut rng);
                    mutations += 1;
                }
                (input, &[("define_codes", crate::define)])
            }
            _ => (
                random_stream(&mut rng, 4, 12),
                &[("derive", crate::derive), ("define_codes", crate::define)],
            ),
        };
        // Mutated tokens keep their seed's spans; printing and re-parsing gives every token
        // a real position, so that "inside the input" can be checked.
        let source = input.to_string();
        let Ok(input) = TokenStream::from_str(&source) else {
            continue;
        };
        for (name, expand) in macros {
            let one = Instant::now();
            match check(name, *expand, &input, &source, mutations == 1)? {
                Outcome::Expanded => expanded += 1,
                Outcome::Rejected => rejected += 1,
            }
            let took = one.elapsed();
            if took > slowest.0 {
                slowest = (took, source.chars().take(200).collect());
            }
        }
    }
    Ok(format!(
        "fuzz: {cases} cases (seed {seed:#x}) in {:.1?}: {expanded} expanded, {rejected} rejected with errors, 0 panics; slowest {:.1?} on: {}",
        started.elapsed(),
        slowest.0,
        slowest.1
    ))
}
