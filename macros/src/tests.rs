//! Expansion tests on `proc_macro2` tokens.

mod diagnostics;
mod keys;
mod messages;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

fn compact(tokens: &proc_macro2::TokenStream) -> String {
    tokens.to_string().split_whitespace().collect()
}

#[test]
fn constant_messages_display_with_one_write_str() {
    // A catalogue: Display writes the inherent `const fn message`, one table of literals.
    let out = compact(&crate::define(quote! {
        pub enum TokenError {
            InvalidToken = 40402 => "invalid token",
            ExpiredToken = 42403 => "expired token",
        }
    }));
    let display = out
        .split("impl::core::fmt::DisplayforTokenError")
        .nth(1)
        .expect("a Display impl");
    let display = display.split("impl").next().unwrap_or_default();
    assert!(
        display.contains("__formatter.write_str(self.message())"),
        "{display}"
    );
    assert!(!display.contains("write!"), "{display}");
    // `entry` reads the entry table and `message` a table of messages, each indexed by the
    // discriminant; the messages are written once, in a constant that is also the entry
    // table's messages column.
    assert!(
        out.contains("pubconstfnentry(&self)->&'static::platform_errors::Entry{&<Selfas::platform_errors::Catalogue>::ENTRIES[*selfas::core::primitive::usize]}"),
        "{out}"
    );
    assert!(
        out.contains(
            r#"pubconstfnmessage(&self)->&'static::core::primitive::str{Self::__PLATFORM_ERRORS_MESSAGES[*selfas::core::primitive::usize]}"#
        ),
        "{out}"
    );
    assert!(
        out.contains(r#"const__PLATFORM_ERRORS_MESSAGES:&'static[&'static::core::primitive::str]=&["invalidtoken","expiredtoken",];"#),
        "{out}"
    );
    assert_eq!(out.matches(r#""invalidtoken""#).count(), 1, "{out}");
    assert!(
        out.contains(r#"&::platform_errors::__private::entries_from_columns::<2usize>(&[40402i64,42403i64,],&["InvalidToken","ExpiredToken",],Self::__PLATFORM_ERRORS_MESSAGES,::platform_errors::Entry::new(0,"",""),)"#),
        "{out}"
    );
    assert!(!out.contains("compile_error"), "{out}");

    // A derived type with constant messages: one `write_str` of a table lookup.
    let out = compact(&crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("one")]
            One,
            #[code(2)]
            #[message("two {{braces}}")]
            Two,
        }
    }));
    // One `match` gives `as_i64`, `message` and `entry`; `Display` reads a table of the
    // messages at the variant's index, which is also the entry table's messages column.
    assert!(
        out.contains(r#"__formatter.write_str(Self::__PLATFORM_ERRORS_MESSAGES[Self::__platform_errors_entry(self).2])"#),
        "{out}"
    );
    assert!(
        out.contains(r#"const__PLATFORM_ERRORS_MESSAGES:&'static[&'static::core::primitive::str;2usize]=&["one","two{braces}",];"#),
        "{out}"
    );
    assert!(
        out.contains(r#"&["One","Two",],Self::__PLATFORM_ERRORS_MESSAGES,"#),
        "{out}"
    );
    // With advice, the entries are calls, and the table is filled from them.
    let advised = compact(&crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("one")]
            #[advice(retry)]
            One,
        }
    }));
    assert!(
        advised.contains(r#"__table[__index]=__entries[__index].message();"#),
        "{advised}"
    );
    assert!(!out.contains("__platform_errors_index"), "{out}");
    // From 2,048 variants, the index comes from a `match` of its own, always inlined.
    let variants: TokenStream = (0..2_048_i64)
        .map(|i| {
            let name = format_ident!("V{i}");
            quote!(#[code(#i)] #[message("m")] #name,)
        })
        .collect();
    let large = compact(&crate::derive(quote!(enum Large { #variants })));
    assert!(
        large.contains("__formatter.write_str(Self::__PLATFORM_ERRORS_MESSAGES[Self::__platform_errors_index(self)])"),
        "{large}"
    );
    assert!(
        large.contains("#[inline(always)]constfn__platform_errors_index(&self)->::core::primitive::usize{matchself{Self::V0=>0,Self::V1=>1,"),
        "{large}"
    );
    assert!(
        out.contains(
            r#"matchself{Self::One=>(1i64,"one",0usize),Self::Two=>(2i64,"two{braces}",1usize),}"#
        ),
        "{out}"
    );
}

#[test]
fn templates_bind_only_the_fields_they_use() {
    let out = compact(&crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("{name:?} and {0}")]
            A { name: String, other: u8 },
        }
    }));
    // `{0}` names no field of a struct-like variant: one error, on the string.
    assert_eq!(out.matches("compile_error").count(), 1, "{out}");

    let out = compact(&crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("{name:?} is {n:>4}")]
            A { name: String, n: u8, unused: u8 },
        }
    }));
    assert!(out.contains(r#"Self::A{name:__field_name,n:__field_n,..}=>::core::write!(__formatter,"{__field_name:?}is{__field_n:>4}",__field_name=__field_name,__field_n=__field_n)"#), "{out}");
}

#[test]
fn generated_paths_are_absolute_or_the_crate_override() {
    let out = compact(&crate::define(quote! {
        #![platform(crate = my::errs)]
        enum E { A = 1 => "a" }
    }));
    assert!(out.contains("implmy::errs::PlatformErrorforE"), "{out}");
    assert!(!out.contains("::platform_errors"), "{out}");
    // Every path that starts with `::` is `::core::...`; `<T as Trait>::item` is qualified.
    for (at, _) in out.match_indices("::") {
        let before = out[..at].chars().next_back().unwrap_or(' ');
        if before.is_alphanumeric() || before == '_' || before == '>' || before == ':' {
            continue;
        }
        assert!(
            out[at + 2..].starts_with("core::"),
            "not absolute: {}",
            &out[at..at + 30]
        );
    }
}

/// Expansion time of `define_codes!` for large catalogues: it must grow linearly with the
/// number of codes. Run with
/// `cargo test --release -p platform-errors-macros --lib expansion_time -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement; run it on purpose"]
fn expansion_time() {
    use std::fmt::Write as _;
    use std::str::FromStr;

    let mut per_code = Vec::new();
    for n in [1_000usize, 10_000, 65_536] {
        let mut source = String::from("pub enum Codes {\n");
        for i in 0..n {
            let code = 40_000 + 3 * i;
            let _ = writeln!(
                source,
                "    E{code} = {code} => \"error {code}: the request was refused\","
            );
        }
        source.push('}');
        let tokens = proc_macro2::TokenStream::from_str(&source).expect("tokens");
        let mut best = std::time::Duration::MAX;
        for _ in 0..3 {
            let started = std::time::Instant::now();
            let out = crate::define(tokens.clone());
            let elapsed = started.elapsed();
            assert!(!out.to_string().is_empty());
            best = best.min(elapsed);
        }
        let micros = best.as_secs_f64() * 1e6 / n as f64;
        eprintln!("expansion of {n} codes: {best:.2?} ({micros:.2} µs per code)");
        per_code.push(micros);
    }
    // Linear: the cost per code at 65,536 is within 3x of the cost at 1,000.
    assert!(per_code[2] < 3.0 * per_code[0], "{per_code:?}");
}

#[test]
fn from_code_is_a_perfect_hash_where_one_is_found() {
    // Codes in runs, scattered or alone: a perfect hash, its slots as wide as the number of
    // variants needs, read whatever it finds and picked by the comparison of the code.
    let runs = |count: i64| -> TokenStream {
        (1..=count)
            .map(|i| {
                let (name, code) = if i <= count / 2 {
                    (format_ident!("A{i}"), 40_000 + i)
                } else {
                    (format_ident!("B{i}"), 45_000 + i)
                };
                quote!(#name = #code => "m",)
            })
            .collect()
    };
    let scattered: TokenStream = (1..=300_i64)
        .map(|i| {
            let (name, code) = (format_ident!("S{i}"), 40_000 + 2 * i);
            quote!(#name = #code => "m",)
        })
        .collect();
    for (body, width) in [(runs(300), 2), (runs(200), 1), (scattered, 2)] {
        let out = compact(&crate::define(quote!(enum Codes { #body })));
        assert!(
            out.contains(&format!(
                "::platform_errors::__private::find_hashed::<{width}>(SLOTS,CODES,"
            )),
            "{out}"
        );
        assert!(
            out.contains("let__value=Self::ALL.get(__index).copied();if__found{__value}else{::core::option::Option::None}"),
            "{out}"
        );
        assert!(
            !out.contains("::core::option::Option::Some(match__code{"),
            "{out}"
        );
    }
    // A derived catalogue reads the variant at the index from a `match`, inlined.
    let out = compact(&crate::derive(quote! {
        enum Derived { #[code(1)] #[message("a")] A, #[code(2)] #[message("b")] B }
    }));
    assert!(
        out.contains("let__value=Self::__platform_errors_variant(__index);"),
        "{out}"
    );
    assert!(
        out.contains(
            "#[inline]fn__platform_errors_variant(__index:::core::primitive::usize)->::core::option::Option<Self>{::core::option::Option::Some(match__index{0=>Derived::A,1=>Derived::B,_=>return::core::option::Option::None,})}"
        ),
        "{out}"
    );

    // With a `#[cfg]` on a variant, indices are unknown until it is evaluated: a `match`.
    let out = compact(&crate::define(quote! {
        enum Cfg { #[cfg(any())] A = 1 => "a", B = 2 => "b", C = 3 => "c", D = 4 => "d", E = 5 => "e" }
    }));
    assert!(!out.contains("find_hashed"), "{out}");
    assert!(
        out.contains("::core::option::Option::Some(match__code{"),
        "{out}"
    );
}

/// The messages of the `compile_error!`s in an expansion, in order.
fn error_messages(tokens: &TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    let trees: Vec<proc_macro2::TokenTree> = tokens.clone().into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            proc_macro2::TokenTree::Ident(ident) if ident == "compile_error" => {
                if let Some(proc_macro2::TokenTree::Group(group)) = trees.get(i + 2) {
                    if let Ok(lit) = syn::parse2::<syn::LitStr>(group.stream()) {
                        out.push(lit.value());
                    }
                }
            }
            proc_macro2::TokenTree::Group(group) => out.extend(error_messages(&group.stream())),
            _ => {}
        }
    }
    out
}

#[test]
fn dsl_reports_each_broken_variant_once_and_parses_the_rest() {
    // The body is parsed in one stream: after an error, parsing resumes at the next comma,
    // and an error inside parentheses does not leave tokens behind for syn to report again
    // as "unexpected token".
    let out = crate::define(quote! {
        pub enum E {
            A = 1 => ("a" "b"),
            B = 2 "b",
            C = 3 => "c" extra,
            D(Vec<u8> extra),
            F = 4 => "f",
            F = 5 => "f again",
            G = 6 =>,
        }
    });
    let messages = error_messages(&out);
    let expected = [
        "expected `,`",
        "expected `=>` between the code and the message: `B = 2 => \"message\"`",
        "unexpected tokens after the message; end each variant with a comma",
        "a member holds one catalogue type: `Name(CatalogueType)`",
        "`F` is declared twice in `E`; give each code its own name",
        "the message is missing after `=>`: write a string literal, such as `\"invalid token\"`",
    ];
    assert_eq!(messages, expected, "{out}");
}

#[test]
fn plain_message_literals_are_emitted_as_written_and_others_resolved() {
    let out = compact(&crate::define(quote! {
        pub enum E {
            Plain = 1 => "plain text",
            Escaped = 2 => "tab\there",
            Braces = 3 => "{{braces}}",
            Raw = 4 => r"raw \d",
        }
    }));
    // The entries' columns: codes, names, then the messages as written or resolved.
    assert!(
        out.contains(r#"&[1i64,2i64,3i64,4i64,],&["Plain","Escaped","Braces","Raw",],Self::__PLATFORM_ERRORS_MESSAGES,"#),
        "{out}"
    );
    assert!(
        out.contains(r#"const__PLATFORM_ERRORS_MESSAGES:&'static[&'static::core::primitive::str]=&["plaintext","tab\there","{braces}","raw\\d",];"#),
        "{out}"
    );
}

/// The rustdoc's attribute table is the key table: regenerate `attributes.md` with
/// `PLATFORM_ERRORS_WRITE_DOCS=1 cargo test -p platform-errors-macros --lib attribute_table`.
#[test]
fn attribute_table_is_the_key_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/attributes.md");
    let table = crate::keys::doc_table();
    if std::env::var_os("PLATFORM_ERRORS_WRITE_DOCS").is_some() {
        std::fs::write(path, &table).unwrap();
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == table,
        "src/attributes.md is not the key table; regenerate it with PLATFORM_ERRORS_WRITE_DOCS=1"
    );
}

/// The macros' advice list is the runtime's, in the same order with the same names.
#[test]
fn advice_agrees_with_the_runtime() {
    let ours: Vec<(&str, &str)> = crate::model::Advice::ALL
        .iter()
        .map(|a| (a.snake(), a.variant()))
        .collect();
    let runtime: Vec<(String, String)> = platform_errors::Advice::ALL
        .iter()
        .map(|a| (a.as_str().to_owned(), format!("{a:?}")))
        .collect();
    assert_eq!(ours.len(), runtime.len());
    for ((snake, variant), (rt_snake, rt_variant)) in ours.iter().zip(&runtime) {
        assert_eq!((*snake, *variant), (rt_snake.as_str(), rt_variant.as_str()));
    }
}

#[test]
fn large_catalogues_read_all_from_a_table_of_discriminants() {
    // From 2,048 codes, however short the runs: `from_code` searches a table of runs, and
    // `ALL` reads a table of discriminants as the enum, whose representation is fixed.
    let scattered = |count: i64| -> TokenStream {
        (0..count)
            .map(|i| {
                let (name, code) = (format_ident!("S{i}"), 3 * i);
                quote!(#name = #code => "m",)
            })
            .collect()
    };
    // From 2,048 codes, `from_code` is a perfect hash where one fits in 2^16 slots, and
    // otherwise the search of runs.
    for (count, repr, search) in [
        (
            2_048,
            "u16",
            "::platform_errors::__private::find_hashed::<2>(SLOTS,CODES,",
        ),
        (
            65_536,
            "u16",
            "::platform_errors::__private::find_run(RUNS,__code)",
        ),
        (
            65_537,
            "u32",
            "::platform_errors::__private::find_run(RUNS,__code)",
        ),
    ] {
        let body = scattered(count);
        let out = compact(&crate::define(quote!(enum Large { #body })));
        assert!(out.contains(&format!("#[repr({repr})]")), "{count}");
        assert!(
            out.contains(&format!(
                "staticINDEXES:[::core::primitive::{repr};{count}usize]={{letmut__table=[0;{count}usize];"
            )),
            "{count}"
        );
        assert!(out.contains(search), "{count}");
        assert!(
            !out.contains("Large::S1,"),
            "{count}: `ALL` names no variant"
        );
    }
    // Only where nothing else can rewrite the enum: built-in attributes keep the table...
    let body = scattered(2_048);
    let out = compact(&crate::define(quote! {
        /// Documented.
        #[allow(missing_docs)]
        #[must_use]
        enum Large {
            /// A variant's own doc.
            #[deprecated]
            #[r#allow(dead_code)]
            First = -5 => "m",
            #body
        }
    }));
    assert!(out.contains("#[repr(u16)]"));
    assert!(out.contains("#[::core::prelude::v1::derive("));
    // ...an attribute that may be a macro or become one does not (a `repr` of the user's is
    // an error); nor does a `cfg` or `cfg_attr` on a variant, raw or not.
    for attrs in [
        quote!(#[some_attribute_macro]),
        quote!(#[derive(PartialOrd)]),
        quote!(#[cfg_attr(all(), derive(Hash))]),
        quote!(#[clippy::has_significant_drop]),
    ] {
        let out = compact(&crate::define(quote!(#attrs enum Large { #body })));
        assert!(
            !out.contains("#[repr(u16)]#[allow(clippy::unsafe_derive_deserialize)]"),
            "{attrs}"
        );
        assert!(
            out.contains("pubconstALL:&'static[Self]=&[Large::S0,"),
            "{attrs}"
        );
    }
    for attr in [
        quote!(#[cfg_attr(all(), cfg(any()))]),
        quote!(#[r#cfg_attr(all(), cfg(any()))]),
        quote!(#[r#cfg(any())]),
        quote!(#[serde(skip)]),
    ] {
        let out = compact(&crate::define(quote! {
            enum Large { #attr Hidden = -5 => "m", #body }
        }));
        assert!(!out.contains("unsafe"), "{attr}");
    }

    // Below 2,048 codes, or with a `#[cfg]` on a variant, `ALL` names the variants.
    let body = scattered(2_047);
    let out = compact(&crate::define(quote!(enum Small { #body })));
    assert!(!out.contains("#[repr("));
    assert!(out.contains("pubconstALL:&'static[Self]=&[Small::S0,Small::S1,"));
}

#[test]
fn no_unsafe_leaves_the_unsafe_block_out() {
    let variants: proc_macro2::TokenStream = (0..2_048_i64)
        .map(|i| {
            let name = quote::format_ident!("V{i}");
            let code = 10_000 + i;
            quote!(#name = #code => "m",)
        })
        .collect();
    let with_table = compact(&crate::define(quote!(enum Big { #variants })));
    assert!(
        with_table.contains("unsafe"),
        "the table needs its one `unsafe` block"
    );
    let safe = compact(&crate::define(
        quote!(#[platform(no_unsafe)] enum Big { #variants }),
    ));
    assert!(!safe.contains("unsafe"), "{safe}");
    assert!(!safe.contains("#[repr("));
    assert!(safe.contains("pubconstALL:&'static[Self]=&[Big::V0,Big::V1,"));
}

/// The pipeline reads one way: no module of the macros uses one that uses it back, through
/// any chain (`ARCHITECTURE.md` draws the order).
#[test]
fn the_modules_form_no_cycle() {
    use std::collections::{BTreeMap, BTreeSet};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path).unwrap() {
                files.push(inner.unwrap().path());
            }
        } else {
            files.push(path);
        }
    }
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
    {
        let relative = path.strip_prefix(&dir).unwrap();
        let module = relative
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if ["lib", "tests", "fuzz"].contains(&module.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for part in text.split("crate::").skip(1) {
            let used: String = part
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !used.is_empty() && used != module {
                uses.entry(module.clone()).or_default().insert(used);
            }
        }
    }
    // Every module's transitive uses must not contain itself.
    for start in uses.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&String> = uses[start].iter().collect();
        while let Some(next) = stack.pop() {
            assert_ne!(next, start, "`{start}` reaches itself: {uses:?}");
            if seen.insert(next.clone()) {
                stack.extend(uses.get(next).into_iter().flatten());
            }
        }
    }
    assert!(
        uses.contains_key("attr") && uses.contains_key("model"),
        "{uses:?}"
    );
}
