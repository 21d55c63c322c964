//! Writes `catalogues.rs`: three catalogues declared with `define_codes!`, generated from a
//! fixed seed, with the rows they were made from. The rows are chosen to be hard: codes at
//! `i64`'s edges, negative codes, shared codes whose messages are prefixes of each other,
//! braces, quotes, backslashes and non-ASCII text.

use std::fmt::Write as _;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "invalid",
    "token",
    "org",
    "is",
    "required",
    "系统",
    "繁忙",
    "{braces}",
    "\"quoted\"",
    "back\\slash",
    "page_size",
    "must",
    "be",
    "an",
    "integer",
    "Ünïcödé",
    "emoji🙂",
    "tab",
    "100",
    "-1",
    "。",
    "limit",
    "exceeded",
];

struct Row {
    code: i64,
    name: String,
    message: String,
}

fn message(rng: &mut Rng) -> String {
    let n = 1 + rng.below(6);
    (0..n)
        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two messages would be the same to the matcher (case, spacing, a final period).
fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let s = s.trim();
        let s = match s.strip_suffix('.').or_else(|| s.strip_suffix('。')) {
            Some(rest) if !rest.trim().is_empty() => rest,
            _ => s,
        };
        s.trim_end().to_ascii_lowercase()
    };
    norm(a) == norm(b)
}

fn rows(rng: &mut Rng, count: usize, prefix: &str) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let edges = [i64::MIN, i64::MAX, -1, 0, 1];
    while rows.len() < count {
        let code = match rng.below(10) {
            0 => edges[rng.below(edges.len() as u64) as usize],
            // Reuse a code: a shared code, sometimes with a message that extends another.
            1..=3 if !rows.is_empty() => rows[rng.below(rows.len() as u64) as usize].code,
            _ => 40_000 + rng.below(5_000) as i64,
        };
        let mut text = message(rng);
        if rng.below(3) == 0 {
            if let Some(other) = rows.iter().find(|r| r.code == code) {
                text = format!("{} {}", other.message, text);
            }
        }
        if rows
            .iter()
            .any(|r| r.code == code && same(&r.message, &text))
        {
            continue;
        }
        let name = format!("{prefix}{}", rows.len());
        rows.push(Row {
            code,
            name,
            message: text,
        });
    }
    rows
}

/// Codes in runs of consecutive codes (1 to 40 long), as platforms number them, so that
/// `from_code` searches runs: gaps between runs, now and then two codes declared out of
/// order or a code declared again (which break runs), and runs at both ends of `i64`.
fn run_rows(rng: &mut Rng, count: usize, prefix: &str) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let push = |rows: &mut Vec<Row>, code: i64, rng: &mut Rng| {
        let name = format!("{prefix}{}", rows.len());
        let message = message(rng);
        if !rows
            .iter()
            .any(|r| r.code == code && same(&r.message, &message))
        {
            rows.push(Row {
                code,
                name,
                message,
            });
        }
    };
    for code in i64::MIN..i64::MIN + 5 {
        push(&mut rows, code, rng);
    }
    let mut next = 40_000_i64;
    while rows.len() < count - 5 {
        let len = 1 + rng.below(40) as i64;
        let start = rows.len();
        for code in next..next + len {
            push(&mut rows, code, rng);
        }
        if rng.below(6) == 0 && rows.len() - start >= 2 {
            let at = start + rng.below((rows.len() - start - 1) as u64) as usize;
            rows.swap(at, at + 1);
        }
        if rng.below(6) == 0 {
            let again = rows[rng.below(rows.len() as u64) as usize].code;
            push(&mut rows, again, rng);
        }
        next += len + 1 + rng.below(30) as i64;
    }
    for code in i64::MAX - 4..=i64::MAX {
        push(&mut rows, code, rng);
    }
    rows
}

/// Whether the macro searches runs for these rows: at least 256 distinct codes, in runs
/// of 4 on average (its rule), counting only each code's first row.
fn searches_runs(rows: &[Row]) -> bool {
    let mut firsts: Vec<(i64, usize)> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        if !firsts.iter().any(|&(code, _)| code == row.code) {
            firsts.push((row.code, index));
        }
    }
    firsts.sort_unstable();
    let runs = 1 + firsts
        .windows(2)
        .filter(|w| w[0].0.checked_add(1) != Some(w[1].0) || w[0].1 + 1 != w[1].1)
        .count();
    firsts.len() >= 256 && runs * 4 <= firsts.len()
}

fn literal(text: &str) -> String {
    format!("{:?}", text.replace('{', "{{").replace('}', "}}"))
}

fn main() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Declared where nothing is in scope, as a user may, beside types named like the
    // primitive types the generated code names and constants named like its bindings.
    let mut out = String::from("#[no_implicit_prelude]\nmod declared {\n");
    for primitive in ["u8", "u16", "u32", "u64", "usize", "i64", "str", "bool"] {
        let _ = writeln!(
            out,
            "#[allow(non_camel_case_types, dead_code)]\nstruct {primitive};"
        );
    }
    // A lower-case constant for every name the generated code binds: a binding of the
    // same name would be a pattern matching the constant (E0005, E0308).
    for name in [
        "table",
        "index",
        "offset",
        "code",
        "message",
        "lang",
        "value",
        "found",
        "inner",
        "best",
        "name",
        "advice",
        "translations",
        "serializer",
        "deserializer",
    ] {
        let _ = writeln!(
            out,
            "#[allow(non_upper_case_globals, dead_code)]\nconst {name}: ::core::primitive::u8 = 0;"
        );
    }
    out.push_str("::platform_errors::define_codes! {\n");
    let mut tables = String::new();
    for (name, count, prefix) in [
        ("Small", 20, "S"),
        ("Medium", 300, "M"),
        ("Large", 2_000, "L"),
        ("Runs", 1_000, "R"),
        ("Table", 3_000, "T"),
    ] {
        let rows = if name == "Runs" || name == "Table" {
            let rows = run_rows(&mut rng, count, prefix);
            assert!(
                searches_runs(&rows),
                "`Runs` and `Table` must exercise the search over runs"
            );
            // From 2,048 codes the runs are a table (and `ALL` a table of discriminants).
            let mut codes: Vec<i64> = rows.iter().map(|r| r.code).collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(
                codes.len() >= 2_048,
                name == "Table",
                "{name}: {}",
                codes.len()
            );
            rows
        } else {
            rows(&mut rng, count, prefix)
        };
        let mut shared: Vec<i64> = rows
            .iter()
            .map(|r| r.code)
            .filter(|c| rows.iter().filter(|r| r.code == *c).count() > 1)
            .collect();
        shared.sort_unstable();
        shared.dedup();
        let shared: Vec<String> = shared.iter().map(ToString::to_string).collect();
        let _ = writeln!(
            out,
            "    #[platform(category = \"{}\", shared({}), serde)]\n    pub enum {name} {{",
            name.to_lowercase(),
            shared.join(", ")
        );
        let _ = writeln!(
            tables,
            "/// The rows `{name}` was generated from: code, variant, message."
        );
        let _ = writeln!(
            tables,
            "#[allow(clippy::unreadable_literal)]\npub const {}_ROWS: &[(i64, &str, &str)] = &[",
            name.to_uppercase()
        );
        for row in &rows {
            let _ = writeln!(
                out,
                "        {} = {} => {},",
                row.name,
                row.code,
                literal(&row.message)
            );
            let _ = writeln!(
                tables,
                "    ({}, {:?}, {:?}),",
                row.code, row.name, row.message
            );
        }
        out.push_str("    }\n");
        tables.push_str("];\n");
    }
    out.push_str(
        "    /// All five, and a catch-all.\n    #[platform(serde)]\n    pub enum Umbrella {\n        Small(Small),\n        Medium(Medium),\n        Large(Large),\n        Runs(Runs),\n        Table(Table),\n        #[platform(unknown)]\n        Unknown,\n    }\n",
    );
    // A private catalogue at the size where `ALL` becomes a table of discriminants, used
    // only through `ALL`: it must compile under `#![deny(warnings)]` as a smaller one does.
    out.push_str("    enum Private {\n");
    for i in 0..2_048 {
        let _ = writeln!(out, "        P{i} = {} => \"private {i}\",", 70_000 + i);
    }
    // The same size without `unsafe`: `ALL` written out.
    out.push_str("    }\n    /// A catalogue that asks for no `unsafe`.\n    #[platform(no_unsafe)]\n    pub enum Safe {\n");
    for i in 0..2_048 {
        let _ = writeln!(out, "        Q{i} = {} => \"safe {i}\",", 80_000 + i);
    }
    // String codes, from the size where `from_code` hashes them.
    out.push_str("    }\n    /// String codes.\n    pub enum Strings {\n");
    for i in 0..20 {
        let _ = writeln!(
            out,
            "        W{i} = \"CODE_{i}_REFUSED\" => \"string {i}\","
        );
    }
    out.push_str("    }\n}\n");
    // Derived: past the 2,048 variants one `match` reads by index (chunks of 256), and a
    // small derived catalogue of string codes.
    out.push_str("/// A derived catalogue of 2,100 codes.\n#[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::platform_errors::PlatformError)]\n#[platform(debug)]\npub enum Derived {\n");
    for i in 0..2_100 {
        let _ = writeln!(
            out,
            "    /// Code {}.\n    #[code({})]\n    #[message(\"derived {i}\")]\n    D{i},",
            90_000 + 3 * i,
            90_000 + 3 * i
        );
    }
    out.push_str("}\n/// A derived catalogue of string codes.\n#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::platform_errors::PlatformError)]\npub enum DerivedStrings {\n");
    for i in 0..20 {
        let _ = writeln!(
            out,
            "    /// Code `DERIVED_{i}`.\n    #[code(\"DERIVED_{i}\")]\n    #[message(\"derived string {i}\")]\n    E{i},"
        );
    }
    out.push_str(
        "}\n/// How many codes the private catalogue has.\n#[must_use]\npub const fn private_count() -> ::core::primitive::usize {\n    Private::ALL.len()\n}\n}\npub use declared::*;\n",
    );
    out.push_str(&tables);
    let path =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogues.rs");
    std::fs::write(path, out).expect("write catalogues.rs");
    println!("cargo:rerun-if-changed=build.rs");
}
