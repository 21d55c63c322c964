// errors: 2
//! A variant that does not parse is reported once; its uses add no errors of their own.
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 "invalid token",
        ExpiredToken = 42403u32 => "expired token",
        Unauthenticated = 40401 => "app_id or app_secret is unauthenticated",
    }
}

fn main() {
    let _ = TokenError::InvalidToken;
    let _ = TokenError::ExpiredToken;
    let _ = TokenError::Unauthenticated;
    let _ = TokenError::InvalidToken;
}
