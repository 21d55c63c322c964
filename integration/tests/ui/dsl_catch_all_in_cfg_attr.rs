// errors: 1
// A catch-all under `cfg_attr` is one error, which does not suggest declaring the variant
// twice: a type has one catch-all.
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
        #[cfg_attr(all(), platform(unknown))]
        Unknown,
    }
}

fn main() {
    let _ = TokenError::InvalidToken;
}
