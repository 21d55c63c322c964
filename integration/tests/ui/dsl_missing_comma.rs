// errors: 1
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token"
        ExpiredToken = 42403 => "expired token",
    }
}

fn main() {
    // Both variants exist: the missing comma is the one error.
    let _ = (TokenError::InvalidToken, TokenError::ExpiredToken);
}
