//! Generates the benchmarked code: catalogues of 150, 1,000 and 5,000 sparse codes, each
//! declared five ways (this project's DSL, this project's derive, a hand-written enum with
//! `match`es, num_enum's `TryFromPrimitive` on a `#[repr(i64)]` enum, and a `#[repr(i64)]`
//! enum whose discriminants are the codes, found by the same perfect hash as the macros'),
//! and a hand-written flat umbrella over the Qingtui catalogue. The hand-written enums are
//! also found by name, as strum's `EnumString` finds them: a `match` (`from_name`) and a `phf`
//! map (`NAME_PHF_{n}`, its `use_phf`).

use std::fmt::Write as _;

#[path = "build/strings.rs"]
mod strings;

use platform_errors::qingtui::QingtuiError;
use platform_errors::Catalogue;

/// Sparse code families, as platforms number them: 40001–40099, 41001–41010, 42001–42003,
/// 45001–45020, ...
pub fn codes(n: usize) -> Vec<i64> {
    let sizes = [99, 10, 3, 4, 20, 4, 1, 52, 2, 13];
    let mut codes = Vec::with_capacity(n);
    let mut family = 0usize;
    while codes.len() < n {
        let base = 40_000 + 1_000 * family as i64;
        let size = sizes[family % sizes.len()];
        for i in 1..=size {
            if codes.len() == n {
                break;
            }
            codes.push(base + i as i64);
        }
        family += 1;
    }
    codes
}

/// The declared message of `code`. Real catalogues' messages differ in length; these come in
/// four lengths. With `PLATFORM_ERRORS_BENCH_UNIFORM_MESSAGES` set, every message is 36 bytes
/// long: LLVM then compiles the hand-written `match` into a table of 4-byte offsets and one
/// constant length, which no real catalogue allows (see docs/performance.md).
fn message(code: i64, uniform: bool) -> String {
    const TAILS: [&str; 4] = [
        "",
        " for now",
        ": the token has expired",
        ", try again later",
    ];
    let tail = if uniform {
        ""
    } else {
        TAILS[usize::try_from(code).unwrap_or(0) % TAILS.len()]
    };
    format!("error {code}: the request was refused{tail}")
}

/// The slot of `code` under `multiplier` in a table of `2^bits` slots.
fn slot(code: i64, multiplier: u64, bits: u32) -> usize {
    ((code as u64).wrapping_mul(multiplier) >> (64 - bits)) as usize
}

/// A multiplier and a table size that send each code to a slot of its own, searched as the
/// macro searches them (`macros/src/expand/lookup_table.rs`).
fn perfect_hash(codes: &[i64]) -> (u64, u32) {
    let smallest = (4 * codes.len()).next_power_of_two().trailing_zeros();
    for bits in smallest..=20 {
        let mut state: u64 = 0;
        let mut next = move || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)) | 1
        };
        for _ in 0..64 {
            let multiplier = next();
            let mut seen = vec![false; 1 << bits];
            if codes
                .iter()
                .all(|&code| !std::mem::replace(&mut seen[slot(code, multiplier, bits)], true))
            {
                return (multiplier, bits);
            }
        }
    }
    panic!("no perfect hash for the benchmark's codes")
}

fn main() {
    println!("cargo:rerun-if-env-changed=PLATFORM_ERRORS_BENCH_UNIFORM_MESSAGES");
    let uniform = std::env::var_os("PLATFORM_ERRORS_BENCH_UNIFORM_MESSAGES").is_some();
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut out = String::new();
    for n in [150usize, 1_000, 5_000] {
        let codes = codes(n);
        // The DSL.
        let _ = writeln!(
            out,
            "platform_errors::define_codes! {{\n    pub enum Dsl{n} {{"
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "        E{code} = {code} => {:?},",
                message(*code, uniform)
            );
        }
        out.push_str("    }\n}\n");
        // Hand-written, the baseline: an enum with a `///` line on each variant, a match for
        // each of code, from_code and message, Display as one write_str, Error, and `ALL`.
        let _ = writeln!(
            out,
            "/// {n} codes, hand-written.\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum Hand{n} {{"
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "    /// Code `{code}`: `{}`.\n    E{code},",
                message(*code, uniform)
            );
        }
        out.push_str("}\n");
        let _ = writeln!(out, "impl Hand{n} {{");
        out.push_str("    /// Every variant, in declaration order.\n    pub const ALL: &'static [Self] = &[\n");
        for code in &codes {
            let _ = writeln!(out, "        Hand{n}::E{code},");
        }
        out.push_str("    ];\n");
        out.push_str("    #[inline]\n    pub const fn code(self) -> i64 {\n        match self {\n");
        for code in &codes {
            let _ = writeln!(out, "            Self::E{code} => {code},");
        }
        out.push_str("        }\n    }\n");
        out.push_str("    #[inline]\n    pub fn from_code(code: i64) -> Option<Self> {\n        match code {\n");
        for code in &codes {
            let _ = writeln!(out, "            {code} => Some(Self::E{code}),");
        }
        out.push_str("            _ => None,\n        }\n    }\n");
        // By name: the `match` strum's `EnumString` derives.
        out.push_str("    #[inline]\n    pub fn from_name(name: &str) -> Option<Self> {\n        match name {\n");
        for code in &codes {
            let _ = writeln!(out, "            \"E{code}\" => Some(Self::E{code}),");
        }
        out.push_str("            _ => None,\n        }\n    }\n");
        out.push_str(
            "    #[inline]\n    pub const fn message(self) -> &'static str {\n        match self {\n",
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "            Self::E{code} => {:?},",
                message(*code, uniform)
            );
        }
        out.push_str("        }\n    }\n}\n");
        let _ = writeln!(
            out,
            "impl core::fmt::Display for Hand{n} {{\n    #[inline]\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        f.write_str(self.message())\n    }}\n}}\nimpl std::error::Error for Hand{n} {{}}"
        );
        // By name, as a `phf` map: what strum's `EnumString` derives with `use_phf`.
        let _ = writeln!(
            out,
            "/// Every variant of `Hand{n}` by its name.\npub static NAME_PHF_{n}: phf::Map<&'static str, Hand{n}> = phf::phf_map! {{"
        );
        for code in &codes {
            let _ = writeln!(out, "    \"E{code}\" => Hand{n}::E{code},");
        }
        out.push_str("};\n");
        // The derive, on the same codes and messages.
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, platform_errors::PlatformError)]\npub enum Derive{n} {{"
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "    #[code({code})]\n    #[message({:?})]\n    E{code},",
                message(*code, uniform)
            );
        }
        out.push_str("}\n");
        // The other way the issue proposed, measured beside the generated code: the codes are
        // the discriminants (`#[repr(i64)]`, as num_enum's), and `from_code` is the same
        // perfect hash as the macro's, over a table of the codes themselves, so that the
        // code found is the variant (one read fewer, 8 bytes a value and a slot).
        let (multiplier, bits) = perfect_hash(&codes);
        let mut keys = vec![codes[0]; 1 << bits];
        for &code in &codes {
            keys[slot(code, multiplier, bits)] = code;
        }
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[repr(i64)]\npub enum Disc{n} {{"
        );
        for code in &codes {
            let _ = writeln!(out, "    E{code} = {code},");
        }
        out.push_str("}\n");
        let _ = writeln!(
            out,
            "impl Disc{n} {{\n    #[inline]\n    pub fn from_code(code: i64) -> Option<Self> {{"
        );
        let _ = writeln!(
            out,
            "        static KEYS: [i64; {}] = {keys:?};",
            keys.len()
        );
        let _ = writeln!(
            out,
            "        let key = KEYS[((code as u64).wrapping_mul({multiplier}) >> {}) as usize];",
            64 - bits
        );
        out.push_str(
            "        // SAFETY: `key` is the discriminant of a variant (KEYS holds only codes).\n",
        );
        out.push_str("        let value = unsafe { core::mem::transmute::<i64, Self>(key) };\n");
        out.push_str("        if key == code { Some(value) } else { None }\n    }\n}\n");
        // num_enum: the codes are the discriminants.
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, num_enum::TryFromPrimitive)]\n#[repr(i64)]\npub enum Num{n} {{"
        );
        for code in &codes {
            let _ = writeln!(out, "    E{code} = {code},");
        }
        out.push_str("}\n");
    }

    // A hand-written umbrella over the Qingtui catalogue: one flat match, first category in
    // the page's order winning, as QingtuiError::from_code does.
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum HandQingtui {\n");
    let members = [
        ("general", "General", "GeneralError"),
        ("system", "System", "SystemError"),
        ("param", "Param", "ParamError"),
        ("token", "Token", "TokenError"),
        ("org", "Org", "OrgError"),
        ("domain", "Domain", "DomainError"),
        ("user", "User", "UserError"),
    ];
    for (_, variant, ty) in members {
        let _ = writeln!(out, "    {variant}(platform_errors::qingtui::{ty}),");
    }
    out.push_str("}\nimpl HandQingtui {\n    #[inline]\n    pub fn from_code(code: i64) -> Option<Self> {\n        match code {\n");
    let mut seen = Vec::new();
    for entry in QingtuiError::ENTRIES {
        if seen.contains(&entry.code()) {
            continue;
        }
        seen.push(entry.code());
        let (_, variant, ty) = members
            .iter()
            .find(|(c, _, _)| Some(*c) == entry.category())
            .expect("a known category");
        let _ = writeln!(
            out,
            "            {} => Some(Self::{variant}(platform_errors::qingtui::{ty}::{})),",
            entry.code(),
            entry.name()
        );
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n");

    std::fs::write(format!("{out_dir}/generated.rs"), out).expect("write generated.rs");
    strings::write(&out_dir);
    println!("cargo:rerun-if-changed=build/strings.rs");
    println!("cargo:rerun-if-changed=build.rs");
}
