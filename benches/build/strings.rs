//! The string-code catalogues of the `string_codes` bench, written to `strings.rs`: 150, 1,000
//! and 5,000 codes as WeChat Pay spells them (`ORDER_40001_REFUSED`), each declared four
//! ways: this project's DSL and derive, a hand-written `match` on `&str`, and a `phf` map.

use std::fmt::Write as _;

/// The string code of a number of `codes`: upper snake case, distinct per number.
fn string_code(code: i64) -> String {
    format!("ORDER_{code}_REFUSED")
}

pub fn write(out_dir: &str) {
    let mut out = String::new();
    for n in [150usize, 1_000, 5_000] {
        let codes = super::codes(n);
        let _ = writeln!(
            out,
            "/// The {n} string codes, in declaration order.\npub const STR_CODES_{n}: &[&str] = &["
        );
        for code in &codes {
            let _ = writeln!(out, "    {:?},", string_code(*code));
        }
        out.push_str("];\n");
        // The DSL.
        let _ = writeln!(
            out,
            "platform_errors::define_codes! {{\n    pub enum StrDsl{n} {{"
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "        E{code} = {:?} => \"error {code}\",",
                string_code(*code)
            );
        }
        out.push_str("    }\n}\n");
        // The derive.
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, platform_errors::PlatformError)]\npub enum StrDerive{n} {{"
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "    #[code({:?})]\n    #[message(\"error {code}\")]\n    E{code},",
                string_code(*code)
            );
        }
        out.push_str("}\n");
        // Hand-written: a `match` on `&str`.
        let _ = writeln!(
            out,
            "/// {n} string codes, hand-written.\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum StrHand{n} {{"
        );
        for code in &codes {
            let _ = writeln!(out, "    E{code},");
        }
        out.push_str("}\n");
        let _ = writeln!(
            out,
            "impl StrHand{n} {{\n    #[inline]\n    pub fn from_code(code: &str) -> Option<Self> {{\n        match code {{"
        );
        for code in &codes {
            let _ = writeln!(
                out,
                "            {:?} => Some(Self::E{code}),",
                string_code(*code)
            );
        }
        out.push_str("            _ => None,\n        }\n    }\n}\n");
        // phf: a perfect hash map from the code to the variant, built at compile time.
        let _ = writeln!(
            out,
            "pub static STR_PHF_{n}: phf::Map<&'static str, StrHand{n}> = phf::phf_map! {{"
        );
        for code in &codes {
            let _ = writeln!(out, "    {:?} => StrHand{n}::E{code},", string_code(*code));
        }
        out.push_str("};\n");
    }
    std::fs::write(format!("{out_dir}/strings.rs"), out).expect("write strings.rs");
}
