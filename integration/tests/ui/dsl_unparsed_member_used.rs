// errors: 2
//! Variants that do not parse keep their `#[cfg]`s and their fields beside the errors:
//! their uses, as a tuple or a struct, add no errors; a twin under another `cfg` is
//! defined once.
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }

    pub enum Any {
        Token(TokenError, TokenError),
        #[platform(unknown)]
        Unknown,
    }

    pub enum Twins {
        #[cfg(any())]
        X = 1 "bad",
        #[cfg(all())]
        X = 2 => "ok",
    }
}

fn main() {
    let token = Any::Token(TokenError::InvalidToken, TokenError::InvalidToken);
    if let Any::Token(_, _) = token {}
    let _ = Twins::X;
}
