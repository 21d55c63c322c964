// errors: 1
// A `cfg` predicate that happens to be named `unknown` makes no catch-all: the key is
// `advice`, and the error suggests the variant twice under `#[cfg]`, as for any other key.
platform_errors::define_codes! {
    pub enum TokenError {
        #[cfg_attr(unknown, advice(retry))]
        InvalidToken = 40402 => "invalid token",
    }
}

fn main() {
    let _ = TokenError::InvalidToken;
}
