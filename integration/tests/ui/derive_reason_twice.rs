// errors: 2
// AIP-193's reasons are unique within a domain: a reason declared twice is one error, at the
// second, in the derive and in `define_codes!` alike.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(1)]
    #[message("a")]
    #[platform(reason = "TOKEN_EXPIRED")]
    A,
    #[code(2)]
    #[message("b")]
    #[platform(reason = "TOKEN_EXPIRED")]
    B,
    // Under a `#[cfg]`, it may never be there with the other: not compared.
    #[cfg(any())]
    #[code(3)]
    #[message("c")]
    #[platform(reason = "TOKEN_EXPIRED")]
    C,
}

platform_errors::define_codes! {
    pub enum D {
        #[platform(reason = "QUOTA")]
        A = 1 => "a",
        #[platform(reason = "QUOTA")]
        B = 2 => "b",
    }
}

fn main() {}
