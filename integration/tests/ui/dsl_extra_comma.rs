// errors: 2
platform_errors::define_codes! {
    pub enum TokenError {
        , InvalidToken = 40402 => "invalid token",,
        ExpiredToken = 42403 => "expired token",
    }
}

fn main() {
    // Both variants exist: each stray comma is its one error.
    let _ = (TokenError::InvalidToken, TokenError::ExpiredToken);
}
