// errors: 1
// A translation that leaves out many placeholders: one error that lists them.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(1)]
    #[message(
        "{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k} {l} {m}",
        zh = "缺少占位符"
    )]
    Many {
        a: u8,
        b: u8,
        c: u8,
        d: u8,
        e: u8,
        f: u8,
        g: u8,
        h: u8,
        i: u8,
        j: u8,
        k: u8,
        l: u8,
        m: u8,
    },
}

fn main() {}
